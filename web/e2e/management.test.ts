// The management screens end to end: the education office (the demo basic-education user)
// adds a school (a bad KOSKI OID first: the API's message on the field), a class, a teacher
// and the teacher's dated assignment to the class, and a new value of a parameter (over the
// limit first: the API's refusal on the field, in Finnish and then in Swedish); the library's
// administrator changes the library rules from a date on. Navigation shows the management pages
// only to roles whose grants allow them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLL, browserAvailable, screenshot, seriousA11yViolations, startHarness, type Harness } from './harness.ts';
import { LoginPage } from './pages/login-page.ts';
import { AppShell } from './pages/app-shell.ts';
import { GroupPage, LibraryRulesPage, ParametersPage, SchoolAlerts, SchoolPage, SchoolsPage } from './pages/management-pages.ts';

const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const inDays = (n: number) => iso(new Date(Date.now() + n * 86_400_000));
const fiDate = (isoDate: string) => {
  const [y, m, d] = isoDate.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
};

describe.skipIf(!browserAvailable())('management screens in the browser', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  it('shows the basic-education management pages only to those whose roles allow them', async () => {
    const { context, page } = await h.newPage();
    await new LoginPage(page).open();
    await new LoginPage(page).login('library');
    const titles = await new AppShell(page).navTitles();
    expect(titles).not.toContain('Koulut');
    expect(titles).not.toContain('Perusopetuksen parametrit');
    // Not reachable by address either.
    await page.goto('/basic-education/parameters');
    await expect.poll(() => new AppShell(page).heading().textContent(), POLL).not.toBe('Perusopetuksen parametrit');
    await context.close();
  }, 120_000);

  it('the education office adds a school with its KOSKI OID, a class, a teacher and the teacher’s assignment', async () => {
    const { context, page } = await h.newPage();
    await new LoginPage(page).open();
    await new LoginPage(page).login('basic-education');
    const shell = new AppShell(page);
    expect(await shell.navTitles()).toEqual(expect.arrayContaining(['Koulut', 'Perusopetuksen parametrit']));

    await shell.go('Koulut');
    const schools = new SchoolsPage(page);
    await schools.table().waitFor();
    const name = `Testikoulu ${Date.now().toString(36)}`;
    // A bad OID: the API's validation message on the OID field.
    await schools.fillSchool({ name, oid: '1.2.246.562.10.123' });
    await schools.submit();
    await schools.message('Kenttä "oid" on väärässä muodossa.').waitFor();
    await expect.poll(() => schools.oidInput().getAttribute('aria-invalid'), POLL).toBe('true');
    await screenshot(page, 'mgmt-01-school-oid-error');
    expect(await seriousA11yViolations(page), 'schools page with a field error').toEqual([]);

    await schools.fillSchool({ oid: '1.2.246.562.10.12345678901' });
    await schools.submit();
    await schools.status().getByText(`Koulu ${name} lisätty.`).waitFor();
    await schools.schoolLink(name).waitFor();
    await schools.schoolLink(name).click();

    const school = new SchoolPage(page);
    await school.facts().getByText('1.2.246.562.10.12345678901').waitFor();
    await school.addStaff({ firstNames: 'Terttu', lastName: 'Testinen', title: 'Aineenopettaja' });
    await school.staffStatus().getByText('Terttu Testinen lisätty henkilökuntaan.').waitFor();
    await expect.poll(() => school.staffRows().count(), POLL).toBe(1);
    await school.addClass('7E', '7');
    await school.groupStatus().getByText('7E lisätty.').waitFor();
    await school.groupLink('7E').waitFor();
    await screenshot(page, 'mgmt-02-school');
    expect(await seriousA11yViolations(page), 'school page').toEqual([]);

    await school.groupLink('7E').click();
    const group = new GroupPage(page);
    await group.form().waitFor();
    // An end before the start: the API's message on the end date.
    await group.assign({ validFrom: inDays(0), validTo: inDays(-1) });
    await group.message('Päättymispäivä on ennen alkamispäivää.').waitFor();
    await group.assign({ validTo: '' });
    await group.status().getByText('Terttu Testinen lisätty ryhmän opettajaksi.').waitFor();
    await expect.poll(() => group.teacherRows().count(), POLL).toBe(1);
    const row = group.teacherRows().first();
    expect(await row.locator('th').textContent()).toBe('Terttu Testinen');
    expect(await row.locator('td').nth(1).textContent()).toBe(fiDate(inDays(0)));
    await screenshot(page, 'mgmt-03-group-teachers');
    expect(await seriousA11yViolations(page), 'group page').toEqual([]);

    // The assignment ends after a month: the row shows its last day.
    const lastDay = inDays(30);
    await group.endAssignment(row, lastDay);
    await group.endedStatus().getByText(`Henkilön Terttu Testinen opetustehtävä päättyy ${fiDate(lastDay)}.`).waitFor();
    await expect.poll(() => group.teacherRows().first().locator('td').nth(2).textContent(), POLL).toBe(fiDate(lastDay));
    await context.close();
  }, 180_000);

  it('the school acknowledges a pupil’s unauthorised-absence alert from the school page', async () => {
    // Record unauthorised absences for a pupil of the demo school until the municipal threshold
    // is passed (extra lessons on school days before today, as in basic-education.test.ts).
    const api = await h.apiAs('basic-education');
    const me = await api('GET', '/auth/me');
    const schoolId = me.user.grants.find((g: { unitId: string | null }) => g.unitId)!.unitId as string;
    const { groups } = await api('GET', `/basic-education/schools/${schoolId}`);
    const cls = groups.find((g: { kind: string }) => g.kind === 'class');
    const { pupils } = await api('GET', `/basic-education/groups/${cls.id}`);
    const pupil = pupils[pupils.length - 1] as { id: string; first_names: string; last_name: string };
    const before = await api('GET', `/basic-education/pupils/${pupil.id}/absences`);
    const now = new Date();
    const start = `${now.getMonth() + 1 >= 8 ? now.getFullYear() : now.getFullYear() - 1}-08-01`;
    const days: string[] = [];
    for (let d = new Date(Date.now() - 86_400_000); days.length < 10 && iso(d) >= start; d = new Date(d.getTime() - 86_400_000)) days.push(iso(d));
    const lessons = days.flatMap((date) => [0, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15].map((period) => ({ date, period })));
    const needed = before.threshold + 1 - before.totals.unauthorised;
    expect(lessons.length, 'school days this school year').toBeGreaterThanOrEqual(needed);
    for (const l of lessons.slice(0, Math.max(0, needed))) {
      await api('POST', `/basic-education/groups/${cls.id}/lessons`, { ...l, subjectCode: 'MA', absences: [{ pupilId: pupil.id, kind: 'unauthorised' }] });
    }

    const { context, page } = await h.newPage();
    await new LoginPage(page).open();
    await new LoginPage(page).login('basic-education');
    await page.goto(`/basic-education/schools/${schoolId}`);
    const alerts = new SchoolAlerts(page);
    await alerts.row(pupil.id).waitFor();
    expect(await alerts.row(pupil.id).locator('td').nth(1).textContent()).toBe(`${before.threshold + 1} / ${before.threshold}`);
    await alerts.root().scrollIntoViewIfNeeded();
    await screenshot(page, 'mgmt-09-school-alerts');
    expect(await seriousA11yViolations(page), 'school page with absence alerts').toEqual([]);

    await alerts.acknowledge(pupil.id, 'Soitettu huoltajalle');
    const name = `${pupil.last_name} ${pupil.first_names}`;
    await alerts.status().getByText(`Oppilaan ${name} hälytys kuitattu.`).waitFor();
    // Gone from the open alerts; among all of them with who acknowledged it and the note.
    await expect.poll(() => alerts.row(pupil.id).count(), POLL).toBe(0);
    await alerts.showAcknowledged();
    await alerts.row(pupil.id).getByText('Merkintä: Soitettu huoltajalle').waitFor();
    expect(await alerts.row(pupil.id).textContent()).toContain('Kuitattu');
    await context.close();
  }, 180_000);

  it('the education office adds a parameter value; a value over the limit is refused on the field in the user’s language', async () => {
    const { context, page } = await h.newPage();
    await new LoginPage(page).open();
    await new LoginPage(page).login('basic-education');
    const shell = new AppShell(page);
    await shell.go('Perusopetuksen parametrit');
    const params = new ParametersPage(page);
    await params.form().waitFor();
    const key = 'activity.max_monthly_fee_570h';
    const from = inDays(30);
    await params.chooseParameter('Aamu- ja iltapäivätoiminnan enimmäismaksu, 570 h (€/kk)');
    await params.fillValue({ effectiveFrom: from, value: '20000', basis: 'Perusopetuslaki 628/1998 48 f §' });
    await params.submit();
    await params.message('Parametrin arvon on oltava välillä 0–10000.').waitFor();
    await expect.poll(() => params.valueInput().getAttribute('aria-invalid'), POLL).toBe('true');
    await screenshot(page, 'mgmt-04-parameter-error-fi');
    expect(await seriousA11yViolations(page), 'parameters page with a field error').toEqual([]);
    // The same refusal in Swedish once the user switches language.
    await shell.switchLanguage('sv');
    await params.message('Parameterns värde ska vara mellan 0 och 10000.').waitFor();
    await screenshot(page, 'mgmt-05-parameter-error-sv');

    // A statutory cap cannot be a municipal decision: the API's refusal on the status field.
    await params.fillValue({ value: '125' });
    await params.chooseStatus('Kommunens beslut');
    await params.submit();
    await params.message('Statusen passar inte parametern (ett lagstadgat maximum kan inte fastställas genom kommunens beslut, kommunens egen gräns inte genom lag).').waitFor();

    await params.chooseStatus('Officiell författning');
    await params.submit();
    await params.status().getByText('Ett nytt värde har lagts till.').waitFor();
    await params.historyRow(key, from).waitFor();
    expect(await params.historyRow(key, from).locator('td').nth(2).textContent()).toBe('125');
    // The period in force until then now ends the day before.
    await expect.poll(() => params.history(key).locator('tbody tr[data-in-force] td').nth(1).textContent(), POLL).toBe(fiDate(inDays(29)));
    await screenshot(page, 'mgmt-06-parameter-added');
    await context.close();
  }, 180_000);

  it('the library administrator changes a loan period and the late fee from a date on; the old periods stay', async () => {
    const { context, page } = await h.newPage();
    await new LoginPage(page).open();
    await new LoginPage(page).login('library');
    const shell = new AppShell(page);
    await shell.go('Käyttösäännöt');
    const rules = new LibraryRulesPage(page);
    await rules.loanRuleForm().waitFor();
    await screenshot(page, 'mgmt-07-library-rules');
    expect(await seriousA11yViolations(page), 'library rules page').toEqual([]);

    // A loan period over the API's bound: its message on the field.
    const from = inDays(14);
    await rules.chooseItemType('Peli');
    await rules.fillLoanRule({ effectiveFrom: from, loanPeriodDays: '400', source: 'Kirjastolautakunta § 12' });
    await rules.submitLoanRule();
    await rules.loanRuleMessage('Kenttä "loanPeriodDays" on sallitun rajan ulkopuolella (maximum 365).').waitFor();
    await rules.fillLoanRule({ loanPeriodDays: '21', maxRenewals: '1' });
    await rules.submitLoanRule();
    await rules.loanRuleStatus().getByText('Aineistolajin Peli uusi lainasääntö lisätty.').waitFor();
    await rules.loanRuleRow('game', from).waitFor();
    expect(await rules.loanRuleRow('game', from).locator('td').nth(2).textContent()).toBe('21');
    // The rule in force until then ends the day before.
    await expect.poll(() => rules.loanRuleRow('game', '2017-01-01').locator('td').nth(1).textContent(), POLL).toBe(fiDate(inDays(13)));

    // The fees: the form holds the figures in force; a new late fee from the same day on.
    await rules.fillFees({ effectiveFrom: from, lateFeePerDay: '0,30', lateFeeMaxPerItem: '0,10', source: 'Kirjastolautakunta § 13' });
    await rules.submitFees();
    await rules.feeMessage('Myöhästymismaksun enimmäismäärä niteeltä ei voi olla pienempi kuin päivämaksu.').waitFor();
    await rules.fillFees({ lateFeePerDay: '0,30', lateFeeMaxPerItem: '6,00' });
    await rules.submitFees();
    await rules.feesStatus().getByText('Uudet maksut ja rajat lisätty.').waitFor();
    await expect.poll(() => rules.feeValue('lateFeePerDay', from), POLL).toBe('0,30');
    expect(await rules.feeValue('lateFeeMaxPerItem', from)).toBe('6,00');
    expect(await rules.feeValue('lateFeePerDay', '2017-01-01')).toBe('0,20');
    await screenshot(page, 'mgmt-08-library-rules-changed');
    expect(await seriousA11yViolations(page), 'library rules page after changes').toEqual([]);
    await context.close();
  }, 180_000);
});
