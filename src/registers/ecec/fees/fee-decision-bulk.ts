// Fee decisions of every family on one date in a few set-based queries (monthly run, demo
// data, benchmark). Same rules as regenerateFamilyDecisions: head of family = the adult with
// the smallest id, a child belongs to its fee guardian's family.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Tx } from '../../../core/db/database.ts';
import { addDays } from '../dates.ts';
import { computeFamilyDecision, type ComputedDecision, type FeeFamily } from './fee-decision.ts';
import { loadFeeData } from './fee-data.ts';

const valid = (a: string, date: string) => sql.raw(`${a}.valid_from <= '${date}'::date and (${a}.valid_to is null or ${a}.valid_to >= '${date}'::date)`);

export async function generateAllFeeDecisions(tx: Tx, date: string, decisionDate: string): Promise<{ decisions: number; children: number }> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error('date must be YYYY-MM-DD');
  const data = await loadFeeData(tx);
  const placements = (
    await sql<{ id: string; child_id: string; birth_date: string; unit_id: string; provider_type: string; hours: number; free: number; guardian_id: string }>`
      select distinct on (p.child_id) p.id, p.child_id, c.birth_date, p.unit_id, u.provider_type, p.hours_per_month::float8 as hours, p.free_hours_per_month::float8 as free, r.person_id as guardian_id
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
  const incomes = (
    await sql<{ person_id: string; gross: number; max_fee: boolean }>`
      select i.person_id, i.gross_income::float8 as gross, i.max_fee_accepted as max_fee from ecec_income i
      where i.person_id = any(${allAdults}::uuid[]) and ${valid('i', date)}`.execute(tx)
  ).rows;
  const incomeOf = new Map(incomes.map((i) => [i.person_id, i]));

  const families = new Map<string, FeeFamily>();
  for (const p of placements) {
    const adults = adultsOf(p.guardian_id);
    const head = adults[0]!;
    let f = families.get(head);
    if (!f) {
      const kids = new Set(adults.flatMap((a) => minorsOf.get(a) ?? []));
      const inc = adults.map((a) => incomeOf.get(a));
      f = {
        headId: head,
        partnerId: adults[1] ?? null,
        familySize: adults.length + kids.size,
        grossIncome: inc.some((i) => !i || i.max_fee) ? null : inc.reduce((s, i) => s + i!.gross, 0),
        children: [],
      };
      families.set(head, f);
    }
    f.children.push({ childId: p.child_id, birthDate: p.birth_date, placementId: p.id, unitId: p.unit_id, voucher: p.provider_type === 'private_voucher', hoursPerMonth: p.hours, freeHoursPerMonth: p.free });
  }
  const decided: { id: string; d: ComputedDecision }[] = [];
  for (const f of families.values()) decided.push({ id: randomUUID(), d: computeFamilyDecision(data, f, date) });

  const heads = [...families.keys()];
  await sql`update ecec_fee_decision set valid_to = ${addDays(date, -1)}::date
    where status = 'sent' and head_of_family_id = any(${heads}::uuid[]) and valid_from < ${date}::date and (valid_to is null or valid_to >= ${date}::date)`.execute(tx);
  await sql`update ecec_fee_decision set status = 'annulled' where status = 'sent' and head_of_family_id = any(${heads}::uuid[]) and valid_from >= ${date}::date`.execute(tx);
  const withFees = decided.filter((x) => x.d.children.length > 0);
  const CHUNK = 2000;
  for (let i = 0; i < withFees.length; i += CHUNK) {
    const part = withFees.slice(i, i + CHUNK);
    await tx
      .insertInto('ecec_fee_decision')
      .values(
        part.map(({ id, d }) => ({
          id,
          head_of_family_id: d.family.headId,
          partner_id: d.family.partnerId,
          valid_from: date,
          valid_to: null,
          family_size: d.family.familySize,
          gross_income: d.family.grossIncome,
          parameters_effective_from: d.parametersEffectiveFrom,
          parameters_status: d.parametersStatus,
          total_fee: d.total,
          decision_date: decisionDate,
          language: 'fi',
        })),
      )
      .execute();
    const rows = part.flatMap(({ id, d }) =>
      d.children.map((c) => ({
        fee_decision_id: id,
        child_id: c.child.childId,
        placement_id: c.child.placementId,
        hours_per_month: c.child.hoursPerMonth,
        sibling_order: c.siblingOrder,
        base_fee: c.baseFee,
        sibling_percent: c.siblingPercent,
        service_need_percent: c.serviceNeedPercent,
        fee: c.fee,
      })),
    );
    for (let j = 0; j < rows.length; j += CHUNK) await tx.insertInto('ecec_fee_decision_child').values(rows.slice(j, j + CHUNK)).execute();
  }
  return { decisions: withFees.length, children: placements.length };
}
