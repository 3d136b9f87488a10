import type { Page } from 'playwright-core';

export class PersonCreatePage {
  constructor(readonly page: Page) {}
  async openFromSearch() {
    await this.page.goto('/persons');
    await this.page.locator('a[href="/persons/new"]').click();
    await this.page.locator('input[name="firstNames"]').waitFor();
  }
  async fill(values: Record<string, string>) {
    for (const [name, value] of Object.entries(values)) await this.page.locator(`input[name="${name}"]`).fill(value);
  }
  async submit() {
    await this.page.locator('form.v-form button[type="submit"]').click();
  }
  fieldError(name: string) {
    // suomifi-ui's status text is linked to its input by aria-describedby.
    return this.page.locator(`input[name="${name}"]`).evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
  }
}
