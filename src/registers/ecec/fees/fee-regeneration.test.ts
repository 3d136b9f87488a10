// Fee decisions follow the family: income, placement and person-register changes regenerate the
// decisions of the families concerned from the change date, in the same transaction.
import { expect, it } from 'vitest';
import { describeDb } from '../../../../test/db.ts';
import { testApp } from '../../../../test/http.ts';
import { insertTestPerson } from '../../../../test/fixtures.ts';
import { addRelationship } from '../../../core/persons/person.queries.ts';
import { insertEcecUnit, insertFamily } from '../test-support.ts';

type Client = Awaited<ReturnType<Awaited<ReturnType<typeof testApp>>['as']>>;

/** The family's decisions in force (status sent) as [from, to, total, family size, gross income]. */
async function sentDecisions(fees: Client, personId: string) {
  const res = await fees.get(`/api/v1/ecec/persons/${personId}/fee-decisions`);
  expect(res.status).toBe(200);
  return (res.body.feeDecisions as any[]).filter((d) => d.status === 'sent');
}
const summary = (ds: any[]) => ds.map((d) => [d.validFrom, d.validTo, d.totalFee, d.familySize, d.grossIncome]);

describeDb('ECEC fee decisions follow changes of income, placement and family', (ctx) => {
  it('supersedes the decision from the day a partner with an income joins the household (person register change)', async () => {
    const t = await testApp(ctx.database);
    const unit = await insertEcecUnit(ctx.db);
    const fam = await insertFamily(ctx.db, ['2022-06-01'], { singleParent: true });
    const partner = await insertTestPerson(ctx.db, { firstNames: 'Uusi', lastName: 'Puoliso', birthDate: '1986-03-03' });
    const handler = await t.as([{ role: 'ecec.application_handler' }]);
    const fees = await t.as([{ role: 'ecec.fee_handler' }]);
    const officer = await t.as([{ role: 'registry_officer' }]);
    expect((await fees.post('/api/v1/ecec/incomes', { personId: fam.mother, validFrom: '2025-01-01', grossIncome: 4500 })).status).toBe(201);
    // The partner's income alone decides nothing: the partner has no child in ECEC yet.
    const partnerIncome = await fees.post('/api/v1/ecec/incomes', { personId: partner, validFrom: '2025-01-01', grossIncome: 2500 });
    expect(partnerIncome.body.feeDecisionIds).toEqual([]);
    await handler.post('/api/v1/ecec/placements', { childId: fam.children[0], unitId: unit, type: 'daycare', startDate: '2025-01-01', endDate: '2025-12-31', hoursPerMonth: 160 });
    // Family of 2, 4 500 €: 10.7 % × (4 500 − 4 066) = 46.4 → 46.
    expect(summary(await sentDecisions(fees, fam.mother))).toEqual([['2025-01-01', '2025-12-31', 46, 2, 4500]]);

    const rel = await officer.post(`/api/v1/persons/${fam.mother}/relationships`, { kind: 'partner', relatedPersonId: partner, validFrom: '2025-05-01' });
    expect(rel.status).toBe(201);
    // Family of 3, 4 500 + 2 500 €: 10.7 % × (7 000 − 5 245) = 187.8 → 188 from the day they live together.
    const sent = await sentDecisions(fees, fam.mother);
    expect(summary(sent)).toEqual([
      ['2025-01-01', '2025-04-30', 46, 2, 4500],
      ['2025-05-01', '2025-12-31', 188, 3, 7000],
    ]);
    expect(sent[0].supersededBy).toBe(sent[1].id);
    expect([sent[1].headOfFamilyId, sent[1].partnerId].sort()).toEqual([fam.mother, partner].sort());
    expect(sent[1].children.map((c: any) => [c.childId, c.fee])).toEqual([[fam.children[0], 188]]);
    // The partner sees the same decision as theirs.
    expect((await sentDecisions(fees, partner)).map((d) => d.id)).toEqual([sent[1].id]);
    await t.close();
  });

  it('gives a sibling reduction from the day a younger sibling is placed', async () => {
    const t = await testApp(ctx.database);
    const unit = await insertEcecUnit(ctx.db);
    const fam = await insertFamily(ctx.db, ['2021-05-02', '2023-01-10']);
    const [older, younger] = fam.children;
    const handler = await t.as([{ role: 'ecec.application_handler' }]);
    const fees = await t.as([{ role: 'ecec.fee_handler' }]);
    for (const g of fam.guardians) await fees.post('/api/v1/ecec/incomes', { personId: g, validFrom: '2025-01-01', grossIncome: 10000 });
    await handler.post('/api/v1/ecec/placements', { childId: older, unitId: unit, type: 'daycare', startDate: '2025-01-01', endDate: '2025-12-31', hoursPerMonth: 160 });
    expect(summary(await sentDecisions(fees, fam.mother))).toEqual([['2025-01-01', '2025-12-31', 311, 4, 20000]]);

    const sibling = await handler.post('/api/v1/ecec/placements', { childId: younger, unitId: unit, type: 'daycare', startDate: '2025-03-01', endDate: '2025-12-31', hoursPerMonth: 100 });
    expect(sibling.status).toBe(201);
    expect(sibling.body.feeDecisionIds).toHaveLength(1);
    const sent = await sentDecisions(fees, fam.mother);
    // From 1.3. the younger child pays 70 % of the maximum 311 = 217.7 → 218 (100 h/month) and
    // the older 40 % of 311 = 124.4 → 124: 342 € in all.
    expect(summary(sent)).toEqual([
      ['2025-01-01', '2025-02-28', 311, 4, 20000],
      ['2025-03-01', '2025-12-31', 342, 4, 20000],
    ]);
    expect(Object.fromEntries(sent[1].children.map((c: any) => [c.childId, [c.siblingOrder, c.fee]]))).toEqual({ [younger!]: [1, 218], [older!]: [2, 124] });
    expect(sent[0].supersededBy).toBe(sent[1].id);
    await t.close();
  });

  it('replaces the decisions from an income change, and writes nothing when a change leaves the fees as they are', async () => {
    const t = await testApp(ctx.database);
    const unit = await insertEcecUnit(ctx.db);
    const fam = await insertFamily(ctx.db, ['2022-06-01'], { singleParent: true });
    const child = fam.children[0]!;
    const handler = await t.as([{ role: 'ecec.application_handler' }]);
    const fees = await t.as([{ role: 'ecec.fee_handler' }]);
    const officer = await t.as([{ role: 'registry_officer' }]);
    await fees.post('/api/v1/ecec/incomes', { personId: fam.mother, validFrom: '2025-01-01', validTo: '2025-05-31', grossIncome: 6000 });
    await handler.post('/api/v1/ecec/placements', { childId: child, unitId: unit, type: 'daycare', startDate: '2025-01-01', endDate: '2025-12-31', hoursPerMonth: 160 });
    // 10.7 % × (6 000 − 4 066) = 206.9 → 207; from June no income is given: the maximum 311.
    const before = await sentDecisions(fees, fam.mother);
    expect(summary(before)).toEqual([
      ['2025-01-01', '2025-05-31', 207, 2, 6000],
      ['2025-06-01', '2025-12-31', 311, 2, null],
    ]);

    const income = await fees.post('/api/v1/ecec/incomes', { personId: fam.mother, validFrom: '2025-06-01', grossIncome: 5000 });
    expect(income.status).toBe(201);
    // 10.7 % × (5 000 − 4 066) = 99.9 → 100 from 1.6.; the decision of 1.6. is annulled, the earlier one stays.
    const after = await sentDecisions(fees, fam.mother);
    expect(summary(after)).toEqual([
      ['2025-01-01', '2025-05-31', 207, 2, 6000],
      ['2025-06-01', '2025-12-31', 100, 2, 5000],
    ]);
    expect(after[0].id).toBe(before[0].id);
    const annulled = (await fees.get(`/api/v1/ecec/persons/${fam.mother}/fee-decisions`)).body.feeDecisions.find((d: any) => d.id === before[1].id);
    expect(annulled).toMatchObject({ status: 'annulled', supersededBy: after[1].id });

    // The family moves together: who pays and how much stay the same, so nothing is written.
    const count = async () => Number((await ctx.db.selectFrom('ecec_fee_decision').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const n = await count();
    for (const p of [fam.mother, child]) {
      expect((await officer.post(`/api/v1/persons/${p}/addresses`, { streetAddress: 'Muuttokatu 5', postalCode: '00200', validFrom: '2025-08-01' })).status).toBe(201);
    }
    const again = await fees.post('/api/v1/ecec/fee-decisions/regenerate', { personId: child, from: '2025-01-01' });
    expect(again.body).toMatchObject({ feeDecisionIds: [], supersededIds: [] });
    expect(await count()).toBe(n);
    expect((await sentDecisions(fees, fam.mother)).map((d) => d.id)).toEqual(after.map((d) => d.id));
    await t.close();
  });

  it("moves the child's fee to the other guardian's family from the day the child moves to live with them", async () => {
    const t = await testApp(ctx.database);
    const unit = await insertEcecUnit(ctx.db);
    const mother = await insertTestPerson(ctx.db, { firstNames: 'Äiti', lastName: 'Erillinen', birthDate: '1988-01-01', address: { streetAddress: 'Äidintie 1', postalCode: '00100', validFrom: '2015-01-01' } });
    const father = await insertTestPerson(ctx.db, { firstNames: 'Isä', lastName: 'Erillinen', birthDate: '1987-01-01', address: { streetAddress: 'Isäntie 9', postalCode: '00300', validFrom: '2015-01-01' } });
    const child = await insertTestPerson(ctx.db, { firstNames: 'Lapsi', lastName: 'Erillinen', birthDate: '2022-06-01', address: { streetAddress: 'Äidintie 1', postalCode: '00100', validFrom: '2022-06-01' } });
    await ctx.db.transaction().execute(async (tx) => {
      for (const g of [mother, father]) await addRelationship(tx, { kind: 'guardian', personId: g, relatedPersonId: child, validFrom: '2022-06-01' });
    });
    const handler = await t.as([{ role: 'ecec.application_handler' }]);
    const fees = await t.as([{ role: 'ecec.fee_handler' }]);
    const officer = await t.as([{ role: 'registry_officer' }]);
    await fees.post('/api/v1/ecec/incomes', { personId: mother, validFrom: '2025-01-01', grossIncome: 5000 });
    await fees.post('/api/v1/ecec/incomes', { personId: father, validFrom: '2025-01-01', grossIncome: 8000 });
    await handler.post('/api/v1/ecec/placements', { childId: child, unitId: unit, type: 'daycare', startDate: '2025-01-01', endDate: '2025-12-31', hoursPerMonth: 160 });
    // The child lives with the mother: her family of 2, 5 000 € → 99.9 → 100; the father pays nothing.
    expect(summary(await sentDecisions(fees, mother))).toEqual([['2025-01-01', '2025-12-31', 100, 2, 5000]]);
    expect(await sentDecisions(fees, father)).toEqual([]);

    expect((await officer.post(`/api/v1/persons/${child}/addresses`, { streetAddress: 'Isäntie 9', postalCode: '00300', validFrom: '2025-09-01' })).status).toBe(201);
    expect(summary(await sentDecisions(fees, mother))).toEqual([['2025-01-01', '2025-08-31', 100, 2, 5000]]);
    // The father's family of 2, 8 000 €: 10.7 % × (8 000 − 4 066) = 420.9 → the maximum 311.
    expect(summary(await sentDecisions(fees, father))).toEqual([['2025-09-01', '2025-12-31', 311, 2, 8000]]);
    await t.close();
  });

  it('leaves ECEC untouched by changes to persons who have nothing to do with its fees', async () => {
    const t = await testApp(ctx.database);
    const officer = await t.as([{ role: 'registry_officer' }]);
    const a = await insertTestPerson(ctx.db, { birthDate: '1970-01-01' });
    const b = await insertTestPerson(ctx.db, { birthDate: '1972-01-01' });
    const count = async () => Number((await ctx.db.selectFrom('ecec_fee_decision').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const n = await count();
    expect((await officer.post(`/api/v1/persons/${a}/relationships`, { kind: 'partner', relatedPersonId: b, validFrom: '2025-01-01' })).status).toBe(201);
    // Even a date whose official figures are missing (from 1.8.2026) does not block a person write.
    expect((await officer.post(`/api/v1/persons/${a}/addresses`, { streetAddress: 'Uusi tie 1', validFrom: '2026-09-01' })).status).toBe(201);
    expect(await count()).toBe(n);
    await t.close();
  });
});
