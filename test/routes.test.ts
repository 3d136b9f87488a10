import { expect, it } from 'vitest';
import { describeDb } from './db.ts';
import { testApp } from './http.ts';
import { insertTestUnit } from './fixtures.ts';
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
          expect([403, 404, 400], `${role.id} ${r.method} ${r.url} should be denied`).toContain(res.status);
        }
      }
    }
    await t.close();
  }, 240_000);
});
