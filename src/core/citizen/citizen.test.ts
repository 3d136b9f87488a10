import { expect, it } from 'vitest';
import { describeDb } from '../../../test/db.ts';
import { insertGuardianship, insertTestPerson, insertTestResident, insertTestUser, testHetu } from '../../../test/fixtures.ts';
import { testApp } from '../../../test/http.ts';
import { verifyAuditChain } from '../audit/audit.ts';
import { AccessControl } from '../access/access-control.ts';
import { coreActions, defineAction, defineCitizenAction, citizenChild, citizenSelf, globalRole } from '../access/actions.ts';

// Core tests build the app with the core routes only.
const core = { registers: [] };

describeDb('citizen login and own data', (ctx) => {
  it('logs a resident in by the test identification and shows their own data, address even under turvakielto', async () => {
    const t = await testApp(ctx.database, core);
    const me = await insertTestResident(ctx.db, { firstNames: 'Maija Liisa', lastName: 'Kuntalainen', nonDisclosure: true });
    await ctx.db.insertInto('person_address').values({ person_id: me.id, street_address: 'Salakuja 1', postal_code: '00100', post_office: 'Helsinki', valid_from: '2020-01-01' }).execute();
    const child = await insertTestPerson(ctx.db, { firstNames: 'Pikku', lastName: 'Kuntalainen', birthDate: '2021-05-01' });
    const grown = await insertTestPerson(ctx.db, { firstNames: 'Iso', lastName: 'Kuntalainen', birthDate: '2000-05-01' });
    const former = await insertTestPerson(ctx.db, { firstNames: 'Entinen', lastName: 'Huollettava', birthDate: '2019-05-01' });
    await insertGuardianship(ctx.db, me.id, child, '2021-05-01');
    await insertGuardianship(ctx.db, me.id, grown, '2000-05-01');
    await insertGuardianship(ctx.db, me.id, former, '2019-05-01', '2024-12-31');

    const res = await t.app.fastify.inject({ method: 'POST', url: '/api/v1/citizen/auth/test-login', payload: { hetu: me.hetu } });
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^varanto_citizen_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);

    const c = await t.citizen(me.hetu);
    const body = (await c.get('/api/v1/citizen/me')).body;
    expect(body.person).toMatchObject({ id: me.id, firstNames: 'Maija Liisa', lastName: 'Kuntalainen', nonDisclosure: true });
    expect(body.person.address).toEqual({ streetAddress: 'Salakuja 1', postalCode: '00100', postOffice: 'Helsinki', validFrom: '2020-01-01' });
    // Children under guardianship today only: not the adult, not one whose guardianship ended.
    expect(body.children).toEqual([{ id: child, firstNames: 'Pikku', lastName: 'Kuntalainen' }]);
    expect(JSON.stringify(body)).not.toContain(me.hetu);

    const events = await ctx.db.selectFrom('audit_event').selectAll().where('event', 'in', ['CitizenLogin', 'CitizenSelfRead']).orderBy('chain_no').execute();
    expect(events.map((e) => [e.event, e.actor_kind, e.actor_person_id, e.actor_user_id])).toEqual([
      ['CitizenLogin', 'citizen', me.id, null],
      ['CitizenLogin', 'citizen', me.id, null],
      ['CitizenSelfRead', 'citizen', me.id, null],
    ]);
    expect(events[2]!.person_ids.sort()).toEqual([me.id, child].sort());
    expect((await verifyAuditChain(ctx.db)).ok).toBe(true);
    await t.close();
  });

  it('refuses unknown and malformed henkilötunnukset without echoing them, and is off without demo data', async () => {
    const t = await testApp(ctx.database, core);
    const unknown = testHetu('1990-01-01');
    const res = await t.anonymous.post('/api/v1/citizen/auth/test-login', { hetu: unknown });
    expect(res.status).toBe(401);
    expect(res.raw).not.toContain('010190');
    const bad = await t.anonymous.post('/api/v1/citizen/auth/test-login', { hetu: '123456-7890' });
    expect(bad.status).toBe(400);
    expect(bad.raw).not.toContain('123456');
    const dead = await insertTestResident(ctx.db, { dateOfDeath: '2024-01-01' } as any);
    expect((await t.anonymous.post('/api/v1/citizen/auth/test-login', { hetu: dead.hetu })).status).toBe(401);
    expect((await t.anonymous.get('/api/v1/public/citizen-login')).body).toMatchObject({ testLogin: true, suomifi: false });
    await t.close();

    const prod = await testApp(ctx.database, { ...core, citizenTestLogin: false });
    const me = await insertTestResident(ctx.db);
    expect((await prod.anonymous.post('/api/v1/citizen/auth/test-login', { hetu: me.hetu })).status).toBe(404);
    expect((await prod.anonymous.get('/api/v1/public/citizen-login')).body).toEqual({ testLogin: false, suomifi: false, demoResidents: [] });
    await prod.close();
  });

  it('keeps the staff and resident principals apart, checks CSRF, expires idle sessions and logs out', async () => {
    const t = await testApp(ctx.database, core);
    const me = await insertTestResident(ctx.db);
    const c = await t.citizen(me.hetu);
    const staff = await t.as([{ role: 'registry_officer' }]);
    // The resident's cookie is no staff session, and the staff cookie is no resident's.
    expect((await c.get('/api/v1/auth/me')).status).toBe(401);
    expect((await c.get(`/api/v1/persons/${me.id}`)).status).toBe(401);
    expect((await staff.get('/api/v1/citizen/me')).status).toBe(401);
    const both = await t.app.fastify.inject({ method: 'GET', url: '/api/v1/citizen/me', headers: { cookie: `${staff.cookie}; ${c.cookie}` } });
    expect(both.json().person.id).toBe(me.id);
    // CSRF as for staff.
    const noCsrf = await t.app.fastify.inject({ method: 'POST', url: '/api/v1/citizen/auth/logout', headers: { cookie: c.cookie } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('csrf');
    // Idle expiry (60 minutes by default).
    t.clock.set('2025-10-15T10:01:00+03:00');
    expect((await c.get('/api/v1/citizen/me')).status).toBe(401);
    const again = await t.citizen(me.hetu);
    expect((await again.post('/api/v1/citizen/auth/logout')).status).toBe(200);
    expect((await again.get('/api/v1/citizen/me')).status).toBe(401);
    await t.close();
  });

  it("shows staff reads of the resident's own data by role and unit, never the staff member", async () => {
    const t = await testApp(ctx.database, core);
    const me = await insertTestResident(ctx.db);
    const other = await insertTestResident(ctx.db);
    const officer = await insertTestUser(ctx.db, [{ role: 'registry_officer' }], 'officer.named');
    const staff = await t.login(officer.username);
    expect((await staff.get(`/api/v1/persons/${me.id}`)).status).toBe(200);
    expect((await staff.get(`/api/v1/persons/${other.id}`)).status).toBe(200);
    const c = await t.citizen(me.hetu);
    await c.get('/api/v1/citizen/me');
    const trail = (await c.get('/api/v1/citizen/audit-trail')).body.events;
    // One staff read: the resident's own use and another person's read are not listed.
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ event: 'PersonRead', roles: [{ fi: 'Kirjaamo (tietopyynnöt)', sv: 'Registratur (informationsbegäran)', en: 'Registry officer (information requests)' }] });
    const raw = JSON.stringify(trail);
    expect(raw).not.toContain(officer.id);
    expect(raw).not.toContain('officer.named');
    await t.close();
  });

  it('decides citizen rules: self, child under guardianship today, nothing for staff, no staff rule for a resident', async () => {
    const me = await insertTestResident(ctx.db);
    const child = await insertTestPerson(ctx.db, { birthDate: '2020-01-01' });
    const ended = await insertTestPerson(ctx.db, { birthDate: '2020-01-01' });
    const stranger = await insertTestPerson(ctx.db, { birthDate: '2020-01-01' });
    await insertGuardianship(ctx.db, me.id, child);
    await insertGuardianship(ctx.db, me.id, ended, '2020-01-01', '2025-06-30');
    const selfRead = defineCitizenAction('Test.SELF', 'person', citizenSelf);
    const childRead = defineCitizenAction('Test.CHILD', 'person', citizenChild);
    const staffRead = defineAction('Test.STAFF', 'person', globalRole('*'));
    const ac = new AccessControl([...Object.values(coreActions), selfRead, childRead, staffRead], []);
    const resident = { userId: '', grants: [], citizenPersonId: me.id };
    const ids = [me.id, child, ended, stranger];
    expect([...(await ac.allowed(ctx.db, resident, 'Test.SELF', ids, '2025-10-15'))]).toEqual([me.id]);
    expect([...(await ac.allowed(ctx.db, resident, 'Test.CHILD', ids, '2025-10-15'))]).toEqual([child]);
    // The ended guardianship was in force in the spring.
    expect([...(await ac.allowed(ctx.db, resident, 'Test.CHILD', ids, '2025-03-01'))].sort()).toEqual([child, ended].sort());
    expect(await ac.allowed(ctx.db, resident, 'Test.STAFF', ids, '2025-10-15')).toEqual(new Set());
    const admin = { userId: '00000000-0000-4000-8000-000000000009', grants: [{ role: 'admin', unitId: null }] };
    expect(await ac.allowed(ctx.db, admin, 'Test.CHILD', ids, '2025-10-15')).toEqual(new Set());
    expect(ac.hasPermission(admin, coreActions.citizenReadSelf.name)).toBe(false);
    expect(ac.hasPermission(resident, coreActions.personSearch.name)).toBe(false);
    expect(() => defineAction('Test.MIXED', 'person', citizenSelf as any)).toThrow(/citizen rule/);
  });
});
