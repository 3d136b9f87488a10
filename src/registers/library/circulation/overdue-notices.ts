// Palautuskehotukset: the daily run sends a loan its 1st, 2nd, 3rd … overdue notice on the days
// after the due date that the library rules give (library_parameter.overdue_notice_days). A
// notice goes by email when the person has an address for it, otherwise as a printed letter.
// Each level is sent once per loan, so running the day twice sends nothing new.
import type { ReadTx, Tx } from '../../../core/db/database.ts';
import { formatDate, renderPdf, type Block } from '../../../core/documents/pdf.ts';
import type { Lang } from '../../../core/i18n.ts';
import { addDays } from '../../../core/calendar/working-days.ts';
import { daysBetween } from './loan-rules.ts';
import type { LibraryParameters } from './parameters.ts';

export interface OverdueNotice {
  id: string;
  loanId: string;
  level: number;
  sentOn: string;
  channel: 'email' | 'letter';
  personId: string;
  firstNames: string;
  lastName: string;
  cardNumber: string;
  title: string;
  barcode: string;
  dueOn: string;
}

export const overdueNoticeSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    loanId: { type: 'string' },
    level: { type: 'integer' },
    sentOn: { type: 'string' },
    channel: { type: 'string', enum: ['email', 'letter'] },
    personId: { type: 'string' },
    firstNames: { type: 'string' },
    lastName: { type: 'string' },
    cardNumber: { type: 'string' },
    title: { type: 'string' },
    barcode: { type: 'string' },
    dueOn: { type: 'string' },
  },
  required: ['id', 'loanId', 'level', 'sentOn', 'channel', 'personId', 'firstNames', 'lastName', 'cardNumber', 'title', 'barcode', 'dueOn'],
} as const;

/** The notice level a loan has reached `daysOverdue` days after its due date (0 = none yet). */
export function noticeLevel(daysOverdue: number, noticeDays: number[]): number {
  return [...noticeDays].sort((a, b) => a - b).filter((d) => daysOverdue >= d).length;
}

/** Sends the notices due today for the open loans made at a library. */
export async function runOverdueNotices(tx: Tx, unitId: string, today: string, p: LibraryParameters): Promise<OverdueNotice[]> {
  const first = Math.min(...p.overdue_notice_days);
  const loans = await tx
    .selectFrom('library_loan as l')
    .innerJoin('library_patron as pa', 'pa.id', 'l.patron_id')
    .innerJoin('person as pe', 'pe.id', 'pa.person_id')
    .select((eb) => [
      'l.id',
      'l.due_on',
      'pe.email',
      eb.selectFrom('library_overdue_notice as n').select((e2) => e2.fn.max('n.level').as('m')).whereRef('n.loan_id', '=', 'l.id').as('sent_level'),
    ])
    .where('l.unit_id', '=', unitId)
    .where('l.returned_on', 'is', null)
    .where('l.due_on', '<=', addDays(today, -first))
    .execute();
  const fresh: { loan_id: string; level: number; sent_on: string; channel: 'email' | 'letter' }[] = [];
  for (const l of loans) {
    const level = noticeLevel(daysBetween(l.due_on, today), p.overdue_notice_days);
    if (level > Number(l.sent_level ?? 0)) fresh.push({ loan_id: l.id, level, sent_on: today, channel: l.email ? 'email' : 'letter' });
  }
  if (fresh.length) await tx.insertInto('library_overdue_notice').values(fresh).execute();
  return noticesSent(tx, unitId, today, fresh.map((f) => f.loan_id));
}

/** The notices sent on a day for loans of a library (optionally only of some loans). */
export async function noticesSent(db: ReadTx, unitId: string, date: string, loanIds?: string[]): Promise<OverdueNotice[]> {
  if (loanIds && loanIds.length === 0) return [];
  let q = db
    .selectFrom('library_overdue_notice as n')
    .innerJoin('library_loan as l', 'l.id', 'n.loan_id')
    .innerJoin('library_patron as pa', 'pa.id', 'l.patron_id')
    .innerJoin('person as pe', 'pe.id', 'pa.person_id')
    .innerJoin('library_item as i', 'i.id', 'l.item_id')
    .innerJoin('library_biblio as b', 'b.id', 'i.biblio_id')
    .select(['n.id', 'n.loan_id', 'n.level', 'n.sent_on', 'n.channel', 'pe.id as person_id', 'pe.first_names', 'pe.last_name', 'pa.card_number', 'b.title', 'i.barcode', 'l.due_on'])
    .where('l.unit_id', '=', unitId)
    .where('n.sent_on', '=', date);
  if (loanIds) q = q.where('n.loan_id', 'in', loanIds);
  const rows = await q.orderBy('pe.last_name').orderBy('pe.first_names').orderBy('l.due_on').execute();
  return rows.map((r) => ({
    id: r.id,
    loanId: r.loan_id,
    level: r.level,
    sentOn: r.sent_on,
    channel: r.channel as 'email' | 'letter',
    personId: r.person_id,
    firstNames: r.first_names,
    lastName: r.last_name,
    cardNumber: r.card_number,
    title: r.title,
    barcode: r.barcode,
    dueOn: r.due_on,
  }));
}

const LETTER = {
  fi: {
    batch: 'Palautuskehotukset',
    title: (level: number) => `${level}. palautuskehotus`,
    intro: 'Seuraavien lainojesi eräpäivä on mennyt. Palauta ne mahdollisimman pian mihin tahansa kunnan kirjastoon tai uusi ne, jos niistä ei ole varauksia.',
    fees: 'Myöhästyneestä palautuksesta peritään kirjaston käyttösääntöjen mukainen maksu.',
    card: 'Kirjastokortti',
    title_: 'Nimeke',
    barcode: 'Nide',
    due: 'Eräpäivä',
    hidden: 'Osoite on suojattu (turvakielto). Kirje lähetetään Digi- ja väestötietoviraston kautta.',
    footer: 'Laki yleisistä kirjastoista 1492/2016',
  },
  sv: {
    batch: 'Påminnelser om återlämning',
    title: (level: number) => `${level}:a påminnelsen om återlämning`,
    intro: 'Förfallodagen för följande lån har passerat. Lämna tillbaka dem så snart som möjligt till vilket bibliotek som helst i kommunen eller förnya dem om de inte är reserverade.',
    fees: 'För försenad återlämning tas en avgift ut enligt bibliotekets användarregler.',
    card: 'Bibliotekskort',
    title_: 'Titel',
    barcode: 'Exemplar',
    due: 'Förfallodag',
    hidden: 'Adressen är skyddad (spärrmarkering). Brevet skickas via Myndigheten för digitalisering och befolkningsdata.',
    footer: 'Lagen om allmänna bibliotek 1492/2016',
  },
  en: {
    batch: 'Overdue notices',
    title: (level: number) => `Overdue notice ${level}`,
    intro: 'The following loans are past their due date. Please return them as soon as possible to any library of the municipality, or renew them if no one has placed a hold.',
    fees: 'A late fee is charged for late returns according to the library rules.',
    card: 'Library card',
    title_: 'Title',
    barcode: 'Copy',
    due: 'Due date',
    hidden: 'The address is protected (non-disclosure). The letter is sent through the Digital and Population Data Services Agency.',
    footer: 'Public Libraries Act 1492/2016',
  },
} satisfies Record<Lang, unknown>;

/**
 * The letters of the day's notices sent by post, one page per patron in the patron's contact
 * language. A person under non-disclosure (turvakielto) gets no address on the letter.
 */
export async function overdueLettersPdf(db: ReadTx, notices: OverdueNotice[], a: { organisation: (lang: Lang) => Promise<string>; unitName: string; today: string; now: Date }): Promise<Buffer> {
  const letters = notices.filter((n) => n.channel === 'letter');
  const persons = [...new Set(letters.map((n) => n.personId))];
  const details = persons.length
    ? await db
        .selectFrom('person as p')
        .leftJoin('person_address as a', (j) =>
          j
            .onRef('a.person_id', '=', 'p.id')
            .on('a.valid_from', '<=', a.today)
            .on((eb) => eb.or([eb('a.valid_to', 'is', null), eb('a.valid_to', '>=', a.today)])),
        )
        .select(['p.id', 'p.contact_language', 'p.non_disclosure', 'a.street_address', 'a.postal_code', 'a.post_office'])
        .where('p.id', 'in', persons)
        .orderBy('a.valid_from', 'desc')
        .execute()
    : [];
  const blocks: Block[] = [];
  const langs = new Set<Lang>();
  persons.forEach((personId, i) => {
    const d = details.find((x) => x.id === personId)!;
    const lang = (['fi', 'sv', 'en'].includes(d.contact_language) ? d.contact_language : 'fi') as Lang;
    langs.add(lang);
    const t = LETTER[lang];
    const own = letters.filter((n) => n.personId === personId);
    const first = own[0]!;
    if (i > 0) blocks.push({ kind: 'pageBreak' });
    blocks.push({ kind: 'paragraph', text: `${first.firstNames} ${first.lastName}`, bold: true });
    if (d.non_disclosure) blocks.push({ kind: 'redacted', text: t.hidden });
    else if (d.street_address) blocks.push({ kind: 'paragraph', text: `${d.street_address}\n${d.postal_code ?? ''} ${d.post_office ?? ''}`.trim() });
    blocks.push({ kind: 'heading', text: `${a.unitName}: ${t.title(Math.max(...own.map((n) => n.level)))}`, level: 2 });
    blocks.push({ kind: 'fields', fields: [[t.card, first.cardNumber]] });
    blocks.push({ kind: 'paragraph', text: t.intro });
    blocks.push({
      kind: 'table',
      columns: [{ label: t.title_, width: 4 }, { label: t.barcode, width: 2 }, { label: t.due, width: 1.5 }],
      rows: own.map((n) => [n.title, n.barcode, formatDate(n.dueOn, lang)]),
    });
    blocks.push({ kind: 'paragraph', text: t.fees, italic: true });
  });
  // The letterhead is in the language of the first letter (Finnish when none).
  const lang: Lang = langs.size === 1 ? [...langs][0]! : 'fi';
  return renderPdf({
    lang,
    organisation: await a.organisation(lang),
    title: `${LETTER[lang].batch} ${formatDate(a.today, lang)}`,
    blocks: blocks.length ? blocks : [{ kind: 'paragraph', text: '–' }],
    footer: LETTER[lang].footer,
    createdAt: a.now,
  });
}
