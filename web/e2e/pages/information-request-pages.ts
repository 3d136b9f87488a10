import type { Page } from 'playwright-core';

/** The registry officer's information request list, form and workflow page. */
export class InformationRequestPages {
  constructor(readonly page: Page) {}
  async submitNew(hetu: string) {
    await this.page.locator('input[name="subject-hetu"]').fill(hetu);
    await this.page.locator('#ir-new-h').locator('xpath=..').locator('button[type="submit"]').click();
  }
  async status(text: string) {
    await this.page.getByTestId('ir-status').filter({ hasText: text }).waitFor();
  }
  async searchRegisters() {
    await this.page.getByRole('button', { name: /Hae kaikista rekistereistä/ }).click();
  }
  async releaseAllAndDecide() {
    const release = this.page.getByRole('button', { name: /Luovuta kaikki/ });
    await this.page.getByTestId('ir-found').waitFor();
    if (await release.count()) {
      await release.click();
      await release.waitFor({ state: 'detached' });
    }
    await this.page.getByRole('button', { name: /Ratkaise pyyntö/ }).click();
  }
  async pdfHref(): Promise<string> {
    return (await this.page.getByTestId('ir-pdf').getAttribute('href'))!;
  }
}
