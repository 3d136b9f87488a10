// Reads for the month's charge (kuukausimaksu): set-based, one query per table for any number
// of children, so that a municipality-wide month (35 000 children) is a handful of indexed
// range reads and a pass in memory, never a loop of per-child queries.
import { sql, type RawBuilder } from 'kysely';
import type { ReadTx } from '../../../core/db/database.ts';
import { addMonths, monthRange } from '../dates.ts';
import type { AbsenceType } from '../attendance/attendance.ts';
import { monthlyFee, monthOperatingDays, type DateRange, type MonthlyAbsence, type MonthlyFee, type MonthlyFeeDecisionPart, type MonthlyFeeRule } from './monthly-fee.ts';

/** The municipal rule row in force on the month's first day, or null when none is. */
export async function getMonthlyFeeRule(db: ReadTx, month: string): Promise<MonthlyFeeRule | null> {
  const { from } = monthRange(month);
  const row = await db
    .selectFrom('ecec_monthly_fee_rule')
    .select(['daily_fee_divisor', 'sick_days_for_reduced_fee', 'reduced_fee_percent', 'full_month_absence_requires_notice', 'force_majeure_refunded', 'free_month', 'free_month_min_months'])
    .where('effective_from', '<=', from)
    .where((eb) => eb.or([eb('effective_to', 'is', null), eb('effective_to', '>=', from)]))
    .executeTakeFirst();
  if (!row) return null;
  return {
    dailyFeeDivisor: row.daily_fee_divisor,
    sickDaysForReducedFee: row.sick_days_for_reduced_fee,
    reducedFeePercent: row.reduced_fee_percent,
    fullMonthAbsenceRequiresNotice: row.full_month_absence_requires_notice,
    forceMajeureRefunded: row.force_majeure_refunded,
    freeMonth: row.free_month,
    freeMonthMinMonths: row.free_month_min_months,
  };
}

/** One collator for the whole sort: `localeCompare(…, 'fi')` builds one per comparison. */
const byName = new Intl.Collator('fi').compare;

export interface ChildMonthlyFee {
  childId: string;
  firstNames: string;
  lastName: string;
  /** The unit of the child's last placement in the month. */
  unitId: string;
  unitName: string;
  fee: MonthlyFee;
}

/**
 * The month's charge of every child placed during the month, in one unit (`unitId`) or of the
 * given children (`childIds`), or everywhere. A child placed in the unit for part of the month
 * is listed with the whole month's charge: the charge is the child's, not the unit's.
 */
export async function getMonthlyFees(db: ReadTx, month: string, rule: MonthlyFeeRule, filter: { unitId?: string; childIds?: string[] }): Promise<ChildMonthlyFee[]> {
  const { from, to } = monthRange(month);
  // The free summer month looks back at most 12 months for an unbroken placement.
  const historyFrom = addMonths(from, -12);
  const kids = sql`
    select distinct p.child_id from ecec_placement p
    where p.start_date <= ${to}::date and (p.end_date is null or p.end_date >= ${from}::date)
      ${filter.unitId ? sql`and p.unit_id = ${filter.unitId}::uuid` : sql``}
      ${filter.childIds ? sql`and p.child_id = any(${filter.childIds}::uuid[])` : sql``}`;
  // Each read comes back as one JSON text: a municipality's month is some 35 000 children,
  // placements and decisions and 200 000 absences, and parsing one text is far faster than as
  // many rows one by one in the driver.
  const rowsOf = async <T>(query: RawBuilder<unknown>, order: RawBuilder<unknown> = sql``): Promise<T[]> => {
    const r = await sql<{ rows: string | null }>`select json_agg(x ${order})::text as rows from (${query}) x`.execute(db);
    return r.rows[0]?.rows ? (JSON.parse(r.rows[0].rows) as T[]) : [];
  };
  const [children, placements, decisions, absences] = await Promise.all([
    rowsOf<{ child_id: string; first_names: string; last_name: string; unit_id: string; unit_name: string }>(sql`
      with kids as (${kids})
      select distinct on (p.child_id) p.child_id, pe.first_names, pe.last_name, p.unit_id, ou.name as unit_name
      from ecec_placement p
      join kids k on k.child_id = p.child_id
      join person pe on pe.id = p.child_id
      join organisation_unit ou on ou.id = p.unit_id
      where p.start_date <= ${to}::date and (p.end_date is null or p.end_date >= ${from}::date)
      order by p.child_id, p.start_date desc`),
    rowsOf<{ child_id: string; start_date: string; end_date: string | null }>(sql`
      with kids as (${kids})
      select p.child_id, p.start_date, p.end_date
      from ecec_placement p join kids k on k.child_id = p.child_id
      where p.start_date <= ${to}::date and (p.end_date is null or p.end_date >= ${historyFrom}::date)`),
    rowsOf<{ child_id: string; decision_id: string; valid_from: string; valid_to: string | null; fee: number }>(
      sql`
      with kids as (${kids})
      select c.child_id, d.id as decision_id, d.valid_from, d.valid_to, c.fee
      from ecec_fee_decision_child c
      join kids k on k.child_id = c.child_id
      join ecec_fee_decision d on d.id = c.fee_decision_id
      where d.status = 'sent' and d.valid_from <= ${to}::date and (d.valid_to is null or d.valid_to >= ${from}::date)`,
      sql`order by x.valid_from`,
    ),
    // Notified in advance (ennalta ilmoitettu): a planned absence, or one recorded before its day
    // (Finnish time: an absence marked in the morning of the day is not in advance).
    rowsOf<{ child_id: string; date: string; type: AbsenceType; notified_in_advance: boolean }>(sql`
      with kids as (${kids})
      select a.child_id, a.date, a.type,
        (a.type = 'planned' or (a.created_at at time zone 'Europe/Helsinki')::date < a.date) as notified_in_advance
      from ecec_absence a join kids k on k.child_id = a.child_id
      where a.date between ${from}::date and ${to}::date`),
  ]);
  const group = <T extends { child_id: string }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) {
      const list = m.get(r.child_id);
      if (list) list.push(r);
      else m.set(r.child_id, [r]);
    }
    return m;
  };
  const placementsBy = group(placements);
  const decisionsBy = group(decisions);
  const absencesBy = group(absences);
  const operatingDays = monthOperatingDays(month);
  return children
    .map((c) => {
      const childPlacements: DateRange[] = (placementsBy.get(c.child_id) ?? []).map((p) => ({ start: p.start_date, end: p.end_date }));
      const childDecisions: MonthlyFeeDecisionPart[] = (decisionsBy.get(c.child_id) ?? []).map((d) => ({ decisionId: d.decision_id, validFrom: d.valid_from, validTo: d.valid_to, fee: Number(d.fee) }));
      const childAbsences: MonthlyAbsence[] = (absencesBy.get(c.child_id) ?? []).map((a) => ({ date: a.date, type: a.type, notifiedInAdvance: a.notified_in_advance }));
      return {
        childId: c.child_id,
        firstNames: c.first_names,
        lastName: c.last_name,
        unitId: c.unit_id,
        unitName: c.unit_name,
        fee: monthlyFee({ month, operatingDays, rule, decisions: childDecisions, placements: childPlacements, absences: childAbsences }),
      };
    })
    .sort((a, b) => byName(a.unitName, b.unitName) || byName(a.lastName, b.lastName) || byName(a.firstNames, b.firstNames) || (a.childId < b.childId ? -1 : 1));
}
