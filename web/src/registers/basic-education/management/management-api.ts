// The basic-education management routes used by the management views (schools, classes and
// groups, staff, teacher assignments, parameters). The generated client types the school routes'
// answers `unknown` (their schemas declare no response), so the shapes are declared here.
import * as gen from '../../../generated/api-client.ts';
import type { ApiTransport } from '../../../generated/api-client.ts';

/** Actions of the basic-education register (src/registers/basic-education/access.ts) that decide what the views offer. */
export const BE = {
  schoolCreate: 'basic-education.School.CREATE',
  schoolRead: 'basic-education.School.READ',
  schoolUpdate: 'basic-education.School.UPDATE',
  staffManage: 'basic-education.Staff.MANAGE',
  staffUpdate: 'basic-education.Staff.UPDATE',
  groupManage: 'basic-education.Group.MANAGE',
  groupUpdate: 'basic-education.Group.UPDATE',
  groupRead: 'basic-education.Group.READ',
  parameterRead: 'basic-education.Parameter.READ',
  parameterManage: 'basic-education.Parameter.MANAGE',
} as const;

export interface SchoolSummary {
  id: string;
  name: string;
  school_code: string | null;
  oid: string | null;
  teaching_language: 'fi' | 'sv' | 'en';
  first_grade: number;
  last_grade: number;
  municipality: string;
}

export interface SchoolDetails {
  id: string;
  name: string;
  street_address: string | null;
  postal_code: string | null;
  post_office: string | null;
  school_code: string | null;
  oid: string | null;
  teaching_language: 'fi' | 'sv' | 'en';
  first_grade: number;
  last_grade: number;
  municipality: string;
  municipality_code: string | null;
}

export interface Group {
  id: string;
  name: string;
  kind: 'class' | 'teaching_group';
  grade: number | null;
  subject_code: string | null;
  school_year: number;
}

export interface StaffMember {
  id: string;
  person_id: string | null;
  first_names: string;
  last_name: string;
  title: string;
  subjects: string[];
  phone: string | null;
  email: string | null;
  valid_from: string;
  valid_to: string | null;
}

export interface SchoolView {
  school: SchoolDetails;
  schoolYear: number;
  groups: Group[];
  staff: StaffMember[];
}

export interface GroupTeacher {
  id: string;
  first_names: string;
  last_name: string;
  title: string;
  subjects: string[];
  valid_from: string;
  valid_to: string | null;
}

export interface GroupView {
  group: Group & { school_id: string };
  pupils: { id: string; first_names: string; last_name: string }[];
  teachers: GroupTeacher[];
}

export type SchoolBody = gen.PostBasicEducationSchoolsBody;
export type SchoolPatch = gen.PatchBasicEducationSchoolsBySchoolIdBody;
export type GroupBody = gen.PostBasicEducationSchoolsBySchoolIdGroupsBody;
export type StaffBody = gen.PostBasicEducationSchoolsBySchoolIdStaffBody;
export type Parameters = gen.GetBasicEducationParametersResponse['parameters'];
export type Parameter = Parameters[number];
export type ParameterBody = gen.PostBasicEducationParametersBody;

export const STAFF_TITLES = ['teacher', 'class_teacher', 'subject_teacher', 'special_teacher', 'principal', 'school_secretary', 'school_assistant', 'counsellor', 'school_social_worker', 'school_psychologist', 'school_nurse', 'other'] as const;

export const managementApi = (http: ApiTransport) => ({
  schools: async () => (await gen.getBasicEducationSchools(http)) as { schools: SchoolSummary[] },
  createSchool: async (body: SchoolBody) => (await gen.postBasicEducationSchools(http, body)) as { id: string },
  school: async (schoolId: string, schoolYear?: number) => (await gen.getBasicEducationSchoolsBySchoolId(http, { schoolId }, schoolYear ? { schoolYear } : undefined)) as SchoolView,
  updateSchool: (schoolId: string, body: SchoolPatch) => gen.patchBasicEducationSchoolsBySchoolId(http, { schoolId }, body),
  createGroup: async (schoolId: string, body: GroupBody) => (await gen.postBasicEducationSchoolsBySchoolIdGroups(http, { schoolId }, body)) as { id: string },
  createStaff: async (schoolId: string, body: StaffBody) => (await gen.postBasicEducationSchoolsBySchoolIdStaff(http, { schoolId }, body)) as { id: string },
  endStaff: (staffId: string, validTo: string) => gen.postBasicEducationStaffByStaffIdEnd(http, { staffId }, { validTo }),
  group: async (groupId: string) => (await gen.getBasicEducationGroupsByGroupId(http, { groupId })) as GroupView,
  assignTeacher: (groupId: string, body: gen.PostBasicEducationGroupsByGroupIdTeachersBody) => gen.postBasicEducationGroupsByGroupIdTeachers(http, { groupId }, body),
  endAssignment: (groupId: string, staffId: string, validTo: string) => gen.postBasicEducationGroupsByGroupIdTeachersByStaffIdEnd(http, { groupId, staffId }, { validTo }),
  parameters: () => gen.getBasicEducationParameters(http),
  addParameter: (body: ParameterBody) => gen.postBasicEducationParameters(http, body),
});

export type ManagementApi = ReturnType<typeof managementApi>;
