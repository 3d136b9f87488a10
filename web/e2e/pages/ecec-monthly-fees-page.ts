import type { Page } from 'playwright-core';

/** A month's charges for fee handlers (kuukausimaksut, `/ecec/monthly-fees`). */
export class EcecMonthlyFeesPage {
  constructor(readonly page: Page) {}
  async open() {
    await this.page.goto('/ecec/monthly-fees');
    await this.form().waitFor();
  }
  form() {
    return this.page.getByTestId('ecec-monthly-fees-form');
  }
  /** Types the month and submits it with Enter, as a keyboard user does. */
  async showMonth(month: string) {
    const input = this.form().locator('input[name="month"]');
    await input.fill(month);
    await input.press('Enter');
  }
  /** Chooses a unit (or "Kaikki yksiköt") in the suomifi dropdown. */
  async chooseUnit(name: string) {
    await this.form().getByRole('button', { name: /Yksikkö/ }).click();
    await this.page.getByRole('option', { name, exact: true }).click();
  }
  /** The message the month field shows under it. */
  monthError(text: string) {
    return this.form().getByText(text);
  }
  table() {
    return this.page.getByTestId('ecec-monthly-fees-table');
  }
  caption() {
    return this.table().locator('caption');
  }
  rows() {
    return this.page.getByTestId('ecec-monthly-fees-row');
  }
  row(childId: string) {
    return this.page.locator(`[data-testid="ecec-monthly-fees-row"][data-child-id="${childId}"]`);
  }
  /** A row's cells as shown: child, unit, days, sick days, gross, charge, rules. */
  async cells(childId: string): Promise<string[]> {
    return (await this.row(childId).locator('th, td').allTextContents()).map((s) => s.trim());
  }
  count() {
    return this.page.getByTestId('ecec-monthly-fees-count');
  }
  total() {
    return this.page.getByTestId('ecec-monthly-fees-total');
  }
  totalCount() {
    return this.page.getByTestId('ecec-monthly-fees-total-count');
  }
  none() {
    return this.page.getByTestId('ecec-monthly-fees-none');
  }
  range() {
    return this.page.getByTestId('ecec-monthly-fees-range');
  }
  async nextPage() {
    await this.page.getByTestId('ecec-monthly-fees-next').click();
  }
  csvLink() {
    return this.page.getByTestId('ecec-monthly-fees-csv');
  }
  xlsxLink() {
    return this.page.getByTestId('ecec-monthly-fees-xlsx');
  }
}
