import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeDb } from '../../../../test/db.ts';
import { insertTestPerson } from '../../../../test/fixtures.ts';
import { addRelationship } from '../../../core/persons/person.queries.ts';
import { library } from '../index.ts';
import { LIBRARY_ADMIN } from '../library-access.ts';
import { libraryFixture, uniqueCode } from '../library-test-support.ts';

describeDb('self-service library door', (ctx) => {
  const setup = async () => {
    const f = await libraryFixture(ctx.database);
    const admin = await f.t.as([{ role: LIBRARY_ADMIN }]);
    const login = `door-${uniqueCode().toLowerCase()}`;
    const device = await admin.post('/api/v1/library/devices', { unitId: f.unit, kind: 'door', name: 'Pääovi', login, secret: 'door-secret-123' });
    expect(device.status).toBe(201);
    const open = async (cardNumber: string, pin: string, secret = 'door-secret-123') => {
      const res = await f.t.app.fastify.inject({
        method: 'POST',
        url: '/api/v1/public/library/door-access',
        headers: { authorization: `Basic ${Buffer.from(`${login}:${secret}`).toString('base64')}` },
        payload: { cardNumber, pin },
      });
      return { status: res.statusCode, body: res.json() };
    };
    return { ...f, admin, deviceId: device.body.id as string, open };
  };

  it('opens only with a known device, the right PIN and the self-service terms, and logs every attempt as the door', async () => {
    const f = await setup();
    const { card, person, patronId } = await f.addPatron({ pin: '4321', selfService: true });
    const other = await f.addPatron({ pin: '4321' });
    expect((await f.open(card, '4321', 'wrong-secret')).status).toBe(401);
    expect((await f.open(card, '0000')).body).toMatchObject({ open: false, outcome: 'wrong_pin', message: { fi: 'Väärä PIN-koodi.' } });
    expect((await f.open(card, '4321')).body).toMatchObject({ open: true, outcome: 'opened' });
    expect((await f.open('NOSUCHCARD1', '4321')).body.outcome).toBe('unknown_card');
    expect((await f.open(other.card, '4321')).body.outcome).toBe('no_self_service');
    const events = await ctx.db.selectFrom('library_door_event').select(['outcome', 'device_id']).where('patron_id', '=', patronId).orderBy('occurred_at').execute();
    expect(events.map((e) => e.outcome).sort()).toEqual(['opened', 'wrong_pin']);
    expect(events.every((e) => e.device_id === f.deviceId)).toBe(true);
    const audit = await ctx.db.selectFrom('audit_event').select(['actor_kind', 'object_ids', 'purpose']).where('event', '=', 'LibraryDoorAccess').where(sql<boolean>`${person}::uuid = any(person_ids)`).execute();
    expect(audit).toHaveLength(2);
    for (const a of audit) expect(a).toMatchObject({ actor_kind: 'system', purpose: 'self_service', object_ids: [f.deviceId, expect.any(String)] });
    const shown = await f.librarian.get(`/api/v1/library/patrons/${person}`);
    expect(shown.body.doorEvents.map((d: { outcome: string }) => d.outcome).sort()).toEqual(['opened', 'wrong_pin']);
    const records = await library.findByPerson(ctx.db, person, { clock: f.t.clock });
    expect(records.filter((r) => r.title.en.startsWith('Self-service')).length).toBe(2);
    await f.close();
  });

  it('keeps out a child under the age limit and a patron with a borrowing ban', async () => {
    const f = await setup();
    const child = await insertTestPerson(ctx.db, { birthDate: '2013-01-01' });
    const guardian = await insertTestPerson(ctx.db, { birthDate: '1980-01-01' });
    await ctx.db.transaction().execute((tx) => addRelationship(tx, { kind: 'guardian', personId: guardian, relatedPersonId: child, validFrom: '2013-01-01' }));
    const card = `K${uniqueCode()}`;
    await f.librarian.post('/api/v1/library/patrons', { personId: child, unitId: f.unit, cardNumber: card, pin: '1234', guardianConsentPersonId: guardian, selfService: true });
    expect((await f.open(card, '1234')).body).toMatchObject({ outcome: 'too_young', open: false });
    const adult = await f.addPatron({ selfService: true });
    await f.librarian.post(`/api/v1/library/patrons/${adult.person}/blocks`, { reason: 'lost_card' });
    expect((await f.open(adult.card, '1234')).body.outcome).toBe('blocked');
    await f.close();
  });

  it('locks the PIN after the municipal number of wrong attempts until a librarian sets a new one', async () => {
    const f = await setup();
    const { card, person } = await f.addPatron({ selfService: true });
    for (let i = 0; i < 5; i++) expect((await f.open(card, '9999')).body.outcome).toBe('wrong_pin');
    expect((await f.open(card, '1234')).body.outcome).toBe('pin_locked');
    await f.librarian.request('PATCH', `/api/v1/library/patrons/${person}`, { pin: '5678' });
    expect((await f.open(card, '5678')).body.outcome).toBe('opened');
    // A disabled door is refused.
    await f.admin.post(`/api/v1/library/devices/${f.deviceId}/disable`);
    expect((await f.open(card, '5678')).status).toBe(401);
    await f.close();
  });

  it('counts the visits for the statistics', async () => {
    const f = await setup();
    const { card } = await f.addPatron({ selfService: true });
    await f.open(card, '1234');
    const stat = library.statistics.find((s) => s.id === 'self-service-visits')!;
    const rows = await stat.compute(ctx.db, { from: '2025-10-01', to: '2025-10-31' });
    const unitName = (await ctx.db.selectFrom('organisation_unit').select('name').where('id', '=', f.unit).executeTakeFirstOrThrow()).name;
    expect(rows.find((r) => r.dims.unit === unitName)?.values.visits).toBe(1);
    await f.close();
  });
});
