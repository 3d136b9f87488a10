// Test fixtures of the ECEC register (each test file creates its own data).
import { inflateSync } from 'node:zlib';
import type { Db } from '../../core/db/database.ts';
import type { PersonId } from '../../core/ids.ts';
import { addRelationship } from '../../core/persons/person.queries.ts';
import { insertTestPerson } from '../../../test/fixtures.ts';
import { insertUnit, type NewUnit } from './units/unit.queries.ts';

export async function insertEcecUnit(db: Db, u: Partial<NewUnit> = {}) {
  return db.transaction().execute((tx) => insertUnit(tx, { name: 'Päiväkoti Testi', providerType: 'municipal', capacity: 20, ...u }));
}

/** Two guardians living together (partners) and their children born on the given dates. */
export async function insertFamily(db: Db, childBirthDates: string[], opts: { singleParent?: boolean; contactLanguage?: 'fi' | 'sv' } = {}) {
  const address = { streetAddress: `Testikatu ${Math.floor(Math.random() * 1e6)}`, postalCode: '00100', postOffice: 'HELSINKI', validFrom: '2000-01-01' };
  const mother = await insertTestPerson(db, { firstNames: 'Äiti', lastName: 'Testinen', birthDate: '1988-01-01', address, contactLanguage: opts.contactLanguage ?? 'fi' });
  const father = opts.singleParent ? null : await insertTestPerson(db, { firstNames: 'Isä', lastName: 'Testinen', birthDate: '1987-01-01', address });
  const children: PersonId[] = [];
  for (const b of childBirthDates) children.push(await insertTestPerson(db, { firstNames: 'Lapsi', lastName: 'Testinen', birthDate: b, address }));
  await db.transaction().execute(async (tx) => {
    if (father) await addRelationship(tx, { kind: 'partner', personId: mother, relatedPersonId: father, validFrom: '2010-01-01' });
    for (const [i, c] of children.entries()) {
      for (const g of father ? [mother, father] : [mother]) await addRelationship(tx, { kind: 'guardian', personId: g, relatedPersonId: c, validFrom: childBirthDates[i]! });
    }
  });
  return { mother, father, children, guardians: father ? [mother, father] : [mother] };
}

// WinAnsi (the standard PDF fonts' encoding) differs from Latin-1 only in 0x80–0x9F.
const WIN_ANSI: Record<number, string> = { 0x80: '€', 0x85: '…', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—' };

/**
 * The text drawn on the pages of a pdfkit PDF, lines joined by spaces so that a sentence wrapped
 * over lines still reads as one (content streams inflated, hex glyph strings decoded).
 */
export function pdfText(pdf: Buffer | string): string {
  const raw = (typeof pdf === 'string' ? Buffer.from(pdf, 'latin1') : pdf).toString('latin1');
  const lines: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const tj of content.matchAll(/\[(.*?)\]\s*TJ/g)) {
      const bytes = [...tj[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].flatMap((h) => [...Buffer.from(h[1]!, 'hex')]);
      lines.push(bytes.map((b) => WIN_ANSI[b] ?? String.fromCharCode(b)).join(''));
    }
  }
  return lines.join(' ').replace(/[\s\u00a0]+/g, ' ');
}
