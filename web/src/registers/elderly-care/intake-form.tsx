// Intake of an application by the service coordinator: the applicant is found by henkilötunnus,
// typed into a form field and sent in a request body, never in a URL.
import { useMemo, useState, type FormEvent } from 'react';
import { Button, Checkbox, Dropdown, DropdownItem, Heading, Paragraph, TextInput } from 'suomifi-ui-components';
import * as gen from '../../generated/api-client.ts';
import { formatDate, useI18n } from '../../i18n/i18n.tsx';
import { useAuthenticated } from '../../session.tsx';
import { ErrorAlert, isIsoDate, useErrorText } from '../../components/common.tsx';
import { ApiError } from '../../api/client.ts';
import { isValidHetu } from '../../hetu.ts';
import { localToday } from './api.ts';
import { useElderlyTexts } from './i18n.ts';

type Kind = gen.PostElderlyCareClientsByPersonIdApplicationsBody['kind'];
const KINDS: Kind[] = ['service_need_assessment', 'home_care', 'service_housing', 'informal_care_support', 'support_services'];

export function ApplicationIntakeForm({ onSaved }: { onSaved: () => void }) {
  const tx = useElderlyTexts();
  const f = tx.intake;
  const { lang } = useI18n();
  const { api } = useAuthenticated();
  const http = useMemo(() => api.http, [api]);
  const errorText = useErrorText();
  const [hetu, setHetu] = useState('');
  const [person, setPerson] = useState<{ id: string; name: string; birthDate: string } | null>(null);
  const [kind, setKind] = useState<Kind>('home_care');
  const [receivedOn, setReceivedOn] = useState(localToday);
  const [highest, setHighest] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<'hetu' | 'receivedOn', string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);

  const find = async () => {
    setPerson(null);
    const value = hetu.trim().toUpperCase();
    if (!isValidHetu(value)) return setErrors((e) => ({ ...e, hetu: f.hetuInvalid }));
    try {
      const p = (await gen.postPersonsSearch(http, { hetu: value })).results[0];
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
    const found = { hetu: person ? undefined : f.personRequired, receivedOn: isIsoDate(receivedOn) ? undefined : f.invalidDate };
    setErrors(found);
    if (!person || found.receivedOn) return;
    setBusy(true);
    try {
      const res = (await gen.postElderlyCareClientsByPersonIdApplications(http, { personId: person.id }, { kind, receivedOn, highestCareAllowance: highest })) as { assessmentStartDue: string | null };
      setSaved(f.saved(res.assessmentStartDue ? formatDate(res.assessmentStartDue, lang) : null));
      setHetu('');
      setPerson(null);
      setHighest(false);
      onSaved();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'received_in_future') setErrors({ receivedOn: errorText(err) });
      else setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="elderly-intake-h" className="v-card v-mb" data-testid="elderly-intake-form">
      <Heading variant="h2" id="elderly-intake-h">
        {f.title}
      </Heading>
      <Paragraph className="v-muted">{f.intro}</Paragraph>
      <form className="v-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="elderly-intake-h">
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
          <Button variant="secondary" type="button" onClick={() => void find()} data-testid="elderly-intake-find">
            {f.find}
          </Button>
        </div>
        <div role="status" data-testid="elderly-intake-person">
          {person ? f.found(person.name, formatDate(person.birthDate, lang)) : ''}
        </div>
        <div className="v-form-row">
          <Dropdown labelText={f.kind} name="intake-kind" value={kind} onChange={(v) => setKind(v as Kind)}>
            {KINDS.map((k) => (
              <DropdownItem key={k} value={k}>
                {tx.applicationKinds[k]}
              </DropdownItem>
            ))}
          </Dropdown>
          <TextInput labelText={f.receivedOn} hintText={f.receivedHint} name="intake-received" value={receivedOn} onChange={(v) => setReceivedOn(String(v ?? ''))} status={errors.receivedOn ? 'error' : 'default'} statusText={errors.receivedOn ?? ''} />
        </div>
        <Checkbox checked={highest} onClick={({ checkboxState }) => setHighest(checkboxState)} name="intake-highest-care-allowance">
          {f.highestCareAllowance}
        </Checkbox>
        <div className="v-actions">
          <Button type="submit" disabled={busy} data-testid="elderly-intake-save">
            {f.save}
          </Button>
        </div>
      </form>
      <ErrorAlert error={error} />
      <div role="status" data-testid="elderly-intake-saved">
        {saved}
      </div>
    </section>
  );
}
