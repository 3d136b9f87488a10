import ExcelJS from 'exceljs';
import type { ReadTx } from '../db/database.ts';
import type { Lang, Localized } from '../i18n.ts';

export interface StatisticColumn {
  id: string;
  names: Localized;
}

export interface StatisticRow {
  /** Dimension values, e.g. { unit: 'Päiväkoti Aurinko', month: '2025-09' }. */
  dims: Record<string, string>;
  /** Measures; counts of persons are suppressed in public output when below the threshold. */
  values: Record<string, number | null>;
}

export interface StatisticParams {
  from: string;
  to: string;
}

/**
 * A statistic of a register. `personCounts` names the measures that count persons: in
 * public statistics a cell below 5 is suppressed so no person can be recognised.
 */
export interface StatisticDefinition {
  id: string;
  names: Localized;
  description: Localized;
  public: boolean;
  dimensions: StatisticColumn[];
  measures: StatisticColumn[];
  personCounts: string[];
  chart: 'bar' | 'line' | 'pie';
  compute(db: ReadTx, params: StatisticParams): Promise<StatisticRow[]>;
  /** Permission needed to see it in full (non-public). */
  action: string;
}

export const SMALL_CELL_LIMIT = 5;

/** Replaces person counts between 1 and 4 with null ("< 5"). Zero is not identifying. */
export function suppressSmallCells(def: Pick<StatisticDefinition, 'personCounts'>, rows: StatisticRow[], limit = SMALL_CELL_LIMIT): StatisticRow[] {
  return rows.map((r) => ({
    dims: r.dims,
    values: Object.fromEntries(
      Object.entries(r.values).map(([k, v]) => [k, def.personCounts.includes(k) && v !== null && v > 0 && v < limit ? null : v]),
    ),
  }));
}

function table(def: StatisticDefinition, rows: StatisticRow[], lang: Lang) {
  const header = [...def.dimensions, ...def.measures].map((c) => c.names[lang]);
  const body = rows.map((r) => [
    ...def.dimensions.map((d) => r.dims[d.id] ?? ''),
    ...def.measures.map((m) => {
      const v = r.values[m.id];
      return v === null || v === undefined ? `< ${SMALL_CELL_LIMIT}` : v;
    }),
  ]);
  return { header, body };
}

/** RFC 4180 CSV with a BOM so that spreadsheet programs open ä and ö correctly. */
export function toCsv(def: StatisticDefinition, rows: StatisticRow[], lang: Lang): string {
  const { header, body } = table(def, rows, lang);
  const cell = (v: unknown) => {
    const s = String(v);
    return /[;",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return '\uFEFF' + [header, ...body].map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}

export async function toXlsx(def: StatisticDefinition, rows: StatisticRow[], lang: Lang): Promise<Buffer> {
  const { header, body } = table(def, rows, lang);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Varanto';
  const ws = wb.addWorksheet(def.names[lang].slice(0, 31));
  ws.addRow(header).font = { bold: true };
  for (const r of body) ws.addRow(r);
  ws.columns.forEach((c) => (c.width = 22));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
