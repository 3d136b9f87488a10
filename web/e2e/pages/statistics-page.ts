import type { Page } from 'playwright-core';

export class StatisticsPage {
  constructor(readonly page: Page) {}
  async open() {
    await this.page.goto('/statistics');
    await this.page.locator('h1').waitFor();
  }
  async show() {
    await this.page.locator('form button[type="submit"]').click();
    await this.page.getByTestId('statistic').waitFor();
  }
  chart() {
    return this.page.locator('.v-chart canvas');
  }
  downloadLinks() {
    return this.page.locator('.v-downloads a');
  }
}
