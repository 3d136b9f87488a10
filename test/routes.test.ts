import { expect, it } from 'vitest';
import { describeDb } from './db.ts';
import { testApp } from './http.ts';
import { insertGuardianship, insertTestPerson, insertTestResident, insertTestUnit } from './fixtures.ts';
import { coreRoles } from '../src/core/access/roles.ts';
import { allRegisters } from '../src/registers/index.ts';

const SESSION_ACTIONS = new Set(['public', 'login', 'authenticated']);
const SAMPLE_UUID = '00000000-0000-4000-8000-000000000001';

describeDb('every route', (ctx) => {
  it('declares a known action and an audit decision, and public routes only under /public/', async () => {
    const t = await testApp(ctx.database);
    expect(t.app.routes.length).toBeGreaterThan(10);
    for (const r of t.app.routes) {
      expect(SESSION_ACTIONS.has(r.action) || t.app.access.actions.has(r.action), `${r.method} ${r.url}: unknown action ${r.action}`).toBe(true);
      expect(r.audit === null || /^[A-Z][A-Za-z]+$/.test(r.audit), `${r.method} ${r.url}: audit event ${r.audit}`).toBe(true);
      expect(r.action === 'public', `${r.method} ${r.url}`).toBe(r.url.startsWith('/public/'));
      // A route that checks an action on people must log it.
      const def = t.app.access.actions.get(r.action);
      if (def?.target === 'person') expect(r.audit, `${r.method} ${r.url} reads persons without an audit event`).not.toBeNull();
    }
    await t.close();
  });

  it('answers 401 without a session on every non-public route', async () => {
    const t = await testApp(ctx.database);
    for (const r of t.app.routes.filter((r) => !SESSION_ACTIONS.has(r.action))) {
      const url = '/api/v1' + r.url.replace(/:[A-Za-z]+/g, SAMPLE_UUID);
      const res = await t.anonymous.get(url).then((x) => (r.method === 'GET' ? x : t.app.fastify.inject({ method: r.method, url, payload: {} }).then((y) => ({ status: y.statusCode }))));
      expect([401, 400], `${r.method} ${r.url}`).toContain(res.status);
    }
    await t.close();
  });

  // Every role × every route: grows with each register, so it gets more than the default 60 s.
  it('never answers 500 to any role on any route, and denies roles the action does not name', async () => {
    const t = await testApp(ctx.database);
    const unit = await insertTestUnit(ctx.db);
    const roles = [...coreRoles, ...allRegisters.flatMap((r) => r.roles)];
    for (const role of roles) {
      const client = await t.as([{ role: role.id, unitId: role.scope === 'unit' ? unit : null }]);
      for (const r of t.app.routes.filter((r) => r.action !== 'login' && r.url !== '/auth/logout')) {
        const url = '/api/v1' + r.url.replace(/:[A-Za-z]+/g, SAMPLE_UUID);
        const res = await client.request(r.method, url, r.method === 'GET' ? undefined : {});
        expect(res.status, `${role.id} ${r.method} ${r.url}: ${res.raw.slice(0, 200)}`).toBeLessThan(500);
        if (!SESSION_ACTIONS.has(r.action) && !t.app.access.hasPermission({ userId: client.userId, grants: [{ role: role.id, unitId: role.scope === 'unit' ? unit : null }] }, r.action)) {
          expect([403, 404, 400, ...(r.url.startsWith('/citizen/') ? [401] : [])], `${role.id} ${r.method} ${r.url} should be denied`).toContain(res.status);
        }
        // A staff session is no resident's: every citizen route answers as if nobody logged in
        // (or refuses the request's shape first, as it does for anonymous callers).
        if (r.url.startsWith('/citizen/') && r.action !== 'login') {
          if (res.status === 400) expect(res.body.error.code, `${role.id} ${r.method} ${r.url}`).toBe('validation');
          else expect(res.status, `${role.id} ${r.method} ${r.url}`).toBe(401);
        }
      }
    }
    await t.close();
  }, 240_000);

  it('gives a resident nothing on staff routes, and on citizen routes nothing of another family', async () => {
    const t = await testApp(ctx.database);
    const me = await insertTestResident(ctx.db);
    const child = await insertTestPerson(ctx.db, { birthDate: '2021-02-03' });
    await insertGuardianship(ctx.db, me.id, child);
    const stranger = await insertTestPerson(ctx.db, { birthDate: '2021-02-03' });
    const citizen = await t.citizen(me.hetu);
    for (const r of t.app.routes.filter((r) => r.action !== 'login' && r.action !== 'public' && r.url !== '/citizen/auth/logout')) {
      const url = '/api/v1' + r.url.replace(/:[A-Za-z]+/g, SAMPLE_UUID);
      const res = await citizen.request(r.method, url, r.method === 'GET' ? undefined : {});
      expect(res.status, `citizen ${r.method} ${r.url}: ${res.raw.slice(0, 200)}`).toBeLessThan(500);
      if (!r.url.startsWith('/citizen/')) {
        // A body that fails its schema is refused before any session is looked at (as for anonymous callers).
        if (res.status === 400) expect(res.body.error.code, `citizen ${r.method} ${r.url}`).toBe('validation');
        else expect([401, 403, 404], `citizen ${r.method} ${r.url} should be refused`).toContain(res.status);
        continue;
      }
      // Every citizen route names a citizen action; one about a person refuses a stranger's child.
      const def = t.app.access.action(r.action);
      expect(def.principal, `${r.method} ${r.url}`).toBe('citizen');
      if (r.url.includes('/children/:id')) {
        const other = await citizen.request(r.method, '/api/v1' + r.url.replace(':id', stranger).replace(/:[A-Za-z]+/g, SAMPLE_UUID), r.method === 'GET' ? undefined : {});
        expect([400, 403, 404], `citizen ${r.method} ${r.url} on another family's child`).toContain(other.status);
        if (other.status === 400) expect(other.body.error.code, `${r.method} ${r.url}`).toBe('validation');
      }
    }
    await t.close();
  }, 120_000);
});
