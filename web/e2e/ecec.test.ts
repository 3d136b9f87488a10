// The ECEC daily views in the browser: a unit's application queue with the place-guarantee
// alert, and a child's card with placements, fee decisions, attendance and the ECEC plan; and one
// full flow: an application processed into a placement, the child's attendance marked, and the
// child's ECEC plan written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLL, browserAvailable, screenshot, seriousA11yViolations, startHarness, type Harness } from './harness.ts';
import { LoginPage } from './pages/login-page.ts';
import { AppShell } from './pages/app-shell.ts';
import { PersonCardPage } from './pages/person-card-page.ts';
import { EcecApplicationPage, EcecAttendancePage, EcecPersonSection, EcecQueuePage, EcecUnitChildrenPage } from './pages/ecec-pages.ts';

const addDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe.skipIf(!browserAvailable())('ECEC daily views in the browser', () => {
  let h: Harness;
  let unitId: string;
  let child: { id: string; firstNames: string; lastName: string };
  let unitName: string;
  let vasuVersionsBefore: number;
  let toProcess: { id: string; childId: string; firstNames: string; lastName: string };

  beforeAll(async () => {
    h = await startHarness();
    const api = await h.apiAs('ecec');
    // The demo user's unit roles are in the first unit by name, which the views open by default.
    const { units } = await api('GET', '/ecec/units');
    unitId = units[0].id;
    unitName = units[0].name;
    // An application due in a week in that unit puts the place guarantee at risk.
    const applicationIds: string[] = [];
    for (const u of units) applicationIds.push(...(await api('GET', `/ecec/units/${u.id}/queue`)).queue.map((q: { id: string }) => q.id));
    const { application } = await api('GET', `/ecec/applications/${applicationIds[0]}`);
    // A child who applied to the user's unit and has no place yet: the full flow processes it.
    const own = (await api('GET', `/ecec/units/${unitId}/queue`)).queue as { id: string; childId: string; status: string; firstNames: string; lastName: string }[];
    const candidate = own.find((q) => q.status === 'sent' && q.childId !== application.childId);
    if (!candidate) throw new Error('the demo unit has no sent application');
    toProcess = candidate;
    await api('POST', '/ecec/applications', {
      childId: application.childId,
      guardianId: application.guardianId,
      type: 'daycare',
      preferredStartDate: addDays(7),
      hoursPerMonth: 120,
      preferredUnitIds: [unitId],
      dueDate: addDays(7),
    });
    // A child of the unit with two more versions of the ECEC plan (the demo may have given one).
    const { children } = await api('GET', `/ecec/units/${unitId}/children`);
    child = children[0];
    vasuVersionsBefore = (await api('GET', `/ecec/children/${child.id}/vasu`)).versions.length;
    for (const content of ['Leikki ja liikunta.', 'Leikki, liikunta ja kielellinen tuki.']) {
      await api('POST', `/ecec/children/${child.id}/vasu`, { sections: [{ id: 'goals', title: 'Tavoitteet', content }] });
    }
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  it('staff see the unit queue by due date with the place-guarantee alert, and a child card with the ECEC section', async () => {
    const { context, page } = await h.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login('ecec');
    const shell = new AppShell(page);
    expect(await shell.navTitles()).toEqual(expect.arrayContaining(['Hakemusjono', 'Yksikön lapset']));

    // The queue: ordered by due date, the alert for the application due in a week.
    await shell.go('Hakemusjono');
    const queue = new EcecQueuePage(page);
    await queue.waitForQueue();
    await queue.guaranteeAlert().waitFor();
    const due = await queue.dueDates();
    const iso = due.filter((d) => d !== '–').map((d) => d.split('.').reverse().map((x) => x.padStart(2, '0')).join('-'));
    expect(iso).toEqual([...iso].sort());
    expect(await queue.page.locator('.v-tag-warning').count()).toBeGreaterThan(0);
    await screenshot(page, '20-ecec-queue');
    expect(await seriousA11yViolations(page), 'ECEC queue: serious or critical axe violations').toEqual([]);

    // The unit's children: open the child with the plan.
    await shell.go('Yksikön lapset');
    const children = new EcecUnitChildrenPage(page);
    await children.table().waitFor();
    await children.childLink(`${child.lastName} ${child.firstNames}`).click();
    const card = new PersonCardPage(page);
    await page.locator('#basic-h').waitFor();
    const ecec = new EcecPersonSection(page);
    await card.registerSection('ecec').waitFor();
    await ecec.placements().locator('tbody tr').first().waitFor();
    await ecec.attendance().locator('dl').waitFor();
    await ecec.feeDecisions().locator('table, p').first().waitFor();
    // The month's charge (kuukausimaksu): what the API computes from the decisions and absences,
    // in euros and cents with each rule applied; this month first, then a month the child has a
    // fee decision for, typed into the field.
    const api = await h.apiAs('ecec');
    const now = new Date();
    const thisMonth = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
    const { feeDecisions } = await api('GET', `/ecec/persons/${child.id}/fee-decisions`);
    const decided = (feeDecisions as { status: string; validFrom: string; children: { childId: string; fee: number }[] }[]).find(
      (d) => d.status === 'sent' && d.children.some((c) => c.childId === child.id && c.fee > 0),
    );
    const euros = (cents: number) => `${(cents / 100).toLocaleString('fi-FI', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} €`;
    for (const month of decided ? [thisMonth, decided.validFrom.slice(0, 7)] : [thisMonth]) {
      const fee = await api('GET', `/ecec/children/${child.id}/monthly-fees?month=${month}`);
      if (month !== thisMonth) {
        expect(fee.chargeCents).toBeGreaterThan(0);
        await ecec.showMonthlyFee(month);
      }
      await expect.poll(() => ecec.monthlyCharge().textContent(), POLL).toBe(euros(fee.chargeCents));
      await expect.poll(() => ecec.monthlyFeeRules(), POLL).toEqual(fee.steps.map((s: { rule: string }) => s.rule));
    }
    await ecec.vasuShown().waitFor();
    expect(await ecec.vasuVersionButtons().count()).toBe(vasuVersionsBefore + 2);
    await expect.poll(() => ecec.vasuShown().textContent(), POLL).toContain('kielellinen tuki');
    // The earlier version by keyboard.
    await ecec.vasuVersionButtons().nth(1).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => ecec.vasuShown().textContent(), POLL).not.toContain('kielellinen tuki');
    await screenshot(page, '21-ecec-child-card');
    expect(await seriousA11yViolations(page), 'ECEC person card: serious or critical axe violations').toEqual([]);
    await context.close();
  });

  it('a handler processes an application into a placement, staff mark the child present and write the ECEC plan', async () => {
    const { context, page } = await h.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login('ecec');
    const shell = new AppShell(page);
    const today = new Date().toISOString().slice(0, 10);

    // The queue links to the application.
    await shell.go('Hakemusjono');
    const queue = new EcecQueuePage(page);
    await queue.waitForQueue();
    await page.locator(`a[href="/ecec/applications/${toProcess.id}"]`).click();
    const app = new EcecApplicationPage(page);
    await app.root().waitFor();
    await app.waitForStatus('Saapunut');
    expect(await app.root().getByTestId('ecec-application-units').locator('li').count()).toBeGreaterThan(0);
    await screenshot(page, '22-ecec-application');
    expect(await seriousA11yViolations(page), 'ECEC application: serious or critical axe violations').toEqual([]);

    await app.startProcessing();
    await app.waitForStatus('Käsittelyssä');
    // The work certificate arrived today: the application becomes urgent and its due date is recalculated.
    await app.markUrgent(today);
    await app.done().getByText('Kiireellisyys tallennettu ja määräpäivä laskettu uudelleen.').waitFor();
    await app.root().locator('dl').getByText('Kyllä').first().waitFor();
    await app.proposalForm().waitFor();
    await screenshot(page, '22b-ecec-application-processing');
    expect(await seriousA11yViolations(page), 'ECEC application in processing: serious or critical axe violations').toEqual([]);
    await app.chooseUnit(unitName);
    await app.chooseGroup('Nuput');
    // The API refuses a group that does not run yet on the start date, in the user's language.
    await app.fillProposal({ startDate: '2019-01-01', hoursPerMonth: '140' });
    await shell.switchLanguage('sv');
    await app.propose();
    await app.proposalForm().getByText('Gruppen hör inte till enheten eller är inte verksam på startdagen.').waitFor();
    await shell.switchLanguage('fi');
    await app.fillProposal({ startDate: today });
    await app.propose();
    await app.waitForStatus('Sijoitusehdotus');
    await app.root().getByTestId('ecec-application-proposal').getByText('Nuput').waitFor();
    await screenshot(page, '23-ecec-application-proposal');
    expect(await seriousA11yViolations(page), 'ECEC placement proposal: serious or critical axe violations').toEqual([]);
    await app.accept();
    await app.waitForStatus('Hyväksytty');
    await app.placedNotice().waitFor();
    await expect.poll(() => app.done().textContent(), POLL).toContain('Hakemuksen tila on nyt: Hyväksytty.');

    // The child is in the unit's attendance list of today: arrival, then a wrong and a right departure.
    await shell.go('Läsnäolot');
    const attendance = new EcecAttendancePage(page);
    await attendance.day().waitFor();
    await attendance.chooseGroup('Nuput');
    const row = attendance.row(toProcess.childId);
    await row.waitFor();
    // Near midnight the server's day (Helsinki) may already have demo attendance in the browser's day: count the change.
    const present = async () => Number(/läsnä (\d+),/.exec((await attendance.counts().textContent()) ?? '')?.[1]);
    const presentBefore = await present();
    await attendance.mark(toProcess.childId, { arrived: '8.05' });
    await attendance.rowStatus(toProcess.childId).getByText('Tallennettu.').waitFor();
    await expect.poll(present, POLL).toBe(presentBefore + 1);
    await attendance.mark(toProcess.childId, { departed: '7.00' });
    await attendance.rowError(toProcess.childId).getByText('Lähtöaika on ennen tuloaikaa.').waitFor();
    await attendance.mark(toProcess.childId, { departed: '15.35' });
    await attendance.rowStatus(toProcess.childId).getByText('Tallennettu.').waitFor();
    await attendance.monthRow(toProcess.childId).waitFor();
    await expect.poll(() => attendance.monthRow(toProcess.childId).locator('td').nth(1).textContent(), POLL).toBe('7,5 h');
    // The child left for the doctor at 10.05 and came back at 12.35: a corrected first stay and a second one.
    await attendance.mark(toProcess.childId, { departed: '10.05' }, 0);
    await attendance.rowStatus(toProcess.childId).getByText('Tallennettu.').waitFor();
    await attendance.addStay(toProcess.childId);
    await attendance.mark(toProcess.childId, { arrived: '12.35', departed: '15.35' }, 1);
    await attendance.rowStatus(toProcess.childId).getByText('Tallennettu.').waitFor();
    await expect.poll(() => attendance.stays(toProcess.childId), POLL).toEqual([['8.05', '10.05'], ['12.35', '15.35']]);
    await expect.poll(() => attendance.monthRow(toProcess.childId).locator('td').nth(1).textContent(), POLL).toBe('5 h');
    // A stay that overlaps the other is refused with the API's reason, and nothing changes.
    await attendance.mark(toProcess.childId, { arrived: '9.00' }, 1);
    await attendance.rowError(toProcess.childId).getByText(/Läsnäolot menevät päällekkäin/).waitFor();
    await attendance.mark(toProcess.childId, { arrived: '12.35' }, 1);
    await attendance.rowStatus(toProcess.childId).getByText('Tallennettu.').waitFor();
    await screenshot(page, '24-ecec-attendance');
    expect(await seriousA11yViolations(page), 'ECEC attendance: serious or critical axe violations').toEqual([]);
    // The afternoon stay was marked by mistake: removing it leaves the morning.
    await attendance.removeStay(toProcess.childId, 1);
    await expect.poll(() => attendance.monthRow(toProcess.childId).locator('td').nth(1).textContent(), POLL).toBe('2 h');
    expect(await attendance.stays(toProcess.childId)).toEqual([['8.05', '10.05']]);

    // Tomorrow: the guardian phoned in a reservation, then changed it; it is kept after reloading the day.
    await attendance.nextDay();
    await attendance.row(toProcess.childId).waitFor();
    await attendance.reserve(toProcess.childId, '8.00', '16.00');
    await attendance.rowStatus(toProcess.childId).getByText('Tallennettu.').waitFor();
    await attendance.reserve(toProcess.childId, '9.00', '15.00');
    await attendance.rowStatus(toProcess.childId).getByText('Tallennettu.').waitFor();
    await page.reload();
    await attendance.chooseGroup('Nuput');
    await attendance.row(toProcess.childId).waitFor();
    await expect.poll(() => attendance.reservations(toProcess.childId), POLL).toEqual([]);
    await attendance.nextDay();
    await expect.poll(() => attendance.reservations(toProcess.childId), POLL).toEqual([['9.00', '15.00']]);
    await screenshot(page, '24b-ecec-attendance-reservation');
    expect(await seriousA11yViolations(page), 'ECEC reservations: serious or critical axe violations').toEqual([]);

    // The child's card: the application, the placement, and the first ECEC plan, then a second version.
    await row.getByRole('link').click();
    const card = new PersonCardPage(page);
    await card.registerSection('ecec').waitFor();
    const ecec = new EcecPersonSection(page);
    await ecec.applications().getByText('Hyväksytty').waitFor();
    await ecec.placements().getByText(unitName).waitFor();
    // The placement decision made on acceptance prints as a PDF.
    const pdf = await page.request.get((await ecec.placementDecisionPdfLinks().first().getAttribute('href'))!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await ecec.newVasuVersion();
    await ecec.writeSection('Tavoitteet pedagogiselle toiminnalle', 'Leikki ja liikunta ryhmässä.');
    await ecec.saveVasu();
    await ecec.vasuSaved().getByText('Versio 1 tallennettu.').waitFor();
    await ecec.newVasuVersion();
    await ecec.writeSection('Lapsen tuen tarve ja tukitoimet', 'Kielellinen tuki kuvin.');
    await ecec.setVisibleToGuardians();
    await screenshot(page, '25-ecec-vasu-editor');
    expect(await seriousA11yViolations(page), 'ECEC vasu editor: serious or critical axe violations').toEqual([]);
    await ecec.saveVasu();
    await ecec.vasuSaved().getByText('Versio 2 tallennettu.').waitFor();
    await ecec.vasuVersionButtons().nth(1).waitFor();
    expect(await ecec.vasuVersionButtons().count()).toBe(2);
    await expect.poll(() => ecec.vasuShown().textContent(), POLL).toContain('Kielellinen tuki kuvin.');
    await expect.poll(() => ecec.vasuShown().textContent(), POLL).toContain('Näkyy huoltajille');
    await ecec.vasuVersionButtons().nth(1).click();
    await expect.poll(() => ecec.vasuShown().textContent(), POLL).not.toContain('Kielellinen tuki kuvin.');
    await expect.poll(() => ecec.vasuShown().textContent(), POLL).toContain('Leikki ja liikunta ryhmässä.');
    await screenshot(page, '26-ecec-vasu-versions');
    await context.close();
  }, 180_000);

  it("lists a voucher unit child's voucher value decisions with their PDFs on the card", async () => {
    const api = await h.apiAs('ecec');
    const { units } = await api('GET', '/ecec/units');
    const voucherUnit = units.find((u: { providerType: string }) => u.providerType === 'private_voucher');
    const { children } = await api('GET', `/ecec/units/${voucherUnit.id}/children`);
    let childId: string | null = null;
    for (const c of children as { id: string }[]) {
      if ((await api('GET', `/ecec/persons/${c.id}/fee-decisions`)).voucherValueDecisions.length > 0) {
        childId = c.id;
        break;
      }
    }
    if (!childId) throw new Error('no child of the demo voucher unit has a voucher value decision');
    const { context, page } = await h.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login('ecec');
    await new PersonCardPage(page).open(childId);
    const ecec = new EcecPersonSection(page);
    await ecec.voucherDecisions().locator('tbody tr').first().waitFor();
    const href = await ecec.voucherDecisions().getByTestId('ecec-voucher-pdf').first().getAttribute('href');
    const pdf = await page.request.get(href!);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');
    // The plan of a child of another unit is not shown, and that is no error.
    await ecec.vasu().getByText('Ei varhaiskasvatuksen tietoja tai ei oikeutta nähdä niitä.').waitFor();
    expect(await ecec.vasu().getByRole('alert').count()).toBe(0);
    await screenshot(page, '27-ecec-voucher-decisions');
    expect(await seriousA11yViolations(page), 'ECEC voucher decisions: serious or critical axe violations').toEqual([]);
    await context.close();
  }, 120_000);
});
