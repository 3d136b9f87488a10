// Perusopetuksen parametrit: every effective period of each legal or municipal parameter, and a
// new value from a date on for the education office. The limits of what a value may be (and
// that a statutory cap is never a municipal decision) are the API's; its refusal is shown on the
// field it concerns, in the language the user has chosen.
import { useMemo, useState, type FormEvent } from 'react';
import { Button, Dropdown, DropdownItem, Heading, Paragraph, TextInput } from 'suomifi-ui-components';
import { AsyncView, ErrorAlert, isIsoDate, Page } from '../../../components/common.tsx';
import { formatDate, formatDateTime, useI18n } from '../../../i18n/i18n.tsx';
import type { Translations } from '../../../i18n/fi.ts';
import { useAuthenticated } from '../../../session.tsx';
import { todayIso } from '../api.ts';
import { parseNumber, useManagementForm, useReloadable, type FieldMessages } from '../../../components/forms.tsx';
import { BE, managementApi, type ManagementApi, type Parameter, type ParameterBody } from './management-api.ts';

const STATUSES = ['official', 'verified', 'unverified', 'municipal'] as const;

export function ParametersPage() {
  const { t } = useI18n();
  const m = t.basicEducation.management;
  const { api, can } = useAuthenticated();
  const client = useMemo(() => managementApi(api.http), [api]);
  const [state, reload] = useReloadable(() => client.parameters(), [client]);
  return (
    <Page title={m.parametersTitle}>
      <Paragraph className="v-mb">{m.parametersIntro}</Paragraph>
      <AsyncView state={state}>
        {({ parameters }) => (
          <>
            {can(BE.parameterManage) && <ParameterForm parameters={parameters} client={client} onAdded={reload} />}
            {parameters.map((p) => (
              <ParameterHistory key={p.key} parameter={p} />
            ))}
          </>
        )}
      </AsyncView>
    </Page>
  );
}

const formatValue = (v: number, lang: string) => v.toLocaleString(lang === 'en' ? 'en-GB' : `${lang}-FI`, { maximumFractionDigits: 2 });

function ParameterHistory({ parameter: p }: { parameter: Parameter }) {
  const { t, lang } = useI18n();
  const m = t.basicEducation.management;
  const name = m.parameterNames[p.key] ?? p.key;
  const current = p.periods.find((x) => x.inForce);
  const id = `be-param-${p.key.replace(/[^a-z0-9]/gi, '-')}`;
  return (
    <section aria-labelledby={`${id}-h`} className="v-section" data-testid={id} data-key={p.key}>
      <Heading variant="h2" id={`${id}-h`}>
        {name}
      </Heading>
      <Paragraph className="v-mb">
        {m.inForceNow}: <strong data-testid={`${id}-current`}>{current ? formatValue(current.value, lang) : m.noValue}</strong>
      </Paragraph>
      <table className="v-table">
        <caption className="v-visually-hidden">{m.historyCaption(name)}</caption>
        <thead>
          <tr>
            <th scope="col">{m.validFrom}</th>
            <th scope="col">{m.validTo}</th>
            <th scope="col" className="v-num">
              {m.value}
            </th>
            <th scope="col">{m.basis}</th>
            <th scope="col">{m.status}</th>
            <th scope="col">{m.addedBy}</th>
          </tr>
        </thead>
        <tbody>
          {p.periods.map((x) => (
            <tr key={x.id} data-from={x.effectiveFrom} data-in-force={x.inForce ? 'true' : undefined}>
              <td>
                {formatDate(x.effectiveFrom, lang)}
                {x.inForce && <span className="v-tag">{m.inForceTag}</span>}
              </td>
              <td>{x.effectiveTo ? formatDate(x.effectiveTo, lang) : '–'}</td>
              <td className="v-num">{formatValue(x.value, lang)}</td>
              <td>{x.basis}</td>
              <td>{m.statuses[x.status] ?? x.status}</td>
              <td>
                {x.createdByName ?? '–'}, {formatDateTime(x.createdAt, lang)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const FIELDS = ['key', 'effectiveFrom', 'value', 'basis', 'status'] as const;
type Field = (typeof FIELDS)[number];

/** The day after today: a new period normally starts in the future. */
const tomorrow = () => {
  const d = new Date(`${todayIso()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

function ParameterForm({ parameters, client, onAdded }: { parameters: Parameter[]; client: ManagementApi; onAdded: () => void }) {
  const { t } = useI18n();
  const m = t.basicEducation.management;
  const [key, setKey] = useState<string>(parameters[0]?.key ?? '');
  const [effectiveFrom, setEffectiveFrom] = useState(tomorrow());
  const [value, setValue] = useState('');
  const [basis, setBasis] = useState('');
  const [status, setStatus] = useState<string>(parameters[0]?.statuses[0] ?? 'official');
  const form = useManagementForm(FIELDS, {
    parameter_range: 'value',
    parameter_integer: 'value',
    parameter_status: 'status',
    parameter_period_overlap: 'effectiveFrom',
    invalid_period: 'effectiveFrom',
  });
  const rule = parameters.find((p) => p.key === key);
  const chooseKey = (k: string) => {
    setKey(k);
    const r = parameters.find((p) => p.key === k);
    if (r && !r.statuses.includes(status as never)) setStatus(r.statuses[0] ?? 'official');
  };
  const check = (): FieldMessages<Field> => {
    const e: FieldMessages<Field> = {};
    if (!key) e.key = (tr) => tr.common.fieldRequired;
    if (!isIsoDate(effectiveFrom)) e.effectiveFrom = (tr) => tr.common.invalidDate;
    if (!value.trim()) e.value = (tr) => tr.common.fieldRequired;
    else if (Number.isNaN(parseNumber(value))) e.value = (tr) => tr.basicEducation.management.valueInvalid;
    if (!basis.trim()) e.basis = (tr) => tr.common.fieldRequired;
    return e;
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await form.submit(check, async () => {
      await client.addParameter({ key: key as ParameterBody['key'], effectiveFrom, value: parseNumber(value), basis: basis.trim(), status: status as ParameterBody['status'] });
      onAdded();
      return (tr: Translations) => tr.basicEducation.management.valueAdded;
    });
    if (ok) {
      setValue('');
      setBasis('');
    }
  };
  return (
    <form className="v-card v-form v-section" onSubmit={(e) => void submit(e)} noValidate data-testid="be-new-parameter" aria-labelledby="be-new-parameter-h">
      <Heading variant="h2" id="be-new-parameter-h">
        {m.addValue}
      </Heading>
      <Dropdown labelText={m.parametersTitle} name="key" value={key} onChange={chooseKey} {...form.statusOf('key')} fullWidth>
        {parameters.map((p) => (
          <DropdownItem key={p.key} value={p.key}>
            {m.parameterNames[p.key] ?? p.key}
          </DropdownItem>
        ))}
      </Dropdown>
      <div className="v-form-row">
        <TextInput labelText={m.effectiveFrom} hintText={m.dateHint} name="effectiveFrom" value={effectiveFrom} onChange={(v) => setEffectiveFrom(String(v ?? ''))} {...form.statusOf('effectiveFrom')} autoComplete="off" />
        <TextInput
          labelText={m.value}
          hintText={rule ? m.valueHint(rule.min, rule.max, rule.integer) : undefined}
          name="value"
          inputMode="decimal"
          value={value}
          onChange={(v) => setValue(String(v ?? ''))}
          {...form.statusOf('value')}
          autoComplete="off"
        />
      </div>
      <TextInput labelText={m.basis} hintText={m.basisHint} name="basis" value={basis} onChange={(v) => setBasis(String(v ?? ''))} {...form.statusOf('basis')} fullWidth autoComplete="off" />
      <Dropdown labelText={m.status} name="status" value={status} onChange={(v) => setStatus(v)} {...form.statusOf('status')}>
        {STATUSES.map((s) => (
          <DropdownItem key={s} value={s}>
            {m.statuses[s]}
          </DropdownItem>
        ))}
      </Dropdown>
      <div className="v-actions">
        <Button type="submit" disabled={form.busy}>
          {m.addValue}
        </Button>
      </div>
      <ErrorAlert error={form.formError} />
      <div role="status" data-testid="be-new-parameter-status">
        {form.done}
      </div>
    </form>
  );
}
