import { expect, it } from 'vitest';
import { describeDb } from '../../../../test/db.ts';
import { insertEcecUnit, insertFamily } from '../test-support.ts';
import { insertTestPerson } from '../../../../test/fixtures.ts';
import { addRelationship } from '../../../core/persons/person.queries.ts';
import { generateAllFeeDecisions } from './fee-decision-bulk.ts';
import { regenerateForPersons } from './fee-decision.ts';
import type { PersonId } from '../../../core/ids.ts';

describeDb('ECEC bulk fee decision run', (ctx) => {
  it('decides fees and voucher values of every family on a date, leaves unchanged families alone and supersedes changed ones', async () => {
    const provider = await ctx.db.insertInto('ecec_provider').values({ kind: 'private', name: 'Setelipäiväkodit Oy', voucher_eligible: true }).returning('id').executeTakeFirstOrThrow();
    const municipal = await insertEcecUnit(ctx.db);
    const voucherUnit = await insertEcecUnit(ctx.db, { name: 'Setelipäiväkoti', providerType: 'private_voucher', providerId: provider.id });
    const fam = await insertFamily(ctx.db, ['2021-05-02', '2024-02-01']);
    const [older, younger] = fam.children as [PersonId, PersonId];
    // Written straight to the tables, as a migration from another system would: no decisions yet.
    for (const g of fam.guardians) await ctx.db.insertInto('ecec_income').values({ person_id: g, valid_from: '2025-01-01', valid_to: '2025-09-30', gross_income: 10000 }).execute();
    await ctx.db
      .insertInto('ecec_placement')
      .values([
        { child_id: older, unit_id: municipal, type: 'daycare', start_date: '2025-08-01', end_date: '2025-12-31', hours_per_month: 160 },
        { child_id: younger, unit_id: voucherUnit, type: 'daycare', start_date: '2025-08-01', end_date: '2025-12-31', hours_per_month: 100 },
      ])
      .execute();

    const first = await ctx.db.transaction().execute((tx) => generateAllFeeDecisions(tx, '2025-09-01', '2025-08-20'));
    expect(first).toMatchObject({ decisions: 1, voucherDecisions: 1, unchanged: 0 });
    const heads = fam.guardians;
    const fee = await ctx.db.selectFrom('ecec_fee_decision').selectAll().where('head_of_family_id', 'in', heads).where('status', '=', 'sent').execute();
    // Until the fee figures of 1.8.2024 end on 31.7.2026. Family of 4, 20 000 €: the maximum 311. The voucher child is the youngest (order 1): 70 % for
    // 100 h = 217.7 → 218 co-payment; the older child in the municipal unit pays 40 % = 124.4 → 124.
    expect(fee.map((d) => [d.valid_from, d.valid_to, d.family_size, d.total_fee])).toEqual([['2025-09-01', '2026-07-31', 4, 124]]);
    const voucher = await ctx.db.selectFrom('ecec_voucher_value_decision').selectAll().where('child_id', '=', younger).execute();
    // Under 3 until 1.2.2027: 1 550 € × 0.70 (≤ 115 h) = 1 085 €.
    expect(voucher.map((v) => ({ from: v.valid_from, unit: v.unit_id, base: v.base_value, k: Number(v.value_coefficient), value: v.voucher_value, order: v.sibling_order, baseCo: v.base_co_payment, co: v.co_payment, size: v.family_size, income: Number(v.gross_income), fee: v.fee_decision_id }))).toEqual([
      { from: '2025-09-01', unit: voucherUnit, base: 1550, k: 0.7, value: 1085, order: 1, baseCo: 311, co: 218, size: 4, income: 20000, fee: fee[0]!.id },
    ]);

    // The same run again: every family's decisions are as they were.
    const again = await ctx.db.transaction().execute((tx) => generateAllFeeDecisions(tx, '2025-09-01', '2025-08-21'));
    expect(again).toMatchObject({ decisions: 0, voucherDecisions: 0, unchanged: 1 });

    // New incomes from October: 8 000 € → 10.7 % × (8 000 − 5 956) = 218.7 → 219; the voucher child
    // pays 70 % = 153.3 → 153 and the older child 40 % = 87.6 → 88.
    for (const g of fam.guardians) await ctx.db.insertInto('ecec_income').values({ person_id: g, valid_from: '2025-10-01', gross_income: 4000 }).execute();
    const october = await ctx.db.transaction().execute((tx) => generateAllFeeDecisions(tx, '2025-10-01', '2025-09-20'));
    expect(october).toMatchObject({ decisions: 1, voucherDecisions: 1, unchanged: 0 });
    const fees = await ctx.db.selectFrom('ecec_fee_decision').selectAll().where('head_of_family_id', 'in', heads).where('status', '=', 'sent').orderBy('valid_from').execute();
    expect(fees.map((d) => [d.valid_from, d.valid_to, d.total_fee, Number(d.gross_income)])).toEqual([
      ['2025-09-01', '2025-09-30', 124, 20000],
      ['2025-10-01', '2026-07-31', 88, 8000],
    ]);
    expect(fees[0]!.superseded_by).toBe(fees[1]!.id);
    const vouchers = await ctx.db.selectFrom('ecec_voucher_value_decision').selectAll().where('child_id', '=', younger).orderBy('valid_from').execute();
    expect(vouchers.map((v) => [v.valid_from, v.valid_to, v.voucher_value, v.co_payment])).toEqual([
      ['2025-09-01', '2025-09-30', 1085, 218],
      ['2025-10-01', '2026-07-31', 1085, 153],
    ]);
    expect(vouchers[0]!.superseded_by).toBe(vouchers[1]!.id);

    // A family's own regeneration agrees with the bulk run; it knows that the placements end on
    // 31.12., so it only ends the decisions there instead of writing new ones.
    const r = await ctx.db.transaction().execute((tx) => regenerateForPersons(tx, { personIds: [younger], from: '2025-10-01', decisionDate: '2025-09-21' }));
    const after = await ctx.db.selectFrom('ecec_fee_decision').selectAll().where('head_of_family_id', 'in', heads).where('status', '=', 'sent').orderBy('valid_from').execute();
    expect(after.map((d) => [d.id, d.valid_from, d.valid_to, d.total_fee])).toEqual([
      [fees[0]!.id, '2025-09-01', '2025-09-30', 124],
      [fees[1]!.id, '2025-10-01', '2025-12-31', 88],
    ]);
    expect(r).toMatchObject({ feeDecisionIds: [], voucherDecisionIds: [] });
  });

  it("charges a child of guardians living apart to the household the child lives in", async () => {
    const unit = await insertEcecUnit(ctx.db);
    const mother = await insertTestPerson(ctx.db, { firstNames: 'Äiti', lastName: 'Erillään', birthDate: '1988-01-01', address: { streetAddress: 'Äidintie 1', postalCode: '00100', validFrom: '2015-01-01' } });
    const father = await insertTestPerson(ctx.db, { firstNames: 'Isä', lastName: 'Erillään', birthDate: '1987-01-01', address: { streetAddress: 'Isäntie 9', postalCode: '00300', validFrom: '2015-01-01' } });
    const stepmother = await insertTestPerson(ctx.db, { firstNames: 'Puoliso', lastName: 'Erillään', birthDate: '1989-01-01', address: { streetAddress: 'Isäntie 9', postalCode: '00300', validFrom: '2015-01-01' } });
    // The child lives with the father (the address differs only in case and spaces) and his partner.
    const child = await insertTestPerson(ctx.db, { firstNames: 'Lapsi', lastName: 'Erillään', birthDate: '2022-06-01', address: { streetAddress: ' isäntie 9', postalCode: '00300', validFrom: '2022-06-01' } });
    await ctx.db.transaction().execute(async (tx) => {
      for (const g of [mother, father]) await addRelationship(tx, { kind: 'guardian', personId: g, relatedPersonId: child, validFrom: '2022-06-01' });
      await addRelationship(tx, { kind: 'partner', personId: father, relatedPersonId: stepmother, validFrom: '2020-01-01' });
    });
    for (const [p, income] of [[mother, 9000], [father, 3000], [stepmother, 3500]] as const) {
      await ctx.db.insertInto('ecec_income').values({ person_id: p, valid_from: '2025-01-01', gross_income: income }).execute();
    }
    await ctx.db.insertInto('ecec_placement').values({ child_id: child, unit_id: unit, type: 'daycare', start_date: '2025-08-01', hours_per_month: 160 }).execute();
    await ctx.db.transaction().execute((tx) => generateAllFeeDecisions(tx, '2025-11-01', '2025-10-20'));
    const decisions = await ctx.db.selectFrom('ecec_fee_decision').selectAll().where('head_of_family_id', 'in', [mother, father, stepmother]).execute();
    // Father, his partner and the child: family of 3, 6 500 € → 10.7 % × (6 500 − 5 245) = 134.3 → 134.
    expect(decisions.map((d) => [[d.head_of_family_id, d.partner_id].sort(), d.family_size, Number(d.gross_income), d.total_fee])).toEqual([[[father, stepmother].sort(), 3, 6500, 134]]);
  });
});
