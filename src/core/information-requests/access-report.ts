// "Who viewed my data": every staff access to one person's data from the audit log, by
// register, dataset, role and unit (Asiakastietolaki 703/2023 11 §).
import type { ReadTx } from '../db/database.ts';
import type { Lang, Localized } from '../i18n.ts';
import type { RegisterModule } from '../module.ts';
import type { PersonSummary } from '../persons/person.ts';
import { getPersonAuditTrail, type PersonAccessEntry } from '../audit/audit.routes.ts';
import { addMonths } from '../calendar/working-days.ts';
import { formatDate, type DocumentSpec } from '../documents/pdf.ts';

export interface AccessReportGroup {
  registerId: string | null;
  register: string;
  datasetId: string | null;
  dataset: string;
  role: string;
  unit: string;
  count: number;
  first: string;
  last: string;
}

export interface AccessReport {
  from: string;
  to: string;
  total: number;
  groups: AccessReportGroup[];
  events: (PersonAccessEntry & { register: string; dataset: string })[];
}

const CORE_NAME: Localized = { fi: 'Henkilörekisteri (yhteiset tiedot)', sv: 'Personregistret (gemensamma uppgifter)', en: 'Person register (shared data)' };
const NO_UNIT: Localized = { fi: 'koko organisaatio', sv: 'hela organisationen', en: 'whole organisation' };

/**
 * The report for a date range; without `from`, the last two years (logs are given for two
 * years in practice, rules.md §5). Only staff (user) accesses count, not system jobs.
 */
export async function buildAccessReport(
  db: ReadTx,
  registers: RegisterModule[],
  personId: string,
  range: { from?: string | null; to?: string | null; today: string; lang: Lang },
): Promise<AccessReport> {
  const to = range.to ?? range.today;
  const from = range.from ?? addMonths(to, -24);
  const trail = (await getPersonAuditTrail(db, personId, { from, to })).filter((e) => e.actor.kind === 'user');
  const lang = range.lang;
  const regName = (id: string | null) => (id ? (registers.find((r) => r.id === id)?.names[lang] ?? id) : CORE_NAME[lang]);
  const dsName = (rid: string | null, did: string | null) => (did ? (registers.find((r) => r.id === rid)?.datasets.find((d) => d.id === did)?.names[lang] ?? did) : '–');
  const events = trail.map((e) => ({ ...e, register: regName(e.registerId), dataset: dsName(e.registerId, e.datasetId) }));
  const groups = new Map<string, AccessReportGroup>();
  for (const e of events) {
    const roles = e.actor.roles.length ? e.actor.roles : ['–'];
    const units = e.actor.units.length ? e.actor.units : [NO_UNIT[lang]];
    for (const role of roles) {
      for (const unit of units) {
        const key = [e.registerId, e.datasetId, role, unit].join('\u0000');
        const g = groups.get(key);
        if (g) {
          g.count++;
          if (e.occurredAt < g.first) g.first = e.occurredAt;
          if (e.occurredAt > g.last) g.last = e.occurredAt;
        } else {
          groups.set(key, { registerId: e.registerId, register: e.register, datasetId: e.datasetId, dataset: e.dataset, role, unit, count: 1, first: e.occurredAt, last: e.occurredAt });
        }
      }
    }
  }
  const sorted = [...groups.values()].sort((a, b) => a.register.localeCompare(b.register) || a.dataset.localeCompare(b.dataset) || b.count - a.count);
  return { from, to, total: events.length, groups: sorted, events };
}

const T = {
  title: { fi: 'Tietojeni käsittelijät (lokiote)', sv: 'Vem har behandlat mina uppgifter (loggutdrag)', en: 'Who has processed my data (access log extract)' },
  person: { fi: 'Henkilö', sv: 'Person', en: 'Person' },
  period: { fi: 'Ajanjakso', sv: 'Period', en: 'Period' },
  total: { fi: 'Käsittelykertoja', sv: 'Antal behandlingar', en: 'Accesses' },
  summary: { fi: 'Yhteenveto rekistereittäin', sv: 'Sammanfattning per register', en: 'Summary by register' },
  events: { fi: 'Käsittelykerrat', sv: 'Behandlingar', en: 'Accesses' },
  register: { fi: 'Rekisteri', sv: 'Register', en: 'Register' },
  dataset: { fi: 'Tietoaineisto', sv: 'Informationsmaterial', en: 'Dataset' },
  role: { fi: 'Rooli', sv: 'Roll', en: 'Role' },
  unit: { fi: 'Yksikkö', sv: 'Enhet', en: 'Unit' },
  count: { fi: 'Kertoja', sv: 'Antal', en: 'Count' },
  time: { fi: 'Aika', sv: 'Tid', en: 'Time' },
  who: { fi: 'Käsittelijä', sv: 'Behandlare', en: 'User' },
  what: { fi: 'Toiminto', sv: 'Åtgärd', en: 'Action' },
  purpose: { fi: 'Käyttötarkoitus', sv: 'Ändamål', en: 'Purpose' },
  footer: { fi: 'Salassa pidettävä: sisältää henkilötietoja', sv: 'Sekretessbelagd: innehåller personuppgifter', en: 'Confidential: contains personal data' },
} satisfies Record<string, Localized>;

const helsinkiTime = (iso: string) =>
  new Intl.DateTimeFormat('fi-FI', { timeZone: 'Europe/Helsinki', dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));

export function accessReportDocument(report: AccessReport, subject: PersonSummary, organisation: string, lang: Lang): DocumentSpec {
  return {
    lang,
    organisation,
    title: T.title[lang],
    footer: T.footer[lang],
    blocks: [
      {
        kind: 'fields',
        fields: [
          [T.person[lang], `${subject.firstNames} ${subject.lastName}, ${formatDate(subject.birthDate, lang)}`],
          [T.period[lang], `${formatDate(report.from, lang)} – ${formatDate(report.to, lang)}`],
          [T.total[lang], String(report.total)],
        ],
      },
      { kind: 'heading', text: T.summary[lang], level: 2 },
      {
        kind: 'table',
        columns: [{ label: T.register[lang], width: 3 }, { label: T.dataset[lang], width: 3 }, { label: T.role[lang], width: 2 }, { label: T.unit[lang], width: 2 }, { label: T.count[lang], align: 'right' }],
        rows: report.groups.map((g) => [g.register, g.dataset, g.role, g.unit, String(g.count)]),
      },
      { kind: 'heading', text: T.events[lang], level: 2 },
      {
        kind: 'table',
        columns: [{ label: T.time[lang], width: 2 }, { label: T.who[lang], width: 2 }, { label: T.register[lang], width: 3 }, { label: T.what[lang], width: 2 }, { label: T.purpose[lang], width: 2 }],
        rows: report.events.map((e) => [helsinkiTime(e.occurredAt), e.actor.displayName ?? '–', e.register, e.event, e.purpose ?? '–']),
      },
    ],
  };
}
