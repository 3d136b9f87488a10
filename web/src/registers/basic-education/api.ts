import * as gen from '../../generated/api-client.ts';
import type { ApiTransport } from '../../generated/api-client.ts';
import { downloadUrl } from '../../api/api.ts';

/** What `GET /basic-education/pupils/:pupilId` answers (the generated client types it `unknown`). */
export interface PupilEnrolment {
  id: string;
  school_id: string;
  school_name: string;
  class_id: string | null;
  class_name: string | null;
  grade: number;
  start_date: string;
  end_date: string | null;
  end_reason: string | null;
  end_note: string | null;
}

export interface PupilAssessment {
  id: string;
  school_id: string;
  school_year: number;
  grade_level: number;
  kind: 'annual' | 'final' | 'interim';
  subject_code: string;
  language_code: string | null;
  numeric_grade: number | null;
  verbal_mark: 'S' | 'H' | 'O' | null;
  assessed_on: string;
}

export interface PupilDetails {
  enrolments: PupilEnrolment[];
  assessments: PupilAssessment[];
}

/** A pupil welfare record (oppilashuoltokertomus) as `GET …/welfare-records` answers it. */
export interface WelfareRecord {
  id: string;
  school_id: string;
  recorded_on: string;
  professional: string;
  topic: string;
  content: string;
  measures: string | null;
  participants: string | null;
}

export type AssessmentBody = gen.PostBasicEducationPupilsByPupilIdAssessmentsBody;
export type PupilAbsences = gen.GetBasicEducationPupilsByPupilIdAbsencesResponse;

export const basicEducationApi = (http: ApiTransport) => ({
  pupil: async (pupilId: string) => (await gen.getBasicEducationPupilsByPupilId(http, { pupilId })) as PupilDetails,
  /** Lesson absences of the school year (its starting calendar year), with totals and the threshold. */
  absences: (pupilId: string, schoolYear: number) => gen.getBasicEducationPupilsByPupilIdAbsences(http, { pupilId }, { schoolYear }),
  /** Pupil welfare records: a separate, stricter dataset (pupil-welfare staff of the pupil's school only). */
  welfareRecords: async (pupilId: string) => (await gen.getBasicEducationPupilsByPupilIdWelfareRecords(http, { pupilId })) as { records: WelfareRecord[] },
  acknowledgeAlert: (alertId: string, note: string | null) => gen.postBasicEducationAbsenceAlertsByAlertIdAcknowledge(http, { alertId }, { note }),
  saveAssessment: async (pupilId: string, body: AssessmentBody) =>
    (await gen.postBasicEducationPupilsByPupilIdAssessments(http, { pupilId }, body)) as { id: string; corrected: boolean },
});

/** The PDF of a pupil's school-year certificate: a plain link with the session cookie. */
export const certificateUrl = (pupilId: string, schoolYear: number, lang: 'fi' | 'sv') =>
  downloadUrl(`/basic-education/pupils/${encodeURIComponent(pupilId)}/certificate`, { kind: 'annual', schoolYear, lang });

/** The school year (its starting calendar year) a date falls in: 1 Aug – 31 Jul. */
export const schoolYearOf = (isoDate: string) => (Number(isoDate.slice(5, 7)) >= 8 ? Number(isoDate.slice(0, 4)) : Number(isoDate.slice(0, 4)) - 1);

export const formatSchoolYear = (year: number) => `${year}–${year + 1}`;

/** Today as yyyy-mm-dd in the browser's time zone. */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
