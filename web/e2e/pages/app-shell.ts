import type { Page } from 'playwright-core';

/** The header and navigation around every page after login. */
export class AppShell {
  constructor(readonly page: Page) {}
  navLinks() {
    return this.page.locator('.v-sidebar a');
  }
  async navTitles(): Promise<string[]> {
    return (await this.navLinks().allTextContents()).map((s) => s.trim());
  }
  async go(title: string) {
    await this.navLinks().filter({ hasText: title }).first().click();
  }
  async switchLanguage(lang: 'fi' | 'sv' | 'en') {
    await this.page.getByTestId(`lang-${lang}`).click();
    await this.page.waitForFunction((l) => document.documentElement.lang === l, lang);
  }
  async logout() {
    await this.page.getByTestId('logout').click();
    await this.page.getByTestId('logged-out').waitFor();
  }
  heading() {
    return this.page.locator('h1');
  }
}
