import { expect, it } from 'vitest';
import { describeDb } from '../../../../test/db.ts';
import { testApp } from '../../../../test/http.ts';
import { insertEcecUnit, insertFamily } from '../test-support.ts';
import { feeDecisionDocument } from './fee-decision-pdf.ts';
import type { PersonId } from '../../../core/ids.ts';

describeDb('ECEC fee decisions', (ctx) => {
  it('decides the fees of siblings, supersedes the decision from an income change and shows income only to fee handlers', async () => {
    const t = await testApp(ctx.database);
    const unit = await insertEcecUnit(ctx.db);
    const fam = await insertFamily(ctx.db, ['2021-05-02', '2023-01-10']);
    const [older, younger] = fam.children as [PersonId, PersonId];
    const handler = await t.as([{ role: 'ecec.application_handler' }]);
    const fees = await t.as([{ role: 'ecec.fee_handler' }]);
    for (const [childId, hours] of [[older, 160], [younger, 100]] as const) {
      const p = await handler.post('/api/v1/ecec/placements', { childId, unitId: unit, type: 'daycare', startDate: '2025-01-01', hoursPerMonth: hours });
      expect(p.status).toBe(201);
    }
    // Family of 4 with 20 000 €: the maximum 311; the younger 70 % = 218, the older 40 % = 124.
    for (const g of fam.guardians) expect((await fees.post('/api/v1/ecec/incomes', { personId: g, validFrom: '2025-01-01', grossIncome: 10000 })).status).toBe(201);
    let res = await fees.get(`/api/v1/ecec/persons/${fam.mother}/fee-decisions`);
    let sent = res.body.feeDecisions.filter((d: any) => d.status === 'sent');
    expect(sent).toHaveLength(1);
    // The figures from 1.8.2026 lack income limits (fees.json): no decision reaches past 31.7.2026.
    expect(sent[0]).toMatchObject({ validFrom: '2025-01-01', validTo: '2026-07-31', familySize: 4, grossIncome: 20000, totalFee: 342 });
    expect(Object.fromEntries(sent[0].children.map((c: any) => [c.childId, c.fee]))).toEqual({ [younger]: 218, [older]: 124 });

    // From 1.3.2025 the father's income ends: 10 000 € + no income given → the highest fee stays; set a low income instead.
    await ctx.db.updateTable('ecec_income').set({ valid_to: '2025-02-28' }).where('person_id', '=', fam.father!).execute();
    const change = await fees.post('/api/v1/ecec/incomes', { personId: fam.father, validFrom: '2025-03-01', grossIncome: 0 });
    expect(change.status).toBe(201);
    res = await fees.get(`/api/v1/ecec/persons/${fam.mother}/fee-decisions`);
    sent = res.body.feeDecisions.filter((d: any) => d.status === 'sent');
    expect(sent.map((d: any) => [d.validFrom, d.validTo, d.totalFee])).toEqual([
      ['2025-01-01', '2025-02-28', 342],
      // 10.7 % × (10 000 − 5 956) = 432.7 → capped at 311: the same fees, but a new decision from the change.
      ['2025-03-01', '2026-07-31', 342],
    ]);
    expect(sent[0].supersededBy).toBe(sent[1].id);

    const supervisor = await t.as([{ role: 'ecec.unit_supervisor', unitId: unit }]);
    expect((await supervisor.get(`/api/v1/ecec/persons/${fam.mother}/incomes`)).status).toBe(404);
    expect((await supervisor.get(`/api/v1/ecec/persons/${fam.mother}/fee-decisions`)).status).toBe(404);
    const incomes = await fees.get(`/api/v1/ecec/persons/${fam.father}/incomes`);
    expect(incomes.body.incomes.map((i: any) => i.grossIncome)).toEqual([10000, 0]);
    const overlapping = await fees.post('/api/v1/ecec/incomes', { personId: fam.father, validFrom: '2025-04-01', grossIncome: 1 });
    expect(overlapping.status).toBe(400);
    expect(overlapping.body.error.code).toBe('overlapping_income');
    await t.close();
  });

  it('regenerates the fee from the date the service need changes', async () => {
    const t = await testApp(ctx.database);
    const unit = await insertEcecUnit(ctx.db);
    const fam = await insertFamily(ctx.db, ['2022-06-01'], { singleParent: true });
    const handler = await t.as([{ role: 'ecec.application_handler' }]);
    const fees = await t.as([{ role: 'ecec.fee_handler' }]);
    // Family of 2, 6 000 €: 10.7 % × (6 000 − 4 066) = 206.94 → 207 full time.
    await fees.post('/api/v1/ecec/incomes', { personId: fam.mother, validFrom: '2025-01-01', grossIncome: 6000 });
    const p = await handler.post('/api/v1/ecec/placements', { childId: fam.children[0], unitId: unit, type: 'daycare', startDate: '2025-01-01', endDate: '2025-12-31', hoursPerMonth: 160 });
    expect((await handler.post(`/api/v1/ecec/placements/${p.body.id}/service-need`, { from: '2025-06-01', hoursPerMonth: 80 })).status).toBe(200);
    const res = await fees.get(`/api/v1/ecec/persons/${fam.mother}/fee-decisions`);
    const sent = res.body.feeDecisions.filter((d: any) => d.status === 'sent');
    // 60 % of 207 = 124.2 → 124 from June; the decisions end with the placement.
    expect(sent.map((d: any) => [d.validFrom, d.validTo, d.totalFee])).toEqual([
      ['2025-01-01', '2025-05-31', 207],
      ['2025-06-01', '2025-12-31', 124],
    ]);
    await t.close();
  });

  it('gives a voucher value decision with the co-payment for a child in a voucher unit', async () => {
    const t = await testApp(ctx.database);
    const provider = await ctx.db.insertInto('ecec_provider').values({ kind: 'private', name: 'Yksityinen Oy', voucher_eligible: true }).returning('id').executeTakeFirstOrThrow();
    const unit = await insertEcecUnit(ctx.db, { providerType: 'private_voucher', providerId: provider.id });
    const fam = await insertFamily(ctx.db, ['2024-02-01'], { singleParent: true });
    const handler = await t.as([{ role: 'ecec.application_handler' }]);
    const fees = await t.as([{ role: 'ecec.fee_handler' }]);
    await fees.post('/api/v1/ecec/incomes', { personId: fam.mother, validFrom: '2025-01-01', grossIncome: 5000 });
    await handler.post('/api/v1/ecec/placements', { childId: fam.children[0], unitId: unit, type: 'daycare', startDate: '2025-09-01', endDate: '2025-12-31', hoursPerMonth: 160 });
    const res = await fees.get(`/api/v1/ecec/persons/${fam.children[0]}/fee-decisions`);
    // Under 3: 1 000 € × 1.55 = 1 550; co-payment 10.7 % × (5 000 − 4 066) = 99.94 → 100.
    expect(res.body.voucherValueDecisions.filter((v: any) => v.status === 'sent')).toMatchObject([{ validFrom: '2025-09-01', voucherValue: 1550, coPayment: 100 }]);
    expect(res.body.feeDecisions).toEqual([]);
    await t.close();
  });

  it("prints a fee decision in the family's language with appeal instructions", async () => {
    const t = await testApp(ctx.database);
    const unit = await insertEcecUnit(ctx.db);
    const fam = await insertFamily(ctx.db, ['2022-06-01'], { singleParent: true, contactLanguage: 'sv' });
    const handler = await t.as([{ role: 'ecec.application_handler' }]);
    const fees = await t.as([{ role: 'ecec.fee_handler' }]);
    await handler.post('/api/v1/ecec/placements', { childId: fam.children[0], unitId: unit, type: 'daycare', startDate: '2025-08-01', hoursPerMonth: 160 });
    const list = await fees.get(`/api/v1/ecec/persons/${fam.mother}/fee-decisions`);
    const d = list.body.feeDecisions[0];
    expect(d).toMatchObject({ language: 'sv', grossIncome: null, totalFee: 311 });
    const pdf = await fees.get(`/api/v1/ecec/fee-decisions/${d.id}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.raw.startsWith('%PDF')).toBe(true);
    const doc = await feeDecisionDocument(ctx.db, d.id, 'Varanto');
    expect(doc!.spec).toMatchObject({ lang: 'sv', title: 'Avgiftsbeslut inom småbarnspedagogiken' });
    expect(JSON.stringify(doc!.spec.blocks)).toContain('begära omprövning skriftligen inom 30 dagar');
    expect((await handler.get(`/api/v1/ecec/fee-decisions/${d.id}/pdf`)).status).toBe(404);
    await t.close();
  });

  it('estimates a fee publicly without login and answers bad input with 400 in three languages', async () => {
    const t = await testApp(ctx.database);
    const ok = await t.anonymous.get('/api/v1/public/ecec/fee-estimate?date=2025-01-15&familySize=3&grossIncome=6000&hoursPerMonth=160&childOrder=1');
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ fee: 81, maxFee: 311, minFee: 30, incomeLimit: 5245, percentage: 10.7, effectiveFrom: '2024-08-01' });
    const second = await t.anonymous.get('/api/v1/public/ecec/fee-estimate?date=2019-01-15&familySize=4&grossIncome=20000&hoursPerMonth=160&childOrder=2');
    expect(second.body.fee).toBe(145);
    const missing = await t.anonymous.get('/api/v1/public/ecec/fee-estimate?date=2026-09-01&familySize=3&grossIncome=6000&hoursPerMonth=160&childOrder=1');
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('no_fee_parameters');
    const bad = await t.anonymous.get('/api/v1/public/ecec/fee-estimate?date=2025-01-15&familySize=1&grossIncome=6000&hoursPerMonth=160');
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.message).sort()).toEqual(['en', 'fi', 'sv']);
    await t.close();
  });
});
