// The staff web application end to end: the production build served by the real server with
// the demo municipality, driven in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { POLL, browserAvailable, screenshot, seriousA11yViolations, startHarness, type ApiCaller, type Harness } from './harness.ts';
import { LoginPage } from './pages/login-page.ts';
import { AppShell } from './pages/app-shell.ts';
import { PersonSearchPage } from './pages/person-search-page.ts';
import { PersonCardPage } from './pages/person-card-page.ts';
import { StatisticsPage } from './pages/statistics-page.ts';
import { InformationRequestPages } from './pages/information-request-pages.ts';
import { PersonCreatePage } from './pages/person-create-page.ts';

const SURNAMES = ['Virtanen', 'Korhonen', 'Nieminen', 'Mäkinen', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen', 'Lehtinen', 'Saarinen'];

/** Demo persons for the flows: a demo person with a family, and a new one with turvakielto. */
async function findDemoPersons(api: ApiCaller) {
  let family: { id: string; lastName: string; hetu: string } | null = null;
  const hidden = await api('POST', '/persons', {
    firstNames: 'Turva Testi',
    lastName: 'Kieltola',
    birthDate: '1985-05-05',
    nonDisclosure: true,
    address: { streetAddress: 'Salainen katu 1', postalCode: '00100', postOffice: 'Helsinki', validFrom: '2020-01-01' },
  });
  for (const q of SURNAMES) {
    const { results } = await api('POST', '/persons/search', { query: q, limit: 50 });
    for (const r of results) {
      if (!family && !r.nonDisclosure && !r.dateOfDeath) {
        const { person } = await api('GET', `/persons/${r.id}`);
        if (person.hetu && person.relationships.some((x: { kind: string }) => x.kind === 'child_in_custody')) {
          family = { id: person.id, lastName: person.lastName, hetu: person.hetu };
        }
      }
      if (family) return { family, hidden: hidden as { id: string } };
    }
  }
  throw new Error('the demo data has no family with a child in custody');
}

async function expectAccessible(page: Page, what: string) {
  const violations = await seriousA11yViolations(page);
  expect(violations, `${what}: serious or critical axe violations`).toEqual([]);
}

describe.skipIf(!browserAvailable())('staff web application in the browser', () => {
  let h: Harness;
  let persons: Awaited<ReturnType<typeof findDemoPersons>>;

  beforeAll(async () => {
    h = await startHarness();
    const admin = await h.apiAs('admin');
    // A registry officer without the right to read turvakielto addresses.
    await admin('POST', '/users', { username: 'kirjaaja', displayName: 'Kirjaaja Testi', password: 'kirjaaja-salasana-1', grants: [{ role: 'registry_officer' }] });
    persons = await findDemoPersons(await h.apiAs('kirjaamo'));
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  it('login form shows validation and wrong-password messages in Finnish and is accessible', async () => {
    const { context, page } = await h.newPage();
    const login = new LoginPage(page);
    await login.open();
    await screenshot(page, '01-login');
    await expectAccessible(page, 'login page');
    await login.submitEmpty();
    await expect.poll(() => page.getByText('Pakollinen tieto puuttuu.').first().isVisible(), POLL).toBe(true);
    await page.locator('input[name="username"]').fill('kirjaamo');
    await page.locator('input[name="password"]').fill('väärä');
    await page.locator('form button[type="submit"]').click();
    await page.getByText('Väärä käyttäjätunnus tai salasana.').waitFor();
    await context.close();
  });

  it('a registry officer searches a person by name and henkilötunnus, opens the card and the family, in three languages', async () => {
    const { context, page } = await h.newPage();
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    const login = new LoginPage(page);
    await login.open();
    await login.login('kirjaamo');
    const shell = new AppShell(page);
    await screenshot(page, '02-home');
    await expectAccessible(page, 'home page');
    // The navigation shows what the roles allow: person search and information requests, no register pages or statistics.
    expect(await shell.navTitles()).toEqual(['Etusivu', 'Henkilöhaku', 'Tietopyynnöt']);

    await shell.go('Henkilöhaku');
    const search = new PersonSearchPage(page);
    await search.typeName(persons.family.lastName.slice(0, 5));
    await search.results().first().waitFor();
    expect(await search.results().count()).toBeGreaterThan(0);
    await screenshot(page, '03-person-search');
    await expectAccessible(page, 'person search');

    // Henkilötunnus: a malformed one is caught in the form, a real one is found through the body.
    await search.searchHetu('010101-12');
    await page.getByText('Henkilötunnus on väärässä muodossa.').waitFor();
    await search.searchHetu(persons.family.hetu);
    await page.getByText('1 henkilö löytyi').waitFor();
    await search.openResult(0);
    const card = new PersonCardPage(page);
    await page.locator('#basic-h').waitFor();
    expect(page.url()).toContain(`/persons/${persons.family.id}`);
    await expect.poll(() => page.getByText(persons.family.hetu).isVisible(), POLL).toBe(true);
    await screenshot(page, '04-person-card');
    await expectAccessible(page, 'person card');

    // A child in custody links to its own card, whose guardians link back.
    const child = card.relationshipLinks().first();
    const childName = (await child.textContent())!.trim();
    await child.click();
    await page.waitForFunction((n) => document.querySelector('h1')?.textContent?.includes(n.split(' ')[0]!), childName);
    expect(await card.relationshipLinks().count()).toBeGreaterThan(0);

    // The audit trail of the person ("who viewed my data") lists our own reads.
    await card.auditTrailLink().click();
    await page.getByTestId('audit-trail').waitFor();
    await expect.poll(() => page.getByTestId('audit-trail').getByText('Kirjaamo Demo').first().isVisible(), POLL).toBe(true);
    await screenshot(page, '05-audit-trail');
    await expectAccessible(page, 'audit trail');

    // Language switch: the whole interface follows, API messages included.
    await shell.switchLanguage('sv');
    expect(await shell.heading().textContent()).toBe('Vem har sett uppgifterna');
    expect(await shell.navTitles()).toEqual(['Startsida', 'Personsökning', 'Informationsbegäran']);
    await shell.switchLanguage('en');
    await shell.go('Person search');
    expect(await shell.heading().textContent()).toBe('Person search');
    await screenshot(page, '06-person-search-en');
    await shell.switchLanguage('fi');

    // The henkilötunnus never appeared in a URL.
    const compact = persons.family.hetu.toUpperCase();
    expect(urls.filter((u) => decodeURIComponent(u).toUpperCase().includes(compact))).toEqual([]);
    await shell.logout();
    await context.close();
  });

  it('turvakielto: the card shows a banner and hides the address from a user without the right to see it', async () => {
    const { context, page } = await h.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login('kirjaaja', 'kirjaaja-salasana-1');
    const card = new PersonCardPage(page);
    await card.open(persons.hidden.id);
    await card.nonDisclosureBanner().waitFor();
    await card.addressesHidden().waitFor();
    expect(await page.getByText('Salainen katu').count()).toBe(0);
    await screenshot(page, '07-person-card-turvakielto');
    await expectAccessible(page, 'person card with turvakielto');
    await context.close();
  });

  it('the registry officer records an information request, searches the registers, decides it and gets the PDF', async () => {
    const { context, page } = await h.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login('kirjaamo');
    await new AppShell(page).go('Tietopyynnöt');
    const ir = new InformationRequestPages(page);
    await ir.submitNew('');
    await page.getByText('Pakollinen tieto puuttuu.').first().waitFor();
    await ir.submitNew(persons.family.hetu);
    await ir.status('Vastaanotettu');
    await screenshot(page, '09-information-request');
    await ir.searchRegisters();
    await ir.status('Haettu');
    await ir.releaseAllAndDecide();
    await ir.status('Ratkaistu');
    const pdf = await page.request.get(await ir.pdfHref());
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    await screenshot(page, '10-information-request-decided');
    await expectAccessible(page, 'information request');
    await context.close();
  });

  it('a registry officer adds a person without a henkilötunnus, with the form’s messages first, and lands on the new card', async () => {
    const { context, page } = await h.newPage();
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await new LoginPage(page).open();
    await new LoginPage(page).login('kirjaamo');
    const form = new PersonCreatePage(page);
    await form.openFromSearch();
    await screenshot(page, '09-person-create');
    await expectAccessible(page, 'add person');
    // Nothing filled: the required fields say so, and nothing is sent.
    await form.submit();
    expect(await form.fieldError('firstNames')).toContain('Pakollinen tieto puuttuu.');
    expect(await form.fieldError('birthDate')).toContain('Anna syntymäaika, kun henkilötunnusta ei ole.');
    await form.fill({ hetu: '010101-12', firstNames: 'Uusi Asiakas', lastName: 'Lisättylä', postalCode: '123' });
    await form.submit();
    expect(await form.fieldError('hetu')).toContain('Henkilötunnus on väärässä muodossa.');
    expect(await form.fieldError('postalCode')).toContain('Postinumerossa on viisi numeroa.');
    await form.fill({ hetu: '', birthDate: '2019-03-04', streetAddress: 'Uusikatu 5', postalCode: '00100', postOffice: 'Helsinki', validFrom: '2025-01-01' });
    await form.submit();
    await page.waitForURL(/\/persons\/[0-9a-f-]{36}$/);
    await page.locator('#basic-h').waitFor();
    await expect.poll(() => new PersonCardPage(page).name().textContent(), POLL).toContain('Lisättylä');
    await expect.poll(() => page.getByText('Uusikatu 5').isVisible(), POLL).toBe(true);
    expect(urls.some((u) => u.includes('Lis%C3%A4tty') || u.includes('Lisätty'))).toBe(false);
    await context.close();
  });

  it('an expired session returns to the login page with a message', async () => {
    const { context, page } = await h.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login('kirjaamo');
    await context.clearCookies();
    await new AppShell(page).go('Henkilöhaku');
    await new PersonSearchPage(page).typeName('Virta');
    await login.sessionExpiredNotice().waitFor();
    expect(await login.sessionExpiredNotice().textContent()).toContain('Istuntosi on päättynyt');
    await context.close();
  });

  it('register staff see their registers and the statistics page with a chart and downloads', async () => {
    const { context, page } = await h.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login('ecec');
    const shell = new AppShell(page);
    expect(await shell.navTitles()).toContain('Tilastot');
    const stats = new StatisticsPage(page);
    await stats.open();
    await page.locator('form button[type="submit"], :text("Sinulle ei ole saatavilla tilastoja.")').first().waitFor();
    if (await page.locator('form button[type="submit"]').count()) {
      await stats.show();
      await page.locator('.v-chart canvas, :text("Ei rivejä valitulla aikavälillä.")').first().waitFor();
      const hrefs = await stats.downloadLinks().evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs.some((x) => x.includes('format=csv'))).toBe(true);
      expect(hrefs.some((x) => x.includes('format=xlsx'))).toBe(true);
      const csv = await page.request.get(hrefs.find((x) => x.includes('format=csv'))!);
      expect(csv.status()).toBe(200);
      // Long statistics are shown a page of 50 rows at a time; the downloads have them all.
      expect(await page.locator('.v-table tbody tr').count()).toBeLessThanOrEqual(50);
      const pager = page.locator('.v-pager');
      if (await pager.count()) {
        const caption = page.locator('.v-table caption');
        const first = await caption.textContent();
        await pager.getByRole('button').last().click();
        await expect.poll(() => caption.textContent()).not.toBe(first);
      }
    } else {
      await page.getByText('Sinulle ei ole saatavilla tilastoja.').waitFor();
    }
    await screenshot(page, '08-statistics');
    await expectAccessible(page, 'statistics');
    await context.close();
  });
});
