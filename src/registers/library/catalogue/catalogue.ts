// Kokoelmatiedot: bibliographic records and their copies, MARC21 import and catalogue search.
// The collection holds no personal data: search results say whether a copy is on loan and
// when it is due, never to whom.
import { sql } from 'kysely';
import type { ReadTx, Tx } from '../../../core/db/database.ts';
import type { Localized } from '../../../core/i18n.ts';
import { holdingsOf, type MarcErrorCode, type MarcReadResult, type MarcRecord, normaliseIsbn, summarise, type BibliographicSummary } from './marc.ts';

/** The text catalogue search matches: title, authors, subjects, ISBN, publisher. */
export function searchTextOf(s: BibliographicSummary): string {
  return [s.title, s.author, ...s.otherAuthors, ...s.subjects, s.isbn, s.publisher, s.publicationYear]
    .filter((x) => x !== null && x !== undefined && x !== '')
    .join(' ')
    .toLowerCase();
}

/**
 * A minimal MARC21 record for a title entered by hand, so every title has a record to export.
 * Leader: new (n), language material (a), monograph (m), UTF-8 (a).
 */
export function recordOf(b: { title: string; author?: string | null; isbn?: string | null; publisher?: string | null; publicationYear?: number | null; language?: string | null }): MarcRecord {
  const year = b.publicationYear ? String(b.publicationYear) : '    ';
  const f008 = `      s${year}    fi            000 0 ${(b.language ?? 'fin').padEnd(3).slice(0, 3)}  `;
  return {
    leader: '00000nam a2200000 i 4500',
    fields: [
      { tag: '008', value: f008 },
      ...(b.isbn ? [{ tag: '020', ind1: ' ', ind2: ' ', subfields: [['a', b.isbn]] as [string, string][] }] : []),
      ...(b.author ? [{ tag: '100', ind1: '1', ind2: ' ', subfields: [['a', b.author]] as [string, string][] }] : []),
      { tag: '245', ind1: b.author ? '1' : '0', ind2: '0', subfields: [['a', b.title]] },
      ...(b.publisher || b.publicationYear
        ? [
            {
              tag: '264',
              ind1: ' ',
              ind2: '1',
              subfields: [...(b.publisher ? [['b', b.publisher]] : []), ...(b.publicationYear ? [['c', String(b.publicationYear)]] : [])] as [string, string][],
            },
          ]
        : []),
    ],
  };
}

const biblioColumns = (s: BibliographicSummary, record: MarcRecord) => ({
  control_number: s.controlNumber,
  control_source: s.controlSource,
  title: s.title,
  author: s.author,
  isbn: s.isbn,
  publisher: s.publisher,
  publication_year: s.publicationYear,
  language: s.language,
  marc: JSON.stringify(record),
  search_text: searchTextOf(s),
});

/** Inserts a record, or updates the one with the same 001/003 (a re-import). */
export async function upsertBiblio(tx: Tx, record: MarcRecord, now: Date): Promise<{ id: string; created: boolean }> {
  const s = summarise(record);
  const values = biblioColumns(s, record);
  if (s.controlNumber) {
    const existing = await tx
      .selectFrom('library_biblio')
      .select('id')
      .where('control_number', '=', s.controlNumber)
      .where(sql<string>`coalesce(control_source, '')`, '=', s.controlSource ?? '')
      .executeTakeFirst();
    if (existing) {
      await tx.updateTable('library_biblio').set({ ...values, updated_at: now }).where('id', '=', existing.id).execute();
      return { id: existing.id, created: false };
    }
  }
  const row = await tx.insertInto('library_biblio').values(values).returning('id').executeTakeFirstOrThrow();
  return { id: row.id, created: true };
}

export interface ImportProblem {
  position: number;
  offset: number;
  code: MarcErrorCode | 'no_title' | 'barcode_taken';
  message: Localized;
  detail: string;
}

const PROBLEM_MESSAGES: Record<ImportProblem['code'], Localized> = {
  leader_invalid: { fi: 'Tietueen nimiö (leader) on virheellinen.', sv: 'Postens ledare är felaktig.', en: 'The record leader is invalid.' },
  base_address_invalid: { fi: 'Tietueen datan alkuosoite on virheellinen.', sv: 'Postens basadress är felaktig.', en: 'The base address of the record data is invalid.' },
  directory_invalid: { fi: 'Tietueen hakemisto on virheellinen.', sv: 'Postens katalog är felaktig.', en: 'The record directory is invalid.' },
  field_invalid: { fi: 'Tietueen kenttä on virheellinen.', sv: 'Ett fält i posten är felaktigt.', en: 'A field of the record is invalid.' },
  no_fields: { fi: 'Tietueessa ei ole kenttiä.', sv: 'Posten har inga fält.', en: 'The record has no fields.' },
  encoding_invalid: {
    fi: 'Tietueen merkistö on virheellinen tai sitä ei tueta.',
    sv: 'Postens teckenkodning är felaktig eller stöds inte.',
    en: 'The character encoding of the record is invalid or not supported.',
  },
  xml_invalid: { fi: 'MARCXML-tiedosto ei ole kelvollista XML:ää.', sv: 'MARCXML-filen är inte giltig XML.', en: 'The MARCXML file is not valid XML.' },
  no_title: { fi: 'Tietueessa ei ole nimekettä (kenttä 245).', sv: 'Posten saknar titel (fält 245).', en: 'The record has no title (field 245).' },
  barcode_taken: {
    fi: 'Niteen viivakoodi (952 $p) on jo toisen nimekkeen niteellä.',
    sv: 'Exemplarets streckkod (952 $p) används redan för en annan titel.',
    en: 'The barcode of a copy (952 $p) is already used for another title.',
  },
};

export const problem = (position: number, offset: number, code: ImportProblem['code'], detail: string): ImportProblem => ({ position, offset, code, message: PROBLEM_MESSAGES[code], detail });

export interface ImportResult {
  records: number;
  created: number;
  updated: number;
  items: number;
  problems: ImportProblem[];
  /** The records written, in file order. */
  biblioIds: string[];
}

/**
 * Imports read records into the catalogue with their Koha 952 copies at `unitId`. Problems are
 * collected for every record first; the caller decides whether to keep the good ones (the
 * whole import runs in one transaction, so a refused import writes nothing).
 */
export async function importRecords(tx: Tx, read: MarcReadResult[], a: { unitId: string; defaultItemType: string; now: Date }): Promise<ImportResult> {
  const result: ImportResult = { records: 0, created: 0, updated: 0, items: 0, problems: [], biblioIds: [] };
  const types = new Set((await tx.selectFrom('library_item_type').select('code').execute()).map((t) => t.code));
  for (const r of read) {
    if ('error' in r) {
      result.problems.push(problem(r.position, r.offset, r.error.code, r.error.message));
      continue;
    }
    if (!summarise(r.record).title) {
      result.problems.push(problem(r.position, r.offset, 'no_title', 'field 245 $a is missing'));
      continue;
    }
    const holdings = holdingsOf(r.record);
    const clash = holdings.length
      ? await tx
          .selectFrom('library_item as i')
          .leftJoin('library_biblio as b', 'b.id', 'i.biblio_id')
          .select(['i.barcode', 'b.control_number', 'b.control_source'])
          .where('i.barcode', 'in', holdings.map((h) => h.barcode))
          .execute()
      : [];
    const s = summarise(r.record);
    const foreign = clash.find((c) => c.control_number !== s.controlNumber || (c.control_source ?? '') !== (s.controlSource ?? '') || !s.controlNumber);
    if (foreign) {
      result.problems.push(problem(r.position, r.offset, 'barcode_taken', `barcode ${foreign.barcode}`));
      continue;
    }
    const b = await upsertBiblio(tx, r.record, a.now);
    result.records += 1;
    result.biblioIds.push(b.id);
    if (b.created) result.created += 1;
    else result.updated += 1;
    const known = new Set(clash.map((c) => c.barcode));
    for (const h of holdings.filter((h) => !known.has(h.barcode))) {
      await tx
        .insertInto('library_item')
        .values({ unit_id: a.unitId, biblio_id: b.id, barcode: h.barcode, item_type: h.itemType && types.has(h.itemType) ? h.itemType : a.defaultItemType, call_number: h.callNumber })
        .execute();
      result.items += 1;
    }
  }
  return result;
}

export type CopyStatus = 'available' | 'on_loan' | 'in_transit' | 'on_hold_shelf' | 'withdrawn';

export interface CopyView {
  id: string;
  barcode: string;
  unitId: string;
  unitName: string;
  itemType: string;
  callNumber: string | null;
  status: CopyStatus;
  dueOn: string | null;
}

export interface BiblioView {
  id: string;
  title: string;
  author: string | null;
  isbn: string | null;
  publisher: string | null;
  publicationYear: number | null;
  language: string | null;
  holds: number;
  copies: CopyView[];
}

export const copySchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    barcode: { type: 'string' },
    unitId: { type: 'string' },
    unitName: { type: 'string' },
    itemType: { type: 'string' },
    callNumber: { type: ['string', 'null'] },
    status: { type: 'string', enum: ['available', 'on_loan', 'in_transit', 'on_hold_shelf', 'withdrawn'] },
    dueOn: { type: ['string', 'null'] },
  },
  required: ['id', 'barcode', 'unitId', 'unitName', 'itemType', 'callNumber', 'status', 'dueOn'],
} as const;

export const biblioSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    title: { type: 'string' },
    author: { type: ['string', 'null'] },
    isbn: { type: ['string', 'null'] },
    publisher: { type: ['string', 'null'] },
    publicationYear: { type: ['integer', 'null'] },
    language: { type: ['string', 'null'] },
    holds: { type: 'integer' },
    copies: { type: 'array', items: copySchema },
  },
  required: ['id', 'title', 'author', 'isbn', 'publisher', 'publicationYear', 'language', 'holds', 'copies'],
} as const;

/** Words of a query as a prefix tsquery: "tunte sotil" finds "Tuntematon sotilas". */
export function toPrefixQuery(q: string): string | null {
  const words = q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 10);
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : null;
}

/** Copies of the records with their status of today, and open holds per record. */
async function withCopies(db: ReadTx, rows: { id: string; title: string; author: string | null; isbn: string | null; publisher: string | null; publication_year: number | null; language: string | null }[]): Promise<BiblioView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const copies = await db
    .selectFrom('library_item as i')
    .innerJoin('organisation_unit as u', 'u.id', 'i.unit_id')
    .leftJoin('library_loan as l', (j) => j.onRef('l.item_id', '=', 'i.id').on('l.returned_on', 'is', null))
    .leftJoin('library_hold as h', (j) => j.onRef('h.item_id', '=', 'i.id').on('h.status', 'in', ['in_transit', 'waiting']))
    .select(['i.id', 'i.biblio_id', 'i.barcode', 'i.unit_id', 'u.name as unit_name', 'i.item_type', 'i.call_number', 'i.withdrawn_on', 'l.due_on', 'h.status as hold_status'])
    .where('i.biblio_id', 'in', ids)
    .orderBy('u.name')
    .orderBy('i.barcode')
    .execute();
  const holds = await db
    .selectFrom('library_hold')
    .select(['biblio_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('biblio_id', 'in', ids)
    .where('status', 'in', ['pending', 'in_transit', 'waiting'])
    .groupBy('biblio_id')
    .execute();
  const holdCount = new Map(holds.map((h) => [h.biblio_id, Number(h.n)]));
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    author: r.author,
    isbn: r.isbn,
    publisher: r.publisher,
    publicationYear: r.publication_year,
    language: r.language,
    holds: holdCount.get(r.id) ?? 0,
    copies: copies
      .filter((c) => c.biblio_id === r.id)
      .map((c) => ({
        id: c.id,
        barcode: c.barcode,
        unitId: c.unit_id,
        unitName: c.unit_name,
        itemType: c.item_type,
        callNumber: c.call_number,
        status: c.withdrawn_on ? 'withdrawn' : c.due_on ? 'on_loan' : c.hold_status === 'waiting' ? 'on_hold_shelf' : c.hold_status === 'in_transit' ? 'in_transit' : 'available',
        dueOn: c.due_on ?? null,
      })),
  }));
}

/**
 * Catalogue search: an ISBN or a copy's barcode finds its record exactly; other text matches
 * words of titles, authors and subjects by prefix, best matches first.
 */
export async function searchCatalogue(db: ReadTx, q: string, limit: number, offset: number): Promise<{ total: number; results: BiblioView[] }> {
  const base = db.selectFrom('library_biblio as b').select(['b.id', 'b.title', 'b.author', 'b.isbn', 'b.publisher', 'b.publication_year', 'b.language']);
  const isbn = normaliseIsbn(q);
  const exact = await base
    .where((eb) =>
      eb.or([
        ...(isbn ? [eb('b.isbn', '=', isbn)] : []),
        eb('b.id', 'in', eb.selectFrom('library_item').select('biblio_id').where('barcode', '=', q.trim())),
      ]),
    )
    .orderBy('b.title')
    .limit(limit)
    .execute();
  if (exact.length) return { total: exact.length, results: await withCopies(db, exact) };
  const tsq = toPrefixQuery(q);
  if (!tsq) return { total: 0, results: [] };
  const query = sql`to_tsquery('simple', ${tsq})`;
  // The total comes with the page (count over the matches): the matches are ranked anyway, so
  // counting them separately would read them twice.
  const rows = await base
    .select(sql<number>`count(*) over ()`.as('total'))
    .where(sql<boolean>`b.search @@ ${query}`)
    .orderBy(sql`ts_rank(b.search, ${query})`, 'desc')
    .orderBy('b.title')
    .orderBy('b.id')
    .limit(limit)
    .offset(offset)
    .execute();
  let total = rows.length ? Number(rows[0]!.total) : 0;
  if (rows.length === 0 && offset > 0) {
    const count = await db.selectFrom('library_biblio as b').select((eb) => eb.fn.countAll<number>().as('n')).where(sql<boolean>`b.search @@ ${query}`).executeTakeFirstOrThrow();
    total = Number(count.n);
  }
  return { total, results: await withCopies(db, rows) };
}

export async function biblioById(db: ReadTx, id: string): Promise<(BiblioView & { marc: MarcRecord | null }) | null> {
  const row = await db
    .selectFrom('library_biblio as b')
    .select(['b.id', 'b.title', 'b.author', 'b.isbn', 'b.publisher', 'b.publication_year', 'b.language', 'b.marc'])
    .where('b.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const [view] = await withCopies(db, [row]);
  const marc = row.marc === null ? null : ((typeof row.marc === 'string' ? JSON.parse(row.marc) : row.marc) as MarcRecord);
  return { ...view!, marc };
}
