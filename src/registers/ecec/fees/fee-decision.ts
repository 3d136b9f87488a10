// Fee decisions (maksupäätös) and voucher value decisions (arvopäätös) from placements,
// families and incomes. A change of income, family or placement regenerates the decisions of
// the family from the change date: the new decisions supersede the old ones from that date.
import { sql } from 'kysely';
import type { ReadTx, Tx } from '../../../core/db/database.ts';
import { getFamilyOn } from '../../../core/persons/person.queries.ts';
import { addDays, ageOn } from '../dates.ts';
import { calculateFamilyFees } from './fee-calculation.ts';
import { selectParameters, selectServiceNeedTiers } from './fee-parameters.ts';
import { feeErrorToApi, type FeeData } from './fee-data.ts';

export interface FeeChild {
  childId: string;
  birthDate: string;
  placementId: string;
  unitId: string;
  /** Placed in a private unit with a service voucher: the family pays a co-payment. */
  voucher: boolean;
  hoursPerMonth: number;
  freeHoursPerMonth: number;
}

export interface FeeFamily {
  headId: string;
  partnerId: string | null;
  familySize: number;
  /** Sum of the adults' gross incomes; null when an income is not given (the highest fee applies). */
  grossIncome: number | null;
  children: FeeChild[];
}

/** Income used when the family has not given its income: the base fee is then capped at the maximum. */
const INCOME_NOT_GIVEN = 10_000_000;

export interface ComputedDecision {
  family: FeeFamily;
  parametersEffectiveFrom: string;
  parametersStatus: string;
  total: number;
  children: { child: FeeChild; siblingOrder: number | null; baseFee: number; siblingPercent: number; serviceNeedPercent: number; fee: number }[];
  vouchers: { child: FeeChild; serviceNeedPercent: number; voucherValue: number; coPayment: number }[];
}

/** Pure: the fees of one family on a date. */
export function computeFamilyDecision(data: FeeData, family: FeeFamily, date: string): ComputedDecision {
  const params = selectParameters(data.parameters, date);
  const tiers = selectServiceNeedTiers(data.tiers, date);
  const result = calculateFamilyFees(params, tiers, {
    familySize: family.familySize,
    grossIncome: family.grossIncome ?? INCOME_NOT_GIVEN,
    children: family.children.map((c) => ({ childId: c.childId, birthDate: c.birthDate, hoursPerMonth: c.hoursPerMonth, freeHoursPerMonth: c.freeHoursPerMonth })),
  });
  const byId = new Map(family.children.map((c) => [c.childId, c]));
  const voucherValue = data.voucherValues.find((v) => v.effectiveFrom <= date && (v.effectiveTo === null || v.effectiveTo >= date));
  const children: ComputedDecision['children'] = [];
  const vouchers: ComputedDecision['vouchers'] = [];
  for (const r of result.children) {
    const child = byId.get(r.childId)!;
    if (child.voucher) {
      const coefficient = ageOn(child.birthDate, date) < 3 ? (voucherValue?.under3Coefficient ?? 1) : 1;
      const value = voucherValue ? Math.round((voucherValue.baseValue * coefficient * r.serviceNeedPercent) / 100) : 0;
      vouchers.push({ child, serviceNeedPercent: r.serviceNeedPercent, voucherValue: value, coPayment: Math.min(r.fee, value) });
    } else {
      children.push({ child, siblingOrder: r.siblingOrder, baseFee: r.baseFee, siblingPercent: r.siblingPercent, serviceNeedPercent: r.serviceNeedPercent, fee: r.fee });
    }
  }
  return {
    family,
    parametersEffectiveFrom: params.effectiveFrom,
    parametersStatus: result.parametersStatus,
    total: children.reduce((s, c) => s + c.fee, 0),
    children,
    vouchers,
  };
}

const validOn = (alias: string, date: string) =>
  sql<boolean>`${sql.ref(`${alias}.valid_from`)} <= ${date}::date and (${sql.ref(`${alias}.valid_to`)} is null or ${sql.ref(`${alias}.valid_to`)} >= ${date}::date)`;

/** Placements of the children on a date, with the child's fee guardian (the one sharing the child's address first). */
async function placementsOn(db: ReadTx, childIds: string[], date: string) {
  if (childIds.length === 0) return [];
  return db
    .selectFrom('ecec_placement as p')
    .innerJoin('person as c', 'c.id', 'p.child_id')
    .innerJoin('ecec_unit as u', 'u.unit_id', 'p.unit_id')
    .select(['p.id', 'p.child_id', 'c.birth_date', 'p.unit_id', 'u.provider_type', 'p.hours_per_month', 'p.free_hours_per_month', 'p.type'])
    .where('p.child_id', 'in', childIds)
    .where('p.start_date', '<=', date)
    .where((eb) => eb.or([eb('p.end_date', 'is', null), eb('p.end_date', '>=', date)]))
    .where('p.type', '!=', 'club')
    .execute();
}

/**
 * The guardian whose family a child's fee belongs to: a guardian living at the child's
 * address, else the guardian with the smallest id (guardians living apart do not both pay).
 */
async function feeGuardians(db: ReadTx, childIds: string[], date: string): Promise<Map<string, string>> {
  if (childIds.length === 0) return new Map();
  const rows = await sql<{ child_id: string; guardian_id: string }>`
    select distinct on (r.related_person_id) r.related_person_id as child_id, r.person_id as guardian_id
    from person_relationship r
    left join person_address ca on ca.person_id = r.related_person_id and ca.valid_from <= ${date}::date and (ca.valid_to is null or ca.valid_to >= ${date}::date)
    left join person_address ga on ga.person_id = r.person_id and ga.valid_from <= ${date}::date and (ga.valid_to is null or ga.valid_to >= ${date}::date)
      and lower(btrim(ga.street_address)) = lower(btrim(ca.street_address)) and ga.postal_code is not distinct from ca.postal_code
    where r.kind = 'guardian' and r.related_person_id = any(${childIds}::uuid[])
      and r.valid_from <= ${date}::date and (r.valid_to is null or r.valid_to >= ${date}::date)
    order by r.related_person_id, (ga.id is null), r.person_id`.execute(db);
  return new Map(rows.rows.map((r) => [r.child_id, r.guardian_id]));
}

async function incomeOf(db: ReadTx, adults: string[], date: string): Promise<number | null> {
  const rows = await db
    .selectFrom('ecec_income as i')
    .select(['i.person_id', 'i.gross_income', 'i.max_fee_accepted'])
    .where('i.person_id', 'in', adults)
    .where(validOn('i', date))
    .execute();
  if (rows.length < adults.length || rows.some((r) => r.max_fee_accepted)) return null;
  return rows.reduce((s, r) => s + Number(r.gross_income), 0);
}

/** The head of a family is its adult with the smallest id, so both partners name the same family. */
export async function familyOfAdult(db: ReadTx, adultId: string, date: string): Promise<FeeFamily | null> {
  const fam = await getFamilyOn(db, adultId, date);
  const adults = [...new Set(fam.adults)].sort();
  const headId = adults[0]!;
  const guardians = await feeGuardians(db, fam.children, date);
  const placements = await placementsOn(db, fam.children.filter((c) => adults.includes(guardians.get(c) ?? '')), date);
  if (placements.length === 0) return null;
  return {
    headId,
    partnerId: adults[1] ?? null,
    familySize: adults.length + fam.children.length,
    grossIncome: await incomeOf(db, adults, date),
    children: placements.map((p) => ({
      childId: p.child_id,
      birthDate: p.birth_date,
      placementId: p.id,
      unitId: p.unit_id,
      voucher: p.provider_type === 'private_voucher',
      hoursPerMonth: Number(p.hours_per_month),
      freeHoursPerMonth: Number(p.free_hours_per_month),
    })),
  };
}

/** Dates after `from` on which something a fee depends on changes for these persons. */
async function changeDates(db: ReadTx, adults: string[], children: string[], from: string, data: FeeData): Promise<string[]> {
  const persons = [...adults, ...children];
  const dates = new Set<string>();
  const add = (d: string | null, plusOne = false) => {
    if (d === null) return;
    const x = plusOne ? addDays(d, 1) : d;
    if (x > from) dates.add(x);
  };
  for (const p of await db.selectFrom('ecec_placement').select(['start_date', 'end_date']).where('child_id', 'in', children.length ? children : ['00000000-0000-0000-0000-000000000000']).execute()) {
    add(p.start_date);
    add(p.end_date, true);
  }
  for (const i of await db.selectFrom('ecec_income').select(['valid_from', 'valid_to']).where('person_id', 'in', adults).execute()) {
    add(i.valid_from);
    add(i.valid_to, true);
  }
  const rels = await db
    .selectFrom('person_relationship')
    .select(['valid_from', 'valid_to', 'related_person_id'])
    .where((eb) => eb.or([eb('person_id', 'in', persons), eb('related_person_id', 'in', persons)]))
    .execute();
  for (const r of rels) {
    add(r.valid_from);
    add(r.valid_to, true);
  }
  // A child turning 18 leaves the family; a child turning 3 changes the voucher coefficient.
  for (const c of await db.selectFrom('person').select('birth_date').where('id', 'in', persons).execute()) {
    add(`${Number(c.birth_date.slice(0, 4)) + 3}${c.birth_date.slice(4)}`);
    add(`${Number(c.birth_date.slice(0, 4)) + 18}${c.birth_date.slice(4)}`);
  }
  for (const p of data.parameters) add(p.effectiveFrom);
  for (const t of data.tiers) add(t.effectiveFrom);
  for (const v of data.voucherValues) add(v.effectiveFrom);
  return [...dates].sort();
}

const sameContent = (a: ComputedDecision, b: ComputedDecision) =>
  JSON.stringify([a.family, a.total, a.children, a.vouchers, a.parametersEffectiveFrom]) ===
  JSON.stringify([b.family, b.total, b.children, b.vouchers, b.parametersEffectiveFrom]);

export interface GeneratedDecisions {
  feeDecisionIds: string[];
  voucherDecisionIds: string[];
  supersededIds: string[];
  headId: string | null;
}

/**
 * Regenerates the decisions of the family of `personId` (an adult or a child) from `from`:
 * one decision per period in which the fee stays the same; the family's earlier decisions
 * end the day before `from`, later ones are annulled.
 */
export async function regenerateFamilyDecisions(
  tx: Tx,
  input: { personId: string; from: string; decisionDate: string; data: FeeData },
): Promise<GeneratedDecisions> {
  const { from, data } = input;
  // A child leads to its fee guardian's family.
  const asChildGuardian = (await feeGuardians(tx, [input.personId], from)).get(input.personId);
  const adultId = asChildGuardian ?? input.personId;
  const fam0 = await getFamilyOn(tx, adultId, from);
  const headId = [...new Set(fam0.adults)].sort()[0]!;
  const dates = [from, ...(await changeDates(tx, fam0.adults, fam0.children, from, data))];
  const periods: { from: string; to: string | null; d: ComputedDecision }[] = [];
  for (let i = 0; i < dates.length; i++) {
    const start = dates[i]!;
    const family = await familyOfAdult(tx, headId, start);
    const next = dates[i + 1] ?? null;
    const end = next === null ? null : addDays(next, -1);
    if (!family) continue;
    let d: ComputedDecision;
    try {
      d = computeFamilyDecision(data, family, start);
    } catch (e) {
      // A period without lawful figures (e.g. income limits not yet entered) stops here.
      if (periods.length > 0 || i > 0) break;
      feeErrorToApi(e);
    }
    const last = periods[periods.length - 1];
    if (last && last.to !== null && addDays(last.to, 1) === start && sameContent(last.d, d)) last.to = end;
    else periods.push({ from: start, to: end, d });
  }
  // Open-ended periods end with the last placement (no decision beyond care).
  const superseded = await supersede(tx, [headId, ...fam0.adults], from);
  const out: GeneratedDecisions = { feeDecisionIds: [], voucherDecisionIds: [], supersededIds: superseded, headId };
  const language = await languageOf(tx, headId);
  for (const p of periods) {
    const ids = await insertDecision(tx, p.d, p.from, p.to, input.decisionDate, language);
    if (ids.feeDecisionId) out.feeDecisionIds.push(ids.feeDecisionId);
    out.voucherDecisionIds.push(...ids.voucherIds);
  }
  if (superseded.length && (out.feeDecisionIds[0] || out.voucherDecisionIds[0])) {
    await tx.updateTable('ecec_fee_decision').set({ superseded_by: out.feeDecisionIds[0] ?? null }).where('id', 'in', superseded).execute();
  }
  return out;
}

async function languageOf(db: ReadTx, personId: string): Promise<'fi' | 'sv'> {
  const p = await db.selectFrom('person').select('contact_language').where('id', '=', personId).executeTakeFirst();
  return p?.contact_language === 'sv' ? 'sv' : 'fi';
}

/** Ends the decisions of these heads of family the day before `from`; annuls those starting later. */
async function supersede(tx: Tx, heads: string[], from: string): Promise<string[]> {
  const uniq = [...new Set(heads)];
  const before = addDays(from, -1);
  const ended = await tx
    .updateTable('ecec_fee_decision')
    .set({ valid_to: before })
    .where('head_of_family_id', 'in', uniq)
    .where('status', '=', 'sent')
    .where('valid_from', '<', from)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', from)]))
    .returning('id')
    .execute();
  const annulled = await tx
    .updateTable('ecec_fee_decision')
    .set({ status: 'annulled' })
    .where('head_of_family_id', 'in', uniq)
    .where('status', '=', 'sent')
    .where('valid_from', '>=', from)
    .returning('id')
    .execute();
  await tx
    .updateTable('ecec_voucher_value_decision')
    .set({ valid_to: before })
    .where('head_of_family_id', 'in', uniq)
    .where('status', '=', 'sent')
    .where('valid_from', '<', from)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', from)]))
    .execute();
  await tx
    .updateTable('ecec_voucher_value_decision')
    .set({ status: 'annulled' })
    .where('head_of_family_id', 'in', uniq)
    .where('status', '=', 'sent')
    .where('valid_from', '>=', from)
    .execute();
  return [...ended, ...annulled].map((r) => r.id);
}

async function insertDecision(tx: Tx, d: ComputedDecision, from: string, to: string | null, decisionDate: string, language: 'fi' | 'sv') {
  let feeDecisionId: string | null = null;
  if (d.children.length > 0) {
    const row = await tx
      .insertInto('ecec_fee_decision')
      .values({
        head_of_family_id: d.family.headId,
        partner_id: d.family.partnerId,
        valid_from: from,
        valid_to: to,
        family_size: d.family.familySize,
        gross_income: d.family.grossIncome,
        parameters_effective_from: d.parametersEffectiveFrom,
        parameters_status: d.parametersStatus,
        total_fee: d.total,
        decision_date: decisionDate,
        language,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    feeDecisionId = row.id;
    await tx
      .insertInto('ecec_fee_decision_child')
      .values(
        d.children.map((c) => ({
          fee_decision_id: row.id,
          child_id: c.child.childId,
          placement_id: c.child.placementId,
          hours_per_month: c.child.hoursPerMonth,
          sibling_order: c.siblingOrder,
          base_fee: c.baseFee,
          sibling_percent: c.siblingPercent,
          service_need_percent: c.serviceNeedPercent,
          fee: c.fee,
        })),
      )
      .execute();
  }
  const voucherIds: string[] = [];
  for (const v of d.vouchers) {
    const row = await tx
      .insertInto('ecec_voucher_value_decision')
      .values({
        fee_decision_id: feeDecisionId,
        head_of_family_id: d.family.headId,
        child_id: v.child.childId,
        placement_id: v.child.placementId,
        unit_id: v.child.unitId,
        valid_from: from,
        valid_to: to,
        service_need_percent: v.serviceNeedPercent,
        voucher_value: v.voucherValue,
        co_payment: v.coPayment,
        decision_date: decisionDate,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    voucherIds.push(row.id);
  }
  return { feeDecisionId, voucherIds };
}

/** The guardians whose families a change to these children concerns. */
export async function feeGuardiansOf(db: ReadTx, childIds: string[], date: string): Promise<string[]> {
  return [...new Set((await feeGuardians(db, childIds, date)).values())];
}
