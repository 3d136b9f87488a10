import { useMemo, useState, type FormEvent } from 'react';
import { Button, Heading, InlineAlert, Paragraph, TextInput } from 'suomifi-ui-components';
import { formatDate, formatDateTime, useI18n } from '../../i18n/i18n.tsx';
import { useAuthenticated } from '../../session.tsx';
import { ErrorAlert, Facts, Loading, useAsync } from '../../components/common.tsx';
import { ApiError } from '../../api/client.ts';
import { basicEducationApi, formatSchoolYear, type PupilAbsences } from './api.ts';
import { subjectName } from './subjects.ts';

export const ABSENCE_READ = 'basic-education.Absence.READ';
const ALERT_ACKNOWLEDGE = 'basic-education.AbsenceAlert.ACKNOWLEDGE';

/** A pupil's lesson absences of a school year: totals, the threshold alert and the lessons missed. */
export function Absences({ pupilId, schoolYear }: { pupilId: string; schoolYear: number }) {
  const { t } = useI18n();
  const be = t.basicEducation;
  const { api } = useAuthenticated();
  const client = useMemo(() => basicEducationApi(api.http), [api]);
  const [state, reload] = useAsync(() => client.absences(pupilId, schoolYear), [client, pupilId, schoolYear]);
  return (
    <section aria-labelledby="be-absences-h" data-testid="be-absences">
      <Heading variant="h4" id="be-absences-h">
        {be.absences}
      </Heading>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' &&
        (state.error instanceof ApiError && state.error.status === 404 ? <Paragraph className="v-muted">{be.absencesNoAccess}</Paragraph> : <ErrorAlert error={state.error} />)}
      {state.status === 'ok' && <AbsenceDetails data={state.data} schoolYear={schoolYear} onAcknowledged={reload} />}
    </section>
  );
}

function AbsenceDetails({ data, schoolYear, onAcknowledged }: { data: PupilAbsences; schoolYear: number; onAcknowledged: () => void }) {
  const { t, lang } = useI18n();
  const { can } = useAuthenticated();
  const be = t.basicEducation;
  const exceeded = data.thresholds.filter((x) => x.exceeded);
  return (
    <>
      <Paragraph className="v-mb">{be.absencesIntro(formatSchoolYear(schoolYear), data.threshold)}</Paragraph>
      {exceeded.map((x) => {
        // A school year may have several alerts (a new one when the count passes a handled one):
        // the latest tells where things stand.
        const alert = data.alerts.findLast((a) => a.schoolId === x.schoolId && a.schoolYear === x.schoolYear);
        return (
          <InlineAlert key={`${x.schoolYear}:${x.schoolId}`} status="warning" labelText={be.absenceAlertTitle} className="v-mb" data-testid="be-absence-alert">
            {be.absenceAlertText(x.schoolName, x.unauthorised, x.threshold)}{' '}
            {alert?.acknowledgedAt
              ? be.absenceAlertAcknowledged(formatDateTime(alert.acknowledgedAt, lang), alert.acknowledgedByName ?? '–')
              : be.absenceAlertOpen}
            {alert?.acknowledgementNote && <span data-testid="be-absence-alert-note"> {be.absenceAlertNote(alert.acknowledgementNote)}</span>}
            {alert && !alert.acknowledgedAt && can(ALERT_ACKNOWLEDGE) && <AcknowledgeForm alertId={alert.id} onDone={onAcknowledged} />}
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

/** Acknowledging the school's absence alert with a note of what was done. */
function AcknowledgeForm({ alertId, onDone }: { alertId: string; onDone: () => void }) {
  const { t } = useI18n();
  const be = t.basicEducation;
  const { api } = useAuthenticated();
  const client = useMemo(() => basicEducationApi(api.http), [api]);
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await client.acknowledgeAlert(alertId, note.trim() || null);
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="v-inline-form" onSubmit={(e) => void submit(e)} noValidate data-testid="be-absence-alert-form">
      <TextInput labelText={be.absenceAlertNoteLabel} hintText={be.absenceAlertNoteHint} name="note" value={note} onChange={(v) => setNote(String(v ?? ''))} maxLength={2000} />
      <Button type="submit" disabled={busy}>
        {be.absenceAlertAcknowledge}
      </Button>
      <ErrorAlert error={error} />
    </form>
  );
}
