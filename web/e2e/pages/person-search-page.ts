import type { Page } from 'playwright-core';

export class PersonSearchPage {
  constructor(readonly page: Page) {}
  async open() {
    await this.page.goto('/persons');
    await this.page.locator('input[name="person-query"]').waitFor();
  }
  /** Types a name as a user would, letting the type-ahead search. */
  async typeName(text: string) {
    await this.page.locator('input[name="person-query"]').pressSequentially(text, { delay: 20 });
  }
  async searchHetu(hetu: string) {
    await this.page.locator('input[name="hetu"]').fill(hetu);
    await this.page.locator('input[name="hetu"]').press('Enter');
  }
  results() {
    return this.page.getByTestId('search-results').locator('tbody tr');
  }
  resultCount() {
    return this.page.getByTestId('result-count');
  }
  async openResult(index = 0) {
    await this.results().nth(index).locator('a').click();
  }
  hetuError() {
    return this.page.locator('form:has(input[name="hetu"])').getByText(/muodossa|format/);
  }
}
