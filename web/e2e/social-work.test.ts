// Family and adult social work in the browser, as the demo user of the register (social worker and
// family worker of the unit): the worklist of incoming notifications, a child's card with the
// notifier and deadlines, the decision to start the assessment with its PDF, a narrative entry with
// its validation in the user's language and a correction, a client-plan version, and the intake
// of a new notification.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLL, browserAvailable, screenshot, seriousA11yViolations, startHarness, type Harness } from './harness.ts';
import { LoginPage } from './pages/login-page.ts';
import { AppShell } from './pages/app-shell.ts';
import { SocialSection, SocialWorklistPage } from './pages/social-pages.ts';

describe.skipIf(!browserAvailable())('social work in the browser', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  it('the demo user opens the worklist, decides on an assessment, writes and corrects a narrative entry and a plan version', async () => {
    const { context, page } = await h.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login('social-work');
    const shell = new AppShell(page);
    expect(await shell.navTitles()).toContain('Ilmoitukset ja hakemukset');

    // Incoming notifications, the urgent one first.
    await shell.go('Ilmoitukset ja hakemukset');
    const worklist = new SocialWorklistPage(page);
    await worklist.waitFor();
    expect(await worklist.notificationRows().count()).toBeGreaterThanOrEqual(2);
    await expect.poll(() => worklist.notificationRows().first().textContent(), POLL).toContain('Kiireellinen');
    expect(await worklist.applicationRows().count()).toBeGreaterThanOrEqual(1);
    await screenshot(page, '50-social-worklist');
    expect(await seriousA11yViolations(page), 'social worklist: serious or critical axe violations').toEqual([]);

    // The urgent child's card: the notifier is shown to the social worker, with the deadlines.
    await worklist.notificationRows().first().getByRole('link').click();
    const section = new SocialSection(page);
    await section.root().waitFor();
    await expect.poll(() => section.notifications().first().textContent(), POLL).toContain('Poliisi');

    // The decision to start the assessment: refused without reasons, then made; its PDF prints.
    await section.decideForm().first().getByRole('button', { name: 'Arviointi aloitetaan' }).click();
    await section.decideForm().first().getByText('Kirjoita päätöksen perustelut.').waitFor();
    await section.decideStart('Lapsen tilanne edellyttää palvelutarpeen arviointia.');
    await section.decisionRows().first().waitFor();
    expect(await section.decideForm().count()).toBe(0);
    const href = await section.decisionRows().first().locator('a[href*="lang=sv"]').getAttribute('href');
    const pdf = await page.request.get(href!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');

    // A narrative entry: refused empty in the user's language, then saved and corrected.
    const before = await section.entries().count();
    await section.writeEntry('');
    await section.entryForm().getByText('Kirjoita merkinnän teksti.').waitFor();
    await shell.switchLanguage('en');
    await section.writeEntry('');
    await section.entryForm().getByText('Write the text of the entry.').waitFor();
    await shell.switchLanguage('fi');
    const text = `Kotikäynti ${Date.now()}: lapsi tavattiin kotona.`;
    await section.writeEntry(text);
    await expect.poll(() => section.entrySaved().textContent(), POLL).toContain('Merkintä tallennettu');
    await section.entries().filter({ hasText: text }).waitFor();
    expect(await section.entries().count()).toBe(before + 1);
    await section.entries().filter({ hasText: text }).getByRole('button', { name: /Korjaa merkintä/ }).click();
    await section.entryForm().locator('textarea[name="narrative-text"]').fill(text.replace('kotona', 'koulussa'));
    await section.entryForm().locator('input[name="correction-reason"]').fill('Tapaamispaikka kirjattu väärin.');
    await page.getByTestId('social-save-entry').click();
    await section.entries().filter({ hasText: 'koulussa' }).waitFor();
    await expect.poll(() => section.entries().filter({ hasText: 'kotona' }).getAttribute('data-corrected'), POLL).toBe('true');

    // A client plan, versioned.
    const versions = await section.planVersions().count();
    await section.writePlan('Lapsen arjen turvaaminen.', 'Perhetyö kahdesti viikossa.');
    await expect.poll(() => section.planSaved().textContent(), POLL).toContain(`Versio ${versions + 1}`);
    await section.planVersions().nth(versions).waitFor();
    await screenshot(page, '51-social-client-card');
    expect(await seriousA11yViolations(page), 'social client card: serious or critical axe violations').toEqual([]);

    // A new notification at the intake: the person found by henkilötunnus in a form field.
    const api = await h.apiAs('social-work');
    const { units } = await api('GET', '/social-work/units');
    const { notifications } = await api('GET', `/social-work/units/${units[0].id}/worklist`);
    const { person } = await api('GET', `/persons/${notifications[0].personId}`);
    await shell.go('Ilmoitukset ja hakemukset');
    await worklist.waitFor();
    const count = await worklist.notificationRows().count();
    await worklist.openIntake();
    await worklist.findPerson('123456-7890');
    await worklist.intakeForm().getByText('Henkilötunnus on väärässä muodossa.').waitFor();
    await worklist.findPerson(person.hetu);
    await expect.poll(() => page.getByTestId('social-intake-person').textContent(), POLL).toContain(person.lastName);
    await worklist.saveIntake();
    await worklist.intakeForm().getByText('Kirjoita ilmoituksen sisältö.').waitFor();
    await worklist.fillSummary('Päiväkodin huoli lapsen väsymyksestä.');
    await worklist.saveIntake();
    await expect.poll(() => page.getByTestId('social-intake-saved').textContent(), POLL).toContain('Päätös arvioinnin aloittamisesta viimeistään');
    await worklist.notificationRows().nth(count).waitFor();
    expect(page.url()).not.toContain(person.hetu);
    await screenshot(page, '52-social-intake');
    expect(await seriousA11yViolations(page), 'social intake: serious or critical axe violations').toEqual([]);
    await context.close();
  });
});
