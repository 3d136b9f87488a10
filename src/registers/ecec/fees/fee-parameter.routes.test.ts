import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../../../test/db.ts';
import { testApp } from '../../../../test/http.ts';
import { ROLES } from '../access.ts';
import { insertEcecUnit, insertFamily } from '../test-support.ts';
import { generateAllFeeDecisions } from './fee-decision-bulk.ts';

const E = '/api/v1/ecec';
// Test input, not official figures: the 2026-08-01 limits are not in the reference data.
const limits = [4000, 5200, 6000, 6800, 7600];

describeDb('ECEC fee figures managed as effective-dated data', (ctx) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let director: Awaited<ReturnType<typeof t.as>>;
  let handler: Awaited<ReturnType<typeof t.as>>;
  let periods: any[];
  const estimate = (date: string, income: number) =>
    t.anonymous.get(`/api/v1/public/ecec/fee-estimate?date=${date}&familySize=2&grossIncome=${income}&hoursPerMonth=160&childOrder=1`);

  beforeAll(async () => {
    t = await testApp(ctx.database);
    director = await t.as([{ role: ROLES.serviceDirector }]);
    handler = await t.as([{ role: ROLES.feeHandler }]);
    const r = await handler.get(`${E}/fee-parameters`);
    expect(r.status).toBe(200);
    periods = r.body.periods;
  });

  it('lists every period with its status, and marks the period whose income limits are unknown', async () => {
    const froms = periods.map((p) => p.effectiveFrom);
    expect(froms).toEqual([...froms].sort());
    expect(froms).toContain('2026-08-01');
    const aug2026 = periods.find((p) => p.effectiveFrom === '2026-08-01');
    expect(aug2026).toMatchObject({ incomeLimits: null, status: 'unverified', versions: 0 });
    expect(periods.filter((p) => p.incomeLimits !== null).every((p) => p.incomeLimits.length === 5)).toBe(true);
    // Fee handlers read, only the service director changes; unit staff see nothing.
    const supervisor = await t.as([{ role: ROLES.unitSupervisor, unitId: await insertEcecUnit(ctx.db) }]);
    expect((await supervisor.get(`${E}/fee-parameters`)).status).toBe(403);
    expect((await handler.request("PUT", `${E}/fee-parameters/${aug2026.id}`, { ...figuresOf(aug2026), incomeLimits: limits })).status).toBe(403);
  });

  it('completes the unknown income limits, after which fees can be calculated for the period, and keeps the earlier version', async () => {
    const aug2026 = periods.find((p) => p.effectiveFrom === '2026-08-01');
    const before = await estimate('2026-09-01', 6000);
    expect(before.status).toBe(400);
    expect(before.body.error.code).toBe('no_fee_parameters');

    const r = await director.request("PUT", `${E}/fee-parameters/${aug2026.id}`, { ...figuresOf(aug2026), incomeLimits: limits, status: 'verified', source: 'OKM:n ilmoitus (testi)' });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ id: aug2026.id, decisionsToReview: 0 });

    const after = await estimate('2026-09-01', 6000);
    expect(after.status).toBe(200);
    const expected = Math.min(aug2026.maxFee, Math.round(((6000 - limits[0]!) * aug2026.feePercent) / 100));
    expect(after.body).toMatchObject({ incomeLimit: limits[0], fee: expected, maxFee: aug2026.maxFee, effectiveFrom: '2026-08-01' });

    const listed = (await handler.get(`${E}/fee-parameters`)).body.periods.find((p: any) => p.id === aug2026.id);
    expect(listed).toMatchObject({ incomeLimits: limits, status: 'verified', source: 'OKM:n ilmoitus (testi)', versions: 1, updatedByName: expect.any(String) });
    const version = await ctx.db.selectFrom('ecec_fee_parameters_version').selectAll().where('parameters_id', '=', aug2026.id).executeTakeFirstOrThrow();
    expect(version.previous).toMatchObject({ income_limit_2: null, status: 'unverified' });
  });

  it('tells how many sent fee decisions used a corrected period', async () => {
    const unit = await insertEcecUnit(ctx.db);
    const fam = await insertFamily(ctx.db, ['2022-03-01']);
    for (const g of fam.guardians) await ctx.db.insertInto('ecec_income').values({ person_id: g, valid_from: '2024-01-01', gross_income: 3500 }).execute();
    await ctx.db.insertInto('ecec_placement').values({ child_id: fam.children[0]!, unit_id: unit, type: 'daycare', start_date: '2025-01-01', hours_per_month: 160 }).execute();
    await ctx.db.transaction().execute((tx) => generateAllFeeDecisions(tx, '2025-02-01', '2025-01-20'));
    const used = periods.find((p) => p.effectiveFrom <= '2025-02-01' && (p.effectiveTo === null || p.effectiveTo >= '2025-02-01'));
    const r = await director.request("PUT", `${E}/fee-parameters/${used.id}`, { ...figuresOf(used), source: `${used.source} (lähde tarkistettu)` });
    expect(r.status).toBe(200);
    expect(r.body.decisionsToReview).toBe(1);
  });

  it('refuses figures that cannot be a fee table, in three languages, and writes nothing', async () => {
    const aug2026 = (await handler.get(`${E}/fee-parameters`)).body.periods.find((p: any) => p.effectiveFrom === '2026-08-01');
    const bad = [
      [{ incomeLimits: [5000, 4000, 6000, 6800, 7600] }, 'income_limit_order'],
      [{ incomeLimits: null, status: 'verified' }, 'income_limits_missing'],
      [{ minFee: 400 }, 'min_fee_above_max'],
      [{ secondChildPercent: 20, furtherChildPercent: 40 }, 'sibling_percent_order'],
      [{ incomeLimits: [1, 2, 3] }, 'validation'],
    ] as const;
    for (const [change, code] of bad) {
      const r = await director.request("PUT", `${E}/fee-parameters/${aug2026.id}`, { ...figuresOf(aug2026), ...change });
      expect(r.status, code).toBe(400);
      if (code !== 'validation') expect(r.body.error.code).toBe(code);
      expect(Object.keys(r.body.error.message).sort()).toEqual(['en', 'fi', 'sv']);
    }
    const after = (await handler.get(`${E}/fee-parameters`)).body.periods.find((p: any) => p.id === aug2026.id);
    expect(after).toEqual(aug2026);
  });

  it('adds a period from a date, ending the one in force the day before, and never overwrites a period', async () => {
    const last = (await handler.get(`${E}/fee-parameters`)).body.periods.at(-1);
    const next = { ...figuresOf(last), effectiveFrom: '2028-08-01', maxFee: last.maxFee + 10, status: 'unverified', source: 'Indeksitarkistus (testi)' };
    const r = await director.post(`${E}/fee-parameters`, next);
    expect(r.status).toBe(201);
    expect(r.body.closedIds).toEqual([last.id]);
    const list = (await handler.get(`${E}/fee-parameters`)).body.periods;
    expect(list.slice(-2).map((p: any) => [p.effectiveFrom, p.effectiveTo, p.maxFee])).toEqual([
      [last.effectiveFrom, '2028-07-31', last.maxFee],
      ['2028-08-01', null, last.maxFee + 10],
    ]);
    const again = await director.post(`${E}/fee-parameters`, { ...next, effectiveFrom: '2028-01-01' });
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('fee_parameter_period_exists');
    expect((await handler.get(`${E}/fee-parameters`)).body.periods).toHaveLength(list.length);
  });
});

function figuresOf(p: any) {
  const { feePercent, incomeLimits, incrementPerAdditionalChild, maxFee, minFee, secondChildPercent, furtherChildPercent, status, source } = p;
  return { feePercent, incomeLimits, incrementPerAdditionalChild, maxFee, minFee, secondChildPercent, furtherChildPercent, status, source };
}
