import type { Page } from 'playwright-core';

/** The circulation desk (`/library/desk`): patron by card, checkout, renew, checkin. */
export class LibraryDeskPage {
  constructor(readonly page: Page) {}
  async open() {
    await this.page.goto('/library/desk');
    await this.waitLoaded();
  }
  async waitLoaded() {
    await this.page.getByTestId('desk-patron').waitFor();
  }
  patronPanel() {
    return this.page.getByTestId('desk-patron');
  }
  checkinPanel() {
    return this.page.getByTestId('desk-checkin');
  }
  async findPatron(card: string) {
    const input = this.patronPanel().locator('input[name="card-number"]');
    await input.fill(card);
    await input.press('Enter');
  }
  /** A message shown on the card number field (validation in the browser or the API's message). */
  cardMessage(text: string) {
    return this.patronPanel().getByText(text, { exact: true });
  }
  patronName() {
    return this.page.getByTestId('desk-patron-name');
  }
  openCardLink() {
    return this.page.getByTestId('desk-open-card');
  }
  async checkout(barcode: string) {
    const input = this.patronPanel().locator('input[name="checkout-barcode"]');
    await input.fill(barcode);
    await input.press('Enter');
  }
  checkoutMessage() {
    return this.page.getByTestId('desk-checkout-message');
  }
  loanRows() {
    return this.page.getByTestId('desk-loans').locator('tbody tr');
  }
  loanRow(barcode: string) {
    return this.page.getByTestId('desk-loans').locator(`tr[data-barcode="${barcode}"]`);
  }
  async checkin(barcode: string) {
    const input = this.checkinPanel().locator('input[name="checkin-barcode"]');
    await input.fill(barcode);
    await input.press('Enter');
  }
  checkinMessage() {
    return this.page.getByTestId('desk-checkin-message');
  }
}

/** Catalogue search (`/library/catalogue`). */
export class LibraryCataloguePage {
  constructor(readonly page: Page) {}
  async search(text: string) {
    const input = this.page.locator('input[name="catalogue-query"]');
    await input.fill(text);
    await input.press('Enter');
    await this.page.getByTestId('catalogue-results').waitFor();
  }
  rows() {
    return this.page.getByTestId('catalogue-row');
  }
  /** Barcodes of the copies on the shelf at a library, in the result rows matching a title. */
  async availableBarcodes(title: string, library: string): Promise<string[]> {
    const copies = this.rows().filter({ has: this.page.locator('th', { hasText: title }) }).locator('li[data-status="available"]').filter({ hasText: library });
    return copies.evaluateAll((els) => els.map((e) => e.getAttribute('data-barcode') ?? ''));
  }
  copy(barcode: string) {
    return this.page.locator(`li[data-barcode="${barcode}"]`);
  }
}

/** The library section of a person card. */
export class LibraryPersonSection {
  constructor(readonly page: Page) {}
  root() {
    return this.page.getByTestId('register-section-library');
  }
  async waitLoaded() {
    await this.root().getByTestId('library-person-section').waitFor();
  }
  cardNumber() {
    return this.root().getByTestId('library-card-number');
  }
  loanRow(barcode: string) {
    return this.root().locator(`[data-testid="library-loans"] tr[data-barcode="${barcode}"]`);
  }
  loanBarcodes() {
    return this.root().locator('[data-testid="library-loans"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-barcode')));
  }
  doorLog() {
    return this.root().getByTestId('library-door-log');
  }
  /** Finds a title with the hold form and places a hold on it for the patron. */
  async placeHold(query: string, title: string) {
    const input = this.root().locator('input[name="hold-query"]');
    await input.fill(query);
    await input.press('Enter');
    await this.root().getByTestId('library-hold-results').getByRole('button', { name: new RegExp(`${title}$`) }).first().click();
  }
  actionMessage() {
    return this.root().getByTestId('library-action-message');
  }
  holdRows() {
    return this.root().locator('[data-testid="library-holds"] tbody tr');
  }
}

/** The day's work (`/library/daily`). */
export class LibraryDailyPage {
  constructor(readonly page: Page) {}
  async open() {
    await this.page.goto('/library/daily');
    await this.page.getByTestId('daily-run').waitFor();
  }
  async run() {
    await this.page.getByTestId('daily-run').click();
  }
  result() {
    return this.page.getByTestId('daily-run-result');
  }
  notices() {
    return this.page.getByTestId('daily-notices').locator('tbody tr');
  }
  holdShelf() {
    return this.page.getByTestId('daily-hold-shelf').locator('tbody tr');
  }
}
