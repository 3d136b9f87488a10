// A client's versioned plan in a social-welfare register (the elderly services' care and service
// plan, social work's client plan, SHL 39 §): a start date, goals, a second text the register
// names (services, measures), and whether the client took part; every version is kept.
// `PlanVersions` lists the versions and shows one; `PlanForm` writes a new version. The form
// checks what it can (required fields, a real date, not before the version in force); the API
// checks the same and answers in the user's language, and its refusals are shown at the field
// they concern.
import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Heading, Paragraph, Textarea, TextInput } from 'suomifi-ui-components';
import { formatDate, formatDateTime, useI18n } from '../i18n/i18n.tsx';
import { ErrorAlert, Facts, isIsoDate, useErrorText } from './common.tsx';
import { ApiError } from '../api/client.ts';

export interface PlanFormTexts {
  title: string;
  intro: string;
  validFrom: string;
  validFromHint: string;
  goals: string;
  participated: string;
  save: string;
  required: string;
  invalidDate: string;
  beforePrevious: (date: string) => string;
  saved: (version: number) => string;
}

/** What the form sends: `second` is the register's own text (services, measures). */
export interface PlanVersion {
  validFrom: string;
  goals: string;
  second: string;
  clientParticipated: boolean;
}

type Field = 'validFrom' | 'goals' | 'second';

/**
 * @example
 * <PlanForm idPrefix="social" texts={tx.planForm} second={{ field: 'measures', label: tx.planForm.measures }}
 *   latest={latest && { validFrom: latest.validFrom, goals: latest.goals, second: latest.measures }}
 *   save={(p) => social.writePlan(personId, { validFrom: p.validFrom, goals: p.goals, measures: p.second, clientParticipated: p.clientParticipated })}
 *   onSaved={reload} />
 */
export function PlanForm({
  idPrefix,
  texts: f,
  second,
  latest,
  save,
  today,
  onSaved,
}: {
  /** Prefix of the element ids and test ids (`<prefix>-plan-form`, `<prefix>-save-plan`, `<prefix>-plan-saved`). */
  idPrefix: string;
  texts: PlanFormTexts;
  /** The API's name of the second text (its `empty_text` refusals name it) and its label. */
  second: { field: string; label: string };
  latest: { validFrom: string; goals: string; second: string } | null;
  save: (plan: PlanVersion) => Promise<{ version: number }>;
  today: () => string;
  onSaved: () => void;
}) {
  const { lang } = useI18n();
  const errorText = useErrorText();
  const [validFrom, setValidFrom] = useState(today);
  const [goals, setGoals] = useState(latest?.goals ?? '');
  const [secondText, setSecondText] = useState(latest?.second ?? '');
  const [participated, setParticipated] = useState(true);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);

  const validate = (): Partial<Record<Field, string>> => {
    const e: Partial<Record<Field, string>> = {};
    if (!validFrom.trim()) e.validFrom = f.required;
    else if (!isIsoDate(validFrom)) e.validFrom = f.invalidDate;
    else if (latest && validFrom < latest.validFrom) e.validFrom = f.beforePrevious(formatDate(latest.validFrom, lang));
    if (!goals.trim()) e.goals = f.required;
    if (!secondText.trim()) e.second = f.required;
    return e;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaved('');
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const res = await save({ validFrom, goals, second: secondText, clientParticipated: participated });
      setSaved(f.saved(res.version));
      onSaved();
    } catch (err) {
      const field = err instanceof ApiError && err.code === 'empty_text' ? err.details?.field : undefined;
      if (err instanceof ApiError && err.code === 'plan_before_previous') setErrors({ validFrom: errorText(err) });
      else if (field === 'goals') setErrors({ goals: errorText(err) });
      else if (field === second.field) setErrors({ second: errorText(err) });
      else setError(err);
    } finally {
      setBusy(false);
    }
  };

  const status = (k: Field) => ({ status: errors[k] ? ('error' as const) : ('default' as const), statusText: errors[k] ?? '' });
  const headingId = `${idPrefix}-plan-form-h`;
  return (
    <section aria-labelledby={headingId} className="v-section v-card" data-testid={`${idPrefix}-plan-form`}>
      <Heading variant="h5" as="h5" id={headingId}>
        {f.title}
      </Heading>
      <Paragraph className="v-muted">{f.intro}</Paragraph>
      <form className="v-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={headingId}>
        <TextInput labelText={f.validFrom} hintText={f.validFromHint} name="plan-valid-from" value={validFrom} onChange={(v) => setValidFrom(String(v ?? ''))} {...status('validFrom')} />
        <Textarea labelText={f.goals} name="plan-goals" value={goals} onChange={(e) => setGoals(e.target.value)} fullWidth rows={3} {...status('goals')} />
        <Textarea labelText={second.label} name={`plan-${second.field}`} value={secondText} onChange={(e) => setSecondText(e.target.value)} fullWidth rows={3} {...status('second')} />
        <Checkbox checked={participated} onClick={({ checkboxState }) => setParticipated(checkboxState)} name="plan-participated">
          {f.participated}
        </Checkbox>
        <div className="v-actions">
          <Button type="submit" disabled={busy} data-testid={`${idPrefix}-save-plan`}>
            {f.save}
          </Button>
        </div>
      </form>
      <ErrorAlert error={error} />
      <div role="status" data-testid={`${idPrefix}-plan-saved`}>
        {saved}
      </div>
    </section>
  );
}

export interface PlanVersionsTexts {
  plans: string;
  noPlans: string;
  versions: string;
  version: (n: number) => string;
  latest: string;
  authored: (by: string, at: string) => string;
  validFrom: string;
  clientParticipated: string;
  goals: string;
}

/** A stored version of a plan; `second` is the register's own text (services, measures). */
export interface StoredPlanVersion {
  id: string;
  version: number;
  validFrom: string;
  goals: string;
  second: string;
  clientParticipated: boolean;
  createdAt: string;
  createdBy: string | null;
}

/**
 * The plan's versions, newest first, each a toggle button; the chosen one (the latest at first)
 * is shown below. Element and test ids start with `idPrefix` (`<prefix>-plans`,
 * `<prefix>-plan-versions`, `<prefix>-plan-shown`).
 */
export function PlanVersions({ idPrefix, texts: s, secondLabel, plans }: { idPrefix: string; texts: PlanVersionsTexts; secondLabel: string; plans: StoredPlanVersion[] }) {
  const { t, lang } = useI18n();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const latest = plans[0];
  const shown = plans.find((p) => p.id === selectedId) ?? latest;
  return (
    <section aria-labelledby={`${idPrefix}-plans-h`} className="v-section" data-testid={`${idPrefix}-plans`}>
      <Heading variant="h4" as="h4" id={`${idPrefix}-plans-h`}>
        {s.plans}
      </Heading>
      {!latest || !shown ? (
        <Paragraph className="v-muted">{s.noPlans}</Paragraph>
      ) : (
        <>
          <Heading variant="h5" as="h5" id={`${idPrefix}-plan-versions-h`}>
            {s.versions}
          </Heading>
          <ul className="v-plain-list" aria-labelledby={`${idPrefix}-plan-versions-h`} data-testid={`${idPrefix}-plan-versions`}>
            {plans.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className={p.id === shown.id ? 'v-lang-btn v-lang-current' : 'v-lang-btn'}
                  style={{ border: '1px solid #2a6ebb', borderRadius: 2 }}
                  aria-pressed={p.id === shown.id}
                  onClick={() => setSelectedId(p.id)}
                >
                  {s.version(p.version)}
                  {p.id === latest.id ? ` (${s.latest})` : ''}
                </button>{' '}
                <span className="v-muted">{s.authored(p.createdBy ?? '–', formatDateTime(p.createdAt, lang))}</span>
              </li>
            ))}
          </ul>
          <article aria-labelledby={`${idPrefix}-plan-shown-h`} className="v-card" data-testid={`${idPrefix}-plan-shown`}>
            <Heading variant="h5" as="h5" id={`${idPrefix}-plan-shown-h`}>
              {s.version(shown.version)}
              {shown.id === latest.id ? ` (${s.latest})` : ''}
            </Heading>
            <Facts
              items={[
                [s.validFrom, formatDate(shown.validFrom, lang)],
                [s.clientParticipated, shown.clientParticipated ? t.common.yes : t.common.no],
              ]}
            />
            <Heading variant="h5" as="h6">
              {s.goals}
            </Heading>
            <Paragraph style={{ whiteSpace: 'pre-wrap' }}>{shown.goals}</Paragraph>
            <Heading variant="h5" as="h6">
              {secondLabel}
            </Heading>
            <Paragraph style={{ whiteSpace: 'pre-wrap' }}>{shown.second}</Paragraph>
          </article>
        </>
      )}
    </section>
  );
}
