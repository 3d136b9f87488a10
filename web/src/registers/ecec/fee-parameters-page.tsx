// The national ECEC fee figures by period (varhaiskasvatusmaksujen perusteet): fee handlers see
// every period with its status and source; the service director completes a period whose
// figures were unknown (the income limits of 2026-08-01), corrects one, or adds the next one.
import { useMemo, useState, type FormEvent } from 'react';
import { Button, Dropdown, DropdownItem, Heading, InlineAlert, Paragraph, Textarea, TextInput } from 'suomifi-ui-components';
import * as gen from '../../generated/api-client.ts';
import { formatDate, formatDateTime, useI18n } from '../../i18n/i18n.tsx';
import { useAuthenticated } from '../../session.tsx';
import { AsyncView, ErrorAlert, isIsoDate, Page, useAsync } from '../../components/common.tsx';

type Period = gen.GetEcecFeeParametersResponse['periods'][number];
type Figures = gen.PutEcecFeeParametersByIdBody;

export const FEE_PARAMETERS = { read: 'ecec.FeeParameters.READ', manage: 'ecec.FeeParameters.MANAGE' } as const;

export function FeeParametersPage() {
  const { t, lang } = useI18n();
  const f = t.ececFees;
  const { api, can } = useAuthenticated();
  const [state, reload] = useAsync(() => gen.getEcecFeeParameters(api.http), [api]);
  const [editing, setEditing] = useState<Period | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const manage = can(FEE_PARAMETERS.manage);
  return (
    <Page title={f.title}>
      <Paragraph className="v-mb">{f.intro}</Paragraph>
      {notice && (
        <InlineAlert status="neutral" className="v-mb" data-testid="ecec-fees-notice">
          {notice}
        </InlineAlert>
      )}
      <AsyncView state={state}>
        {({ periods }) => {
          const incomplete = periods.filter((p) => p.incomeLimits === null);
          const latest = periods.at(-1) ?? null;
          return (
            <>
              {incomplete.map((p) => (
                <InlineAlert key={p.id} status="warning" labelText={f.missingTitle} className="v-mb" data-testid="ecec-fees-missing">
                  {f.missingText(formatDate(p.effectiveFrom, lang))}
                </InlineAlert>
              ))}
              <PeriodTable periods={periods} manage={manage} onEdit={(p) => (setNotice(null), setEditing(p))} />
              {manage && latest && editing === null && (
                <div className="v-actions v-mb">
                  <Button variant="secondary" onClick={() => (setNotice(null), setEditing('new'))} data-testid="ecec-fees-new">
                    {f.newPeriod}
                  </Button>
                </div>
              )}
              {manage && editing !== null && (
                <FiguresForm
                  key={editing === 'new' ? 'new' : editing.id}
                  period={editing === 'new' ? null : editing}
                  start={editing === 'new' ? latest! : editing}
                  onCancel={() => setEditing(null)}
                  onSaved={(text) => {
                    setEditing(null);
                    setNotice(text);
                    reload();
                  }}
                />
              )}
            </>
          );
        }}
      </AsyncView>
    </Page>
  );
}

function PeriodTable({ periods, manage, onEdit }: { periods: Period[]; manage: boolean; onEdit: (p: Period) => void }) {
  const { t, lang } = useI18n();
  const f = t.ececFees;
  return (
    <div style={{ overflowX: 'auto' }} role="region" aria-label={f.caption} tabIndex={0} className="v-mb">
      <table className="v-table" data-testid="ecec-fees-table">
        <caption>{f.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{f.period}</th>
            <th scope="col">{f.status}</th>
            <th scope="col">{f.maxFee}</th>
            <th scope="col">{f.minFee}</th>
            <th scope="col">{f.feePercent}</th>
            <th scope="col">{f.incomeLimits}</th>
            <th scope="col">{f.siblings}</th>
            <th scope="col">{f.source}</th>
            <th scope="col">{f.decisions}</th>
            {manage && (
              <th scope="col">
                <span className="v-visually-hidden">{f.edit}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {[...periods].reverse().map((p) => (
            <tr key={p.id} data-testid="ecec-fees-row" data-from={p.effectiveFrom}>
              <td>
                {formatDate(p.effectiveFrom, lang)} – {p.effectiveTo ? formatDate(p.effectiveTo, lang) : ''}
                {p.inForce && (
                  <>
                    <br />
                    <strong>{f.inForce}</strong>
                  </>
                )}
              </td>
              <td>{f.statuses[p.status] ?? p.status}</td>
              <td>{p.maxFee}</td>
              <td>{p.minFee}</td>
              <td>{p.feePercent.toLocaleString(lang)} %</td>
              <td data-testid="ecec-fees-limits" style={{ whiteSpace: 'nowrap' }}>
                {p.incomeLimits ? f.limitsShort(p.incomeLimits).split(', ').map((x) => <div key={x}>{x}</div>) : <strong>{f.missing}</strong>}
              </td>
              <td>{f.siblingsShort(p.secondChildPercent, p.furtherChildPercent)}</td>
              <td style={{ minWidth: '16em', fontSize: '0.9em' }}>
                {p.source}
                {p.updatedAt && (
                  <>
                    <br />
                    <span className="v-muted">
                      {formatDateTime(p.updatedAt, lang)}
                      {p.updatedByName ? `, ${f.changedBy(p.updatedByName)}` : ''}
                    </span>
                  </>
                )}
              </td>
              <td>{f.decisionsCount(p.decisions)}</td>
              {manage && (
                <td>
                  <Button variant="secondaryNoBorder" onClick={() => onEdit(p)} aria-label={f.editOf(formatDate(p.effectiveFrom, lang))} data-testid="ecec-fees-edit">
                    {f.edit}
                  </Button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type Draft = Record<'effectiveFrom' | 'feePercent' | 'l2' | 'l3' | 'l4' | 'l5' | 'l6' | 'increment' | 'maxFee' | 'minFee' | 'second' | 'further' | 'source', string> & {
  status: Figures['status'];
};

const str = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

function FiguresForm({ period, start, onCancel, onSaved }: { period: Period | null; start: Period; onCancel: () => void; onSaved: (notice: string) => void }) {
  const { t, lang } = useI18n();
  const f = t.ececFees;
  const { api } = useAuthenticated();
  const [d, setD] = useState<Draft>(() => ({
    effectiveFrom: '',
    feePercent: str(start.feePercent),
    l2: str(start.incomeLimits?.[0]),
    l3: str(start.incomeLimits?.[1]),
    l4: str(start.incomeLimits?.[2]),
    l5: str(start.incomeLimits?.[3]),
    l6: str(start.incomeLimits?.[4]),
    increment: str(start.incrementPerAdditionalChild),
    maxFee: str(start.maxFee),
    minFee: str(start.minFee),
    second: str(start.secondChildPercent),
    further: str(start.furtherChildPercent),
    status: period ? start.status : 'unverified',
    source: period ? start.source : '',
  }));
  const [errors, setErrors] = useState<Partial<Record<keyof Draft, string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof Draft) => (v: unknown) => setD((x) => ({ ...x, [k]: String(v ?? '') }));
  const limitKeys = ['l2', 'l3', 'l4', 'l5', 'l6'] as const;
  const title = period ? f.editTitle(formatDate(period.effectiveFrom, lang)) : f.newTitle;

  const parse = useMemo(
    () => (): { figures: Figures; errors: typeof errors } => {
      const errs: Partial<Record<keyof Draft, string>> = {};
      const num = (k: keyof Draft, opts: { integer?: boolean; optional?: boolean } = {}) => {
        const raw = d[k].trim().replace(',', '.');
        if (raw === '') {
          if (!opts.optional) errs[k] = f.required;
          return null;
        }
        const n = Number(raw);
        if (!Number.isFinite(n) || (opts.integer && !Number.isInteger(n))) errs[k] = f.wholeEuros;
        return n;
      };
      const limits = limitKeys.map((k) => num(k, { integer: true, optional: true }));
      const anyLimit = limits.some((x) => x !== null);
      if (anyLimit) for (const k of limitKeys) if (d[k].trim() === '') errs[k] = f.required;
      if (!d.source.trim()) errs.source = f.required;
      if (!period && !isIsoDate(d.effectiveFrom)) errs.effectiveFrom = f.required;
      const figures: Figures = {
        feePercent: num('feePercent') ?? 0,
        incomeLimits: anyLimit ? (limits as number[]) : null,
        incrementPerAdditionalChild: num('increment', { integer: true, optional: true }),
        maxFee: num('maxFee', { integer: true }) ?? 0,
        minFee: num('minFee', { integer: true }) ?? 0,
        secondChildPercent: num('second') ?? 0,
        furtherChildPercent: num('further') ?? 0,
        status: d.status,
        source: d.source.trim(),
      };
      return { figures, errors: errs };
    },
    [d, f, period],
  );

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    setError(null);
    const { figures, errors: errs } = parse();
    setErrors(errs);
    if (Object.keys(errs).length > 0) return;
    setBusy(true);
    try {
      if (period) {
        const r = await gen.putEcecFeeParametersById(api.http, { id: period.id }, figures);
        onSaved(`${f.saved} ${f.review(r.decisionsToReview)}`);
      } else {
        await gen.postEcecFeeParameters(api.http, { ...figures, effectiveFrom: d.effectiveFrom });
        onSaved(f.added);
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const field = (k: keyof Draft, label: string, extra: { hint?: string; testId?: string } = {}) => (
    <TextInput
      labelText={label}
      name={k}
      value={d[k]}
      onChange={set(k)}
      status={errors[k] ? 'error' : 'default'}
      statusText={errors[k] ?? ''}
      hintText={extra.hint}
      inputMode="decimal"
      data-testid={extra.testId}
    />
  );

  return (
    <form onSubmit={(ev) => void submit(ev)} noValidate aria-labelledby="ecec-fees-form-h" className="v-card v-mb v-form" data-testid="ecec-fees-form">
      <Heading variant="h3" as="h2" id="ecec-fees-form-h">
        {title}
      </Heading>
      {!period && <Paragraph className="v-mb">{f.newHint}</Paragraph>}
      {!period && field('effectiveFrom', `${f.from} (VVVV-KK-PP)`)}
      {field('maxFee', f.maxFee)}
      {field('minFee', f.minFee)}
      {field('feePercent', f.feePercent)}
      <fieldset className="v-form" style={{ border: '1px solid #c8cdd0', padding: 12 }}>
        <legend>{f.incomeLimits}</legend>
        {limitKeys.map((k, i) => field(k, f.incomeLimitFor(i + 2)))}
        {field('increment', f.increment)}
      </fieldset>
      {field('second', f.secondChild)}
      {field('further', f.furtherChild)}
      <Dropdown labelText={f.status} name="status" value={d.status} onChange={(v) => setD((x) => ({ ...x, status: v as Figures['status'] }))}>
        {(['official', 'verified', 'unverified'] as const).map((s) => (
          <DropdownItem key={s} value={s}>
            {f.statuses[s]}
          </DropdownItem>
        ))}
      </Dropdown>
      <Textarea
        labelText={f.source}
        name="source"
        hintText={f.sourceHint}
        value={d.source}
        onChange={(ev) => set('source')(ev.target.value)}
        status={errors.source ? 'error' : 'default'}
        statusText={errors.source ?? ''}
        fullWidth
        rows={2}
      />
      <ErrorAlert error={error} />
      <div className="v-actions">
        <Button type="submit" disabled={busy} data-testid="ecec-fees-save">
          {f.save}
        </Button>
        <Button variant="secondary" type="button" onClick={onCancel}>
          {t.common.cancel}
        </Button>
      </div>
    </form>
  );
}
