// A school's alerts of pupils whose unauthorised absences passed the municipal threshold: the
// school's office, its principal and pupil-welfare staff acknowledge each with a note of what
// was done. Reading the list is audit-logged by the API (the pupils' names are shown).
import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Heading, Paragraph, TextInput } from 'suomifi-ui-components';
import * as gen from '../../../generated/api-client.ts';
import { AsyncView, ErrorAlert } from '../../../components/common.tsx';
import { useManagementForm, useReloadable } from '../../../components/forms.tsx';
import { formatDateTime, useI18n } from '../../../i18n/i18n.tsx';
import type { Translations } from '../../../i18n/fi.ts';
import { AppLink } from '../../../router.tsx';
import { useAuthenticated } from '../../../session.tsx';
import { formatSchoolYear } from '../api.ts';

/** What `GET /basic-education/schools/:schoolId/absence-alerts` answers. */
interface SchoolAlert {
  id: string;
  pupil_id: string;
  first_names: string;
  last_name: string;
  school_year: number;
  unauthorised_lessons: number;
  threshold: number;
  created_at: string;
  acknowledged_at: string | null;
  acknowledged_by_name: string | null;
  acknowledgement_note: string | null;
}

export const ALERT_READ = 'basic-education.AbsenceAlert.READ';
const ALERT_ACKNOWLEDGE = 'basic-education.AbsenceAlert.ACKNOWLEDGE';

const pupilName = (a: SchoolAlert) => `${a.last_name} ${a.first_names}`;

export function AbsenceAlertsSection({ schoolId }: { schoolId: string }) {
  const { t, lang } = useI18n();
  const m = t.basicEducation.management;
  const be = t.basicEducation;
  const { api, can } = useAuthenticated();
  const [all, setAll] = useState(false);
  const [done, setDone] = useState<((t: Translations) => string) | null>(null);
  const http = api.http;
  const [state, reload] = useReloadable(
    async () => (await gen.getBasicEducationSchoolsBySchoolIdAbsenceAlerts(http, { schoolId }, { status: all ? 'all' : 'open' })) as { alerts: SchoolAlert[] },
    [http, schoolId, all],
  );
  const mayAcknowledge = can(ALERT_ACKNOWLEDGE);
  return (
    <section aria-labelledby="be-alerts-h" className="v-section" data-testid="be-school-alerts">
      <Heading variant="h2" id="be-alerts-h">
        {m.alerts}
      </Heading>
      <Checkbox checked={all} onClick={({ checkboxState }) => setAll(checkboxState)}>
        {m.showAcknowledged}
      </Checkbox>
      <AsyncView state={state}>
        {({ alerts }) =>
          alerts.length === 0 ? (
            <Paragraph className="v-section">{all ? m.noAlerts : m.noOpenAlerts}</Paragraph>
          ) : (
            <table className="v-table">
              <caption className="v-visually-hidden">{m.alertsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.pupil}</th>
                  <th scope="col">{m.schoolYear}</th>
                  <th scope="col" className="v-num">
                    {m.alertLessons}
                  </th>
                  <th scope="col">{m.alertRaised}</th>
                  <th scope="col">{m.alertState}</th>
                </tr>
              </thead>
              <tbody>
                {alerts.map((a) => (
                  <tr key={a.id} data-alert-id={a.id} data-pupil-id={a.pupil_id}>
                    <th scope="row">
                      <AppLink href={`/persons/${a.pupil_id}`}>{pupilName(a)}</AppLink>
                    </th>
                    <td>{formatSchoolYear(a.school_year)}</td>
                    <td className="v-num">
                      {a.unauthorised_lessons} / {a.threshold}
                    </td>
                    <td>{formatDateTime(a.created_at, lang)}</td>
                    <td>
                      {a.acknowledged_at ? (
                        <>
                          {be.absenceAlertAcknowledged(formatDateTime(a.acknowledged_at, lang), a.acknowledged_by_name ?? '–')}
                          {a.acknowledgement_note && <div>{be.absenceAlertNote(a.acknowledgement_note)}</div>}
                        </>
                      ) : mayAcknowledge ? (
                        <AcknowledgeForm
                          alert={a}
                          onDone={() => {
                            setDone(() => (tr: Translations) => tr.basicEducation.management.alertAcknowledged(pupilName(a)));
                            reload();
                          }}
                        />
                      ) : (
                        be.absenceAlertOpen
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </AsyncView>
      <div role="status" className="v-mb" data-testid="be-school-alerts-status">
        {done ? done(t) : ''}
      </div>
    </section>
  );
}

function AcknowledgeForm({ alert, onDone }: { alert: SchoolAlert; onDone: () => void }) {
  const { t } = useI18n();
  const be = t.basicEducation;
  const { api } = useAuthenticated();
  const [note, setNote] = useState('');
  const form = useManagementForm(['note'] as const);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await form.submit(
      () => ({}),
      async () => {
        await gen.postBasicEducationAbsenceAlertsByAlertIdAcknowledge(api.http, { alertId: alert.id }, { note: note.trim() || null });
        onDone();
        return null;
      },
    );
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t.basicEducation.management.alertAcknowledgeFor(pupilName(alert))} className="v-form" data-testid="be-school-alert-form">
      <TextInput labelText={be.absenceAlertNoteLabel} hintText={be.absenceAlertNoteHint} name="note" value={note} onChange={(v) => setNote(String(v ?? ''))} {...form.statusOf('note')} autoComplete="off" />
      <div className="v-actions">
        <Button type="submit" disabled={form.busy}>
          {be.absenceAlertAcknowledge}
        </Button>
      </div>
      <ErrorAlert error={form.formError} />
    </form>
  );
}
