// A month's charges (kuukausimaksut) in the browser: the fee handler opens the page, types a month
// the demo has fee decisions for, and sees the same children, charges and total as the API
// computes; narrows it to one unit; and downloads the whole month as CSV with the session cookie.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLL, browserAvailable, screenshot, seriousA11yViolations, startHarness, type ApiCaller, type Harness } from './harness.ts';
import { LoginPage } from './pages/login-page.ts';
import { AppShell } from './pages/app-shell.ts';
import { EcecMonthlyFeesPage } from './pages/ecec-monthly-fees-page.ts';
import { ececFi } from '../src/registers/ecec/i18n.ts';

interface Step {
  rule: string;
  changeCents: number;
}
interface ChildFee {
  childId: string;
  firstNames: string;
  lastName: string;
  unitId: string;
  unitName: string;
  fee: { operatingDays: number; chargedDays: number; sickDays: number; grossCents: number; chargeCents: number; steps: Step[] };
}
interface FeeList {
  month: string;
  totalCents: number;
  children: ChildFee[];
}

const euros = (cents: number) => `${(cents / 100).toLocaleString('fi-FI', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} €`;
const count = (n: number) => ececFi.monthlyFeesCount(n);
/** The rules that lowered the charge, as the page names them (the API's steps after the first). */
const rulesShown = (steps: Step[]) => {
  const [first, ...rest] = steps;
  const codes = first?.rule === 'no_fee_decision' ? [first.rule] : rest.filter((s) => s.changeCents < 0).map((s) => s.rule);
  return codes.map((r) => ececFi.monthlyFeeRules[r] ?? r).join('; ') || '–';
};

/** The month of a sent fee decision with a fee for one of the demo's placed children. */
async function decidedMonth(api: ApiCaller): Promise<string> {
  const { units } = await api('GET', '/ecec/units');
  let asked = 0;
  for (const u of units as { id: string }[]) {
    const { children } = await api('GET', `/ecec/units/${u.id}/children`);
    for (const c of children as { id: string }[]) {
      if (++asked > 80) break;
      const { feeDecisions } = await api('GET', `/ecec/persons/${c.id}/fee-decisions`);
      const d = (feeDecisions as { status: string; validFrom: string; children: { childId: string; fee: number }[] }[]).find(
        (x) => x.status === 'sent' && x.children.some((k) => k.childId === c.id && k.fee > 0),
      );
      if (d) return d.validFrom.slice(0, 7);
    }
  }
  throw new Error('the demo has no sent fee decision with a fee for a placed child');
}

describe.skipIf(!browserAvailable())("ECEC month's charges in the browser", () => {
  let h: Harness;
  let api: ApiCaller;
  let month: string;
  let all: FeeList;

  beforeAll(async () => {
    h = await startHarness();
    api = await h.apiAs('ecec');
    month = await decidedMonth(api);
    all = await api('GET', `/ecec/monthly-fees?month=${month}`);
    if (!all.children.some((c) => c.fee.chargeCents > 0)) throw new Error(`no child has a charge in ${month}`);
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  it("the fee handler sees the month's charges as the API computes them, per unit, and downloads them", async () => {
    const { page } = await h.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login('ecec');
    const shell = new AppShell(page);
    expect(await shell.navTitles()).toContain('Kuukausimaksut');
    await shell.go('Kuukausimaksut');
    const fees = new EcecMonthlyFeesPage(page);
    await fees.form().waitFor();
    await expect.poll(() => shell.heading().textContent(), POLL).toBe('Kuukauden maksut');

    // A month not in the form yyyy-mm is refused in the field, with the card's message.
    await fees.showMonth('2026-13');
    await fees.monthError('Anna kuukausi muodossa vvvv-kk.').waitFor();

    // The month of a fee decision, typed and sent with Enter.
    await fees.showMonth(month);
    await expect.poll(() => fees.caption().textContent(), POLL).toContain(`Kuukausimaksut ${month}, Kaikki yksiköt`);
    await expect.poll(() => fees.count().textContent(), POLL).toBe(count(all.children.length));
    await expect.poll(() => fees.totalCount().textContent(), POLL).toBe(count(all.children.length));
    await expect.poll(() => fees.total().textContent(), POLL).toBe(euros(all.totalCents));
    expect(all.totalCents).toBe(all.children.reduce((s, c) => s + c.fee.chargeCents, 0));
    await expect.poll(() => fees.rows().count(), POLL).toBe(Math.min(100, all.children.length));
    // The first charged child on the first page, cell by cell.
    const firstPage = all.children.slice(0, 100);
    const charged = firstPage.find((c) => c.fee.chargeCents > 0) ?? firstPage[0]!;
    await expect
      .poll(() => fees.cells(charged.childId), POLL)
      .toEqual([
        `${charged.lastName} ${charged.firstNames}`,
        charged.unitName,
        `${charged.fee.chargedDays}/${charged.fee.operatingDays}`,
        String(charged.fee.sickDays),
        euros(charged.fee.grossCents),
        euros(charged.fee.chargeCents),
        rulesShown(charged.fee.steps),
      ]);
    // A child whose charge was reduced, when the month has one on the first page.
    const reduced = firstPage.find((c) => c.fee.chargeCents < c.fee.grossCents);
    if (reduced) await expect.poll(async () => (await fees.cells(reduced.childId))[6], POLL).toBe(rulesShown(reduced.fee.steps));
    // Past 100 children the table is paged: the next page starts with the 101st.
    if (all.children.length > 100) {
      await fees.nextPage();
      await expect.poll(() => fees.range().textContent(), POLL).toBe(ececFi.rowsOf(101, Math.min(200, all.children.length), all.children.length));
      await fees.row(all.children[100]!.childId).waitFor();
    }
    await screenshot(page, '28-ecec-monthly-fees');
    expect(await seriousA11yViolations(page), "ECEC month's charges: serious or critical axe violations").toEqual([]);

    // The whole month as CSV: a plain GET with the session cookie.
    const csv = await page.request.get((await fees.csvLink().getAttribute('href'))!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const text = await csv.text();
    expect(text).toContain(charged.lastName);
    const xlsx = await page.request.get((await fees.xlsxLink().getAttribute('href'))!);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');

    // One unit: the API's list for it, and the child's row links to the child's card.
    const unit = { id: charged.unitId, name: charged.unitName };
    const own: FeeList = await api('GET', `/ecec/monthly-fees?month=${month}&unitId=${unit.id}`);
    await fees.chooseUnit(unit.name);
    await expect.poll(() => fees.caption().textContent(), POLL).toContain(`Kuukausimaksut ${month}, ${unit.name}`);
    await expect.poll(() => fees.count().textContent(), POLL).toBe(count(own.children.length));
    await expect.poll(() => fees.total().textContent(), POLL).toBe(euros(own.totalCents));
    expect(new URL((await fees.csvLink().getAttribute('href'))!, h.baseUrl).searchParams.get('unitId')).toBe(unit.id);
    await fees.row(charged.childId).getByRole('link').click();
    await page.waitForURL(`**/persons/${charged.childId}`);
    await page.locator('#basic-h').waitFor();
  });
});
