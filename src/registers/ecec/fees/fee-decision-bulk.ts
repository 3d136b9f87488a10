// Fee and voucher value decisions of every family on one date in a few set-based queries (the
// monthly run, demo data, benchmark). Same rules as regenerateFamilyDecisions: head of family =
// the adult with the smallest id, a child belongs to its fee guardian's family, decisions are
// superseded only from the first day they differ and a family whose decisions stay the same is
// left alone.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Tx } from '../../../core/db/database.ts';
import { addDays } from '../dates.ts';
import {
  computeFamilyDecision,
  computedKeys,
  existingPeriods,
  feeDecisionRows,
  firstDifference,
  languagesOf,
  voucherDecisionRows,
  type ComputedDecision,
  type FeeFamily,
  type KeyedPeriod,
} from './fee-decision.ts';
import { loadFeeData } from './fee-data.ts';

const valid = (a: string, date: string) => sql.raw(`${a}.valid_from <= '${date}'::date and (${a}.valid_to is null or ${a}.valid_to >= '${date}'::date)`);

export interface BulkResult {
  /** Fee decisions written. */
  decisions: number;
  voucherDecisions: number;
  /** Children in ECEC on the date (placed, not in a club). */
  children: number;
  /** Families whose decisions stayed the same. */
  unchanged: number;
}

/** Inserts rows in chunks as one JSON parameter each: far fewer bind parameters than a VALUES list. */
async function insertJson(tx: Tx, table: string, columns: Record<string, string>, rows: Record<string, unknown>[]) {
  const names = Object.keys(columns);
  const CHUNK = 5000;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK);
    await sql`insert into ${sql.table(table)} (${sql.join(names.map((n) => sql.ref(n)))})
      select ${sql.join(names.map((n) => sql.ref(n)))} from json_to_recordset(${JSON.stringify(part)}::json)
      as x(${sql.raw(names.map((n) => `${n} ${columns[n]}`).join(', '))})`.execute(tx);
  }
}

const FEE_COLUMNS = {
  id: 'uuid', head_of_family_id: 'uuid', partner_id: 'uuid', valid_from: 'date', valid_to: 'date', family_size: 'integer', gross_income: 'numeric',
  parameters_effective_from: 'date', parameters_status: 'text', total_fee: 'integer', decision_date: 'date', language: 'text',
};
const FEE_CHILD_COLUMNS = {
  fee_decision_id: 'uuid', child_id: 'uuid', placement_id: 'uuid', hours_per_month: 'numeric', sibling_order: 'integer', base_fee: 'integer',
  sibling_percent: 'numeric', service_need_percent: 'numeric', fee: 'integer',
};
const VOUCHER_COLUMNS = {
  id: 'uuid', fee_decision_id: 'uuid', head_of_family_id: 'uuid', partner_id: 'uuid', family_size: 'integer', gross_income: 'numeric',
  parameters_effective_from: 'date', child_id: 'uuid', placement_id: 'uuid', unit_id: 'uuid', valid_from: 'date', valid_to: 'date',
  hours_per_month: 'numeric', base_value: 'integer', value_coefficient: 'numeric', voucher_value: 'integer', sibling_order: 'integer',
  sibling_percent: 'numeric', base_co_payment: 'integer', service_need_percent: 'numeric', co_payment: 'integer', decision_date: 'date', language: 'text',
};

/**
 * Decides the fees of every family with a child in ECEC on `date`, open-ended from that date.
 * Throws FeeCalculationError when the date has no complete official figures.
 */
export async function generateAllFeeDecisions(tx: Tx, date: string, decisionDate: string): Promise<BulkResult> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error('date must be YYYY-MM-DD');
  const data = await loadFeeData(tx);
  const placements = (
    await sql<{ id: string; child_id: string; birth_date: string; unit_id: string; provider_type: string; unit_sv: boolean; hours: number; free: number; guardian_id: string }>`
      select distinct on (p.child_id) p.id, p.child_id, c.birth_date, p.unit_id, u.provider_type, u.language = 'sv' as unit_sv,
        p.hours_per_month::float8 as hours, p.free_hours_per_month::float8 as free, r.person_id as guardian_id
      from ecec_placement p
      join person c on c.id = p.child_id
      join ecec_unit u on u.unit_id = p.unit_id
      join person_relationship r on r.related_person_id = p.child_id and r.kind = 'guardian' and ${valid('r', date)}
      left join person_address ca on ca.person_id = p.child_id and ${valid('ca', date)}
      left join person_address ga on ga.person_id = r.person_id and ${valid('ga', date)}
        and lower(btrim(ga.street_address)) = lower(btrim(ca.street_address)) and ga.postal_code is not distinct from ca.postal_code
      where p.start_date <= ${date}::date and (p.end_date is null or p.end_date >= ${date}::date) and p.type <> 'club'
      order by p.child_id, (ga.id is null), r.person_id`.execute(tx)
  ).rows;
  const guardians = [...new Set(placements.map((p) => p.guardian_id))];
  const partners = (
    await sql<{ a: string; b: string }>`
      select r.person_id as a, r.related_person_id as b from person_relationship r
      where r.kind = 'partner' and ${valid('r', date)} and (r.person_id = any(${guardians}::uuid[]) or r.related_person_id = any(${guardians}::uuid[]))`.execute(tx)
  ).rows;
  const partnersOf = new Map<string, string[]>();
  for (const { a, b } of partners) {
    partnersOf.set(a, [...(partnersOf.get(a) ?? []), b]);
    partnersOf.set(b, [...(partnersOf.get(b) ?? []), a]);
  }
  const adultsOf = (g: string) => [...new Set([g, ...(partnersOf.get(g) ?? [])])].sort();
  const allAdults = [...new Set(guardians.flatMap(adultsOf))];
  const minors = (
    await sql<{ adult: string; child: string }>`
      select distinct r.person_id as adult, r.related_person_id as child from person_relationship r join person c on c.id = r.related_person_id
      where r.kind in ('guardian', 'parent') and ${valid('r', date)} and r.person_id = any(${allAdults}::uuid[])
        and c.birth_date > (${date}::date - interval '18 years')`.execute(tx)
  ).rows;
  const minorsOf = new Map<string, string[]>();
  for (const m of minors) minorsOf.set(m.adult, [...(minorsOf.get(m.adult) ?? []), m.child]);
  const adultRows = (
    await sql<{ id: string; sv: boolean; gross: number | null; max_fee: boolean | null }>`
      select a.id, a.contact_language = 'sv' as sv, i.gross_income::float8 as gross, i.max_fee_accepted as max_fee
      from person a left join ecec_income i on i.person_id = a.id and ${valid('i', date)}
      where a.id = any(${allAdults}::uuid[])`.execute(tx)
  ).rows;
  const incomeOf = new Map(adultRows.filter((a) => a.gross !== null).map((a) => [a.id, a]));
  const svHeads = new Set(adultRows.filter((a) => a.sv).map((a) => a.id));
  const svUnits = new Set(placements.filter((p) => p.unit_sv).map((p) => p.unit_id));

  const families = new Map<string, FeeFamily & { adults: string[] }>();
  for (const p of placements) {
    const adults = adultsOf(p.guardian_id);
    const head = adults[0]!;
    let f = families.get(head);
    if (!f) {
      const kids = new Set(adults.flatMap((a) => minorsOf.get(a) ?? []));
      const inc = adults.map((a) => incomeOf.get(a));
      f = {
        adults,
        headId: head,
        partnerId: adults[1] ?? null,
        familySize: adults.length + kids.size,
        grossIncome: inc.some((i) => !i || i.max_fee) ? null : inc.reduce((s, i) => s + i!.gross!, 0),
        children: [],
      };
      families.set(head, f);
    }
    f.children.push({ childId: p.child_id, birthDate: p.birth_date, placementId: p.id, unitId: p.unit_id, voucher: p.provider_type === 'private_voucher', hoursPerMonth: p.hours, freeHoursPerMonth: p.free });
  }

  // Compare with the decisions in force: only what differs is superseded, from the day it differs.
  const existing = await existingPeriods(tx, allAdults, date);
  const existingOf = new Map<string, KeyedPeriod[]>();
  for (const e of existing) existingOf.set(e.head!, [...(existingOf.get(e.head!) ?? []), e]);
  const changes: { d: ComputedDecision; from: string; heads: string[] }[] = [];
  let unchanged = 0;
  for (const f of families.values()) {
    const { adults, ...family } = f;
    const d = computeFamilyDecision(data, family, date);
    const from = firstDifference(adults.flatMap((a) => existingOf.get(a) ?? []), [{ from: date, to: null, keys: computedKeys(d) }], date);
    if (from === null) unchanged++;
    else changes.push({ d, from, heads: adults });
  }

  const supersededFee: string[] = [];
  const supersededVoucher: string[] = [];
  for (const from of [...new Set(changes.map((c) => c.from))]) {
    const heads = changes.filter((c) => c.from === from).flatMap((c) => c.heads);
    const before = addDays(from, -1);
    for (const [table, out] of [['ecec_fee_decision', supersededFee], ['ecec_voucher_value_decision', supersededVoucher]] as const) {
      const ended = await sql<{ id: string }>`update ${sql.table(table)} set valid_to = ${before}::date
        where status = 'sent' and head_of_family_id = any(${heads}::uuid[]) and valid_from < ${from}::date and (valid_to is null or valid_to >= ${from}::date)
        returning id`.execute(tx);
      const annulled = await sql<{ id: string }>`update ${sql.table(table)} set status = 'annulled'
        where status = 'sent' and head_of_family_id = any(${heads}::uuid[]) and valid_from >= ${from}::date returning id`.execute(tx);
      out.push(...ended.rows.map((r) => r.id), ...annulled.rows.map((r) => r.id));
    }
  }

  const feeRows: Record<string, unknown>[] = [];
  const childRows: Record<string, unknown>[] = [];
  const voucherRows: Record<string, unknown>[] = [];
  for (const { d, from } of changes) {
    const language = languagesOf(d, svHeads, svUnits);
    let feeDecisionId: string | null = null;
    if (d.children.length > 0) {
      feeDecisionId = randomUUID();
      const rows = feeDecisionRows(d, { id: feeDecisionId, from, to: null, decisionDate, language: language.fee });
      feeRows.push(rows.decision);
      childRows.push(...rows.children);
    }
    voucherRows.push(...voucherDecisionRows(d, { ids: d.vouchers.map(() => randomUUID()), feeDecisionId, from, to: null, decisionDate, language: language.voucher }));
  }
  await insertJson(tx, 'ecec_fee_decision', FEE_COLUMNS, feeRows);
  await insertJson(tx, 'ecec_fee_decision_child', FEE_CHILD_COLUMNS, childRows);
  await insertJson(tx, 'ecec_voucher_value_decision', VOUCHER_COLUMNS, voucherRows);
  // The old decisions point to the new decision of the same head of family (a voucher: of the same child).
  if (supersededFee.length) {
    await sql`update ecec_fee_decision o set superseded_by = n.id from ecec_fee_decision n
      where o.id = any(${supersededFee}::uuid[]) and n.id = any(${feeRows.map((r) => r.id)}::uuid[]) and n.head_of_family_id = o.head_of_family_id`.execute(tx);
  }
  if (supersededVoucher.length) {
    await sql`update ecec_voucher_value_decision o set superseded_by = n.id from ecec_voucher_value_decision n
      where o.id = any(${supersededVoucher}::uuid[]) and n.id = any(${voucherRows.map((r) => r.id)}::uuid[]) and n.child_id = o.child_id`.execute(tx);
  }
  return { decisions: feeRows.length, voucherDecisions: voucherRows.length, children: placements.length, unchanged };
}
