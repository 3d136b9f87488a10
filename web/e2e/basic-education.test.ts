// The basic-education daily views end to end: a school's staff member finds a pupil, opens the
// person card with the basic-education section and enters a grade, and sees the pupil's
// absences with the alert once unauthorised absences pass the municipal threshold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, POLL, browserAvailable, screenshot, seriousA11yViolations, startHarness, type Harness } from './harness.ts';
import { LoginPage } from './pages/login-page.ts';
import { AppShell } from './pages/app-shell.ts';
import { PersonSearchPage } from './pages/person-search-page.ts';
import { BasicEducationSection } from './pages/basic-education-section.ts';

const schoolYearOf = (d: Date) => (d.getMonth() + 1 >= 8 ? d.getFullYear() : d.getFullYear() - 1);

describe.skipIf(!browserAvailable())('basic-education views in the browser', () => {
  let h: Harness;
  let pupil: { id: string; first_names: string; last_name: string };
  let classId: string;
  let api: Awaited<ReturnType<Harness['apiAs']>>;

  beforeAll(async () => {
    h = await startHarness();
    // A pupil of the demo user's school in grade 5 or above: last year's grades are in the demo data.
    api = await h.apiAs('basic-education');
    const me = await api('GET', '/auth/me');
    const schoolId = me.user.grants.find((g: { unitId: string | null }) => g.unitId)!.unitId as string;
    const { groups } = await api('GET', `/basic-education/schools/${schoolId}`);
    const cls = groups.find((g: { kind: string; grade: number | null }) => g.kind === 'class' && (g.grade ?? 0) >= 5);
    if (!cls) throw new Error('the demo school has no class of grade 5 or above');
    classId = cls.id;
    const { pupils } = await api('GET', `/basic-education/groups/${cls.id}`);
    pupil = pupils[0];
    if (!pupil) throw new Error('the demo class has no pupils');
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  it('a school staff member finds a pupil, sees enrolments, grades and certificates, and enters a grade', async () => {
    const { context, page } = await h.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login('basic-education');

    // Find the pupil by name in the person search and open the card.
    await new AppShell(page).go('Henkilöhaku');
    const search = new PersonSearchPage(page);
    await search.typeName(`${pupil.last_name} ${pupil.first_names.split(' ')[0]}`);
    const link = search.results().locator(`a[href="/persons/${pupil.id}"]`);
    await link.waitFor();
    await link.click();
    await page.locator('#basic-h').waitFor();

    const be = new BasicEducationSection(page);
    await be.waitLoaded();
    expect(await be.enrolmentRows().count()).toBeGreaterThan(0);
    const lastYear = schoolYearOf(new Date()) - 1;
    await expect.poll(() => be.gradeRow(lastYear, 'MA').isVisible(), POLL).toBe(true);
    expect(await be.certificateLinks().count()).toBe(2);
    expect(await be.certificateLinks().first().getAttribute('href')).toContain(`schoolYear=${lastYear}`);

    // An invalid grade: the API's message in Finnish on the grade field.
    await be.chooseSubject('Biologia');
    await be.enterGrade('11');
    await be.form().getByText('Numeroarvosanan on oltava kokonaisluku 4–10.').waitFor();
    await expect.poll(() => be.form().locator('input[name="grade"]').getAttribute('aria-invalid'), POLL).toBe('true');
    await screenshot(page, 'be-01-grade-error');
    expect(await seriousA11yViolations(page), 'person card with the basic-education section').toEqual([]);

    // A valid grade is saved and listed for this school year.
    await be.enterGrade('9');
    await be.savedStatus().getByText('Arvosana tallennettu.').waitFor();
    const thisYear = schoolYearOf(new Date());
    await be.gradeRow(thisYear, 'BI').waitFor();
    expect((await be.gradeRow(thisYear, 'BI').locator('td').first().textContent())?.trim()).toBe('9');
    await screenshot(page, 'be-02-grade-saved');
    await context.close();
  }, 120_000);

  it('shows the pupil’s absences with totals, and the alert once unauthorised absences pass the threshold, which the school acknowledges', async () => {
    const before = await api('GET', `/basic-education/pupils/${pupil.id}/absences`);
    expect(before.threshold).toBeGreaterThan(0);
    // Record unauthorised absences from extra lessons (periods the demo timetable leaves free)
    // on the school days before today until the pupil is one lesson over the threshold.
    const start = `${schoolYearOf(new Date())}-08-01`;
    const days: string[] = [];
    for (let d = new Date(Date.now() - 86_400_000); days.length < 10; d = new Date(d.getTime() - 86_400_000)) {
      const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      if (iso < start) break;
      days.push(iso);
    }
    const lessons = days.flatMap((date) => [0, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15].map((period) => ({ date, period })));
    const needed = before.threshold + 1 - before.totals.unauthorised;
    expect(lessons.length, 'school days this school year').toBeGreaterThanOrEqual(needed);
    for (const l of lessons.slice(0, Math.max(0, needed))) {
      await api('POST', `/basic-education/groups/${classId}/lessons`, { ...l, subjectCode: 'MA', absences: [{ pupilId: pupil.id, kind: 'unauthorised' }] });
    }
    const after = await api('GET', `/basic-education/pupils/${pupil.id}/absences`);
    expect(after.totals.unauthorised).toBe(Math.max(before.threshold + 1, before.totals.unauthorised));

    const { context, page } = await h.newPage();
    await new LoginPage(page).open();
    await new LoginPage(page).login('basic-education');
    await page.goto(`/persons/${pupil.id}`);
    const be = new BasicEducationSection(page);
    await be.waitLoaded();
    await be.absenceRows().first().waitFor();
    expect(await be.absenceRows().count()).toBe(after.absences.length);
    expect(await be.absenceRows('unauthorised').count()).toBe(after.totals.unauthorised);
    expect((await be.absenceTotal('Luvattomia poissaoloja').textContent())?.trim()).toBe(String(after.totals.unauthorised));
    expect((await be.absenceTotal('Luvallisia poissaoloja').textContent())?.trim()).toBe(String(after.totals.authorised));
    expect((await be.absenceTotal('Oppitunteja').textContent())?.trim()).toBe(String(after.totals.lessons));
    await expect.poll(() => be.absenceAlert().isVisible(), POLL).toBe(true);
    expect(await be.absenceAlert().textContent()).toContain(`${after.totals.unauthorised} luvatonta poissaoloa (raja ${before.threshold} oppituntia)`);
    await be.absences().scrollIntoViewIfNeeded();
    await screenshot(page, 'be-03-absences-alert');
    expect(await seriousA11yViolations(page), 'person card with the pupil’s absences').toEqual([]);

    // The school acknowledges the alert with a note; the alert then says who handled it.
    await be.acknowledgeAlert('Yhteys huoltajaan');
    await be.absenceAlertNote().getByText('Merkintä: Yhteys huoltajaan').waitFor();
    expect(await be.absenceAlert().textContent()).toContain('Kuitattu');
    expect(await be.absenceAlert().getByTestId('be-absence-alert-form').count()).toBe(0);
    const { alerts } = await api('GET', `/basic-education/pupils/${pupil.id}/absences`);
    expect(alerts.find((a: { acknowledgedAt: string | null }) => a.acknowledgedAt)?.acknowledgementNote).toBe('Yhteys huoltajaan');
    await screenshot(page, 'be-04-absence-alert-acknowledged');
    await context.close();
  }, 120_000);
  it('shows pupil-welfare staff the absences and welfare records on the card, and raises the alert again after a new unauthorised absence', async () => {
    const me = await api('GET', '/auth/me');
    const schoolId = me.user.grants.find((g: { unitId: string | null }) => g.unitId)!.unitId as string;
    // A school social worker (kuraattori) with the pupil-welfare role only.
    const username = `kuraattori-${Date.now()}`;
    await (await h.apiAs('admin'))('POST', '/users', { username, displayName: 'Kuraattori Testi', password: DEMO_PASSWORD, grants: [{ role: 'basic-education.pupil_welfare', unitId: schoolId }] });
    const welfareApi = await h.apiAs(username);
    const today = new Date().toISOString().slice(0, 10);
    await welfareApi('POST', `/basic-education/pupils/${pupil.id}/welfare-records`, { recordedOn: today, professional: 'school_social_worker', topic: 'Poissaolot', content: 'Keskustelu oppilaan kanssa poissaoloista.' });
    // One more unauthorised lesson after the acknowledgement of the previous test: recording a lesson
    // replaces its absences, so take period 0 (free in the demo timetable) of a day the previous
    // test did not use (it took the ten days before today) and the pupil has no absence in.
    const before = await api('GET', `/basic-education/pupils/${pupil.id}/absences`);
    const taken = new Set(before.absences.map((a: { date: string; period: number }) => `${a.date}/${a.period}`));
    const yearStart = `${schoolYearOf(new Date())}-08-01`;
    let recorded = false;
    for (let back = 11; back < 120 && !recorded; back++) {
      const d = new Date(Date.now() - back * 86_400_000);
      const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      if (date < yearStart) break;
      if (taken.has(`${date}/0`)) continue;
      try {
        await api('POST', `/basic-education/groups/${classId}/lessons`, { date, period: 0, subjectCode: 'MA', absences: [{ pupilId: pupil.id, kind: 'unauthorised' }] });
        recorded = true;
      } catch {
        // Not a day the pupil was in the class: try an earlier one.
      }
    }
    expect(recorded).toBe(true);
    const after = await api('GET', `/basic-education/pupils/${pupil.id}/absences`);
    expect(after.totals.unauthorised).toBe(before.totals.unauthorised + 1);

    const { context, page } = await h.newPage();
    await new LoginPage(page).open();
    await new LoginPage(page).login(username, DEMO_PASSWORD);
    await page.goto(`/persons/${pupil.id}`);
    const be = new BasicEducationSection(page);
    // No studies for this role (no "no access" either): the absences and the welfare records.
    await be.root().getByTestId('be-pupil-welfare-view').waitFor();
    expect(await be.root().getByTestId('be-pupil').count()).toBe(0);
    await be.root().getByTestId('be-welfare-record').getByText('Keskustelu oppilaan kanssa poissaoloista.').waitFor();
    await be.absenceRows().first().waitFor();
    // The alert is open again, with the new count, and the welfare worker can acknowledge it.
    await expect.poll(() => be.absenceAlert().textContent(), POLL).toContain(`${after.totals.unauthorised} luvatonta poissaoloa`);
    expect(await be.absenceAlert().textContent()).toContain('Hälytystä ei ole vielä kuitattu.');
    await screenshot(page, 'be-05-welfare-view');
    expect(await seriousA11yViolations(page), 'pupil card for pupil-welfare staff').toEqual([]);
    await be.acknowledgeAlert('Kuraattori tapasi oppilaan');
    await be.absenceAlertNote().getByText('Merkintä: Kuraattori tapasi oppilaan').waitFor();
    await context.close();
  }, 120_000);
});
