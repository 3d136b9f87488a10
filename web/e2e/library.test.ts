// The library end to end as the demo librarian: find a copy in the catalogue, find the patron at
// the circulation desk by the card presented, check the copy out, see it on the person card
// (and place a hold there), and take it back; validation messages in the user's language; the
// day's work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLL, browserAvailable, screenshot, seriousA11yViolations, startHarness, type Harness } from './harness.ts';
import { LoginPage } from './pages/login-page.ts';
import { AppShell } from './pages/app-shell.ts';
import { PersonCardPage } from './pages/person-card-page.ts';
import { LibraryCataloguePage, LibraryDailyPage, LibraryDeskPage, LibraryPersonSection } from './pages/library-pages.ts';

/** The demo patron with one loan and no ban (src/registers/library/library-demo.ts). */
const DEMO_CARD = '1000000001';

describe.skipIf(!browserAvailable())('library views in the browser', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  it('the librarian finds a copy, lends it at the desk, sees it on the person card and takes it back', async () => {
    const { context, page } = await h.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login('library');
    const shell = new AppShell(page);
    expect(await shell.navTitles()).toEqual(expect.arrayContaining(['Lainaustiski', 'Kokoelma', 'Päivän työt']));

    // The catalogue: a copy of a classic on the shelf at the main library.
    await shell.go('Kokoelma');
    const catalogue = new LibraryCataloguePage(page);
    await catalogue.search('tuntematon sotilas');
    const barcodes = await catalogue.availableBarcodes('Tuntematon sotilas', 'Pääkirjasto');
    expect(barcodes.length).toBeGreaterThan(0);
    const barcode = barcodes[0]!;
    await screenshot(page, '30-library-catalogue');
    expect(await seriousA11yViolations(page), 'catalogue: serious or critical axe violations').toEqual([]);

    // The desk: the card number is checked in the browser, then by the API.
    await shell.go('Lainaustiski');
    const desk = new LibraryDeskPage(page);
    await desk.waitLoaded();
    await desk.findPatron('');
    await desk.cardMessage('Pakollinen tieto puuttuu.').waitFor();
    await desk.findPatron('ABC');
    await desk.cardMessage('Kortin numerossa on 4–20 kirjainta tai numeroa.').waitFor();
    await desk.findPatron('NOSUCH0000');
    await desk.cardMessage('Kirjastokorttia ei löydy tai se ei ole voimassa.').waitFor();
    await desk.findPatron(DEMO_CARD);
    await desk.patronName().waitFor();
    expect(await desk.loanRows().count()).toBe(1);

    await desk.checkout(barcode);
    await desk.loanRow(barcode).waitFor();
    const message = (await desk.checkoutMessage().textContent()) ?? '';
    expect(message).toMatch(/^Lainattu: Tuntematon sotilas\. Eräpäivä \d{1,2}\.\d{1,2}\.\d{4}\.$/);
    expect(await desk.loanRows().count()).toBe(2);
    // Lending the same copy again is refused with the API's message on the field.
    await desk.checkout(barcode);
    await desk.patronPanel().getByText('Nide on jo lainassa.').waitFor();
    await screenshot(page, '31-library-desk');
    expect(await seriousA11yViolations(page), 'desk: serious or critical axe violations').toEqual([]);

    // The person card shows the loan in the library section.
    await desk.openCardLink().click();
    const card = new PersonCardPage(page);
    await page.locator('#basic-h').waitFor();
    const personPath = new URL(page.url()).pathname;
    const section = new LibraryPersonSection(page);
    await section.waitLoaded();
    await expect.poll(() => section.cardNumber().textContent(), POLL).toBe(DEMO_CARD);
    await section.loanRow(barcode).waitFor();
    const due = message.match(/(\d{1,2}\.\d{1,2}\.\d{4})/)![1]!;
    await expect.poll(() => section.loanRow(barcode).textContent(), POLL).toContain(due);
    await expect.poll(() => card.registerSection('library').isVisible(), POLL).toBe(true);
    // A hold on a title someone else already waits for: second in the queue.
    await section.placeHold('kalevala', 'Kalevala');
    await section.actionMessage().getByText('Varaus tehty.').waitFor();
    await section.holdRows().filter({ hasText: 'Kalevala' }).getByText('jonossa 2.').waitFor();
    await screenshot(page, '32-library-person-card');
    expect(await seriousA11yViolations(page), 'person card: serious or critical axe violations').toEqual([]);

    // Back at the desk, the copy is returned.
    await shell.go('Lainaustiski');
    await desk.waitLoaded();
    await desk.checkin(barcode);
    await desk.checkinMessage().getByText('Palautettu: Tuntematon sotilas.').waitFor();
    await desk.checkin(barcode);
    await desk.checkinPanel().getByText('Nide ei ole lainassa.').waitFor();

    await page.goto(personPath);
    await section.waitLoaded();
    await section.root().getByTestId('library-loans').waitFor();
    expect(await section.loanBarcodes()).not.toContain(barcode);
    expect(await section.loanBarcodes()).toHaveLength(1);
    await context.close();
  });

  it('speaks Swedish and English at the desk, and runs the day’s work', async () => {
    const { context, page } = await h.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login('library');
    const shell = new AppShell(page);
    await shell.switchLanguage('sv');
    await shell.go('Lånedisk');
    const desk = new LibraryDeskPage(page);
    await desk.waitLoaded();
    await desk.findPatron('');
    await desk.cardMessage('Obligatorisk uppgift saknas.').waitFor();
    await desk.findPatron('NOSUCH0000');
    await desk.cardMessage('Bibliotekskortet hittas inte eller är inte giltigt.').waitFor();
    await shell.switchLanguage('en');
    await desk.checkin('NOSUCHBARCODE');
    await desk.checkinPanel().getByText('The item is not in the collection.').waitFor();

    // The daily run sends the demo's overdue loan its notice; the hold shelf has the demo hold.
    await shell.go("Today's work");
    const daily = new LibraryDailyPage(page);
    await page.getByTestId('daily-run').waitFor();
    await daily.run();
    await daily.result().getByText(/^Expired holds \d+, overdue notices \d+\.$/).waitFor();
    await page.getByTestId('daily-notices').waitFor();
    expect(await daily.notices().count()).toBeGreaterThan(0);
    expect(await daily.holdShelf().count()).toBe(1);
    await screenshot(page, '33-library-daily');
    expect(await seriousA11yViolations(page), 'daily work: serious or critical axe violations').toEqual([]);
    await context.close();
  });
});
