// Care records (hoitokirjaukset): the list, newest first, and the form to write a record or a
// correction. Records are never edited: a correction is a new record, and the corrected one
// stays, marked as corrected.
import { useMemo, useRef, useState, type FormEvent, type Ref } from 'react';
import { Button, Dropdown, DropdownItem, Heading, Paragraph, Textarea, TextInput } from 'suomifi-ui-components';
import { formatDateTime, useI18n } from '../../i18n/i18n.tsx';
import { useAuthenticated } from '../../session.tsx';
import { AsyncView, ErrorAlert, useAsync, useErrorText } from '../../components/common.tsx';
import { ApiError } from '../../api/client.ts';
import { elderlyApi, type CareRecord, type RecordBody } from './api.ts';
import { useElderlyTexts } from './i18n.ts';

const KINDS: RecordBody['kind'][] = ['visit', 'observation', 'medication', 'other'];

export function CareRecords({ personId, units, canWrite }: { personId: string; units: { id: string; name: string }[]; canWrite: boolean }) {
  const tx = useElderlyTexts();
  const { api } = useAuthenticated();
  const elderly = useMemo(() => elderlyApi(api.http), [api]);
  const [state, reload] = useAsync(() => elderly.records(personId), [elderly, personId]);
  const [correcting, setCorrecting] = useState<CareRecord | null>(null);
  const formRef = useRef<HTMLElement>(null);
  const mayWrite = canWrite && units.length > 0;
  const startCorrection = (r: CareRecord) => {
    setCorrecting(r);
    // Bring the form into view and let the keyboard user continue there.
    setTimeout(() => formRef.current?.querySelector('textarea')?.focus(), 0);
  };
  return (
    <section aria-labelledby="elderly-records-h" className="v-section" data-testid="elderly-records">
      <Heading variant="h4" as="h4" id="elderly-records-h">
        {tx.section.records}
      </Heading>
      {mayWrite ? (
        <RecordForm ref={formRef} personId={personId} units={units} correcting={correcting} onCancel={() => setCorrecting(null)} onSaved={() => { setCorrecting(null); reload(); }} />
      ) : (
        canWrite && <Paragraph className="v-muted">{tx.recordForm.noUnit}</Paragraph>
      )}
      <AsyncView state={state}>
        {({ records }) => (records.length === 0 ? <Paragraph className="v-muted">{tx.section.noRecords}</Paragraph> : <RecordList records={records} onCorrect={mayWrite ? startCorrection : null} units={units} />)}
      </AsyncView>
    </section>
  );
}

function RecordList({ records, onCorrect, units }: { records: CareRecord[]; onCorrect: ((r: CareRecord) => void) | null; units: { id: string }[] }) {
  const tx = useElderlyTexts();
  const { lang } = useI18n();
  const mine = new Set(units.map((u) => u.id));
  return (
    <ol className="v-plain-list" data-testid="elderly-record-list" aria-label={tx.section.records}>
      {records.map((r) => {
        const when = formatDateTime(r.recordedAt, lang);
        return (
          <li key={r.id} className="v-card v-mb" data-testid="elderly-record" data-corrected={r.correctedById ? 'true' : 'false'}>
            <div>
              <strong>{tx.section.recordKinds[r.kind] ?? r.kind}</strong> <span className="v-muted">{`${when} · ${r.author ?? '–'} · ${r.unitName}`}</span>
              {r.correctedById && <span className="v-tag v-tag-warning">{tx.section.corrected}</span>}
            </div>
            {r.correctionReason && <div className="v-muted">{tx.section.correction(r.correctionReason)}</div>}
            <Paragraph style={{ whiteSpace: 'pre-wrap', textDecoration: r.correctedById ? 'line-through' : undefined }}>
              {r.correctedById && <span className="v-visually-hidden">{tx.section.correctedBy}: </span>}
              {r.text}
            </Paragraph>
            {onCorrect && !r.correctedById && mine.has(r.unitId) && (
              <Button variant="secondary" onClick={() => onCorrect(r)} aria-label={tx.section.correctLabel(when)}>
                {tx.section.correct}
              </Button>
            )}
          </li>
        );
      })}
    </ol>
  );
}

interface RecordFormProps {
  personId: string;
  units: { id: string; name: string }[];
  correcting: CareRecord | null;
  onCancel(): void;
  onSaved(): void;
  ref?: Ref<HTMLElement>;
}

function RecordForm({ personId, units, correcting, onCancel, onSaved, ref }: RecordFormProps) {
  const tx = useElderlyTexts();
  const { lang } = useI18n();
  const { api } = useAuthenticated();
  const elderly = useMemo(() => elderlyApi(api.http), [api]);
  const errorText = useErrorText();
  const [unitId, setUnitId] = useState(units[0]!.id);
  const [kind, setKind] = useState<RecordBody['kind']>('visit');
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const [textError, setTextError] = useState<string | null>(null);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);
  const unit = correcting ? correcting.unitId : unitId;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaved('');
    const missingText = !text.trim();
    const missingReason = !!correcting && !reason.trim();
    setTextError(missingText ? tx.recordForm.textRequired : null);
    setReasonError(missingReason ? tx.recordForm.reasonRequired : null);
    if (missingText || missingReason) return;
    setBusy(true);
    try {
      await elderly.writeRecord(personId, {
        unitId: unit,
        kind: correcting ? (correcting.kind as RecordBody['kind']) : kind,
        text,
        ...(correcting ? { correctsId: correcting.id, correctionReason: reason } : {}),
      });
      setText('');
      setReason('');
      setSaved(tx.recordForm.saved);
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

  const title = correcting ? tx.recordForm.correctionTitle : tx.recordForm.title;
  return (
    <section ref={ref} aria-labelledby="elderly-record-form-h" className="v-card v-mb" data-testid="elderly-record-form">
      <Heading variant="h5" as="h5" id="elderly-record-form-h">
        {title}
      </Heading>
      {correcting && <Paragraph>{tx.recordForm.correcting(formatDateTime(correcting.recordedAt, lang))}</Paragraph>}
      <form className="v-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="elderly-record-form-h">
        {!correcting && (
          <div className="v-form-row">
            {units.length > 1 && (
              <Dropdown labelText={tx.unit} name="unit" value={unitId} onChange={(v) => setUnitId(v)}>
                {units.map((u) => (
                  <DropdownItem key={u.id} value={u.id}>
                    {u.name}
                  </DropdownItem>
                ))}
              </Dropdown>
            )}
            <Dropdown labelText={tx.recordForm.kind} name="kind" value={kind} onChange={(v) => setKind(v as RecordBody['kind'])} data-testid="elderly-record-kind">
              {KINDS.map((k) => (
                <DropdownItem key={k} value={k}>
                  {tx.section.recordKinds[k]}
                </DropdownItem>
              ))}
            </Dropdown>
          </div>
        )}
        <Textarea
          labelText={tx.recordForm.text}
          hintText={tx.recordForm.textHint}
          name="record-text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          status={textError ? 'error' : 'default'}
          statusText={textError ?? ''}
          fullWidth
          rows={4}
        />
        {correcting && (
          <TextInput
            labelText={tx.recordForm.reason}
            name="correction-reason"
            value={reason}
            onChange={(v) => setReason(String(v ?? ''))}
            status={reasonError ? 'error' : 'default'}
            statusText={reasonError ?? ''}
            fullWidth
          />
        )}
        <div className="v-actions">
          <Button type="submit" disabled={busy} data-testid="elderly-save-record">
            {correcting ? tx.recordForm.saveCorrection : tx.recordForm.save}
          </Button>
          {correcting && (
            <Button variant="secondary" type="button" onClick={onCancel}>
              {tx.recordForm.cancel}
            </Button>
          )}
        </div>
      </form>
      <ErrorAlert error={error} />
      <div role="status" data-testid="elderly-record-saved">
        {saved}
      </div>
    </section>
  );
}
