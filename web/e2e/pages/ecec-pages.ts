import type { Page } from 'playwright-core';

/** The ECEC application queue of a unit (`/ecec/queue`). */
export class EcecQueuePage {
  constructor(readonly page: Page) {}
  async open(unitId?: string) {
    await this.page.goto(unitId ? `/ecec/queue/${unitId}` : '/ecec/queue');
    await this.waitForQueue();
  }
  async waitForQueue() {
    await this.page.getByTestId('ecec-queue').waitFor();
  }
  rows() {
    return this.page.getByTestId('ecec-queue-row');
  }
  guaranteeAlert() {
    return this.page.getByTestId('ecec-guarantee-alert');
  }
  /** The due dates of the rows as shown (d.m.yyyy in Finnish). */
  async dueDates(): Promise<string[]> {
    return (await this.rows().locator('td:first-child').allTextContents()).map((s) => s.trim());
  }
}

/** The children placed in a unit (`/ecec/children`). */
export class EcecUnitChildrenPage {
  constructor(readonly page: Page) {}
  async open(unitId?: string) {
    await this.page.goto(unitId ? `/ecec/children/${unitId}` : '/ecec/children');
    await this.table().waitFor();
  }
  table() {
    return this.page.getByTestId('ecec-unit-children');
  }
  childLink(name: string) {
    return this.table().getByRole('link', { name });
  }
}

/** The ECEC section of a person card. */
export class EcecPersonSection {
  constructor(readonly page: Page) {}
  root() {
    return this.page.getByTestId('ecec-person-section');
  }
  placements() {
    return this.page.getByTestId('ecec-placements');
  }
  feeDecisions() {
    return this.page.getByTestId('ecec-fee-decisions');
  }
  attendance() {
    return this.page.getByTestId('ecec-attendance');
  }
  vasu() {
    return this.page.getByTestId('ecec-vasu');
  }
  vasuVersionButtons() {
    return this.page.getByTestId('ecec-vasu-versions').locator('button');
  }
  vasuShown() {
    return this.page.getByTestId('ecec-vasu-shown');
  }
}
