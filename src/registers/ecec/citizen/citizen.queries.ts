// Queries of a guardian's own ECEC pages (kuntalainen). Access is decided before these run
// (citizen actions); the queries take ids already allowed.
import { sql } from 'kysely';
import type { ReadTx, Tx } from '../../../core/db/database.ts';
import { addDays } from '../../../core/calendar/working-days.ts';
import { badRequest } from '../../../core/http/errors.ts';
import { monthRange } from '../dates.ts';
import { monthlySummary, replaceReservations } from '../attendance/attendance.queries.ts';
import { CITIZEN_ABSENCE_TYPES, dayOpenness, type CalendarRule, type CitizenAbsenceType } from './citizen-calendar.ts';

/** The guardian's children who have an ECEC placement today or later, with that placement. */
export async function ececChildren(db: ReadTx, childIds: string[], today: string) {
  if (childIds.length === 0) return [];
  const rows = await db
    .selectFrom('person as c')
    .innerJoin('ecec_placement as p', 'p.child_id', 'c.id')
    .innerJoin('organisation_unit as o', 'o.id', 'p.unit_id')
    .select(['c.id', 'c.first_names as firstNames', 'c.last_name as lastName', 'c.birth_date as birthDate', 'o.name as unitName', 'p.type', 'p.start_date as startDate', 'p.end_date as endDate'])
    .where('c.id', 'in', childIds)
    .where((eb) => eb.or([eb('p.end_date', 'is', null), eb('p.end_date', '>=', today)]))
    .orderBy('c.birth_date')
    .orderBy('c.id')
    .orderBy('p.start_date')
    .execute();
  const byChild = new Map<string, (typeof rows)[number]>();
  // The placement in force today, else the next one.
  for (const r of rows) if (!byChild.has(r.id)) byChild.set(r.id, r);
  return [...byChild.values()].map((r) => ({
    id: r.id,
    firstNames: r.firstNames,
    lastName: r.lastName,
    birthDate: r.birthDate,
    placement: { unitName: r.unitName, type: r.type, startDate: r.startDate, endDate: r.endDate },
  }));
}

/**
 * The child's month as the guardian sees it: each day with the placement's unit, the
 * reservations, the absence, the realised stays, and whether the guardian may still change it.
 * The figures are {@link monthlySummary}'s, the staff view's.
 */
export async function citizenMonth(db: ReadTx, childId: string, month: string, today: string, rule: CalendarRule) {
  const summary = await monthlySummary(db, childId, month);
  const { from, to } = monthRange(month);
  const placements = await db
    .selectFrom('ecec_placement as p')
    .innerJoin('organisation_unit as o', 'o.id', 'p.unit_id')
    .select(['p.start_date', 'p.end_date', 'o.name'])
    .where('p.child_id', '=', childId)
    .where('p.start_date', '<=', to)
    .where((eb) => eb.or([eb('p.end_date', 'is', null), eb('p.end_date', '>=', from)]))
    .execute();
  const days = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const p = placements.find((x) => x.start_date <= d && (x.end_date === null || x.end_date >= d));
    const open = p ? dayOpenness(rule, d, today) : { reservable: false, absenceReportable: false };
    const absence = summary.absences.find((a) => a.date === d) ?? null;
    days.push({
      date: d,
      unitName: p?.name ?? null,
      reservations: summary.reservations.filter((r) => r.date === d).map(({ start, end }) => ({ start, end })),
      attendances: summary.attendances.filter((a) => a.date === d).map(({ arrived, departed }) => ({ arrived, departed })),
      absenceType: absence?.type ?? null,
      // A guardian changes only what guardians may notify; other marks are the unit's.
      reservable: open.reservable && (absence === null || (CITIZEN_ABSENCE_TYPES as readonly string[]).includes(absence.type)),
      absenceReportable: open.absenceReportable && (absence === null || (CITIZEN_ABSENCE_TYPES as readonly string[]).includes(absence.type)),
    });
  }
  return {
    month,
    serviceNeedHours: summary.serviceNeedHours,
    reservedHours: summary.reservedHours,
    realisedHours: summary.realisedHours,
    rule,
    days,
  };
}

/**
 * Replaces what guardians entered for the child on a day: the reservations, and an absence
 * notice (sick/other). An absence the unit marked (another type) is left alone and refuses the
 * change; an absence notice removes the day's reservations.
 */
export async function replaceCitizenDay(
  tx: Tx,
  childId: string,
  date: string,
  reservations: { start: string; end: string }[],
  absence: CitizenAbsenceType | null,
  personId: string,
) {
  // Serialise two guardians changing the same child's day.
  await sql`select pg_advisory_xact_lock(hashtext(${childId + date}))`.execute(tx);
  const marked = await tx.selectFrom('ecec_absence').select('type').where('child_id', '=', childId).where('date', '=', date).executeTakeFirst();
  if (marked && !(CITIZEN_ABSENCE_TYPES as readonly string[]).includes(marked.type)) {
    throw badRequest('absence_marked_by_unit', {
      fi: 'Yksikkö on merkinnyt päivälle poissaolon. Ota yhteyttä yksikköön.',
      sv: 'Enheten har antecknat frånvaro för dagen. Kontakta enheten.',
      en: 'The unit has marked an absence for this day. Contact the unit.',
    });
  }
  await replaceReservations(tx, childId, date, reservations, null, personId);
  await tx.deleteFrom('ecec_absence').where('child_id', '=', childId).where('date', '=', date).execute();
  if (absence !== null) await tx.insertInto('ecec_absence').values({ child_id: childId, date, type: absence, reported_by_person_id: personId }).execute();
}

/** Versions of the child's ECEC plan that staff made visible to guardians, without authors. */
export async function visibleVasuVersions(db: ReadTx, childId: string) {
  const rows = await db
    .selectFrom('ecec_vasu_version')
    .select(['id', 'version', 'sections', 'created_at'])
    .where('child_id', '=', childId)
    .where('visible_to_guardians', '=', true)
    .orderBy('version', 'desc')
    .execute();
  return rows.map((r) => ({ id: r.id, version: r.version, sections: r.sections as unknown as { id: string; title: string; content: string }[], createdAt: new Date(r.created_at).toISOString() }));
}

/** Placement decisions of the children, and the sent fee and voucher value decisions of the resident. */
export async function citizenDecisions(db: ReadTx, personId: string, childIds: string[]) {
  const placement = childIds.length
    ? await db
        .selectFrom('ecec_placement_decision as d')
        .innerJoin('ecec_placement as p', 'p.id', 'd.placement_id')
        .innerJoin('person as c', 'c.id', 'p.child_id')
        .innerJoin('organisation_unit as o', 'o.id', 'p.unit_id')
        .select(['d.id', 'd.decision_date as decisionDate', 'c.id as childId', 'c.first_names as childFirstNames', 'o.name as unitName', 'p.start_date as startDate', 'p.end_date as endDate'])
        .where('p.child_id', 'in', childIds)
        .orderBy('d.decision_date', 'desc')
        .execute()
    : [];
  const mine = (eb: any) => eb.or([eb('head_of_family_id', '=', personId), eb('partner_id', '=', personId)]);
  const fee = await db
    .selectFrom('ecec_fee_decision')
    .select(['id', 'decision_number as decisionNumber', 'decision_date as decisionDate', 'valid_from as validFrom', 'valid_to as validTo', 'total_fee as totalFee'])
    .where('status', '=', 'sent')
    .where(mine)
    .orderBy('valid_from', 'desc')
    .execute();
  const voucher = await db
    .selectFrom('ecec_voucher_value_decision as v')
    .innerJoin('person as c', 'c.id', 'v.child_id')
    .select(['v.id', 'v.decision_number as decisionNumber', 'v.decision_date as decisionDate', 'v.valid_from as validFrom', 'v.valid_to as validTo', 'v.co_payment as coPayment', 'c.first_names as childFirstNames'])
    .where('v.status', '=', 'sent')
    .where((eb) => eb.or([eb('v.head_of_family_id', '=', personId), eb('v.partner_id', '=', personId)]))
    .orderBy('v.valid_from', 'desc')
    .execute();
  return {
    placementDecisions: placement,
    feeDecisions: fee.map((f) => ({ ...f, totalFee: Number(f.totalFee) })),
    voucherValueDecisions: voucher.map((v) => ({ ...v, coPayment: Number(v.coPayment) })),
  };
}
