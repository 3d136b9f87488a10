import type { Page } from 'playwright-core';

/** The basic-education section on a pupil's person card, with the grade entry form. */
export class BasicEducationSection {
  constructor(readonly page: Page) {}
  root() {
    return this.page.getByTestId('register-section-basic-education');
  }
  async waitLoaded() {
    await this.root().getByTestId('be-pupil').waitFor();
  }
  enrolmentRows() {
    return this.root().getByTestId('be-enrolments').locator('tbody tr');
  }
  gradeTables() {
    return this.root().locator('table[data-testid^="be-grades-"]');
  }
  gradeRow(schoolYear: number, subjectCode: string) {
    return this.root().getByTestId(`be-grades-${schoolYear}`).locator(`tr[data-subject="${subjectCode}"]`);
  }
  certificateLinks() {
    return this.root().getByTestId('be-certificates').locator('a');
  }
  form() {
    return this.root().getByTestId('be-grade-form');
  }
  /** Chooses a subject in the suomifi dropdown with the keyboard-accessible list box. */
  async chooseSubject(name: string) {
    await this.form().getByRole('button', { name: /Oppiaine|Läroämne|Subject/ }).click();
    await this.page.getByRole('option', { name, exact: true }).click();
  }
  async enterGrade(value: string) {
    const input = this.form().locator('input[name="grade"]');
    await input.fill(value);
    await input.press('Enter');
  }
  savedStatus() {
    return this.form().getByTestId('be-grade-saved');
  }
  absences() {
    return this.root().getByTestId('be-absences');
  }
  /** The value shown for a total (Oppitunteja, Luvattomia poissaoloja, …) in the absence totals. */
  absenceTotal(label: string) {
    return this.absences().getByTestId('be-absence-totals').locator('div', { has: this.page.locator('dt', { hasText: label }) }).locator('dd');
  }
  absenceAlert() {
    return this.absences().getByTestId('be-absence-alert');
  }
  /** Acknowledges the open alert with a note through its form in the alert. */
  async acknowledgeAlert(note: string) {
    const form = this.absenceAlert().getByTestId('be-absence-alert-form');
    await form.locator('input[name="note"]').fill(note);
    await form.getByRole('button', { name: /Kuittaa hälytys|Kvittera larmet|Acknowledge the alert/ }).click();
  }
  absenceAlertNote() {
    return this.absenceAlert().getByTestId('be-absence-alert-note');
  }
  absenceRows(kind?: 'authorised' | 'unauthorised' | 'late') {
    return this.absences().getByTestId('be-absence-list').locator(kind ? `tbody tr[data-kind="${kind}"]` : 'tbody tr');
  }
}
