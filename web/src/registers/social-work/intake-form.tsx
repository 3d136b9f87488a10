// Intake of a notification (ilmoitus) at the unit: the person is found by henkilötunnus, typed
// into a form field and sent in a request body, never in a URL.
import { useMemo, useState, type FormEvent } from 'react';
import { Button, Checkbox, Dropdown, DropdownItem, Heading, Paragraph, Textarea, TextInput } from 'suomifi-ui-components';
import * as gen from '../../generated/api-client.ts';
import { formatDate, useI18n } from '../../i18n/i18n.tsx';
import { useAuthenticated } from '../../session.tsx';
import { ErrorAlert, isIsoDate, useErrorText } from '../../components/common.tsx';
import { ApiError } from '../../api/client.ts';
import { isValidHetu } from '../../hetu.ts';
import { localToday } from './api.ts';
import { useSocialTexts } from './i18n.ts';

type Body = gen.PostSocialWorkNotificationsBody;
const KINDS: Body['kind'][] = ['child_welfare', 'child_welfare_assessment_request', 'social_care_need'];
const ROLES: Body['notifier']['role'][] = ['private', 'health_care', 'school', 'ecec', 'police', 'social_services', 'other_authority', 'anonymous'];

export function IntakeForm({ unitId, onSaved }: { unitId: string; onSaved: () => void }) {
  const tx = useSocialTexts();
  const f = tx.intake;
  const { lang } = useI18n();
  const { api } = useAuthenticated();
  const errorText = useErrorText();
  const [hetu, setHetu] = useState('');
  const [person, setPerson] = useState<{ id: string; name: string; birthDate: string } | null>(null);
  const [kind, setKind] = useState<Body['kind']>('child_welfare');
  const [receivedOn, setReceivedOn] = useState(localToday);
  const [urgent, setUrgent] = useState(false);
  const [summary, setSummary] = useState('');
  const [role, setRole] = useState<Body['notifier']['role']>('school');
  const [notifierName, setNotifierName] = useState('');
  const [identityProtected, setIdentityProtected] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<'hetu' | 'receivedOn' | 'summary', string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);
  const http = useMemo(() => api.http, [api]);

  const find = async () => {
    setPerson(null);
    const value = hetu.trim().toUpperCase();
    if (!isValidHetu(value)) return setErrors((e) => ({ ...e, hetu: f.hetuInvalid }));
    try {
      const r = await gen.postPersonsSearch(http, { hetu: value });
      const p = r.results[0];
      if (!p) return setErrors((e) => ({ ...e, hetu: f.notFound }));
      setErrors((e) => ({ ...e, hetu: undefined }));
      setPerson({ id: p.id, name: `${p.firstNames} ${p.lastName}`, birthDate: p.birthDate });
    } catch (err) {
      setErrors((e) => ({ ...e, hetu: errorText(err) }));
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaved('');
    const found = {
      hetu: person ? undefined : f.personRequired,
      receivedOn: isIsoDate(receivedOn) ? undefined : f.invalidDate,
      summary: summary.trim() ? undefined : f.summaryRequired,
    };
    setErrors(found);
    if (!person || found.receivedOn || found.summary) return;
    setBusy(true);
    try {
      const res = (await gen.postSocialWorkNotifications(http, {
        personId: person.id,
        unitId,
        kind,
        receivedOn,
        summary,
        urgent,
        notifier: { role, name: notifierName.trim() || null, identityProtected },
      })) as { id: string; deadlines: { decideBy?: string } | null };
      setSaved(f.saved(res.deadlines?.decideBy ? formatDate(res.deadlines.decideBy, lang) : null));
      setHetu('');
      setPerson(null);
      setSummary('');
      setNotifierName('');
      setUrgent(false);
      onSaved();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'received_in_future') setErrors({ receivedOn: errorText(err) });
      else if (err instanceof ApiError && err.code === 'empty_text') setErrors({ summary: errorText(err) });
      else setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="social-intake-h" className="v-card v-mb" data-testid="social-intake-form">
      <Heading variant="h2" id="social-intake-h">
        {f.title}
      </Heading>
      <Paragraph className="v-muted">{f.intro}</Paragraph>
      <form className="v-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="social-intake-h">
        <div className="v-form-row">
          <TextInput
            labelText={f.hetu}
            hintText={f.hetuHint}
            name="intake-hetu"
            autoComplete="off"
            value={hetu}
            onChange={(v) => {
              setHetu(String(v ?? ''));
              setPerson(null);
            }}
            status={errors.hetu ? 'error' : 'default'}
            statusText={errors.hetu ?? ''}
          />
          <Button variant="secondary" type="button" onClick={() => void find()} data-testid="social-intake-find">
            {f.find}
          </Button>
        </div>
        <div role="status" data-testid="social-intake-person">
          {person ? f.found(person.name, formatDate(person.birthDate, lang)) : ''}
        </div>
        <div className="v-form-row">
          <Dropdown labelText={f.kind} name="intake-kind" value={kind} onChange={(v) => setKind(v as Body['kind'])}>
            {KINDS.map((k) => (
              <DropdownItem key={k} value={k}>
                {tx.notificationKinds[k]}
              </DropdownItem>
            ))}
          </Dropdown>
          <TextInput labelText={f.receivedOn} hintText={f.receivedHint} name="intake-received" value={receivedOn} onChange={(v) => setReceivedOn(String(v ?? ''))} status={errors.receivedOn ? 'error' : 'default'} statusText={errors.receivedOn ?? ''} />
        </div>
        <Checkbox checked={urgent} onClick={({ checkboxState }) => setUrgent(checkboxState)} name="intake-urgent">
          {f.urgent}
        </Checkbox>
        <Textarea labelText={f.summary} name="intake-summary" value={summary} onChange={(e) => setSummary(e.target.value)} fullWidth rows={3} status={errors.summary ? 'error' : 'default'} statusText={errors.summary ?? ''} />
        <div className="v-form-row">
          <Dropdown labelText={f.notifierRole} name="intake-notifier-role" value={role} onChange={(v) => setRole(v as Body['notifier']['role'])}>
            {ROLES.map((r) => (
              <DropdownItem key={r} value={r}>
                {tx.section.notifierRoles[r]}
              </DropdownItem>
            ))}
          </Dropdown>
          <TextInput labelText={f.notifierName} name="intake-notifier-name" value={notifierName} onChange={(v) => setNotifierName(String(v ?? ''))} />
        </div>
        <Checkbox checked={identityProtected} onClick={({ checkboxState }) => setIdentityProtected(checkboxState)} name="intake-protected">
          {f.identityProtected}
        </Checkbox>
        <div className="v-actions">
          <Button type="submit" disabled={busy} data-testid="social-intake-save">
            {f.save}
          </Button>
        </div>
      </form>
      <ErrorAlert error={error} />
      <div role="status" data-testid="social-intake-saved">
        {saved}
      </div>
    </section>
  );
}
