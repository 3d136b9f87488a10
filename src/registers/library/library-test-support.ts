// Test fixtures of the library register: each test creates its own library, librarian,
// collection and patrons.
import { expect } from 'vitest';
import type { Database } from '../../core/db/database.ts';
import type { PersonId, UnitId } from '../../core/ids.ts';
import { insertTestPerson, insertTestUnit } from '../../../test/fixtures.ts';
import { testApp, type TestClient } from '../../../test/http.ts';
import { LIBRARIAN } from './library-access.ts';

let serial = 0;
/** A code unique in the test run, for barcodes and card numbers. */
export const uniqueCode = () => `${Date.now().toString(36)}${(serial++).toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase().slice(-14);

export async function libraryFixture(database: Database, opts: { now?: string } = {}) {
  const t = await testApp(database, { now: opts.now ?? '2025-10-15T09:00:00+03:00' });
  const unit = await insertTestUnit(database.db, { name: `Kirjasto ${uniqueCode()}`, kind: 'library', registerId: 'library' });
  const librarian = await t.as([{ role: LIBRARIAN, unitId: unit }]);

  /** Adds a copy (and its title) to the library; returns its barcode and ids. */
  const addItem = async (a: { title?: string; author?: string; itemType?: string; biblioId?: string; unitId?: UnitId; client?: TestClient } = {}) => {
    const barcode = `B${uniqueCode()}`;
    const res = await (a.client ?? librarian).post('/api/v1/library/items', {
      unitId: a.unitId ?? unit,
      barcode,
      ...(a.biblioId ? { biblioId: a.biblioId } : { title: a.title ?? 'Tuntematon sotilas', author: a.author ?? 'Linna, Väinö' }),
      ...(a.itemType ? { itemType: a.itemType } : {}),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return { barcode, itemId: res.body.id as string, biblioId: res.body.biblioId as string };
  };

  /** Registers an adult patron at the library; returns the person, patron id and card. */
  const addPatron = async (a: { birthDate?: string; pin?: string; selfService?: boolean; client?: TestClient; unitId?: UnitId } = {}) => {
    const person = await insertTestPerson(database.db, { birthDate: a.birthDate ?? '1980-01-01' });
    const card = `C${uniqueCode()}`;
    const res = await (a.client ?? librarian).post('/api/v1/library/patrons', {
      personId: person,
      unitId: a.unitId ?? unit,
      cardNumber: card,
      pin: a.pin ?? '1234',
      ...(a.selfService ? { selfService: true } : {}),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return { person: person as PersonId, patronId: res.body.id as string, card };
  };

  return { t, unit, librarian, addItem, addPatron, close: () => t.close() };
}
