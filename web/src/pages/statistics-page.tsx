import { useMemo, useState, type FormEvent } from 'react';
import { Button, Dropdown, DropdownItem, Heading, Paragraph, TextInput } from 'suomifi-ui-components';
import {
  ArcElement,
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { Bar, Line, Pie } from 'react-chartjs-2';
import { useI18n } from '../i18n/i18n.tsx';
import { useAuthenticated } from '../session.tsx';
import { AsyncView, isIsoDate, Page, useAsync } from '../components/common.tsx';
import { downloadUrl } from '../api/api.ts';
import type { StatisticResult } from '../api/types.ts';

ChartJS.register(CategoryScale, LinearScale, BarElement, LineElement, PointElement, ArcElement, Tooltip, Legend);

// Colours from the suomi.fi palette, all at least 3:1 against white (WCAG 1.4.11).
const COLOURS = ['#2a6ebb', '#c8500a', '#1a8257', '#6a3e9b', '#b5145c', '#566874'];

const thisYear = () => new Date().getFullYear();

export function StatisticsPage() {
  const { t, l, lang } = useI18n();
  const { api, me } = useAuthenticated();
  const [registers] = useAsync(() => api.registers(), [api]);
  const [selected, setSelected] = useState<string | null>(null);
  const [from, setFrom] = useState(`${thisYear()}-01-01`);
  const [to, setTo] = useState(`${thisYear()}-12-31`);
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const [query, setQuery] = useState<{ key: string; from: string; to: string } | null>(null);

  const options = useMemo(
    () =>
      registers.status === 'ok'
        ? registers.data.registers
            .filter((r) => me.registers.includes(r.id))
            .flatMap((r) => r.statistics.map((s) => ({ key: `${r.id}/${s.id}`, label: `${l(r.names)}: ${l(s.names)}` })))
        : [],
    [registers, me, l],
  );
  const current = selected ?? options[0]?.key ?? null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errs: typeof errors = {};
    if (!isIsoDate(from)) errs.from = t.common.invalidDate;
    if (!isIsoDate(to)) errs.to = t.common.invalidDate;
    if (!errs.from && !errs.to && from > to) errs.to = t.common.dateRangeOrder;
    setErrors(errs);
    if (current && !errs.from && !errs.to) setQuery({ key: current, from, to });
  };

  return (
    <Page title={t.statistics.title}>
      <Paragraph className="v-mb">{t.statistics.intro}</Paragraph>
      <AsyncView state={registers}>
        {() =>
          options.length === 0 ? (
            <Paragraph>{t.statistics.noStatistics}</Paragraph>
          ) : (
            <form className="v-inline-form" onSubmit={submit} noValidate aria-label={t.statistics.title}>
              <Dropdown labelText={t.statistics.choose} value={current} onChange={(v) => setSelected(v)} name="statistic">
                {options.map((o) => (
                  <DropdownItem key={o.key} value={o.key}>
                    {o.label}
                  </DropdownItem>
                ))}
              </Dropdown>
              <TextInput labelText={t.common.from} hintText="yyyy-mm-dd" name="from" value={from} onChange={(v) => setFrom(String(v ?? ''))} status={errors.from ? 'error' : 'default'} statusText={errors.from ?? ''} />
              <TextInput labelText={t.common.to} hintText="yyyy-mm-dd" name="to" value={to} onChange={(v) => setTo(String(v ?? ''))} status={errors.to ? 'error' : 'default'} statusText={errors.to ?? ''} />
              <Button type="submit">{t.statistics.show}</Button>
            </form>
          )
        }
      </AsyncView>
      {query && <StatisticLoader key={`${query.key}|${query.from}|${query.to}|${lang}`} statKey={query.key} from={query.from} to={query.to} />}
    </Page>
  );
}

function StatisticLoader({ statKey, from, to }: { statKey: string; from: string; to: string }) {
  const { api } = useAuthenticated();
  const [registerId, statisticId] = statKey.split('/') as [string, string];
  const [state] = useAsync(() => api.statistic(registerId, statisticId, { from, to }), [api, statKey, from, to]);
  return <AsyncView state={state}>{(s) => <StatisticChart key={`${statKey}/${from}/${to}`} stat={s} registerId={registerId} from={from} to={to} />}</AsyncView>;
}

/** Rows a page of the table and the chart show; the downloads always have every row. */
const PAGE_ROWS = 50;

function StatisticChart({ stat: full, registerId, from, to }: { stat: StatisticResult; registerId: string; from: string; to: string }) {
  const { t, l, lang } = useI18n();
  // A statistic per unit and day can have thousands of rows: a page at a time keeps the chart
  // readable and the page fast (the whole set is in the CSV/XLSX).
  const [pageNo, setPageNo] = useState(0);
  const pages = Math.max(1, Math.ceil(full.rows.length / PAGE_ROWS));
  const page = Math.min(pageNo, pages - 1);
  const stat = { ...full, rows: full.rows.slice(page * PAGE_ROWS, (page + 1) * PAGE_ROWS) };
  const labels = stat.rows.map((r) => stat.dimensions.map((d) => String(r.dims[d.id] ?? '')).join(' / '));
  const datasets = stat.measures.map((m, i) => ({
    label: l(m.names),
    data: stat.rows.map((r) => r.values[m.id] ?? null),
    backgroundColor: stat.chart === 'pie' ? stat.rows.map((_, j) => COLOURS[j % COLOURS.length]!) : COLOURS[i % COLOURS.length]!,
    borderColor: stat.chart === 'pie' ? '#ffffff' : COLOURS[i % COLOURS.length]!,
  }));
  const data = { labels, datasets };
  const options = { responsive: true, maintainAspectRatio: false, animation: false as const, plugins: { legend: { position: 'bottom' as const } } };
  const base = `/statistics/${registerId}/${stat.id}`;
  const title = l(stat.names);
  return (
    <section aria-labelledby="stat-h" className="v-section" data-testid="statistic">
      <Heading variant="h2" id="stat-h">
        {title}
      </Heading>
      {stat.description && <Paragraph className="v-mb">{l(stat.description)}</Paragraph>}
      <p className="v-downloads">
        <a href={downloadUrl(base, { from, to, format: 'csv', lang })} download>
          {t.statistics.downloadCsv}
        </a>
        <a href={downloadUrl(base, { from, to, format: 'xlsx', lang })} download>
          {t.statistics.downloadXlsx}
        </a>
      </p>
      {stat.rows.length === 0 ? (
        <Paragraph>{t.statistics.noRows}</Paragraph>
      ) : (
        <>
          {/* The chart is decorative for screen readers: the same numbers are in the table below. */}
          <div className="v-chart">
            {/* The canvas itself is the image: it carries the name; the table below has the figures. */}
            {stat.chart === 'line' ? (
              <Line data={data} options={options} aria-label={title} />
            ) : stat.chart === 'pie' ? (
              <Pie data={data} options={options} aria-label={title} />
            ) : (
              <Bar data={data} options={options} aria-label={title} />
            )}
          </div>
          {pages > 1 && (
            <nav className="v-pager" aria-label={t.statistics.pages}>
              <Button variant="secondary" disabled={page === 0} onClick={() => setPageNo(page - 1)}>
                {t.statistics.previousPage}
              </Button>
              <span aria-live="polite">{t.statistics.rowsOf(page * PAGE_ROWS + 1, page * PAGE_ROWS + stat.rows.length, full.rows.length)}</span>
              <Button variant="secondary" disabled={page >= pages - 1} onClick={() => setPageNo(page + 1)}>
                {t.statistics.nextPage}
              </Button>
            </nav>
          )}
          <table className="v-table">
            <caption>{pages > 1 ? `${t.statistics.table}: ${t.statistics.rowsOf(page * PAGE_ROWS + 1, page * PAGE_ROWS + stat.rows.length, full.rows.length)}` : t.statistics.table}</caption>
            <thead>
              <tr>
                {stat.dimensions.map((d) => (
                  <th scope="col" key={d.id}>
                    {l(d.names)}
                  </th>
                ))}
                {stat.measures.map((m) => (
                  <th scope="col" key={m.id} className="v-num">
                    {l(m.names)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {stat.rows.map((r, i) => (
                <tr key={i}>
                  {stat.dimensions.map((d) => (
                    <td key={d.id}>{String(r.dims[d.id] ?? '')}</td>
                  ))}
                  {stat.measures.map((m) => (
                    <td key={m.id} className="v-num">
                      {r.values[m.id] ?? '–'}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
