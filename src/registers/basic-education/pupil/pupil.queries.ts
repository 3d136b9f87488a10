import { sql } from 'kysely';
import type { ReadTx, Tx } from '../../../core/db/database.ts';

export async function getPupilBasics(db: ReadTx, pupilId: string) {
  return db
    .selectFrom('person')
    .select(['id', 'first_names', 'calling_name', 'last_name', 'birth_date', 'native_language', 'contact_language'])
    .where('id', '=', pupilId)
    .executeTakeFirst();
}

/** Guardians (huoltajat) of a pupil on a date, from the person register. */
export async function getGuardians(db: ReadTx, pupilId: string, on: string) {
  return db
    .selectFrom('person_relationship as r')
    .innerJoin('person as p', 'p.id', 'r.person_id')
    .select(['p.id', 'p.first_names', 'p.last_name', 'p.phone', 'p.email', 'p.non_disclosure'])
    .where('r.kind', '=', 'guardian')
    .where('r.related_person_id', '=', pupilId)
    .where('r.valid_from', '<=', on)
    .where((eb) => eb.or([eb('r.valid_to', 'is', null), eb('r.valid_to', '>=', on)]))
    .execute();
}

export async function getEnrolments(db: ReadTx, pupilId: string) {
  return db
    .selectFrom('be_enrolment as e')
    .innerJoin('organisation_unit as u', 'u.id', 'e.school_id')
    .leftJoin('be_group as g', 'g.id', 'e.class_id')
    .select(['e.id', 'e.school_id', 'u.name as school_name', 'e.class_id', 'g.name as class_name', 'e.grade', 'e.start_date', 'e.end_date', 'e.end_reason', 'e.end_note'])
    .where('e.pupil_id', '=', pupilId)
    .orderBy('e.start_date')
    .execute();
}

/**
 * Enrols a pupil in a school. An open earlier enrolment ends the day before with the given
 * reason, and so do the pupil's open group memberships: the enrolment history keeps the move.
 */
export async function enrol(tx: Tx, e: { pupilId: string; schoolId: string; classId: string | null; grade: number; startDate: string; previousEndReason: string | null }) {
  const dayBefore = sql<string>`(${e.startDate}::date - 1)`;
  const open = await tx.selectFrom('be_enrolment').select(['id', 'start_date']).where('pupil_id', '=', e.pupilId).where('end_date', 'is', null).execute();
  for (const o of open) {
    await tx.updateTable('be_enrolment').set({ end_date: dayBefore, end_reason: e.previousEndReason }).where('id', '=', o.id).execute();
  }
  if (open.length) {
    await tx
      .updateTable('be_group_member')
      .set({ valid_to: dayBefore })
      .where('pupil_id', '=', e.pupilId)
      .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', e.startDate)]))
      .where('valid_from', '<', e.startDate)
      .execute();
  }
  const row = await tx
    .insertInto('be_enrolment')
    .values({ pupil_id: e.pupilId, school_id: e.schoolId, class_id: e.classId, grade: e.grade, start_date: e.startDate })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (e.classId) await tx.insertInto('be_group_member').values({ group_id: e.classId, pupil_id: e.pupilId, valid_from: e.startDate }).execute();
  return row.id;
}

export async function getSubjectChoices(db: ReadTx, pupilId: string) {
  return db.selectFrom('be_subject_choice').selectAll().where('pupil_id', '=', pupilId).orderBy('school_year').orderBy('kind').execute();
}

export async function getDecisions(db: ReadTx, pupilId: string) {
  return db.selectFrom('be_decision').selectAll().where('pupil_id', '=', pupilId).orderBy('decided_on').execute();
}

export async function getAssessments(db: ReadTx, pupilIds: string[], filter: { schoolYear?: number; kind?: string } = {}) {
  if (pupilIds.length === 0) return [];
  let q = db.selectFrom('be_assessment').selectAll().where('pupil_id', 'in', pupilIds);
  if (filter.schoolYear !== undefined) q = q.where('school_year', '=', filter.schoolYear);
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  return q.orderBy('school_year').orderBy('subject_code').execute();
}

/** Decisions of a kind in force on a date for the subject. */
export async function decisionInForce(db: ReadTx, pupilId: string, kind: string, subjectCode: string | null, on: string) {
  let q = db
    .selectFrom('be_decision')
    .select('id')
    .where('pupil_id', '=', pupilId)
    .where('kind', '=', kind)
    .where('valid_from', '<=', on)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', on)]));
  if (subjectCode) q = q.where('subject_code', '=', subjectCode);
  return q.executeTakeFirst();
}
