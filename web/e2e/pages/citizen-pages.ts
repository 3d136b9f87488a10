import type { Page } from 'playwright-core';

/** The residents' login (`/kuntalainen`): the demo's test identification. */
export class CitizenLoginPage {
  constructor(readonly page: Page) {}
  /** From the staff login page, by its link to the residents' login. */
  async openFromStaffLogin() {
    await this.page.goto('/');
    await this.page.getByTestId('citizen-login-link').click();
    await this.form().waitFor();
  }
  form() {
    return this.page.getByTestId('test-login-form');
  }
  demoResidents() {
    return this.page.getByTestId('demo-residents').locator('button');
  }
  async identify(hetu: string) {
    await this.form().locator('input[name="hetu"]').fill(hetu);
    await this.page.getByTestId('test-login-submit').click();
    await this.page.getByTestId('citizen-logout').waitFor();
  }
}

/** The residents' pages after login. */
export class CitizenPages {
  constructor(readonly page: Page) {}
  nav() {
    return this.page.locator('.v-sidebar a');
  }
  async go(title: string | RegExp) {
    await this.nav().filter({ hasText: title }).first().click();
  }
  childLinks() {
    return this.page.getByTestId('citizen-child-link');
  }
  childLink(id: string) {
    return this.page.locator(`a[data-testid="citizen-child-link"][href$="/${id}"]`);
  }
  calendar() {
    return this.page.getByTestId('citizen-calendar');
  }
  day(date: string) {
    return this.page.locator(`tr[data-testid="citizen-calendar-day"][data-date="${date}"]`);
  }
  async nextMonth() {
    await this.page.getByTestId('citizen-next-month').click();
  }
  editor() {
    return this.page.getByTestId('citizen-day-editor');
  }
  /** Opens a day's editor by keyboard (the edit button is focused and Enter pressed). */
  async editDay(date: string) {
    await this.day(date).getByTestId('citizen-day-edit').focus();
    await this.page.keyboard.press('Enter');
    await this.editor().waitFor();
  }
  async reserve(date: string, start: string, end: string) {
    await this.editDay(date);
    await this.editor().locator('input[name="start-0"]').fill(start);
    await this.editor().locator('input[name="end-0"]').fill(end);
    await this.page.getByTestId('citizen-day-save').click();
    await this.page.getByTestId('citizen-day-saved').waitFor();
  }
  async notifyAbsence(date: string, kindLabel: RegExp) {
    await this.editDay(date);
    await this.editor().getByRole('button', { name: /Päivän tiedot|Dagens uppgifter|The day/ }).click();
    await this.page.getByRole('option', { name: kindLabel }).click();
    await this.page.getByTestId('citizen-day-save').click();
    await this.page.getByTestId('citizen-day-saved').waitFor();
  }
  vasu() {
    return this.page.getByTestId('citizen-vasu');
  }
}
