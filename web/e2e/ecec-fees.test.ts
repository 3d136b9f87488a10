// The ECEC fee figures in the browser: the service director sees that the period in force lacks
// its income limits (they were not known when it was entered), is refused descending limits with
// the server's message in the user's language, enters them, and the period becomes usable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLL, browserAvailable, screenshot, seriousA11yViolations, startHarness, type Harness } from './harness.ts';
import { LoginPage } from './pages/login-page.ts';
import { AppShell } from './pages/app-shell.ts';
import { EcecFeesPage } from './pages/ecec-fees-page.ts';

describe.skipIf(!browserAvailable())('ECEC fee figures in the browser', () => {
  let h: Harness;
  let incomplete: string;

  beforeAll(async () => {
    h = await startHarness();
    const { periods } = await (await h.apiAs('ecec'))('GET', '/ecec/fee-parameters');
    const missing = periods.filter((p: { incomeLimits: number[] | null }) => p.incomeLimits === null);
    if (missing.length === 0) throw new Error('the demo has no period without income limits');
    incomplete = missing[0].effectiveFrom;
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  it('the service director completes the missing income limits of a period', async () => {
    const { page } = await h.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login('ecec');
    const shell = new AppShell(page);
    await shell.go('Maksujen perusteet');
    const fees = new EcecFeesPage(page);
    await fees.table().waitFor();
    await fees.missingAlerts().first().waitFor();
    await expect.poll(() => fees.row(incomplete).getByTestId('ecec-fees-limits').textContent(), POLL).toBe('Puuttuu');
    await screenshot(page, '25-ecec-fee-parameters');
    expect(await seriousA11yViolations(page), 'ECEC fee figures: serious or critical axe violations').toEqual([]);

    // Descending limits: the server refuses, in Finnish, then in Swedish.
    await fees.edit(incomplete);
    await fees.fillLimits([5000, 4000, 6000, 7000, 8000]);
    await fees.fill('source', 'OKM:n ilmoitus (selaintesti)');
    await fees.save();
    await fees.form().getByText('Suuremman perheen tuloraja ei voi olla pienempi kuin pienemmän perheen.').waitFor();
    await shell.switchLanguage('sv');
    await fees.form().getByText('Inkomstgränsen för en större familj kan inte vara lägre än för en mindre familj.').waitFor();
    await shell.switchLanguage('fi');
    // A limit left empty is caught in the form.
    await fees.fill('l4', '');
    await fees.save();
    await fees.form().getByText('Pakollinen tieto puuttuu.').first().waitFor();
    expect(await seriousA11yViolations(page), 'ECEC fee figures form: serious or critical axe violations').toEqual([]);

    await fees.fillLimits([4000, 5200, 6000, 6800, 7600]);
    await fees.save();
    await expect.poll(() => fees.notice().textContent(), POLL).toContain('Luvut tallennettu.');
    await expect.poll(() => fees.row(incomplete).getByTestId('ecec-fees-limits').textContent(), POLL).toContain('2 hlö: 4000');
    await expect.poll(() => fees.missingAlerts().count(), POLL).toBe(0);
    // The period is now usable: the public fee estimate answers for a date in it.
    const estimate = await page.request.get(`/api/v1/public/ecec/fee-estimate?date=${incomplete}&familySize=2&grossIncome=6000&hoursPerMonth=160&childOrder=1`);
    expect(estimate.status()).toBe(200);
    expect((await estimate.json()).incomeLimit).toBe(4000);
    await screenshot(page, '26-ecec-fee-parameters-saved');
  });
});
