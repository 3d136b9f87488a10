// Writing a new version of the child's ECEC plan (vasu). The editor starts from the latest
// version (or the sections of the national core curriculum's plan when there is none); saving
// never changes an earlier version. The version the author started from goes with the save, so
// that a colleague's newer version is not overwritten (the API answers 409 and says so).
import { useMemo, useState, type FormEvent } from 'react';
import { Button, Checkbox, Heading, InlineAlert, Textarea, TextInput } from 'suomifi-ui-components';
import { useI18n } from '../../i18n/i18n.tsx';
import { useAuthenticated } from '../../session.tsx';
import { ErrorAlert } from '../../components/common.tsx';
import { ececApi, type VasuSection, type VasuVersion } from './ecec-api.ts';

interface Draft extends VasuSection {
  /** A key for React that survives renaming; not sent. */
  key: string;
}

/**
 * The sections of a first plan, as the national core curriculum for ECEC (Opetushallitus,
 * Varhaiskasvatussuunnitelman perusteet 2022, 1.3) lists what a child's plan records.
 */
const VASU_TEMPLATE = ['strengths', 'goals', 'support', 'cooperation', 'evaluation'] as const;

let nextKey = 0;
const draftOf = (s: VasuSection): Draft => ({ ...s, key: `s${nextKey++}` });

export function VasuEditor({ childId, latest, onSaved, onCancel }: { childId: string; latest: VasuVersion | null; onSaved: (version: number) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const e = t.ecec;
  const { api } = useAuthenticated();
  const ecec = useMemo(() => ececApi(api), [api]);
  const [sections, setSections] = useState<Draft[]>(() => (latest ? latest.sections : VASU_TEMPLATE.map((id) => ({ id, title: e.vasuSections[id], content: '' }))).map(draftOf));
  const [visible, setVisible] = useState(latest?.visibleToGuardians ?? false);
  const [titleErrors, setTitleErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [noSections, setNoSections] = useState(false);
  const [busy, setBusy] = useState(false);

  const update = (key: string, patch: Partial<VasuSection>) => setSections((all) => all.map((s) => (s.key === key ? { ...s, ...patch } : s)));
  const remove = (key: string) => setSections((all) => all.filter((s) => s.key !== key));
  const add = () => {
    // A new section gets an id no other section of this plan has.
    const ids = new Set(sections.map((s) => s.id));
    let n = sections.length + 1;
    while (ids.has(`section-${n}`)) n++;
    setSections((all) => [...all, draftOf({ id: `section-${n}`, title: '', content: '' })]);
  };

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    setError(null);
    const missing = Object.fromEntries(sections.filter((s) => !s.title.trim()).map((s) => [s.key, t.common.fieldRequired]));
    setTitleErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setNoSections(sections.length === 0);
    if (sections.length === 0) return;
    setBusy(true);
    try {
      const res = await ecec.saveVasu(childId, {
        sections: sections.map(({ id, title, content }) => ({ id, title: title.trim(), content })),
        visibleToGuardians: visible,
        basedOnVersion: latest?.version ?? 0,
      });
      onSaved(res.version);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(ev) => void submit(ev)} noValidate aria-labelledby="ecec-vasu-edit-h" className="v-card v-mb" data-testid="ecec-vasu-editor">
      <Heading variant="h5" as="h5" id="ecec-vasu-edit-h">
        {latest ? e.vasuNewVersionOf(latest.version + 1, latest.version) : e.vasuFirstVersion}
      </Heading>
      {sections.map((s, i) => (
        <fieldset key={s.key} className="v-form v-mb" style={{ border: '1px solid #c8cdd0', padding: 12, maxWidth: '100%' }} data-testid="ecec-vasu-edit-section">
          <legend>{e.sectionN(i + 1)}</legend>
          <TextInput
            labelText={e.sectionTitle}
            name={`title-${i}`}
            value={s.title}
            onChange={(v) => update(s.key, { title: String(v ?? '') })}
            status={titleErrors[s.key] ? 'error' : 'default'}
            statusText={titleErrors[s.key] ?? ''}
            fullWidth
          />
          <Textarea labelText={e.sectionContent(s.title || e.sectionN(i + 1))} name={`content-${i}`} value={s.content} onChange={(ev) => update(s.key, { content: ev.target.value })} fullWidth rows={5} />
          <div>
            <Button variant="secondaryNoBorder" type="button" onClick={() => remove(s.key)} aria-label={e.removeSectionOf(s.title || e.sectionN(i + 1))}>
              {e.removeSection}
            </Button>
          </div>
        </fieldset>
      ))}
      <div className="v-actions v-mb">
        <Button variant="secondary" type="button" onClick={add}>
          {e.addSection}
        </Button>
      </div>
      <Checkbox checked={visible} onClick={({ checkboxState }) => setVisible(checkboxState)} hintText={e.visibleHint} data-testid="ecec-vasu-visible">
        {e.visibleToGuardians}
      </Checkbox>
      {noSections && (
        <InlineAlert status="error" role="alert" className="v-mb">
          {e.vasuNoSections}
        </InlineAlert>
      )}
      <ErrorAlert error={error} />
      <div className="v-actions">
        <Button type="submit" disabled={busy} data-testid="ecec-vasu-save">
          {e.saveVersion}
        </Button>
        <Button variant="secondary" type="button" onClick={onCancel}>
          {t.common.cancel}
        </Button>
      </div>
    </form>
  );
}
