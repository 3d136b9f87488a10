// Roles and actions of the basic-education register. Denied by default: an action allows only
// what its rules list. Unit roles reach pupils through their school (enrolment) and teachers
// only through their own groups (custom rules that run as one query per check).
import { sql, type ExpressionBuilder } from 'kysely';
import type { DB } from '../../core/db/schema.generated.ts';
import { defineAction, globalRole, unitRole, type Rule } from '../../core/access/actions.ts';
import type { ReadTx } from '../../core/db/database.ts';
import type { RoleDefinition } from '../../core/access/roles.ts';

export const REGISTER_ID = 'basic-education';
export const R = {
  teacher: 'basic-education.teacher',
  principal: 'basic-education.principal',
  welfare: 'basic-education.pupil_welfare',
  secretary: 'basic-education.school_secretary',
  office: 'basic-education.education_office',
} as const;

export const roles: RoleDefinition[] = [
  { id: R.teacher, scope: 'unit', names: { fi: 'Opettaja', sv: 'Lärare', en: 'Teacher' } },
  { id: R.principal, scope: 'unit', names: { fi: 'Rehtori', sv: 'Rektor', en: 'Principal' } },
  { id: R.welfare, scope: 'unit', names: { fi: 'Oppilashuollon henkilöstö', sv: 'Elevvårdspersonal', en: 'Pupil welfare staff' } },
  { id: R.secretary, scope: 'unit', names: { fi: 'Koulusihteeri', sv: 'Skolsekreterare', en: 'School secretary' } },
  { id: R.office, scope: 'global', names: { fi: 'Opetustoimi', sv: 'Utbildningsväsendet', en: 'Education office' } },
];

// Unit staff keep need-to-know access to a pupil for a while after the enrolment ends
// (certificates, transfers) and from a while before it starts (school place decisions).
const AFTER_END_DAYS = 365;
const BEFORE_START_DAYS = 180;

// A teacher reaches a group only while both the assignment to the group and the employment at
// the school are in force: ending either ends the access.
type TeachingEb = ExpressionBuilder<DB & { gt: DB['be_group_teacher']; s: DB['be_staff'] }, 'gt' | 's'>;
const teachingOn = (eb: TeachingEb, date: string) =>
  eb.and([
    eb('gt.valid_from', '<=', date),
    eb.or([eb('gt.valid_to', 'is', null), eb('gt.valid_to', '>=', date)]),
    eb('s.valid_from', '<=', date),
    eb.or([eb('s.valid_to', 'is', null), eb('s.valid_to', '>=', date)]),
  ]);

/** Pupils who have an enrolment in one of the user's schools around the date. */
export async function pupilsInSchools(db: ReadTx, a: { unitIds: string[]; ids: string[]; date: string }): Promise<string[]> {
  if (a.unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('be_enrolment')
    .select('pupil_id')
    .distinct()
    .where('pupil_id', 'in', a.ids)
    .where('school_id', 'in', a.unitIds)
    .where('start_date', '<=', sql<string>`${a.date}::date + ${BEFORE_START_DAYS}::int`)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', sql<string>`${a.date}::date - ${AFTER_END_DAYS}::int`)]))
    .execute();
  return rows.map((r) => r.pupil_id);
}

/** Pupils who are members, on the date, of a group the user teaches in one of the user's schools. */
export async function pupilsInOwnGroups(db: ReadTx, a: { userId: string; unitIds: string[]; ids: string[]; date: string }): Promise<string[]> {
  if (a.unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('be_group_member as m')
    .innerJoin('be_group as g', 'g.id', 'm.group_id')
    .innerJoin('be_group_teacher as gt', 'gt.group_id', 'g.id')
    .innerJoin('be_staff as s', 's.id', 'gt.staff_id')
    .select('m.pupil_id')
    .distinct()
    .where('m.pupil_id', 'in', a.ids)
    .where('s.user_id', '=', a.userId)
    .where('g.school_id', 'in', a.unitIds)
    .where('m.valid_from', '<=', a.date)
    .where((eb) => eb.or([eb('m.valid_to', 'is', null), eb('m.valid_to', '>=', a.date)]))
    .where((eb) => teachingOn(eb, a.date))
    .execute();
  return rows.map((r) => r.pupil_id);
}

/** Groups of the user's schools. */
async function groupsInSchools(db: ReadTx, a: { unitIds: string[]; ids: string[] }) {
  if (a.unitIds.length === 0) return [];
  const rows = await db.selectFrom('be_group').select('id').where('id', 'in', a.ids).where('school_id', 'in', a.unitIds).execute();
  return rows.map((r) => r.id);
}

/** Groups the user teaches on the date. */
async function ownGroups(db: ReadTx, a: { userId: string; unitIds: string[]; ids: string[]; date: string }) {
  if (a.unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('be_group as g')
    .innerJoin('be_group_teacher as gt', 'gt.group_id', 'g.id')
    .innerJoin('be_staff as s', 's.id', 'gt.staff_id')
    .select('g.id')
    .distinct()
    .where('g.id', 'in', a.ids)
    .where('g.school_id', 'in', a.unitIds)
    .where('s.user_id', '=', a.userId)
    .where((eb) => teachingOn(eb, a.date))
    .execute();
  return rows.map((r) => r.id);
}

/** Staff records of the user's schools. */
async function staffInSchools(db: ReadTx, a: { unitIds: string[]; ids: string[] }) {
  if (a.unitIds.length === 0) return [];
  const rows = await db.selectFrom('be_staff').select('id').where('id', 'in', a.ids).where('school_id', 'in', a.unitIds).execute();
  return rows.map((r) => r.id);
}

/** Absence alerts raised to the user's schools. */
async function alertsInSchools(db: ReadTx, a: { unitIds: string[]; ids: string[] }) {
  if (a.unitIds.length === 0) return [];
  const rows = await db.selectFrom('be_absence_alert').select('id').where('id', 'in', a.ids).where('school_id', 'in', a.unitIds).execute();
  return rows.map((r) => r.id);
}

const pupilInSchool = (...roleIds: string[]): Rule => ({ kind: 'custom', roles: roleIds, allowed: pupilsInSchools });
const pupilInOwnGroup = (): Rule => ({ kind: 'custom', roles: [R.teacher], allowed: pupilsInOwnGroups });
const groupInSchool = (...roleIds: string[]): Rule => ({ kind: 'custom', roles: roleIds, allowed: groupsInSchools });
const ownGroup = (): Rule => ({ kind: 'custom', roles: [R.teacher], allowed: ownGroups });
const staffInSchool = (...roleIds: string[]): Rule => ({ kind: 'custom', roles: roleIds, allowed: staffInSchools });
const alertInSchool = (...roleIds: string[]): Rule => ({ kind: 'custom', roles: roleIds, allowed: alertsInSchools });
const office = globalRole(R.office);
const anyRole = [R.teacher, R.principal, R.welfare, R.secretary];

export const A = {
  schoolCreate: defineAction('basic-education.School.CREATE', 'none', office),
  schoolRead: defineAction('basic-education.School.READ', 'unit', office, unitRole(...anyRole)),
  // A school's register details (name, codes, OID, grades) are the education office's.
  schoolUpdate: defineAction('basic-education.School.UPDATE', 'unit', office),
  staffManage: defineAction('basic-education.Staff.MANAGE', 'unit', office, unitRole(R.principal, R.secretary)),
  staffUpdate: defineAction('basic-education.Staff.UPDATE', 'object', office, staffInSchool(R.principal, R.secretary)),
  groupManage: defineAction('basic-education.Group.MANAGE', 'unit', office, unitRole(R.principal, R.secretary)),
  // Changing a group and its teachers: the school's office staff, not the teachers themselves.
  groupUpdate: defineAction('basic-education.Group.UPDATE', 'object', office, groupInSchool(R.principal, R.secretary)),
  groupRead: defineAction('basic-education.Group.READ', 'object', office, groupInSchool(R.principal, R.secretary), ownGroup()),
  groupMemberManage: defineAction('basic-education.GroupMember.MANAGE', 'object', office, groupInSchool(R.principal, R.secretary)),
  enrolmentCreate: defineAction('basic-education.Enrolment.CREATE', 'unit', office, unitRole(R.principal, R.secretary)),
  pupilRead: defineAction('basic-education.Pupil.READ', 'person', office, pupilInSchool(R.principal, R.secretary), pupilInOwnGroup()),
  pupilUpdate: defineAction('basic-education.Pupil.UPDATE', 'person', office, pupilInSchool(R.principal, R.secretary)),
  assessmentWrite: defineAction('basic-education.Assessment.WRITE', 'person', pupilInSchool(R.principal), pupilInOwnGroup()),
  decisionWrite: defineAction('basic-education.Decision.WRITE', 'person', office, pupilInSchool(R.principal)),
  certificatePrint: defineAction('basic-education.Certificate.PRINT', 'object', office, groupInSchool(R.principal, R.secretary), ownGroup()),
  attendanceWrite: defineAction('basic-education.Attendance.WRITE', 'object', groupInSchool(R.principal, R.secretary), ownGroup()),
  attendanceReport: defineAction('basic-education.AttendanceReport.READ', 'unit', office, unitRole(R.principal, R.secretary)),
  // A pupil's own absences: the school's staff who follow attendance (welfare staff act on the
  // alerts) and the pupil's teachers.
  absenceRead: defineAction('basic-education.Absence.READ', 'person', office, pupilInSchool(R.principal, R.secretary, R.welfare), pupilInOwnGroup()),
  absenceAlertRead: defineAction('basic-education.AbsenceAlert.READ', 'unit', office, unitRole(R.principal, R.secretary, R.welfare)),
  absenceAlertAcknowledge: defineAction('basic-education.AbsenceAlert.ACKNOWLEDGE', 'object', office, alertInSchool(R.principal, R.secretary, R.welfare)),
  supportRead: defineAction('basic-education.Support.READ', 'person', office, pupilInSchool(R.principal, R.welfare), pupilInOwnGroup()),
  supportWrite: defineAction('basic-education.Support.WRITE', 'person', pupilInSchool(R.principal), pupilInOwnGroup()),
  // An administrative support decision is the principal's (or the office's), not a teacher's.
  supportDecide: defineAction('basic-education.Support.DECIDE', 'person', office, pupilInSchool(R.principal)),
  groupSupportWrite: defineAction('basic-education.GroupSupport.WRITE', 'object', groupInSchool(R.principal), ownGroup()),
  // Pupil welfare records: pupil-welfare staff of the pupil's school only; never teachers,
  // principals or the education office (Oppilas- ja opiskelijahuoltolaki 20 §).
  welfareRead: defineAction('basic-education.WelfareRecord.READ', 'person', pupilInSchool(R.welfare)),
  welfareWrite: defineAction('basic-education.WelfareRecord.WRITE', 'person', pupilInSchool(R.welfare)),
  transportRead: defineAction('basic-education.Transport.READ', 'person', office, pupilInSchool(R.principal, R.secretary)),
  transportWrite: defineAction('basic-education.Transport.WRITE', 'person', office, pupilInSchool(R.principal, R.secretary)),
  activityWrite: defineAction('basic-education.Activity.WRITE', 'person', office, pupilInSchool(R.principal, R.secretary)),
  activityRead: defineAction('basic-education.Activity.READ', 'person', office, pupilInSchool(R.principal, R.secretary)),
  activityFees: defineAction('basic-education.ActivityFees.READ', 'unit', office, unitRole(R.principal, R.secretary)),
  statistics: defineAction('basic-education.Statistics.READ', 'none', office, { kind: 'anyUnit', roles: [R.principal] }),
  // Every school's staff may see the parameters in force (the absence threshold, fee caps);
  // only the education office adds periods.
  parameterRead: defineAction('basic-education.Parameter.READ', 'none', office, { kind: 'anyUnit', roles: anyRole }),
  parameterManage: defineAction('basic-education.Parameter.MANAGE', 'none', office),
};
export const actions = Object.values(A);
