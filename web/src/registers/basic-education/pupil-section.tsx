import { useMemo, useRef } from 'react';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { formatDate, useI18n } from '../../i18n/i18n.tsx';
import { useAuthenticated } from '../../session.tsx';
import { ErrorAlert, Loading, useAsync } from '../../components/common.tsx';
import { ApiError } from '../../api/client.ts';
import { basicEducationApi, certificateUrl, formatSchoolYear, schoolYearOf, todayIso, type PupilAssessment, type PupilDetails, type PupilEnrolment } from './api.ts';
import { subjectName, subjectOrder } from './subjects.ts';
import { GradeForm } from './grade-form.tsx';
import { ABSENCE_READ, Absences } from './absences.tsx';

const ASSESSMENT_WRITE = 'basic-education.Assessment.WRITE';

const PUPIL_READ = 'basic-education.Pupil.READ';
const WELFARE_READ = 'basic-education.WelfareRecord.READ';

/**
 * The basic-education section of a person card: each part only for a role that may read it.
 * Enrolments and grades need `Pupil.READ`, which pupil-welfare staff do not have (their work
 * is the pupil's welfare, not studies); they see the absences and, as the only role, the
 * welfare records, which are never requested for anyone else (teachers never see them).
 */
export function BasicEducationSection({ personId }: { personId: string }) {
  const { t } = useI18n();
  const { can } = useAuthenticated();
  const today = todayIso();
  return (
    <>
      {can(PUPIL_READ) ? (
        <PupilStudies personId={personId} />
      ) : (
        <div data-testid="be-pupil-welfare-view">
          <Paragraph className="v-muted">{t.basicEducation.welfareScope}</Paragraph>
          {can(ABSENCE_READ) && <Absences pupilId={personId} schoolYear={schoolYearOf(today)} />}
        </div>
      )}
      {can(WELFARE_READ) && <WelfareRecords pupilId={personId} />}
    </>
  );
}

/** Enrolments, grades, certificates, absences and grade entry: the school's view of a pupil. */
function PupilStudies({ personId }: { personId: string }) {
  const { t } = useI18n();
  const { api, can } = useAuthenticated();
  const be = useMemo(() => basicEducationApi(api.http), [api]);
  const [state, reload] = useAsync(() => be.pupil(personId), [be, personId]);
  // While reloading after a saved grade, keep showing the data (and the form with its status).
  const last = useRef<PupilDetails | null>(null);
  if (state.status === 'ok') last.current = state.data;
  const data = state.status === 'ok' ? state.data : state.status === 'loading' ? last.current : null;
  if (!data && state.status === 'loading') return <Loading />;
  if (!data && state.status === 'error') {
    // 404 means "not a pupil of the user's schools, or no access": nothing to show.
    if (state.error instanceof ApiError && state.error.status === 404) return <Paragraph className="v-muted">{t.basicEducation.notPupil}</Paragraph>;
    return <ErrorAlert error={state.error} />;
  }
  if (!data) return null;
  const today = todayIso();
  const current = data.enrolments.find((e) => e.start_date <= today && (e.end_date === null || e.end_date >= today)) ?? null;
  return (
    <div data-testid="be-pupil">
      <Enrolments enrolments={data.enrolments} />
      <Grades pupil={data} />
      <Certificates pupilId={personId} assessments={data.assessments} />
      {can(ABSENCE_READ) && <Absences pupilId={personId} schoolYear={schoolYearOf(today)} />}
      {can(ASSESSMENT_WRITE) &&
        (current ? (
          <GradeForm pupilId={personId} enrolment={current} schoolYear={schoolYearOf(today)} assessedOn={today} onSaved={reload} />
        ) : (
          <Paragraph className="v-muted">{t.basicEducation.noOpenEnrolment}</Paragraph>
        ))}
    </div>
  );
}

/** The pupil's welfare records (oppilashuoltokertomukset), newest first; reading them is logged. */
function WelfareRecords({ pupilId }: { pupilId: string }) {
  const { t, lang } = useI18n();
  const be = t.basicEducation;
  const { api } = useAuthenticated();
  const client = useMemo(() => basicEducationApi(api.http), [api]);
  const [state] = useAsync(() => client.welfareRecords(pupilId), [client, pupilId]);
  return (
    <section aria-labelledby="be-welfare-h" data-testid="be-welfare-records">
      <Heading variant="h4" id="be-welfare-h">
        {be.welfareRecords}
      </Heading>
      <Paragraph className="v-muted v-mb">{be.welfareRecordsNote}</Paragraph>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' &&
        (state.error instanceof ApiError && state.error.status === 404 ? <Paragraph className="v-muted">{be.welfareNoAccess}</Paragraph> : <ErrorAlert error={state.error} />)}
      {state.status === 'ok' &&
        (state.data.records.length === 0 ? (
          <Paragraph>{be.noWelfareRecords}</Paragraph>
        ) : (
          <ul className="v-plain-list">
            {state.data.records.map((r) => (
              <li key={r.id} data-testid="be-welfare-record" className="v-mb">
                <Heading variant="h5">
                  {formatDate(r.recorded_on, lang)} · {be.professionals[r.professional] ?? r.professional}: {r.topic}
                </Heading>
                <Paragraph>{r.content}</Paragraph>
                {r.measures && (
                  <Paragraph>
                    {be.welfareMeasures}: {r.measures}
                  </Paragraph>
                )}
                {r.participants && (
                  <Paragraph className="v-muted">
                    {be.welfareParticipants}: {r.participants}
                  </Paragraph>
                )}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

function Enrolments({ enrolments }: { enrolments: PupilEnrolment[] }) {
  const { t, lang } = useI18n();
  const be = t.basicEducation;
  return (
    <>
      <Heading variant="h4">
        {be.enrolments}
      </Heading>
      {enrolments.length === 0 ? (
        <Paragraph>{be.noEnrolments}</Paragraph>
      ) : (
        <table className="v-table" data-testid="be-enrolments">
          <caption className="v-visually-hidden">{be.enrolments}</caption>
          <thead>
            <tr>
              <th scope="col">{be.school}</th>
              <th scope="col">{be.class}</th>
              <th scope="col" className="v-num">
                {be.gradeLevel}
              </th>
              <th scope="col">{be.period}</th>
              <th scope="col">{be.endReason}</th>
            </tr>
          </thead>
          <tbody>
            {[...enrolments].reverse().map((e) => (
              <tr key={e.id}>
                <td>{e.school_name}</td>
                <td>{e.class_name ?? '–'}</td>
                <td className="v-num">{e.grade}</td>
                <td>
                  {formatDate(e.start_date, lang)}–{formatDate(e.end_date, lang)}
                </td>
                <td>{e.end_reason ? (be.endReasons[e.end_reason] ?? e.end_reason) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

const markText = (a: PupilAssessment) => (a.numeric_grade !== null ? String(a.numeric_grade) : (a.verbal_mark ?? '–'));

function Grades({ pupil }: { pupil: PupilDetails }) {
  const { t, lang } = useI18n();
  const be = t.basicEducation;
  const years = [...new Set(pupil.assessments.map((a) => a.school_year))].sort((a, b) => b - a);
  return (
    <>
      <Heading variant="h4">
        {be.grades}
      </Heading>
      {years.length === 0 && <Paragraph>{be.noGrades}</Paragraph>}
      {years.map((year) => {
        const rows = pupil.assessments
          .filter((a) => a.school_year === year)
          .sort((a, b) => subjectOrder(a.subject_code) - subjectOrder(b.subject_code) || a.subject_code.localeCompare(b.subject_code) || a.kind.localeCompare(b.kind));
        return (
          <table key={year} className="v-table" data-testid={`be-grades-${year}`}>
            <caption>{be.gradesCaption(formatSchoolYear(year))}</caption>
            <thead>
              <tr>
                <th scope="col">{be.subject}</th>
                <th scope="col" className="v-num">
                  {be.grade}
                </th>
                <th scope="col">{be.kind}</th>
                <th scope="col">{be.assessedOn}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr key={a.id} data-subject={a.subject_code}>
                  <th scope="row">
                    {subjectName(a.subject_code, lang)}
                    {a.language_code ? `, ${be.languages[a.language_code] ?? a.language_code}` : ''}
                  </th>
                  <td className="v-num">{markText(a)}</td>
                  <td>{be.kinds[a.kind] ?? a.kind}</td>
                  <td>{formatDate(a.assessed_on, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </>
  );
}

function Certificates({ pupilId, assessments }: { pupilId: string; assessments: PupilAssessment[] }) {
  const { t } = useI18n();
  const be = t.basicEducation;
  // The server answers a certificate only for a school year with annual assessments.
  const years = [...new Set(assessments.filter((a) => a.kind === 'annual').map((a) => a.school_year))].sort((a, b) => b - a);
  if (years.length === 0) return null;
  return (
    <>
      <Heading variant="h4">
        {be.certificates}
      </Heading>
      <ul className="v-plain-list" data-testid="be-certificates">
        {years.flatMap((year) =>
          (['fi', 'sv'] as const).map((l) => (
            <li key={`${year}-${l}`}>
              <a href={certificateUrl(pupilId, year, l)} download={`certificate-${year}-${l}.pdf`}>
                {be.certificateLink(formatSchoolYear(year), be.certificateLanguages[l] ?? l)}
              </a>
            </li>
          )),
        )}
      </ul>
    </>
  );
}
