// Käyttösäännöt: the library's fees and limits and the loan rule of each item type, every
// effective period of them, and new ones from a date on for the library system administrator.
// The bounds are the API's; its refusal is shown on the field it concerns, in the user's language.
import { useMemo, useState, type FormEvent } from 'react';
import { Button, Checkbox, Dropdown, DropdownItem, Heading, Paragraph, TextInput } from 'suomifi-ui-components';
import * as gen from '../../../generated/api-client.ts';
import type { ApiTransport } from '../../../generated/api-client.ts';
import { AsyncView, ErrorAlert, isIsoDate, Page } from '../../../components/common.tsx';
import { parseNumber, useManagementForm, useReloadable, type FieldMessages } from '../../../components/forms.tsx';
import { formatDate, languages, translations, useI18n, type Lang } from '../../../i18n/i18n.tsx';
import type { Translations } from '../../../i18n/fi.ts';
import { useAuthenticated } from '../../../session.tsx';
import { libraryTextsFor, useLibraryTexts } from '../i18n.ts';

/** Actions of the library register (src/registers/library/library-access.ts) for the rules. */
export const RULES = { read: 'library.Rules.READ', manage: 'library.Rules.MANAGE' } as const;

type RulePeriods = gen.GetLibraryRulePeriodsResponse;
type FeePeriod = RulePeriods['parameters'][number];
type LoanRulePeriod = RulePeriods['loanRules'][number];
type ItemType = gen.GetLibraryItemTypesResponse['itemTypes'][number];

const rulesApi = (http: ApiTransport) => ({
  periods: () => gen.getLibraryRulePeriods(http),
  itemTypes: () => gen.getLibraryItemTypes(http),
  addFees: (body: gen.PostLibraryParametersBody) => gen.postLibraryParameters(http, body),
  addLoanRule: (body: gen.PostLibraryLoanRulesBody) => gen.postLibraryLoanRules(http, body),
});
type RulesApi = ReturnType<typeof rulesApi>;

const rulesOf = (t: Translations) => libraryTextsFor(t).rules;
const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : `${lang}-FI`);
const euro = (n: number, lang: Lang) => n.toLocaleString(locale(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Today + n days as yyyy-mm-dd in the browser's time zone. */
function inDays(n: number) {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function RulesPage() {
  const r = useLibraryTexts().rules;
  const { api, can } = useAuthenticated();
  const client = useMemo(() => rulesApi(api.http), [api]);
  const [state, reload] = useReloadable(async () => {
    const [periods, types] = await Promise.all([client.periods(), client.itemTypes()]);
    return { periods, itemTypes: types.itemTypes };
  }, [client]);
  const manage = can(RULES.manage);
  return (
    <Page title={r.title}>
      <Paragraph className="v-mb">{r.intro}</Paragraph>
      <AsyncView state={state}>
        {({ periods, itemTypes }) => (
          <>
            <FeesSection periods={periods.parameters} />
            {manage && <FeesForm current={periods.parameters.find((p) => p.inForce) ?? periods.parameters[periods.parameters.length - 1]} client={client} onAdded={reload} />}
            <LoanRulesSection periods={periods.loanRules} itemTypes={itemTypes} />
            {manage && <LoanRuleForm itemTypes={itemTypes} current={periods.loanRules.filter((x) => x.inForce)} client={client} onAdded={reload} />}
          </>
        )}
      </AsyncView>
    </Page>
  );
}

const FEE_NUMBERS = ['lateFeePerDay', 'lateFeeMaxPerItem', 'graceDays', 'blockThreshold', 'unclaimedHoldFee', 'holdPickupDays', 'maxHolds', 'maxLoans', 'guardianConsentBelowAge', 'selfServiceMinAge', 'maxPinFailures'] as const;
const EUROS = new Set<string>(['lateFeePerDay', 'lateFeeMaxPerItem', 'blockThreshold', 'unclaimedHoldFee']);

function FeesSection({ periods }: { periods: FeePeriod[] }) {
  const r = useLibraryTexts().rules;
  const { lang } = useI18n();
  const show = (p: FeePeriod, k: (typeof FEE_NUMBERS)[number]) => (EUROS.has(k) ? euro(p[k], lang) : String(p[k]));
  const period = (p: FeePeriod) => `${formatDate(p.effectiveFrom, lang)}–${p.effectiveTo ? formatDate(p.effectiveTo, lang) : ''}`;
  const newestFirst = [...periods].reverse();
  return (
    <section aria-labelledby="lib-fees-h" className="v-section">
      <Heading variant="h2" id="lib-fees-h">
        {r.feesTitle}
      </Heading>
      {periods.length === 0 ? (
        <Paragraph>{r.noFees}</Paragraph>
      ) : (
        // One column per period, newest first: a decision changes a few figures, which then read across.
        <table className="v-table" data-testid="lib-fee-periods">
          <caption className="v-visually-hidden">{r.feesCaption}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="v-visually-hidden">{r.feesTitle}</span>
              </th>
              {newestFirst.map((p) => (
                <th scope="col" key={p.id} data-from={p.effectiveFrom} data-in-force={p.inForce ? 'true' : undefined}>
                  {period(p)}
                  {p.inForce && <span className="v-tag">{r.inForceTag}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {FEE_NUMBERS.map((k) => (
              <tr key={k} data-field={k}>
                <th scope="row">{r[k]}</th>
                {newestFirst.map((p) => (
                  <td key={p.id} className="v-num">
                    {show(p, k)}
                  </td>
                ))}
              </tr>
            ))}
            <tr data-field="overdueNoticeDays">
              <th scope="row">{r.overdueNoticeDays}</th>
              {newestFirst.map((p) => (
                <td key={p.id} className="v-num">
                  {p.overdueNoticeDays.join(', ')}
                </td>
              ))}
            </tr>
            <tr data-field="source">
              <th scope="row">{r.source}</th>
              {newestFirst.map((p) => (
                <td key={p.id}>
                  {p.source} ({r.statuses[p.status] ?? p.status})
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      )}
    </section>
  );
}

const FEE_FIELDS = ['effectiveFrom', ...FEE_NUMBERS, 'overdueNoticeDays', 'source'] as const;
type FeeField = (typeof FEE_FIELDS)[number];

function FeesForm({ current, client, onAdded }: { current: FeePeriod | undefined; client: RulesApi; onAdded: () => void }) {
  const r = useLibraryTexts().rules;
  const { lang } = useI18n();
  const initial = (): Record<FeeField, string> => {
    const out = { effectiveFrom: inDays(1), overdueNoticeDays: current?.overdueNoticeDays.join(', ') ?? '', source: '' } as Record<FeeField, string>;
    for (const k of FEE_NUMBERS) out[k] = current ? (EUROS.has(k) ? euro(current[k], lang).replace(/\s/g, '') : String(current[k])) : '';
    return out;
  };
  const [v, setV] = useState(initial);
  const set = (f: FeeField) => (value: string | number | undefined) => setV((x) => ({ ...x, [f]: String(value ?? '') }));
  const form = useManagementForm(FEE_FIELDS, { parameter_period_overlap: 'effectiveFrom' });
  const noticeDays = () => v.overdueNoticeDays.split(/[,;\s]+/).filter(Boolean).map(parseNumber);
  const check = (): FieldMessages<FeeField> => {
    const e: FieldMessages<FeeField> = {};
    if (!isIsoDate(v.effectiveFrom)) e.effectiveFrom = (t) => t.common.invalidDate;
    for (const k of FEE_NUMBERS) {
      if (!v[k].trim()) e[k] = (t) => t.common.fieldRequired;
      else if (Number.isNaN(parseNumber(v[k]))) e[k] = (t) => rulesOf(t).numberInvalid;
    }
    const days = noticeDays();
    if (days.length < 1 || days.length > 5 || days.some((d) => !Number.isInteger(d))) e.overdueNoticeDays = (t) => rulesOf(t).noticeDaysInvalid;
    if (!v.source.trim()) e.source = (t) => t.common.fieldRequired;
    return e;
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await form.submit(check, async () => {
      const n = Object.fromEntries(FEE_NUMBERS.map((k) => [k, parseNumber(v[k])])) as Record<(typeof FEE_NUMBERS)[number], number>;
      await client.addFees({ ...n, effectiveFrom: v.effectiveFrom, overdueNoticeDays: noticeDays(), source: v.source.trim() });
      onAdded();
      return (t: Translations) => rulesOf(t).feesAdded;
    });
    if (ok) setV((x) => ({ ...x, source: '' }));
  };
  const input = (f: FeeField, label: string, hintText?: string) => (
    <TextInput key={f} labelText={label} hintText={hintText} name={f} value={v[f]} onChange={set(f)} {...form.statusOf(f)} autoComplete="off" />
  );
  return (
    <form className="v-card v-form v-section" onSubmit={(e) => void submit(e)} noValidate data-testid="lib-new-fees" aria-labelledby="lib-new-fees-h">
      <Heading variant="h3" id="lib-new-fees-h">
        {r.newFees}
      </Heading>
      <Paragraph>{r.newFeesIntro}</Paragraph>
      {input('effectiveFrom', r.effectiveFrom, r.dateHint)}
      <div className="v-form-row">{FEE_NUMBERS.slice(0, 5).map((k) => input(k, r[k]))}</div>
      <div className="v-form-row">{FEE_NUMBERS.slice(5).map((k) => input(k, r[k]))}</div>
      {input('overdueNoticeDays', r.overdueNoticeDays, r.overdueNoticeDaysHint)}
      <TextInput labelText={r.source} hintText={r.sourceHint} name="source" value={v.source} onChange={set('source')} {...form.statusOf('source')} fullWidth autoComplete="off" />
      <div className="v-actions">
        <Button type="submit" disabled={form.busy}>
          {r.saveFees}
        </Button>
      </div>
      <ErrorAlert error={form.formError} />
      <div role="status" data-testid="lib-new-fees-status">
        {form.done}
      </div>
    </form>
  );
}

function LoanRulesSection({ periods, itemTypes }: { periods: LoanRulePeriod[]; itemTypes: ItemType[] }) {
  const r = useLibraryTexts().rules;
  const { lang, l } = useI18n();
  const typeName = (code: string) => l(itemTypes.find((x) => x.code === code)?.names) || code;
  return (
    <section aria-labelledby="lib-loan-rules-h" className="v-section">
      <Heading variant="h2" id="lib-loan-rules-h">
        {r.loanRulesTitle}
      </Heading>
      <table className="v-table" data-testid="lib-loan-rules">
        <caption className="v-visually-hidden">{r.loanRulesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{r.itemType}</th>
            <th scope="col">{r.from}</th>
            <th scope="col">{r.to}</th>
            <th scope="col" className="v-num">
              {r.loanPeriodDays}
            </th>
            <th scope="col" className="v-num">
              {r.maxRenewals}
            </th>
            <th scope="col">{r.holdable}</th>
            <th scope="col">{r.source}</th>
          </tr>
        </thead>
        <tbody>
          {periods.map((p) => (
            <tr key={p.id} data-item-type={p.itemType} data-from={p.effectiveFrom} data-in-force={p.inForce ? 'true' : undefined}>
              <th scope="row">{typeName(p.itemType)}</th>
              <td>
                {formatDate(p.effectiveFrom, lang)}
                {p.inForce && <span className="v-tag">{r.inForceTag}</span>}
              </td>
              <td>{p.effectiveTo ? formatDate(p.effectiveTo, lang) : '–'}</td>
              <td className="v-num">{p.loanPeriodDays}</td>
              <td className="v-num">{p.maxRenewals}</td>
              <td>{p.holdable ? r.yes : r.no}</td>
              <td>
                {p.source} ({r.statuses[p.status] ?? p.status})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const RULE_FIELDS = ['itemType', 'effectiveFrom', 'loanPeriodDays', 'maxRenewals', 'source'] as const;
type RuleField = (typeof RULE_FIELDS)[number];

function LoanRuleForm({ itemTypes, current, client, onAdded }: { itemTypes: ItemType[]; current: LoanRulePeriod[]; client: RulesApi; onAdded: () => void }) {
  const r = useLibraryTexts().rules;
  const { l } = useI18n();
  const start = (code: string) => {
    const c = current.find((x) => x.itemType === code);
    return { loanPeriodDays: c ? String(c.loanPeriodDays) : '', maxRenewals: c ? String(c.maxRenewals) : '', holdable: c?.holdable ?? true };
  };
  const first = itemTypes[0]?.code ?? '';
  const [itemType, setItemType] = useState(first);
  const [effectiveFrom, setEffectiveFrom] = useState(inDays(1));
  const [values, setValues] = useState(() => start(first));
  const [source, setSource] = useState('');
  const form = useManagementForm(RULE_FIELDS, { unknown_item_type: 'itemType', rule_overlaps: 'effectiveFrom' });
  const chooseType = (code: string) => {
    setItemType(code);
    setValues(start(code));
  };
  const check = (): FieldMessages<RuleField> => {
    const e: FieldMessages<RuleField> = {};
    if (!itemType) e.itemType = (t) => t.common.fieldRequired;
    if (!isIsoDate(effectiveFrom)) e.effectiveFrom = (t) => t.common.invalidDate;
    for (const k of ['loanPeriodDays', 'maxRenewals'] as const) {
      if (!values[k].trim()) e[k] = (t) => t.common.fieldRequired;
      else if (Number.isNaN(parseNumber(values[k]))) e[k] = (t) => rulesOf(t).numberInvalid;
    }
    if (!source.trim()) e.source = (t) => t.common.fieldRequired;
    return e;
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await form.submit(check, async () => {
      await client.addLoanRule({ itemType, effectiveFrom, loanPeriodDays: parseNumber(values.loanPeriodDays), maxRenewals: parseNumber(values.maxRenewals), holdable: values.holdable, source: source.trim() });
      onAdded();
      const names = itemTypes.find((x) => x.code === itemType)?.names;
      return (t: Translations) => rulesOf(t).loanRuleAdded(names ? names[languageOf(t)] : itemType);
    });
    if (ok) setSource('');
  };
  return (
    <form className="v-card v-form v-section" onSubmit={(e) => void submit(e)} noValidate data-testid="lib-new-loan-rule" aria-labelledby="lib-new-loan-rule-h">
      <Heading variant="h3" id="lib-new-loan-rule-h">
        {r.newLoanRule}
      </Heading>
      <div className="v-form-row">
        <Dropdown labelText={r.itemType} name="itemType" value={itemType} onChange={chooseType} {...form.statusOf('itemType')}>
          {itemTypes.map((x) => (
            <DropdownItem key={x.code} value={x.code}>
              {l(x.names)}
            </DropdownItem>
          ))}
        </Dropdown>
        <TextInput labelText={r.effectiveFrom} hintText={r.dateHint} name="effectiveFrom" value={effectiveFrom} onChange={(x) => setEffectiveFrom(String(x ?? ''))} {...form.statusOf('effectiveFrom')} autoComplete="off" />
      </div>
      <div className="v-form-row">
        <TextInput labelText={r.loanPeriodDays} name="loanPeriodDays" value={values.loanPeriodDays} onChange={(x) => setValues((o) => ({ ...o, loanPeriodDays: String(x ?? '') }))} {...form.statusOf('loanPeriodDays')} autoComplete="off" />
        <TextInput labelText={r.maxRenewals} name="maxRenewals" value={values.maxRenewals} onChange={(x) => setValues((o) => ({ ...o, maxRenewals: String(x ?? '') }))} {...form.statusOf('maxRenewals')} autoComplete="off" />
      </div>
      <Checkbox checked={values.holdable} onClick={({ checkboxState }) => setValues((o) => ({ ...o, holdable: checkboxState }))}>
        {r.holdable}
      </Checkbox>
      <TextInput labelText={r.source} hintText={r.sourceHint} name="source" value={source} onChange={(x) => setSource(String(x ?? ''))} {...form.statusOf('source')} fullWidth autoComplete="off" />
      <div className="v-actions">
        <Button type="submit" disabled={form.busy}>
          {r.saveLoanRule}
        </Button>
      </div>
      <ErrorAlert error={form.formError} />
      <div role="status" data-testid="lib-new-loan-rule-status">
        {form.done}
      </div>
    </form>
  );
}

/** The language of a translations object (for names the API gives in fi/sv/en). */
const languageOf = (t: Translations): Lang => languages.find((l) => translations[l] === t) ?? 'fi';
