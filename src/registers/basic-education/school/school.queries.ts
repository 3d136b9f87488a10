import type { ReadTx, Tx } from '../../../core/db/database.ts';

export const STAFF_TITLES = ['teacher', 'class_teacher', 'subject_teacher', 'special_teacher', 'principal', 'school_secretary', 'school_assistant', 'counsellor', 'school_social_worker', 'school_psychologist', 'school_nurse', 'other'];

export async function insertSchool(tx: Tx, s: { name: string; language: 'fi' | 'sv' | 'en'; schoolCode?: string | null; oid?: string | null; municipalityCode?: string | null; firstGrade?: number; lastGrade?: number; streetAddress?: string | null; postalCode?: string | null; postOffice?: string | null }) {
  const unit = await tx
    .insertInto('organisation_unit')
    .values({ name: s.name, kind: 'school', register_id: 'basic-education', language: s.language, street_address: s.streetAddress ?? null, postal_code: s.postalCode ?? null, post_office: s.postOffice ?? null })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('be_school')
    .values({ unit_id: unit.id, school_code: s.schoolCode ?? null, oid: s.oid ?? null, municipality_code: s.municipalityCode ?? null, teaching_language: s.language, first_grade: s.firstGrade ?? 1, last_grade: s.lastGrade ?? 9 })
    .execute();
  return unit.id;
}

export async function insertGroup(tx: Tx, g: { schoolId: string; schoolYear: number; name: string; kind: 'class' | 'teaching_group'; grade?: number | null; subjectCode?: string | null }) {
  const row = await tx
    .insertInto('be_group')
    .values({ school_id: g.schoolId, school_year: g.schoolYear, name: g.name, kind: g.kind, grade: g.grade ?? null, subject_code: g.subjectCode ?? null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertStaff(tx: Tx, s: { schoolId: string; personId?: string | null; userId?: string | null; firstNames: string; lastName: string; title: string; subjects?: string[]; phone?: string | null; email?: string | null; validFrom: string; validTo?: string | null }) {
  const row = await tx
    .insertInto('be_staff')
    .values({ school_id: s.schoolId, person_id: s.personId ?? null, user_id: s.userId ?? null, first_names: s.firstNames, last_name: s.lastName, title: s.title, subjects: s.subjects ?? [], phone: s.phone ?? null, email: s.email ?? null, valid_from: s.validFrom, valid_to: s.validTo ?? null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function addGroupMember(tx: Tx, m: { groupId: string; pupilId: string; validFrom: string; validTo?: string | null }) {
  const row = await tx.insertInto('be_group_member').values({ group_id: m.groupId, pupil_id: m.pupilId, valid_from: m.validFrom, valid_to: m.validTo ?? null }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function getSchool(db: ReadTx, schoolId: string) {
  return db
    .selectFrom('organisation_unit as u')
    .innerJoin('be_school as s', 's.unit_id', 'u.id')
    .select(['u.id', 'u.name', 'u.street_address', 'u.postal_code', 'u.post_office', 's.school_code', 's.oid', 's.teaching_language', 's.first_grade', 's.last_grade', 's.municipality', 's.municipality_code'])
    .where('u.id', '=', schoolId)
    .executeTakeFirst();
}

export async function getGroupMembers(db: ReadTx, groupId: string, on: string) {
  return db
    .selectFrom('be_group_member as m')
    .innerJoin('person as p', 'p.id', 'm.pupil_id')
    .select(['p.id', 'p.first_names', 'p.last_name', 'p.birth_date', 'm.valid_from', 'm.valid_to'])
    .where('m.group_id', '=', groupId)
    .where('m.valid_from', '<=', on)
    .where((eb) => eb.or([eb('m.valid_to', 'is', null), eb('m.valid_to', '>=', on)]))
    .orderBy('p.last_name')
    .orderBy('p.first_names')
    .execute();
}

/** Changes a school's register details; the name and address live on the organisation unit. */
export async function updateSchool(
  tx: Tx,
  schoolId: string,
  s: { name?: string; schoolCode?: string | null; oid?: string | null; municipalityCode?: string | null; firstGrade?: number; lastGrade?: number; streetAddress?: string | null; postalCode?: string | null; postOffice?: string | null; municipality?: string },
) {
  const unit = { name: s.name, street_address: s.streetAddress, postal_code: s.postalCode, post_office: s.postOffice };
  if (Object.values(unit).some((v) => v !== undefined)) await tx.updateTable('organisation_unit').set(unit).where('id', '=', schoolId).execute();
  const school = { school_code: s.schoolCode, oid: s.oid, municipality_code: s.municipalityCode, first_grade: s.firstGrade, last_grade: s.lastGrade, municipality: s.municipality };
  if (Object.values(school).some((v) => v !== undefined)) await tx.updateTable('be_school').set(school).where('unit_id', '=', schoolId).execute();
}
