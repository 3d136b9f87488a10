// Fee decisions (maksupäätös) and voucher value decisions (arvopäätös) from placements,
// families and incomes. A change of income, family or placement regenerates the decisions of
// the families concerned from the change date, in the transaction of the change (eVaka plans an
// async job that makes drafts): new decisions supersede the old ones from the first day on
// which they differ, and nothing is written when the result is the same.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { ReadTx, Tx } from '../../../core/db/database.ts';
import { getFamilyOn } from '../../../core/persons/person.queries.ts';
import { addDays } from '../dates.ts';
import { calculateFamilyFees } from './fee-calculation.ts';
import { selectParameters, selectServiceNeedTiers } from './fee-parameters.ts';
import { feeErrorToApi, loadFeeData, type FeeData } from './fee-data.ts';
import { FeeCalculationError } from './fee-error.ts';
import { childVoucherValue, firstOfMonthAfterThirdBirthday } from './voucher-value.ts';

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
  vouchers: ComputedVoucher[];
}

/** A voucher value decision's content (eVaka VoucherValueDecision): the value and the co-payment's parts. */
export interface ComputedVoucher {
  child: FeeChild;
  /** Chargeable hours a month, which the coefficients are chosen by. */
  hoursPerMonth: number;
  baseValue: number;
  /** Voucher value coefficient of the hours (municipal configuration). */
  valueCoefficient: number;
  voucherValue: number;
  siblingOrder: number | null;
  /** The youngest child's full-time fee the co-payment derives from (1503/2016 5 §). */
  baseCoPayment: number;
  siblingPercent: number;
  /** Fee percentage of the hours (6 §). */
  serviceNeedPercent: number;
  /** What the family pays the provider (omavastuuosuus), at most the voucher's value. */
  coPayment: number;
}

/**
 * Pure: the fees of one family on a date. `chosen` passes the date's parameters and tiers when
 * the caller decides many families on the same date (the bulk run).
 */
export function computeFamilyDecision(
  data: FeeData,
  family: FeeFamily,
  date: string,
  chosen?: { params: ReturnType<typeof selectParameters>; tiers: ReturnType<typeof selectServiceNeedTiers> },
): ComputedDecision {
  const params = chosen?.params ?? selectParameters(data.parameters, date);
  const tiers = chosen?.tiers ?? selectServiceNeedTiers(data.tiers, date);
  const result = calculateFamilyFees(params, tiers, {
    familySize: family.familySize,
    grossIncome: family.grossIncome ?? INCOME_NOT_GIVEN,
    children: family.children.map((c) => ({ childId: c.childId, birthDate: c.birthDate, hoursPerMonth: c.hoursPerMonth, freeHoursPerMonth: c.freeHoursPerMonth })),
  });
  const byId = new Map(family.children.map((c) => [c.childId, c]));
  const children: ComputedDecision['children'] = [];
  const vouchers: ComputedDecision['vouchers'] = [];
  for (const r of result.children) {
    const child = byId.get(r.childId)!;
    if (child.voucher) {
      // Only free hours (preschool): no chargeable ECEC for a voucher to pay.
      const hours = Math.max(0, child.hoursPerMonth - child.freeHoursPerMonth);
      if (hours === 0) continue;
      const v = childVoucherValue(data.voucherValues, data.voucherCoefficients, { birthDate: child.birthDate, hoursPerMonth: hours }, date);
      vouchers.push({
        child,
        hoursPerMonth: hours,
        baseValue: v.baseValue,
        valueCoefficient: v.coefficient,
        voucherValue: v.value,
        siblingOrder: r.siblingOrder,
        baseCoPayment: r.baseFee,
        siblingPercent: r.siblingPercent,
        serviceNeedPercent: r.serviceNeedPercent,
        coPayment: Math.min(r.fee, v.value),
      });
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
  for (const p of await db.selectFrom('ecec_placement').select(['start_date', 'end_date']).where('child_id', 'in', children.length ? children : [NO_ID]).execute()) {
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
  // Who lives with the child decides whose family the child's fee belongs to.
  for (const a of await db.selectFrom('person_address').select(['valid_from', 'valid_to']).where('person_id', 'in', persons).execute()) {
    add(a.valid_from);
    add(a.valid_to, true);
  }
  // A child turning 18 leaves the family; the under-3 voucher value ends the month after the third birthday.
  for (const c of await db.selectFrom('person').select('birth_date').where('id', 'in', persons).execute()) {
    add(firstOfMonthAfterThirdBirthday(c.birth_date));
    add(`${Number(c.birth_date.slice(0, 4)) + 18}${c.birth_date.slice(4)}`);
  }
  for (const p of data.parameters) add(p.effectiveFrom);
  for (const t of data.tiers) add(t.effectiveFrom);
  for (const v of data.voucherValues) add(v.effectiveFrom);
  for (const v of data.voucherCoefficients) add(v.effectiveFrom);
  return [...dates].sort();
}

const NO_ID = '00000000-0000-0000-0000-000000000000';

/** A period of decisions as comparable keys: equal keys on a day = the same decisions that day. */
export interface KeyedPeriod {
  from: string;
  to: string | null;
  keys: string[];
  /** The head of family of a stored decision. */
  head?: string;
}

const feeKey = (f: { head: string; partner: string | null; familySize: number; grossIncome: number | null; parametersFrom: string; total: number; children: unknown[][] }) =>
  JSON.stringify(['fee', f.head, f.partner, f.familySize, f.grossIncome, f.parametersFrom, f.total, [...f.children].sort((a, b) => String(a[0]).localeCompare(String(b[0])))]);

/** Everything a voucher value decision states, in a fixed order (family figures, value, co-payment). */
const voucherKey = (v: unknown[]) => JSON.stringify(['voucher', ...v]);

export function computedKeys(d: ComputedDecision): string[] {
  const f = d.family;
  const keys = d.vouchers.map((v) =>
    voucherKey([
      f.headId, f.partnerId, f.familySize, f.grossIncome, d.parametersEffectiveFrom, v.child.childId, v.child.placementId, v.child.unitId, v.hoursPerMonth,
      v.baseValue, v.valueCoefficient, v.voucherValue, v.siblingOrder, v.baseCoPayment, v.siblingPercent, v.serviceNeedPercent, v.coPayment,
    ]),
  );
  if (d.children.length > 0) {
    keys.push(
      feeKey({
        head: d.family.headId,
        partner: d.family.partnerId,
        familySize: d.family.familySize,
        grossIncome: d.family.grossIncome,
        parametersFrom: d.parametersEffectiveFrom,
        total: d.total,
        children: d.children.map((c) => [c.child.childId, c.child.placementId, c.child.hoursPerMonth, c.siblingOrder, c.baseFee, c.siblingPercent, c.serviceNeedPercent, c.fee]),
      }),
    );
  }
  return keys;
}

/** Two periods' decisions say the same: consecutive periods merge into one decision. */
const sameContent = (a: ComputedDecision, b: ComputedDecision) => computedKeys(a).sort().join('\n') === computedKeys(b).sort().join('\n');

/** The sent decisions of these heads of family in force on or after `from`, as keyed periods. */
export async function existingPeriods(db: ReadTx, heads: string[], from: string): Promise<KeyedPeriod[]> {
  if (heads.length === 0) return [];
  // Arrays rather than IN lists: the bulk run asks for tens of thousands of heads at once.
  const inForce = sql<boolean>`status = 'sent' and head_of_family_id = any(${heads}::uuid[]) and (valid_to is null or valid_to >= ${from}::date)`;
  const fees = await db.selectFrom('ecec_fee_decision').selectAll().where(inForce).execute();
  const children = fees.length
    ? await db.selectFrom('ecec_fee_decision_child').selectAll().where(sql<boolean>`fee_decision_id = any(${fees.map((f) => f.id)}::uuid[])`).execute()
    : [];
  const vouchers = await db.selectFrom('ecec_voucher_value_decision').selectAll().where(inForce).execute();
  const n = (x: unknown) => (x === null ? null : Number(x));
  const childrenOf = new Map<string, typeof children>();
  for (const c of children) childrenOf.set(c.fee_decision_id, [...(childrenOf.get(c.fee_decision_id) ?? []), c]);
  return [
    ...fees.map((f) => ({
      head: f.head_of_family_id,
      from: f.valid_from,
      to: f.valid_to,
      keys: [
        feeKey({
          head: f.head_of_family_id,
          partner: f.partner_id,
          familySize: f.family_size,
          grossIncome: n(f.gross_income),
          parametersFrom: f.parameters_effective_from,
          total: f.total_fee,
          children: (childrenOf.get(f.id) ?? []).map((c) => [c.child_id, c.placement_id, Number(c.hours_per_month), c.sibling_order, c.base_fee, Number(c.sibling_percent), Number(c.service_need_percent), c.fee]),
        }),
      ],
    })),
    ...vouchers.map((v) => ({
      head: v.head_of_family_id,
      from: v.valid_from,
      to: v.valid_to,
      keys: [
        voucherKey([
          v.head_of_family_id, v.partner_id, v.family_size, n(v.gross_income), v.parameters_effective_from, v.child_id, v.placement_id, v.unit_id, n(v.hours_per_month),
          v.base_value, n(v.value_coefficient), v.voucher_value, v.sibling_order, v.base_co_payment, n(v.sibling_percent), Number(v.service_need_percent), v.co_payment,
        ]),
      ],
    })),
  ];
}

/** The first day on or after `from` on which the two sets of periods decide differently, or null. */
export function firstDifference(existing: KeyedPeriod[], proposed: KeyedPeriod[], from: string): string | null {
  const bounds = new Set<string>([from]);
  for (const p of [...existing, ...proposed]) {
    if (p.from > from) bounds.add(p.from);
    if (p.to !== null && p.to >= from) bounds.add(addDays(p.to, 1));
  }
  const at = (ps: KeyedPeriod[], d: string) =>
    ps
      .filter((p) => p.from <= d && (p.to === null || p.to >= d))
      .flatMap((p) => p.keys)
      .sort()
      .join('\n');
  for (const d of [...bounds].sort()) if (at(existing, d) !== at(proposed, d)) return d;
  return null;
}

export interface GeneratedDecisions {
  feeDecisionIds: string[];
  voucherDecisionIds: string[];
  supersededIds: string[];
  headId: string | null;
  /** The day from which no decision could be made because the official figures are missing. */
  missingFiguresFrom: string | null;
}

/** The head of the family a person belongs to on a date: a child leads to its fee guardian's family. */
async function familyHeadOn(db: ReadTx, personId: string, date: string): Promise<string> {
  const adult = (await feeGuardians(db, [personId], date)).get(personId) ?? personId;
  return [...new Set((await getFamilyOn(db, adult, date)).adults)].sort()[0]!;
}

/**
 * Regenerates the decisions of the family of `personId` (an adult or a child) from `from`: one
 * decision per period in which the fees stay the same. Only from the first day on which the
 * result differs from the decisions in force are these superseded (ended the day before,
 * later ones annulled) by new ones; when nothing differs, nothing is written. A period whose
 * official figures are missing ends the decisions (never invented figures): with `strict` a
 * change starting in such a period is refused with 400, otherwise the day is reported.
 */
export async function regenerateFamilyDecisions(
  tx: Tx,
  input: { personId: string; from: string; decisionDate: string; data: FeeData; strict?: boolean },
): Promise<GeneratedDecisions> {
  const { from, data } = input;
  const headId = await familyHeadOn(tx, input.personId, from);
  const fam0 = await getFamilyOn(tx, headId, from);
  const dates = [from, ...(await changeDates(tx, fam0.adults, fam0.children, from, data))];
  const periods: { from: string; to: string | null; d: ComputedDecision }[] = [];
  let missingFiguresFrom: string | null = null;
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
      const missing = e instanceof FeeCalculationError && (e.code === 'no_fee_parameters' || e.code === 'no_voucher_value');
      if (!missing || (input.strict && periods.length === 0)) feeErrorToApi(e);
      missingFiguresFrom = start;
      break;
    }
    const last = periods[periods.length - 1];
    if (last && last.to !== null && addDays(last.to, 1) === start && sameContent(last.d, d)) last.to = end;
    else periods.push({ from: start, to: end, d });
  }
  const heads = [...new Set([...fam0.adults, ...periods.flatMap((p) => [p.d.family.headId, ...(p.d.family.partnerId ? [p.d.family.partnerId] : [])])])].sort();
  const out: GeneratedDecisions = { feeDecisionIds: [], voucherDecisionIds: [], supersededIds: [], headId, missingFiguresFrom };
  const changeFrom = firstDifference(
    await existingPeriods(tx, heads, from),
    periods.map((p) => ({ from: p.from, to: p.to, keys: computedKeys(p.d) })),
    from,
  );
  if (changeFrom === null) return out;
  const superseded = await supersede(tx, heads, changeFrom);
  out.supersededIds = [...superseded.feeIds, ...superseded.vouchers.map((v) => v.id)];
  const languages = await decisionLanguages(tx, periods.map((p) => p.d));
  const firstVoucherOf = new Map<string, string>();
  for (const p of periods) {
    if (p.to !== null && p.to < changeFrom) continue;
    const ids = await insertDecision(tx, p.d, p.from < changeFrom ? changeFrom : p.from, p.to, input.decisionDate, languages.get(p.d)!);
    if (ids.feeDecisionId) out.feeDecisionIds.push(ids.feeDecisionId);
    for (const v of ids.vouchers) {
      out.voucherDecisionIds.push(v.id);
      if (!firstVoucherOf.has(v.childId)) firstVoucherOf.set(v.childId, v.id);
    }
  }
  // The old decisions point to the first decision that replaces them (a child's voucher to the child's).
  if (superseded.feeIds.length && out.feeDecisionIds[0]) {
    await tx.updateTable('ecec_fee_decision').set({ superseded_by: out.feeDecisionIds[0] }).where('id', 'in', superseded.feeIds).execute();
  }
  for (const v of superseded.vouchers) {
    const by = firstVoucherOf.get(v.child_id);
    if (by) await tx.updateTable('ecec_voucher_value_decision').set({ superseded_by: by }).where('id', '=', v.id).execute();
  }
  return out;
}

/**
 * Regenerates, from `from`, the decisions of every family these persons belong to and of every
 * family whose decisions in force name them (a child who moved to the other guardian leaves
 * the first family's decision). Each family is regenerated once.
 */
export async function regenerateForPersons(
  tx: Tx,
  input: { personIds: string[]; from: string; decisionDate: string; data?: FeeData; strict?: boolean },
): Promise<Omit<GeneratedDecisions, 'headId'>> {
  const data = input.data ?? (await loadFeeData(tx));
  const starts = new Set([...input.personIds, ...(await headsOfDecisionsNaming(tx, input.personIds, input.from))]);
  const heads = new Set<string>();
  for (const p of [...starts].sort()) heads.add(await familyHeadOn(tx, p, input.from));
  const out: Omit<GeneratedDecisions, 'headId'> = { feeDecisionIds: [], voucherDecisionIds: [], supersededIds: [], missingFiguresFrom: null };
  for (const headId of heads) {
    const r = await regenerateFamilyDecisions(tx, { personId: headId, from: input.from, decisionDate: input.decisionDate, data, strict: input.strict ?? false });
    out.feeDecisionIds.push(...r.feeDecisionIds);
    out.voucherDecisionIds.push(...r.voucherDecisionIds);
    out.supersededIds.push(...r.supersededIds);
    if (r.missingFiguresFrom && (!out.missingFiguresFrom || r.missingFiguresFrom < out.missingFiguresFrom)) out.missingFiguresFrom = r.missingFiguresFrom;
  }
  return out;
}

/** Heads of family of the sent decisions in force on or after `from` that name one of the persons. */
async function headsOfDecisionsNaming(db: ReadTx, personIds: string[], from: string): Promise<string[]> {
  if (personIds.length === 0) return [];
  const rows = await sql<{ head: string }>`
    select d.head_of_family_id as head from ecec_fee_decision d
    where d.status = 'sent' and (d.valid_to is null or d.valid_to >= ${from}::date)
      and (d.head_of_family_id = any(${personIds}::uuid[]) or d.partner_id = any(${personIds}::uuid[])
        or exists (select 1 from ecec_fee_decision_child c where c.fee_decision_id = d.id and c.child_id = any(${personIds}::uuid[])))
    union
    select v.head_of_family_id from ecec_voucher_value_decision v
    where v.status = 'sent' and (v.valid_to is null or v.valid_to >= ${from}::date)
      and (v.head_of_family_id = any(${personIds}::uuid[]) or v.child_id = any(${personIds}::uuid[]))`.execute(db);
  return rows.rows.map((r) => r.head);
}

/**
 * The persons among `personIds` whose changes can touch fees from `from`: placed children,
 * their guardians and parents, the partners of those, and persons named in decisions in force.
 * One query, so that a change to a person outside ECEC costs next to nothing.
 */
export async function personsConcerningFees(db: ReadTx, personIds: string[], from: string): Promise<string[]> {
  if (personIds.length === 0) return [];
  const rows = await sql<{ id: string }>`
    with placed as (
      select distinct child_id from ecec_placement
      where type <> 'club' and (end_date is null or end_date >= ${from}::date)
    ), carers as (
      select r.person_id from person_relationship r join placed p on p.child_id = r.related_person_id
      where r.kind in ('guardian', 'parent') and (r.valid_to is null or r.valid_to >= ${from}::date)
    )
    select s.id from unnest(${personIds}::uuid[]) as s(id)
    where exists (select 1 from placed p where p.child_id = s.id)
      or exists (select 1 from carers c where c.person_id = s.id)
      or exists (
        select 1 from person_relationship pr join carers c
          on c.person_id = case when pr.person_id = s.id then pr.related_person_id else pr.person_id end
        where pr.kind = 'partner' and (pr.person_id = s.id or pr.related_person_id = s.id)
          and (pr.valid_to is null or pr.valid_to >= ${from}::date))`.execute(db);
  const concerned = new Set(rows.rows.map((r) => r.id));
  for (const h of await headsOfDecisionsNaming(db, personIds.filter((p) => !concerned.has(p)), from)) concerned.add(h);
  return personIds.filter((p) => concerned.has(p)).concat([...concerned].filter((p) => !personIds.includes(p)));
}

/**
 * The languages of each period's decisions, as eVaka: a fee decision is in Swedish when the head
 * of family's contact language is Swedish or the youngest child's unit is Swedish-speaking, a
 * voucher value decision when the head of family's is; otherwise Finnish.
 */
export async function decisionLanguages(db: ReadTx, decisions: ComputedDecision[]): Promise<Map<ComputedDecision, { fee: DecisionLanguage; voucher: DecisionLanguage }>> {
  const heads = [...new Set(decisions.map((d) => d.family.headId))];
  const units = [...new Set(decisions.flatMap((d) => d.family.children.map((c) => c.unitId)))];
  const svHeads = new Set(heads.length ? (await db.selectFrom('person').select('id').where('id', 'in', heads).where('contact_language', '=', 'sv').execute()).map((r) => r.id) : []);
  const svUnits = new Set(units.length ? (await db.selectFrom('ecec_unit').select('unit_id').where('unit_id', 'in', units).where('language', '=', 'sv').execute()).map((r) => r.unit_id) : []);
  return new Map(decisions.map((d) => [d, languagesOf(d, svHeads, svUnits)]));
}

export function languagesOf(d: ComputedDecision, svHeads: Set<string>, svUnits: Set<string>): { fee: DecisionLanguage; voucher: DecisionLanguage } {
  const youngest = d.family.children.reduce<FeeChild | undefined>((y, c) => (!y || c.birthDate > y.birthDate ? c : y), undefined);
  const head: DecisionLanguage = svHeads.has(d.family.headId) ? 'sv' : 'fi';
  return { fee: head === 'sv' || (youngest && svUnits.has(youngest.unitId)) ? 'sv' : 'fi', voucher: head };
}

/** Ends the decisions of these heads of family the day before `from`; annuls those starting later. */
async function supersede(tx: Tx, heads: string[], from: string): Promise<{ feeIds: string[]; vouchers: { id: string; child_id: string }[] }> {
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
  const endedVouchers = await tx
    .updateTable('ecec_voucher_value_decision')
    .set({ valid_to: before })
    .where('head_of_family_id', 'in', uniq)
    .where('status', '=', 'sent')
    .where('valid_from', '<', from)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', from)]))
    .returning(['id', 'child_id'])
    .execute();
  const annulledVouchers = await tx
    .updateTable('ecec_voucher_value_decision')
    .set({ status: 'annulled' })
    .where('head_of_family_id', 'in', uniq)
    .where('status', '=', 'sent')
    .where('valid_from', '>=', from)
    .returning(['id', 'child_id'])
    .execute();
  return { feeIds: [...ended, ...annulled].map((r) => r.id), vouchers: [...endedVouchers, ...annulledVouchers] };
}

export type DecisionLanguage = 'fi' | 'sv';

/** Row builders shared by the family regeneration and the bulk run, so both write the same decisions. */
export function feeDecisionRows(d: ComputedDecision, x: { id: string; from: string; to: string | null; decisionDate: string; language: DecisionLanguage }) {
  return {
    decision: {
      id: x.id,
      head_of_family_id: d.family.headId,
      partner_id: d.family.partnerId,
      valid_from: x.from,
      valid_to: x.to,
      family_size: d.family.familySize,
      gross_income: d.family.grossIncome,
      parameters_effective_from: d.parametersEffectiveFrom,
      parameters_status: d.parametersStatus,
      total_fee: d.total,
      decision_date: x.decisionDate,
      language: x.language,
    },
    children: d.children.map((c) => ({
      fee_decision_id: x.id,
      child_id: c.child.childId,
      placement_id: c.child.placementId,
      hours_per_month: c.child.hoursPerMonth,
      sibling_order: c.siblingOrder,
      base_fee: c.baseFee,
      sibling_percent: c.siblingPercent,
      service_need_percent: c.serviceNeedPercent,
      fee: c.fee,
    })),
  };
}

export function voucherDecisionRows(d: ComputedDecision, x: { ids: string[]; feeDecisionId: string | null; from: string; to: string | null; decisionDate: string; language: DecisionLanguage }) {
  return d.vouchers.map((v, i) => ({
    id: x.ids[i]!,
    fee_decision_id: x.feeDecisionId,
    head_of_family_id: d.family.headId,
    partner_id: d.family.partnerId,
    family_size: d.family.familySize,
    gross_income: d.family.grossIncome,
    parameters_effective_from: d.parametersEffectiveFrom,
    child_id: v.child.childId,
    placement_id: v.child.placementId,
    unit_id: v.child.unitId,
    valid_from: x.from,
    valid_to: x.to,
    hours_per_month: v.hoursPerMonth,
    base_value: v.baseValue,
    value_coefficient: v.valueCoefficient,
    voucher_value: v.voucherValue,
    sibling_order: v.siblingOrder,
    sibling_percent: v.siblingPercent,
    base_co_payment: v.baseCoPayment,
    service_need_percent: v.serviceNeedPercent,
    co_payment: v.coPayment,
    decision_date: x.decisionDate,
    language: x.language,
  }));
}

async function insertDecision(tx: Tx, d: ComputedDecision, from: string, to: string | null, decisionDate: string, language: { fee: DecisionLanguage; voucher: DecisionLanguage }) {
  let feeDecisionId: string | null = null;
  if (d.children.length > 0) {
    feeDecisionId = randomUUID();
    const rows = feeDecisionRows(d, { id: feeDecisionId, from, to, decisionDate, language: language.fee });
    await tx.insertInto('ecec_fee_decision').values(rows.decision).execute();
    await tx.insertInto('ecec_fee_decision_child').values(rows.children).execute();
  }
  const vouchers = voucherDecisionRows(d, { ids: d.vouchers.map(() => randomUUID()), feeDecisionId, from, to, decisionDate, language: language.voucher });
  if (vouchers.length) await tx.insertInto('ecec_voucher_value_decision').values(vouchers).execute();
  return { feeDecisionId, vouchers: vouchers.map((v) => ({ id: v.id, childId: v.child_id })) };
}
