import { expect, it } from 'vitest';
import { describeDb } from '../../../../test/db.ts';
import { insertTestPerson, insertTestUnit } from '../../../../test/fixtures.ts';
import type { PersonId } from '../../../core/ids.ts';
import { addRelationship } from '../../../core/persons/person.queries.ts';
import { library } from '../index.ts';
import { LIBRARIAN } from '../library-access.ts';
import { libraryFixture, uniqueCode } from '../library-test-support.ts';

describeDb('library patrons', (ctx) => {
  it('registers a patron with an argon2id-hashed PIN and shows the card without it', async () => {
    const f = await libraryFixture(ctx.database);
    const { person, patronId, card } = await f.addPatron({ pin: '4321' });
    const row = await ctx.db.selectFrom('library_patron').select('pin_hash').where('id', '=', patronId).executeTakeFirstOrThrow();
    expect(row.pin_hash).toMatch(/^\$argon2id\$/);
    expect(row.pin_hash).not.toContain('4321');
    const res = await f.librarian.get(`/api/v1/library/patrons/${person}`);
    expect(res.body.patron).toMatchObject({ cardNumber: card, active: true, registeredOn: '2025-10-15', pinLocked: false, guardian: null });
    expect(res.raw).not.toContain('argon2');
    const twice = await f.librarian.post('/api/v1/library/patrons', { personId: person, unitId: f.unit, cardNumber: `C${uniqueCode()}`, pin: '1234' });
    expect(twice.body.error.code).toBe('patron_exists');
    const taken = await f.librarian.post('/api/v1/library/patrons', { personId: await insertTestPerson(ctx.db), unitId: f.unit, cardNumber: card, pin: '1234' });
    expect(taken.body.error.code).toBe('card_number_taken');
    const badPin = await f.librarian.post('/api/v1/library/patrons', { personId: await insertTestPerson(ctx.db), unitId: f.unit, cardNumber: `C${uniqueCode()}`, pin: '12' });
    expect(badPin.status).toBe(400);
    await f.close();
  });

  it("requires a guardian's consent for a child under the age of the library rules and records the guardian", async () => {
    const f = await libraryFixture(ctx.database);
    const child = await insertTestPerson(ctx.db, { birthDate: '2015-03-01' });
    const guardian = await insertTestPerson(ctx.db, { birthDate: '1985-03-01' });
    const stranger = await insertTestPerson(ctx.db, { birthDate: '1985-03-01' });
    await ctx.db.transaction().execute((tx) => addRelationship(tx, { kind: 'guardian', personId: guardian, relatedPersonId: child, validFrom: '2015-03-01' }));
    const card = `C${uniqueCode()}`;
    const without = await f.librarian.post('/api/v1/library/patrons', { personId: child, unitId: f.unit, cardNumber: card, pin: '1234' });
    expect(without.body.error).toMatchObject({ code: 'guardian_consent_required', message: { fi: 'Alle 15-vuotiaan kirjastokorttiin tarvitaan huoltajan suostumus.' } });
    const wrong = await f.librarian.post('/api/v1/library/patrons', { personId: child, unitId: f.unit, cardNumber: card, pin: '1234', guardianConsentPersonId: stranger });
    expect(wrong.status).toBe(400);
    const ok = await f.librarian.post('/api/v1/library/patrons', { personId: child, unitId: f.unit, cardNumber: card, pin: '1234', guardianConsentPersonId: guardian });
    expect(ok.status).toBe(201);
    const shown = await f.librarian.get(`/api/v1/library/patrons/${child}`);
    expect(shown.body.patron).toMatchObject({ guardianConsentOn: '2025-10-15', guardian: { id: guardian } });
    const ev = await ctx.db.selectFrom('audit_event').select('person_ids').where('event', '=', 'LibraryPatronRead').where('actor_user_id', '=', f.librarian.userId).executeTakeFirstOrThrow();
    expect(ev.person_ids.sort()).toEqual([child, guardian].sort());
    const records = await library.findByPerson(ctx.db, guardian as PersonId, { clock: f.t.clock });
    expect(records).toEqual([expect.objectContaining({ role: 'reference', datasetId: 'patrons', otherPersonIds: [child] })]);
    await f.close();
  });

  it('replaces a lost card, sets a new PIN that unlocks it, and closes a card only without loans or fees', async () => {
    const f = await libraryFixture(ctx.database);
    const { person, patronId, card } = await f.addPatron();
    const { barcode } = await f.addItem();
    await ctx.db.updateTable('library_patron').set({ pin_failures: 9 }).where('id', '=', patronId).execute();
    expect((await f.librarian.get(`/api/v1/library/patrons/${person}`)).body.patron.pinLocked).toBe(true);
    const newCard = `N${uniqueCode()}`;
    const res = await f.librarian.request('PATCH', `/api/v1/library/patrons/${person}`, { cardNumber: newCard, pin: '9876', selfService: true });
    expect(res.status).toBe(200);
    const shown = (await f.librarian.get(`/api/v1/library/patrons/${person}`)).body.patron;
    expect(shown).toMatchObject({ cardNumber: newCard, pinLocked: false, selfServiceFrom: '2025-10-15' });
    const old = await f.librarian.post('/api/v1/library/desk/lookup', { unitId: f.unit, cardNumber: card });
    expect(old.body.error.code).toBe('patron_not_found');
    await f.librarian.post('/api/v1/library/desk/checkout', { unitId: f.unit, cardNumber: newCard, barcode });
    const refused = await f.librarian.request('PATCH', `/api/v1/library/patrons/${person}`, { close: true });
    expect(refused.body.error.code).toBe('patron_has_loans_or_fees');
    await f.librarian.post('/api/v1/library/checkin', { unitId: f.unit, barcode });
    expect((await f.librarian.request('PATCH', `/api/v1/library/patrons/${person}`, { close: true })).status).toBe(200);
    expect((await ctx.db.selectFrom('library_patron').select('closed_on').where('id', '=', patronId).executeTakeFirstOrThrow()).closed_on).toBe('2025-10-15');
    // A closed card ends the client relationship, and with it the librarian's need to know.
    expect((await f.librarian.get(`/api/v1/library/patrons/${person}`)).status).toBe(404);
    expect((await f.librarian.post('/api/v1/library/desk/lookup', { unitId: f.unit, cardNumber: newCard })).status).toBe(404);
    await f.close();
  });

  it('hides a patron from a librarian of another library and logs the denied attempt', async () => {
    const f = await libraryFixture(ctx.database);
    const other = await insertTestUnit(ctx.db, { name: 'Sivukirjasto', kind: 'library', registerId: 'library' });
    const outsider = await f.t.as([{ role: LIBRARIAN, unitId: other }]);
    const { person } = await f.addPatron();
    expect((await f.librarian.get(`/api/v1/library/patrons/${person}`)).status).toBe(200);
    const res = await outsider.get(`/api/v1/library/patrons/${person}`);
    expect(res.status).toBe(404);
    const denied = await ctx.db.selectFrom('audit_event').select(['outcome', 'person_ids']).where('actor_user_id', '=', outsider.userId).where('event', '=', 'LibraryPatronRead').executeTakeFirst();
    expect(denied).toEqual({ outcome: 'denied', person_ids: [person] });
    // Nor may the outsider register patrons at a library where they do not work.
    const reg = await outsider.post('/api/v1/library/patrons', { personId: await insertTestPerson(ctx.db), unitId: f.unit, cardNumber: `C${uniqueCode()}`, pin: '1234' });
    expect(reg.status).toBe(404);
    await f.close();
  });

  it('tells everything held about a patron for an information request, without the PIN hash', async () => {
    const f = await libraryFixture(ctx.database);
    const { person, card } = await f.addPatron();
    const { barcode } = await f.addItem({ title: 'Tietopyyntö' });
    await f.librarian.post('/api/v1/library/desk/checkout', { unitId: f.unit, cardNumber: card, barcode });
    await f.librarian.post(`/api/v1/library/patrons/${person}/blocks`, { reason: 'other' });
    const records = await library.findByPerson(ctx.db, person, { clock: f.t.clock });
    expect(records.map((r) => r.datasetId).sort()).toEqual(['loans', 'patrons', 'patrons']);
    expect(records.find((r) => r.datasetId === 'loans')!.data).toMatchObject({ title: 'Tietopyyntö', barcode, dueOn: '2025-11-12' });
    expect(JSON.stringify(records)).not.toContain('argon2');
    await f.close();
  });
});
