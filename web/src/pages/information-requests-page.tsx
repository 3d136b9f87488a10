import { useState, type FormEvent } from 'react';
import { Block, Button, Dropdown, DropdownItem, Heading, Paragraph, TextInput } from 'suomifi-ui-components';
import * as gen from '../generated/api-client.ts';
import { formatDate, useI18n, type Localized } from '../i18n/i18n.tsx';
import { useAuthenticated } from '../session.tsx';
import { AsyncView, ErrorAlert, isIsoDate, Page, useAsync } from '../components/common.tsx';
import { AppLink, navigate } from '../router.tsx';
import { isValidHetu } from '../hetu.ts';

export interface IrRequest {
  id: string;
  kind: string;
  status: string;
  receivedOn: string;
  dueOn: string;
  warnings: Localized[];
  outcome: string | null;
  deadlines: { kind: string; name: Localized; dueOn: string; superseded: boolean; warning: Localized | null }[];
  subject?: { firstNames: string; lastName: string; birthDate: string } | null;
}

const KINDS = ['access', 'document', 'access_log', 'rectification', 'restriction', 'objection'] as const;
const REQUESTERS = ['subject', 'guardian', 'legal_representative', 'authorised_person', 'other'] as const;
const IDENTIFICATIONS = ['strong_electronic', 'identity_document', 'known_in_person', 'guardian_relationship', 'power_of_attorney', 'other'] as const;
const CHANNELS = ['letter', 'email', 'in_person', 'e_service', 'phone'] as const;

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });

/** The registry officer's queue of information requests and the form to record a new one. */
export function InformationRequestsPage() {
  const { t, lang, l } = useI18n();
  const { api } = useAuthenticated();
  const [list] = useAsync(async () => (await gen.getInformationRequests(api.http)) as { requests: IrRequest[] }, [api]);
  return (
    <Page title={t.ir.title}>
      <section aria-labelledby="ir-open-h" className="v-section">
        <Heading variant="h2" id="ir-open-h">
          {t.ir.open}
        </Heading>
        <AsyncView state={list}>
          {({ requests }) =>
            requests.length === 0 ? (
              <Paragraph>{t.ir.none}</Paragraph>
            ) : (
              <table className="v-table" data-testid="ir-list">
                <thead>
                  <tr>
                    <th scope="col">{t.ir.subject}</th>
                    <th scope="col">{t.ir.kind}</th>
                    <th scope="col">{t.ir.receivedOn}</th>
                    <th scope="col">{t.ir.dueOn}</th>
                    <th scope="col">{t.ir.status}</th>
                  </tr>
                </thead>
                <tbody>
                  {requests.map((r) => (
                    <tr key={r.id}>
                      <td>
                        <AppLink href={`/information-requests/${r.id}`}>{r.subject ? `${r.subject.lastName} ${r.subject.firstNames}` : r.id.slice(0, 8)}</AppLink>
                      </td>
                      <td>{t.ir.kinds[r.kind] ?? r.kind}</td>
                      <td>{formatDate(r.receivedOn, lang)}</td>
                      <td>
                        {formatDate(r.dueOn, lang)}
                        {r.warnings.map((w, i) => (
                          <div key={i} className="v-tag v-tag-warning">
                            {l(w)}
                          </div>
                        ))}
                      </td>
                      <td>{t.ir.statuses[r.status] ?? r.status}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          }
        </AsyncView>
      </section>
      <NewRequestForm />
    </Page>
  );
}

function Select<T extends string>({ label, value, values, names, onChange, name }: { label: string; value: NoInfer<T>; values: readonly T[]; names: Record<string, string>; onChange: (v: T) => void; name: string }) {
  return (
    <Dropdown labelText={label} value={value} onChange={(v) => onChange(v as T)} name={name}>
      {values.map((v) => (
        <DropdownItem key={v} value={v}>
          {names[v] ?? v}
        </DropdownItem>
      ))}
    </Dropdown>
  );
}

function NewRequestForm() {
  const { t } = useI18n();
  const { api } = useAuthenticated();
  const [kind, setKind] = useState<(typeof KINDS)[number]>('access');
  const [hetu, setHetu] = useState('');
  const [requesterKind, setRequesterKind] = useState<(typeof REQUESTERS)[number]>('subject');
  const [requesterName, setRequesterName] = useState('');
  const [identification, setIdentification] = useState<(typeof IDENTIFICATIONS)[number]>('strong_electronic');
  const [channel, setChannel] = useState<(typeof CHANNELS)[number]>('e_service');
  const [receivedOn, setReceivedOn] = useState(today());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    const h = hetu.trim().toUpperCase();
    if (!h) errs.hetu = t.common.fieldRequired;
    else if (!isValidHetu(h)) errs.hetu = t.search.hetuInvalid;
    if (!isIsoDate(receivedOn)) errs.receivedOn = t.common.invalidDate;
    if (requesterKind !== 'subject' && !requesterName.trim()) errs.requesterName = t.common.fieldRequired;
    setErrors(errs);
    if (Object.keys(errs).length) return;
    setBusy(true);
    setError(null);
    try {
      const res = (await gen.postInformationRequests(api.http, {
        kind,
        subject: { hetu: h },
        requesterKind,
        ...(requesterKind !== 'subject' ? { requesterName: requesterName.trim() } : {}),
        identificationMethod: identification,
        channel,
        receivedOn,
      })) as { id: string };
      navigate(`/information-requests/${res.id}`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="ir-new-h" className="v-section v-card">
      <Heading variant="h2" id="ir-new-h">
        {t.ir.newTitle}
      </Heading>
      <ErrorAlert error={error} />
      <form onSubmit={submit} noValidate autoComplete="off" className="v-form" aria-labelledby="ir-new-h">
        <Select label={t.ir.kind} name="kind" value={kind} values={KINDS} names={t.ir.kinds} onChange={setKind} />
        <TextInput labelText={t.ir.subjectHetu} name="subject-hetu" value={hetu} onChange={(v) => setHetu(String(v ?? ''))} status={errors.hetu ? 'error' : 'default'} statusText={errors.hetu ?? ''} />
        <Select label={t.ir.requesterKind} name="requester-kind" value={requesterKind} values={REQUESTERS} names={t.ir.requesterKinds} onChange={setRequesterKind} />
        {requesterKind !== 'subject' && (
          <TextInput labelText={t.ir.requesterName} name="requester-name" value={requesterName} onChange={(v) => setRequesterName(String(v ?? ''))} status={errors.requesterName ? 'error' : 'default'} statusText={errors.requesterName ?? ''} />
        )}
        <Select label={t.ir.identification} name="identification" value={identification} values={IDENTIFICATIONS} names={t.ir.identifications} onChange={setIdentification} />
        <Select label={t.ir.channel} name="channel" value={channel} values={CHANNELS} names={t.ir.channels} onChange={setChannel} />
        <TextInput labelText={t.ir.receivedOn} hintText="yyyy-mm-dd" name="received-on" value={receivedOn} onChange={(v) => setReceivedOn(String(v ?? ''))} status={errors.receivedOn ? 'error' : 'default'} statusText={errors.receivedOn ?? ''} />
        <Block variant="div">
          <Button type="submit" disabled={busy}>
            {t.ir.create}
          </Button>
        </Block>
      </form>
    </section>
  );
}
