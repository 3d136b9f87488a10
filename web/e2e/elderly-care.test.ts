// Elderly services in the browser, as the demo user of the register (care worker of the home-care
// unit and service coordinator): the application worklist by due date, a client's card with
// decisions and their PDFs, a new care record with its validation in the user's language, a
// correction of it, a new version of the care and service plan, and the intake of an application.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLL, browserAvailable, screenshot, seriousA11yViolations, startHarness, type Harness } from './harness.ts';
import { LoginPage } from './pages/login-page.ts';
import { AppShell } from './pages/app-shell.ts';
import { ElderlySection, ElderlyWorklistPage } from './pages/elderly-pages.ts';
import { formatHetu } from '../../src/core/hetu/hetu.ts';

const isoOf = (fiDate: string) => fiDate.split('.').reverse().map((x) => x.padStart(2, '0')).join('-');

describe.skipIf(!browserAvailable())('elderly services in the browser', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  it('the demo user opens the worklist, opens a client, writes and corrects a care record and a plan version', async () => {
    const { context, page } = await h.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login('elderly-care');
    const shell = new AppShell(page);
    expect(await shell.navTitles()).toEqual(expect.arrayContaining(['Hakemukset (ikäihmiset)', 'Kotihoidon asiakkaat']));

    // The worklist: open applications by their nearest statutory deadline.
    await shell.go('Hakemukset (ikäihmiset)');
    const worklist = new ElderlyWorklistPage(page);
    await worklist.waitFor();
    expect(await worklist.rows().count()).toBeGreaterThanOrEqual(2);
    const due = (await worklist.dueDates()).filter((d) => d !== '').map(isoOf);
    expect(due).toEqual([...due].sort());
    await screenshot(page, '40-elderly-worklist');
    expect(await seriousA11yViolations(page), 'elderly worklist: serious or critical axe violations').toEqual([]);

    // A client's card from the worklist.
    await worklist.clientRows().first().getByRole('link').click();
    const section = new ElderlySection(page);
    await section.root().waitFor();
    await section.decisions().locator('tbody tr').first().waitFor();
    const pdfHref = await section.decisionPdfLinks().first().getAttribute('href');
    const pdf = await page.request.get(pdfHref!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');
    await section.records().first().waitFor();
    const before = await section.records().count();

    // An empty record is refused with a message in the user's language (Finnish, then Swedish).
    await section.writeRecord('');
    await section.recordForm().getByText('Kirjoita kirjauksen teksti.').waitFor();
    await shell.switchLanguage('sv');
    await section.writeRecord('');
    await section.recordForm().getByText('Skriv anteckningens text.').waitFor();
    await shell.switchLanguage('fi');

    // A record, then a correction of it: both stay, the first marked corrected.
    const text = `Iltakäynti ${Date.now()}: asiakas söi hyvin.`;
    await section.writeRecord(text);
    await expect.poll(() => section.recordSaved().textContent(), POLL).toContain('Kirjaus tallennettu');
    await section.records().filter({ hasText: text }).waitFor();
    expect(await section.records().count()).toBe(before + 1);
    await section.records().filter({ hasText: text }).getByRole('button', { name: /Korjaa kirjaus/ }).click();
    await section.recordForm().locator('textarea[name="record-text"]').fill(text.replace('söi hyvin', 'söi vähän'));
    await section.recordForm().locator('input[name="correction-reason"]').fill('Väärä tieto ruokailusta.');
    await page.getByTestId('elderly-save-record').click();
    await section.records().filter({ hasText: 'söi vähän' }).waitFor();
    expect(await section.records().count()).toBe(before + 2);
    await expect.poll(() => section.records().filter({ hasText: 'söi hyvin' }).getAttribute('data-corrected'), POLL).toBe('true');

    // A new plan version; the earlier one stays selectable.
    const versions = await section.planVersions().count();
    await section.writePlan('Liikkuminen ulkona kahdesti viikossa.', 'Kotihoito ja ulkoiluapu.');
    await expect.poll(() => section.planSaved().textContent(), POLL).toContain(`Versio ${versions + 1}`);
    await expect.poll(() => section.planShown().textContent(), POLL).toContain('Liikkuminen ulkona');
    expect(await section.planVersions().count()).toBe(versions + 1);
    await screenshot(page, '41-elderly-client-card');
    expect(await seriousA11yViolations(page), 'elderly client card: serious or critical axe violations').toEqual([]);

    // A new applicant at the intake: found by henkilötunnus, the assessment deadline shown, and
    // the application on the worklist (the registry office adds the person first).
    const hetu = formatHetu({ birthDate: '1944-02-03', individualNumber: 987 });
    await (await h.apiAs('kirjaamo'))('POST', '/persons', { hetu, firstNames: 'Hilma', lastName: 'Hakijainen' });
    await shell.go('Hakemukset (ikäihmiset)');
    await worklist.waitFor();
    const rows = await worklist.rows().count();
    await worklist.openIntake();
    await worklist.saveIntake();
    await worklist.intakeForm().getByText('Hae ensin hakija.').waitFor();
    await worklist.findApplicant(hetu);
    await expect.poll(() => page.getByTestId('elderly-intake-person').textContent(), POLL).toContain('Hakijainen');
    await worklist.saveIntake();
    await expect.poll(() => page.getByTestId('elderly-intake-saved').textContent(), POLL).toContain('Arviointi aloitettava viimeistään');
    await worklist.rows().nth(rows).waitFor();
    await expect.poll(() => worklist.rows().filter({ hasText: 'Hakijainen' }).textContent(), POLL).toContain('Ei vielä asiakas');
    expect(page.url()).not.toContain(hetu);
    await screenshot(page, '43-elderly-intake');
    expect(await seriousA11yViolations(page), 'elderly intake: serious or critical axe violations').toEqual([]);

    // The unit's clients.
    await shell.go('Kotihoidon asiakkaat');
    await page.getByTestId('elderly-unit-clients').waitFor();
    await screenshot(page, '42-elderly-unit-clients');
    expect(await seriousA11yViolations(page), 'elderly unit clients: serious or critical axe violations').toEqual([]);
    await context.close();
  });
});
