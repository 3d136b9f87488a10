// The client narrative (asiakaskertomus): entries newest first and the form to write an entry or
// a correction. Entries are never edited: a correction is a new entry, and the corrected one
// stays, marked as corrected.
import { useMemo, useRef, useState, type FormEvent, type Ref } from 'react';
import { Button, Dropdown, DropdownItem, Heading, Paragraph, Textarea, TextInput } from 'suomifi-ui-components';
import { formatDateTime, useI18n } from '../../i18n/i18n.tsx';
import { useAuthenticated } from '../../session.tsx';
import { AsyncView, ErrorAlert, useAsync, useErrorText } from '../../components/common.tsx';
import { ApiError } from '../../api/client.ts';
import { socialApi, type NarrativeEntry } from './api.ts';
import { useSocialTexts } from './i18n.ts';

export function Narrative({ personId, units, canWrite }: { personId: string; units: { id: string; name: string }[]; canWrite: boolean }) {
  const tx = useSocialTexts();
  const { api } = useAuthenticated();
  const social = useMemo(() => socialApi(api.http), [api]);
  const [state, reload] = useAsync(() => social.narrative(personId), [social, personId]);
  const [correcting, setCorrecting] = useState<NarrativeEntry | null>(null);
  const formRef = useRef<HTMLElement>(null);
  const mayWrite = canWrite && units.length > 0;
  const startCorrection = (e: NarrativeEntry) => {
    setCorrecting(e);
    setTimeout(() => formRef.current?.querySelector('textarea')?.focus(), 0);
  };
  return (
    <section aria-labelledby="social-narrative-h" className="v-section" data-testid="social-narrative">
      <Heading variant="h4" as="h4" id="social-narrative-h">
        {tx.narrative.title}
      </Heading>
      {mayWrite ? (
        <EntryForm
          ref={formRef}
          personId={personId}
          units={units}
          correcting={correcting}
          onCancel={() => setCorrecting(null)}
          onSaved={() => {
            setCorrecting(null);
            reload();
          }}
        />
      ) : (
        canWrite && <Paragraph className="v-muted">{tx.narrative.noUnit}</Paragraph>
      )}
      <AsyncView state={state}>
        {({ entries }) =>
          entries.length === 0 ? <Paragraph className="v-muted">{tx.narrative.empty}</Paragraph> : <EntryList entries={entries} onCorrect={mayWrite ? startCorrection : null} units={units} />
        }
      </AsyncView>
    </section>
  );
}

function EntryList({ entries, onCorrect, units }: { entries: NarrativeEntry[]; onCorrect: ((e: NarrativeEntry) => void) | null; units: { id: string }[] }) {
  const tx = useSocialTexts();
  const { lang } = useI18n();
  const mine = new Set(units.map((u) => u.id));
  return (
    <ol className="v-plain-list" data-testid="social-narrative-list" aria-label={tx.narrative.title}>
      {entries.map((e) => {
        const when = formatDateTime(e.recordedAt, lang);
        return (
          <li key={e.id} className="v-card v-mb" data-testid="social-narrative-entry" data-corrected={e.correctedById ? 'true' : 'false'}>
            <div>
              <strong>{when}</strong> <span className="v-muted">{`${e.author ?? '–'} · ${e.unitName}`}</span>
              {e.correctedById && <span className="v-tag v-tag-warning">{tx.narrative.corrected}</span>}
            </div>
            {e.correctionReason && <div className="v-muted">{tx.narrative.correction(e.correctionReason)}</div>}
            <Paragraph style={{ whiteSpace: 'pre-wrap', textDecoration: e.correctedById ? 'line-through' : undefined }}>
              {e.correctedById && <span className="v-visually-hidden">{tx.narrative.correctedBy}: </span>}
              {e.text}
            </Paragraph>
            {onCorrect && !e.correctedById && mine.has(e.unitId) && (
              <Button variant="secondary" onClick={() => onCorrect(e)} aria-label={tx.narrative.correctLabel(when)}>
                {tx.narrative.correct}
              </Button>
            )}
          </li>
        );
      })}
    </ol>
  );
}

interface EntryFormProps {
  personId: string;
  units: { id: string; name: string }[];
  correcting: NarrativeEntry | null;
  onCancel(): void;
  onSaved(): void;
  ref?: Ref<HTMLElement>;
}

function EntryForm({ personId, units, correcting, onCancel, onSaved, ref }: EntryFormProps) {
  const tx = useSocialTexts();
  const { lang } = useI18n();
  const { api } = useAuthenticated();
  const social = useMemo(() => socialApi(api.http), [api]);
  const errorText = useErrorText();
  const [unitId, setUnitId] = useState(units[0]!.id);
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const [textError, setTextError] = useState<string | null>(null);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaved('');
    const missingText = !text.trim();
    const missingReason = !!correcting && !reason.trim();
    setTextError(missingText ? tx.narrative.textRequired : null);
    setReasonError(missingReason ? tx.narrative.reasonRequired : null);
    if (missingText || missingReason) return;
    setBusy(true);
    try {
      await social.writeNarrative(personId, {
        unitId: correcting ? correcting.unitId : unitId,
        text,
        ...(correcting ? { correctsId: correcting.id, correctionReason: reason } : {}),
      });
      setText('');
      setReason('');
      setSaved(tx.narrative.saved);
      onSaved();
    } catch (err) {
      // The API's validation comes back in the user's language; show it on its field.
      if (err instanceof ApiError && err.code === 'empty_text') setTextError(errorText(err));
      else if (err instanceof ApiError && err.code === 'correction_reason_missing') setReasonError(errorText(err));
      else setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section ref={ref} aria-labelledby="social-entry-form-h" className="v-card v-mb" data-testid="social-narrative-form">
      <Heading variant="h5" as="h5" id="social-entry-form-h">
        {correcting ? tx.narrative.correctionTitle : tx.narrative.formTitle}
      </Heading>
      {correcting && <Paragraph>{tx.narrative.correcting(formatDateTime(correcting.recordedAt, lang))}</Paragraph>}
      <form className="v-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="social-entry-form-h">
        {!correcting && units.length > 1 && (
          <Dropdown labelText={tx.unit} name="unit" value={unitId} onChange={(v) => setUnitId(v)}>
            {units.map((u) => (
              <DropdownItem key={u.id} value={u.id}>
                {u.name}
              </DropdownItem>
            ))}
          </Dropdown>
        )}
        <Textarea
          labelText={tx.narrative.text}
          hintText={tx.narrative.textHint}
          name="narrative-text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          status={textError ? 'error' : 'default'}
          statusText={textError ?? ''}
          fullWidth
          rows={4}
        />
        {correcting && (
          <TextInput
            labelText={tx.narrative.reason}
            name="correction-reason"
            value={reason}
            onChange={(v) => setReason(String(v ?? ''))}
            status={reasonError ? 'error' : 'default'}
            statusText={reasonError ?? ''}
            fullWidth
          />
        )}
        <div className="v-actions">
          <Button type="submit" disabled={busy} data-testid="social-save-entry">
            {correcting ? tx.narrative.saveCorrection : tx.narrative.save}
          </Button>
          {correcting && (
            <Button variant="secondary" type="button" onClick={onCancel}>
              {tx.narrative.cancel}
            </Button>
          )}
        </div>
      </form>
      <ErrorAlert error={error} />
      <div role="status" data-testid="social-entry-saved">
        {saved}
      </div>
    </section>
  );
}
