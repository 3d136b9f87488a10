// A new version of the client plan (asiakassuunnitelma, SHL 39 §). The form checks what it can
// (required fields, a real date, not before the version in force); the API checks the same and
// answers in the user's language.
import { useMemo, useState, type FormEvent } from 'react';
import { Button, Checkbox, Heading, Paragraph, Textarea, TextInput } from 'suomifi-ui-components';
import { formatDate, useI18n } from '../../i18n/i18n.tsx';
import { useAuthenticated } from '../../session.tsx';
import { ErrorAlert, isIsoDate, useErrorText } from '../../components/common.tsx';
import { ApiError } from '../../api/client.ts';
import { socialApi, localToday, type ClientPlan } from './api.ts';
import { useSocialTexts } from './i18n.ts';

type Field = 'validFrom' | 'goals' | 'measures';

export function PlanForm({ personId, latest, onSaved }: { personId: string; latest: ClientPlan | null; onSaved: () => void }) {
  const tx = useSocialTexts();
  const f = tx.planForm;
  const { lang } = useI18n();
  const { api } = useAuthenticated();
  const social = useMemo(() => socialApi(api.http), [api]);
  const errorText = useErrorText();
  const [validFrom, setValidFrom] = useState(localToday);
  const [goals, setGoals] = useState(latest?.goals ?? '');
  const [measures, setMeasures] = useState(latest?.measures ?? '');
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
    if (!measures.trim()) e.measures = f.required;
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
      const res = await social.writePlan(personId, { validFrom, goals, measures, clientParticipated: participated });
      setSaved(f.saved(res.version));
      onSaved();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'plan_before_previous') setErrors({ validFrom: errorText(err) });
      else if (err instanceof ApiError && err.code === 'empty_text' && (err.details?.field === 'goals' || err.details?.field === 'measures')) setErrors({ [err.details.field as Field]: errorText(err) });
      else setError(err);
    } finally {
      setBusy(false);
    }
  };

  const status = (k: Field) => ({ status: errors[k] ? ('error' as const) : ('default' as const), statusText: errors[k] ?? '' });
  return (
    <section aria-labelledby="social-plan-form-h" className="v-section v-card" data-testid="social-plan-form">
      <Heading variant="h5" as="h5" id="social-plan-form-h">
        {f.title}
      </Heading>
      <Paragraph className="v-muted">{f.intro}</Paragraph>
      <form className="v-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="social-plan-form-h">
        <TextInput labelText={f.validFrom} hintText={f.validFromHint} name="plan-valid-from" value={validFrom} onChange={(v) => setValidFrom(String(v ?? ''))} {...status('validFrom')} />
        <Textarea labelText={f.goals} name="plan-goals" value={goals} onChange={(e) => setGoals(e.target.value)} fullWidth rows={3} {...status('goals')} />
        <Textarea labelText={f.measures} name="plan-measures" value={measures} onChange={(e) => setMeasures(e.target.value)} fullWidth rows={3} {...status('measures')} />
        <Checkbox checked={participated} onClick={({ checkboxState }) => setParticipated(checkboxState)} name="plan-participated">
          {f.participated}
        </Checkbox>
        <div className="v-actions">
          <Button type="submit" disabled={busy} data-testid="social-save-plan">
            {f.save}
          </Button>
        </div>
      </form>
      <ErrorAlert error={error} />
      <div role="status" data-testid="social-plan-saved">
        {saved}
      </div>
    </section>
  );
}
