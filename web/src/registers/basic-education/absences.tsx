import { useMemo } from 'react';
import { Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { formatDate, formatDateTime, useI18n } from '../../i18n/i18n.tsx';
import { useAuthenticated } from '../../session.tsx';
import { ErrorAlert, Facts, Loading, useAsync } from '../../components/common.tsx';
import { ApiError } from '../../api/client.ts';
import { basicEducationApi, formatSchoolYear, type PupilAbsences } from './api.ts';
import { subjectName } from './subjects.ts';

export const ABSENCE_READ = 'basic-education.Absence.READ';

/** A pupil's lesson absences of a school year: totals, the threshold alert and the lessons missed. */
export function Absences({ pupilId, schoolYear }: { pupilId: string; schoolYear: number }) {
  const { t } = useI18n();
  const be = t.basicEducation;
  const { api } = useAuthenticated();
  const client = useMemo(() => basicEducationApi(api.http), [api]);
  const [state] = useAsync(() => client.absences(pupilId, schoolYear), [client, pupilId, schoolYear]);
  return (
    <section aria-labelledby="be-absences-h" data-testid="be-absences">
      <Heading variant="h4" id="be-absences-h">
        {be.absences}
      </Heading>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' &&
        (state.error instanceof ApiError && state.error.status === 404 ? <Paragraph className="v-muted">{be.absencesNoAccess}</Paragraph> : <ErrorAlert error={state.error} />)}
      {state.status === 'ok' && <AbsenceDetails data={state.data} schoolYear={schoolYear} />}
    </section>
  );
}

function AbsenceDetails({ data, schoolYear }: { data: PupilAbsences; schoolYear: number }) {
  const { t, lang } = useI18n();
  const be = t.basicEducation;
  const exceeded = data.thresholds.filter((x) => x.exceeded);
  return (
    <>
      <Paragraph className="v-mb">{be.absencesIntro(formatSchoolYear(schoolYear), data.threshold)}</Paragraph>
      {exceeded.map((x) => {
        const alert = data.alerts.find((a) => a.schoolId === x.schoolId && a.schoolYear === x.schoolYear);
        return (
          <InlineAlert key={`${x.schoolYear}:${x.schoolId}`} status="warning" labelText={be.absenceAlertTitle} className="v-mb" data-testid="be-absence-alert">
            {be.absenceAlertText(x.schoolName, x.unauthorised, x.threshold)}{' '}
            {alert?.acknowledgedAt
              ? be.absenceAlertAcknowledged(formatDateTime(alert.acknowledgedAt, lang), alert.acknowledgedByName ?? '–')
              : be.absenceAlertOpen}
          </InlineAlert>
        );
      })}
      <div data-testid="be-absence-totals">
        <Facts
          items={[
            [be.absenceTotals.lessons, String(data.totals.lessons)],
            [be.absenceTotals.authorised, String(data.totals.authorised)],
            [be.absenceTotals.unauthorised, String(data.totals.unauthorised)],
            [be.absenceTotals.late, String(data.totals.late)],
          ]}
        />
      </div>
      {data.absences.length === 0 ? (
        <Paragraph>{be.noAbsences}</Paragraph>
      ) : (
        <table className="v-table" data-testid="be-absence-list">
          <caption className="v-visually-hidden">{be.absencesCaption(formatSchoolYear(schoolYear))}</caption>
          <thead>
            <tr>
              <th scope="col">{be.absenceDate}</th>
              <th scope="col" className="v-num">
                {be.absencePeriod}
              </th>
              <th scope="col">{be.subject}</th>
              <th scope="col">{be.absenceGroup}</th>
              <th scope="col">{be.absenceKind}</th>
              <th scope="col">{be.absenceReason}</th>
            </tr>
          </thead>
          <tbody>
            {[...data.absences].reverse().map((a) => (
              <tr key={a.id} data-kind={a.kind}>
                <td>{formatDate(a.date, lang)}</td>
                <td className="v-num">{a.period}</td>
                <td>{a.subjectCode ? subjectName(a.subjectCode, lang) : '–'}</td>
                <td>{a.groupName}</td>
                <td>{be.absenceKinds[a.kind]}</td>
                <td>{a.reason ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
