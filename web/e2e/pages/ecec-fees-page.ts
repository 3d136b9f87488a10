import type { Page } from 'playwright-core';

/** The ECEC fee figures page (varhaiskasvatusmaksujen perusteet). */
export class EcecFeesPage {
  constructor(readonly page: Page) {}
  table() {
    return this.page.getByTestId('ecec-fees-table');
  }
  row(from: string) {
    return this.page.locator(`[data-testid="ecec-fees-row"][data-from="${from}"]`);
  }
  missingAlerts() {
    return this.page.getByTestId('ecec-fees-missing');
  }
  async edit(from: string) {
    await this.row(from).getByTestId('ecec-fees-edit').click();
    await this.form().waitFor();
  }
  form() {
    return this.page.getByTestId('ecec-fees-form');
  }
  async fillLimits(limits: number[]) {
    for (const [i, v] of limits.entries()) await this.form().locator(`input[name="l${i + 2}"]`).fill(String(v));
  }
  async fill(name: string, value: string) {
    await this.form().locator(`[name="${name}"]`).fill(value);
  }
  async save() {
    await this.page.getByTestId('ecec-fees-save').click();
  }
  notice() {
    return this.page.getByTestId('ecec-fees-notice');
  }
}
