import type { Page } from 'playwright-core';

/** The social worker's worklist (`/social-work/worklist`). */
export class SocialWorklistPage {
  constructor(readonly page: Page) {}
  async open() {
    await this.page.goto('/social-work/worklist');
    await this.waitFor();
  }
  async waitFor() {
    await this.page.getByTestId('social-worklist-notifications').waitFor();
  }
  notificationRows() {
    return this.page.getByTestId('social-worklist-notification');
  }
  applicationRows() {
    return this.page.getByTestId('social-worklist-application');
  }
  intakeForm() {
    return this.page.getByTestId('social-intake-form');
  }
  async openIntake() {
    await this.page.getByTestId('social-intake-toggle').click();
    await this.intakeForm().waitFor();
  }
  /** Finds the person by henkilötunnus, typed into the form (never a URL). */
  async findPerson(hetu: string) {
    await this.intakeForm().locator('input[name="intake-hetu"]').fill(hetu);
    await this.page.getByTestId('social-intake-find').click();
  }
  async fillSummary(text: string) {
    await this.intakeForm().locator('textarea[name="intake-summary"]').fill(text);
  }
  async saveIntake() {
    await this.page.getByTestId('social-intake-save').click();
  }
}

/** The social-work section of a person card. */
export class SocialSection {
  constructor(readonly page: Page) {}
  root() {
    return this.page.getByTestId('social-person-section');
  }
  notifications() {
    return this.page.getByTestId('social-notification');
  }
  decideForm() {
    return this.page.getByTestId('social-decide-form');
  }
  async decideStart(text: string) {
    await this.decideForm().first().locator('textarea[name="decision-text"]').fill(text);
    await this.decideForm().first().getByRole('button', { name: 'Arviointi aloitetaan' }).click();
  }
  decisionRows() {
    return this.page.getByTestId('social-decision-row');
  }
  entries() {
    return this.page.getByTestId('social-narrative-entry');
  }
  entryForm() {
    return this.page.getByTestId('social-narrative-form');
  }
  async writeEntry(text: string) {
    await this.entryForm().locator('textarea[name="narrative-text"]').fill(text);
    await this.page.getByTestId('social-save-entry').click();
  }
  entrySaved() {
    return this.page.getByTestId('social-entry-saved');
  }
  planVersions() {
    return this.page.getByTestId('social-plan-versions').locator('button');
  }
  async writePlan(goals: string, measures: string) {
    const form = this.page.getByTestId('social-plan-form');
    await form.locator('textarea[name="plan-goals"]').fill(goals);
    await form.locator('textarea[name="plan-measures"]').fill(measures);
    await this.page.getByTestId('social-save-plan').click();
  }
  planSaved() {
    return this.page.getByTestId('social-plan-saved');
  }
}
