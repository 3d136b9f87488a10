// GENERATED FILE: no manual modifications
// Source: the OpenAPI document of the Varanto API (the `defineRoute` schemas in src/core and
// src/registers). Regenerate with `npx tsx scripts/generate-web-client.ts`.
/* eslint-disable */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export interface ApiRequest {
  method: HttpMethod;
  /** Path under /api/v1, parameters already encoded. */
  path: string;
  query?: Record<string, unknown> | undefined;
  body?: unknown;
}
/** Sends a request and resolves to the parsed JSON body of a 2xx response. */
export type ApiTransport = (req: ApiRequest) => Promise<unknown>;

// GET /audit/verify — Verify the hash chain of the audit log
export type GetAuditVerifyResponse = unknown;
export function getAuditVerify(http: ApiTransport): Promise<GetAuditVerifyResponse> {
  return http({ method: 'GET', path: `/audit/verify` }) as Promise<GetAuditVerifyResponse>;
}

// POST /auth/login — Log in with username and password
export type PostAuthLoginBody = {
  username: string;
  password: string;
};
export type PostAuthLoginResponse = {
  user: {
    id: string;
    username: string;
    displayName: string;
    language: string;
    grants: Array<{
      role: string;
      roleNames: {
        fi: string;
        sv: string;
        en: string;
      };
      unitId: string | null;
      unitName: string | null;
    }>;
  };
  csrfToken: string;
  permissions: string[];
  registers: string[];
};
export function postAuthLogin(http: ApiTransport, body: PostAuthLoginBody): Promise<PostAuthLoginResponse> {
  return http({ method: 'POST', path: `/auth/login`, body }) as Promise<PostAuthLoginResponse>;
}

// POST /auth/logout — Log out
export type PostAuthLogoutResponse = {
  ok: boolean;
};
export function postAuthLogout(http: ApiTransport): Promise<PostAuthLogoutResponse> {
  return http({ method: 'POST', path: `/auth/logout` }) as Promise<PostAuthLogoutResponse>;
}

// GET /auth/me — The logged-in user, their roles and permitted actions
export type GetAuthMeResponse = {
  user: {
    id: string;
    username: string;
    displayName: string;
    language: string;
    grants: Array<{
      role: string;
      roleNames: {
        fi: string;
        sv: string;
        en: string;
      };
      unitId: string | null;
      unitName: string | null;
    }>;
  };
  csrfToken: string;
  permissions: string[];
  registers: string[];
};
export function getAuthMe(http: ApiTransport): Promise<GetAuthMeResponse> {
  return http({ method: 'GET', path: `/auth/me` }) as Promise<GetAuthMeResponse>;
}

// GET /auth/oidc/callback — OIDC redirect target
export type GetAuthOidcCallbackResponse = unknown;
export function getAuthOidcCallback(http: ApiTransport): Promise<GetAuthOidcCallbackResponse> {
  return http({ method: 'GET', path: `/auth/oidc/callback` }) as Promise<GetAuthOidcCallbackResponse>;
}

// GET /auth/oidc/login — Start an OIDC login (when configured)
export type GetAuthOidcLoginResponse = unknown;
export function getAuthOidcLogin(http: ApiTransport): Promise<GetAuthOidcLoginResponse> {
  return http({ method: 'GET', path: `/auth/oidc/login` }) as Promise<GetAuthOidcLoginResponse>;
}

// POST /basic-education/absence-alerts/{alertId}/acknowledge — Acknowledge an absence alert: who handled it, when, and a note of what was done
export type PostBasicEducationAbsenceAlertsByAlertIdAcknowledgeParams = {
  alertId: string;
};
export type PostBasicEducationAbsenceAlertsByAlertIdAcknowledgeBody = {
  note?: string | null;
};
export type PostBasicEducationAbsenceAlertsByAlertIdAcknowledgeResponse = unknown;
export function postBasicEducationAbsenceAlertsByAlertIdAcknowledge(http: ApiTransport, params: PostBasicEducationAbsenceAlertsByAlertIdAcknowledgeParams, body: PostBasicEducationAbsenceAlertsByAlertIdAcknowledgeBody): Promise<PostBasicEducationAbsenceAlertsByAlertIdAcknowledgeResponse> {
  return http({ method: 'POST', path: `/basic-education/absence-alerts/${encodeURIComponent(String(params.alertId))}/acknowledge`, body }) as Promise<PostBasicEducationAbsenceAlertsByAlertIdAcknowledgeResponse>;
}

// GET /basic-education/groups/{groupId} — A class or teaching group with its current pupils and teachers
export type GetBasicEducationGroupsByGroupIdParams = {
  groupId: string;
};
export type GetBasicEducationGroupsByGroupIdResponse = unknown;
export function getBasicEducationGroupsByGroupId(http: ApiTransport, params: GetBasicEducationGroupsByGroupIdParams): Promise<GetBasicEducationGroupsByGroupIdResponse> {
  return http({ method: 'GET', path: `/basic-education/groups/${encodeURIComponent(String(params.groupId))}` }) as Promise<GetBasicEducationGroupsByGroupIdResponse>;
}

// PATCH /basic-education/groups/{groupId} — Rename a class or teaching group, or change its grade or subject
export type PatchBasicEducationGroupsByGroupIdParams = {
  groupId: string;
};
export type PatchBasicEducationGroupsByGroupIdBody = {
  name?: string;
  grade?: number | null;
  subjectCode?: string | null;
};
export type PatchBasicEducationGroupsByGroupIdResponse = unknown;
export function patchBasicEducationGroupsByGroupId(http: ApiTransport, params: PatchBasicEducationGroupsByGroupIdParams, body: PatchBasicEducationGroupsByGroupIdBody): Promise<PatchBasicEducationGroupsByGroupIdResponse> {
  return http({ method: 'PATCH', path: `/basic-education/groups/${encodeURIComponent(String(params.groupId))}`, body }) as Promise<PatchBasicEducationGroupsByGroupIdResponse>;
}

// GET /basic-education/groups/{groupId}/certificates — Certificates of a class as one PDF, one pupil per page
export type GetBasicEducationGroupsByGroupIdCertificatesParams = {
  groupId: string;
};
export type GetBasicEducationGroupsByGroupIdCertificatesQuery = {
  kind: "annual" | "final";
  lang?: "fi" | "sv";
  schoolYear?: number;
  issuedOn?: string;
};
export type GetBasicEducationGroupsByGroupIdCertificatesResponse = unknown;
export function getBasicEducationGroupsByGroupIdCertificates(http: ApiTransport, params: GetBasicEducationGroupsByGroupIdCertificatesParams, query: GetBasicEducationGroupsByGroupIdCertificatesQuery): Promise<GetBasicEducationGroupsByGroupIdCertificatesResponse> {
  return http({ method: 'GET', path: `/basic-education/groups/${encodeURIComponent(String(params.groupId))}/certificates`, query }) as Promise<GetBasicEducationGroupsByGroupIdCertificatesResponse>;
}

// POST /basic-education/groups/{groupId}/lessons — Record a lesson held by a group and the absences from it; raises absence alerts over the municipal threshold
export type PostBasicEducationGroupsByGroupIdLessonsParams = {
  groupId: string;
};
export type PostBasicEducationGroupsByGroupIdLessonsBody = {
  date: string;
  period: number;
  subjectCode?: string | null;
  absences: Array<{
    pupilId: string;
    kind: "authorised" | "unauthorised" | "late";
    reason?: string | null;
  }>;
};
export type PostBasicEducationGroupsByGroupIdLessonsResponse = unknown;
export function postBasicEducationGroupsByGroupIdLessons(http: ApiTransport, params: PostBasicEducationGroupsByGroupIdLessonsParams, body: PostBasicEducationGroupsByGroupIdLessonsBody): Promise<PostBasicEducationGroupsByGroupIdLessonsResponse> {
  return http({ method: 'POST', path: `/basic-education/groups/${encodeURIComponent(String(params.groupId))}/lessons`, body }) as Promise<PostBasicEducationGroupsByGroupIdLessonsResponse>;
}

// POST /basic-education/groups/{groupId}/members — Add a pupil enrolled in the school to a teaching group
export type PostBasicEducationGroupsByGroupIdMembersParams = {
  groupId: string;
};
export type PostBasicEducationGroupsByGroupIdMembersBody = {
  pupilId: string;
  validFrom: string;
  validTo?: string | null;
};
export type PostBasicEducationGroupsByGroupIdMembersResponse = unknown;
export function postBasicEducationGroupsByGroupIdMembers(http: ApiTransport, params: PostBasicEducationGroupsByGroupIdMembersParams, body: PostBasicEducationGroupsByGroupIdMembersBody): Promise<PostBasicEducationGroupsByGroupIdMembersResponse> {
  return http({ method: 'POST', path: `/basic-education/groups/${encodeURIComponent(String(params.groupId))}/members`, body }) as Promise<PostBasicEducationGroupsByGroupIdMembersResponse>;
}

// POST /basic-education/groups/{groupId}/support — Record group-level support (remedial teaching, special teacher alongside): no pupil-level plan or decision
export type PostBasicEducationGroupsByGroupIdSupportParams = {
  groupId: string;
};
export type PostBasicEducationGroupsByGroupIdSupportBody = {
  form: "remedial_teaching" | "language_remedial_teaching" | "special_teacher_alongside";
  validFrom: string;
  validTo?: string | null;
  description?: string | null;
};
export type PostBasicEducationGroupsByGroupIdSupportResponse = unknown;
export function postBasicEducationGroupsByGroupIdSupport(http: ApiTransport, params: PostBasicEducationGroupsByGroupIdSupportParams, body: PostBasicEducationGroupsByGroupIdSupportBody): Promise<PostBasicEducationGroupsByGroupIdSupportResponse> {
  return http({ method: 'POST', path: `/basic-education/groups/${encodeURIComponent(String(params.groupId))}/support`, body }) as Promise<PostBasicEducationGroupsByGroupIdSupportResponse>;
}

// POST /basic-education/groups/{groupId}/teachers — Assign a teacher of the school to a class or teaching group for a period
export type PostBasicEducationGroupsByGroupIdTeachersParams = {
  groupId: string;
};
export type PostBasicEducationGroupsByGroupIdTeachersBody = {
  staffId: string;
  validFrom: string;
  validTo?: string | null;
};
export type PostBasicEducationGroupsByGroupIdTeachersResponse = unknown;
export function postBasicEducationGroupsByGroupIdTeachers(http: ApiTransport, params: PostBasicEducationGroupsByGroupIdTeachersParams, body: PostBasicEducationGroupsByGroupIdTeachersBody): Promise<PostBasicEducationGroupsByGroupIdTeachersResponse> {
  return http({ method: 'POST', path: `/basic-education/groups/${encodeURIComponent(String(params.groupId))}/teachers`, body }) as Promise<PostBasicEducationGroupsByGroupIdTeachersResponse>;
}

// POST /basic-education/groups/{groupId}/teachers/{staffId}/end — End a teacher’s open assignment to a group; their access to its pupils ends after the day
export type PostBasicEducationGroupsByGroupIdTeachersByStaffIdEndParams = {
  groupId: string;
  staffId: string;
};
export type PostBasicEducationGroupsByGroupIdTeachersByStaffIdEndBody = {
  validTo: string;
};
export type PostBasicEducationGroupsByGroupIdTeachersByStaffIdEndResponse = unknown;
export function postBasicEducationGroupsByGroupIdTeachersByStaffIdEnd(http: ApiTransport, params: PostBasicEducationGroupsByGroupIdTeachersByStaffIdEndParams, body: PostBasicEducationGroupsByGroupIdTeachersByStaffIdEndBody): Promise<PostBasicEducationGroupsByGroupIdTeachersByStaffIdEndResponse> {
  return http({ method: 'POST', path: `/basic-education/groups/${encodeURIComponent(String(params.groupId))}/teachers/${encodeURIComponent(String(params.staffId))}/end`, body }) as Promise<PostBasicEducationGroupsByGroupIdTeachersByStaffIdEndResponse>;
}

// GET /basic-education/parameters — The register’s legal and municipal parameters with every effective period and the one in force today
export type GetBasicEducationParametersResponse = {
  parameters: Array<{
    key: "transport.min_distance_km" | "transport.max_daily_minutes" | "transport.max_daily_minutes_age13" | "activity.max_monthly_fee_570h" | "activity.max_monthly_fee_760h" | "absence.unauthorised_alert_lessons";
    integer: boolean;
    min: number;
    max: number;
    statuses: Array<"official" | "verified" | "unverified" | "municipal">;
    periods: Array<{
      id: string;
      effectiveFrom: string;
      effectiveTo: string | null;
      value: number;
      basis: string;
      status: "official" | "verified" | "unverified" | "municipal";
      inForce: boolean;
      createdAt: string;
      createdByName: string | null;
    }>;
  }>;
};
export function getBasicEducationParameters(http: ApiTransport): Promise<GetBasicEducationParametersResponse> {
  return http({ method: 'GET', path: `/basic-education/parameters` }) as Promise<GetBasicEducationParametersResponse>;
}

// POST /basic-education/parameters — Add an effective period of a parameter; the open period in force on its first day ends the day before, nothing is overwritten
export type PostBasicEducationParametersBody = {
  key: "transport.min_distance_km" | "transport.max_daily_minutes" | "transport.max_daily_minutes_age13" | "activity.max_monthly_fee_570h" | "activity.max_monthly_fee_760h" | "absence.unauthorised_alert_lessons";
  effectiveFrom: string;
  effectiveTo?: string | null;
  value: number;
  basis: string;
  status: "official" | "verified" | "unverified" | "municipal";
};
export type PostBasicEducationParametersResponse = {
  id: string;
  closedId: string | null;
};
export function postBasicEducationParameters(http: ApiTransport, body: PostBasicEducationParametersBody): Promise<PostBasicEducationParametersResponse> {
  return http({ method: 'POST', path: `/basic-education/parameters`, body }) as Promise<PostBasicEducationParametersResponse>;
}

// GET /basic-education/pupils/{pupilId} — A pupil: guardians, enrolment history, subject choices, decisions and assessments
export type GetBasicEducationPupilsByPupilIdParams = {
  pupilId: string;
};
export type GetBasicEducationPupilsByPupilIdResponse = unknown;
export function getBasicEducationPupilsByPupilId(http: ApiTransport, params: GetBasicEducationPupilsByPupilIdParams): Promise<GetBasicEducationPupilsByPupilIdResponse> {
  return http({ method: 'GET', path: `/basic-education/pupils/${encodeURIComponent(String(params.pupilId))}` }) as Promise<GetBasicEducationPupilsByPupilIdResponse>;
}

// GET /basic-education/pupils/{pupilId}/absences — A pupil’s lesson absences in a period (default: the current school year) with totals and the unauthorised-absence threshold
export type GetBasicEducationPupilsByPupilIdAbsencesParams = {
  pupilId: string;
};
export type GetBasicEducationPupilsByPupilIdAbsencesQuery = {
  from?: string;
  to?: string;
  schoolYear?: number;
};
export type GetBasicEducationPupilsByPupilIdAbsencesResponse = {
  pupilId: string;
  from: string;
  to: string;
  absences: Array<{
    id: string;
    date: string;
    period: number;
    subjectCode: string | null;
    groupName: string;
    schoolId: string;
    schoolName: string;
    kind: "authorised" | "unauthorised" | "late";
    reason: string | null;
  }>;
  totals: {
    lessons: number;
    authorised: number;
    unauthorised: number;
    late: number;
  };
  threshold: number | null;
  thresholds: Array<{
    schoolYear: number;
    schoolId: string;
    schoolName: string;
    unauthorised: number;
    threshold: number;
    exceeded: boolean;
  }>;
  alerts: Array<{
    id: string;
    schoolId: string;
    schoolYear: number;
    unauthorisedLessons: number;
    threshold: number;
    createdAt: string;
    acknowledgedAt: string | null;
    acknowledgedByName: string | null;
    acknowledgementNote: string | null;
  }>;
};
export function getBasicEducationPupilsByPupilIdAbsences(http: ApiTransport, params: GetBasicEducationPupilsByPupilIdAbsencesParams, query?: GetBasicEducationPupilsByPupilIdAbsencesQuery): Promise<GetBasicEducationPupilsByPupilIdAbsencesResponse> {
  return http({ method: 'GET', path: `/basic-education/pupils/${encodeURIComponent(String(params.pupilId))}/absences`, query }) as Promise<GetBasicEducationPupilsByPupilIdAbsencesResponse>;
}

// POST /basic-education/pupils/{pupilId}/absences/authorise — Mark a pupil’s unauthorised absences in a period as authorised (the guardian’s explanation was accepted)
export type PostBasicEducationPupilsByPupilIdAbsencesAuthoriseParams = {
  pupilId: string;
};
export type PostBasicEducationPupilsByPupilIdAbsencesAuthoriseBody = {
  from: string;
  to: string;
  reason: string;
};
export type PostBasicEducationPupilsByPupilIdAbsencesAuthoriseResponse = unknown;
export function postBasicEducationPupilsByPupilIdAbsencesAuthorise(http: ApiTransport, params: PostBasicEducationPupilsByPupilIdAbsencesAuthoriseParams, body: PostBasicEducationPupilsByPupilIdAbsencesAuthoriseBody): Promise<PostBasicEducationPupilsByPupilIdAbsencesAuthoriseResponse> {
  return http({ method: 'POST', path: `/basic-education/pupils/${encodeURIComponent(String(params.pupilId))}/absences/authorise`, body }) as Promise<PostBasicEducationPupilsByPupilIdAbsencesAuthoriseResponse>;
}

// POST /basic-education/pupils/{pupilId}/activity-attendance — Record a pupil’s attendance days in morning/afternoon activity
export type PostBasicEducationPupilsByPupilIdActivityAttendanceParams = {
  pupilId: string;
};
export type PostBasicEducationPupilsByPupilIdActivityAttendanceBody = {
  enrolmentId: string;
  days: Array<{
    date: string;
    present: boolean;
  }>;
};
export type PostBasicEducationPupilsByPupilIdActivityAttendanceResponse = unknown;
export function postBasicEducationPupilsByPupilIdActivityAttendance(http: ApiTransport, params: PostBasicEducationPupilsByPupilIdActivityAttendanceParams, body: PostBasicEducationPupilsByPupilIdActivityAttendanceBody): Promise<PostBasicEducationPupilsByPupilIdActivityAttendanceResponse> {
  return http({ method: 'POST', path: `/basic-education/pupils/${encodeURIComponent(String(params.pupilId))}/activity-attendance`, body }) as Promise<PostBasicEducationPupilsByPupilIdActivityAttendanceResponse>;
}

// POST /basic-education/pupils/{pupilId}/activity-enrolments — Enrol a pupil in morning/afternoon activity; the monthly fee must be within the statutory cap
export type PostBasicEducationPupilsByPupilIdActivityEnrolmentsParams = {
  pupilId: string;
};
export type PostBasicEducationPupilsByPupilIdActivityEnrolmentsBody = {
  schoolId: string;
  payerId?: string | null;
  hoursPerSchoolYear: number;
  monthlyFee: number;
  reductionPercent?: number;
  validFrom: string;
  validTo?: string | null;
};
export type PostBasicEducationPupilsByPupilIdActivityEnrolmentsResponse = unknown;
export function postBasicEducationPupilsByPupilIdActivityEnrolments(http: ApiTransport, params: PostBasicEducationPupilsByPupilIdActivityEnrolmentsParams, body: PostBasicEducationPupilsByPupilIdActivityEnrolmentsBody): Promise<PostBasicEducationPupilsByPupilIdActivityEnrolmentsResponse> {
  return http({ method: 'POST', path: `/basic-education/pupils/${encodeURIComponent(String(params.pupilId))}/activity-enrolments`, body }) as Promise<PostBasicEducationPupilsByPupilIdActivityEnrolmentsResponse>;
}

// POST /basic-education/pupils/{pupilId}/assessments — Record (or correct) an assessment: a number 4–10 or S/H/O, validated against the core curriculum
export type PostBasicEducationPupilsByPupilIdAssessmentsParams = {
  pupilId: string;
};
export type PostBasicEducationPupilsByPupilIdAssessmentsBody = {
  schoolYear: number;
  gradeLevel: number;
  kind: "annual" | "final" | "interim";
  subjectCode: string;
  languageCode?: string | null;
  syllabus?: "general" | "individualised";
  optional?: boolean;
  localSubject?: boolean;
  weeklyLessons?: number | null;
  numericGrade?: number | null;
  verbalMark?: "S" | "H" | "O" | null;
  assessedOn: string;
};
export type PostBasicEducationPupilsByPupilIdAssessmentsResponse = unknown;
export function postBasicEducationPupilsByPupilIdAssessments(http: ApiTransport, params: PostBasicEducationPupilsByPupilIdAssessmentsParams, body: PostBasicEducationPupilsByPupilIdAssessmentsBody): Promise<PostBasicEducationPupilsByPupilIdAssessmentsResponse> {
  return http({ method: 'POST', path: `/basic-education/pupils/${encodeURIComponent(String(params.pupilId))}/assessments`, body }) as Promise<PostBasicEducationPupilsByPupilIdAssessmentsResponse>;
}

// GET /basic-education/pupils/{pupilId}/certificate — A pupil’s school-year certificate or basic education certificate as PDF, in Finnish or Swedish
export type GetBasicEducationPupilsByPupilIdCertificateParams = {
  pupilId: string;
};
export type GetBasicEducationPupilsByPupilIdCertificateQuery = {
  kind: "annual" | "final";
  lang?: "fi" | "sv";
  schoolYear?: number;
  issuedOn?: string;
};
export type GetBasicEducationPupilsByPupilIdCertificateResponse = unknown;
export function getBasicEducationPupilsByPupilIdCertificate(http: ApiTransport, params: GetBasicEducationPupilsByPupilIdCertificateParams, query: GetBasicEducationPupilsByPupilIdCertificateQuery): Promise<GetBasicEducationPupilsByPupilIdCertificateResponse> {
  return http({ method: 'GET', path: `/basic-education/pupils/${encodeURIComponent(String(params.pupilId))}/certificate`, query }) as Promise<GetBasicEducationPupilsByPupilIdCertificateResponse>;
}

// POST /basic-education/pupils/{pupilId}/decisions — Record a decision: school place, early start or deferral of compulsory education, exemption, individualised syllabus
export type PostBasicEducationPupilsByPupilIdDecisionsParams = {
  pupilId: string;
};
export type PostBasicEducationPupilsByPupilIdDecisionsBody = {
  kind: "school_place" | "early_start" | "deferral" | "exemption" | "individualised_syllabus";
  schoolId?: string | null;
  subjectCode?: string | null;
  applicantGuardianId?: string | null;
  decidedOn: string;
  validFrom: string;
  validTo?: string | null;
  decidedBy: string;
  grounds: string;
};
export type PostBasicEducationPupilsByPupilIdDecisionsResponse = unknown;
export function postBasicEducationPupilsByPupilIdDecisions(http: ApiTransport, params: PostBasicEducationPupilsByPupilIdDecisionsParams, body: PostBasicEducationPupilsByPupilIdDecisionsBody): Promise<PostBasicEducationPupilsByPupilIdDecisionsResponse> {
  return http({ method: 'POST', path: `/basic-education/pupils/${encodeURIComponent(String(params.pupilId))}/decisions`, body }) as Promise<PostBasicEducationPupilsByPupilIdDecisionsResponse>;
}

// POST /basic-education/pupils/{pupilId}/enrolments/{enrolmentId}/end — End an enrolment (moving away, completing basic education)
export type PostBasicEducationPupilsByPupilIdEnrolmentsByEnrolmentIdEndParams = {
  pupilId: string;
  enrolmentId: string;
};
export type PostBasicEducationPupilsByPupilIdEnrolmentsByEnrolmentIdEndBody = {
  endDate: string;
  reason: "moved_school" | "moved_municipality" | "grade_change" | "completed" | "class_change" | "resigned" | "other";
  note?: string | null;
};
export type PostBasicEducationPupilsByPupilIdEnrolmentsByEnrolmentIdEndResponse = unknown;
export function postBasicEducationPupilsByPupilIdEnrolmentsByEnrolmentIdEnd(http: ApiTransport, params: PostBasicEducationPupilsByPupilIdEnrolmentsByEnrolmentIdEndParams, body: PostBasicEducationPupilsByPupilIdEnrolmentsByEnrolmentIdEndBody): Promise<PostBasicEducationPupilsByPupilIdEnrolmentsByEnrolmentIdEndResponse> {
  return http({ method: 'POST', path: `/basic-education/pupils/${encodeURIComponent(String(params.pupilId))}/enrolments/${encodeURIComponent(String(params.enrolmentId))}/end`, body }) as Promise<PostBasicEducationPupilsByPupilIdEnrolmentsByEnrolmentIdEndResponse>;
}

// GET /basic-education/pupils/{pupilId}/koski — A pupil’s study rights and assessments as JSON in the shape of the KOSKI data model
export type GetBasicEducationPupilsByPupilIdKoskiParams = {
  pupilId: string;
};
export type GetBasicEducationPupilsByPupilIdKoskiResponse = unknown;
export function getBasicEducationPupilsByPupilIdKoski(http: ApiTransport, params: GetBasicEducationPupilsByPupilIdKoskiParams): Promise<GetBasicEducationPupilsByPupilIdKoskiResponse> {
  return http({ method: 'GET', path: `/basic-education/pupils/${encodeURIComponent(String(params.pupilId))}/koski` }) as Promise<GetBasicEducationPupilsByPupilIdKoskiResponse>;
}

// POST /basic-education/pupils/{pupilId}/school-trips — Store the measured school trip (distance and daily travel time with waiting) from the home address
export type PostBasicEducationPupilsByPupilIdSchoolTripsParams = {
  pupilId: string;
};
export type PostBasicEducationPupilsByPupilIdSchoolTripsBody = {
  schoolId: string;
  homeAddress?: string | null;
  distanceKm: number;
  dailyTravelMinutes?: number | null;
  measuredOn: string;
  method?: string;
};
export type PostBasicEducationPupilsByPupilIdSchoolTripsResponse = unknown;
export function postBasicEducationPupilsByPupilIdSchoolTrips(http: ApiTransport, params: PostBasicEducationPupilsByPupilIdSchoolTripsParams, body: PostBasicEducationPupilsByPupilIdSchoolTripsBody): Promise<PostBasicEducationPupilsByPupilIdSchoolTripsResponse> {
  return http({ method: 'POST', path: `/basic-education/pupils/${encodeURIComponent(String(params.pupilId))}/school-trips`, body }) as Promise<PostBasicEducationPupilsByPupilIdSchoolTripsResponse>;
}

// POST /basic-education/pupils/{pupilId}/subject-choices — Record a subject choice: an A1/A2/B1/B2 language or an optional or local subject
export type PostBasicEducationPupilsByPupilIdSubjectChoicesParams = {
  pupilId: string;
};
export type PostBasicEducationPupilsByPupilIdSubjectChoicesBody = {
  schoolYear: number;
  kind: "A1" | "A2" | "B1" | "B2" | "optional" | "local";
  subjectCode: string;
  languageCode?: string | null;
  weeklyLessons?: number | null;
  startGrade?: number | null;
};
export type PostBasicEducationPupilsByPupilIdSubjectChoicesResponse = unknown;
export function postBasicEducationPupilsByPupilIdSubjectChoices(http: ApiTransport, params: PostBasicEducationPupilsByPupilIdSubjectChoicesParams, body: PostBasicEducationPupilsByPupilIdSubjectChoicesBody): Promise<PostBasicEducationPupilsByPupilIdSubjectChoicesResponse> {
  return http({ method: 'POST', path: `/basic-education/pupils/${encodeURIComponent(String(params.pupilId))}/subject-choices`, body }) as Promise<PostBasicEducationPupilsByPupilIdSubjectChoicesResponse>;
}

// GET /basic-education/pupils/{pupilId}/support — A pupil’s pedagogical support: pupil-level records, group-level support of their groups, and three-tier history
export type GetBasicEducationPupilsByPupilIdSupportParams = {
  pupilId: string;
};
export type GetBasicEducationPupilsByPupilIdSupportResponse = unknown;
export function getBasicEducationPupilsByPupilIdSupport(http: ApiTransport, params: GetBasicEducationPupilsByPupilIdSupportParams): Promise<GetBasicEducationPupilsByPupilIdSupportResponse> {
  return http({ method: 'GET', path: `/basic-education/pupils/${encodeURIComponent(String(params.pupilId))}/support` }) as Promise<GetBasicEducationPupilsByPupilIdSupportResponse>;
}

// POST /basic-education/pupils/{pupilId}/support — Record pupil-level support (model from 1.8.2025): assessment of need, plan, or the administrative decision
export type PostBasicEducationPupilsByPupilIdSupportParams = {
  pupilId: string;
};
export type PostBasicEducationPupilsByPupilIdSupportBody = {
  kind: "need_assessment" | "support_plan" | "support_decision";
  supportForms?: Array<"special_teacher_part_time_small_group" | "special_teacher_small_group" | "special_class" | "interpretation" | "assistant" | "aids">;
  recordDate: string;
  validFrom?: string | null;
  validTo?: string | null;
  heardPersonIds?: string[];
  heardOn?: string | null;
  decidedBy?: string | null;
  summary: string;
};
export type PostBasicEducationPupilsByPupilIdSupportResponse = unknown;
export function postBasicEducationPupilsByPupilIdSupport(http: ApiTransport, params: PostBasicEducationPupilsByPupilIdSupportParams, body: PostBasicEducationPupilsByPupilIdSupportBody): Promise<PostBasicEducationPupilsByPupilIdSupportResponse> {
  return http({ method: 'POST', path: `/basic-education/pupils/${encodeURIComponent(String(params.pupilId))}/support`, body }) as Promise<PostBasicEducationPupilsByPupilIdSupportResponse>;
}

// POST /basic-education/pupils/{pupilId}/support/history — Record a document of the three-tier support model (before 1.8.2025) as history: general, intensified, special support, HOJKS
export type PostBasicEducationPupilsByPupilIdSupportHistoryParams = {
  pupilId: string;
};
export type PostBasicEducationPupilsByPupilIdSupportHistoryBody = {
  kind: "general_support" | "pedagogical_assessment" | "learning_plan" | "intensified_support" | "pedagogical_statement" | "special_support_decision" | "hojks";
  recordDate: string;
  validFrom?: string | null;
  validTo?: string | null;
  decidedBy?: string | null;
  summary: string;
};
export type PostBasicEducationPupilsByPupilIdSupportHistoryResponse = unknown;
export function postBasicEducationPupilsByPupilIdSupportHistory(http: ApiTransport, params: PostBasicEducationPupilsByPupilIdSupportHistoryParams, body: PostBasicEducationPupilsByPupilIdSupportHistoryBody): Promise<PostBasicEducationPupilsByPupilIdSupportHistoryResponse> {
  return http({ method: 'POST', path: `/basic-education/pupils/${encodeURIComponent(String(params.pupilId))}/support/history`, body }) as Promise<PostBasicEducationPupilsByPupilIdSupportHistoryResponse>;
}

// POST /basic-education/pupils/{pupilId}/transport-decisions — Record a transport decision or a decision that the route is unsafe for the pupil
export type PostBasicEducationPupilsByPupilIdTransportDecisionsParams = {
  pupilId: string;
};
export type PostBasicEducationPupilsByPupilIdTransportDecisionsBody = {
  schoolId: string;
  kind: "transport" | "unsafe_route";
  eligible: boolean;
  mode?: "taxi" | "bus" | "public_transport_card" | "allowance" | "other" | null;
  decidedOn: string;
  validFrom: string;
  validTo?: string | null;
  decidedBy: string;
  grounds?: string[];
};
export type PostBasicEducationPupilsByPupilIdTransportDecisionsResponse = unknown;
export function postBasicEducationPupilsByPupilIdTransportDecisions(http: ApiTransport, params: PostBasicEducationPupilsByPupilIdTransportDecisionsParams, body: PostBasicEducationPupilsByPupilIdTransportDecisionsBody): Promise<PostBasicEducationPupilsByPupilIdTransportDecisionsResponse> {
  return http({ method: 'POST', path: `/basic-education/pupils/${encodeURIComponent(String(params.pupilId))}/transport-decisions`, body }) as Promise<PostBasicEducationPupilsByPupilIdTransportDecisionsResponse>;
}

// GET /basic-education/pupils/{pupilId}/transport-eligibility — School transport eligibility by Perusopetuslaki 32 § for a school year, from the stored trip and unsafe-route decisions
export type GetBasicEducationPupilsByPupilIdTransportEligibilityParams = {
  pupilId: string;
};
export type GetBasicEducationPupilsByPupilIdTransportEligibilityQuery = {
  schoolYear?: number;
};
export type GetBasicEducationPupilsByPupilIdTransportEligibilityResponse = unknown;
export function getBasicEducationPupilsByPupilIdTransportEligibility(http: ApiTransport, params: GetBasicEducationPupilsByPupilIdTransportEligibilityParams, query?: GetBasicEducationPupilsByPupilIdTransportEligibilityQuery): Promise<GetBasicEducationPupilsByPupilIdTransportEligibilityResponse> {
  return http({ method: 'GET', path: `/basic-education/pupils/${encodeURIComponent(String(params.pupilId))}/transport-eligibility`, query }) as Promise<GetBasicEducationPupilsByPupilIdTransportEligibilityResponse>;
}

// GET /basic-education/pupils/{pupilId}/welfare-records — Read a pupil’s welfare records (pupil-welfare staff of the pupil’s school only)
export type GetBasicEducationPupilsByPupilIdWelfareRecordsParams = {
  pupilId: string;
};
export type GetBasicEducationPupilsByPupilIdWelfareRecordsResponse = unknown;
export function getBasicEducationPupilsByPupilIdWelfareRecords(http: ApiTransport, params: GetBasicEducationPupilsByPupilIdWelfareRecordsParams): Promise<GetBasicEducationPupilsByPupilIdWelfareRecordsResponse> {
  return http({ method: 'GET', path: `/basic-education/pupils/${encodeURIComponent(String(params.pupilId))}/welfare-records` }) as Promise<GetBasicEducationPupilsByPupilIdWelfareRecordsResponse>;
}

// POST /basic-education/pupils/{pupilId}/welfare-records — Write a pupil welfare record (oppilashuoltokertomus)
export type PostBasicEducationPupilsByPupilIdWelfareRecordsParams = {
  pupilId: string;
};
export type PostBasicEducationPupilsByPupilIdWelfareRecordsBody = {
  recordedOn: string;
  professional: "school_nurse" | "school_doctor" | "school_psychologist" | "school_social_worker" | "multidisciplinary_group";
  topic: string;
  content: string;
  measures?: string | null;
  participants?: string | null;
};
export type PostBasicEducationPupilsByPupilIdWelfareRecordsResponse = unknown;
export function postBasicEducationPupilsByPupilIdWelfareRecords(http: ApiTransport, params: PostBasicEducationPupilsByPupilIdWelfareRecordsParams, body: PostBasicEducationPupilsByPupilIdWelfareRecordsBody): Promise<PostBasicEducationPupilsByPupilIdWelfareRecordsResponse> {
  return http({ method: 'POST', path: `/basic-education/pupils/${encodeURIComponent(String(params.pupilId))}/welfare-records`, body }) as Promise<PostBasicEducationPupilsByPupilIdWelfareRecordsResponse>;
}

// GET /basic-education/schools — The schools the user may see (all for the education office)
export type GetBasicEducationSchoolsResponse = unknown;
export function getBasicEducationSchools(http: ApiTransport): Promise<GetBasicEducationSchoolsResponse> {
  return http({ method: 'GET', path: `/basic-education/schools` }) as Promise<GetBasicEducationSchoolsResponse>;
}

// POST /basic-education/schools — Add a school (an organisation unit of the basic-education register)
export type PostBasicEducationSchoolsBody = {
  name: string;
  language: "fi" | "sv";
  schoolCode?: string | null;
  oid?: string | null;
  municipalityCode?: string | null;
  firstGrade?: number;
  lastGrade?: number;
  streetAddress?: string | null;
  postalCode?: string | null;
  postOffice?: string | null;
};
export type PostBasicEducationSchoolsResponse = unknown;
export function postBasicEducationSchools(http: ApiTransport, body: PostBasicEducationSchoolsBody): Promise<PostBasicEducationSchoolsResponse> {
  return http({ method: 'POST', path: `/basic-education/schools`, body }) as Promise<PostBasicEducationSchoolsResponse>;
}

// GET /basic-education/schools/{schoolId} — A school with its classes, teaching groups and staff
export type GetBasicEducationSchoolsBySchoolIdParams = {
  schoolId: string;
};
export type GetBasicEducationSchoolsBySchoolIdQuery = {
  schoolYear?: number;
};
export type GetBasicEducationSchoolsBySchoolIdResponse = unknown;
export function getBasicEducationSchoolsBySchoolId(http: ApiTransport, params: GetBasicEducationSchoolsBySchoolIdParams, query?: GetBasicEducationSchoolsBySchoolIdQuery): Promise<GetBasicEducationSchoolsBySchoolIdResponse> {
  return http({ method: 'GET', path: `/basic-education/schools/${encodeURIComponent(String(params.schoolId))}`, query }) as Promise<GetBasicEducationSchoolsBySchoolIdResponse>;
}

// PATCH /basic-education/schools/{schoolId} — Change a school’s name, codes, KOSKI OID, grades, address or municipality
export type PatchBasicEducationSchoolsBySchoolIdParams = {
  schoolId: string;
};
export type PatchBasicEducationSchoolsBySchoolIdBody = {
  schoolCode?: string | null;
  oid?: string | null;
  municipalityCode?: string | null;
  firstGrade?: number;
  lastGrade?: number;
  streetAddress?: string | null;
  postalCode?: string | null;
  postOffice?: string | null;
  name?: string;
  municipality?: string;
};
export type PatchBasicEducationSchoolsBySchoolIdResponse = unknown;
export function patchBasicEducationSchoolsBySchoolId(http: ApiTransport, params: PatchBasicEducationSchoolsBySchoolIdParams, body: PatchBasicEducationSchoolsBySchoolIdBody): Promise<PatchBasicEducationSchoolsBySchoolIdResponse> {
  return http({ method: 'PATCH', path: `/basic-education/schools/${encodeURIComponent(String(params.schoolId))}`, body }) as Promise<PatchBasicEducationSchoolsBySchoolIdResponse>;
}

// GET /basic-education/schools/{schoolId}/absence-alerts — Alerts of pupils whose unauthorised absences passed the municipal threshold (open ones unless asked otherwise)
export type GetBasicEducationSchoolsBySchoolIdAbsenceAlertsParams = {
  schoolId: string;
};
export type GetBasicEducationSchoolsBySchoolIdAbsenceAlertsQuery = {
  status?: "open" | "acknowledged" | "all";
};
export type GetBasicEducationSchoolsBySchoolIdAbsenceAlertsResponse = unknown;
export function getBasicEducationSchoolsBySchoolIdAbsenceAlerts(http: ApiTransport, params: GetBasicEducationSchoolsBySchoolIdAbsenceAlertsParams, query?: GetBasicEducationSchoolsBySchoolIdAbsenceAlertsQuery): Promise<GetBasicEducationSchoolsBySchoolIdAbsenceAlertsResponse> {
  return http({ method: 'GET', path: `/basic-education/schools/${encodeURIComponent(String(params.schoolId))}/absence-alerts`, query }) as Promise<GetBasicEducationSchoolsBySchoolIdAbsenceAlertsResponse>;
}

// GET /basic-education/schools/{schoolId}/activity-fees — Monthly morning/afternoon activity fees of a school’s pupils, within the cap in force that month
export type GetBasicEducationSchoolsBySchoolIdActivityFeesParams = {
  schoolId: string;
};
export type GetBasicEducationSchoolsBySchoolIdActivityFeesQuery = {
  month: string;
};
export type GetBasicEducationSchoolsBySchoolIdActivityFeesResponse = unknown;
export function getBasicEducationSchoolsBySchoolIdActivityFees(http: ApiTransport, params: GetBasicEducationSchoolsBySchoolIdActivityFeesParams, query: GetBasicEducationSchoolsBySchoolIdActivityFeesQuery): Promise<GetBasicEducationSchoolsBySchoolIdActivityFeesResponse> {
  return http({ method: 'GET', path: `/basic-education/schools/${encodeURIComponent(String(params.schoolId))}/activity-fees`, query }) as Promise<GetBasicEducationSchoolsBySchoolIdActivityFeesResponse>;
}

// GET /basic-education/schools/{schoolId}/attendance-report — A school’s attendance report for a period (e.g. a term): lessons and absences per pupil
export type GetBasicEducationSchoolsBySchoolIdAttendanceReportParams = {
  schoolId: string;
};
export type GetBasicEducationSchoolsBySchoolIdAttendanceReportQuery = {
  from: string;
  to: string;
};
export type GetBasicEducationSchoolsBySchoolIdAttendanceReportResponse = unknown;
export function getBasicEducationSchoolsBySchoolIdAttendanceReport(http: ApiTransport, params: GetBasicEducationSchoolsBySchoolIdAttendanceReportParams, query: GetBasicEducationSchoolsBySchoolIdAttendanceReportQuery): Promise<GetBasicEducationSchoolsBySchoolIdAttendanceReportResponse> {
  return http({ method: 'GET', path: `/basic-education/schools/${encodeURIComponent(String(params.schoolId))}/attendance-report`, query }) as Promise<GetBasicEducationSchoolsBySchoolIdAttendanceReportResponse>;
}

// POST /basic-education/schools/{schoolId}/enrolments — Enrol a pupil in a school and class; an open earlier enrolment ends the day before with the reason for moving
export type PostBasicEducationSchoolsBySchoolIdEnrolmentsParams = {
  schoolId: string;
};
export type PostBasicEducationSchoolsBySchoolIdEnrolmentsBody = {
  pupilId: string;
  classId?: string | null;
  grade: number;
  startDate: string;
  previousEndReason?: "moved_school" | "moved_municipality" | "grade_change" | "completed" | "class_change" | "resigned" | "other" | null;
};
export type PostBasicEducationSchoolsBySchoolIdEnrolmentsResponse = unknown;
export function postBasicEducationSchoolsBySchoolIdEnrolments(http: ApiTransport, params: PostBasicEducationSchoolsBySchoolIdEnrolmentsParams, body: PostBasicEducationSchoolsBySchoolIdEnrolmentsBody): Promise<PostBasicEducationSchoolsBySchoolIdEnrolmentsResponse> {
  return http({ method: 'POST', path: `/basic-education/schools/${encodeURIComponent(String(params.schoolId))}/enrolments`, body }) as Promise<PostBasicEducationSchoolsBySchoolIdEnrolmentsResponse>;
}

// POST /basic-education/schools/{schoolId}/groups — Add a class or a teaching group of a school year, with its teachers
export type PostBasicEducationSchoolsBySchoolIdGroupsParams = {
  schoolId: string;
};
export type PostBasicEducationSchoolsBySchoolIdGroupsBody = {
  schoolYear: number;
  name: string;
  kind: "class" | "teaching_group";
  grade?: number | null;
  subjectCode?: string | null;
  teacherStaffIds?: string[];
};
export type PostBasicEducationSchoolsBySchoolIdGroupsResponse = unknown;
export function postBasicEducationSchoolsBySchoolIdGroups(http: ApiTransport, params: PostBasicEducationSchoolsBySchoolIdGroupsParams, body: PostBasicEducationSchoolsBySchoolIdGroupsBody): Promise<PostBasicEducationSchoolsBySchoolIdGroupsResponse> {
  return http({ method: 'POST', path: `/basic-education/schools/${encodeURIComponent(String(params.schoolId))}/groups`, body }) as Promise<PostBasicEducationSchoolsBySchoolIdGroupsResponse>;
}

// POST /basic-education/schools/{schoolId}/staff — Add a teacher or other staff member to a school, with the subjects taught
export type PostBasicEducationSchoolsBySchoolIdStaffParams = {
  schoolId: string;
};
export type PostBasicEducationSchoolsBySchoolIdStaffBody = {
  personId?: string | null;
  userId?: string | null;
  firstNames: string;
  lastName: string;
  title: "teacher" | "class_teacher" | "subject_teacher" | "special_teacher" | "principal" | "school_secretary" | "school_assistant" | "counsellor" | "school_social_worker" | "school_psychologist" | "school_nurse" | "other";
  subjects?: string[];
  phone?: string | null;
  email?: string | null;
  validFrom: string;
  validTo?: string | null;
};
export type PostBasicEducationSchoolsBySchoolIdStaffResponse = unknown;
export function postBasicEducationSchoolsBySchoolIdStaff(http: ApiTransport, params: PostBasicEducationSchoolsBySchoolIdStaffParams, body: PostBasicEducationSchoolsBySchoolIdStaffBody): Promise<PostBasicEducationSchoolsBySchoolIdStaffResponse> {
  return http({ method: 'POST', path: `/basic-education/schools/${encodeURIComponent(String(params.schoolId))}/staff`, body }) as Promise<PostBasicEducationSchoolsBySchoolIdStaffResponse>;
}

// PATCH /basic-education/staff/{staffId} — Change a staff member’s title, subjects, contact details or linked user account
export type PatchBasicEducationStaffByStaffIdParams = {
  staffId: string;
};
export type PatchBasicEducationStaffByStaffIdBody = {
  firstNames?: string;
  lastName?: string;
  title?: "teacher" | "class_teacher" | "subject_teacher" | "special_teacher" | "principal" | "school_secretary" | "school_assistant" | "counsellor" | "school_social_worker" | "school_psychologist" | "school_nurse" | "other";
  subjects?: string[];
  phone?: string | null;
  email?: string | null;
  userId?: string | null;
  personId?: string | null;
};
export type PatchBasicEducationStaffByStaffIdResponse = unknown;
export function patchBasicEducationStaffByStaffId(http: ApiTransport, params: PatchBasicEducationStaffByStaffIdParams, body: PatchBasicEducationStaffByStaffIdBody): Promise<PatchBasicEducationStaffByStaffIdResponse> {
  return http({ method: 'PATCH', path: `/basic-education/staff/${encodeURIComponent(String(params.staffId))}`, body }) as Promise<PatchBasicEducationStaffByStaffIdResponse>;
}

// POST /basic-education/staff/{staffId}/end — End a staff member’s employment at the school; their group assignments end the same day
export type PostBasicEducationStaffByStaffIdEndParams = {
  staffId: string;
};
export type PostBasicEducationStaffByStaffIdEndBody = {
  validTo: string;
};
export type PostBasicEducationStaffByStaffIdEndResponse = unknown;
export function postBasicEducationStaffByStaffIdEnd(http: ApiTransport, params: PostBasicEducationStaffByStaffIdEndParams, body: PostBasicEducationStaffByStaffIdEndBody): Promise<PostBasicEducationStaffByStaffIdEndResponse> {
  return http({ method: 'POST', path: `/basic-education/staff/${encodeURIComponent(String(params.staffId))}/end`, body }) as Promise<PostBasicEducationStaffByStaffIdEndResponse>;
}

// GET /citizen/audit-trail — Who has viewed my data: staff processing of the resident's own data by register, role and unit (no staff names)
export type GetCitizenAuditTrailResponse = {
  events: Array<{
    occurredAt: string;
    event: string;
    register: {
      fi: string;
      sv: string;
      en: string;
    } | null;
    registerId: string | null;
    datasetId: string | null;
    purpose: string | null;
    roles: Array<{
      fi: string;
      sv: string;
      en: string;
    }>;
    units: string[];
  }>;
};
export function getCitizenAuditTrail(http: ApiTransport): Promise<GetCitizenAuditTrailResponse> {
  return http({ method: 'GET', path: `/citizen/audit-trail` }) as Promise<GetCitizenAuditTrailResponse>;
}

// POST /citizen/auth/logout — End the resident's session
export type PostCitizenAuthLogoutResponse = {
  ok: boolean;
};
export function postCitizenAuthLogout(http: ApiTransport): Promise<PostCitizenAuthLogoutResponse> {
  return http({ method: 'POST', path: `/citizen/auth/logout` }) as Promise<PostCitizenAuthLogoutResponse>;
}

// GET /citizen/auth/suomifi/callback — Suomi.fi identification redirect target
export type GetCitizenAuthSuomifiCallbackResponse = unknown;
export function getCitizenAuthSuomifiCallback(http: ApiTransport): Promise<GetCitizenAuthSuomifiCallbackResponse> {
  return http({ method: 'GET', path: `/citizen/auth/suomifi/callback` }) as Promise<GetCitizenAuthSuomifiCallbackResponse>;
}

// GET /citizen/auth/suomifi/login — Start Suomi.fi identification of a resident (OIDC, when configured)
export type GetCitizenAuthSuomifiLoginResponse = unknown;
export function getCitizenAuthSuomifiLogin(http: ApiTransport): Promise<GetCitizenAuthSuomifiLoginResponse> {
  return http({ method: 'GET', path: `/citizen/auth/suomifi/login` }) as Promise<GetCitizenAuthSuomifiLoginResponse>;
}

// POST /citizen/auth/test-login — Test identification of a resident by henkilötunnus (demo data only, never in production)
export type PostCitizenAuthTestLoginBody = {
  hetu: string;
};
export type PostCitizenAuthTestLoginResponse = {
  csrfToken: string;
};
export function postCitizenAuthTestLogin(http: ApiTransport, body: PostCitizenAuthTestLoginBody): Promise<PostCitizenAuthTestLoginResponse> {
  return http({ method: 'POST', path: `/citizen/auth/test-login`, body }) as Promise<PostCitizenAuthTestLoginResponse>;
}

// GET /citizen/ecec/children — My children in ECEC (a placement today or later), with the placement
export type GetCitizenEcecChildrenResponse = {
  children: Array<{
    id: string;
    firstNames: string;
    lastName: string;
    birthDate: string;
    placement: {
      unitName: string;
      type: string;
      startDate: string;
      endDate: string | null;
    };
  }>;
};
export function getCitizenEcecChildren(http: ApiTransport): Promise<GetCitizenEcecChildrenResponse> {
  return http({ method: 'GET', path: `/citizen/ecec/children` }) as Promise<GetCitizenEcecChildrenResponse>;
}

// GET /citizen/ecec/children/{id}/calendar — My child's month: reservations, absences and realised stays per day, and which days I may still change
export type GetCitizenEcecChildrenByIdCalendarParams = {
  id: string;
};
export type GetCitizenEcecChildrenByIdCalendarQuery = {
  month: string;
};
export type GetCitizenEcecChildrenByIdCalendarResponse = {
  month: string;
  serviceNeedHours: number | null;
  reservedHours: number;
  realisedHours: number;
  rule: {
    reservationClosingDays: number;
    absenceClosingDays: number;
    maxDaysAhead: number;
  };
  days: Array<{
    date: string;
    unitName: string | null;
    reservations: Array<{
      start: string;
      end: string;
    }>;
    attendances: Array<{
      arrived: string;
      departed: string | null;
    }>;
    absenceType: string | null;
    reservable: boolean;
    absenceReportable: boolean;
  }>;
};
export function getCitizenEcecChildrenByIdCalendar(http: ApiTransport, params: GetCitizenEcecChildrenByIdCalendarParams, query: GetCitizenEcecChildrenByIdCalendarQuery): Promise<GetCitizenEcecChildrenByIdCalendarResponse> {
  return http({ method: 'GET', path: `/citizen/ecec/children/${encodeURIComponent(String(params.id))}/calendar`, query }) as Promise<GetCitizenEcecChildrenByIdCalendarResponse>;
}

// PUT /citizen/ecec/children/{id}/days/{date} — Replace my reservations or absence notice (sick/other) of my child's coming day; an empty day deletes them
export type PutCitizenEcecChildrenByIdDaysByDateParams = {
  id: string;
  date: string;
};
export type PutCitizenEcecChildrenByIdDaysByDateBody = {
  reservations: Array<{
    start: string;
    end: string;
  }>;
  absence: "sickness" | "other" | null;
};
export type PutCitizenEcecChildrenByIdDaysByDateResponse = {
  date: string;
  reservations: Array<{
    start: string;
    end: string;
  }>;
  absence: string | null;
};
export function putCitizenEcecChildrenByIdDaysByDate(http: ApiTransport, params: PutCitizenEcecChildrenByIdDaysByDateParams, body: PutCitizenEcecChildrenByIdDaysByDateBody): Promise<PutCitizenEcecChildrenByIdDaysByDateResponse> {
  return http({ method: 'PUT', path: `/citizen/ecec/children/${encodeURIComponent(String(params.id))}/days/${encodeURIComponent(String(params.date))}`, body }) as Promise<PutCitizenEcecChildrenByIdDaysByDateResponse>;
}

// GET /citizen/ecec/children/{id}/placements — My child's placements with their placement decisions
export type GetCitizenEcecChildrenByIdPlacementsParams = {
  id: string;
};
export type GetCitizenEcecChildrenByIdPlacementsResponse = {
  placements: Array<{
    id: string;
    unitName: string;
    type: string;
    startDate: string;
    endDate: string | null;
    hoursPerMonth: number;
    decisions: Array<{
      id: string;
      decisionDate: string;
    }>;
  }>;
};
export function getCitizenEcecChildrenByIdPlacements(http: ApiTransport, params: GetCitizenEcecChildrenByIdPlacementsParams): Promise<GetCitizenEcecChildrenByIdPlacementsResponse> {
  return http({ method: 'GET', path: `/citizen/ecec/children/${encodeURIComponent(String(params.id))}/placements` }) as Promise<GetCitizenEcecChildrenByIdPlacementsResponse>;
}

// GET /citizen/ecec/children/{id}/vasu — The versions of my child's ECEC plan (vasu) that staff made visible to guardians, newest first (read-only)
export type GetCitizenEcecChildrenByIdVasuParams = {
  id: string;
};
export type GetCitizenEcecChildrenByIdVasuResponse = {
  versions: Array<{
    id: string;
    version: number;
    createdAt: string;
    sections: Array<{
      id: string;
      title: string;
      content: string;
    }>;
  }>;
};
export function getCitizenEcecChildrenByIdVasu(http: ApiTransport, params: GetCitizenEcecChildrenByIdVasuParams): Promise<GetCitizenEcecChildrenByIdVasuResponse> {
  return http({ method: 'GET', path: `/citizen/ecec/children/${encodeURIComponent(String(params.id))}/vasu` }) as Promise<GetCitizenEcecChildrenByIdVasuResponse>;
}

// GET /citizen/ecec/decisions — Placement decisions of my children, and my fee and voucher value decisions
export type GetCitizenEcecDecisionsResponse = {
  placementDecisions: Array<{
    id: string;
    decisionDate: string;
    childId: string;
    childFirstNames: string;
    unitName: string;
    startDate: string;
    endDate: string | null;
  }>;
  feeDecisions: Array<{
    id: string;
    decisionNumber: number;
    decisionDate: string;
    validFrom: string;
    validTo: string | null;
    totalFee: number;
  }>;
  voucherValueDecisions: Array<{
    id: string;
    decisionNumber: number;
    decisionDate: string;
    validFrom: string;
    validTo: string | null;
    coPayment: number;
    childFirstNames: string;
  }>;
};
export function getCitizenEcecDecisions(http: ApiTransport): Promise<GetCitizenEcecDecisionsResponse> {
  return http({ method: 'GET', path: `/citizen/ecec/decisions` }) as Promise<GetCitizenEcecDecisionsResponse>;
}

// GET /citizen/ecec/fee-decisions/{id}/pdf — My fee decision as PDF
export type GetCitizenEcecFeeDecisionsByIdPdfParams = {
  id: string;
};
export type GetCitizenEcecFeeDecisionsByIdPdfResponse = unknown;
export function getCitizenEcecFeeDecisionsByIdPdf(http: ApiTransport, params: GetCitizenEcecFeeDecisionsByIdPdfParams): Promise<GetCitizenEcecFeeDecisionsByIdPdfResponse> {
  return http({ method: 'GET', path: `/citizen/ecec/fee-decisions/${encodeURIComponent(String(params.id))}/pdf` }) as Promise<GetCitizenEcecFeeDecisionsByIdPdfResponse>;
}

// GET /citizen/ecec/placement-decisions/{id}/pdf — My child's placement decision as PDF
export type GetCitizenEcecPlacementDecisionsByIdPdfParams = {
  id: string;
};
export type GetCitizenEcecPlacementDecisionsByIdPdfResponse = unknown;
export function getCitizenEcecPlacementDecisionsByIdPdf(http: ApiTransport, params: GetCitizenEcecPlacementDecisionsByIdPdfParams): Promise<GetCitizenEcecPlacementDecisionsByIdPdfResponse> {
  return http({ method: 'GET', path: `/citizen/ecec/placement-decisions/${encodeURIComponent(String(params.id))}/pdf` }) as Promise<GetCitizenEcecPlacementDecisionsByIdPdfResponse>;
}

// GET /citizen/ecec/voucher-value-decisions/{id}/pdf — My voucher value decision as PDF
export type GetCitizenEcecVoucherValueDecisionsByIdPdfParams = {
  id: string;
};
export type GetCitizenEcecVoucherValueDecisionsByIdPdfResponse = unknown;
export function getCitizenEcecVoucherValueDecisionsByIdPdf(http: ApiTransport, params: GetCitizenEcecVoucherValueDecisionsByIdPdfParams): Promise<GetCitizenEcecVoucherValueDecisionsByIdPdfResponse> {
  return http({ method: 'GET', path: `/citizen/ecec/voucher-value-decisions/${encodeURIComponent(String(params.id))}/pdf` }) as Promise<GetCitizenEcecVoucherValueDecisionsByIdPdfResponse>;
}

// GET /citizen/me — The resident's own basic data (their own address even under turvakielto) and their children by name
export type GetCitizenMeResponse = {
  csrfToken: string;
  authMethod: string;
  person: {
    id: string;
    firstNames: string;
    callingName: string | null;
    lastName: string;
    birthDate: string;
    contactLanguage: string;
    phone: string | null;
    email: string | null;
    nonDisclosure: boolean;
    address: {
      streetAddress: string;
      postalCode: string | null;
      postOffice: string | null;
      validFrom: string;
    } | null;
  };
  children: Array<{
    id: string;
    firstNames: string;
    lastName: string;
  }>;
};
export function getCitizenMe(http: ApiTransport): Promise<GetCitizenMeResponse> {
  return http({ method: 'GET', path: `/citizen/me` }) as Promise<GetCitizenMeResponse>;
}

// POST /ecec/applications — Record an application (ECEC, preschool, preschool + ECEC, club, transfer) with up to 3 preferred units
export type PostEcecApplicationsBody = {
  childId: string;
  guardianId: string;
  type: "daycare" | "preschool" | "preschool_daycare" | "club" | "transfer";
  sentDate?: string;
  preferredStartDate: string;
  hoursPerMonth?: number | null;
  urgent?: boolean;
  attachmentReceivedDate?: string | null;
  siblingBasis?: boolean;
  siblingId?: string | null;
  preferredUnitIds: string[];
  dueDate?: string | null;
};
export type PostEcecApplicationsResponse = unknown;
export function postEcecApplications(http: ApiTransport, body: PostEcecApplicationsBody): Promise<PostEcecApplicationsResponse> {
  return http({ method: 'POST', path: `/ecec/applications`, body }) as Promise<PostEcecApplicationsResponse>;
}

// GET /ecec/applications/{id} — An application with its due date, place-guarantee alert, the names of the child and guardians, the units and the placement made from it
export type GetEcecApplicationsByIdParams = {
  id: string;
};
export type GetEcecApplicationsByIdResponse = {
  application: {
    id: string;
    childId: string;
    guardianId: string;
    type: string;
    status: string;
    sentDate: string;
    preferredStartDate: string;
    hoursPerMonth: number | null;
    urgent: boolean;
    attachmentReceivedDate: string | null;
    siblingBasis: boolean;
    siblingId: string | null;
    otherGuardianId: string | null;
    otherGuardianConsent: string | null;
    dueDate: string | null;
    dueDateSetManually: boolean;
    proposedUnitId: string | null;
    proposedGroupId: string | null;
    proposedStartDate: string | null;
    proposedEndDate: string | null;
    proposedHoursPerMonth: number | null;
    proposedFreeHoursPerMonth: number | null;
    rejectionReason: string | null;
    preferredUnitIds: string[];
    placeGuaranteeAtRisk: boolean;
  };
  child: {
    id: string;
    firstNames: string;
    lastName: string;
    birthDate: string;
  };
  guardian: {
    id: string;
    firstNames: string;
    lastName: string;
    birthDate: string;
  };
  otherGuardian: {
    id: string;
    firstNames: string;
    lastName: string;
    birthDate: string;
  } | null;
  sibling: {
    id: string;
    firstNames: string;
    lastName: string;
    birthDate: string;
  } | null;
  preferredUnits: Array<{
    id: string;
    name: string;
    priority: number;
  }>;
  proposedUnit: {
    id: string;
    name: string;
  } | null;
  proposedGroup: {
    id: string;
    name: string;
  } | null;
  placementId: string | null;
};
export function getEcecApplicationsById(http: ApiTransport, params: GetEcecApplicationsByIdParams): Promise<GetEcecApplicationsByIdResponse> {
  return http({ method: 'GET', path: `/ecec/applications/${encodeURIComponent(String(params.id))}` }) as Promise<GetEcecApplicationsByIdResponse>;
}

// POST /ecec/applications/{id}/other-guardian-consent — Record the other guardian's consent when the guardians live apart
export type PostEcecApplicationsByIdOtherGuardianConsentParams = {
  id: string;
};
export type PostEcecApplicationsByIdOtherGuardianConsentBody = {
  consent: "given" | "refused";
};
export type PostEcecApplicationsByIdOtherGuardianConsentResponse = unknown;
export function postEcecApplicationsByIdOtherGuardianConsent(http: ApiTransport, params: PostEcecApplicationsByIdOtherGuardianConsentParams, body: PostEcecApplicationsByIdOtherGuardianConsentBody): Promise<PostEcecApplicationsByIdOtherGuardianConsentResponse> {
  return http({ method: 'POST', path: `/ecec/applications/${encodeURIComponent(String(params.id))}/other-guardian-consent`, body }) as Promise<PostEcecApplicationsByIdOtherGuardianConsentResponse>;
}

// POST /ecec/applications/{id}/status — Move an application: sent → processing → placement proposal (unit, group, dates, service need) → accepted (creates the placement and its decision) or rejected (with grounds)
export type PostEcecApplicationsByIdStatusParams = {
  id: string;
};
export type PostEcecApplicationsByIdStatusBody = {
  status: "sent" | "processing" | "placement_proposal" | "accepted" | "rejected" | "cancelled";
  unitId?: string;
  groupId?: string | null;
  startDate?: string;
  endDate?: string | null;
  hoursPerMonth?: number;
  freeHoursPerMonth?: number;
  reason?: string;
};
export type PostEcecApplicationsByIdStatusResponse = unknown;
export function postEcecApplicationsByIdStatus(http: ApiTransport, params: PostEcecApplicationsByIdStatusParams, body: PostEcecApplicationsByIdStatusBody): Promise<PostEcecApplicationsByIdStatusResponse> {
  return http({ method: 'POST', path: `/ecec/applications/${encodeURIComponent(String(params.id))}/status`, body }) as Promise<PostEcecApplicationsByIdStatusResponse>;
}

// POST /ecec/applications/{id}/urgency — Mark an application urgent (work or studies) or not; the due date is recalculated from today unless set by hand
export type PostEcecApplicationsByIdUrgencyParams = {
  id: string;
};
export type PostEcecApplicationsByIdUrgencyBody = {
  urgent: boolean;
  attachmentReceivedDate?: string | null;
};
export type PostEcecApplicationsByIdUrgencyResponse = unknown;
export function postEcecApplicationsByIdUrgency(http: ApiTransport, params: PostEcecApplicationsByIdUrgencyParams, body: PostEcecApplicationsByIdUrgencyBody): Promise<PostEcecApplicationsByIdUrgencyResponse> {
  return http({ method: 'POST', path: `/ecec/applications/${encodeURIComponent(String(params.id))}/urgency`, body }) as Promise<PostEcecApplicationsByIdUrgencyResponse>;
}

// GET /ecec/children/{childId}/monthly-fees — A child's charge for a month (kuukausimaksu) from the fee decisions, placement days and absences, with each rule applied
export type GetEcecChildrenByChildIdMonthlyFeesParams = {
  childId: string;
};
export type GetEcecChildrenByChildIdMonthlyFeesQuery = {
  month: string;
};
export type GetEcecChildrenByChildIdMonthlyFeesResponse = {
  month: string;
  operatingDays: number;
  dailyFeeDivisor: number;
  chargedDays: number;
  sickDays: number;
  absentDays: number;
  parts: Array<{
    decisionIds: string[];
    from: string;
    to: string;
    feeCents: number;
    days: number;
    dailyFeeCents: number | null;
    amountCents: number;
    basis: "full_month" | "part_month";
  }>;
  grossCents: number;
  steps: Array<{
    rule: "no_fee_decision" | "free_month" | "full_month" | "part_month" | "parent_leave_days" | "force_majeure_days" | "sick_full_month" | "sick_days_reduced" | "absent_full_month";
    days: number | null;
    changeCents: number;
    resultCents: number;
  }>;
  chargeCents: number;
};
export function getEcecChildrenByChildIdMonthlyFees(http: ApiTransport, params: GetEcecChildrenByChildIdMonthlyFeesParams, query: GetEcecChildrenByChildIdMonthlyFeesQuery): Promise<GetEcecChildrenByChildIdMonthlyFeesResponse> {
  return http({ method: 'GET', path: `/ecec/children/${encodeURIComponent(String(params.childId))}/monthly-fees`, query }) as Promise<GetEcecChildrenByChildIdMonthlyFeesResponse>;
}

// POST /ecec/children/{id}/absences — Record an absence by type (sickness, planned, …) for a day
export type PostEcecChildrenByIdAbsencesParams = {
  id: string;
};
export type PostEcecChildrenByIdAbsencesBody = {
  date: string;
  type: "sickness" | "planned" | "other" | "unknown" | "force_majeure" | "parent_leave";
};
export type PostEcecChildrenByIdAbsencesResponse = unknown;
export function postEcecChildrenByIdAbsences(http: ApiTransport, params: PostEcecChildrenByIdAbsencesParams, body: PostEcecChildrenByIdAbsencesBody): Promise<PostEcecChildrenByIdAbsencesResponse> {
  return http({ method: 'POST', path: `/ecec/children/${encodeURIComponent(String(params.id))}/absences`, body }) as Promise<PostEcecChildrenByIdAbsencesResponse>;
}

// GET /ecec/children/{id}/applications — A child's applications that the user may see, newest first
export type GetEcecChildrenByIdApplicationsParams = {
  id: string;
};
export type GetEcecChildrenByIdApplicationsResponse = {
  applications: Array<{
    id: string;
    type: string;
    status: string;
    sentDate: string;
    preferredStartDate: string;
    dueDate: string | null;
    unitName: string | null;
    placeGuaranteeAtRisk: boolean;
  }>;
};
export function getEcecChildrenByIdApplications(http: ApiTransport, params: GetEcecChildrenByIdApplicationsParams): Promise<GetEcecChildrenByIdApplicationsResponse> {
  return http({ method: 'GET', path: `/ecec/children/${encodeURIComponent(String(params.id))}/applications` }) as Promise<GetEcecChildrenByIdApplicationsResponse>;
}

// GET /ecec/children/{id}/attendance — A child's month: reservations, realised times, absences, and hours against the service need
export type GetEcecChildrenByIdAttendanceParams = {
  id: string;
};
export type GetEcecChildrenByIdAttendanceQuery = {
  month: string;
};
export type GetEcecChildrenByIdAttendanceResponse = unknown;
export function getEcecChildrenByIdAttendance(http: ApiTransport, params: GetEcecChildrenByIdAttendanceParams, query: GetEcecChildrenByIdAttendanceQuery): Promise<GetEcecChildrenByIdAttendanceResponse> {
  return http({ method: 'GET', path: `/ecec/children/${encodeURIComponent(String(params.id))}/attendance`, query }) as Promise<GetEcecChildrenByIdAttendanceResponse>;
}

// PUT /ecec/children/{id}/attendance-days/{date} — Replace what is marked for a child on a day: the realised stays (arrival, departure) or an absence by type, or nothing
export type PutEcecChildrenByIdAttendanceDaysByDateParams = {
  id: string;
  date: string;
};
export type PutEcecChildrenByIdAttendanceDaysByDateBody = {
  attendances: Array<{
    arrived: string;
    departed: string | null;
  }>;
  absenceType: "sickness" | "planned" | "other" | "unknown" | "force_majeure" | "parent_leave" | null;
};
export type PutEcecChildrenByIdAttendanceDaysByDateResponse = {
  date: string;
  attendances: Array<{
    arrived: string;
    departed: string | null;
  }>;
  absenceType: string | null;
};
export function putEcecChildrenByIdAttendanceDaysByDate(http: ApiTransport, params: PutEcecChildrenByIdAttendanceDaysByDateParams, body: PutEcecChildrenByIdAttendanceDaysByDateBody): Promise<PutEcecChildrenByIdAttendanceDaysByDateResponse> {
  return http({ method: 'PUT', path: `/ecec/children/${encodeURIComponent(String(params.id))}/attendance-days/${encodeURIComponent(String(params.date))}`, body }) as Promise<PutEcecChildrenByIdAttendanceDaysByDateResponse>;
}

// POST /ecec/children/{id}/attendances — Record the realised arrival and departure time of a child
export type PostEcecChildrenByIdAttendancesParams = {
  id: string;
};
export type PostEcecChildrenByIdAttendancesBody = {
  date: string;
  arrived: string;
  departed?: string | null;
};
export type PostEcecChildrenByIdAttendancesResponse = unknown;
export function postEcecChildrenByIdAttendances(http: ApiTransport, params: PostEcecChildrenByIdAttendancesParams, body: PostEcecChildrenByIdAttendancesBody): Promise<PostEcecChildrenByIdAttendancesResponse> {
  return http({ method: 'POST', path: `/ecec/children/${encodeURIComponent(String(params.id))}/attendances`, body }) as Promise<PostEcecChildrenByIdAttendancesResponse>;
}

// GET /ecec/children/{id}/placements — A child's placements with their placement decisions
export type GetEcecChildrenByIdPlacementsParams = {
  id: string;
};
export type GetEcecChildrenByIdPlacementsResponse = unknown;
export function getEcecChildrenByIdPlacements(http: ApiTransport, params: GetEcecChildrenByIdPlacementsParams): Promise<GetEcecChildrenByIdPlacementsResponse> {
  return http({ method: 'GET', path: `/ecec/children/${encodeURIComponent(String(params.id))}/placements` }) as Promise<GetEcecChildrenByIdPlacementsResponse>;
}

// PUT /ecec/children/{id}/reservation-days/{date} — Replace a guardian's reservations of care time for a coming day (entered or changed for the guardian by staff); none removes the reservation
export type PutEcecChildrenByIdReservationDaysByDateParams = {
  id: string;
  date: string;
};
export type PutEcecChildrenByIdReservationDaysByDateBody = {
  reservations: Array<{
    start: string;
    end: string;
  }>;
};
export type PutEcecChildrenByIdReservationDaysByDateResponse = {
  date: string;
  reservations: Array<{
    start: string;
    end: string;
  }>;
};
export function putEcecChildrenByIdReservationDaysByDate(http: ApiTransport, params: PutEcecChildrenByIdReservationDaysByDateParams, body: PutEcecChildrenByIdReservationDaysByDateBody): Promise<PutEcecChildrenByIdReservationDaysByDateResponse> {
  return http({ method: 'PUT', path: `/ecec/children/${encodeURIComponent(String(params.id))}/reservation-days/${encodeURIComponent(String(params.date))}`, body }) as Promise<PutEcecChildrenByIdReservationDaysByDateResponse>;
}

// POST /ecec/children/{id}/reservations — A guardian's reservation of care time for a day, entered by staff on the guardian's behalf (guardians reserve themselves under /citizen/ecec)
export type PostEcecChildrenByIdReservationsParams = {
  id: string;
};
export type PostEcecChildrenByIdReservationsBody = {
  date: string;
  start: string;
  end: string;
};
export type PostEcecChildrenByIdReservationsResponse = unknown;
export function postEcecChildrenByIdReservations(http: ApiTransport, params: PostEcecChildrenByIdReservationsParams, body: PostEcecChildrenByIdReservationsBody): Promise<PostEcecChildrenByIdReservationsResponse> {
  return http({ method: 'POST', path: `/ecec/children/${encodeURIComponent(String(params.id))}/reservations`, body }) as Promise<PostEcecChildrenByIdReservationsResponse>;
}

// GET /ecec/children/{id}/vasu — Every version of the child's ECEC plan
export type GetEcecChildrenByIdVasuParams = {
  id: string;
};
export type GetEcecChildrenByIdVasuResponse = {
  versions: Array<{
    id: string;
    version: number;
    sections: Array<{
      id: string;
      title: string;
      content: string;
    }>;
    visibleToGuardians: boolean;
    authoredBy: string | null;
    createdAt: string;
  }>;
};
export function getEcecChildrenByIdVasu(http: ApiTransport, params: GetEcecChildrenByIdVasuParams): Promise<GetEcecChildrenByIdVasuResponse> {
  return http({ method: 'GET', path: `/ecec/children/${encodeURIComponent(String(params.id))}/vasu` }) as Promise<GetEcecChildrenByIdVasuResponse>;
}

// POST /ecec/children/{id}/vasu — Save a new version of the child's ECEC plan; earlier versions are kept
export type PostEcecChildrenByIdVasuParams = {
  id: string;
};
export type PostEcecChildrenByIdVasuBody = {
  sections: Array<{
    id: string;
    title: string;
    content: string;
  }>;
  visibleToGuardians?: boolean;
  basedOnVersion?: number;
};
export type PostEcecChildrenByIdVasuResponse = {
  id: string;
  version: number;
};
export function postEcecChildrenByIdVasu(http: ApiTransport, params: PostEcecChildrenByIdVasuParams, body: PostEcecChildrenByIdVasuBody): Promise<PostEcecChildrenByIdVasuResponse> {
  return http({ method: 'POST', path: `/ecec/children/${encodeURIComponent(String(params.id))}/vasu`, body }) as Promise<PostEcecChildrenByIdVasuResponse>;
}

// POST /ecec/fee-decisions/regenerate — Regenerate a family's fee decisions from a date (e.g. after a change in the family); new decisions supersede the old
export type PostEcecFeeDecisionsRegenerateBody = {
  personId: string;
  from: string;
};
export type PostEcecFeeDecisionsRegenerateResponse = unknown;
export function postEcecFeeDecisionsRegenerate(http: ApiTransport, body: PostEcecFeeDecisionsRegenerateBody): Promise<PostEcecFeeDecisionsRegenerateResponse> {
  return http({ method: 'POST', path: `/ecec/fee-decisions/regenerate`, body }) as Promise<PostEcecFeeDecisionsRegenerateResponse>;
}

// GET /ecec/fee-decisions/{id}/pdf — A fee decision as PDF in the family's language (fi/sv) with appeal instructions
export type GetEcecFeeDecisionsByIdPdfParams = {
  id: string;
};
export type GetEcecFeeDecisionsByIdPdfResponse = unknown;
export function getEcecFeeDecisionsByIdPdf(http: ApiTransport, params: GetEcecFeeDecisionsByIdPdfParams): Promise<GetEcecFeeDecisionsByIdPdfResponse> {
  return http({ method: 'GET', path: `/ecec/fee-decisions/${encodeURIComponent(String(params.id))}/pdf` }) as Promise<GetEcecFeeDecisionsByIdPdfResponse>;
}

// GET /ecec/fee-parameters — The national fee figures (income limits, percentage, maximum and minimum fee, sibling percentages) of every period, with status and source
export type GetEcecFeeParametersResponse = {
  periods: Array<{
    id: string;
    effectiveFrom: string;
    effectiveTo: string | null;
    inForce: boolean;
    feePercent: number;
    incomeLimits: number[] | null;
    incrementPerAdditionalChild: number | null;
    maxFee: number;
    minFee: number;
    secondChildPercent: number;
    furtherChildPercent: number;
    status: "official" | "verified" | "unverified";
    source: string;
    createdByName: string | null;
    updatedAt: string | null;
    updatedByName: string | null;
    versions: number;
    decisions: number;
  }>;
};
export function getEcecFeeParameters(http: ApiTransport): Promise<GetEcecFeeParametersResponse> {
  return http({ method: 'GET', path: `/ecec/fee-parameters` }) as Promise<GetEcecFeeParametersResponse>;
}

// POST /ecec/fee-parameters — Add a period of fee figures from a date (e.g. the index revision of 1 August); the period in force then ends the day before
export type PostEcecFeeParametersBody = {
  effectiveFrom: string;
  feePercent: number;
  incomeLimits: number[] | null;
  incrementPerAdditionalChild: number | null;
  maxFee: number;
  minFee: number;
  secondChildPercent: number;
  furtherChildPercent: number;
  status: "official" | "verified" | "unverified";
  source: string;
};
export type PostEcecFeeParametersResponse = {
  id: string;
  closedIds: string[];
};
export function postEcecFeeParameters(http: ApiTransport, body: PostEcecFeeParametersBody): Promise<PostEcecFeeParametersResponse> {
  return http({ method: 'POST', path: `/ecec/fee-parameters`, body }) as Promise<PostEcecFeeParametersResponse>;
}

// PUT /ecec/fee-parameters/{id} — Complete or correct a period's figures (its dates stay); the earlier version is kept and the answer tells how many sent fee decisions used the period
export type PutEcecFeeParametersByIdParams = {
  id: string;
};
export type PutEcecFeeParametersByIdBody = {
  feePercent: number;
  incomeLimits: number[] | null;
  incrementPerAdditionalChild: number | null;
  maxFee: number;
  minFee: number;
  secondChildPercent: number;
  furtherChildPercent: number;
  status: "official" | "verified" | "unverified";
  source: string;
};
export type PutEcecFeeParametersByIdResponse = {
  id: string;
  decisionsToReview: number;
};
export function putEcecFeeParametersById(http: ApiTransport, params: PutEcecFeeParametersByIdParams, body: PutEcecFeeParametersByIdBody): Promise<PutEcecFeeParametersByIdResponse> {
  return http({ method: 'PUT', path: `/ecec/fee-parameters/${encodeURIComponent(String(params.id))}`, body }) as Promise<PutEcecFeeParametersByIdResponse>;
}

// POST /ecec/incomes — Record a guardian's gross income (€/month) from a date; the family's fee decisions are regenerated from it
export type PostEcecIncomesBody = {
  personId: string;
  validFrom: string;
  validTo?: string | null;
  grossIncome?: number;
  maxFeeAccepted?: boolean;
};
export type PostEcecIncomesResponse = unknown;
export function postEcecIncomes(http: ApiTransport, body: PostEcecIncomesBody): Promise<PostEcecIncomesResponse> {
  return http({ method: 'POST', path: `/ecec/incomes`, body }) as Promise<PostEcecIncomesResponse>;
}

// GET /ecec/monthly-fees — The month's charges of every child placed in a unit (unitId) or in the whole municipality, for fee handlers (JSON, CSV or XLSX)
export type GetEcecMonthlyFeesQuery = {
  month: string;
  unitId?: string;
  format?: "json" | "csv" | "xlsx";
  lang?: "fi" | "sv" | "en";
};
export type GetEcecMonthlyFeesResponse = unknown;
export function getEcecMonthlyFees(http: ApiTransport, query: GetEcecMonthlyFeesQuery): Promise<GetEcecMonthlyFeesResponse> {
  return http({ method: 'GET', path: `/ecec/monthly-fees`, query }) as Promise<GetEcecMonthlyFeesResponse>;
}

// GET /ecec/persons/{id}/fee-decisions — Fee and voucher value decisions of a guardian or a child, with incomes (fee handlers only)
export type GetEcecPersonsByIdFeeDecisionsParams = {
  id: string;
};
export type GetEcecPersonsByIdFeeDecisionsResponse = unknown;
export function getEcecPersonsByIdFeeDecisions(http: ApiTransport, params: GetEcecPersonsByIdFeeDecisionsParams): Promise<GetEcecPersonsByIdFeeDecisionsResponse> {
  return http({ method: 'GET', path: `/ecec/persons/${encodeURIComponent(String(params.id))}/fee-decisions` }) as Promise<GetEcecPersonsByIdFeeDecisionsResponse>;
}

// GET /ecec/persons/{id}/incomes — A guardian's income data (fee handlers only)
export type GetEcecPersonsByIdIncomesParams = {
  id: string;
};
export type GetEcecPersonsByIdIncomesResponse = unknown;
export function getEcecPersonsByIdIncomes(http: ApiTransport, params: GetEcecPersonsByIdIncomesParams): Promise<GetEcecPersonsByIdIncomesResponse> {
  return http({ method: 'GET', path: `/ecec/persons/${encodeURIComponent(String(params.id))}/incomes` }) as Promise<GetEcecPersonsByIdIncomesResponse>;
}

// GET /ecec/placement-decisions/{id}/pdf — A placement decision as PDF in the family's language (fi/sv) with appeal instructions
export type GetEcecPlacementDecisionsByIdPdfParams = {
  id: string;
};
export type GetEcecPlacementDecisionsByIdPdfResponse = unknown;
export function getEcecPlacementDecisionsByIdPdf(http: ApiTransport, params: GetEcecPlacementDecisionsByIdPdfParams): Promise<GetEcecPlacementDecisionsByIdPdfResponse> {
  return http({ method: 'GET', path: `/ecec/placement-decisions/${encodeURIComponent(String(params.id))}/pdf` }) as Promise<GetEcecPlacementDecisionsByIdPdfResponse>;
}

// POST /ecec/placements — Place a child in a unit (with a placement decision); the family fee decisions are regenerated
export type PostEcecPlacementsBody = {
  childId: string;
  unitId: string;
  groupId?: string | null;
  type: "daycare" | "daycare_part_day" | "preschool" | "preschool_daycare" | "club" | "family_daycare";
  startDate: string;
  endDate?: string | null;
  hoursPerMonth: number;
  freeHoursPerMonth?: number;
};
export type PostEcecPlacementsResponse = unknown;
export function postEcecPlacements(http: ApiTransport, body: PostEcecPlacementsBody): Promise<PostEcecPlacementsResponse> {
  return http({ method: 'POST', path: `/ecec/placements`, body }) as Promise<PostEcecPlacementsResponse>;
}

// POST /ecec/placements/{id}/service-need — Change the service need (hours per month) from a date; the fee decisions are regenerated from it
export type PostEcecPlacementsByIdServiceNeedParams = {
  id: string;
};
export type PostEcecPlacementsByIdServiceNeedBody = {
  from: string;
  hoursPerMonth: number;
  freeHoursPerMonth?: number;
};
export type PostEcecPlacementsByIdServiceNeedResponse = unknown;
export function postEcecPlacementsByIdServiceNeed(http: ApiTransport, params: PostEcecPlacementsByIdServiceNeedParams, body: PostEcecPlacementsByIdServiceNeedBody): Promise<PostEcecPlacementsByIdServiceNeedResponse> {
  return http({ method: 'POST', path: `/ecec/placements/${encodeURIComponent(String(params.id))}/service-need`, body }) as Promise<PostEcecPlacementsByIdServiceNeedResponse>;
}

// GET /ecec/providers — Private providers and family day-care providers with their units and supervision data
export type GetEcecProvidersResponse = unknown;
export function getEcecProviders(http: ApiTransport): Promise<GetEcecProvidersResponse> {
  return http({ method: 'GET', path: `/ecec/providers` }) as Promise<GetEcecProvidersResponse>;
}

// POST /ecec/providers — Add a private provider or a family day-care provider, with supervision data
export type PostEcecProvidersBody = {
  kind: "private" | "family_daycare";
  name: string;
  businessId?: string | null;
  personId?: string | null;
  phone?: string | null;
  email?: string | null;
  registeredOn?: string | null;
  lastSupervisionDate?: string | null;
  supervisionNotes?: string | null;
  voucherEligible?: boolean;
};
export type PostEcecProvidersResponse = unknown;
export function postEcecProviders(http: ApiTransport, body: PostEcecProvidersBody): Promise<PostEcecProvidersResponse> {
  return http({ method: 'POST', path: `/ecec/providers`, body }) as Promise<PostEcecProvidersResponse>;
}

// GET /ecec/units — ECEC units the user may see
export type GetEcecUnitsResponse = unknown;
export function getEcecUnits(http: ApiTransport): Promise<GetEcecUnitsResponse> {
  return http({ method: 'GET', path: `/ecec/units` }) as Promise<GetEcecUnitsResponse>;
}

// POST /ecec/units — Add an ECEC unit (day-care centre, family day-care home, private or voucher unit)
export type PostEcecUnitsBody = {
  name: string;
  providerType: "municipal" | "private_voucher" | "private" | "family_daycare";
  providerId?: string | null;
  capacity: number;
  language?: "fi" | "sv";
  streetAddress?: string | null;
  postalCode?: string | null;
  postOffice?: string | null;
};
export type PostEcecUnitsResponse = unknown;
export function postEcecUnits(http: ApiTransport, body: PostEcecUnitsBody): Promise<PostEcecUnitsResponse> {
  return http({ method: 'POST', path: `/ecec/units`, body }) as Promise<PostEcecUnitsResponse>;
}

// GET /ecec/units/{id} — An ECEC unit with its groups and current staff contact details
export type GetEcecUnitsByIdParams = {
  id: string;
};
export type GetEcecUnitsByIdResponse = unknown;
export function getEcecUnitsById(http: ApiTransport, params: GetEcecUnitsByIdParams): Promise<GetEcecUnitsByIdResponse> {
  return http({ method: 'GET', path: `/ecec/units/${encodeURIComponent(String(params.id))}` }) as Promise<GetEcecUnitsByIdResponse>;
}

// GET /ecec/units/{id}/attendance — A unit's day: the children placed in it (or in one group), their reservations, realised stays and absences
export type GetEcecUnitsByIdAttendanceParams = {
  id: string;
};
export type GetEcecUnitsByIdAttendanceQuery = {
  date: string;
  groupId?: string;
};
export type GetEcecUnitsByIdAttendanceResponse = {
  date: string;
  children: Array<{
    id: string;
    firstNames: string;
    lastName: string;
    birthDate: string;
    placementId: string;
    groupId: string | null;
    groupName: string | null;
    placementType: string;
    hoursPerMonth: number;
    reservations: Array<{
      start: string;
      end: string;
    }>;
    attendances: Array<{
      arrived: string;
      departed: string | null;
    }>;
    absenceType: string | null;
  }>;
};
export function getEcecUnitsByIdAttendance(http: ApiTransport, params: GetEcecUnitsByIdAttendanceParams, query: GetEcecUnitsByIdAttendanceQuery): Promise<GetEcecUnitsByIdAttendanceResponse> {
  return http({ method: 'GET', path: `/ecec/units/${encodeURIComponent(String(params.id))}/attendance`, query }) as Promise<GetEcecUnitsByIdAttendanceResponse>;
}

// GET /ecec/units/{id}/attendance-month — A unit's month: each child's realised and reserved hours against the service need, with the overrun alert
export type GetEcecUnitsByIdAttendanceMonthParams = {
  id: string;
};
export type GetEcecUnitsByIdAttendanceMonthQuery = {
  month: string;
  groupId?: string;
};
export type GetEcecUnitsByIdAttendanceMonthResponse = {
  month: string;
  overruns: number;
  children: Array<{
    id: string;
    firstNames: string;
    lastName: string;
    birthDate: string;
    serviceNeedHours: number | null;
    realisedHours: number;
    reservedHours: number;
    absenceDays: number;
    overrun: boolean;
  }>;
};
export function getEcecUnitsByIdAttendanceMonth(http: ApiTransport, params: GetEcecUnitsByIdAttendanceMonthParams, query: GetEcecUnitsByIdAttendanceMonthQuery): Promise<GetEcecUnitsByIdAttendanceMonthResponse> {
  return http({ method: 'GET', path: `/ecec/units/${encodeURIComponent(String(params.id))}/attendance-month`, query }) as Promise<GetEcecUnitsByIdAttendanceMonthResponse>;
}

// GET /ecec/units/{id}/children — Children placed in the unit on a date (default today)
export type GetEcecUnitsByIdChildrenParams = {
  id: string;
};
export type GetEcecUnitsByIdChildrenQuery = {
  date?: string;
};
export type GetEcecUnitsByIdChildrenResponse = unknown;
export function getEcecUnitsByIdChildren(http: ApiTransport, params: GetEcecUnitsByIdChildrenParams, query?: GetEcecUnitsByIdChildrenQuery): Promise<GetEcecUnitsByIdChildrenResponse> {
  return http({ method: 'GET', path: `/ecec/units/${encodeURIComponent(String(params.id))}/children`, query }) as Promise<GetEcecUnitsByIdChildrenResponse>;
}

// POST /ecec/units/{id}/groups — Add a group to a unit
export type PostEcecUnitsByIdGroupsParams = {
  id: string;
};
export type PostEcecUnitsByIdGroupsBody = {
  name: string;
  startDate: string;
  endDate?: string | null;
};
export type PostEcecUnitsByIdGroupsResponse = unknown;
export function postEcecUnitsByIdGroups(http: ApiTransport, params: PostEcecUnitsByIdGroupsParams, body: PostEcecUnitsByIdGroupsBody): Promise<PostEcecUnitsByIdGroupsResponse> {
  return http({ method: 'POST', path: `/ecec/units/${encodeURIComponent(String(params.id))}/groups`, body }) as Promise<PostEcecUnitsByIdGroupsResponse>;
}

// GET /ecec/units/{id}/queue — The unit's application queue ordered by due date, with place-guarantee alerts
export type GetEcecUnitsByIdQueueParams = {
  id: string;
};
export type GetEcecUnitsByIdQueueResponse = unknown;
export function getEcecUnitsByIdQueue(http: ApiTransport, params: GetEcecUnitsByIdQueueParams): Promise<GetEcecUnitsByIdQueueResponse> {
  return http({ method: 'GET', path: `/ecec/units/${encodeURIComponent(String(params.id))}/queue` }) as Promise<GetEcecUnitsByIdQueueResponse>;
}

// POST /ecec/units/{id}/staff — Link a staff member (contact details) to a unit and optionally a group
export type PostEcecUnitsByIdStaffParams = {
  id: string;
};
export type PostEcecUnitsByIdStaffBody = {
  firstName: string;
  lastName: string;
  title?: string | null;
  phone?: string | null;
  email?: string | null;
  groupId?: string | null;
  userId?: string | null;
  startDate: string;
  endDate?: string | null;
};
export type PostEcecUnitsByIdStaffResponse = unknown;
export function postEcecUnitsByIdStaff(http: ApiTransport, params: PostEcecUnitsByIdStaffParams, body: PostEcecUnitsByIdStaffBody): Promise<PostEcecUnitsByIdStaffResponse> {
  return http({ method: 'POST', path: `/ecec/units/${encodeURIComponent(String(params.id))}/staff`, body }) as Promise<PostEcecUnitsByIdStaffResponse>;
}

// GET /ecec/voucher-value-decisions/{id}/pdf — A voucher value decision (palvelusetelin arvopäätös) as PDF in the family's language (fi/sv) with appeal instructions
export type GetEcecVoucherValueDecisionsByIdPdfParams = {
  id: string;
};
export type GetEcecVoucherValueDecisionsByIdPdfResponse = unknown;
export function getEcecVoucherValueDecisionsByIdPdf(http: ApiTransport, params: GetEcecVoucherValueDecisionsByIdPdfParams): Promise<GetEcecVoucherValueDecisionsByIdPdfResponse> {
  return http({ method: 'GET', path: `/ecec/voucher-value-decisions/${encodeURIComponent(String(params.id))}/pdf` }) as Promise<GetEcecVoucherValueDecisionsByIdPdfResponse>;
}

// GET /elderly-care/applications — The application worklist: open applications by their nearest statutory deadline (SHL 36 § start, SHL 45 § processing)
export type GetElderlyCareApplicationsQuery = {
  status?: "open" | "all";
};
export type GetElderlyCareApplicationsResponse = {
  today: string;
  total: number;
  applications: Array<{
    id: string;
    personId: string;
    firstNames: string;
    lastName: string;
    birthDate: string;
    kind: string;
    status: string;
    receivedOn: string;
    urgentStatutory: boolean;
    assessmentStartDue: string | null;
    assessmentStartedOn: string | null;
    assessmentCompletedOn: string | null;
    processingDue: string | null;
    nextDue: string | null;
    nextDueKind: "assessment_start" | "processing" | null;
    workingDaysLeft: number | null;
    overdue: boolean;
    isClient: boolean;
  }>;
};
export function getElderlyCareApplications(http: ApiTransport, query?: GetElderlyCareApplicationsQuery): Promise<GetElderlyCareApplicationsResponse> {
  return http({ method: 'GET', path: `/elderly-care/applications`, query }) as Promise<GetElderlyCareApplicationsResponse>;
}

// POST /elderly-care/applications/{id}/assessment — Record that the service-need assessment started or was completed (meets the SHL 36 § start deadline)
export type PostElderlyCareApplicationsByIdAssessmentParams = {
  id: string;
};
export type PostElderlyCareApplicationsByIdAssessmentBody = {
  startedOn?: string | null;
  completedOn?: string | null;
};
export type PostElderlyCareApplicationsByIdAssessmentResponse = unknown;
export function postElderlyCareApplicationsByIdAssessment(http: ApiTransport, params: PostElderlyCareApplicationsByIdAssessmentParams, body: PostElderlyCareApplicationsByIdAssessmentBody): Promise<PostElderlyCareApplicationsByIdAssessmentResponse> {
  return http({ method: 'POST', path: `/elderly-care/applications/${encodeURIComponent(String(params.id))}/assessment`, body }) as Promise<PostElderlyCareApplicationsByIdAssessmentResponse>;
}

// POST /elderly-care/clients — Start a client relationship at a care unit, with contact persons
export type PostElderlyCareClientsBody = {
  personId: string;
  unitId: string;
  startDate: string;
  contacts?: Array<{
    personId?: string | null;
    name?: string | null;
    phone?: string | null;
    relation: "spouse" | "child" | "relative" | "guardian" | "trustee" | "other";
  }>;
};
export type PostElderlyCareClientsResponse = Record<string, unknown>;
export function postElderlyCareClients(http: ApiTransport, body: PostElderlyCareClientsBody): Promise<PostElderlyCareClientsResponse> {
  return http({ method: 'POST', path: `/elderly-care/clients`, body }) as Promise<PostElderlyCareClientsResponse>;
}

// GET /elderly-care/clients/{personId} — A client's card: relationships and contacts, applications with their deadlines, plan versions, decisions, and for the coordinator fees and invoices
export type GetElderlyCareClientsByPersonIdParams = {
  personId: string;
};
export type GetElderlyCareClientsByPersonIdResponse = {
  clients: Array<{
    id: string;
    unitId: string;
    unitName: string;
    startDate: string;
    endDate: string | null;
    contacts: Array<{
      personId: string | null;
      name: string | null;
      phone: string | null;
      relation: string;
    }>;
  }>;
  applications: Array<{
    id: string;
    kind: string;
    receivedOn: string;
    status: string;
    urgentStatutory: boolean;
    assessmentStartDue: string | null;
    assessmentStartedOn: string | null;
    assessmentCompletedOn: string | null;
    processingDue: string | null;
  }>;
  servicePlans: Array<{
    id: string;
    version: number;
    validFrom: string;
    goals: string;
    services: string;
    clientParticipated: boolean;
    createdAt: string;
    createdBy: string | null;
  }>;
  decisions: Array<{
    id: string;
    applicationId: string | null;
    serviceType: string;
    outcome: string;
    decidedOn: string;
    arrangeBy: string | null;
    startsOn: string | null;
    hoursPerMonth: number | null;
    providerName: string | null;
    reasoning: string | null;
  }>;
  fees: {
    feeDecisions: Array<{
      id: string;
      serviceDecisionId: string;
      validFrom: string;
      validTo: string | null;
      grossIncome: number;
      householdSize: number;
      serviceHours: number;
      incomeLimit: number;
      percent: number;
      monthlyFee: number;
      parametersUnverified: boolean;
    }>;
    invoices: Array<{
      id: string;
      feeDecisionId: string;
      month: string;
      days: number;
      amount: number;
      invoiceDate: string;
    }>;
  } | null;
};
export function getElderlyCareClientsByPersonId(http: ApiTransport, params: GetElderlyCareClientsByPersonIdParams): Promise<GetElderlyCareClientsByPersonIdResponse> {
  return http({ method: 'GET', path: `/elderly-care/clients/${encodeURIComponent(String(params.personId))}` }) as Promise<GetElderlyCareClientsByPersonIdResponse>;
}

// POST /elderly-care/clients/{personId}/applications — Register an application; sets the 7-working-day assessment start deadline for those aged 75+ (SHL 36 §) and the 3-month processing deadline (SHL 45 §)
export type PostElderlyCareClientsByPersonIdApplicationsParams = {
  personId: string;
};
export type PostElderlyCareClientsByPersonIdApplicationsBody = {
  kind: "service_need_assessment" | "home_care" | "service_housing" | "informal_care_support" | "support_services";
  receivedOn: string;
  highestCareAllowance?: boolean;
};
export type PostElderlyCareClientsByPersonIdApplicationsResponse = Record<string, unknown>;
export function postElderlyCareClientsByPersonIdApplications(http: ApiTransport, params: PostElderlyCareClientsByPersonIdApplicationsParams, body: PostElderlyCareClientsByPersonIdApplicationsBody): Promise<PostElderlyCareClientsByPersonIdApplicationsResponse> {
  return http({ method: 'POST', path: `/elderly-care/clients/${encodeURIComponent(String(params.personId))}/applications`, body }) as Promise<PostElderlyCareClientsByPersonIdApplicationsResponse>;
}

// GET /elderly-care/clients/{personId}/care-records — Care records of a client, newest first; corrected entries stay with a link to their correction
export type GetElderlyCareClientsByPersonIdCareRecordsParams = {
  personId: string;
};
export type GetElderlyCareClientsByPersonIdCareRecordsQuery = {
  limit?: number;
};
export type GetElderlyCareClientsByPersonIdCareRecordsResponse = {
  records: Array<{
    id: string;
    unitId: string;
    unitName: string;
    recordedAt: string;
    kind: string;
    text: string;
    author: string | null;
    correctsId: string | null;
    correctionReason: string | null;
    correctedById: string | null;
  }>;
};
export function getElderlyCareClientsByPersonIdCareRecords(http: ApiTransport, params: GetElderlyCareClientsByPersonIdCareRecordsParams, query?: GetElderlyCareClientsByPersonIdCareRecordsQuery): Promise<GetElderlyCareClientsByPersonIdCareRecordsResponse> {
  return http({ method: 'GET', path: `/elderly-care/clients/${encodeURIComponent(String(params.personId))}/care-records`, query }) as Promise<GetElderlyCareClientsByPersonIdCareRecordsResponse>;
}

// POST /elderly-care/clients/{personId}/care-records — Write a care record, or a correction of an earlier one (records are never edited)
export type PostElderlyCareClientsByPersonIdCareRecordsParams = {
  personId: string;
};
export type PostElderlyCareClientsByPersonIdCareRecordsBody = {
  unitId: string;
  kind: "visit" | "observation" | "medication" | "other";
  text: string;
  correctsId?: string | null;
  correctionReason?: string | null;
};
export type PostElderlyCareClientsByPersonIdCareRecordsResponse = Record<string, unknown>;
export function postElderlyCareClientsByPersonIdCareRecords(http: ApiTransport, params: PostElderlyCareClientsByPersonIdCareRecordsParams, body: PostElderlyCareClientsByPersonIdCareRecordsBody): Promise<PostElderlyCareClientsByPersonIdCareRecordsResponse> {
  return http({ method: 'POST', path: `/elderly-care/clients/${encodeURIComponent(String(params.personId))}/care-records`, body }) as Promise<PostElderlyCareClientsByPersonIdCareRecordsResponse>;
}

// POST /elderly-care/clients/{personId}/decisions — Decide a service (arranged within 3 months, VPL 18 §); a granted home care with income gets its fee decision (734/1992 10 e §)
export type PostElderlyCareClientsByPersonIdDecisionsParams = {
  personId: string;
};
export type PostElderlyCareClientsByPersonIdDecisionsBody = {
  applicationId?: string | null;
  serviceType: "home_care" | "support_services" | "service_housing" | "service_housing_24h" | "informal_care_support" | "day_activity";
  outcome: "granted" | "rejected";
  decidedOn: string;
  startsOn?: string | null;
  providerId?: string | null;
  hoursPerMonth?: number | null;
  reasoning?: string | null;
  grossIncome?: number | null;
  householdSize?: number | null;
};
export type PostElderlyCareClientsByPersonIdDecisionsResponse = Record<string, unknown>;
export function postElderlyCareClientsByPersonIdDecisions(http: ApiTransport, params: PostElderlyCareClientsByPersonIdDecisionsParams, body: PostElderlyCareClientsByPersonIdDecisionsBody): Promise<PostElderlyCareClientsByPersonIdDecisionsResponse> {
  return http({ method: 'POST', path: `/elderly-care/clients/${encodeURIComponent(String(params.personId))}/decisions`, body }) as Promise<PostElderlyCareClientsByPersonIdDecisionsResponse>;
}

// POST /elderly-care/clients/{personId}/service-plans — Add a new version of the care and service plan (earlier versions are kept)
export type PostElderlyCareClientsByPersonIdServicePlansParams = {
  personId: string;
};
export type PostElderlyCareClientsByPersonIdServicePlansBody = {
  validFrom: string;
  goals: string;
  services: string;
  clientParticipated: boolean;
};
export type PostElderlyCareClientsByPersonIdServicePlansResponse = Record<string, unknown>;
export function postElderlyCareClientsByPersonIdServicePlans(http: ApiTransport, params: PostElderlyCareClientsByPersonIdServicePlansParams, body: PostElderlyCareClientsByPersonIdServicePlansBody): Promise<PostElderlyCareClientsByPersonIdServicePlansResponse> {
  return http({ method: 'POST', path: `/elderly-care/clients/${encodeURIComponent(String(params.personId))}/service-plans`, body }) as Promise<PostElderlyCareClientsByPersonIdServicePlansResponse>;
}

// GET /elderly-care/decisions/{id}/pdf — A service decision as PDF (fi/sv) with appeal instructions
export type GetElderlyCareDecisionsByIdPdfParams = {
  id: string;
};
export type GetElderlyCareDecisionsByIdPdfQuery = {
  lang?: "fi" | "sv";
};
export type GetElderlyCareDecisionsByIdPdfResponse = unknown;
export function getElderlyCareDecisionsByIdPdf(http: ApiTransport, params: GetElderlyCareDecisionsByIdPdfParams, query?: GetElderlyCareDecisionsByIdPdfQuery): Promise<GetElderlyCareDecisionsByIdPdfResponse> {
  return http({ method: 'GET', path: `/elderly-care/decisions/${encodeURIComponent(String(params.id))}/pdf`, query }) as Promise<GetElderlyCareDecisionsByIdPdfResponse>;
}

// GET /elderly-care/fee-decisions/{id}/pdf — A home-care fee decision as PDF (fi/sv) with its calculation basis and appeal instructions
export type GetElderlyCareFeeDecisionsByIdPdfParams = {
  id: string;
};
export type GetElderlyCareFeeDecisionsByIdPdfQuery = {
  lang?: "fi" | "sv";
};
export type GetElderlyCareFeeDecisionsByIdPdfResponse = unknown;
export function getElderlyCareFeeDecisionsByIdPdf(http: ApiTransport, params: GetElderlyCareFeeDecisionsByIdPdfParams, query?: GetElderlyCareFeeDecisionsByIdPdfQuery): Promise<GetElderlyCareFeeDecisionsByIdPdfResponse> {
  return http({ method: 'GET', path: `/elderly-care/fee-decisions/${encodeURIComponent(String(params.id))}/pdf`, query }) as Promise<GetElderlyCareFeeDecisionsByIdPdfResponse>;
}

// GET /elderly-care/invoices — A month's home-care invoices
export type GetElderlyCareInvoicesQuery = {
  month: string;
};
export type GetElderlyCareInvoicesResponse = {
  month: string;
  total: number;
  invoices: Array<{
    id: string;
    personId: string;
    firstNames: string;
    lastName: string;
    days: number;
    amount: number;
    invoiceDate: string;
  }>;
};
export function getElderlyCareInvoices(http: ApiTransport, query: GetElderlyCareInvoicesQuery): Promise<GetElderlyCareInvoicesResponse> {
  return http({ method: 'GET', path: `/elderly-care/invoices`, query }) as Promise<GetElderlyCareInvoicesResponse>;
}

// POST /elderly-care/invoices — Invoice a month's home-care fees from the fee decisions in force (idempotent per decision and month)
export type PostElderlyCareInvoicesBody = {
  month: string;
};
export type PostElderlyCareInvoicesResponse = {
  month: string;
  created: number;
  total: number;
};
export function postElderlyCareInvoices(http: ApiTransport, body: PostElderlyCareInvoicesBody): Promise<PostElderlyCareInvoicesResponse> {
  return http({ method: 'POST', path: `/elderly-care/invoices`, body }) as Promise<PostElderlyCareInvoicesResponse>;
}

// GET /elderly-care/units — Elderly-services units the user works in (all of them for the service coordinator)
export type GetElderlyCareUnitsResponse = {
  units: Array<{
    id: string;
    name: string;
    kind: string;
  }>;
};
export function getElderlyCareUnits(http: ApiTransport): Promise<GetElderlyCareUnitsResponse> {
  return http({ method: 'GET', path: `/elderly-care/units` }) as Promise<GetElderlyCareUnitsResponse>;
}

// GET /elderly-care/units/{unitId}/clients — The unit's current clients with their plan version and latest care record
export type GetElderlyCareUnitsByUnitIdClientsParams = {
  unitId: string;
};
export type GetElderlyCareUnitsByUnitIdClientsResponse = {
  unit: {
    id: string;
    name: string;
  };
  clients: Array<{
    personId: string;
    firstNames: string;
    lastName: string;
    birthDate: string;
    startDate: string;
    planVersion: number | null;
    planValidFrom: string | null;
    lastRecordAt: string | null;
  }>;
};
export function getElderlyCareUnitsByUnitIdClients(http: ApiTransport, params: GetElderlyCareUnitsByUnitIdClientsParams): Promise<GetElderlyCareUnitsByUnitIdClientsResponse> {
  return http({ method: 'GET', path: `/elderly-care/units/${encodeURIComponent(String(params.unitId))}/clients` }) as Promise<GetElderlyCareUnitsByUnitIdClientsResponse>;
}

// GET /information-requests — Information requests by the deadline in force, with warnings when near or over
export type GetInformationRequestsQuery = {
  includeDelivered?: boolean;
};
export type GetInformationRequestsResponse = unknown;
export function getInformationRequests(http: ApiTransport, query?: GetInformationRequestsQuery): Promise<GetInformationRequestsResponse> {
  return http({ method: 'GET', path: `/information-requests`, query }) as Promise<GetInformationRequestsResponse>;
}

// POST /information-requests — Record an information request; deadlines follow from the kind and the date of receipt
export type PostInformationRequestsBody = {
  kind: "access" | "document" | "access_log" | "rectification" | "restriction" | "objection";
  subject: {
    personId?: string;
    hetu?: string;
    name?: string;
    birthDate?: string;
  };
  requesterKind: "subject" | "guardian" | "legal_representative" | "authorised_person" | "other";
  requesterPersonId?: string | null;
  requesterName?: string | null;
  identificationMethod: "strong_electronic" | "identity_document" | "known_in_person" | "guardian_relationship" | "power_of_attorney" | "other";
  channel: "letter" | "email" | "in_person" | "e_service" | "phone";
  receivedOn: string;
  language?: "fi" | "sv" | "en";
};
export type PostInformationRequestsResponse = unknown;
export function postInformationRequests(http: ApiTransport, body: PostInformationRequestsBody): Promise<PostInformationRequestsResponse> {
  return http({ method: 'POST', path: `/information-requests`, body }) as Promise<PostInformationRequestsResponse>;
}

// POST /information-requests/subject-search — Candidates for the subject of an information request, by henkilötunnus (in the body) or fuzzy name and birth date
export type PostInformationRequestsSubjectSearchBody = {
  personId?: string;
  hetu?: string;
  name?: string;
  birthDate?: string;
};
export type PostInformationRequestsSubjectSearchResponse = unknown;
export function postInformationRequestsSubjectSearch(http: ApiTransport, body: PostInformationRequestsSubjectSearchBody): Promise<PostInformationRequestsSubjectSearchResponse> {
  return http({ method: 'POST', path: `/information-requests/subject-search`, body }) as Promise<PostInformationRequestsSubjectSearchResponse>;
}

// GET /information-requests/{id} — One information request with its deadlines and the items found, grouped by register and dataset
export type GetInformationRequestsByIdParams = {
  id: string;
};
export type GetInformationRequestsByIdResponse = unknown;
export function getInformationRequestsById(http: ApiTransport, params: GetInformationRequestsByIdParams): Promise<GetInformationRequestsByIdResponse> {
  return http({ method: 'GET', path: `/information-requests/${encodeURIComponent(String(params.id))}` }) as Promise<GetInformationRequestsByIdResponse>;
}

// POST /information-requests/{id}/decision — Decide the request once every item is reviewed: full, partial or negative, with grounds and appeal instructions
export type PostInformationRequestsByIdDecisionParams = {
  id: string;
};
export type PostInformationRequestsByIdDecisionResponse = unknown;
export function postInformationRequestsByIdDecision(http: ApiTransport, params: PostInformationRequestsByIdDecisionParams): Promise<PostInformationRequestsByIdDecisionResponse> {
  return http({ method: 'POST', path: `/information-requests/${encodeURIComponent(String(params.id))}/decision` }) as Promise<PostInformationRequestsByIdDecisionResponse>;
}

// POST /information-requests/{id}/deliver — Record that the answer was delivered to the requester
export type PostInformationRequestsByIdDeliverParams = {
  id: string;
};
export type PostInformationRequestsByIdDeliverBody = {
  channel: "letter" | "email" | "in_person" | "e_service";
};
export type PostInformationRequestsByIdDeliverResponse = unknown;
export function postInformationRequestsByIdDeliver(http: ApiTransport, params: PostInformationRequestsByIdDeliverParams, body: PostInformationRequestsByIdDeliverBody): Promise<PostInformationRequestsByIdDeliverResponse> {
  return http({ method: 'POST', path: `/information-requests/${encodeURIComponent(String(params.id))}/deliver`, body }) as Promise<PostInformationRequestsByIdDeliverResponse>;
}

// POST /information-requests/{id}/extend — Extend the deadline with a recorded reason (GDPR 12(3): two more months; Julkisuuslaki 14 §: a large request, one month)
export type PostInformationRequestsByIdExtendParams = {
  id: string;
};
export type PostInformationRequestsByIdExtendBody = {
  reason: string;
};
export type PostInformationRequestsByIdExtendResponse = unknown;
export function postInformationRequestsByIdExtend(http: ApiTransport, params: PostInformationRequestsByIdExtendParams, body: PostInformationRequestsByIdExtendBody): Promise<PostInformationRequestsByIdExtendResponse> {
  return http({ method: 'POST', path: `/information-requests/${encodeURIComponent(String(params.id))}/extend`, body }) as Promise<PostInformationRequestsByIdExtendResponse>;
}

// GET /information-requests/{id}/report/json — The answer as a machine-readable JSON export (GDPR Art. 20 style)
export type GetInformationRequestsByIdReportJsonParams = {
  id: string;
};
export type GetInformationRequestsByIdReportJsonQuery = {
  lang?: "fi" | "sv" | "en";
};
export type GetInformationRequestsByIdReportJsonResponse = unknown;
export function getInformationRequestsByIdReportJson(http: ApiTransport, params: GetInformationRequestsByIdReportJsonParams, query?: GetInformationRequestsByIdReportJsonQuery): Promise<GetInformationRequestsByIdReportJsonResponse> {
  return http({ method: 'GET', path: `/information-requests/${encodeURIComponent(String(params.id))}/report/json`, query }) as Promise<GetInformationRequestsByIdReportJsonResponse>;
}

// GET /information-requests/{id}/report/pdf — The answer as PDF (fi/sv/en): contents by register, released items, redactions shown as such
export type GetInformationRequestsByIdReportPdfParams = {
  id: string;
};
export type GetInformationRequestsByIdReportPdfQuery = {
  lang?: "fi" | "sv" | "en";
};
export type GetInformationRequestsByIdReportPdfResponse = unknown;
export function getInformationRequestsByIdReportPdf(http: ApiTransport, params: GetInformationRequestsByIdReportPdfParams, query?: GetInformationRequestsByIdReportPdfQuery): Promise<GetInformationRequestsByIdReportPdfResponse> {
  return http({ method: 'GET', path: `/information-requests/${encodeURIComponent(String(params.id))}/report/pdf`, query }) as Promise<GetInformationRequestsByIdReportPdfResponse>;
}

// POST /information-requests/{id}/review — Mark items to release, redact (naming the fields) or withhold, with a legal ground
export type PostInformationRequestsByIdReviewParams = {
  id: string;
};
export type PostInformationRequestsByIdReviewBody = {
  items: Array<{
    id: string;
    decision: "release" | "redact" | "withhold";
    legalGround?: "third_party" | "child_welfare_notifier" | "document_in_preparation" | "health_or_safety" | "secret_other" | null;
    redactedFields?: string[];
  }>;
};
export type PostInformationRequestsByIdReviewResponse = unknown;
export function postInformationRequestsByIdReview(http: ApiTransport, params: PostInformationRequestsByIdReviewParams, body: PostInformationRequestsByIdReviewBody): Promise<PostInformationRequestsByIdReviewResponse> {
  return http({ method: 'POST', path: `/information-requests/${encodeURIComponent(String(params.id))}/review`, body }) as Promise<PostInformationRequestsByIdReviewResponse>;
}

// POST /information-requests/{id}/search — Search every enabled register for the subject; the result is stored for review
export type PostInformationRequestsByIdSearchParams = {
  id: string;
};
export type PostInformationRequestsByIdSearchResponse = unknown;
export function postInformationRequestsByIdSearch(http: ApiTransport, params: PostInformationRequestsByIdSearchParams): Promise<PostInformationRequestsByIdSearchResponse> {
  return http({ method: 'POST', path: `/information-requests/${encodeURIComponent(String(params.id))}/search` }) as Promise<PostInformationRequestsByIdSearchResponse>;
}

// POST /library/biblios — Catalogue a title by hand (a minimal MARC21 record is made for it)
export type PostLibraryBibliosBody = {
  title: string;
  author?: string | null;
  isbn?: string | null;
  publisher?: string | null;
  publicationYear?: number | null;
  language?: string | null;
};
export type PostLibraryBibliosResponse = {
  id: string;
};
export function postLibraryBiblios(http: ApiTransport, body: PostLibraryBibliosBody): Promise<PostLibraryBibliosResponse> {
  return http({ method: 'POST', path: `/library/biblios`, body }) as Promise<PostLibraryBibliosResponse>;
}

// POST /library/biblios/import — Import MARC21 records (ISO 2709 in base64, or MARCXML) with their Koha 952 copies; invalid records refuse the import unless skipped
export type PostLibraryBibliosImportBody = {
  unitId: string;
  format: "iso2709" | "marcxml";
  data: string;
  skipInvalid?: boolean;
  defaultItemType?: string;
};
export type PostLibraryBibliosImportResponse = {
  records: number;
  created: number;
  updated: number;
  items: number;
  problems: Array<{
    position: number;
    offset: number;
    code: string;
    message: {
      fi: string;
      sv: string;
      en: string;
    };
    detail: string;
  }>;
};
export function postLibraryBibliosImport(http: ApiTransport, body: PostLibraryBibliosImportBody): Promise<PostLibraryBibliosImportResponse> {
  return http({ method: 'POST', path: `/library/biblios/import`, body }) as Promise<PostLibraryBibliosImportResponse>;
}

// GET /library/biblios/{biblioId} — A bibliographic record with its MARC21 fields and copies
export type GetLibraryBibliosByBiblioIdParams = {
  biblioId: string;
};
export type GetLibraryBibliosByBiblioIdResponse = {
  biblio: {
    id: string;
    title: string;
    author: string | null;
    isbn: string | null;
    publisher: string | null;
    publicationYear: number | null;
    language: string | null;
    holds: number;
    copies: Array<{
      id: string;
      barcode: string;
      unitId: string;
      unitName: string;
      itemType: string;
      callNumber: string | null;
      status: "available" | "on_loan" | "in_transit" | "on_hold_shelf" | "withdrawn";
      dueOn: string | null;
    }>;
    marc: null | {
      leader: string;
      fields: Array<{
        tag: string;
        value: string;
        ind1: string;
        ind2: string;
        subfields: Array<string[]>;
      }>;
    };
  };
};
export function getLibraryBibliosByBiblioId(http: ApiTransport, params: GetLibraryBibliosByBiblioIdParams): Promise<GetLibraryBibliosByBiblioIdResponse> {
  return http({ method: 'GET', path: `/library/biblios/${encodeURIComponent(String(params.biblioId))}` }) as Promise<GetLibraryBibliosByBiblioIdResponse>;
}

// GET /library/catalogue — Search the collection by title, author, subject, ISBN or a copy’s barcode
export type GetLibraryCatalogueQuery = {
  q: string;
  limit?: number;
  offset?: number;
};
export type GetLibraryCatalogueResponse = {
  total: number;
  results: Array<{
    id: string;
    title: string;
    author: string | null;
    isbn: string | null;
    publisher: string | null;
    publicationYear: number | null;
    language: string | null;
    holds: number;
    copies: Array<{
      id: string;
      barcode: string;
      unitId: string;
      unitName: string;
      itemType: string;
      callNumber: string | null;
      status: "available" | "on_loan" | "in_transit" | "on_hold_shelf" | "withdrawn";
      dueOn: string | null;
    }>;
  }>;
};
export function getLibraryCatalogue(http: ApiTransport, query: GetLibraryCatalogueQuery): Promise<GetLibraryCatalogueResponse> {
  return http({ method: 'GET', path: `/library/catalogue`, query }) as Promise<GetLibraryCatalogueResponse>;
}

// POST /library/checkin — Check an item in at a library desk: ends its loan with the late fee of the day’s parameters and traps it for the next hold
export type PostLibraryCheckinBody = {
  barcode: string;
  unitId: string;
};
export type PostLibraryCheckinResponse = {
  itemId: string;
  barcode: string;
  title: string;
  returnedOn: string;
  loan: null | {
    id: string;
    personId: string;
    cardNumber: string;
    dueOn: string;
    lateFee: number;
  };
  hold: null | {
    holdId: string;
    status: "in_transit" | "waiting";
    personId: string;
    cardNumber: string;
    pickupUnitId: string;
    pickupUnitName: string;
    pickupBy: string | null;
  };
};
export function postLibraryCheckin(http: ApiTransport, body: PostLibraryCheckinBody): Promise<PostLibraryCheckinResponse> {
  return http({ method: 'POST', path: `/library/checkin`, body }) as Promise<PostLibraryCheckinResponse>;
}

// POST /library/desk/checkout — Check out an item by barcode to the patron whose card is presented at the desk
export type PostLibraryDeskCheckoutBody = {
  unitId: string;
  cardNumber: string;
  barcode: string;
};
export type PostLibraryDeskCheckoutResponse = {
  loan: {
    id: string;
    itemId: string;
    biblioId: string;
    title: string;
    author: string | null;
    barcode: string;
    itemType: string;
    unitId: string;
    loanedOn: string;
    dueOn: string;
    renewals: number;
    returnedOn: string | null;
    overdue: boolean;
  };
  fulfilledHoldId: string | null;
};
export function postLibraryDeskCheckout(http: ApiTransport, body: PostLibraryDeskCheckoutBody): Promise<PostLibraryDeskCheckoutResponse> {
  return http({ method: 'POST', path: `/library/desk/checkout`, body }) as Promise<PostLibraryDeskCheckoutResponse>;
}

// POST /library/desk/lookup — Find a patron by the library card presented at the desk (the card number is in the body, never in a URL)
export type PostLibraryDeskLookupBody = {
  unitId: string;
  cardNumber: string;
};
export type PostLibraryDeskLookupResponse = {
  patron: {
    id: string;
    personId: string;
    cardNumber: string;
    homeUnitId: string;
    homeUnitName: string;
    registeredOn: string;
    closedOn: string | null;
    active: boolean;
    selfServiceFrom: string | null;
    guardianConsentOn: string | null;
    guardian: null | {
      id: string;
      firstNames: string;
      lastName: string;
    };
    pinLocked: boolean;
  };
  person: {
    id: string;
    firstNames: string;
    lastName: string;
    birthDate: string;
    nonDisclosure: boolean;
  };
  borrowingBan: "blocked" | "unpaid_fees" | null;
  blocks: Array<{
    id: string;
    reason: string;
    from: string;
    to: string | null;
  }>;
  fees: Array<{
    id: string;
    kind: string;
    amount: number;
    chargedOn: string;
    title: string | null;
  }>;
  unpaidTotal: number;
  loans: Array<{
    id: string;
    itemId: string;
    biblioId: string;
    title: string;
    author: string | null;
    barcode: string;
    itemType: string;
    unitId: string;
    loanedOn: string;
    dueOn: string;
    renewals: number;
    returnedOn: string | null;
    overdue: boolean;
  }>;
  holds: Array<{
    id: string;
    biblioId: string;
    title: string;
    author: string | null;
    pickupUnitId: string;
    pickupUnitName: string;
    placedOn: string;
    notNeededAfter: string | null;
    status: "pending" | "in_transit" | "waiting" | "fulfilled" | "cancelled" | "expired";
    queuePosition: number | null;
    itemBarcode: string | null;
    waitingFrom: string | null;
    pickupBy: string | null;
    closedOn: string | null;
  }>;
  doorEvents: Array<{
    id: string;
    unitName: string;
    occurredAt: string;
    outcome: string;
  }>;
};
export function postLibraryDeskLookup(http: ApiTransport, body: PostLibraryDeskLookupBody): Promise<PostLibraryDeskLookupResponse> {
  return http({ method: 'POST', path: `/library/desk/lookup`, body }) as Promise<PostLibraryDeskLookupResponse>;
}

// POST /library/desk/renew — Renew a loan of the patron whose card is presented at the desk
export type PostLibraryDeskRenewBody = {
  unitId: string;
  cardNumber: string;
  loanId: string;
};
export type PostLibraryDeskRenewResponse = {
  loan: {
    id: string;
    itemId: string;
    biblioId: string;
    title: string;
    author: string | null;
    barcode: string;
    itemType: string;
    unitId: string;
    loanedOn: string;
    dueOn: string;
    renewals: number;
    returnedOn: string | null;
    overdue: boolean;
  };
  lateFee: number;
};
export function postLibraryDeskRenew(http: ApiTransport, body: PostLibraryDeskRenewBody): Promise<PostLibraryDeskRenewResponse> {
  return http({ method: 'POST', path: `/library/desk/renew`, body }) as Promise<PostLibraryDeskRenewResponse>;
}

// GET /library/devices — Self-service devices (door controllers, SIP2 machines)
export type GetLibraryDevicesResponse = {
  devices: Array<{
    id: string;
    unitId: string;
    unitName: string;
    kind: "door" | "sip2";
    name: string;
    login: string;
    disabledOn: string | null;
  }>;
};
export function getLibraryDevices(http: ApiTransport): Promise<GetLibraryDevicesResponse> {
  return http({ method: 'GET', path: `/library/devices` }) as Promise<GetLibraryDevicesResponse>;
}

// POST /library/devices — Add a self-service device with its login and secret
export type PostLibraryDevicesBody = {
  unitId: string;
  kind: "door" | "sip2";
  name: string;
  login: string;
  secret: string;
};
export type PostLibraryDevicesResponse = {
  id: string;
};
export function postLibraryDevices(http: ApiTransport, body: PostLibraryDevicesBody): Promise<PostLibraryDevicesResponse> {
  return http({ method: 'POST', path: `/library/devices`, body }) as Promise<PostLibraryDevicesResponse>;
}

// POST /library/devices/{deviceId}/disable — Disable a device (lost, replaced or compromised)
export type PostLibraryDevicesByDeviceIdDisableParams = {
  deviceId: string;
};
export type PostLibraryDevicesByDeviceIdDisableResponse = {
  ok: boolean;
};
export function postLibraryDevicesByDeviceIdDisable(http: ApiTransport, params: PostLibraryDevicesByDeviceIdDisableParams): Promise<PostLibraryDevicesByDeviceIdDisableResponse> {
  return http({ method: 'POST', path: `/library/devices/${encodeURIComponent(String(params.deviceId))}/disable` }) as Promise<PostLibraryDevicesByDeviceIdDisableResponse>;
}

// GET /library/item-types — Item types (aineistolajit) with their names
export type GetLibraryItemTypesResponse = {
  itemTypes: Array<{
    code: string;
    names: {
      fi: string;
      sv: string;
      en: string;
    };
  }>;
};
export function getLibraryItemTypes(http: ApiTransport): Promise<GetLibraryItemTypesResponse> {
  return http({ method: 'GET', path: `/library/item-types` }) as Promise<GetLibraryItemTypesResponse>;
}

// POST /library/items — Add a copy to the collection: to an existing record (biblioId) or with a title catalogued on the spot
export type PostLibraryItemsBody = unknown | unknown;
export type PostLibraryItemsResponse = {
  id: string;
  biblioId: string;
};
export function postLibraryItems(http: ApiTransport, body: PostLibraryItemsBody): Promise<PostLibraryItemsResponse> {
  return http({ method: 'POST', path: `/library/items`, body }) as Promise<PostLibraryItemsResponse>;
}

// POST /library/loan-rules — Enter a new loan rule for an item type from a date on; the rule in force until then ends the day before
export type PostLibraryLoanRulesBody = {
  itemType: string;
  effectiveFrom: string;
  loanPeriodDays: number;
  maxRenewals: number;
  holdable: boolean;
  source: string;
};
export type PostLibraryLoanRulesResponse = {
  id: string;
};
export function postLibraryLoanRules(http: ApiTransport, body: PostLibraryLoanRulesBody): Promise<PostLibraryLoanRulesResponse> {
  return http({ method: 'POST', path: `/library/loan-rules`, body }) as Promise<PostLibraryLoanRulesResponse>;
}

// POST /library/parameters — Enter the library’s fees and limits from a date on; the period in force until then ends the day before
export type PostLibraryParametersBody = {
  effectiveFrom: string;
  lateFeePerDay: number;
  lateFeeMaxPerItem: number;
  graceDays: number;
  blockThreshold: number;
  unclaimedHoldFee: number;
  holdPickupDays: number;
  maxHolds: number;
  maxLoans: number;
  overdueNoticeDays: number[];
  guardianConsentBelowAge: number;
  selfServiceMinAge: number;
  maxPinFailures: number;
  status?: "official" | "verified" | "unverified";
  source: string;
};
export type PostLibraryParametersResponse = {
  id: string;
  closedId: string | null;
};
export function postLibraryParameters(http: ApiTransport, body: PostLibraryParametersBody): Promise<PostLibraryParametersResponse> {
  return http({ method: 'POST', path: `/library/parameters`, body }) as Promise<PostLibraryParametersResponse>;
}

// POST /library/patrons — Register a library patron (kirjastokortti) at a library unit
export type PostLibraryPatronsBody = {
  personId: string;
  unitId: string;
  cardNumber: string;
  pin: string;
  guardianConsentPersonId?: string | null;
  selfService?: boolean;
};
export type PostLibraryPatronsResponse = {
  id: string;
};
export function postLibraryPatrons(http: ApiTransport, body: PostLibraryPatronsBody): Promise<PostLibraryPatronsResponse> {
  return http({ method: 'POST', path: `/library/patrons`, body }) as Promise<PostLibraryPatronsResponse>;
}

// GET /library/patrons/{personId} — A patron's card, bans, unpaid fees, loans, holds and recent self-service entries
export type GetLibraryPatronsByPersonIdParams = {
  personId: string;
};
export type GetLibraryPatronsByPersonIdResponse = {
  patron: {
    id: string;
    personId: string;
    cardNumber: string;
    homeUnitId: string;
    homeUnitName: string;
    registeredOn: string;
    closedOn: string | null;
    active: boolean;
    selfServiceFrom: string | null;
    guardianConsentOn: string | null;
    guardian: null | {
      id: string;
      firstNames: string;
      lastName: string;
    };
    pinLocked: boolean;
  };
  person: {
    id: string;
    firstNames: string;
    lastName: string;
    birthDate: string;
    nonDisclosure: boolean;
  };
  borrowingBan: "blocked" | "unpaid_fees" | null;
  blocks: Array<{
    id: string;
    reason: string;
    from: string;
    to: string | null;
  }>;
  fees: Array<{
    id: string;
    kind: string;
    amount: number;
    chargedOn: string;
    title: string | null;
  }>;
  unpaidTotal: number;
  loans: Array<{
    id: string;
    itemId: string;
    biblioId: string;
    title: string;
    author: string | null;
    barcode: string;
    itemType: string;
    unitId: string;
    loanedOn: string;
    dueOn: string;
    renewals: number;
    returnedOn: string | null;
    overdue: boolean;
  }>;
  holds: Array<{
    id: string;
    biblioId: string;
    title: string;
    author: string | null;
    pickupUnitId: string;
    pickupUnitName: string;
    placedOn: string;
    notNeededAfter: string | null;
    status: "pending" | "in_transit" | "waiting" | "fulfilled" | "cancelled" | "expired";
    queuePosition: number | null;
    itemBarcode: string | null;
    waitingFrom: string | null;
    pickupBy: string | null;
    closedOn: string | null;
  }>;
  doorEvents: Array<{
    id: string;
    unitName: string;
    occurredAt: string;
    outcome: string;
  }>;
};
export function getLibraryPatronsByPersonId(http: ApiTransport, params: GetLibraryPatronsByPersonIdParams): Promise<GetLibraryPatronsByPersonIdResponse> {
  return http({ method: 'GET', path: `/library/patrons/${encodeURIComponent(String(params.personId))}` }) as Promise<GetLibraryPatronsByPersonIdResponse>;
}

// PATCH /library/patrons/{personId} — Replace a lost card, set a new PIN (unlocks it), grant or end self-service access, or close the card
export type PatchLibraryPatronsByPersonIdParams = {
  personId: string;
};
export type PatchLibraryPatronsByPersonIdBody = {
  cardNumber?: string;
  pin?: string;
  selfService?: boolean;
  close?: true;
};
export type PatchLibraryPatronsByPersonIdResponse = {
  ok: boolean;
};
export function patchLibraryPatronsByPersonId(http: ApiTransport, params: PatchLibraryPatronsByPersonIdParams, body: PatchLibraryPatronsByPersonIdBody): Promise<PatchLibraryPatronsByPersonIdResponse> {
  return http({ method: 'PATCH', path: `/library/patrons/${encodeURIComponent(String(params.personId))}`, body }) as Promise<PatchLibraryPatronsByPersonIdResponse>;
}

// POST /library/patrons/{personId}/blocks — Set a borrowing ban (lainauskielto); only for the reasons the library rules allow
export type PostLibraryPatronsByPersonIdBlocksParams = {
  personId: string;
};
export type PostLibraryPatronsByPersonIdBlocksBody = {
  reason: "unpaid_fees" | "lost_card" | "guardian_request" | "other";
  from?: string;
  to?: string | null;
};
export type PostLibraryPatronsByPersonIdBlocksResponse = {
  id: string;
};
export function postLibraryPatronsByPersonIdBlocks(http: ApiTransport, params: PostLibraryPatronsByPersonIdBlocksParams, body: PostLibraryPatronsByPersonIdBlocksBody): Promise<PostLibraryPatronsByPersonIdBlocksResponse> {
  return http({ method: 'POST', path: `/library/patrons/${encodeURIComponent(String(params.personId))}/blocks`, body }) as Promise<PostLibraryPatronsByPersonIdBlocksResponse>;
}

// POST /library/patrons/{personId}/blocks/{blockId}/lift — Lift a borrowing ban
export type PostLibraryPatronsByPersonIdBlocksByBlockIdLiftParams = {
  personId: string;
  blockId: string;
};
export type PostLibraryPatronsByPersonIdBlocksByBlockIdLiftResponse = {
  ok: boolean;
};
export function postLibraryPatronsByPersonIdBlocksByBlockIdLift(http: ApiTransport, params: PostLibraryPatronsByPersonIdBlocksByBlockIdLiftParams): Promise<PostLibraryPatronsByPersonIdBlocksByBlockIdLiftResponse> {
  return http({ method: 'POST', path: `/library/patrons/${encodeURIComponent(String(params.personId))}/blocks/${encodeURIComponent(String(params.blockId))}/lift` }) as Promise<PostLibraryPatronsByPersonIdBlocksByBlockIdLiftResponse>;
}

// POST /library/patrons/{personId}/fees/{feeId}/{action} — Record a fee as paid at the desk, or cancel it (e.g. charged in error)
export type PostLibraryPatronsByPersonIdFeesByFeeIdByActionParams = {
  personId: string;
  feeId: string;
  action: "pay" | "cancel";
};
export type PostLibraryPatronsByPersonIdFeesByFeeIdByActionResponse = {
  ok: boolean;
};
export function postLibraryPatronsByPersonIdFeesByFeeIdByAction(http: ApiTransport, params: PostLibraryPatronsByPersonIdFeesByFeeIdByActionParams): Promise<PostLibraryPatronsByPersonIdFeesByFeeIdByActionResponse> {
  return http({ method: 'POST', path: `/library/patrons/${encodeURIComponent(String(params.personId))}/fees/${encodeURIComponent(String(params.feeId))}/${encodeURIComponent(String(params.action))}` }) as Promise<PostLibraryPatronsByPersonIdFeesByFeeIdByActionResponse>;
}

// POST /library/patrons/{personId}/holds — Place a hold (varaus) on a title for pickup at a library
export type PostLibraryPatronsByPersonIdHoldsParams = {
  personId: string;
};
export type PostLibraryPatronsByPersonIdHoldsBody = {
  biblioId: string;
  pickupUnitId: string;
  notNeededAfter?: string | null;
};
export type PostLibraryPatronsByPersonIdHoldsResponse = {
  id: string;
};
export function postLibraryPatronsByPersonIdHolds(http: ApiTransport, params: PostLibraryPatronsByPersonIdHoldsParams, body: PostLibraryPatronsByPersonIdHoldsBody): Promise<PostLibraryPatronsByPersonIdHoldsResponse> {
  return http({ method: 'POST', path: `/library/patrons/${encodeURIComponent(String(params.personId))}/holds`, body }) as Promise<PostLibraryPatronsByPersonIdHoldsResponse>;
}

// POST /library/patrons/{personId}/holds/{holdId}/cancel — Cancel a hold
export type PostLibraryPatronsByPersonIdHoldsByHoldIdCancelParams = {
  personId: string;
  holdId: string;
};
export type PostLibraryPatronsByPersonIdHoldsByHoldIdCancelResponse = {
  ok: boolean;
};
export function postLibraryPatronsByPersonIdHoldsByHoldIdCancel(http: ApiTransport, params: PostLibraryPatronsByPersonIdHoldsByHoldIdCancelParams): Promise<PostLibraryPatronsByPersonIdHoldsByHoldIdCancelResponse> {
  return http({ method: 'POST', path: `/library/patrons/${encodeURIComponent(String(params.personId))}/holds/${encodeURIComponent(String(params.holdId))}/cancel` }) as Promise<PostLibraryPatronsByPersonIdHoldsByHoldIdCancelResponse>;
}

// GET /library/patrons/{personId}/loans — A patron's current loans (all=true: with returned ones)
export type GetLibraryPatronsByPersonIdLoansParams = {
  personId: string;
};
export type GetLibraryPatronsByPersonIdLoansQuery = {
  all?: boolean;
};
export type GetLibraryPatronsByPersonIdLoansResponse = {
  loans: Array<{
    id: string;
    itemId: string;
    biblioId: string;
    title: string;
    author: string | null;
    barcode: string;
    itemType: string;
    unitId: string;
    loanedOn: string;
    dueOn: string;
    renewals: number;
    returnedOn: string | null;
    overdue: boolean;
  }>;
};
export function getLibraryPatronsByPersonIdLoans(http: ApiTransport, params: GetLibraryPatronsByPersonIdLoansParams, query?: GetLibraryPatronsByPersonIdLoansQuery): Promise<GetLibraryPatronsByPersonIdLoansResponse> {
  return http({ method: 'GET', path: `/library/patrons/${encodeURIComponent(String(params.personId))}/loans`, query }) as Promise<GetLibraryPatronsByPersonIdLoansResponse>;
}

// POST /library/patrons/{personId}/loans — Check out an item to a patron (borrowing own materials is free, 1492/2016)
export type PostLibraryPatronsByPersonIdLoansParams = {
  personId: string;
};
export type PostLibraryPatronsByPersonIdLoansBody = {
  barcode: string;
  unitId: string;
};
export type PostLibraryPatronsByPersonIdLoansResponse = {
  loan: {
    id: string;
    itemId: string;
    biblioId: string;
    title: string;
    author: string | null;
    barcode: string;
    itemType: string;
    unitId: string;
    loanedOn: string;
    dueOn: string;
    renewals: number;
    returnedOn: string | null;
    overdue: boolean;
  };
  fulfilledHoldId: string | null;
};
export function postLibraryPatronsByPersonIdLoans(http: ApiTransport, params: PostLibraryPatronsByPersonIdLoansParams, body: PostLibraryPatronsByPersonIdLoansBody): Promise<PostLibraryPatronsByPersonIdLoansResponse> {
  return http({ method: 'POST', path: `/library/patrons/${encodeURIComponent(String(params.personId))}/loans`, body }) as Promise<PostLibraryPatronsByPersonIdLoansResponse>;
}

// POST /library/patrons/{personId}/loans/{loanId}/renew — Renew a loan: a new loan period from today, up to the item type's renewal limit
export type PostLibraryPatronsByPersonIdLoansByLoanIdRenewParams = {
  personId: string;
  loanId: string;
};
export type PostLibraryPatronsByPersonIdLoansByLoanIdRenewResponse = {
  loan: {
    id: string;
    itemId: string;
    biblioId: string;
    title: string;
    author: string | null;
    barcode: string;
    itemType: string;
    unitId: string;
    loanedOn: string;
    dueOn: string;
    renewals: number;
    returnedOn: string | null;
    overdue: boolean;
  };
  lateFee: number;
};
export function postLibraryPatronsByPersonIdLoansByLoanIdRenew(http: ApiTransport, params: PostLibraryPatronsByPersonIdLoansByLoanIdRenewParams): Promise<PostLibraryPatronsByPersonIdLoansByLoanIdRenewResponse> {
  return http({ method: 'POST', path: `/library/patrons/${encodeURIComponent(String(params.personId))}/loans/${encodeURIComponent(String(params.loanId))}/renew` }) as Promise<PostLibraryPatronsByPersonIdLoansByLoanIdRenewResponse>;
}

// GET /library/rule-periods — Every effective period of the library’s fees and limits and of the loan rule of each item type, with the ones in force today
export type GetLibraryRulePeriodsResponse = {
  parameters: Array<{
    id: string;
    effectiveFrom: string;
    effectiveTo: string | null;
    status: "official" | "verified" | "unverified";
    source: string;
    inForce: boolean;
    lateFeePerDay: number;
    lateFeeMaxPerItem: number;
    graceDays: number;
    blockThreshold: number;
    unclaimedHoldFee: number;
    holdPickupDays: number;
    maxHolds: number;
    maxLoans: number;
    overdueNoticeDays: number[];
    guardianConsentBelowAge: number;
    selfServiceMinAge: number;
    maxPinFailures: number;
  }>;
  loanRules: Array<{
    id: string;
    effectiveFrom: string;
    effectiveTo: string | null;
    status: "official" | "verified" | "unverified";
    source: string;
    inForce: boolean;
    itemType: string;
    loanPeriodDays: number;
    maxRenewals: number;
    holdable: boolean;
  }>;
};
export function getLibraryRulePeriods(http: ApiTransport): Promise<GetLibraryRulePeriodsResponse> {
  return http({ method: 'GET', path: `/library/rule-periods` }) as Promise<GetLibraryRulePeriodsResponse>;
}

// GET /library/rules — The library rules in force on a day: fees and limits, and the loan rule of each item type
export type GetLibraryRulesQuery = {
  date?: string;
};
export type GetLibraryRulesResponse = {
  parameters: null | {
    lateFeePerDay: number;
    lateFeeMaxPerItem: number;
    graceDays: number;
    blockThreshold: number;
    unclaimedHoldFee: number;
    holdPickupDays: number;
    maxHolds: number;
    maxLoans: number;
    overdueNoticeDays: number[];
    guardianConsentBelowAge: number;
    selfServiceMinAge: number;
    maxPinFailures: number;
    status: string;
  };
  loanRules: Array<{
    itemType: string;
    loanPeriodDays: number;
    maxRenewals: number;
    holdable: boolean;
  }>;
};
export function getLibraryRules(http: ApiTransport, query?: GetLibraryRulesQuery): Promise<GetLibraryRulesResponse> {
  return http({ method: 'GET', path: `/library/rules`, query }) as Promise<GetLibraryRulesResponse>;
}

// POST /library/units/{unitId}/daily-run — The library's daily run: expires holds not picked up (with the unclaimed-hold fee) and sends the overdue notices due today
export type PostLibraryUnitsByUnitIdDailyRunParams = {
  unitId: string;
};
export type PostLibraryUnitsByUnitIdDailyRunResponse = {
  expiredHolds: Array<{
    holdId: string;
    itemBarcode: string | null;
    fee: number;
  }>;
  notices: Array<{
    id: string;
    loanId: string;
    level: number;
    sentOn: string;
    channel: "email" | "letter";
    personId: string;
    firstNames: string;
    lastName: string;
    cardNumber: string;
    title: string;
    barcode: string;
    dueOn: string;
  }>;
};
export function postLibraryUnitsByUnitIdDailyRun(http: ApiTransport, params: PostLibraryUnitsByUnitIdDailyRunParams): Promise<PostLibraryUnitsByUnitIdDailyRunResponse> {
  return http({ method: 'POST', path: `/library/units/${encodeURIComponent(String(params.unitId))}/daily-run` }) as Promise<PostLibraryUnitsByUnitIdDailyRunResponse>;
}

// GET /library/units/{unitId}/hold-shelf — The hold shelf of a library (copies waiting for their patrons) and the holds to pull from its shelves
export type GetLibraryUnitsByUnitIdHoldShelfParams = {
  unitId: string;
};
export type GetLibraryUnitsByUnitIdHoldShelfResponse = {
  waiting: Array<{
    holdId: string;
    personId: string;
    firstNames: string;
    lastName: string;
    cardNumber: string;
    title: string;
    barcode: string;
    waitingFrom: string;
    pickupBy: string;
    expired: boolean;
  }>;
  toPull: Array<{
    holdId: string;
    title: string;
    barcode: string;
    callNumber: string | null;
    placedOn: string;
  }>;
};
export function getLibraryUnitsByUnitIdHoldShelf(http: ApiTransport, params: GetLibraryUnitsByUnitIdHoldShelfParams): Promise<GetLibraryUnitsByUnitIdHoldShelfResponse> {
  return http({ method: 'GET', path: `/library/units/${encodeURIComponent(String(params.unitId))}/hold-shelf` }) as Promise<GetLibraryUnitsByUnitIdHoldShelfResponse>;
}

// GET /library/units/{unitId}/overdue-notices — Overdue notices sent on a day for loans of the library
export type GetLibraryUnitsByUnitIdOverdueNoticesParams = {
  unitId: string;
};
export type GetLibraryUnitsByUnitIdOverdueNoticesQuery = {
  date?: string;
};
export type GetLibraryUnitsByUnitIdOverdueNoticesResponse = {
  notices: Array<{
    id: string;
    loanId: string;
    level: number;
    sentOn: string;
    channel: "email" | "letter";
    personId: string;
    firstNames: string;
    lastName: string;
    cardNumber: string;
    title: string;
    barcode: string;
    dueOn: string;
  }>;
};
export function getLibraryUnitsByUnitIdOverdueNotices(http: ApiTransport, params: GetLibraryUnitsByUnitIdOverdueNoticesParams, query?: GetLibraryUnitsByUnitIdOverdueNoticesQuery): Promise<GetLibraryUnitsByUnitIdOverdueNoticesResponse> {
  return http({ method: 'GET', path: `/library/units/${encodeURIComponent(String(params.unitId))}/overdue-notices`, query }) as Promise<GetLibraryUnitsByUnitIdOverdueNoticesResponse>;
}

// GET /library/units/{unitId}/overdue-notices/letters — The overdue notices of a day to be sent by post, as printable letters (PDF)
export type GetLibraryUnitsByUnitIdOverdueNoticesLettersParams = {
  unitId: string;
};
export type GetLibraryUnitsByUnitIdOverdueNoticesLettersQuery = {
  date?: string;
};
export type GetLibraryUnitsByUnitIdOverdueNoticesLettersResponse = unknown;
export function getLibraryUnitsByUnitIdOverdueNoticesLetters(http: ApiTransport, params: GetLibraryUnitsByUnitIdOverdueNoticesLettersParams, query?: GetLibraryUnitsByUnitIdOverdueNoticesLettersQuery): Promise<GetLibraryUnitsByUnitIdOverdueNoticesLettersResponse> {
  return http({ method: 'GET', path: `/library/units/${encodeURIComponent(String(params.unitId))}/overdue-notices/letters`, query }) as Promise<GetLibraryUnitsByUnitIdOverdueNoticesLettersResponse>;
}

// POST /persons — Add a person to the person register
export type PostPersonsBody = {
  hetu?: string | null;
  firstNames: string;
  callingName?: string | null;
  lastName: string;
  birthDate?: string | null;
  sex?: "male" | "female" | null;
  nativeLanguage?: string | null;
  contactLanguage?: "fi" | "sv" | "en";
  municipalityCode?: string | null;
  phone?: string | null;
  email?: string | null;
  nonDisclosure?: boolean;
  address?: {
    streetAddress: string;
    postalCode?: string | null;
    postOffice?: string | null;
    validFrom: string;
  } | null;
};
export type PostPersonsResponse = {
  id: string;
};
export function postPersons(http: ApiTransport, body: PostPersonsBody): Promise<PostPersonsResponse> {
  return http({ method: 'POST', path: `/persons`, body }) as Promise<PostPersonsResponse>;
}

// POST /persons/search — Search persons by henkilötunnus (exact) or name (fuzzy); the code travels in the body, never in a URL
export type PostPersonsSearchBody = {
  query?: string;
  hetu?: string;
  birthDate?: string;
  limit?: number;
};
export type PostPersonsSearchResponse = {
  results: Array<{
    id: string;
    firstNames: string;
    callingName: string | null;
    lastName: string;
    birthDate: string;
    sex: "male" | "female" | null;
    dateOfDeath: string | null;
    nonDisclosure: boolean;
    score: number;
    matchedPreviousName: boolean;
  }>;
};
export function postPersonsSearch(http: ApiTransport, body: PostPersonsSearchBody): Promise<PostPersonsSearchResponse> {
  return http({ method: 'POST', path: `/persons/search`, body }) as Promise<PostPersonsSearchResponse>;
}

// GET /persons/{id} — A person card: identity, names, addresses (hidden under turvakielto), relationships
export type GetPersonsByIdParams = {
  id: string;
};
export type GetPersonsByIdResponse = {
  person: {
    id: string;
    firstNames: string;
    callingName: string | null;
    lastName: string;
    birthDate: string;
    sex: "male" | "female" | null;
    dateOfDeath: string | null;
    nonDisclosure: boolean;
    hetu: string | null;
    hetuTemporary: boolean;
    previousNames: Array<{
      firstNames: string;
      lastName: string;
      changedOn: string | null;
    }>;
    nativeLanguage: string | null;
    contactLanguage: string;
    municipalityCode: string | null;
    addresses: Array<{
      id: string;
      streetAddress: string;
      postalCode: string | null;
      postOffice: string | null;
      validFrom: string;
      validTo: string | null;
    }>;
    phone: string | null;
    email: string | null;
    addressHidden: boolean;
    relationships: Array<{
      kind: string;
      person: {
        id: string;
        firstNames: string;
        callingName: string | null;
        lastName: string;
        birthDate: string;
        sex: "male" | "female" | null;
        dateOfDeath: string | null;
        nonDisclosure: boolean;
      };
      validFrom: string;
      validTo: string | null;
    }>;
  };
};
export function getPersonsById(http: ApiTransport, params: GetPersonsByIdParams): Promise<GetPersonsByIdResponse> {
  return http({ method: 'GET', path: `/persons/${encodeURIComponent(String(params.id))}` }) as Promise<GetPersonsByIdResponse>;
}

// PATCH /persons/{id} — Change a person’s names, contact details, languages or turvakielto; old names are kept
export type PatchPersonsByIdParams = {
  id: string;
};
export type PatchPersonsByIdBody = {
  firstNames?: string;
  callingName?: string | null;
  lastName?: string;
  dateOfDeath?: string | null;
  nativeLanguage?: string | null;
  contactLanguage?: "fi" | "sv" | "en";
  municipalityCode?: string | null;
  phone?: string | null;
  email?: string | null;
  nonDisclosure?: boolean;
};
export type PatchPersonsByIdResponse = {
  ok: boolean;
};
export function patchPersonsById(http: ApiTransport, params: PatchPersonsByIdParams, body: PatchPersonsByIdBody): Promise<PatchPersonsByIdResponse> {
  return http({ method: 'PATCH', path: `/persons/${encodeURIComponent(String(params.id))}`, body }) as Promise<PatchPersonsByIdResponse>;
}

// GET /persons/{id}/access-report — Who has viewed this person’s data: staff accesses by register, dataset, role and unit over a period
export type GetPersonsByIdAccessReportParams = {
  id: string;
};
export type GetPersonsByIdAccessReportQuery = {
  from?: string;
  to?: string;
  lang?: "fi" | "sv" | "en";
  informationRequestId?: string;
};
export type GetPersonsByIdAccessReportResponse = unknown;
export function getPersonsByIdAccessReport(http: ApiTransport, params: GetPersonsByIdAccessReportParams, query?: GetPersonsByIdAccessReportQuery): Promise<GetPersonsByIdAccessReportResponse> {
  return http({ method: 'GET', path: `/persons/${encodeURIComponent(String(params.id))}/access-report`, query }) as Promise<GetPersonsByIdAccessReportResponse>;
}

// GET /persons/{id}/access-report/pdf — Who has viewed this person’s data, as PDF
export type GetPersonsByIdAccessReportPdfParams = {
  id: string;
};
export type GetPersonsByIdAccessReportPdfQuery = {
  from?: string;
  to?: string;
  lang?: "fi" | "sv" | "en";
  informationRequestId?: string;
};
export type GetPersonsByIdAccessReportPdfResponse = unknown;
export function getPersonsByIdAccessReportPdf(http: ApiTransport, params: GetPersonsByIdAccessReportPdfParams, query?: GetPersonsByIdAccessReportPdfQuery): Promise<GetPersonsByIdAccessReportPdfResponse> {
  return http({ method: 'GET', path: `/persons/${encodeURIComponent(String(params.id))}/access-report/pdf`, query }) as Promise<GetPersonsByIdAccessReportPdfResponse>;
}

// POST /persons/{id}/addresses — Add an address valid from a date (the previous address ends the day before)
export type PostPersonsByIdAddressesParams = {
  id: string;
};
export type PostPersonsByIdAddressesBody = {
  streetAddress: string;
  postalCode?: string | null;
  postOffice?: string | null;
  validFrom: string;
};
export type PostPersonsByIdAddressesResponse = {
  id: string;
};
export function postPersonsByIdAddresses(http: ApiTransport, params: PostPersonsByIdAddressesParams, body: PostPersonsByIdAddressesBody): Promise<PostPersonsByIdAddressesResponse> {
  return http({ method: 'POST', path: `/persons/${encodeURIComponent(String(params.id))}/addresses`, body }) as Promise<PostPersonsByIdAddressesResponse>;
}

// GET /persons/{id}/audit-trail — Who has processed this person’s data (käyttöloki), by register, dataset, role and unit
export type GetPersonsByIdAuditTrailParams = {
  id: string;
};
export type GetPersonsByIdAuditTrailQuery = {
  from?: string;
  to?: string;
};
export type GetPersonsByIdAuditTrailResponse = unknown;
export function getPersonsByIdAuditTrail(http: ApiTransport, params: GetPersonsByIdAuditTrailParams, query?: GetPersonsByIdAuditTrailQuery): Promise<GetPersonsByIdAuditTrailResponse> {
  return http({ method: 'GET', path: `/persons/${encodeURIComponent(String(params.id))}/audit-trail`, query }) as Promise<GetPersonsByIdAuditTrailResponse>;
}

// POST /persons/{id}/relationships — Add a relationship: this person is guardian or parent of the related (child), or partner
export type PostPersonsByIdRelationshipsParams = {
  id: string;
};
export type PostPersonsByIdRelationshipsBody = {
  kind: "guardian" | "parent" | "partner";
  relatedPersonId: string;
  validFrom: string;
  validTo?: string | null;
};
export type PostPersonsByIdRelationshipsResponse = {
  id: string | null;
};
export function postPersonsByIdRelationships(http: ApiTransport, params: PostPersonsByIdRelationshipsParams, body: PostPersonsByIdRelationshipsBody): Promise<PostPersonsByIdRelationshipsResponse> {
  return http({ method: 'POST', path: `/persons/${encodeURIComponent(String(params.id))}/relationships`, body }) as Promise<PostPersonsByIdRelationshipsResponse>;
}

// GET /public/citizen-login — Which residents' identification methods are in use (and, in the demo, residents to try)
export type GetPublicCitizenLoginResponse = {
  suomifi: boolean;
  testLogin: boolean;
  demoResidents: Array<{
    hetu: string;
    name: string;
  }>;
};
export function getPublicCitizenLogin(http: ApiTransport): Promise<GetPublicCitizenLoginResponse> {
  return http({ method: 'GET', path: `/public/citizen-login` }) as Promise<GetPublicCitizenLoginResponse>;
}

// GET /public/description — The public description of registers and datasets (Tiedonhallintalaki 28 §)
export type GetPublicDescriptionQuery = {
  lang?: "fi" | "sv" | "en";
};
export type GetPublicDescriptionResponse = unknown;
export function getPublicDescription(http: ApiTransport, query?: GetPublicDescriptionQuery): Promise<GetPublicDescriptionResponse> {
  return http({ method: 'GET', path: `/public/description`, query }) as Promise<GetPublicDescriptionResponse>;
}

// GET /public/ecec/fee-estimate — Public ECEC fee estimate: the child's monthly fee from the family's size and gross income (no login)
export type GetPublicEcecFeeEstimateQuery = {
  date: string;
  familySize: number;
  grossIncome: number;
  hoursPerMonth: number;
  childOrder?: number;
};
export type GetPublicEcecFeeEstimateResponse = {
  fee: number;
  maxFee: number;
  minFee: number;
  incomeLimit: number;
  percentage: number;
  effectiveFrom: string;
};
export function getPublicEcecFeeEstimate(http: ApiTransport, query: GetPublicEcecFeeEstimateQuery): Promise<GetPublicEcecFeeEstimateResponse> {
  return http({ method: 'GET', path: `/public/ecec/fee-estimate`, query }) as Promise<GetPublicEcecFeeEstimateResponse>;
}

// POST /public/library/door-access — Door controller of a self-service library: may this card and PIN open the door? (device credentials in HTTP Basic authorization)
export type PostPublicLibraryDoorAccessBody = {
  cardNumber: string;
  pin: string;
};
export type PostPublicLibraryDoorAccessResponse = {
  open: boolean;
  outcome: string;
  message: {
    fi: string;
    sv: string;
    en: string;
  };
};
export function postPublicLibraryDoorAccess(http: ApiTransport, body: PostPublicLibraryDoorAccessBody): Promise<PostPublicLibraryDoorAccessResponse> {
  return http({ method: 'POST', path: `/public/library/door-access`, body }) as Promise<PostPublicLibraryDoorAccessResponse>;
}

// GET /public/statistics/{registerId}/{statisticId} — A public statistic; counts of fewer than 5 persons are suppressed
export type GetPublicStatisticsByRegisterIdByStatisticIdParams = {
  registerId: string;
  statisticId: string;
};
export type GetPublicStatisticsByRegisterIdByStatisticIdQuery = {
  from: string;
  to: string;
  format?: "json" | "csv" | "xlsx";
  lang?: "fi" | "sv" | "en";
};
export type GetPublicStatisticsByRegisterIdByStatisticIdResponse = unknown;
export function getPublicStatisticsByRegisterIdByStatisticId(http: ApiTransport, params: GetPublicStatisticsByRegisterIdByStatisticIdParams, query: GetPublicStatisticsByRegisterIdByStatisticIdQuery): Promise<GetPublicStatisticsByRegisterIdByStatisticIdResponse> {
  return http({ method: 'GET', path: `/public/statistics/${encodeURIComponent(String(params.registerId))}/${encodeURIComponent(String(params.statisticId))}`, query }) as Promise<GetPublicStatisticsByRegisterIdByStatisticIdResponse>;
}

// GET /registers — Enabled registers and their datasets
export type GetRegistersResponse = unknown;
export function getRegisters(http: ApiTransport): Promise<GetRegistersResponse> {
  return http({ method: 'GET', path: `/registers` }) as Promise<GetRegistersResponse>;
}

// GET /roles — Roles that can be granted
export type GetRolesResponse = unknown;
export function getRoles(http: ApiTransport): Promise<GetRolesResponse> {
  return http({ method: 'GET', path: `/roles` }) as Promise<GetRolesResponse>;
}

// POST /social-work/applications — Receive an application; sets the SHL 36 § assessment deadlines and the SHL 45 § processing deadline
export type PostSocialWorkApplicationsBody = {
  personId: string;
  unitId: string;
  kind: "family_work" | "home_service" | "social_rehabilitation" | "preventive_income_support" | "other";
  receivedOn: string;
  summary?: string | null;
  highestCareAllowance?: boolean;
  specialSupportChild?: boolean;
};
export type PostSocialWorkApplicationsResponse = Record<string, unknown>;
export function postSocialWorkApplications(http: ApiTransport, body: PostSocialWorkApplicationsBody): Promise<PostSocialWorkApplicationsResponse> {
  return http({ method: 'POST', path: `/social-work/applications`, body }) as Promise<PostSocialWorkApplicationsResponse>;
}

// POST /social-work/applications/{id}/assessment-start — Record that the service-need assessment of an application started (meets the SHL 36 § start deadline)
export type PostSocialWorkApplicationsByIdAssessmentStartParams = {
  id: string;
};
export type PostSocialWorkApplicationsByIdAssessmentStartBody = {
  startedOn: string;
};
export type PostSocialWorkApplicationsByIdAssessmentStartResponse = unknown;
export function postSocialWorkApplicationsByIdAssessmentStart(http: ApiTransport, params: PostSocialWorkApplicationsByIdAssessmentStartParams, body: PostSocialWorkApplicationsByIdAssessmentStartBody): Promise<PostSocialWorkApplicationsByIdAssessmentStartResponse> {
  return http({ method: 'POST', path: `/social-work/applications/${encodeURIComponent(String(params.id))}/assessment-start`, body }) as Promise<PostSocialWorkApplicationsByIdAssessmentStartResponse>;
}

// POST /social-work/clients — Open a client relationship with contacts
export type PostSocialWorkClientsBody = {
  personId: string;
  unitId: string;
  serviceArea: "family" | "child_welfare" | "adult";
  startDate: string;
  contacts?: Array<{
    personId?: string | null;
    name?: string | null;
    phone?: string | null;
    relation: "guardian" | "parent" | "spouse" | "relative" | "network" | "other";
  }>;
};
export type PostSocialWorkClientsResponse = Record<string, unknown>;
export function postSocialWorkClients(http: ApiTransport, body: PostSocialWorkClientsBody): Promise<PostSocialWorkClientsResponse> {
  return http({ method: 'POST', path: `/social-work/clients`, body }) as Promise<PostSocialWorkClientsResponse>;
}

// GET /social-work/clients/{personId} — A client's card: relationships, notifications and applications with deadlines, plan versions, and for the social worker decisions and situation data
export type GetSocialWorkClientsByPersonIdParams = {
  personId: string;
};
export type GetSocialWorkClientsByPersonIdResponse = {
  clients: Array<{
    id: string;
    unitId: string;
    unitName: string;
    serviceArea: string;
    startDate: string;
    endDate: string | null;
    contacts: Array<{
      personId: string | null;
      name: string | null;
      phone: string | null;
      relation: string;
    }>;
  }>;
  notifications: Array<{
    id: string;
    unitId: string;
    kind: string;
    receivedOn: string;
    summary: string;
    urgent: boolean;
    notifier: {
      personId: string | null;
      name: string | null;
      role: string | null;
      identityProtected: boolean;
    };
    deadlines: Array<{
      kind: string;
      dueOn: string;
      metOn: string | null;
    }>;
  }>;
  applications: Array<{
    id: string;
    kind: string;
    receivedOn: string;
    status: string;
    summary: string | null;
    deadlines: Array<{
      kind: string;
      dueOn: string;
      metOn: string | null;
    }>;
  }>;
  clientPlans: Array<{
    id: string;
    version: number;
    validFrom: string;
    goals: string;
    measures: string;
    clientParticipated: boolean;
    createdAt: string;
    createdBy: string | null;
  }>;
  decisions: Array<{
    id: string;
    kind: string;
    decidedOn: string;
    text: string;
    applicationId: string | null;
    notificationId: string | null;
    decidedBy: string | null;
  }> | null;
  situation: Array<{
    id: string;
    area: string;
    recordedOn: string;
    text: string;
  }> | null;
};
export function getSocialWorkClientsByPersonId(http: ApiTransport, params: GetSocialWorkClientsByPersonIdParams): Promise<GetSocialWorkClientsByPersonIdResponse> {
  return http({ method: 'GET', path: `/social-work/clients/${encodeURIComponent(String(params.personId))}` }) as Promise<GetSocialWorkClientsByPersonIdResponse>;
}

// POST /social-work/clients/{personId}/decisions — Decide an application (meets the SHL 45 § processing deadline) or end the client relationship at the unit
export type PostSocialWorkClientsByPersonIdDecisionsParams = {
  personId: string;
};
export type PostSocialWorkClientsByPersonIdDecisionsBody = {
  unitId: string;
  applicationId?: string | null;
  kind: "service_granted" | "service_rejected" | "client_relationship_ended";
  decidedOn: string;
  text: string;
};
export type PostSocialWorkClientsByPersonIdDecisionsResponse = Record<string, unknown>;
export function postSocialWorkClientsByPersonIdDecisions(http: ApiTransport, params: PostSocialWorkClientsByPersonIdDecisionsParams, body: PostSocialWorkClientsByPersonIdDecisionsBody): Promise<PostSocialWorkClientsByPersonIdDecisionsResponse> {
  return http({ method: 'POST', path: `/social-work/clients/${encodeURIComponent(String(params.personId))}/decisions`, body }) as Promise<PostSocialWorkClientsByPersonIdDecisionsResponse>;
}

// GET /social-work/clients/{personId}/narrative — The client narrative (asiakaskertomus), newest first; corrected entries stay with a link to their correction
export type GetSocialWorkClientsByPersonIdNarrativeParams = {
  personId: string;
};
export type GetSocialWorkClientsByPersonIdNarrativeQuery = {
  limit?: number;
};
export type GetSocialWorkClientsByPersonIdNarrativeResponse = {
  entries: Array<{
    id: string;
    unitId: string;
    unitName: string;
    recordedAt: string;
    text: string;
    author: string | null;
    correctsId: string | null;
    correctionReason: string | null;
    correctedById: string | null;
  }>;
};
export function getSocialWorkClientsByPersonIdNarrative(http: ApiTransport, params: GetSocialWorkClientsByPersonIdNarrativeParams, query?: GetSocialWorkClientsByPersonIdNarrativeQuery): Promise<GetSocialWorkClientsByPersonIdNarrativeResponse> {
  return http({ method: 'GET', path: `/social-work/clients/${encodeURIComponent(String(params.personId))}/narrative`, query }) as Promise<GetSocialWorkClientsByPersonIdNarrativeResponse>;
}

// POST /social-work/clients/{personId}/narrative — Write an entry in the client narrative (asiakaskertomus), or a correction of an earlier one (entries are never edited)
export type PostSocialWorkClientsByPersonIdNarrativeParams = {
  personId: string;
};
export type PostSocialWorkClientsByPersonIdNarrativeBody = {
  unitId: string;
  text: string;
  correctsId?: string | null;
  correctionReason?: string | null;
};
export type PostSocialWorkClientsByPersonIdNarrativeResponse = Record<string, unknown>;
export function postSocialWorkClientsByPersonIdNarrative(http: ApiTransport, params: PostSocialWorkClientsByPersonIdNarrativeParams, body: PostSocialWorkClientsByPersonIdNarrativeBody): Promise<PostSocialWorkClientsByPersonIdNarrativeResponse> {
  return http({ method: 'POST', path: `/social-work/clients/${encodeURIComponent(String(params.personId))}/narrative`, body }) as Promise<PostSocialWorkClientsByPersonIdNarrativeResponse>;
}

// POST /social-work/clients/{personId}/plans — Add a new version of the client plan (asiakassuunnitelma, SHL 39 §); earlier versions are kept
export type PostSocialWorkClientsByPersonIdPlansParams = {
  personId: string;
};
export type PostSocialWorkClientsByPersonIdPlansBody = {
  validFrom: string;
  goals: string;
  measures: string;
  clientParticipated: boolean;
};
export type PostSocialWorkClientsByPersonIdPlansResponse = Record<string, unknown>;
export function postSocialWorkClientsByPersonIdPlans(http: ApiTransport, params: PostSocialWorkClientsByPersonIdPlansParams, body: PostSocialWorkClientsByPersonIdPlansBody): Promise<PostSocialWorkClientsByPersonIdPlansResponse> {
  return http({ method: 'POST', path: `/social-work/clients/${encodeURIComponent(String(params.personId))}/plans`, body }) as Promise<PostSocialWorkClientsByPersonIdPlansResponse>;
}

// POST /social-work/clients/{personId}/situation — Record social, economic or health situation data needed for the client's services
export type PostSocialWorkClientsByPersonIdSituationParams = {
  personId: string;
};
export type PostSocialWorkClientsByPersonIdSituationBody = {
  area: "social" | "economic" | "health" | "housing" | "other";
  recordedOn: string;
  text: string;
};
export type PostSocialWorkClientsByPersonIdSituationResponse = Record<string, unknown>;
export function postSocialWorkClientsByPersonIdSituation(http: ApiTransport, params: PostSocialWorkClientsByPersonIdSituationParams, body: PostSocialWorkClientsByPersonIdSituationBody): Promise<PostSocialWorkClientsByPersonIdSituationResponse> {
  return http({ method: 'POST', path: `/social-work/clients/${encodeURIComponent(String(params.personId))}/situation`, body }) as Promise<PostSocialWorkClientsByPersonIdSituationResponse>;
}

// GET /social-work/decisions/{id}/pdf — A decision as PDF (fi/sv) with appeal instructions
export type GetSocialWorkDecisionsByIdPdfParams = {
  id: string;
};
export type GetSocialWorkDecisionsByIdPdfQuery = {
  lang?: "fi" | "sv";
};
export type GetSocialWorkDecisionsByIdPdfResponse = unknown;
export function getSocialWorkDecisionsByIdPdf(http: ApiTransport, params: GetSocialWorkDecisionsByIdPdfParams, query?: GetSocialWorkDecisionsByIdPdfQuery): Promise<GetSocialWorkDecisionsByIdPdfResponse> {
  return http({ method: 'GET', path: `/social-work/decisions/${encodeURIComponent(String(params.id))}/pdf`, query }) as Promise<GetSocialWorkDecisionsByIdPdfResponse>;
}

// POST /social-work/notifications — Receive a notification; a child-welfare one gets the 7-working-day and 3-month deadlines (LSL 26 §)
export type PostSocialWorkNotificationsBody = {
  personId: string;
  unitId: string;
  kind: "child_welfare" | "child_welfare_assessment_request" | "social_care_need";
  receivedOn: string;
  summary: string;
  urgent: boolean;
  notifier: {
    personId?: string | null;
    name?: string | null;
    role: "private" | "health_care" | "school" | "ecec" | "police" | "social_services" | "other_authority" | "anonymous";
    identityProtected: boolean;
  };
};
export type PostSocialWorkNotificationsResponse = Record<string, unknown>;
export function postSocialWorkNotifications(http: ApiTransport, body: PostSocialWorkNotificationsBody): Promise<PostSocialWorkNotificationsResponse> {
  return http({ method: 'POST', path: `/social-work/notifications`, body }) as Promise<PostSocialWorkNotificationsResponse>;
}

// POST /social-work/notifications/{id}/assessment-complete — Record that the service-need assessment of a notification was completed (meets the LSL 26 § 3-month deadline)
export type PostSocialWorkNotificationsByIdAssessmentCompleteParams = {
  id: string;
};
export type PostSocialWorkNotificationsByIdAssessmentCompleteBody = {
  completedOn: string;
};
export type PostSocialWorkNotificationsByIdAssessmentCompleteResponse = unknown;
export function postSocialWorkNotificationsByIdAssessmentComplete(http: ApiTransport, params: PostSocialWorkNotificationsByIdAssessmentCompleteParams, body: PostSocialWorkNotificationsByIdAssessmentCompleteBody): Promise<PostSocialWorkNotificationsByIdAssessmentCompleteResponse> {
  return http({ method: 'POST', path: `/social-work/notifications/${encodeURIComponent(String(params.id))}/assessment-complete`, body }) as Promise<PostSocialWorkNotificationsByIdAssessmentCompleteResponse>;
}

// POST /social-work/notifications/{id}/assessment-decision — Decide whether to start the service-need assessment; meets the 7-working-day deadline
export type PostSocialWorkNotificationsByIdAssessmentDecisionParams = {
  id: string;
};
export type PostSocialWorkNotificationsByIdAssessmentDecisionBody = {
  start: boolean;
  decidedOn: string;
  text: string;
};
export type PostSocialWorkNotificationsByIdAssessmentDecisionResponse = Record<string, unknown>;
export function postSocialWorkNotificationsByIdAssessmentDecision(http: ApiTransport, params: PostSocialWorkNotificationsByIdAssessmentDecisionParams, body: PostSocialWorkNotificationsByIdAssessmentDecisionBody): Promise<PostSocialWorkNotificationsByIdAssessmentDecisionResponse> {
  return http({ method: 'POST', path: `/social-work/notifications/${encodeURIComponent(String(params.id))}/assessment-decision`, body }) as Promise<PostSocialWorkNotificationsByIdAssessmentDecisionResponse>;
}

// GET /social-work/units — Social-work units the user works in
export type GetSocialWorkUnitsResponse = {
  units: Array<{
    id: string;
    name: string;
  }>;
};
export function getSocialWorkUnits(http: ApiTransport): Promise<GetSocialWorkUnitsResponse> {
  return http({ method: 'GET', path: `/social-work/units` }) as Promise<GetSocialWorkUnitsResponse>;
}

// GET /social-work/units/{unitId}/worklist — The unit's incoming notifications and open applications by their nearest statutory deadline (LSL 26 §, SHL 36 § and 45 §)
export type GetSocialWorkUnitsByUnitIdWorklistParams = {
  unitId: string;
};
export type GetSocialWorkUnitsByUnitIdWorklistResponse = {
  today: string;
  unit: {
    id: string;
    name: string;
  };
  notifications: Array<{
    id: string;
    personId: string;
    firstNames: string;
    lastName: string;
    birthDate: string;
    kind: string;
    receivedOn: string;
    urgent: boolean;
    summary: string;
    deadlines: Array<{
      kind: string;
      dueOn: string;
      metOn: string | null;
    }>;
    nextDue: string | null;
    nextDueKind: string | null;
    workingDaysLeft: number | null;
    overdue: boolean;
  }>;
  applications: Array<{
    id: string;
    personId: string;
    firstNames: string;
    lastName: string;
    birthDate: string;
    kind: string;
    receivedOn: string;
    status: string;
    summary: string | null;
    deadlines: Array<{
      kind: string;
      dueOn: string;
      metOn: string | null;
    }>;
    nextDue: string | null;
    nextDueKind: string | null;
    workingDaysLeft: number | null;
    overdue: boolean;
  }>;
};
export function getSocialWorkUnitsByUnitIdWorklist(http: ApiTransport, params: GetSocialWorkUnitsByUnitIdWorklistParams): Promise<GetSocialWorkUnitsByUnitIdWorklistResponse> {
  return http({ method: 'GET', path: `/social-work/units/${encodeURIComponent(String(params.unitId))}/worklist` }) as Promise<GetSocialWorkUnitsByUnitIdWorklistResponse>;
}

// GET /statistics/{registerId}/{statisticId} — A statistic in full for staff (JSON for charts, CSV or XLSX)
export type GetStatisticsByRegisterIdByStatisticIdParams = {
  registerId: string;
  statisticId: string;
};
export type GetStatisticsByRegisterIdByStatisticIdQuery = {
  from: string;
  to: string;
  format?: "json" | "csv" | "xlsx";
  lang?: "fi" | "sv" | "en";
};
export type GetStatisticsByRegisterIdByStatisticIdResponse = unknown;
export function getStatisticsByRegisterIdByStatisticId(http: ApiTransport, params: GetStatisticsByRegisterIdByStatisticIdParams, query: GetStatisticsByRegisterIdByStatisticIdQuery): Promise<GetStatisticsByRegisterIdByStatisticIdResponse> {
  return http({ method: 'GET', path: `/statistics/${encodeURIComponent(String(params.registerId))}/${encodeURIComponent(String(params.statisticId))}`, query }) as Promise<GetStatisticsByRegisterIdByStatisticIdResponse>;
}

// GET /units — Organisational units (schools, ECEC units, libraries…)
export type GetUnitsResponse = {
  units: Array<{
    id: string;
    name: string;
    kind: string;
    registerId: string | null;
    language: string;
    active: boolean;
  }>;
};
export function getUnits(http: ApiTransport): Promise<GetUnitsResponse> {
  return http({ method: 'GET', path: `/units` }) as Promise<GetUnitsResponse>;
}

// POST /units — Add an organisational unit
export type PostUnitsBody = {
  name: string;
  kind: string;
  registerId?: "ecec" | "basic-education" | "library" | "elderly-care" | "social-work" | null;
  language?: "fi" | "sv" | "en";
  parentId?: string | null;
};
export type PostUnitsResponse = {
  id: string;
};
export function postUnits(http: ApiTransport, body: PostUnitsBody): Promise<PostUnitsResponse> {
  return http({ method: 'POST', path: `/units`, body }) as Promise<PostUnitsResponse>;
}

// GET /users — Staff users and their role grants
export type GetUsersResponse = unknown;
export function getUsers(http: ApiTransport): Promise<GetUsersResponse> {
  return http({ method: 'GET', path: `/users` }) as Promise<GetUsersResponse>;
}

// POST /users — Add a staff user with role grants
export type PostUsersBody = {
  username: string;
  displayName: string;
  password?: string;
  language?: "fi" | "sv" | "en";
  grants: Array<{
    role: string;
    unitId?: string | null;
  }>;
};
export type PostUsersResponse = unknown;
export function postUsers(http: ApiTransport, body: PostUsersBody): Promise<PostUsersResponse> {
  return http({ method: 'POST', path: `/users`, body }) as Promise<PostUsersResponse>;
}

/** Every operation of the API, for tests and diagnostics. */
export const operations = [
  { name: 'getAuditVerify', method: 'GET', path: '/audit/verify' },
  { name: 'postAuthLogin', method: 'POST', path: '/auth/login' },
  { name: 'postAuthLogout', method: 'POST', path: '/auth/logout' },
  { name: 'getAuthMe', method: 'GET', path: '/auth/me' },
  { name: 'getAuthOidcCallback', method: 'GET', path: '/auth/oidc/callback' },
  { name: 'getAuthOidcLogin', method: 'GET', path: '/auth/oidc/login' },
  { name: 'postBasicEducationAbsenceAlertsByAlertIdAcknowledge', method: 'POST', path: '/basic-education/absence-alerts/{alertId}/acknowledge' },
  { name: 'getBasicEducationGroupsByGroupId', method: 'GET', path: '/basic-education/groups/{groupId}' },
  { name: 'patchBasicEducationGroupsByGroupId', method: 'PATCH', path: '/basic-education/groups/{groupId}' },
  { name: 'getBasicEducationGroupsByGroupIdCertificates', method: 'GET', path: '/basic-education/groups/{groupId}/certificates' },
  { name: 'postBasicEducationGroupsByGroupIdLessons', method: 'POST', path: '/basic-education/groups/{groupId}/lessons' },
  { name: 'postBasicEducationGroupsByGroupIdMembers', method: 'POST', path: '/basic-education/groups/{groupId}/members' },
  { name: 'postBasicEducationGroupsByGroupIdSupport', method: 'POST', path: '/basic-education/groups/{groupId}/support' },
  { name: 'postBasicEducationGroupsByGroupIdTeachers', method: 'POST', path: '/basic-education/groups/{groupId}/teachers' },
  { name: 'postBasicEducationGroupsByGroupIdTeachersByStaffIdEnd', method: 'POST', path: '/basic-education/groups/{groupId}/teachers/{staffId}/end' },
  { name: 'getBasicEducationParameters', method: 'GET', path: '/basic-education/parameters' },
  { name: 'postBasicEducationParameters', method: 'POST', path: '/basic-education/parameters' },
  { name: 'getBasicEducationPupilsByPupilId', method: 'GET', path: '/basic-education/pupils/{pupilId}' },
  { name: 'getBasicEducationPupilsByPupilIdAbsences', method: 'GET', path: '/basic-education/pupils/{pupilId}/absences' },
  { name: 'postBasicEducationPupilsByPupilIdAbsencesAuthorise', method: 'POST', path: '/basic-education/pupils/{pupilId}/absences/authorise' },
  { name: 'postBasicEducationPupilsByPupilIdActivityAttendance', method: 'POST', path: '/basic-education/pupils/{pupilId}/activity-attendance' },
  { name: 'postBasicEducationPupilsByPupilIdActivityEnrolments', method: 'POST', path: '/basic-education/pupils/{pupilId}/activity-enrolments' },
  { name: 'postBasicEducationPupilsByPupilIdAssessments', method: 'POST', path: '/basic-education/pupils/{pupilId}/assessments' },
  { name: 'getBasicEducationPupilsByPupilIdCertificate', method: 'GET', path: '/basic-education/pupils/{pupilId}/certificate' },
  { name: 'postBasicEducationPupilsByPupilIdDecisions', method: 'POST', path: '/basic-education/pupils/{pupilId}/decisions' },
  { name: 'postBasicEducationPupilsByPupilIdEnrolmentsByEnrolmentIdEnd', method: 'POST', path: '/basic-education/pupils/{pupilId}/enrolments/{enrolmentId}/end' },
  { name: 'getBasicEducationPupilsByPupilIdKoski', method: 'GET', path: '/basic-education/pupils/{pupilId}/koski' },
  { name: 'postBasicEducationPupilsByPupilIdSchoolTrips', method: 'POST', path: '/basic-education/pupils/{pupilId}/school-trips' },
  { name: 'postBasicEducationPupilsByPupilIdSubjectChoices', method: 'POST', path: '/basic-education/pupils/{pupilId}/subject-choices' },
  { name: 'getBasicEducationPupilsByPupilIdSupport', method: 'GET', path: '/basic-education/pupils/{pupilId}/support' },
  { name: 'postBasicEducationPupilsByPupilIdSupport', method: 'POST', path: '/basic-education/pupils/{pupilId}/support' },
  { name: 'postBasicEducationPupilsByPupilIdSupportHistory', method: 'POST', path: '/basic-education/pupils/{pupilId}/support/history' },
  { name: 'postBasicEducationPupilsByPupilIdTransportDecisions', method: 'POST', path: '/basic-education/pupils/{pupilId}/transport-decisions' },
  { name: 'getBasicEducationPupilsByPupilIdTransportEligibility', method: 'GET', path: '/basic-education/pupils/{pupilId}/transport-eligibility' },
  { name: 'getBasicEducationPupilsByPupilIdWelfareRecords', method: 'GET', path: '/basic-education/pupils/{pupilId}/welfare-records' },
  { name: 'postBasicEducationPupilsByPupilIdWelfareRecords', method: 'POST', path: '/basic-education/pupils/{pupilId}/welfare-records' },
  { name: 'getBasicEducationSchools', method: 'GET', path: '/basic-education/schools' },
  { name: 'postBasicEducationSchools', method: 'POST', path: '/basic-education/schools' },
  { name: 'getBasicEducationSchoolsBySchoolId', method: 'GET', path: '/basic-education/schools/{schoolId}' },
  { name: 'patchBasicEducationSchoolsBySchoolId', method: 'PATCH', path: '/basic-education/schools/{schoolId}' },
  { name: 'getBasicEducationSchoolsBySchoolIdAbsenceAlerts', method: 'GET', path: '/basic-education/schools/{schoolId}/absence-alerts' },
  { name: 'getBasicEducationSchoolsBySchoolIdActivityFees', method: 'GET', path: '/basic-education/schools/{schoolId}/activity-fees' },
  { name: 'getBasicEducationSchoolsBySchoolIdAttendanceReport', method: 'GET', path: '/basic-education/schools/{schoolId}/attendance-report' },
  { name: 'postBasicEducationSchoolsBySchoolIdEnrolments', method: 'POST', path: '/basic-education/schools/{schoolId}/enrolments' },
  { name: 'postBasicEducationSchoolsBySchoolIdGroups', method: 'POST', path: '/basic-education/schools/{schoolId}/groups' },
  { name: 'postBasicEducationSchoolsBySchoolIdStaff', method: 'POST', path: '/basic-education/schools/{schoolId}/staff' },
  { name: 'patchBasicEducationStaffByStaffId', method: 'PATCH', path: '/basic-education/staff/{staffId}' },
  { name: 'postBasicEducationStaffByStaffIdEnd', method: 'POST', path: '/basic-education/staff/{staffId}/end' },
  { name: 'getCitizenAuditTrail', method: 'GET', path: '/citizen/audit-trail' },
  { name: 'postCitizenAuthLogout', method: 'POST', path: '/citizen/auth/logout' },
  { name: 'getCitizenAuthSuomifiCallback', method: 'GET', path: '/citizen/auth/suomifi/callback' },
  { name: 'getCitizenAuthSuomifiLogin', method: 'GET', path: '/citizen/auth/suomifi/login' },
  { name: 'postCitizenAuthTestLogin', method: 'POST', path: '/citizen/auth/test-login' },
  { name: 'getCitizenEcecChildren', method: 'GET', path: '/citizen/ecec/children' },
  { name: 'getCitizenEcecChildrenByIdCalendar', method: 'GET', path: '/citizen/ecec/children/{id}/calendar' },
  { name: 'putCitizenEcecChildrenByIdDaysByDate', method: 'PUT', path: '/citizen/ecec/children/{id}/days/{date}' },
  { name: 'getCitizenEcecChildrenByIdPlacements', method: 'GET', path: '/citizen/ecec/children/{id}/placements' },
  { name: 'getCitizenEcecChildrenByIdVasu', method: 'GET', path: '/citizen/ecec/children/{id}/vasu' },
  { name: 'getCitizenEcecDecisions', method: 'GET', path: '/citizen/ecec/decisions' },
  { name: 'getCitizenEcecFeeDecisionsByIdPdf', method: 'GET', path: '/citizen/ecec/fee-decisions/{id}/pdf' },
  { name: 'getCitizenEcecPlacementDecisionsByIdPdf', method: 'GET', path: '/citizen/ecec/placement-decisions/{id}/pdf' },
  { name: 'getCitizenEcecVoucherValueDecisionsByIdPdf', method: 'GET', path: '/citizen/ecec/voucher-value-decisions/{id}/pdf' },
  { name: 'getCitizenMe', method: 'GET', path: '/citizen/me' },
  { name: 'postEcecApplications', method: 'POST', path: '/ecec/applications' },
  { name: 'getEcecApplicationsById', method: 'GET', path: '/ecec/applications/{id}' },
  { name: 'postEcecApplicationsByIdOtherGuardianConsent', method: 'POST', path: '/ecec/applications/{id}/other-guardian-consent' },
  { name: 'postEcecApplicationsByIdStatus', method: 'POST', path: '/ecec/applications/{id}/status' },
  { name: 'postEcecApplicationsByIdUrgency', method: 'POST', path: '/ecec/applications/{id}/urgency' },
  { name: 'getEcecChildrenByChildIdMonthlyFees', method: 'GET', path: '/ecec/children/{childId}/monthly-fees' },
  { name: 'postEcecChildrenByIdAbsences', method: 'POST', path: '/ecec/children/{id}/absences' },
  { name: 'getEcecChildrenByIdApplications', method: 'GET', path: '/ecec/children/{id}/applications' },
  { name: 'getEcecChildrenByIdAttendance', method: 'GET', path: '/ecec/children/{id}/attendance' },
  { name: 'putEcecChildrenByIdAttendanceDaysByDate', method: 'PUT', path: '/ecec/children/{id}/attendance-days/{date}' },
  { name: 'postEcecChildrenByIdAttendances', method: 'POST', path: '/ecec/children/{id}/attendances' },
  { name: 'getEcecChildrenByIdPlacements', method: 'GET', path: '/ecec/children/{id}/placements' },
  { name: 'putEcecChildrenByIdReservationDaysByDate', method: 'PUT', path: '/ecec/children/{id}/reservation-days/{date}' },
  { name: 'postEcecChildrenByIdReservations', method: 'POST', path: '/ecec/children/{id}/reservations' },
  { name: 'getEcecChildrenByIdVasu', method: 'GET', path: '/ecec/children/{id}/vasu' },
  { name: 'postEcecChildrenByIdVasu', method: 'POST', path: '/ecec/children/{id}/vasu' },
  { name: 'postEcecFeeDecisionsRegenerate', method: 'POST', path: '/ecec/fee-decisions/regenerate' },
  { name: 'getEcecFeeDecisionsByIdPdf', method: 'GET', path: '/ecec/fee-decisions/{id}/pdf' },
  { name: 'getEcecFeeParameters', method: 'GET', path: '/ecec/fee-parameters' },
  { name: 'postEcecFeeParameters', method: 'POST', path: '/ecec/fee-parameters' },
  { name: 'putEcecFeeParametersById', method: 'PUT', path: '/ecec/fee-parameters/{id}' },
  { name: 'postEcecIncomes', method: 'POST', path: '/ecec/incomes' },
  { name: 'getEcecMonthlyFees', method: 'GET', path: '/ecec/monthly-fees' },
  { name: 'getEcecPersonsByIdFeeDecisions', method: 'GET', path: '/ecec/persons/{id}/fee-decisions' },
  { name: 'getEcecPersonsByIdIncomes', method: 'GET', path: '/ecec/persons/{id}/incomes' },
  { name: 'getEcecPlacementDecisionsByIdPdf', method: 'GET', path: '/ecec/placement-decisions/{id}/pdf' },
  { name: 'postEcecPlacements', method: 'POST', path: '/ecec/placements' },
  { name: 'postEcecPlacementsByIdServiceNeed', method: 'POST', path: '/ecec/placements/{id}/service-need' },
  { name: 'getEcecProviders', method: 'GET', path: '/ecec/providers' },
  { name: 'postEcecProviders', method: 'POST', path: '/ecec/providers' },
  { name: 'getEcecUnits', method: 'GET', path: '/ecec/units' },
  { name: 'postEcecUnits', method: 'POST', path: '/ecec/units' },
  { name: 'getEcecUnitsById', method: 'GET', path: '/ecec/units/{id}' },
  { name: 'getEcecUnitsByIdAttendance', method: 'GET', path: '/ecec/units/{id}/attendance' },
  { name: 'getEcecUnitsByIdAttendanceMonth', method: 'GET', path: '/ecec/units/{id}/attendance-month' },
  { name: 'getEcecUnitsByIdChildren', method: 'GET', path: '/ecec/units/{id}/children' },
  { name: 'postEcecUnitsByIdGroups', method: 'POST', path: '/ecec/units/{id}/groups' },
  { name: 'getEcecUnitsByIdQueue', method: 'GET', path: '/ecec/units/{id}/queue' },
  { name: 'postEcecUnitsByIdStaff', method: 'POST', path: '/ecec/units/{id}/staff' },
  { name: 'getEcecVoucherValueDecisionsByIdPdf', method: 'GET', path: '/ecec/voucher-value-decisions/{id}/pdf' },
  { name: 'getElderlyCareApplications', method: 'GET', path: '/elderly-care/applications' },
  { name: 'postElderlyCareApplicationsByIdAssessment', method: 'POST', path: '/elderly-care/applications/{id}/assessment' },
  { name: 'postElderlyCareClients', method: 'POST', path: '/elderly-care/clients' },
  { name: 'getElderlyCareClientsByPersonId', method: 'GET', path: '/elderly-care/clients/{personId}' },
  { name: 'postElderlyCareClientsByPersonIdApplications', method: 'POST', path: '/elderly-care/clients/{personId}/applications' },
  { name: 'getElderlyCareClientsByPersonIdCareRecords', method: 'GET', path: '/elderly-care/clients/{personId}/care-records' },
  { name: 'postElderlyCareClientsByPersonIdCareRecords', method: 'POST', path: '/elderly-care/clients/{personId}/care-records' },
  { name: 'postElderlyCareClientsByPersonIdDecisions', method: 'POST', path: '/elderly-care/clients/{personId}/decisions' },
  { name: 'postElderlyCareClientsByPersonIdServicePlans', method: 'POST', path: '/elderly-care/clients/{personId}/service-plans' },
  { name: 'getElderlyCareDecisionsByIdPdf', method: 'GET', path: '/elderly-care/decisions/{id}/pdf' },
  { name: 'getElderlyCareFeeDecisionsByIdPdf', method: 'GET', path: '/elderly-care/fee-decisions/{id}/pdf' },
  { name: 'getElderlyCareInvoices', method: 'GET', path: '/elderly-care/invoices' },
  { name: 'postElderlyCareInvoices', method: 'POST', path: '/elderly-care/invoices' },
  { name: 'getElderlyCareUnits', method: 'GET', path: '/elderly-care/units' },
  { name: 'getElderlyCareUnitsByUnitIdClients', method: 'GET', path: '/elderly-care/units/{unitId}/clients' },
  { name: 'getInformationRequests', method: 'GET', path: '/information-requests' },
  { name: 'postInformationRequests', method: 'POST', path: '/information-requests' },
  { name: 'postInformationRequestsSubjectSearch', method: 'POST', path: '/information-requests/subject-search' },
  { name: 'getInformationRequestsById', method: 'GET', path: '/information-requests/{id}' },
  { name: 'postInformationRequestsByIdDecision', method: 'POST', path: '/information-requests/{id}/decision' },
  { name: 'postInformationRequestsByIdDeliver', method: 'POST', path: '/information-requests/{id}/deliver' },
  { name: 'postInformationRequestsByIdExtend', method: 'POST', path: '/information-requests/{id}/extend' },
  { name: 'getInformationRequestsByIdReportJson', method: 'GET', path: '/information-requests/{id}/report/json' },
  { name: 'getInformationRequestsByIdReportPdf', method: 'GET', path: '/information-requests/{id}/report/pdf' },
  { name: 'postInformationRequestsByIdReview', method: 'POST', path: '/information-requests/{id}/review' },
  { name: 'postInformationRequestsByIdSearch', method: 'POST', path: '/information-requests/{id}/search' },
  { name: 'postLibraryBiblios', method: 'POST', path: '/library/biblios' },
  { name: 'postLibraryBibliosImport', method: 'POST', path: '/library/biblios/import' },
  { name: 'getLibraryBibliosByBiblioId', method: 'GET', path: '/library/biblios/{biblioId}' },
  { name: 'getLibraryCatalogue', method: 'GET', path: '/library/catalogue' },
  { name: 'postLibraryCheckin', method: 'POST', path: '/library/checkin' },
  { name: 'postLibraryDeskCheckout', method: 'POST', path: '/library/desk/checkout' },
  { name: 'postLibraryDeskLookup', method: 'POST', path: '/library/desk/lookup' },
  { name: 'postLibraryDeskRenew', method: 'POST', path: '/library/desk/renew' },
  { name: 'getLibraryDevices', method: 'GET', path: '/library/devices' },
  { name: 'postLibraryDevices', method: 'POST', path: '/library/devices' },
  { name: 'postLibraryDevicesByDeviceIdDisable', method: 'POST', path: '/library/devices/{deviceId}/disable' },
  { name: 'getLibraryItemTypes', method: 'GET', path: '/library/item-types' },
  { name: 'postLibraryItems', method: 'POST', path: '/library/items' },
  { name: 'postLibraryLoanRules', method: 'POST', path: '/library/loan-rules' },
  { name: 'postLibraryParameters', method: 'POST', path: '/library/parameters' },
  { name: 'postLibraryPatrons', method: 'POST', path: '/library/patrons' },
  { name: 'getLibraryPatronsByPersonId', method: 'GET', path: '/library/patrons/{personId}' },
  { name: 'patchLibraryPatronsByPersonId', method: 'PATCH', path: '/library/patrons/{personId}' },
  { name: 'postLibraryPatronsByPersonIdBlocks', method: 'POST', path: '/library/patrons/{personId}/blocks' },
  { name: 'postLibraryPatronsByPersonIdBlocksByBlockIdLift', method: 'POST', path: '/library/patrons/{personId}/blocks/{blockId}/lift' },
  { name: 'postLibraryPatronsByPersonIdFeesByFeeIdByAction', method: 'POST', path: '/library/patrons/{personId}/fees/{feeId}/{action}' },
  { name: 'postLibraryPatronsByPersonIdHolds', method: 'POST', path: '/library/patrons/{personId}/holds' },
  { name: 'postLibraryPatronsByPersonIdHoldsByHoldIdCancel', method: 'POST', path: '/library/patrons/{personId}/holds/{holdId}/cancel' },
  { name: 'getLibraryPatronsByPersonIdLoans', method: 'GET', path: '/library/patrons/{personId}/loans' },
  { name: 'postLibraryPatronsByPersonIdLoans', method: 'POST', path: '/library/patrons/{personId}/loans' },
  { name: 'postLibraryPatronsByPersonIdLoansByLoanIdRenew', method: 'POST', path: '/library/patrons/{personId}/loans/{loanId}/renew' },
  { name: 'getLibraryRulePeriods', method: 'GET', path: '/library/rule-periods' },
  { name: 'getLibraryRules', method: 'GET', path: '/library/rules' },
  { name: 'postLibraryUnitsByUnitIdDailyRun', method: 'POST', path: '/library/units/{unitId}/daily-run' },
  { name: 'getLibraryUnitsByUnitIdHoldShelf', method: 'GET', path: '/library/units/{unitId}/hold-shelf' },
  { name: 'getLibraryUnitsByUnitIdOverdueNotices', method: 'GET', path: '/library/units/{unitId}/overdue-notices' },
  { name: 'getLibraryUnitsByUnitIdOverdueNoticesLetters', method: 'GET', path: '/library/units/{unitId}/overdue-notices/letters' },
  { name: 'postPersons', method: 'POST', path: '/persons' },
  { name: 'postPersonsSearch', method: 'POST', path: '/persons/search' },
  { name: 'getPersonsById', method: 'GET', path: '/persons/{id}' },
  { name: 'patchPersonsById', method: 'PATCH', path: '/persons/{id}' },
  { name: 'getPersonsByIdAccessReport', method: 'GET', path: '/persons/{id}/access-report' },
  { name: 'getPersonsByIdAccessReportPdf', method: 'GET', path: '/persons/{id}/access-report/pdf' },
  { name: 'postPersonsByIdAddresses', method: 'POST', path: '/persons/{id}/addresses' },
  { name: 'getPersonsByIdAuditTrail', method: 'GET', path: '/persons/{id}/audit-trail' },
  { name: 'postPersonsByIdRelationships', method: 'POST', path: '/persons/{id}/relationships' },
  { name: 'getPublicCitizenLogin', method: 'GET', path: '/public/citizen-login' },
  { name: 'getPublicDescription', method: 'GET', path: '/public/description' },
  { name: 'getPublicEcecFeeEstimate', method: 'GET', path: '/public/ecec/fee-estimate' },
  { name: 'postPublicLibraryDoorAccess', method: 'POST', path: '/public/library/door-access' },
  { name: 'getPublicStatisticsByRegisterIdByStatisticId', method: 'GET', path: '/public/statistics/{registerId}/{statisticId}' },
  { name: 'getRegisters', method: 'GET', path: '/registers' },
  { name: 'getRoles', method: 'GET', path: '/roles' },
  { name: 'postSocialWorkApplications', method: 'POST', path: '/social-work/applications' },
  { name: 'postSocialWorkApplicationsByIdAssessmentStart', method: 'POST', path: '/social-work/applications/{id}/assessment-start' },
  { name: 'postSocialWorkClients', method: 'POST', path: '/social-work/clients' },
  { name: 'getSocialWorkClientsByPersonId', method: 'GET', path: '/social-work/clients/{personId}' },
  { name: 'postSocialWorkClientsByPersonIdDecisions', method: 'POST', path: '/social-work/clients/{personId}/decisions' },
  { name: 'getSocialWorkClientsByPersonIdNarrative', method: 'GET', path: '/social-work/clients/{personId}/narrative' },
  { name: 'postSocialWorkClientsByPersonIdNarrative', method: 'POST', path: '/social-work/clients/{personId}/narrative' },
  { name: 'postSocialWorkClientsByPersonIdPlans', method: 'POST', path: '/social-work/clients/{personId}/plans' },
  { name: 'postSocialWorkClientsByPersonIdSituation', method: 'POST', path: '/social-work/clients/{personId}/situation' },
  { name: 'getSocialWorkDecisionsByIdPdf', method: 'GET', path: '/social-work/decisions/{id}/pdf' },
  { name: 'postSocialWorkNotifications', method: 'POST', path: '/social-work/notifications' },
  { name: 'postSocialWorkNotificationsByIdAssessmentComplete', method: 'POST', path: '/social-work/notifications/{id}/assessment-complete' },
  { name: 'postSocialWorkNotificationsByIdAssessmentDecision', method: 'POST', path: '/social-work/notifications/{id}/assessment-decision' },
  { name: 'getSocialWorkUnits', method: 'GET', path: '/social-work/units' },
  { name: 'getSocialWorkUnitsByUnitIdWorklist', method: 'GET', path: '/social-work/units/{unitId}/worklist' },
  { name: 'getStatisticsByRegisterIdByStatisticId', method: 'GET', path: '/statistics/{registerId}/{statisticId}' },
  { name: 'getUnits', method: 'GET', path: '/units' },
  { name: 'postUnits', method: 'POST', path: '/units' },
  { name: 'getUsers', method: 'GET', path: '/users' },
  { name: 'postUsers', method: 'POST', path: '/users' },
] as const;
