import { expect, it } from 'vitest';
import { describeDb } from '../../../../test/db.ts';
import { LIBRARY_ADMIN } from '../library-access.ts';
import { libraryFixture } from '../library-test-support.ts';

const decision = {
  lateFeePerDay: 0.3,
  lateFeeMaxPerItem: 6,
  graceDays: 1,
  blockThreshold: 15,
  unclaimedHoldFee: 1.5,
  holdPickupDays: 10,
  maxHolds: 20,
  maxLoans: 80,
  overdueNoticeDays: [7, 21],
  guardianConsentBelowAge: 15,
  selfServiceMinAge: 15,
  maxPinFailures: 5,
  source: 'Kirjastolautakunta 12.9.2025 § 41',
};

describeDb('library rules administration', (ctx) => {
  it('adds fees and limits from a date on: the period in force ends the day before and the rules of each day read that day’s period', async () => {
    const f = await libraryFixture(ctx.database);
    const admin = await f.t.as([{ role: LIBRARY_ADMIN }]);
    const before = await f.librarian.get('/api/v1/library/rule-periods');
    expect(before.status).toBe(200);
    const open = before.body.parameters.find((p: { effectiveTo: string | null }) => p.effectiveTo === null);
    expect(open).toMatchObject({ inForce: true, lateFeePerDay: 0.2 });

    const res = await admin.post('/api/v1/library/parameters', { ...decision, effectiveFrom: '2025-11-01' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.closedId).toBe(open.id);

    const after = await admin.get('/api/v1/library/rule-periods');
    const periods = after.body.parameters as { id: string; effectiveFrom: string; effectiveTo: string | null; inForce: boolean; lateFeePerDay: number; overdueNoticeDays: number[]; status: string }[];
    expect(periods.find((p) => p.id === open.id)).toMatchObject({ effectiveTo: '2025-10-31', inForce: true });
    expect(periods.find((p) => p.id === res.body.id)).toMatchObject({ effectiveFrom: '2025-11-01', effectiveTo: null, inForce: false, lateFeePerDay: 0.3, overdueNoticeDays: [7, 21], status: 'official' });
    // The rules of a day read the period of that day.
    expect((await f.librarian.get('/api/v1/library/rules?date=2025-10-31')).body.parameters.lateFeePerDay).toBe(0.2);
    expect((await f.librarian.get('/api/v1/library/rules?date=2025-11-01')).body.parameters).toMatchObject({ lateFeePerDay: 0.3, holdPickupDays: 10, overdueNoticeDays: [7, 21] });
    // Every item type's loan rule is listed with its period.
    expect(after.body.loanRules.find((r: { itemType: string; inForce: boolean }) => r.itemType === 'book' && r.inForce)).toMatchObject({ loanPeriodDays: 28, effectiveTo: null });
    await f.close();
  });

  it('refuses a period that would rewrite an existing one, and bad figures, with the field named and nothing written', async () => {
    const f = await libraryFixture(ctx.database);
    const admin = await f.t.as([{ role: LIBRARY_ADMIN }]);
    const count = async () => (await admin.get('/api/v1/library/rule-periods')).body.parameters.length as number;
    const n = await count();
    const overlap = await admin.post('/api/v1/library/parameters', { ...decision, effectiveFrom: '2017-01-01' });
    expect(overlap.status).toBe(400);
    expect(overlap.body.error).toMatchObject({ code: 'parameter_period_overlap', details: { field: 'effectiveFrom' } });
    expect(overlap.body.error.message.sv).toContain('Perioder ersätts inte');

    const cap = await admin.post('/api/v1/library/parameters', { ...decision, effectiveFrom: '2026-01-01', lateFeeMaxPerItem: 0.1 });
    expect(cap.body.error).toMatchObject({ code: 'late_fee_cap_below_daily', details: { field: 'lateFeeMaxPerItem' } });
    const order = await admin.post('/api/v1/library/parameters', { ...decision, effectiveFrom: '2026-01-01', overdueNoticeDays: [21, 7] });
    expect(order.body.error).toMatchObject({ code: 'notice_days_order', details: { field: 'overdueNoticeDays' } });
    const decimals = await admin.post('/api/v1/library/parameters', { ...decision, effectiveFrom: '2026-01-01', unclaimedHoldFee: 1.125 });
    expect(decimals.body.error).toMatchObject({ code: 'amount_cents', details: { field: 'unclaimedHoldFee' } });
    const age = await admin.post('/api/v1/library/parameters', { ...decision, effectiveFrom: '2026-01-01', selfServiceMinAge: 19 });
    expect(age.body.error).toMatchObject({ code: 'validation', details: { field: 'selfServiceMinAge', rule: 'maximum' } });
    expect(await count()).toBe(n);
    // The rules are the administrator's: a librarian may read them but not change them.
    const librarian = await f.librarian.post('/api/v1/library/parameters', { ...decision, effectiveFrom: '2026-01-01' });
    expect(librarian.status).toBe(403);
    expect(await count()).toBe(n);
    await f.close();
  });
});
