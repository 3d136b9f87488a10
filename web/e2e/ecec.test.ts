// The ECEC daily views in the browser: a unit's application queue with the place-guarantee
// alert, and a child's card with placements, fee decisions, attendance and the ECEC plan.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, screenshot, seriousA11yViolations, startHarness, type Harness } from './harness.ts';
import { LoginPage } from './pages/login-page.ts';
import { AppShell } from './pages/app-shell.ts';
import { PersonCardPage } from './pages/person-card-page.ts';
import { EcecPersonSection, EcecQueuePage, EcecUnitChildrenPage } from './pages/ecec-pages.ts';

const addDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe.skipIf(!browserAvailable())('ECEC daily views in the browser', () => {
  let h: Harness;
  let unitId: string;
  let child: { id: string; firstNames: string; lastName: string };

  beforeAll(async () => {
    h = await startHarness();
    const api = await h.apiAs('ecec');
    // The demo user's unit roles are in the first unit by name, which the views open by default.
    const { units } = await api('GET', '/ecec/units');
    unitId = units[0].id;
    // An application due in a week in that unit puts the place guarantee at risk.
    const applicationIds: string[] = [];
    for (const u of units) applicationIds.push(...(await api('GET', `/ecec/units/${u.id}/queue`)).queue.map((q: { id: string }) => q.id));
    const { application } = await api('GET', `/ecec/applications/${applicationIds[0]}`);
    await api('POST', '/ecec/applications', {
      childId: application.childId,
      guardianId: application.guardianId,
      type: 'daycare',
      preferredStartDate: addDays(7),
      hoursPerMonth: 120,
      preferredUnitIds: [unitId],
      dueDate: addDays(7),
    });
    // A child of the unit with two versions of the ECEC plan.
    const { children } = await api('GET', `/ecec/units/${unitId}/children`);
    child = children[0];
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
    await ecec.vasuShown().waitFor();
    expect(await ecec.vasuVersionButtons().count()).toBe(2);
    await expect(ecec.vasuShown().textContent()).resolves.toContain('kielellinen tuki');
    // The earlier version by keyboard.
    await ecec.vasuVersionButtons().nth(1).focus();
    await page.keyboard.press('Enter');
    await expect(ecec.vasuShown().textContent()).resolves.not.toContain('kielellinen tuki');
    await screenshot(page, '21-ecec-child-card');
    expect(await seriousA11yViolations(page), 'ECEC person card: serious or critical axe violations').toEqual([]);
    await context.close();
  });
});
