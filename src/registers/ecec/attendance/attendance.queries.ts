// Attendance queries: a child's month, a unit's day and month, and replacing a child's day.
import { sql } from 'kysely';
import type { ReadTx, Tx } from '../../../core/db/database.ts';
import { monthRange } from '../dates.ts';
import { ABSENCE_TYPES, hoursOf, minutes, type AttendanceDay, type AttendanceInterval, type ReservationInterval } from './attendance.ts';

const hhmm = (col: string) => sql<string>`to_char(${sql.ref(col)}, 'HH24:MI')`;
const activeOn = (day: string) => sql<boolean>`p.start_date <= ${day}::date and (p.end_date is null or p.end_date >= ${day}::date)`;
const overlapsMonth = (from: string, to: string) => sql<boolean>`p.start_date <= ${to}::date and (p.end_date is null or p.end_date >= ${from}::date)`;

/** The child's placement on a day (at most one: placements of a child never overlap). */
export async function placementOn(db: ReadTx, childId: string, day: string) {
  return db
    .selectFrom('ecec_placement as p')
    .select(['p.id', 'p.unit_id', 'p.hours_per_month'])
    .where('p.child_id', '=', childId)
    .where(activeOn(day))
    .executeTakeFirst();
}

/** Realised hours of a month against the service need; an overrun of the hours is flagged. */
export async function monthlySummary(db: ReadTx, childId: string, month: string) {
  const { from, to } = monthRange(month);
  const attendances = await db
    .selectFrom('ecec_attendance')
    .select(['date', hhmm('arrived').as('arrived'), sql<string | null>`to_char(departed, 'HH24:MI')`.as('departed')])
    .where('child_id', '=', childId)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .orderBy('date')
    .orderBy('arrived')
    .execute();
  const reservations = await db
    .selectFrom('ecec_reservation')
    .select(['date', hhmm('start_time').as('start'), hhmm('end_time').as('end')])
    .where('child_id', '=', childId)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .orderBy('date')
    .execute();
  const absences = await db.selectFrom('ecec_absence').select(['date', 'type']).where('child_id', '=', childId).where('date', '>=', from).where('date', '<=', to).orderBy('date').execute();
  const placement = await db
    .selectFrom('ecec_placement as p')
    .select(sql<number | null>`max(p.hours_per_month)`.as('hours'))
    .where('p.child_id', '=', childId)
    .where(overlapsMonth(from, to))
    .executeTakeFirst();
  const realisedMinutes = attendances.reduce((s, a) => s + (a.departed ? minutes(a.departed) - minutes(a.arrived) : 0), 0);
  const reservedMinutes = reservations.reduce((s, r) => s + minutes(r.end) - minutes(r.start), 0);
  const serviceNeedHours = placement?.hours == null ? null : Number(placement.hours);
  const realisedHours = hoursOf(realisedMinutes);
  return {
    month,
    serviceNeedHours,
    realisedHours,
    reservedHours: hoursOf(reservedMinutes),
    overrun: serviceNeedHours !== null && realisedHours > serviceNeedHours,
    absencesByType: Object.fromEntries(ABSENCE_TYPES.map((t) => [t, absences.filter((a) => a.type === t).length])),
    attendances,
    reservations,
    absences,
  };
}

/**
 * A unit's day (eVaka's unit attendance view): every child placed in the unit (or one of its
 * groups) on the day, with the guardians' reservations, the realised stays and the absence.
 */
export async function getUnitDay(db: ReadTx, unitId: string, date: string, groupId: string | null) {
  const children = await db
    .selectFrom('ecec_placement as p')
    .innerJoin('person as c', 'c.id', 'p.child_id')
    .leftJoin('ecec_group as g', 'g.id', 'p.group_id')
    .select([
      'c.id',
      'c.first_names as firstNames',
      'c.last_name as lastName',
      'c.birth_date as birthDate',
      'p.id as placementId',
      'p.group_id as groupId',
      'g.name as groupName',
      'p.type as placementType',
      'p.hours_per_month as hoursPerMonth',
    ])
    .where('p.unit_id', '=', unitId)
    .where(activeOn(date))
    .$if(groupId !== null, (q) => q.where('p.group_id', '=', groupId!))
    .orderBy('c.last_name')
    .orderBy('c.first_names')
    .orderBy('c.id')
    .execute();
  const ids = children.map((c) => c.id);
  if (ids.length === 0) return [];
  const [reservations, attendances, absences] = await Promise.all([
    db
      .selectFrom('ecec_reservation')
      .select(['child_id', hhmm('start_time').as('start'), hhmm('end_time').as('end')])
      .where('child_id', 'in', ids)
      .where('date', '=', date)
      .orderBy('start_time')
      .execute(),
    db
      .selectFrom('ecec_attendance')
      .select(['child_id', hhmm('arrived').as('arrived'), sql<string | null>`to_char(departed, 'HH24:MI')`.as('departed')])
      .where('child_id', 'in', ids)
      .where('date', '=', date)
      .orderBy('arrived')
      .execute(),
    db.selectFrom('ecec_absence').select(['child_id', 'type']).where('child_id', 'in', ids).where('date', '=', date).execute(),
  ]);
  return children.map((c) => ({
    ...c,
    reservations: reservations.filter((r) => r.child_id === c.id).map(({ start, end }) => ({ start, end })),
    attendances: attendances.filter((a) => a.child_id === c.id).map(({ arrived, departed }) => ({ arrived, departed })),
    absenceType: absences.find((a) => a.child_id === c.id)?.type ?? null,
  }));
}

/**
 * The month of every child placed in the unit (or group) during it: realised and reserved
 * hours against the service need, computed in the database in one pass per table. The figures
 * are those of {@link monthlySummary} (all of the child's stays in the month, the highest
 * service need of the month), so the unit view and the child's card never disagree.
 */
export async function getUnitMonth(db: ReadTx, unitId: string, month: string, groupId: string | null) {
  const { from, to } = monthRange(month);
  const rows = await db
    .with('kids', (qb) =>
      qb
        .selectFrom('ecec_placement as p')
        .select('p.child_id')
        .distinct()
        .where('p.unit_id', '=', unitId)
        .where(overlapsMonth(from, to))
        .$if(groupId !== null, (q) => q.where('p.group_id', '=', groupId!)),
    )
    .selectFrom('kids as k')
    .innerJoin('person as c', 'c.id', 'k.child_id')
    .select([
      'c.id',
      'c.first_names as firstNames',
      'c.last_name as lastName',
      'c.birth_date as birthDate',
      sql<number | null>`(select max(p.hours_per_month) from ecec_placement p where p.child_id = c.id and ${overlapsMonth(from, to)})`.as('serviceNeedHours'),
      sql<number>`(select coalesce(sum(extract(epoch from (a.departed - a.arrived)) / 60), 0)::int from ecec_attendance a
        where a.child_id = c.id and a.date between ${from}::date and ${to}::date and a.departed is not null)`.as('realisedMinutes'),
      sql<number>`(select coalesce(sum(extract(epoch from (r.end_time - r.start_time)) / 60), 0)::int from ecec_reservation r
        where r.child_id = c.id and r.date between ${from}::date and ${to}::date)`.as('reservedMinutes'),
      sql<number>`(select count(*)::int from ecec_absence b where b.child_id = c.id and b.date between ${from}::date and ${to}::date)`.as('absenceDays'),
    ])
    .orderBy('c.last_name')
    .orderBy('c.first_names')
    .orderBy('c.id')
    .execute();
  return rows.map(({ realisedMinutes, reservedMinutes, serviceNeedHours, ...r }) => {
    const need = serviceNeedHours == null ? null : Number(serviceNeedHours);
    const realisedHours = hoursOf(Number(realisedMinutes));
    return { ...r, serviceNeedHours: need, realisedHours, reservedHours: hoursOf(Number(reservedMinutes)), overrun: need !== null && realisedHours > need };
  });
}

/** Replaces what was marked for the child on the day (checked stays, or an absence, or nothing). */
export async function replaceDay(tx: Tx, childId: string, unitId: string, date: string, stays: AttendanceInterval[], absenceType: AttendanceDay['absenceType']) {
  await tx.deleteFrom('ecec_attendance').where('child_id', '=', childId).where('date', '=', date).execute();
  await tx.deleteFrom('ecec_absence').where('child_id', '=', childId).where('date', '=', date).execute();
  if (stays.length > 0) {
    await tx
      .insertInto('ecec_attendance')
      .values(stays.map((s) => ({ child_id: childId, unit_id: unitId, date, arrived: s.arrived, departed: s.departed })))
      .execute();
  }
  if (absenceType !== null) await tx.insertInto('ecec_absence').values({ child_id: childId, date, type: absenceType }).execute();
}

/**
 * Replaces the child's reservations of the day (checked, possibly none: the reservation is
 * removed), entered by staff (`userId`) or by a guardian themselves (`personId`).
 */
export async function replaceReservations(tx: Tx, childId: string, date: string, reservations: ReservationInterval[], userId: string | null, personId: string | null = null) {
  await tx.deleteFrom('ecec_reservation').where('child_id', '=', childId).where('date', '=', date).execute();
  if (reservations.length > 0) {
    await tx
      .insertInto('ecec_reservation')
      .values(reservations.map((r) => ({ child_id: childId, date, start_time: r.start, end_time: r.end, created_by_user_id: userId, created_by_person_id: personId })))
      .execute();
  }
}
