// The residents' side in the browser (kuntalainen): a demo guardian identifies through the test
// identification, opens their child in ECEC, enters a reservation and an absence notice for
// coming days, reads the ECEC plan, switches the language; staff then see the reservation in
// the unit's attendance view.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, POLL, screenshot, seriousA11yViolations, startHarness, type Harness } from './harness.ts';
import { CitizenLoginPage, CitizenPages } from './pages/citizen-pages.ts';
import { LoginPage } from './pages/login-page.ts';
import { EcecAttendancePage } from './pages/ecec-pages.ts';
import { addDays, isWorkingDay } from '../../src/core/calendar/working-days.ts';

const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date());
/** The first working day on or after the date. */
const workingDayFrom = (d: string) => {
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
};

describe.skipIf(!browserAvailable())('residents in the browser', () => {
  let h: Harness;
  let unitId: string;
  let child: { id: string; firstNames: string; lastName: string };
  let hetu: string;

  beforeAll(async () => {
    h = await startHarness();
    const api = await h.apiAs('ecec');
    // A child placed in the demo ECEC user's unit, and the child's guardian (synthetic persons).
    const { units } = await api('GET', '/ecec/units');
    unitId = units[0].id;
    const { children } = await api('GET', `/ecec/units/${unitId}/children`);
    for (const c of children) {
      const { person } = await api('GET', `/persons/${c.id}`);
      const guardian = person.relationships.find((r: { kind: string }) => r.kind === 'guardian');
      if (!guardian) continue;
      const { person: g } = await api('GET', `/persons/${guardian.person.id}`);
      if (!g.hetu || g.nonDisclosure) continue;
      child = c;
      hetu = g.hetu;
      break;
    }
    if (!hetu) throw new Error('no demo guardian with a child in the unit');
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  it('a guardian reserves care time and notifies an absence, reads the ECEC plan; staff see the reservation', async () => {
    const { context, page } = await h.newPage();
    const login = new CitizenLoginPage(page);
    await login.openFromStaffLogin();
    expect(await login.demoResidents().count()).toBeGreaterThan(0);
    await screenshot(page, '60-citizen-login');
    expect(await seriousA11yViolations(page), 'citizen login: serious or critical axe violations').toEqual([]);
    await login.identify(hetu);
    // The henkilötunnus never reaches the address bar.
    expect(page.url()).not.toContain(hetu);

    const pages = new CitizenPages(page);
    await pages.childLink(child.id).click();
    await pages.calendar().waitFor();

    const reserveOn = workingDayFrom(addDays(today(), 1));
    const absentOn = workingDayFrom(addDays(reserveOn, 1));
    if (reserveOn.slice(0, 7) !== today().slice(0, 7)) await pages.nextMonth();
    await pages.day(reserveOn).waitFor(POLL);
    await pages.reserve(reserveOn, '7.30', '15:45');
    await expect.poll(() => pages.day(reserveOn).getByTestId('day-reservations').textContent(), POLL).toBe('07:30–15:45');
    if (absentOn.slice(0, 7) !== reserveOn.slice(0, 7)) await pages.nextMonth();
    await pages.notifyAbsence(absentOn, /Sairauspoissaolo/);
    await expect.poll(() => pages.day(absentOn).getByTestId('day-absence').textContent(), POLL).toBe('Sairaus');

    // The ECEC plan the unit made visible to guardians.
    await expect.poll(() => pages.vasu().textContent(), POLL).toContain('vuorottelua');
    await screenshot(page, '61-citizen-child');
    expect(await seriousA11yViolations(page), 'citizen child page: serious or critical axe violations').toEqual([]);

    // Swedish.
    await page.getByTestId('lang-sv').click();
    await page.getByRole('heading', { name: 'Kalender' }).waitFor();
    await expect.poll(() => pages.day(absentOn).getByTestId('day-absence').textContent(), POLL).toBe('Sjukdom');
    await page.getByTestId('lang-fi').click();

    // My data and who has viewed it.
    await pages.go('Omat tiedot');
    await page.getByTestId('citizen-my-data').waitFor();
    expect(await page.getByTestId('citizen-my-data').textContent()).toContain(child.firstNames.split(' ')[0]);
    await pages.go('Kuka on katsonut tietojani');
    await page.getByRole('heading', { name: 'Kuka on katsonut tietojani' }).waitFor();
    expect(await seriousA11yViolations(page), 'citizen audit trail: serious or critical axe violations').toEqual([]);
    await page.getByTestId('citizen-logout').click();
    await page.getByTestId('citizen-logged-out').waitFor();
    await context.close();

    // Staff of the unit see the guardian's reservation on that day (the unit's attendance day, as the view loads it).
    const staffApi = await h.apiAs('ecec');
    const unitDay = await staffApi('GET', `/ecec/units/${unitId}/attendance?date=${reserveOn}`);
    expect(unitDay.children.find((c: { id: string }) => c.id === child.id).reservations).toEqual([{ start: '07:30', end: '15:45' }]);
    const staff = await h.newPage();
    const staffLogin = new LoginPage(staff.page);
    await staffLogin.open();
    await staffLogin.login('ecec');
    const attendance = new EcecAttendancePage(staff.page);
    await attendance.open(unitId);
    await screenshot(staff.page, '62-staff-attendance');
    await staff.context.close();
  });
});
