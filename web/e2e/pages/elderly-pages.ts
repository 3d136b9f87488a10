import type { Page } from 'playwright-core';

/** The coordinator's application worklist (`/elderly-care/applications`). */
export class ElderlyWorklistPage {
  constructor(readonly page: Page) {}
  async open() {
    await this.page.goto('/elderly-care/applications');
    await this.waitFor();
  }
  async waitFor() {
    await this.page.getByTestId('elderly-worklist').waitFor();
  }
  rows() {
    return this.page.getByTestId('elderly-worklist-row');
  }
  /** Rows of applicants who are already clients (their card has care records). */
  clientRows() {
    return this.page.locator('[data-testid="elderly-worklist-row"][data-client="true"]');
  }
  intakeForm() {
    return this.page.getByTestId('elderly-intake-form');
  }
  async openIntake() {
    await this.page.getByTestId('elderly-intake-toggle').click();
    await this.intakeForm().waitFor();
  }
  /** Finds the applicant by henkilötunnus, typed into the form (never a URL). */
  async findApplicant(hetu: string) {
    await this.intakeForm().locator('input[name="intake-hetu"]').fill(hetu);
    await this.page.getByTestId('elderly-intake-find').click();
  }
  async saveIntake() {
    await this.page.getByTestId('elderly-intake-save').click();
  }
  /** The due dates of the rows as shown (d.m.yyyy in Finnish), in order. */
  async dueDates(): Promise<string[]> {
    return (await this.rows().locator('td:first-child').allTextContents()).map((s) => s.trim().split(/\s/)[0]!.replace(/[^0-9.]/g, ''));
  }
}

/** The elderly-services section of a person card. */
export class ElderlySection {
  constructor(readonly page: Page) {}
  root() {
    return this.page.getByTestId('elderly-person-section');
  }
  decisions() {
    return this.page.getByTestId('elderly-decisions');
  }
  decisionPdfLinks() {
    return this.decisions().locator('a[href*="/pdf"]');
  }
  planVersions() {
    return this.page.getByTestId('elderly-plan-versions').locator('button');
  }
  planShown() {
    return this.page.getByTestId('elderly-plan-shown');
  }
  records() {
    return this.page.getByTestId('elderly-record');
  }
  recordForm() {
    return this.page.getByTestId('elderly-record-form');
  }
  async writeRecord(text: string) {
    await this.recordForm().locator('textarea[name="record-text"]').fill(text);
    await this.page.getByTestId('elderly-save-record').click();
  }
  recordSaved() {
    return this.page.getByTestId('elderly-record-saved');
  }
  async writePlan(goals: string, services: string) {
    const form = this.page.getByTestId('elderly-plan-form');
    await form.locator('textarea[name="plan-goals"]').fill(goals);
    await form.locator('textarea[name="plan-services"]').fill(services);
    await this.page.getByTestId('elderly-save-plan').click();
  }
  planSaved() {
    return this.page.getByTestId('elderly-plan-saved');
  }
}
