import type { Locator, Page } from 'playwright-core';

/** Fills a form's text input by its name and (optionally) submits with Enter. */
async function fill(form: Locator, name: string, value: string) {
  await form.locator(`input[name="${name}"]`).fill(value);
}

/** Chooses an option of a suomifi dropdown by its label and the option's visible name. */
async function choose(page: Page, form: Locator, label: RegExp, option: string) {
  await form.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The message a suomifi input shows under the field (its status text). */
function fieldMessage(form: Locator, text: string) {
  return form.getByText(text, { exact: true });
}

/** Koulut (`/basic-education/schools`): the list and the new-school form. */
export class SchoolsPage {
  constructor(readonly page: Page) {}
  table() {
    return this.page.getByTestId('be-schools');
  }
  form() {
    return this.page.getByTestId('be-new-school');
  }
  async fillSchool(a: { name?: string; oid?: string; schoolCode?: string }) {
    if (a.name !== undefined) await fill(this.form(), 'name', a.name);
    if (a.oid !== undefined) await fill(this.form(), 'oid', a.oid);
    if (a.schoolCode !== undefined) await fill(this.form(), 'schoolCode', a.schoolCode);
  }
  async submit() {
    await this.form().locator('button[type="submit"]').click();
  }
  oidInput() {
    return this.form().locator('input[name="oid"]');
  }
  message(text: string) {
    return fieldMessage(this.form(), text);
  }
  status() {
    return this.page.getByTestId('be-new-school-status');
  }
  schoolLink(name: string) {
    return this.table().getByRole('link', { name, exact: true });
  }
}

/** A school (`/basic-education/schools/:id`): details, classes and groups, staff. */
export class SchoolPage {
  constructor(readonly page: Page) {}
  facts() {
    return this.page.getByTestId('be-school-facts');
  }
  groupForm() {
    return this.page.getByTestId('be-new-group');
  }
  async addClass(name: string, grade: string) {
    await fill(this.groupForm(), 'name', name);
    await fill(this.groupForm(), 'grade', grade);
    await this.groupForm().locator('button[type="submit"]').click();
  }
  groupStatus() {
    return this.page.getByTestId('be-new-group-status');
  }
  groupLink(name: string) {
    return this.page.getByTestId('be-groups').getByRole('link', { name, exact: true });
  }
  staffForm() {
    return this.page.getByTestId('be-new-staff');
  }
  async addStaff(a: { firstNames: string; lastName: string; title: string; validFrom?: string }) {
    await fill(this.staffForm(), 'firstNames', a.firstNames);
    await fill(this.staffForm(), 'lastName', a.lastName);
    await choose(this.page, this.staffForm(), /Tehtävä|Uppgift|Role/, a.title);
    if (a.validFrom) await fill(this.staffForm(), 'validFrom', a.validFrom);
    await this.staffForm().locator('button[type="submit"]').click();
  }
  staffStatus() {
    return this.page.getByTestId('be-new-staff-status');
  }
  staffRows() {
    return this.page.getByTestId('be-staff').locator('tbody tr');
  }
}

/** A class or teaching group (`/basic-education/groups/:id`) with its teacher assignments. */
export class GroupPage {
  constructor(readonly page: Page) {}
  form() {
    return this.page.getByTestId('be-assign-teacher');
  }
  async assign(a: { validFrom?: string; validTo?: string }) {
    if (a.validFrom !== undefined) await fill(this.form(), 'validFrom', a.validFrom);
    if (a.validTo !== undefined) await fill(this.form(), 'validTo', a.validTo);
    await this.form().locator('button[type="submit"]').click();
  }
  status() {
    return this.page.getByTestId('be-assign-status');
  }
  message(text: string) {
    return fieldMessage(this.form(), text);
  }
  teacherRows() {
    return this.page.getByTestId('be-teachers').locator('tbody tr');
  }
  /** Ends the open assignment of the teacher in the row, on the given last day. */
  async endAssignment(row: Locator, lastDay: string) {
    await row.getByRole('button').click();
    const form = this.page.getByTestId('be-end-assignment');
    await form.locator('input[name="validTo"]').fill(lastDay);
    await form.locator('button[type="submit"]').click();
  }
  endedStatus() {
    return this.page.getByTestId('be-assignment-ended');
  }
}

/** Perusopetuksen parametrit (`/basic-education/parameters`): history and a new value. */
export class ParametersPage {
  constructor(readonly page: Page) {}
  form() {
    return this.page.getByTestId('be-new-parameter');
  }
  async chooseParameter(name: string) {
    await choose(this.page, this.form(), /Perusopetuksen parametrit|Parametrar för grundläggande utbildning|Basic education parameters/, name);
  }
  async chooseStatus(name: string) {
    await choose(this.page, this.form(), /Lähteen tila|Källans status|Status of the source/, name);
  }
  async fillValue(a: { effectiveFrom?: string; value?: string; basis?: string }) {
    if (a.effectiveFrom !== undefined) await fill(this.form(), 'effectiveFrom', a.effectiveFrom);
    if (a.value !== undefined) await fill(this.form(), 'value', a.value);
    if (a.basis !== undefined) await fill(this.form(), 'basis', a.basis);
  }
  async submit() {
    await this.form().locator('button[type="submit"]').click();
  }
  valueInput() {
    return this.form().locator('input[name="value"]');
  }
  message(text: string) {
    return fieldMessage(this.form(), text);
  }
  status() {
    return this.page.getByTestId('be-new-parameter-status');
  }
  history(key: string) {
    return this.page.locator(`section[data-key="${key}"]`);
  }
  historyRow(key: string, from: string) {
    return this.history(key).locator(`tbody tr[data-from="${from}"]`);
  }
}

/** Käyttösäännöt (`/library/rules`): fees and limits and loan rules with their periods. */
export class LibraryRulesPage {
  constructor(readonly page: Page) {}
  feesForm() {
    return this.page.getByTestId('lib-new-fees');
  }
  loanRuleForm() {
    return this.page.getByTestId('lib-new-loan-rule');
  }
  async fillFees(a: Record<string, string>) {
    for (const [k, v] of Object.entries(a)) await fill(this.feesForm(), k, v);
  }
  async submitFees() {
    await this.feesForm().locator('button[type="submit"]').click();
  }
  feesStatus() {
    return this.page.getByTestId('lib-new-fees-status');
  }
  feeMessage(text: string) {
    return fieldMessage(this.feesForm(), text);
  }
  /** The value of a field (lateFeePerDay, …) in the column of the period starting on `from`. */
  async feeValue(field: string, from: string): Promise<string | null> {
    const columns = await this.page.getByTestId('lib-fee-periods').locator('thead th').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-from')));
    const index = columns.indexOf(from);
    if (index < 0) return null;
    return this.page.getByTestId('lib-fee-periods').locator(`tbody tr[data-field="${field}"] > *`).nth(index).textContent();
  }
  async chooseItemType(name: string) {
    await choose(this.page, this.loanRuleForm(), /Aineistolaji|Materialtyp|Item type/, name);
  }
  async fillLoanRule(a: Record<string, string>) {
    for (const [k, v] of Object.entries(a)) await fill(this.loanRuleForm(), k, v);
  }
  async submitLoanRule() {
    await this.loanRuleForm().locator('button[type="submit"]').click();
  }
  loanRuleStatus() {
    return this.page.getByTestId('lib-new-loan-rule-status');
  }
  loanRuleMessage(text: string) {
    return fieldMessage(this.loanRuleForm(), text);
  }
  loanRuleRow(itemType: string, from: string) {
    return this.page.getByTestId('lib-loan-rules').locator(`tr[data-item-type="${itemType}"][data-from="${from}"]`);
  }
}

/** The unauthorised-absence alerts on a school's page. */
export class SchoolAlerts {
  constructor(readonly page: Page) {}
  root() {
    return this.page.getByTestId('be-school-alerts');
  }
  row(pupilId: string) {
    return this.root().locator(`tr[data-pupil-id="${pupilId}"]`);
  }
  async acknowledge(pupilId: string, note: string) {
    const form = this.row(pupilId).getByTestId('be-school-alert-form');
    await form.locator('input[name="note"]').fill(note);
    await form.locator('button[type="submit"]').click();
  }
  status() {
    return this.page.getByTestId('be-school-alerts-status');
  }
  async showAcknowledged() {
    await this.root().getByText(/Näytä myös kuitatut|Visa också kvitterade|Show acknowledged ones too/).click();
  }
}
