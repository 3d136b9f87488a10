import { describe, expect, it } from 'vitest';
import { describeDb } from '../../../test/db.ts';
import { insertTestPerson, insertTestUnit, testHetu } from '../../../test/fixtures.ts';
import { testApp } from '../../../test/http.ts';
import { addRelationship, getFamilyOn, getPersonDetails, searchPersonsByName } from './person.queries.ts';
import { normalizeNewPerson } from './person.queries.ts';

describe('normalizeNewPerson', () => {
  it('derives the birth date and sex from the henkilötunnus', () => {
    const p = normalizeNewPerson({ hetu: '010594Y9032', firstNames: 'Testi', lastName: 'Henkilö' });
    expect(p.birthDate).toBe('1994-05-01');
    expect(p.sex).toBe('male');
    expect(p.hetuTemporary).toBe(true);
  });
  it('rejects a birth date that contradicts the henkilötunnus', () => {
    expect(() => normalizeNewPerson({ hetu: '010594Y9032', birthDate: '1994-05-02', firstNames: 'A', lastName: 'B' })).toThrow(/birth date/);
  });
  it('requires a birth date from a person without a henkilötunnus', () => {
    expect(() => normalizeNewPerson({ firstNames: 'A', lastName: 'B' })).toThrow(/Birth date/);
  });
  it('requires the calling name to be one of the first names', () => {
    expect(() => normalizeNewPerson({ firstNames: 'Anna-Liisa Maria', callingName: 'Liisa', lastName: 'B', birthDate: '2000-01-01' })).not.toThrow();
    expect(() => normalizeNewPerson({ firstNames: 'Anna Maria', callingName: 'Kaisa', lastName: 'B', birthDate: '2000-01-01' })).toThrow(/calling name/);
  });
});

describeDb('person register', (ctx) => {
  it('finds a person by name regardless of ä/ö, case, word order and a missing middle name', async () => {
    const id = await insertTestPerson(ctx.db, { firstNames: 'Mikko Juhani', lastName: 'Hämäläinen', birthDate: '1970-02-03' });
    await insertTestPerson(ctx.db, { firstNames: 'Liisa', lastName: 'Korhonen', birthDate: '1971-02-03' });
    for (const query of ['mikko hämäläinen', 'Hamalainen Mikko', 'HÄMÄLÄINEN', 'Mikko Juhani Hämäläinen', 'hämälänen mikko']) {
      const hits = await ctx.db.transaction().execute((tx) => searchPersonsByName(tx, { query, limit: 10 }));
      expect(hits.map((h) => h.id), query).toContain(id);
      expect(hits[0]!.id, query).toBe(id);
    }
  });

  it('finds a person by a previous name and says so', async () => {
    const id = await insertTestPerson(ctx.db, {
      firstNames: 'Maija',
      lastName: 'Lindholm',
      birthDate: '1980-06-01',
      previousNames: [{ firstNames: 'Maija', lastName: 'Öhman', changedOn: '2005-06-01' }],
    });
    const hits = await ctx.db.transaction().execute((tx) => searchPersonsByName(tx, { query: 'maija ohman', limit: 10 }));
    const hit = hits.find((h) => h.id === id);
    expect(hit?.matchedPreviousName).toBe(true);
  });

  it('finds hyphenated first names and filters by birth date', async () => {
    const a = await insertTestPerson(ctx.db, { firstNames: 'Anna-Kaisa', lastName: 'Wirtanen', birthDate: '1990-01-01' });
    const b = await insertTestPerson(ctx.db, { firstNames: 'Anna-Kaisa', lastName: 'Wirtanen', birthDate: '1991-01-01' });
    const hits = await ctx.db.transaction().execute((tx) => searchPersonsByName(tx, { query: 'anna kaisa virtanen', birthDate: '1991-01-01', limit: 10 }));
    expect(hits.map((h) => h.id)).toEqual([b]);
    expect(hits.map((h) => h.id)).not.toContain(a);
  });

  it('hides address, municipality and contact details under turvakielto unless permitted', async () => {
    const id = await insertTestPerson(ctx.db, {
      firstNames: 'Salainen',
      lastName: 'Henkilö',
      nonDisclosure: true,
      municipalityCode: '091',
      phone: '0401234567',
      address: { streetAddress: 'Piilotie 1', postalCode: '00100', postOffice: 'HELSINKI', validFrom: '2020-01-01' },
    });
    const hidden = await getPersonDetails(ctx.db, id, { today: '2025-01-01', mayReadNonDisclosed: false });
    expect(hidden).toMatchObject({ addresses: [], municipalityCode: null, phone: null, addressHidden: true });
    const shown = await getPersonDetails(ctx.db, id, { today: '2025-01-01', mayReadNonDisclosed: true });
    expect(shown?.addresses[0]?.streetAddress).toBe('Piilotie 1');
    expect(shown?.addressHidden).toBe(false);
  });

  it('computes the family of a guardian on a date from partner periods and children in custody', async () => {
    const mother = await insertTestPerson(ctx.db, { birthDate: '1985-01-01' });
    const father = await insertTestPerson(ctx.db, { birthDate: '1984-01-01' });
    const child = await insertTestPerson(ctx.db, { birthDate: '2020-05-05' });
    const adultChild = await insertTestPerson(ctx.db, { birthDate: '2000-05-05' });
    await ctx.db.transaction().execute(async (tx) => {
      await addRelationship(tx, { kind: 'partner', personId: mother, relatedPersonId: father, validFrom: '2015-01-01', validTo: '2024-12-31' });
      await addRelationship(tx, { kind: 'guardian', personId: father, relatedPersonId: child, validFrom: '2020-05-05' });
      await addRelationship(tx, { kind: 'guardian', personId: mother, relatedPersonId: adultChild, validFrom: '2000-05-05' });
    });
    const during = await getFamilyOn(ctx.db, mother, '2024-06-01');
    expect(new Set(during.adults)).toEqual(new Set([mother, father]));
    expect(during.children).toEqual([child]);
    const after = await getFamilyOn(ctx.db, mother, '2025-06-01');
    expect(after).toEqual({ adults: [mother], children: [] });
  });

  describe('over HTTP', () => {
    it('searches by henkilötunnus in the body and logs who searched whom', async () => {
      const t = await testApp(ctx.database);
      const hetu = testHetu('1975-03-04');
      const id = await insertTestPerson(ctx.db, { hetu, firstNames: 'Etsitty', lastName: 'Henkilö' });
      const officer = await t.as([{ role: 'registry_officer' }]);
      const res = await officer.post('/api/v1/persons/search', { hetu });
      expect(res.status).toBe(200);
      expect(res.body.results.map((r: any) => r.id)).toEqual([id]);
      const events = await ctx.db.selectFrom('audit_event').selectAll().where('actor_user_id', '=', officer.userId).execute();
      const search = events.find((e) => e.event === 'PersonSearch');
      expect(search?.person_ids).toEqual([id]);
      expect(JSON.stringify(events)).not.toContain(hetu);
      await t.close();
    });

    it('answers an invalid henkilötunnus with 400 in three languages without echoing it', async () => {
      const t = await testApp(ctx.database);
      const officer = await t.as([{ role: 'registry_officer' }]);
      const res = await officer.post('/api/v1/persons/search', { hetu: '010190-999K' });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid_hetu');
      expect(Object.keys(res.body.error.message).sort()).toEqual(['en', 'fi', 'sv']);
      expect(res.raw).not.toContain('010190');
      await t.close();
    });

    it('shows unit staff only the persons who are clients of their unit', async () => {
      const t = await testApp(ctx.database);
      const unit = await insertTestUnit(ctx.db);
      const stranger = await insertTestPerson(ctx.db, { firstNames: 'Vieras', lastName: 'Henkilö' });
      const staff = await t.as([{ role: 'admin', unitId: unit }]);
      const res = await staff.get(`/api/v1/persons/${stranger}`);
      expect(res.status).toBe(404);
      expect(res.body.error.message.en).toBe('Not found or no access.');
      const denied = await ctx.db.selectFrom('audit_event').select(['outcome', 'person_ids']).where('actor_user_id', '=', staff.userId).where('event', '=', 'PersonRead').executeTakeFirst();
      expect(denied).toEqual({ outcome: 'denied', person_ids: [stranger] });
      await t.close();
    });

    it('creates a person, rejects a duplicate henkilötunnus and writes nothing on bad input', async () => {
      const t = await testApp(ctx.database);
      const officer = await t.as([{ role: 'registry_officer' }]);
      const hetu = testHetu('2001-09-09');
      const created = await officer.post('/api/v1/persons', { hetu, firstNames: 'Uusi', lastName: 'Asukas' });
      expect(created.status).toBe(201);
      const dup = await officer.post('/api/v1/persons', { hetu, firstNames: 'Toinen', lastName: 'Asukas' });
      expect(dup.status).toBe(409);
      const before = await ctx.db.selectFrom('person').select(ctx.db.fn.countAll().as('n')).executeTakeFirstOrThrow();
      const bad = await officer.post('/api/v1/persons', { firstNames: 'Ilman', lastName: 'Syntymäaikaa' });
      expect(bad.status).toBe(400);
      const after = await ctx.db.selectFrom('person').select(ctx.db.fn.countAll().as('n')).executeTakeFirstOrThrow();
      expect(after.n).toBe(before.n);
      await t.close();
    });
  });
});

describeDb('changing a person', (ctx) => {
  it('keeps the old name as a previous name, so the person is still found by it', async () => {
    const t = await testApp(ctx.database);
    const id = await insertTestPerson(ctx.db, { firstNames: 'Kaisa', lastName: 'Nieminen', birthDate: '1988-08-08' });
    const officer = await t.as([{ role: 'registry_officer' }]);
    expect((await officer.request('PATCH', `/api/v1/persons/${id}`, { lastName: 'Laaksonen' })).status).toBe(200);
    const card = await officer.get(`/api/v1/persons/${id}`);
    expect(card.body.person.lastName).toBe('Laaksonen');
    expect(card.body.person.previousNames).toEqual([{ firstNames: 'Kaisa', lastName: 'Nieminen', changedOn: '2025-10-15' }]);
    const hits = await officer.post('/api/v1/persons/search', { query: 'kaisa nieminen' });
    expect(hits.body.results.find((r: any) => r.id === id)?.matchedPreviousName).toBe(true);
    await t.close();
  });

  it('ends the previous address the day before a new one starts', async () => {
    const t = await testApp(ctx.database);
    const id = await insertTestPerson(ctx.db, { address: { streetAddress: 'Vanhatie 1', postalCode: '99100', postOffice: 'VARANTOLA', validFrom: '2010-01-01' } });
    const officer = await t.as([{ role: 'registry_officer' }, { role: 'non_disclosure_reader' }]);
    const res = await officer.post(`/api/v1/persons/${id}/addresses`, { streetAddress: 'Uusitie 2', postalCode: '99100', postOffice: 'VARANTOLA', validFrom: '2025-06-01' });
    expect(res.status).toBe(201);
    const card = await officer.get(`/api/v1/persons/${id}`);
    expect(card.body.person.addresses.map((a: any) => [a.streetAddress, a.validFrom, a.validTo])).toEqual([
      ['Uusitie 2', '2025-06-01', null],
      ['Vanhatie 1', '2010-01-01', '2025-05-31'],
    ]);
    const bad = await officer.post(`/api/v1/persons/${id}/addresses`, { streetAddress: 'X', postalCode: '123', validFrom: '2025-07-01' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.field).toBe('postalCode');
    await t.close();
  });
});
