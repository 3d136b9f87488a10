// Fee and voucher value decisions of every family on one date in a few set-based queries (the
// monthly run, demo data, benchmark). Same rules as regenerateFamilyDecisions: head of family =
// the adult with the smallest id, a child belongs to its fee guardian's family, and a family
// whose decisions in force on the date say the same is left alone. Unlike the family's own
// regeneration it looks at the date only: a changed family gets one decision from the date until
// the fee figures of the date end (fee-decision-bulk-equivalence.test.ts checks that both decide the same on the date).
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
import { selectParameters, selectServiceNeedTiers } from './fee-parameters.ts';

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
 * Decides the fees of every family with a child in ECEC on `date`, from that date until the
 * date's fee figures end (open-ended when they are in force until further notice).
 * Throws FeeCalculationError when the date has no complete official figures.
 */
export async function generateAllFeeDecisions(tx: Tx, date: string, decisionDate: string, opts: { log?: (line: string) => void } = {}): Promise<BulkResult> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error('date must be YYYY-MM-DD');
  // Step times for the benchmark log; this process's CPU time too, which on the embedded
  // database is the whole work and does not grow when other programs load the machine.
  let t0 = performance.now();
  let c0 = process.cpuUsage();
  const step = (what: string) => {
    const t = performance.now();
    const c = process.cpuUsage(c0);
    opts.log?.(`  ${what}: ${((t - t0) / 1000).toFixed(2)} s (this process's CPU ${((c.user + c.system) / 1e6).toFixed(2)} s)`);
    t0 = t;
    c0 = process.cpuUsage();
  };
  // One run sorts and hashes tens of thousands of rows: give this transaction the memory to do it
  // without spilling to disk (the default 4 MB is sized for many small queries).
  await sql`set local work_mem = '64MB'`.execute(tx);
  const data = await loadFeeData(tx);
  const chosen = { params: selectParameters(data.parameters, date), tiers: selectServiceNeedTiers(data.tiers, date) };
  // One query gives every placed child with its family: the fee guardian (a guardian living at
  // the child's address, else the one with the smallest id), the guardian's partners, the
  // family's minor children and incomes. No id lists travel between the database and here.
  // The rows come back as one JSON text: parsing 35 000 rows with id arrays one by one in the
  // driver costs more than the query.
  type Row = {
    id: string; child_id: string; birth_date: string; unit_id: string; provider_type: string; unit_sv: boolean; hours: number; free: number;
    adults: string[]; minors: number; gross: number | null; head_sv: boolean; in_force: boolean;
  };
  const json = (
    await sql<{ rows: string | null }>`
      select json_agg(x)::text as rows from (
      with placed as (
        -- At most one placement per child and day (an exclusion constraint): one row per child.
        select p.id, p.child_id, c.birth_date, p.unit_id, u.provider_type, u.language = 'sv' as unit_sv,
          p.hours_per_month::float8 as hours, p.free_hours_per_month::float8 as free
        from ecec_placement p
        join person c on c.id = p.child_id
        join ecec_unit u on u.unit_id = p.unit_id
        where p.start_date <= ${date}::date and (p.end_date is null or p.end_date >= ${date}::date) and p.type <> 'club'
      ),
      child_guardian as (
        select p.child_id, r.person_id as guardian_id from placed p
        join person_relationship r on r.related_person_id = p.child_id and r.kind = 'guardian' and ${valid('r', date)}
      ),
      partner as (
        select r.person_id as a, r.related_person_id as b from person_relationship r where r.kind = 'partner' and ${valid('r', date)}
        union all
        select r.related_person_id, r.person_id from person_relationship r where r.kind = 'partner' and ${valid('r', date)}
      ),
      family as (
        -- Every guardian's household: the guardian and their partners, sorted (the first, the
        -- adult with the smallest id, is the head that keys the household).
        select guardian_id, adults, adults[1] as head from (
          select g.guardian_id, array_agg(distinct a.id order by a.id) as adults
          from (select distinct guardian_id from child_guardian) g
          left join partner p on p.a = g.guardian_id
          cross join lateral (values (g.guardian_id), (p.b)) as a(id)
          where a.id is not null
          group by g.guardian_id) f
      ),
      choice as (
        -- Min and max instead of ordered and distinct aggregates, so that it hashes instead of
        -- sorting; uuids have no min() before PostgreSQL 18, and their text sorts as they do.
        select cg.child_id, min(cg.guardian_id::text)::uuid as first_guardian, min(f.head::text) <> max(f.head::text) as apart
        from child_guardian cg join family f on f.guardian_id = cg.guardian_id
        group by cg.child_id
      ),
      apart as (
        -- Only guardians in different households (living apart) need the addresses: the fee is
        -- the household's where the child lives, else the guardian's with the smallest id.
        select distinct on (ch.child_id) ch.child_id, cg.guardian_id
        from choice ch
        join child_guardian cg on cg.child_id = ch.child_id
        left join person_address ca on ca.person_id = ch.child_id and ${valid('ca', date)}
        left join person_address ga on ga.person_id = cg.guardian_id and ${valid('ga', date)}
          and lower(btrim(ga.street_address)) = lower(btrim(ca.street_address)) and ga.postal_code is not distinct from ca.postal_code
        where ch.apart
        order by ch.child_id, (ga.id is null), cg.guardian_id
      ),
      pl as (
        select p.*, coalesce(a.guardian_id, ch.first_guardian) as guardian_id
        from placed p join choice ch on ch.child_id = p.child_id left join apart a on a.child_id = p.child_id
      ),
      -- Households are keyed by their head (the adult with the smallest id); set-based joins, not subqueries per child.
      adult as (
        select distinct f.head, a.id
        from (select distinct guardian_id from pl) g join family f on f.guardian_id = g.guardian_id cross join unnest(f.adults) as a(id)
      ),
      minor as materialized (
        -- Read once and hashed: probing the person index once per relationship costs more.
        select id from person where birth_date > (${date}::date - interval '18 years')
      ),
      minors as (
        select head, count(*)::int as n from (
          select distinct a.head, r.related_person_id
          from adult a join person_relationship r on r.person_id = a.id and r.kind in ('guardian', 'parent') and ${valid('r', date)}
          join minor c on c.id = r.related_person_id) m
        group by head
      ),
      income as (
        -- Every adult's income must be given and none may have accepted the highest fee.
        select a.head, case when count(i.id) = count(*) and not coalesce(bool_or(i.max_fee_accepted), false) then sum(i.gross_income)::float8 end as gross
        from adult a left join ecec_income i on i.person_id = a.id and ${valid('i', date)}
        group by a.head
      ),
      in_force as (
        select distinct a.head from adult a join ecec_fee_decision d on d.head_of_family_id = a.id
        where d.status = 'sent' and (d.valid_to is null or d.valid_to >= ${date}::date)
        union
        select distinct a.head from adult a join ecec_voucher_value_decision d on d.head_of_family_id = a.id
        where d.status = 'sent' and (d.valid_to is null or d.valid_to >= ${date}::date)
      )
      select pl.id, pl.child_id, pl.birth_date, pl.unit_id, pl.provider_type, pl.unit_sv, pl.hours, pl.free,
        f.adults, coalesce(m.n, 0) as minors, i.gross, h.contact_language = 'sv' as head_sv, x.head is not null as in_force
      from pl
      join family f on f.guardian_id = pl.guardian_id
      join person h on h.id = f.head
      left join minors m on m.head = f.head
      left join income i on i.head = f.head
      left join in_force x on x.head = f.head
      ) x`.execute(tx)
  ).rows[0]?.rows;
  const rows: Row[] = json ? JSON.parse(json) : [];
  step('families read');
  const svHeads = new Set<string>();
  const svUnits = new Set(rows.filter((p) => p.unit_sv).map((p) => p.unit_id));
  const families = new Map<string, FeeFamily & { adults: string[]; inForce: boolean }>();
  for (const p of rows) {
    const head = p.adults[0]!;
    let f = families.get(head);
    if (!f) {
      if (p.head_sv) svHeads.add(head);
      f = {
        adults: p.adults,
        inForce: p.in_force,
        headId: head,
        partnerId: p.adults[1] ?? null,
        familySize: p.adults.length + p.minors,
        grossIncome: p.gross,
        children: [],
      };
      families.set(head, f);
    }
    f.children.push({ childId: p.child_id, birthDate: p.birth_date, placementId: p.id, unitId: p.unit_id, voucher: p.provider_type === 'private_voucher', hoursPerMonth: p.hours, freeHoursPerMonth: p.free });
  }

  // Compare with the decisions in force: only what differs is superseded, from the day it differs.
  const withDecisions = [...families.values()].filter((f) => f.inForce);
  const existing = withDecisions.length ? await existingPeriods(tx, withDecisions.flatMap((f) => f.adults), date) : [];
  const existingOf = new Map<string, KeyedPeriod[]>();
  for (const e of existing) existingOf.set(e.head!, [...(existingOf.get(e.head!) ?? []), e]);
  step('decisions in force');
  const changes: { d: ComputedDecision; from: string; heads: string[] }[] = [];
  let unchanged = 0;
  for (const f of families.values()) {
    const { adults, inForce, ...family } = f;
    const d = computeFamilyDecision(data, family, date, chosen);
    // Only the date is compared: decisions that a family's own regeneration ended or split
    // later (a placement ending, a third birthday, next year's figures) know more than this run.
    const onDate = (ps: KeyedPeriod[]) => ps.filter((p) => p.from <= date && (p.to === null || p.to >= date)).map((p) => ({ ...p, from: date, to: date }));
    const from = inForce ? firstDifference(onDate(adults.flatMap((a) => existingOf.get(a) ?? [])), [{ from: date, to: date, keys: computedKeys(d) }], date) : date;
    if (from === null) unchanged++;
    else changes.push({ d, from, heads: inForce ? adults : [] });
  }
  step('computed');

  const supersededFee: string[] = [];
  const supersededVoucher: string[] = [];
  for (const from of [...new Set(changes.map((c) => c.from))]) {
    const heads = changes.filter((c) => c.from === from).flatMap((c) => c.heads);
    if (heads.length === 0) continue;
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

  step('superseded');
  // A decision states the fee figures it was made by: it ends when they do (the family's own
  // regeneration ends or replaces it there too), never running on into figures not yet known.
  const to = chosen.params.effectiveTo;
  const feeRows: Record<string, unknown>[] = [];
  const childRows: Record<string, unknown>[] = [];
  const voucherRows: Record<string, unknown>[] = [];
  for (const { d, from } of changes) {
    const language = languagesOf(d, svHeads, svUnits);
    let feeDecisionId: string | null = null;
    if (d.children.length > 0) {
      feeDecisionId = randomUUID();
      const rows = feeDecisionRows(d, { id: feeDecisionId, from, to, decisionDate, language: language.fee });
      feeRows.push(rows.decision);
      childRows.push(...rows.children);
    }
    voucherRows.push(...voucherDecisionRows(d, { ids: d.vouchers.map(() => randomUUID()), feeDecisionId, from, to, decisionDate, language: language.voucher }));
  }
  step('rows built');
  await insertJson(tx, 'ecec_fee_decision', FEE_COLUMNS, feeRows);
  step('fee rows');
  await insertJson(tx, 'ecec_fee_decision_child', FEE_CHILD_COLUMNS, childRows);
  step('child rows');
  await insertJson(tx, 'ecec_voucher_value_decision', VOUCHER_COLUMNS, voucherRows);
  step('inserted');
  // The old decisions point to the new decision of the same head of family (a voucher: of the same child).
  if (supersededFee.length) {
    await sql`update ecec_fee_decision o set superseded_by = n.id from ecec_fee_decision n
      where o.id = any(${supersededFee}::uuid[]) and n.id = any(${feeRows.map((r) => r.id)}::uuid[]) and n.head_of_family_id = o.head_of_family_id`.execute(tx);
  }
  if (supersededVoucher.length) {
    await sql`update ecec_voucher_value_decision o set superseded_by = n.id from ecec_voucher_value_decision n
      where o.id = any(${supersededVoucher}::uuid[]) and n.id = any(${voucherRows.map((r) => r.id)}::uuid[]) and n.child_id = o.child_id`.execute(tx);
  }
  step('links');
  return { decisions: feeRows.length, voucherDecisions: voucherRows.length, children: rows.length, unchanged };
}
