import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeDb } from '../../../../test/db.ts';
import { libraryFixture, uniqueCode } from '../library-test-support.ts';
import { readIso2709, writeIso2709, type MarcRecord } from './marc.ts';

const file = (name: string) => readFileSync(new URL(`./test-data/${name}`, import.meta.url));

describeDb('library catalogue', (ctx) => {
  it('refuses a file with malformed records as a whole, naming each record, and imports the good ones only when asked to skip', async () => {
    const f = await libraryFixture(ctx.database);
    const data = file('pymarc-bad_records.mrc').toString('base64');
    const before = await ctx.db.selectFrom('library_biblio').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const refused = await f.librarian.post('/api/v1/library/biblios/import', { unitId: f.unit, format: 'iso2709', data });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('marc_invalid_records');
    expect(refused.body.error.details.problems.map((p: { position: number }) => p.position)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(refused.body.error.details.problems[0].message.sv).toBe('Postens basadress är felaktig.');
    const after = await ctx.db.selectFrom('library_biblio').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));

    const skipped = await f.librarian.post('/api/v1/library/biblios/import', { unitId: f.unit, format: 'iso2709', data, skipInvalid: true });
    expect(skipped.status).toBe(200);
    expect(skipped.body).toMatchObject({ records: 2, created: 2, updated: 0, items: 0 });
    expect(skipped.body.problems).toHaveLength(6);
    await f.close();
  });

  it('imports MARCXML, updates a record when it is imported again, and finds it by words, ISBN and author', async () => {
    const f = await libraryFixture(ctx.database);
    const data = file('natlibfi-marcxml-2RecordsFrom1.xml').toString('utf8');
    const first = await f.librarian.post('/api/v1/library/biblios/import', { unitId: f.unit, format: 'marcxml', data });
    expect(first.body).toMatchObject({ records: 2, problems: [] });
    const again = await f.librarian.post('/api/v1/library/biblios/import', { unitId: f.unit, format: 'marcxml', data });
    expect(again.body).toMatchObject({ records: 2, created: 0, updated: 2 });
    const found = await f.librarian.get('/api/v1/library/catalogue?q=boine%20eight');
    expect(found.status).toBe(200);
    expect(found.body.results.map((r: { author: string }) => r.author)).toEqual(['Boine, Mari']);
    // Prefixes of words, in any case, with Finnish letters.
    const subject = await f.librarian.get(`/api/v1/library/catalogue?q=${encodeURIComponent('SAAMELAI')}`);
    expect(subject.body.results.map((r: { author: string }) => r.author)).toContain('Boine, Mari');
    const none = await f.librarian.get('/api/v1/library/catalogue?q=zzzzqqq');
    expect(none.body).toEqual({ total: 0, results: [] });
    await f.close();
  });

  it("creates the copies of Koha's 952 holdings and refuses a barcode that belongs to another title", async () => {
    const f = await libraryFixture(ctx.database);
    const [read] = readIso2709(file('pymarc-test.dat'));
    const record = (read as { record: MarcRecord }).record;
    const code = `M${uniqueCode()}`;
    const withCopy: MarcRecord = { ...record, fields: [...record.fields, { tag: '952', ind1: ' ', ind2: ' ', subfields: [['p', code], ['y', 'BOOK'], ['o', '004.43 MAR']] }] };
    const data = Buffer.from(writeIso2709(withCopy)).toString('base64');
    const res = await f.librarian.post('/api/v1/library/biblios/import', { unitId: f.unit, format: 'iso2709', data });
    expect(res.body).toMatchObject({ records: 1, items: 1 });
    const item = await ctx.db.selectFrom('library_item').select(['item_type', 'call_number', 'unit_id']).where('barcode', '=', code).executeTakeFirstOrThrow();
    expect(item).toEqual({ item_type: 'book', call_number: '004.43 MAR', unit_id: f.unit });
    // The same barcode under another record (no 001) is refused.
    const other: MarcRecord = { leader: record.leader, fields: [{ tag: '245', ind1: '0', ind2: '0', subfields: [['a', 'Toinen kirja']] }, { tag: '952', ind1: ' ', ind2: ' ', subfields: [['p', code]] }] };
    const clash = await f.librarian.post('/api/v1/library/biblios/import', { unitId: f.unit, format: 'iso2709', data: Buffer.from(writeIso2709(other)).toString('base64') });
    expect(clash.status).toBe(400);
    expect(clash.body.error.details.problems[0].code).toBe('barcode_taken');
    await f.close();
  });

  it('shows each copy as available or on loan with its due date, without the borrower', async () => {
    const f = await libraryFixture(ctx.database);
    const title = `Kirja ${uniqueCode()}`;
    const a = await f.addItem({ title });
    const b = await f.addItem({ biblioId: a.biblioId });
    const patron = await f.addPatron();
    await f.librarian.post('/api/v1/library/desk/checkout', { unitId: f.unit, cardNumber: patron.card, barcode: a.barcode });
    const res = await f.librarian.get(`/api/v1/library/catalogue?q=${encodeURIComponent(title)}`);
    const [hit] = res.body.results;
    expect(hit.copies.map((c: { barcode: string; status: string; dueOn: string | null }) => [c.barcode, c.status, c.dueOn])).toEqual(
      [
        [a.barcode, 'on_loan', '2025-11-12'],
        [b.barcode, 'available', null],
      ].sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    );
    expect(JSON.stringify(res.body)).not.toContain(patron.person);
    // A barcode finds its title exactly.
    const byBarcode = await f.librarian.get(`/api/v1/library/catalogue?q=${b.barcode}`);
    expect(byBarcode.body.results.map((r: { id: string }) => r.id)).toEqual([a.biblioId]);
    await f.close();
  });

  it('validates new copies: unknown item type, taken barcode, invalid ISBN', async () => {
    const f = await libraryFixture(ctx.database);
    const { barcode } = await f.addItem();
    const taken = await f.librarian.post('/api/v1/library/items', { unitId: f.unit, barcode, title: 'X' });
    expect(taken.status).toBe(409);
    const type = await f.librarian.post('/api/v1/library/items', { unitId: f.unit, barcode: `B${uniqueCode()}`, title: 'X', itemType: 'spaceship' });
    expect(type.body.error.code).toBe('unknown_item_type');
    const isbn = await f.librarian.post('/api/v1/library/items', { unitId: f.unit, barcode: `B${uniqueCode()}`, title: 'X', isbn: '978-951-0-43284-7' });
    expect(isbn.body.error).toMatchObject({ code: 'invalid_isbn', message: { fi: 'ISBN-tunnus on virheellinen.' } });
    await f.close();
  });
});
