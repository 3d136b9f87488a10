import { sql } from 'kysely';
import type { ReadTx, Tx } from '../../../core/db/database.ts';
import type { Clock } from '../../../core/clock.ts';
import { parameterOn, schoolYearEnd, schoolYearOf, schoolYearStart } from '../parameters.ts';

/**
 * After absences are recorded: raises (or updates) the school's alert for every pupil whose
 * unauthorised absences in the school year now exceed the municipal threshold.
 *
 * An open alert follows the count. An acknowledged alert keeps the count it was handled at;
 * when a later unauthorised absence brings the count past it, a new alert is raised, so a
 * pupil who keeps missing lessons after the school acted is brought up again (and the old
 * alert stays as the record of who handled it and what was done).
 *
 * @returns the pupils with an open alert after the update.
 */
export async function updateAbsenceAlerts(tx: Tx, clock: Clock, a: { schoolId: string; pupilIds: string[]; date: string }) {
  if (a.pupilIds.length === 0) return [];
  const year = schoolYearOf(a.date);
  const threshold = await parameterOn(tx, 'absence.unauthorised_alert_lessons', a.date);
  const counts = await tx
    .selectFrom('be_absence as ab')
    .innerJoin('be_lesson as l', 'l.id', 'ab.lesson_id')
    .innerJoin('be_group as g', 'g.id', 'l.group_id')
    .select(['ab.pupil_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('ab.pupil_id', 'in', a.pupilIds)
    .where('ab.kind', '=', 'unauthorised')
    .where('g.school_id', '=', a.schoolId)
    .where('l.lesson_date', '>=', schoolYearStart(year))
    .where('l.lesson_date', '<=', schoolYearEnd(year))
    .groupBy('ab.pupil_id')
    .execute();
  const over = counts.filter((c) => Number(c.n) > threshold);
  if (over.length === 0) return [];
  // The latest alert of each pupil's school year: the open one if any, else the last handled.
  const latest = await tx
    .selectFrom('be_absence_alert')
    .select(['id', 'pupil_id', 'unauthorised_lessons', 'acknowledged_at'])
    .distinctOn('pupil_id')
    .where('pupil_id', 'in', over.map((c) => c.pupil_id))
    .where('school_id', '=', a.schoolId)
    .where('school_year', '=', year)
    .orderBy('pupil_id')
    .orderBy(sql`acknowledged_at is null`, 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('unauthorised_lessons', 'desc')
    .execute();
  const byPupil = new Map(latest.map((l) => [l.pupil_id, l]));
  const alerted: string[] = [];
  for (const c of over) {
    const n = Number(c.n);
    const last = byPupil.get(c.pupil_id);
    if (last && last.acknowledged_at === null) {
      await tx.updateTable('be_absence_alert').set({ unauthorised_lessons: n }).where('id', '=', last.id).execute();
    } else if (!last || n > last.unauthorised_lessons) {
      await tx
        .insertInto('be_absence_alert')
        .values({ pupil_id: c.pupil_id, school_id: a.schoolId, school_year: year, unauthorised_lessons: n, threshold, created_at: clock.now() })
        .execute();
    } else continue;
    alerted.push(c.pupil_id);
  }
  return alerted;
}

export interface AttendanceReportRow {
  pupil_id: string;
  last_name: string;
  first_names: string;
  class_name: string | null;
  lessons: number;
  authorised: number;
  unauthorised: number;
  late: number;
}

/**
 * A school's attendance report for a period: per pupil enrolled in the school, the lessons of
 * their groups held while they were members, and their absences by kind. One query.
 *
 * Lessons are counted per group and day first and then summed over each membership's days, so
 * the work grows with groups × days rather than pupils × lessons; absences are reached from the
 * school's pupils through the pupil index, never by scanning the city's absences.
 */
export async function attendanceReport(db: ReadTx, schoolId: string, from: string, to: string): Promise<AttendanceReportRow[]> {
  const { rows } = await sql<AttendanceReportRow>`
    with pupils as (
      select distinct on (e.pupil_id) e.pupil_id, g.name as class_name
      from be_enrolment e left join be_group g on g.id = e.class_id
      where e.school_id = ${schoolId} and e.start_date <= ${to} and (e.end_date is null or e.end_date >= ${from})
      order by e.pupil_id, e.start_date desc
    ),
    memberships as (
      select m.pupil_id, m.group_id, greatest(m.valid_from, ${from}::date) as first_day, least(coalesce(m.valid_to, ${to}::date), ${to}::date) as last_day
      from pupils p
      join be_group_member m on m.pupil_id = p.pupil_id and m.valid_from <= ${to} and (m.valid_to is null or m.valid_to >= ${from})
      join be_group g on g.id = m.group_id and g.school_id = ${schoolId}
    ),
    group_days as (
      select l.group_id, l.lesson_date, count(*)::int as n
      from be_lesson l
      where l.group_id in (select group_id from memberships) and l.lesson_date between ${from} and ${to}
      group by l.group_id, l.lesson_date
    ),
    lessons as (
      select ms.pupil_id, sum(gd.n)::int as lessons
      from memberships ms
      join group_days gd on gd.group_id = ms.group_id and gd.lesson_date between ms.first_day and ms.last_day
      group by ms.pupil_id
    ),
    absences as (
      select a.pupil_id,
        count(*) filter (where a.kind = 'authorised')::int as authorised,
        count(*) filter (where a.kind = 'unauthorised')::int as unauthorised,
        count(*) filter (where a.kind = 'late')::int as late
      from pupils p
      join be_absence a on a.pupil_id = p.pupil_id
      join be_lesson l on l.id = a.lesson_id and l.lesson_date between ${from} and ${to}
      join be_group g on g.id = l.group_id and g.school_id = ${schoolId}
      group by a.pupil_id
    )
    select p.pupil_id, pe.last_name, pe.first_names, p.class_name,
      coalesce(l.lessons, 0) as lessons, coalesce(a.authorised, 0) as authorised,
      coalesce(a.unauthorised, 0) as unauthorised, coalesce(a.late, 0) as late
    from pupils p
    join person pe on pe.id = p.pupil_id
    left join lessons l on l.pupil_id = p.pupil_id
    left join absences a on a.pupil_id = p.pupil_id
    order by p.class_name nulls last, pe.last_name, pe.first_names`.execute(db);
  return rows;
}

export interface PupilAbsence {
  id: string;
  date: string;
  period: number;
  subject_code: string | null;
  group_name: string;
  school_id: string;
  school_name: string;
  kind: 'authorised' | 'unauthorised' | 'late';
  reason: string | null;
}

/** A pupil's lesson absences in a period, in lesson order, with the group and school of the lesson. */
export async function pupilAbsences(db: ReadTx, pupilId: string, from: string, to: string): Promise<PupilAbsence[]> {
  const rows = await db
    .selectFrom('be_absence as a')
    .innerJoin('be_lesson as l', 'l.id', 'a.lesson_id')
    .innerJoin('be_group as g', 'g.id', 'l.group_id')
    .innerJoin('organisation_unit as u', 'u.id', 'g.school_id')
    .select(['a.id', 'l.lesson_date as date', 'l.period', 'l.subject_code', 'g.subject_code as group_subject', 'g.name as group_name', 'g.school_id', 'u.name as school_name', 'a.kind', 'a.reason'])
    .where('a.pupil_id', '=', pupilId)
    .where('l.lesson_date', '>=', from)
    .where('l.lesson_date', '<=', to)
    .orderBy('l.lesson_date')
    .orderBy('l.period')
    .execute();
  return rows.map(({ group_subject, ...r }) => ({ ...r, subject_code: r.subject_code ?? group_subject, kind: r.kind as PupilAbsence['kind'] }));
}

/** Lessons held in a pupil's groups while the pupil was a member, in a period. */
export async function pupilLessonCount(db: ReadTx, pupilId: string, from: string, to: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n
    from be_group_member m
    join be_lesson l on l.group_id = m.group_id
      and l.lesson_date between greatest(m.valid_from, ${from}::date) and least(coalesce(m.valid_to, ${to}::date), ${to}::date)
    where m.pupil_id = ${pupilId}`.execute(db);
  return Number(rows[0]?.n ?? 0);
}
