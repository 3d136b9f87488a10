// MARC21 bibliographic records: reading ISO 2709 (the exchange format of library systems) and
// MARCXML, and the few descriptive elements the catalogue needs.
//
// ISO 2709: a 24-character leader, a directory of 12-character entries (tag, field length,
// start) ending in a field terminator (0x1E), then the fields; subfields start with 0x1F and a
// record ends with 0x1D. Lengths and offsets count bytes, so the reader works on bytes and
// decodes text per subfield. Leader/09 says the character set: "a" = UTF-8, blank = MARC-8.
// All text is normalised to NFC: records from the National Library of Finland mix composed and
// decomposed letters (the same "ü" both ways), which would otherwise not match in search.

export interface MarcControlField {
  tag: string;
  value: string;
}

export interface MarcDataField {
  tag: string;
  ind1: string;
  ind2: string;
  subfields: [code: string, value: string][];
}

export type MarcField = MarcControlField | MarcDataField;

export interface MarcRecord {
  leader: string;
  fields: MarcField[];
}

export const isControlField = (f: MarcField): f is MarcControlField => 'value' in f;

/** Why a record could not be read; the importer reports it with the record's position. */
export type MarcErrorCode =
  | 'leader_invalid'
  | 'base_address_invalid'
  | 'directory_invalid'
  | 'field_invalid'
  | 'no_fields'
  | 'encoding_invalid'
  | 'xml_invalid';

export class MarcError extends Error {
  constructor(
    readonly code: MarcErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** One record of a file: the record, or the reason it was rejected. `position` counts from 1. */
export type MarcReadResult = { position: number; offset: number; record: MarcRecord } | { position: number; offset: number; error: MarcError };

const RECORD_END = 0x1d;
const FIELD_END = 0x1e;
const SUBFIELD = 0x1f;

/**
 * Reads every record of an ISO 2709 file. A malformed record does not stop the reading: it is
 * returned as an error with its position and byte offset, and the next record is read after its
 * record terminator.
 *
 * @example
 * for (const r of readIso2709(readFileSync('records.mrc'))) if ('record' in r) console.log(titleOf(r.record));
 */
export function readIso2709(data: Uint8Array): MarcReadResult[] {
  const out: MarcReadResult[] = [];
  let start = 0;
  let position = 0;
  while (start < data.length) {
    let end = data.indexOf(RECORD_END, start);
    if (end < 0) end = data.length;
    const chunk = data.subarray(start, end);
    // Line breaks or padding between records are not records.
    if (!chunk.every((b) => b === 0x0a || b === 0x0d || b === 0x20 || b === 0x00)) {
      position += 1;
      try {
        out.push({ position, offset: start, record: parseIso2709Record(chunk) });
      } catch (e) {
        if (!(e instanceof MarcError)) throw e;
        out.push({ position, offset: start, error: e });
      }
    }
    start = end + 1;
  }
  return out;
}

const ascii = (b: Uint8Array) => String.fromCharCode(...b);
const digits = (s: string) => /^[0-9]+$/.test(s);

/** Parses one record without its record terminator. */
export function parseIso2709Record(rec: Uint8Array): MarcRecord {
  if (rec.length < 24) throw new MarcError('leader_invalid', 'record shorter than its 24-character leader');
  const leaderBytes = rec.subarray(0, 24);
  if (!leaderBytes.every((b) => b >= 0x20 && b < 0x7f)) throw new MarcError('leader_invalid', 'leader contains non-ASCII bytes');
  const leader = ascii(leaderBytes);
  if (!digits(leader.slice(0, 5))) throw new MarcError('leader_invalid', 'record length in the leader is not a number');
  const baseText = leader.slice(12, 17);
  if (!digits(baseText)) throw new MarcError('base_address_invalid', `base address "${baseText}" is not a number`);
  const base = Number(baseText);
  if (base <= 24 || base > rec.length) throw new MarcError('base_address_invalid', `base address ${base} is outside the record (length ${rec.length + 1})`);
  const directory = rec.subarray(24, base);
  if (directory[directory.length - 1] !== FIELD_END) throw new MarcError('directory_invalid', 'directory does not end in a field terminator');
  const entries = directory.subarray(0, directory.length - 1);
  if (entries.length % 12 !== 0) throw new MarcError('directory_invalid', `directory length ${entries.length} is not a multiple of 12`);
  if (!entries.every((b) => b >= 0x20 && b < 0x7f)) throw new MarcError('directory_invalid', 'directory contains non-ASCII bytes');
  if (entries.length === 0) throw new MarcError('no_fields', 'record has no fields');
  const decode = leader[9] === 'a' ? decodeUtf8 : decodeMarc8;
  const fields: MarcField[] = [];
  for (let i = 0; i < entries.length; i += 12) {
    const entry = ascii(entries.subarray(i, i + 12));
    const tag = entry.slice(0, 3);
    const lenText = entry.slice(3, 7);
    const startText = entry.slice(7, 12);
    if (!digits(lenText) || !digits(startText)) throw new MarcError('directory_invalid', `directory entry "${entry}" has a non-numeric length or start`);
    const from = base + Number(startText);
    const to = from + Number(lenText);
    if (Number(lenText) < 1 || to > rec.length) throw new MarcError('field_invalid', `field ${tag} runs outside the record`);
    const raw = rec.subarray(from, to);
    if (raw[raw.length - 1] !== FIELD_END) throw new MarcError('field_invalid', `field ${tag} does not end in a field terminator`);
    const body = raw.subarray(0, raw.length - 1);
    if (isControlTag(tag)) {
      fields.push({ tag, value: decode(body) });
      continue;
    }
    if (body.length < 2) throw new MarcError('field_invalid', `field ${tag} has no indicators`);
    const subfields: [string, string][] = [];
    let at = body.indexOf(SUBFIELD, 2);
    while (at >= 0 && at < body.length) {
      const next = body.indexOf(SUBFIELD, at + 1);
      const sub = body.subarray(at + 1, next < 0 ? body.length : next);
      if (sub.length > 0) subfields.push([String.fromCharCode(sub[0]!), decode(sub.subarray(1))]);
      at = next;
    }
    fields.push({ tag, ind1: String.fromCharCode(body[0]!), ind2: String.fromCharCode(body[1]!), subfields });
  }
  return { leader, fields };
}

/** 001–009 are control fields; local tags such as SID or LOW carry indicators and subfields. */
const isControlTag = (tag: string) => /^00[0-9]$/.test(tag);

const utf8 = new TextDecoder('utf-8', { fatal: true });
function decodeUtf8(b: Uint8Array): string {
  try {
    return utf8.decode(b).normalize('NFC');
  } catch {
    throw new MarcError('encoding_invalid', 'text is not valid UTF-8 although leader/09 says so');
  }
}

// MARC-8 default G1 set (ANSEL, ANSI/NISO Z39.47) as used in MARC21: spacing characters and
// combining marks. A combining mark precedes its base letter in MARC-8 and follows it in
// Unicode; decodeMarc8 moves it.
const ANSEL_SPACING: Record<number, string> = {
  0xa1: 'Ł', 0xa2: 'Ø', 0xa3: 'Đ', 0xa4: 'Þ', 0xa5: 'Æ', 0xa6: 'Œ', 0xa7: 'ʹ', 0xa8: '·', 0xa9: '♭', 0xaa: '®',
  0xab: '±', 0xac: 'Ơ', 0xad: 'Ư', 0xae: 'ʼ', 0xb0: 'ʻ', 0xb1: 'ł', 0xb2: 'ø', 0xb3: 'đ', 0xb4: 'þ', 0xb5: 'æ',
  0xb6: 'œ', 0xb7: 'ʺ', 0xb8: 'ı', 0xb9: '£', 0xba: 'ð', 0xbc: 'ơ', 0xbd: 'ư', 0xc0: '°', 0xc1: 'ℓ', 0xc2: '℗',
  0xc3: '©', 0xc4: '♯', 0xc5: '¿', 0xc6: '¡', 0xc7: 'ß', 0xc8: '€',
};
const ANSEL_COMBINING: Record<number, string> = {
  0xe0: '\u0309', 0xe1: '\u0300', 0xe2: '\u0301', 0xe3: '\u0302', 0xe4: '\u0303', 0xe5: '\u0304', 0xe6: '\u0306',
  0xe7: '\u0307', 0xe8: '\u0308', 0xe9: '\u030c', 0xea: '\u030a', 0xeb: '\ufe20', 0xec: '\ufe21', 0xed: '\u0315',
  0xee: '\u030b', 0xef: '\u0310', 0xf0: '\u0327', 0xf1: '\u0328', 0xf2: '\u0323', 0xf3: '\u0324', 0xf4: '\u0325',
  0xf5: '\u0333', 0xf6: '\u0332', 0xf7: '\u0326', 0xf8: '\u031c', 0xf9: '\u032e', 0xfa: '\ufe22', 0xfb: '\ufe23',
  0xfe: '\u0313',
};

/**
 * Decodes MARC-8 text in its default sets (ASCII and ANSEL). Escape sequences to other sets
 * (Cyrillic, Greek, CJK …) are refused rather than guessed, so that the importer reports the
 * record instead of storing wrong letters.
 */
export function decodeMarc8(b: Uint8Array): string {
  let out = '';
  let pending = '';
  for (const c of b) {
    if (c === 0x1b) throw new MarcError('encoding_invalid', 'MARC-8 escape to another character set is not supported');
    if (c === 0x88 || c === 0x89 || c === 0x98 || c === 0x9c) continue; // non-sort markers
    if (c === 0x8d) {
      out += '\u200d';
      continue;
    }
    if (c === 0x8e) {
      out += '\u200c';
      continue;
    }
    const mark = ANSEL_COMBINING[c];
    if (mark) {
      pending += mark;
      continue;
    }
    const ch = c < 0x80 ? String.fromCharCode(c) : (ANSEL_SPACING[c] ?? '\ufffd');
    out += ch + pending;
    pending = '';
  }
  return (out + pending).normalize('NFC');
}

// --- MARCXML ----------------------------------------------------------------------------------
// MARCXML (www.loc.gov/standards/marcxml) is a flat, regular vocabulary; this reader handles
// exactly it: elements with attributes, text, entity and character references, CDATA, comments
// and an optional namespace prefix. Anything else is reported as invalid XML.

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    const v = ENTITIES[e];
    if (v === undefined) throw new MarcError('xml_invalid', `unknown XML entity ${m}`);
    return v;
  });
}

function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  const re = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<!\[CDATA\[([\s\S]*?)\]\]>|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = re.exec(xml))) {
    if (m.index !== consumed) throw new MarcError('xml_invalid', `unexpected markup at character ${consumed}`);
    consumed = re.lastIndex;
    const top = stack[stack.length - 1]!;
    if (m[1] !== undefined) top.text += m[1];
    else if (m[2] !== undefined) {
      const name = localName(m[2]);
      if (stack.length < 2 || top.name !== name) throw new MarcError('xml_invalid', `closing tag </${m[2]}> does not match`);
      stack.pop();
    } else if (m[3] !== undefined) {
      const attrs: Record<string, string> = {};
      for (const a of (m[4] ?? '').matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[localName(a[1]!)] = unescapeXml(a[2] ?? a[3] ?? '');
      const el: XmlElement = { name: localName(m[3]), attrs, children: [], text: '' };
      top.children.push(el);
      if (!m[5]) stack.push(el);
    } else if (m[6] !== undefined) {
      if (m[6].includes('>')) throw new MarcError('xml_invalid', 'stray ">" in text');
      top.text += unescapeXml(m[6]);
    }
  }
  if (consumed !== xml.length) throw new MarcError('xml_invalid', `unexpected markup at character ${consumed}`);
  if (stack.length !== 1) throw new MarcError('xml_invalid', `element <${stack[stack.length - 1]!.name}> is not closed`);
  return root;
}

const localName = (n: string) => n.slice(n.indexOf(':') + 1);

/** Reads the records of a MARCXML document (a <collection> or a single <record>). */
export function readMarcXml(xml: string): MarcReadResult[] {
  let doc: XmlElement;
  try {
    doc = parseXml(xml.replace(/^\ufeff/, ''));
  } catch (e) {
    if (e instanceof MarcError) return [{ position: 1, offset: 0, error: e }];
    throw e;
  }
  const top = doc.children[0];
  if (!top || (top.name !== 'collection' && top.name !== 'record')) return [{ position: 1, offset: 0, error: new MarcError('xml_invalid', 'no <collection> or <record> element') }];
  const records = top.name === 'record' ? [top] : top.children.filter((c) => c.name === 'record');
  return records.map((r, i) => {
    try {
      return { position: i + 1, offset: 0, record: xmlRecord(r) };
    } catch (e) {
      if (!(e instanceof MarcError)) throw e;
      return { position: i + 1, offset: 0, error: e };
    }
  });
}

function xmlRecord(el: XmlElement): MarcRecord {
  const leaderEl = el.children.find((c) => c.name === 'leader');
  const leader = leaderEl?.text ?? '';
  if (leader.length !== 24) throw new MarcError('leader_invalid', `leader has ${leader.length} characters, not 24`);
  const fields: MarcField[] = [];
  for (const c of el.children) {
    const tag = c.attrs.tag ?? '';
    if (c.name === 'controlfield') {
      if (!/^[0-9A-Za-z]{3}$/.test(tag)) throw new MarcError('field_invalid', `control field tag "${tag}" is invalid`);
      fields.push({ tag, value: c.text.normalize('NFC') });
    } else if (c.name === 'datafield') {
      if (!/^[0-9A-Za-z]{3}$/.test(tag)) throw new MarcError('field_invalid', `data field tag "${tag}" is invalid`);
      const subfields = c.children.filter((s) => s.name === 'subfield').map((s) => [s.attrs.code ?? '', s.text.normalize('NFC')] as [string, string]);
      fields.push({ tag, ind1: (c.attrs.ind1 ?? ' ').slice(0, 1) || ' ', ind2: (c.attrs.ind2 ?? ' ').slice(0, 1) || ' ', subfields });
    }
  }
  if (fields.length === 0) throw new MarcError('no_fields', 'record has no fields');
  return { leader, fields };
}

// --- Writing ------------------------------------------------------------------------------------

/**
 * Writes a record as ISO 2709 in UTF-8 (leader/09 = "a"), computing the record length, base
 * address and directory. Used for export and to build demo records.
 */
export function writeIso2709(r: MarcRecord): Uint8Array {
  const enc = new TextEncoder();
  const bodies = r.fields.map((f) =>
    isControlField(f)
      ? concat([enc.encode(f.value), [FIELD_END]])
      : concat([enc.encode(f.ind1 + f.ind2), ...f.subfields.map(([c, v]) => concat([[SUBFIELD], enc.encode(c + v)])), [FIELD_END]]),
  );
  let offset = 0;
  const directory = r.fields.map((f, i) => {
    const e = f.tag + String(bodies[i]!.length).padStart(4, '0') + String(offset).padStart(5, '0');
    offset += bodies[i]!.length;
    return e;
  });
  const base = 24 + directory.length * 12 + 1;
  const length = base + offset + 1;
  const leader = String(length).padStart(5, '0') + r.leader.slice(5, 9) + 'a' + r.leader.slice(10, 12) + String(base).padStart(5, '0') + r.leader.slice(17);
  return concat([enc.encode(leader + directory.join('')), [FIELD_END], ...bodies, [RECORD_END]]);
}

function concat(parts: (Uint8Array | number[])[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

// --- Descriptive elements -------------------------------------------------------------------------

const dataFields = (r: MarcRecord, tag: string) => r.fields.filter((f): f is MarcDataField => f.tag === tag && !isControlField(f));
const controlValue = (r: MarcRecord, tag: string) => r.fields.find((f): f is MarcControlField => f.tag === tag && isControlField(f))?.value ?? null;
const sub = (f: MarcDataField, codes: string) => f.subfields.filter(([c]) => codes.includes(c)).map(([, v]) => v);

/** Removes the ISBD punctuation that MARC keeps at the end of a subfield (" /", " :", ","). */
export function trimIsbd(s: string): string {
  return s.replace(/[\s/:;,=]+$/u, '').replace(/(?<![A-ZÅÄÖ]|\.\.)\.$/u, '').trim();
}

/** Checks an ISBN-10 or ISBN-13 check digit. */
export function isValidIsbn(isbn: string): boolean {
  if (/^[0-9]{9}[0-9X]$/.test(isbn)) {
    const sum = [...isbn].reduce((s, ch, i) => s + (ch === 'X' ? 10 : Number(ch)) * (10 - i), 0);
    return sum % 11 === 0;
  }
  if (/^97[89][0-9]{10}$/.test(isbn)) {
    const sum = [...isbn].reduce((s, ch, i) => s + Number(ch) * (i % 2 ? 3 : 1), 0);
    return sum % 10 === 0;
  }
  return false;
}

/** "951-0-12345-X (nid.)" → "951012345X"; null when no valid ISBN is in the text. */
export function normaliseIsbn(text: string): string | null {
  for (const m of text.toUpperCase().matchAll(/[0-9][0-9-]{8,16}[0-9X]/g)) {
    const isbn = m[0].replace(/-/g, '');
    if (isValidIsbn(isbn)) return isbn;
  }
  return null;
}

export interface BibliographicSummary {
  controlNumber: string | null;
  controlSource: string | null;
  title: string;
  author: string | null;
  isbn: string | null;
  publisher: string | null;
  publicationYear: number | null;
  language: string | null;
  subjects: string[];
  otherAuthors: string[];
}

/** The descriptive elements of a record: 245 title, 1XX author, 020 ISBN, 260/264 publication, 6XX subjects. */
export function summarise(r: MarcRecord): BibliographicSummary {
  const t = dataFields(r, '245')[0];
  // ISBD: "Title : subtitle. Part number, Part name".
  const title = t
    ? t.subfields
        .filter(([c]) => 'abnp'.includes(c))
        .map(([c, v], i) => (i === 0 ? '' : c === 'b' ? ' : ' : '. ') + trimIsbd(v))
        .join('')
    : '';
  const main = dataFields(r, '100')[0] ?? dataFields(r, '110')[0] ?? dataFields(r, '111')[0];
  const added = [...dataFields(r, '700'), ...dataFields(r, '710')].flatMap((f) => sub(f, 'a').map(trimIsbd));
  const author = main ? trimIsbd(sub(main, 'a').join(' ')) || null : null;
  let isbn: string | null = null;
  for (const f of dataFields(r, '020')) {
    for (const v of sub(f, 'a')) isbn ??= normaliseIsbn(v);
  }
  const pub = dataFields(r, '264').find((f) => f.ind2 === '1') ?? dataFields(r, '260')[0];
  const publisher = pub ? trimIsbd(sub(pub, 'b').join(' ')) || null : null;
  const f008 = controlValue(r, '008');
  const yearFrom008 = f008 && /^[0-9]{4}$/.test(f008.slice(7, 11)) ? Number(f008.slice(7, 11)) : null;
  const yearText = pub ? sub(pub, 'c').join(' ').match(/[0-9]{4}/)?.[0] : undefined;
  const publicationYear = yearText ? Number(yearText) : yearFrom008;
  const lang = f008?.slice(35, 38) ?? '';
  const subjects = ['600', '610', '611', '630', '648', '650', '651', '655'].flatMap((tag) => dataFields(r, tag).map((f) => trimIsbd(sub(f, 'abcdvxyz').map(trimIsbd).join(' -- '))));
  return {
    controlNumber: controlValue(r, '001')?.trim() || null,
    controlSource: controlValue(r, '003')?.trim() || null,
    title,
    author,
    isbn,
    publisher,
    publicationYear: publicationYear && publicationYear >= 1000 && publicationYear <= 2999 ? publicationYear : null,
    language: /^[a-z]{3}$/.test(lang) ? lang : null,
    subjects: [...new Set(subjects.filter(Boolean))],
    otherAuthors: [...new Set(added.filter(Boolean))],
  };
}

/** Copies in Koha's holdings field 952: $p barcode, $y item type, $o call number. */
export function holdingsOf(r: MarcRecord): { barcode: string; itemType: string | null; callNumber: string | null }[] {
  return dataFields(r, '952').flatMap((f) => {
    const barcode = sub(f, 'p')[0]?.trim();
    if (!barcode) return [];
    return [{ barcode, itemType: sub(f, 'y')[0]?.trim().toLowerCase() || null, callNumber: sub(f, 'o')[0]?.trim() || null }];
  });
}
