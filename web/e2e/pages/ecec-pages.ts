import type { Locator, Page } from 'playwright-core';

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
  /** The month's charge (kuukausimaksu) with its steps. */
  monthlyFee() {
    return this.page.getByTestId('ecec-monthly-fee');
  }
  monthlyCharge() {
    return this.page.getByTestId('ecec-monthly-charge');
  }
  async monthlyFeeRules() {
    return this.monthlyFee().locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-rule')));
  }
  /** Types the month into the field and submits with Enter. */
  async showMonthlyFee(month: string) {
    const input = this.monthlyFee().getByLabel('Laskutuskuukausi');
    await input.fill(month);
    await input.press('Enter');
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
  applications() {
    return this.page.getByTestId('ecec-applications');
  }
  placementDecisionPdfLinks() {
    return this.placements().getByTestId('ecec-placement-pdf');
  }
  voucherDecisions() {
    return this.page.getByTestId('ecec-voucher-decisions');
  }
  /** Opens the editor of a new vasu version (the first one or the next). */
  async newVasuVersion() {
    await this.page.getByTestId('ecec-vasu-new').click();
    await this.vasuEditor().waitFor();
  }
  vasuEditor() {
    return this.page.getByTestId('ecec-vasu-editor');
  }
  /** Writes the content of the editor's section whose title is given. */
  async writeSection(title: string, content: string) {
    const section = this.vasuEditor().getByTestId('ecec-vasu-edit-section').filter({ has: this.page.locator(`input[value="${title}"]`) });
    await section.locator('textarea').fill(content);
  }
  async setVisibleToGuardians() {
    // suomifi draws the box over the input: click the label, as a user does.
    await this.vasuEditor().locator('label.fi-checkbox_label').click();
    await this.vasuEditor().getByRole('checkbox', { checked: true }).waitFor();
  }
  async saveVasu() {
    await this.page.getByTestId('ecec-vasu-save').click();
  }
  vasuSaved() {
    return this.page.getByTestId('ecec-vasu-saved');
  }
}

/** Chooses an option in a suomifi dropdown (a button that opens a list box) by its label. */
async function choose(page: Page, scope: Locator | Page, label: RegExp, option: string | RegExp) {
  await scope.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}

/** An application as a handler processes it (`/ecec/applications/:id`). */
export class EcecApplicationPage {
  constructor(readonly page: Page) {}
  async open(id: string) {
    await this.page.goto(`/ecec/applications/${id}`);
    await this.root().waitFor();
  }
  root() {
    return this.page.getByTestId('ecec-application');
  }
  status() {
    return this.page.getByTestId('ecec-application-status');
  }
  /** Waits until the status shown is the given one. */
  async waitForStatus(text: string) {
    await this.status().filter({ hasText: text }).waitFor();
  }
  done() {
    return this.page.getByTestId('ecec-application-done');
  }
  /** Marks the application urgent with the day the work or study certificate arrived. */
  async markUrgent(attachmentReceived: string) {
    const form = this.page.getByTestId('ecec-urgency-form');
    await form.locator('label.fi-checkbox_label').click();
    await form.locator('input[name="attachmentReceivedDate"]').fill(attachmentReceived);
    await form.locator('button[type="submit"]').click();
  }
  async startProcessing() {
    await this.page.getByTestId('ecec-start-processing').click();
  }
  proposalForm() {
    return this.page.getByTestId('ecec-proposal-form');
  }
  async chooseUnit(name: string) {
    await choose(this.page, this.proposalForm(), /Yksikkö|Enhet|Unit/, new RegExp(`^${name}`));
  }
  async chooseGroup(name: string) {
    await choose(this.page, this.proposalForm(), /Ryhmä|Grupp|Group/, name);
  }
  async fillProposal(fields: { startDate?: string; hoursPerMonth?: string }) {
    if (fields.startDate !== undefined) await this.proposalForm().locator('input[name="startDate"]').fill(fields.startDate);
    if (fields.hoursPerMonth !== undefined) await this.proposalForm().locator('input[name="hoursPerMonth"]').fill(fields.hoursPerMonth);
  }
  async propose() {
    await this.page.getByTestId('ecec-propose').click();
  }
  async accept() {
    await this.page.getByTestId('ecec-accept').click();
  }
  placedNotice() {
    return this.page.getByTestId('ecec-application-placed');
  }
  childLink() {
    return this.root().locator('dl a[href^="/persons/"]').first();
  }
}

/** A unit's attendance of a day and its month (`/ecec/attendance`). */
export class EcecAttendancePage {
  constructor(readonly page: Page) {}
  async open(unitId?: string) {
    await this.page.goto(unitId ? `/ecec/attendance/${unitId}` : '/ecec/attendance');
    await this.day().waitFor();
  }
  day() {
    return this.page.getByTestId('ecec-attendance-day');
  }
  month() {
    return this.page.getByTestId('ecec-attendance-month');
  }
  /** The day's counts: children, present, absent, not marked. */
  counts() {
    return this.page.getByTestId('ecec-attendance-counts');
  }
  row(childId: string) {
    return this.page.locator(`tr[data-testid="ecec-attendance-row"][data-child="${childId}"]`);
  }
  monthRow(childId: string) {
    return this.page.locator(`tr[data-testid="ecec-month-row"][data-child="${childId}"]`);
  }
  async chooseGroup(name: string) {
    await choose(this.page, this.page.locator('form').first(), /Ryhmä|Grupp|Group/, name);
  }
  /** Types the times of the day's first stay, or of stay `stay` (0-based), as staff type them (8.05), and saves the child's day. */
  async mark(childId: string, times: { arrived?: string; departed?: string }, stay = 0) {
    await this.fillPair(childId, 'ecec-stays', stay, times.arrived, times.departed);
    await this.row(childId).getByTestId('ecec-attendance-save').click();
  }
  /** The child's stays of the day as the inputs show them: [arrival, departure] per stay. */
  async stays(childId: string) {
    return this.pairs(childId, 'ecec-stays');
  }
  /** Adds an empty stay line (a child who left and came back) without saving. */
  async addStay(childId: string) {
    await this.row(childId).getByTestId('ecec-stays-add').click();
  }
  /** Removes stay `stay` (0-based) and saves the day. */
  async removeStay(childId: string, stay: number) {
    await this.row(childId).getByTestId('ecec-stays-remove').nth(stay).click();
    await this.row(childId).getByTestId('ecec-attendance-save').click();
  }
  /** Enters or changes the guardian's reservation `index` (0-based; a new line when there is none) and saves. */
  async reserve(childId: string, start: string, end: string, index = 0) {
    const pairs = this.row(childId).getByTestId('ecec-reservations-pair');
    if ((await pairs.count()) <= index) await this.row(childId).getByTestId('ecec-reservations-add').click();
    await this.fillPair(childId, 'ecec-reservations', index, start, end);
    await this.row(childId).getByTestId('ecec-attendance-save').click();
  }
  async reservations(childId: string) {
    return this.pairs(childId, 'ecec-reservations');
  }
  private async fillPair(childId: string, testId: string, index: number, first?: string, second?: string) {
    const pair = this.row(childId).getByTestId(`${testId}-pair`).nth(index);
    if (first !== undefined) await pair.locator('input').nth(0).fill(first);
    if (second !== undefined) await pair.locator('input').nth(1).fill(second);
  }
  private async pairs(childId: string, testId: string) {
    const pairs = this.row(childId).getByTestId(`${testId}-pair`);
    const out: [string, string][] = [];
    for (let i = 0; i < (await pairs.count()); i++) {
      const inputs = pairs.nth(i).locator('input');
      out.push([await inputs.nth(0).inputValue(), await inputs.nth(1).inputValue()]);
    }
    return out;
  }
  async nextDay() {
    await this.page.getByRole('button', { name: /Seuraava päivä|Nästa dag|Next day/ }).click();
  }
  async markAbsent(childId: string, type: string) {
    const row = this.row(childId);
    await choose(this.page, row, /Poissaolo|Frånvaro|Absence/, type);
    await row.getByTestId('ecec-attendance-save').click();
  }
  rowStatus(childId: string) {
    return this.row(childId).getByRole('status');
  }
  rowError(childId: string) {
    return this.row(childId).getByTestId('ecec-attendance-error');
  }
}
