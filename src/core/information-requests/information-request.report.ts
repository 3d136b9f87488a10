// Delivery of an information request: the PDF answer and the machine-readable export.
import type { Lang, Localized } from '../i18n.ts';
import type { RegisterModule } from '../module.ts';
import type { PersonSummary } from '../persons/person.ts';
import { formatDate, type Block, type DocumentSpec } from '../documents/pdf.ts';
import { groupByRegister } from './information-request.search.ts';
import type { InformationRequestView, StoredItem } from './information-request.queries.ts';
import { appealInstructions, KIND_NAMES, LEGAL_GROUNDS, OUTCOME_NAMES, type LegalGround } from './information-request.ts';

const T = {
  title: { fi: 'Vastaus tietopyyntöön', sv: 'Svar på begäran om uppgifter', en: 'Response to an information request' },
  kind: { fi: 'Pyyntö', sv: 'Begäran', en: 'Request' },
  subject: { fi: 'Rekisteröity', sv: 'Registrerad', en: 'Data subject' },
  received: { fi: 'Saapunut', sv: 'Inkommen', en: 'Received' },
  decided: { fi: 'Päätetty', sv: 'Beslutad', en: 'Decided' },
  outcome: { fi: 'Ratkaisu', sv: 'Avgörande', en: 'Outcome' },
  contents: { fi: 'Sisällys', sv: 'Innehåll', en: 'Contents' },
  register: { fi: 'Rekisteri', sv: 'Register', en: 'Register' },
  dataset: { fi: 'Tietoaineisto', sv: 'Informationsmaterial', en: 'Dataset' },
  released: { fi: 'Annettu', sv: 'Utlämnade', en: 'Released' },
  redactedCol: { fi: 'Osin salattu', sv: 'Delvis maskerade', en: 'Redacted' },
  withheldCol: { fi: 'Ei annettu', sv: 'Ej utlämnade', en: 'Withheld' },
  nothing: { fi: 'Rekisterissä ei ole tietoja henkilöstä.', sv: 'Registret innehåller inga uppgifter om personen.', en: 'The register holds no data about the person.' },
  reference: { fi: 'Henkilö mainitaan tiedossa (esim. huoltajana).', sv: 'Personen nämns i uppgiften (t.ex. som vårdnadshavare).', en: 'The person is mentioned in this record (e.g. as a guardian).' },
  redacted: { fi: 'SALATTU', sv: 'MASKERAT', en: 'REDACTED' },
  withheld: { fi: 'TIETO JÄTETTY ANTAMATTA', sv: 'UPPGIFTEN LÄMNAS INTE UT', en: 'ITEM WITHHELD' },
  grounds: { fi: 'Perustelut', sv: 'Motivering', en: 'Grounds' },
  appeal: { fi: 'Muutoksenhaku', sv: 'Sökande av ändring', en: 'How to appeal' },
  footer: { fi: 'Salassa pidettävä: sisältää henkilötietoja', sv: 'Sekretessbelagd: innehåller personuppgifter', en: 'Confidential: contains personal data' },
} satisfies Record<string, Localized>;

const groundText = (g: LegalGround, lang: Lang) => `${LEGAL_GROUNDS[g].names[lang]} (${LEGAL_GROUNDS[g].law})`;

function valueText(v: unknown): string {
  if (v === null || v === undefined) return '–';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

export interface DeliveryInput {
  request: InformationRequestView;
  subject: PersonSummary;
  items: StoredItem[];
  registers: RegisterModule[];
  organisation: string;
  lang: Lang;
}

function grounds(items: StoredItem[]): LegalGround[] {
  return [...new Set(items.flatMap((i) => (i.legalGround && i.decision !== 'release' ? [i.legalGround] : [])))];
}

/**
 * The PDF answer: table of contents by register, released items, redactions and withheld
 * items shown as such with their grounds, and appeal instructions for a partial or negative
 * decision.
 */
export function deliveryDocument(input: DeliveryInput): DocumentSpec {
  const { request, subject, items, registers, lang } = input;
  const groups = groupByRegister(registers, new Map(registers.map((r) => [r.id, items.filter((i) => i.registerId === r.id)])));
  const blocks: Block[] = [];
  blocks.push({
    kind: 'fields',
    fields: [
      [T.kind[lang], KIND_NAMES[request.kind][lang]],
      [T.subject[lang], `${subject.firstNames} ${subject.lastName}, ${formatDate(subject.birthDate, lang)}`],
      [T.received[lang], formatDate(request.receivedOn, lang)],
      [T.decided[lang], request.decidedOn ? formatDate(request.decidedOn, lang) : '–'],
      [T.outcome[lang], request.outcome ? OUTCOME_NAMES[request.outcome][lang] : '–'],
    ],
  });
  blocks.push({ kind: 'heading', text: T.contents[lang], level: 2 });
  const count = (list: StoredItem[], d: StoredItem['decision']) => String(list.filter((i) => i.decision === d).length);
  blocks.push({
    kind: 'table',
    columns: [{ label: T.register[lang], width: 3 }, { label: T.dataset[lang], width: 4 }, { label: T.released[lang], align: 'right' }, { label: T.redactedCol[lang], align: 'right' }, { label: T.withheldCol[lang], align: 'right' }],
    rows: groups.flatMap((g, n) =>
      g.datasets.length === 0
        ? [[`${n + 1}. ${g.names[lang]}`, '–', '0', '0', '0']]
        : g.datasets.map((d, k) => [k === 0 ? `${n + 1}. ${g.names[lang]}` : '', d.names[lang], count(d.items, 'release'), count(d.items, 'redact'), count(d.items, 'withhold')]),
    ),
  });
  groups.forEach((g, n) => {
    blocks.push({ kind: 'heading', text: `${n + 1}. ${g.names[lang]}`, level: 1 });
    if (g.datasets.length === 0) blocks.push({ kind: 'paragraph', text: T.nothing[lang], italic: true });
    for (const d of g.datasets) {
      blocks.push({ kind: 'heading', text: d.names[lang], level: 2 });
      for (const it of d.items) {
        blocks.push({ kind: 'heading', text: it.date ? `${it.title[lang]} (${formatDate(it.date, lang)})` : it.title[lang], level: 3 });
        if (it.decision === 'withhold') {
          blocks.push({ kind: 'redacted', text: `${T.withheld[lang]}: ${groundText(it.legalGround!, lang)}` });
          continue;
        }
        if (it.role === 'reference') blocks.push({ kind: 'paragraph', text: T.reference[lang], italic: true });
        const shown = Object.entries(it.data).filter(([k]) => !it.redactedFields.includes(k));
        if (shown.length) blocks.push({ kind: 'fields', fields: shown.map(([k, v]) => [k, valueText(v)]) });
        for (const f of it.redactedFields) blocks.push({ kind: 'redacted', text: `${f}: ${T.redacted[lang]} – ${groundText(it.legalGround!, lang)}` });
      }
    }
  });
  const used = grounds(items);
  if (request.outcome === 'partial' || request.outcome === 'negative') {
    blocks.push({ kind: 'heading', text: T.grounds[lang], level: 1 });
    for (const g of used) blocks.push({ kind: 'paragraph', text: `• ${groundText(g, lang)}` });
    blocks.push({ kind: 'heading', text: T.appeal[lang], level: 1 });
    blocks.push({ kind: 'paragraph', text: appealInstructions(request.kind)[lang] });
  }
  return {
    lang,
    organisation: input.organisation,
    title: T.title[lang],
    subtitle: KIND_NAMES[request.kind][lang],
    blocks,
    footer: T.footer[lang],
  };
}

/** The machine-readable export (GDPR Art. 20 style): released data, redactions named, no withheld content. */
export function deliveryExport(input: DeliveryInput & { generatedOn: string }) {
  const { request, subject, items, registers, lang } = input;
  const groups = groupByRegister(registers, new Map(registers.map((r) => [r.id, items.filter((i) => i.registerId === r.id)])));
  const used = grounds(items);
  const partialOrNegative = request.outcome === 'partial' || request.outcome === 'negative';
  return {
    format: 'varanto.information-request-export/1',
    language: lang,
    generatedOn: input.generatedOn,
    controller: input.organisation,
    request: {
      id: request.id,
      kind: request.kind,
      kindName: KIND_NAMES[request.kind][lang],
      receivedOn: request.receivedOn,
      decidedOn: request.decidedOn,
      outcome: request.outcome,
    },
    subject: { firstNames: subject.firstNames, lastName: subject.lastName, birthDate: subject.birthDate },
    registers: groups.map((g) => ({
      registerId: g.registerId,
      name: g.names[lang],
      datasets: g.datasets.map((d) => {
        const visible = d.items.filter((i) => i.decision !== 'withhold');
        return {
          datasetId: d.datasetId,
          name: d.names[lang],
          items: visible.map((i) => ({
            id: i.itemKey,
            title: i.title[lang],
            date: i.date,
            role: i.role,
            data: Object.fromEntries(Object.entries(i.data).map(([k, v]) => [k, i.redactedFields.includes(k) ? null : v])),
            redacted: i.redactedFields.map((f) => ({ field: f, ground: i.legalGround, law: LEGAL_GROUNDS[i.legalGround!].law })),
          })),
          withheld: d.items
            .filter((i) => i.decision === 'withhold')
            .map((i) => ({ id: i.itemKey, title: i.title[lang], date: i.date, ground: i.legalGround, law: LEGAL_GROUNDS[i.legalGround!].law })),
        };
      }),
    })),
    grounds: used.map((g) => ({ code: g, name: LEGAL_GROUNDS[g].names[lang], law: LEGAL_GROUNDS[g].law })),
    appealInstructions: partialOrNegative ? appealInstructions(request.kind)[lang] : null,
  };
}
