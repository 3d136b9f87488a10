// The monthly bulk run and a family's own regeneration must decide the same: run both on the
// same varied families and compare the decisions in force on the run's date.
import { expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeDb } from '../../../../test/db.ts';
import { insertTestPerson } from '../../../../test/fixtures.ts';
import type { Db, Tx } from '../../../core/db/database.ts';
import { addRelationship } from '../../../core/persons/person.queries.ts';
import { insertEcecUnit, insertFamily } from '../test-support.ts';
import { generateAllFeeDecisions } from './fee-decision-bulk.ts';
import { regenerateForPersons } from './fee-decision.ts';

const DATE = '2025-11-01';

class Rollback extends Error {
  constructor(readonly value: unknown) {
    super('rollback');
  }
}

/** Runs `fn` in a transaction that is rolled back, returning what it returned. */
async function rolledBack<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    await db.transaction().execute(async (tx) => {
      throw new Rollback(await fn(tx));
    });
  } catch (e) {
    if (e instanceof Rollback) return e.value as T;
    throw e;
  }
  throw new Error('unreachable');
}

/** The sent decisions in force on DATE naming these heads, without ids, validity end or decision date. */
async function decisionsOn(tx: Tx, heads: string[]) {
  const fees = await sql<Record<string, unknown>>`
    select d.head_of_family_id, d.partner_id, d.valid_from::text, d.family_size, d.gross_income::float8, d.parameters_effective_from::text,
      d.parameters_status, d.total_fee, d.language,
      (select json_agg(json_build_array(c.child_id, c.placement_id, c.hours_per_month::float8, c.sibling_order, c.base_fee,
         c.sibling_percent::float8, c.service_need_percent::float8, c.fee) order by c.child_id) from ecec_fee_decision_child c where c.fee_decision_id = d.id) as children
    from ecec_fee_decision d
    where d.status = 'sent' and d.head_of_family_id = any(${heads}::uuid[]) and d.valid_from <= ${DATE}::date and (d.valid_to is null or d.valid_to >= ${DATE}::date)
    order by d.head_of_family_id`.execute(tx);
  const vouchers = await sql<Record<string, unknown>>`
    select v.head_of_family_id, v.partner_id, v.family_size, v.gross_income::float8, v.parameters_effective_from::text, v.child_id, v.placement_id, v.unit_id,
      v.valid_from::text, v.hours_per_month::float8, v.base_value, v.value_coefficient::float8, v.voucher_value, v.sibling_order, v.sibling_percent::float8,
      v.base_co_payment, v.service_need_percent::float8, v.co_payment, v.language, v.fee_decision_id is not null as with_fee_decision
    from ecec_voucher_value_decision v
    where v.status = 'sent' and v.head_of_family_id = any(${heads}::uuid[]) and v.valid_from <= ${DATE}::date and (v.valid_to is null or v.valid_to >= ${DATE}::date)
    order by v.child_id`.execute(tx);
  return { fees: fees.rows, vouchers: vouchers.rows };
}

describeDb('ECEC bulk run against the per-family regeneration', (ctx) => {
  it('gives the same decisions for families with siblings, guardians apart, missing income, the highest fee accepted, a voucher unit and Swedish', async () => {
    const db = ctx.db;
    const provider = await db.insertInto('ecec_provider').values({ kind: 'private', name: 'Vertailusetelit Oy', voucher_eligible: true }).returning('id').executeTakeFirstOrThrow();
    const municipal = await insertEcecUnit(db, { name: 'Kunnan päiväkoti' });
    const swedish = await insertEcecUnit(db, { name: 'Svenska daghemmet', language: 'sv' });
    const voucher = await insertEcecUnit(db, { name: 'Setelipäiväkoti', providerType: 'private_voucher', providerId: provider.id });
    const income = (person: string, gross: number, maxFeeAccepted = false) =>
      db.insertInto('ecec_income').values({ person_id: person, valid_from: '2025-01-01', gross_income: gross, max_fee_accepted: maxFeeAccepted }).execute();
    const place = (child: string, unit: string, hours: number, free = 0, type: 'daycare' | 'preschool_daycare' = 'daycare') =>
      db.insertInto('ecec_placement').values({ child_id: child, unit_id: unit, type, start_date: '2025-08-01', hours_per_month: hours, free_hours_per_month: free }).execute();
    const adults: string[] = [];
    const children: string[] = [];

    // 1. Partners with a schoolchild of 16 at home, one child in a municipal unit and one in a voucher unit.
    const f1 = await insertFamily(db, ['2009-05-05', '2021-05-02', '2024-02-01']);
    await income(f1.guardians[0]!, 3000);
    await income(f1.guardians[1]!, 2500);
    await place(f1.children[1]!, municipal, 160);
    await place(f1.children[2]!, voucher, 100);
    // 2. A Swedish-speaking single parent whose income is not given: the highest fee.
    const f2 = await insertFamily(db, ['2022-03-03'], { singleParent: true, contactLanguage: 'sv' });
    await place(f2.children[0]!, swedish, 150);
    // 3. Partners of whom one accepted the highest fee, three children: preschool with free hours, part-time, full-time.
    const f3 = await insertFamily(db, ['2019-06-01', '2021-09-09', '2023-12-12']);
    await income(f3.guardians[0]!, 2000, true);
    await income(f3.guardians[1]!, 2000);
    await place(f3.children[0]!, municipal, 140, 80, 'preschool_daycare');
    await place(f3.children[1]!, municipal, 80);
    await place(f3.children[2]!, municipal, 160);
    // 4. Guardians living apart: the child lives with the father and his partner, who has a child of her own.
    const mother = await insertTestPerson(db, { firstNames: 'Äiti', lastName: 'Erillään', birthDate: '1988-01-01', address: { streetAddress: 'Äidintie 1', postalCode: '00100', validFrom: '2015-01-01' } });
    const fatherHome = { streetAddress: 'Isäntie 9', postalCode: '00300', validFrom: '2015-01-01' };
    const father = await insertTestPerson(db, { firstNames: 'Isä', lastName: 'Erillään', birthDate: '1987-01-01', address: fatherHome });
    const partner = await insertTestPerson(db, { firstNames: 'Puoliso', lastName: 'Erillään', birthDate: '1989-01-01', address: fatherHome });
    const apart = await insertTestPerson(db, { firstNames: 'Lapsi', lastName: 'Erillään', birthDate: '2022-06-01', address: fatherHome });
    const stepchild = await insertTestPerson(db, { firstNames: 'Sisarpuoli', lastName: 'Erillään', birthDate: '2015-02-02', address: fatherHome });
    await db.transaction().execute(async (tx) => {
      for (const g of [mother, father]) await addRelationship(tx, { kind: 'guardian', personId: g, relatedPersonId: apart, validFrom: '2022-06-01' });
      await addRelationship(tx, { kind: 'guardian', personId: partner, relatedPersonId: stepchild, validFrom: '2015-02-02' });
      await addRelationship(tx, { kind: 'partner', personId: father, relatedPersonId: partner, validFrom: '2020-01-01' });
    });
    await income(mother, 9000);
    await income(father, 3000);
    await income(partner, 3500);
    await place(apart, voucher, 160);
    // 5. A Finnish single parent with a low income, the youngest child in a Swedish unit.
    const f5 = await insertFamily(db, ['2020-10-10', '2023-01-20'], { singleParent: true });
    await income(f5.guardians[0]!, 2100);
    await place(f5.children[0]!, municipal, 160);
    await place(f5.children[1]!, swedish, 120);
    // 6. Partners whose only child in care is in a voucher unit: a voucher value decision only.
    const f6 = await insertFamily(db, ['2023-04-04']);
    await income(f6.guardians[0]!, 4200);
    await income(f6.guardians[1]!, 1800);
    await place(f6.children[0]!, voucher, 120);

    for (const f of [f1, f2, f3, f5, f6]) adults.push(...f.guardians);
    adults.push(mother, father, partner);
    for (const f of [f1, f2, f3, f5, f6]) children.push(...f.children);
    children.push(apart);

    const ends = (tx: Tx) => sql<{ valid_to: string | null }>`select valid_to::text from ecec_fee_decision where status = 'sent'
      union all select valid_to::text from ecec_voucher_value_decision where status = 'sent'`.execute(tx).then((r) => r.rows.map((x) => x.valid_to));
    const bulk = await rolledBack(db, async (tx) => {
      const r = await generateAllFeeDecisions(tx, DATE, '2025-10-20');
      return { r, decided: await decisionsOn(tx, adults), ends: await ends(tx) };
    });
    const perFamily = await rolledBack(db, async (tx) => {
      await regenerateForPersons(tx, { personIds: children, from: DATE, decisionDate: '2025-10-20' });
      return { decided: await decisionsOn(tx, adults), ends: await ends(tx) };
    });
    // Both end the decisions when the fee figures of 1.8.2024 end; the family's own regeneration
    // also where it sees another change coming (a voucher child's third birthday).
    expect(new Set(bulk.ends)).toEqual(new Set(['2026-07-31']));
    expect(perFamily.ends.filter((e) => e !== '2026-07-31')).toEqual(['2026-04-30']);
    // Six families, two of them with children in voucher units only; three children in voucher units.
    expect(bulk.r).toMatchObject({ decisions: 4, voucherDecisions: 3, children: 10, unchanged: 0 });
    expect(bulk.decided.fees).toHaveLength(4);
    expect(bulk.decided.vouchers).toHaveLength(3);
    expect(bulk.decided).toEqual(perFamily.decided);
    // The fee of the child of guardians apart is the father's household's (family of 4: the father,
    // his partner, her child and his), the mother's income does not count.
    expect(bulk.decided.vouchers.find((v) => v.child_id === apart)).toMatchObject({ head_of_family_id: [father, partner].sort()[0], family_size: 4, gross_income: 6500 });
    // Sibling order youngest first: 100 %, 40 %, 20 % (the preschooler's free hours leave 60 h).
    const f3Fee = bulk.decided.fees.find((d) => d.head_of_family_id === [...f3.guardians].sort()[0])!;
    expect((f3Fee.children as unknown[][]).map((c) => [c[0], c[3], c[5]]).sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([
      [f3.children[2], 1, 100],
      [f3.children[1], 2, 40],
      [f3.children[0], 3, 20],
    ]);
    // Languages: the Swedish-speaking head's decision and the Finnish family whose youngest is in a Swedish unit are in Swedish.
    expect(bulk.decided.fees.filter((d) => d.language === 'sv').map((d) => d.head_of_family_id).sort()).toEqual([f2.guardians[0], f5.guardians[0]].sort());

    // After the families' own regeneration (which also knows later changes, such as a child
    // turning 3), the bulk run finds every family's decisions on the date in force as they are.
    await db.transaction().execute((tx) => regenerateForPersons(tx, { personIds: children, from: DATE, decisionDate: '2025-10-20' }));
    const before = await db.selectFrom('ecec_voucher_value_decision').select(['id', 'valid_to']).where('status', '=', 'sent').orderBy('id').execute();
    const again = await db.transaction().execute((tx) => generateAllFeeDecisions(tx, DATE, '2025-10-21'));
    expect(again).toMatchObject({ decisions: 0, voucherDecisions: 0, unchanged: 6 });
    expect(await db.selectFrom('ecec_voucher_value_decision').select(['id', 'valid_to']).where('status', '=', 'sent').orderBy('id').execute()).toEqual(before);
    // Those decisions knew more than the date: the child born 4.4.2023 has a second voucher
    // value decision from the month after the third birthday, and it was kept.
    expect(before.length).toBeGreaterThan(3);
    expect(before.some((v) => v.valid_to === '2026-04-30')).toBe(true);
  });
});
