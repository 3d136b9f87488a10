// The month's charges (kuukausimaksut) for fee handlers: every child placed in a unit, or in the
// whole municipality, with the charged and operating days, sick days, the fee before absences,
// the charge and the rule of 1503/2016 that reduced it. A municipality's month is some 35 000
// children, so the table shows a page at a time; the CSV and XLSX downloads have every row.
import { useMemo, useState, type FormEvent } from 'react';
import { Button, Dropdown, DropdownItem, Paragraph, TextInput } from 'suomifi-ui-components';
import { useI18n, type Lang } from '../../i18n/i18n.tsx';
import { useAuthenticated } from '../../session.tsx';
import { AsyncView, Page, useAsync } from '../../components/common.tsx';
import { AppLink } from '../../router.tsx';
import { addMonths, ececApi, isMonth, localToday, monthlyFeesUrl, pageOf, type MonthlyFee, type MonthlyFeeList } from './ecec-api.ts';

/** Rows a page of the table shows. */
export const MONTHLY_FEE_PAGE_ROWS = 100;
const ALL = 'all';

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : `${lang}-FI`);

export function MonthlyFeesPage() {
  const { t } = useI18n();
  const { api } = useAuthenticated();
  const ecec = useMemo(() => ececApi(api), [api]);
  const [units] = useAsync(() => ecec.units(), [ecec]);
  const [month, setMonth] = useState(() => localToday().slice(0, 7));
  const [input, setInput] = useState(month);
  const [error, setError] = useState<string | null>(null);
  const [unitId, setUnitId] = useState<string>(ALL);
  const go = (m: string) => {
    setError(null);
    setInput(m);
    setMonth(m);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!isMonth(input)) return setError(t.ecec.invalidMonth);
    go(input);
  };
  const unitList = units.status === 'ok' ? units.data.units : [];
  const unit = unitList.find((u) => u.id === unitId) ?? null;
  return (
    <Page title={t.ecec.monthlyFeesTitle}>
      <Paragraph className="v-mb">{t.ecec.monthlyFeesIntro}</Paragraph>
      <form className="v-inline-form" onSubmit={submit} noValidate aria-label={t.ecec.monthlyFeesTitle} data-testid="ecec-monthly-fees-form">
        <Button variant="secondary" type="button" onClick={() => go(addMonths(month, -1))}>
          {t.ecec.previousMonth}
        </Button>
        <TextInput labelText={t.ecec.monthlyFeeMonth} hintText={t.ecec.monthHint} name="month" value={input} onChange={(v) => setInput(String(v ?? ''))} status={error ? 'error' : 'default'} statusText={error ?? ''} />
        <Button type="submit">{t.ecec.show}</Button>
        <Button variant="secondary" type="button" onClick={() => go(addMonths(month, 1))}>
          {t.ecec.nextMonth}
        </Button>
        <Dropdown labelText={t.ecec.unit} value={unit ? unit.id : ALL} onChange={(v) => setUnitId(v)} name="unit" data-testid="ecec-monthly-fees-unit">
          {[
            <DropdownItem key={ALL} value={ALL}>
              {t.ecec.allUnits}
            </DropdownItem>,
            ...unitList.map((u) => (
              <DropdownItem key={u.id} value={u.id}>
                {u.name}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
      </form>
      <MonthlyFees key={`${month}|${unit?.id ?? ALL}`} month={month} unitId={unit?.id ?? null} unitName={unit?.name ?? t.ecec.allUnits} />
    </Page>
  );
}

function MonthlyFees({ month, unitId, unitName }: { month: string; unitId: string | null; unitName: string }) {
  const { t, lang } = useI18n();
  const { api } = useAuthenticated();
  const [state] = useAsync(() => ececApi(api).monthlyFees(month, unitId), [api, month, unitId]);
  return (
    <section aria-labelledby="ecec-monthly-fees-h" className="v-section" data-testid="ecec-monthly-fees">
      <h2 id="ecec-monthly-fees-h" className="v-visually-hidden">
        {t.ecec.monthlyFeesCaption(month, unitName)}
      </h2>
      <p className="v-downloads">
        <a href={monthlyFeesUrl({ month, unitId, format: 'csv', lang })} download data-testid="ecec-monthly-fees-csv">
          {t.ecec.downloadCsv}
        </a>
        <a href={monthlyFeesUrl({ month, unitId, format: 'xlsx', lang })} download data-testid="ecec-monthly-fees-xlsx">
          {t.ecec.downloadXlsx}
        </a>
      </p>
      <AsyncView state={state}>{(list) => <MonthlyFeeTable list={list} caption={t.ecec.monthlyFeesCaption(month, unitName)} />}</AsyncView>
    </section>
  );
}

function MonthlyFeeTable({ list, caption }: { list: MonthlyFeeList; caption: string }) {
  const { t, lang } = useI18n();
  const [pageNo, setPageNo] = useState(0);
  const all = list.children;
  const { rows, page, pages, first, last } = pageOf(all, pageNo, MONTHLY_FEE_PAGE_ROWS);
  const euros = (cents: number) => t.ecec.amount((cents / 100).toLocaleString(locale(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  const range = t.ecec.rowsOf(first, last, all.length);
  if (all.length === 0) return <Paragraph data-testid="ecec-monthly-fees-none">{t.ecec.monthlyFeesNone}</Paragraph>;
  return (
    <>
      <Paragraph className="v-mb">
        <span data-testid="ecec-monthly-fees-count">{t.ecec.monthlyFeesCount(all.length)}</span>
        {pages > 1 && `, ${range}`}
      </Paragraph>
      {pages > 1 && (
        <nav className="v-pager" aria-label={t.ecec.pages}>
          <Button variant="secondary" disabled={page === 0} onClick={() => setPageNo(page - 1)} data-testid="ecec-monthly-fees-previous">
            {t.ecec.previousPage}
          </Button>
          <span aria-live="polite" data-testid="ecec-monthly-fees-range">
            {range}
          </span>
          <Button variant="secondary" disabled={page >= pages - 1} onClick={() => setPageNo(page + 1)} data-testid="ecec-monthly-fees-next">
            {t.ecec.nextPage}
          </Button>
        </nav>
      )}
      <div style={{ overflowX: 'auto' }} role="region" aria-label={caption} tabIndex={0}>
        <table className="v-table" data-testid="ecec-monthly-fees-table">
          <caption>
            {caption}
            {pages > 1 && <span className="v-muted"> ({range})</span>}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.ecec.child}</th>
              <th scope="col">{t.ecec.unit}</th>
              <th scope="col" className="v-num">
                {t.ecec.chargedOfOperatingDays}
              </th>
              <th scope="col" className="v-num">
                {t.ecec.sickDaysCount}
              </th>
              <th scope="col" className="v-num">
                {t.ecec.grossFee}
              </th>
              <th scope="col" className="v-num">
                {t.ecec.monthlyCharge}
              </th>
              <th scope="col">{t.ecec.reducedBy}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.childId} data-testid="ecec-monthly-fees-row" data-child-id={c.childId}>
                <th scope="row">
                  <AppLink href={`/persons/${c.childId}`}>
                    {c.lastName} {c.firstNames}
                  </AppLink>
                </th>
                <td>{c.unitName}</td>
                <td className="v-num">
                  {c.fee.chargedDays}/{c.fee.operatingDays}
                </td>
                <td className="v-num">{c.fee.sickDays}</td>
                <td className="v-num">{euros(c.fee.grossCents)}</td>
                <td className="v-num" data-testid="ecec-monthly-fees-charge">
                  {euros(c.fee.chargeCents)}
                </td>
                <td>{reducingRules(c.fee).map((r) => t.ecec.monthlyFeeRules[r] ?? r).join('; ') || '–'}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t.ecec.total}</th>
              <td colSpan={4} data-testid="ecec-monthly-fees-total-count">
                {t.ecec.monthlyFeesCount(all.length)}
              </td>
              <td className="v-num" data-testid="ecec-monthly-fees-total">
                <strong>{euros(list.totalCents)}</strong>
              </td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}

/**
 * The rules that brought the charge below the month's fee: the steps after the first that
 * lowered it, or "no fee decision" when there was nothing to charge.
 */
export function reducingRules(fee: Pick<MonthlyFee, 'steps'>): string[] {
  const [first, ...rest] = fee.steps;
  if (first?.rule === 'no_fee_decision') return [first.rule];
  return rest.filter((s) => s.changeCents < 0).map((s) => s.rule);
}
