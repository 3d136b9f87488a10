import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeMarc8, isControlField, isValidIsbn, normaliseIsbn, readIso2709, readMarcXml, summarise, trimIsbd, writeIso2709, type MarcDataField, type MarcRecord } from './marc.ts';

// Real records from pymarc and the National Library of Finland (see test-data/README.md).
const file = (name: string) => readFileSync(new URL(`./test-data/${name}`, import.meta.url));
const records = (name: string) => readIso2709(file(name)).map((r) => ('record' in r ? r.record : null));
const subfield = (r: MarcRecord, tag: string, code: string) =>
  r.fields.filter((f): f is MarcDataField => f.tag === tag && !isControlField(f)).flatMap((f) => f.subfields.filter(([c]) => c === code).map(([, v]) => v));

describe('ISO 2709 reader', () => {
  it('reads the ten records of pymarc test.dat with their titles, authors and ISBNs', () => {
    const rs = records('pymarc-test.dat');
    expect(rs).toHaveLength(10);
    const first = summarise(rs[0]!);
    expect(first).toMatchObject({ controlNumber: 'fol05731351', controlSource: 'IMchF', title: 'ActivePerl with ASP and ADO', author: 'Martinsson, Tobias', isbn: '0471383147', publicationYear: 2000, language: 'eng' });
    expect(summarise(rs[4]!).otherAuthors).toEqual(['Gundavaram, Shishir', 'Birznieks, Gunther']);
    // 020 $a "013020868X (pbk.)": the ISBN with an X check digit, without its qualifier.
    expect(rs.map((r) => summarise(r!).isbn)).toContain('013020868X');
  });

  it('decodes MARC-8 combining diacritics to the same text as the UTF-8 record', () => {
    const [marc8] = records('pymarc-marc8.dat');
    const [utf8] = records('pymarc-utf8_with_leader_flag.dat');
    expect(marc8!.leader[9]).toBe(' ');
    expect(utf8!.leader[9]).toBe('a');
    const uniform = subfield(marc8!, '240', 'a')[0];
    expect(uniform).toBe('De la solitude \u00e0 la communaut\u00e9.');
    expect(subfield(utf8!, '240', 'a')[0]).toBe(uniform);
    expect(summarise(marc8!)).toEqual(summarise(utf8!));
  });

  it('normalises the decomposed letters of a National Library of Finland record', () => {
    const [r] = records('natlibfi-iso2709-from2.mrc');
    const s = summarise(r!);
    expect(s.title.startsWith('Werke f\u00fcr Streichorchester')).toBe(true);
    expect(s.title.normalize('NFC')).toBe(s.title);
    expect(s.subjects).toContain('Sch\u00f6nberg, Arnold -- 1874-1951');
  });

  it('reports each malformed record of bad_records.mrc with its position and reads the good ones', () => {
    const read = readIso2709(file('pymarc-bad_records.mrc'));
    expect(read.map((r) => ('record' in r ? 'ok' : r.error.code))).toEqual([
      'ok',
      'base_address_invalid',
      'base_address_invalid',
      'directory_invalid',
      'directory_invalid',
      'base_address_invalid',
      'no_fields',
      'ok',
    ]);
    expect(read.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(read[1]!.offset).toBe(127);
    const good = read.find((r) => 'record' in r);
    expect(good && 'record' in good && summarise(good.record).title).toBe('The pragmatic programmer : from journeyman to master');
  });

  it('writes a record that reads back the same', () => {
    for (const r of [...records('pymarc-test.dat'), ...records('natlibfi-iso2709-from2.mrc')]) {
      const [back] = readIso2709(writeIso2709(r!));
      expect(back && 'record' in back && back.record.fields).toEqual(r!.fields);
    }
  });
});

describe('MARCXML reader', () => {
  it('reads both records of the National Library of Finland collection', () => {
    const read = readMarcXml(file('natlibfi-marcxml-2RecordsFrom1.xml').toString('utf8'));
    expect(read).toHaveLength(2);
    const [a, b] = read.map((r) => ('record' in r ? summarise(r.record) : null));
    expect(a).toMatchObject({ controlNumber: '000000021', controlSource: 'FI-MELINDA', author: 'Rantanen, Matti', publicationYear: 2012 });
    expect(b).toMatchObject({ controlNumber: '000000020', author: 'Boine, Mari' });
    // Local tags of the union catalogue (Melinda) are kept as data fields.
    const first = read[0]!;
    expect('record' in first && first.record.fields.filter((f) => ['SID', 'LOW', 'CAT'].includes(f.tag)).every((f) => !isControlField(f))).toBe(true);
    expect('record' in first && first.record.fields.some((f) => f.tag === 'LOW')).toBe(true);
  });

  it('reads entities and a single record, and refuses broken XML', () => {
    const xml = `<?xml version="1.0"?><marc:record xmlns:marc="http://www.loc.gov/MARC21/slim"><marc:leader>00000nam a2200000 i 4500</marc:leader>
      <marc:datafield tag="245" ind1="1" ind2="0"><marc:subfield code="a">Tom &amp; Jerry &#228;</marc:subfield></marc:datafield></marc:record>`;
    const [r] = readMarcXml(xml);
    expect(r && 'record' in r && summarise(r.record).title).toBe('Tom & Jerry ä');
    const [bad] = readMarcXml('<collection><record><leader>x</leader></collection>');
    expect(bad && 'error' in bad && bad.error.code).toBe('xml_invalid');
  });
});

describe('descriptive elements', () => {
  it('checks ISBN check digits and takes the ISBN out of a qualified 020 $a', () => {
    expect(isValidIsbn('9789510432846')).toBe(true);
    expect(isValidIsbn('9789510432847')).toBe(false);
    expect(isValidIsbn('013020868X')).toBe(true);
    expect(normaliseIsbn('951-0-43284-? (sid.)')).toBeNull();
    expect(normaliseIsbn('978-951-0-43284-6 (nid.)')).toBe('9789510432846');
  });
  it('strips ISBD punctuation but keeps an initial', () => {
    expect(trimIsbd('Tournier, Paul.')).toBe('Tournier, Paul');
    expect(trimIsbd('Escape from loneliness /')).toBe('Escape from loneliness');
    expect(trimIsbd('Brown, Martin C.')).toBe('Brown, Martin C.');
  });
  it('refuses MARC-8 escapes to other character sets instead of guessing', () => {
    expect(() => decodeMarc8(new Uint8Array([0x41, 0x1b, 0x28, 0x4e, 0x41]))).toThrow(/escape/);
    expect(decodeMarc8(new Uint8Array([0xe8, 0x61, 0xb2]))).toBe('\u00e4\u00f8');
  });
});
