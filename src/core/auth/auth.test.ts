import { expect, it } from 'vitest';
import { describeDb } from '../../../test/db.ts';
import { insertTestUser, TEST_PASSWORD } from '../../../test/fixtures.ts';
import { testApp } from '../../../test/http.ts';

describeDb('staff login', (ctx) => {
  it('logs in with an HTTP-only session cookie and answers /auth/me', async () => {
    const t = await testApp(ctx.database);
    const u = await insertTestUser(ctx.db, [{ role: 'registry_officer' }]);
    const res = await t.app.fastify.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: u.username, password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly/i);
    const c = await t.login(u.username);
    const me = await c.get('/api/v1/auth/me');
    expect(me.body.user.username).toBe(u.username);
    expect(me.body.permissions).toContain('Person.SEARCH_ALL');
    // Roles are shown to people by name in their language, not by id.
    expect(me.body.user.grants).toEqual([
      { role: 'registry_officer', roleNames: { fi: 'Kirjaamo (tietopyynnöt)', sv: 'Registratur (informationsbegäran)', en: 'Registry officer (information requests)' }, unitId: null, unitName: null },
    ]);
    await t.close();
  });

  it('rejects a state-changing request without the CSRF token', async () => {
    const t = await testApp(ctx.database);
    const u = await insertTestUser(ctx.db, [{ role: 'registry_officer' }]);
    const c = await t.login(u.username);
    const login = await t.app.fastify.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: u.username, password: TEST_PASSWORD } });
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const res = await t.app.fastify.inject({ method: 'POST', url: '/api/v1/persons/search', headers: { cookie }, payload: { query: 'x' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf');
    expect((await c.post('/api/v1/persons/search', { query: 'xx' })).status).toBe(200);
    await t.close();
  });

  it('locks a username after five wrong passwords, in three languages', async () => {
    const t = await testApp(ctx.database);
    const u = await insertTestUser(ctx.db, []);
    for (let i = 0; i < 5; i++) {
      const r = await t.anonymous.post('/api/v1/auth/login', { username: u.username, password: 'wrong password!' });
      expect(r.status).toBe(401);
    }
    const locked = await t.anonymous.post('/api/v1/auth/login', { username: u.username, password: TEST_PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.body.error.message.sv).toMatch(/För många/);
    await t.close();
  });

  it('ends a session after the idle timeout', async () => {
    const t = await testApp(ctx.database);
    const u = await insertTestUser(ctx.db, [{ role: 'admin' }]);
    const c = await t.login(u.username);
    expect((await c.get('/api/v1/auth/me')).status).toBe(200);
    t.clock.set(new Date(t.clock.now().getTime() + 61 * 60_000).toISOString());
    expect((await c.get('/api/v1/auth/me')).status).toBe(401);
    await t.close();
  });

  it('ends a session at once on logout although the server keeps recent sessions in memory', async () => {
    const t = await testApp(ctx.database);
    const u = await insertTestUser(ctx.db, [{ role: 'admin' }]);
    const c = await t.login(u.username);
    expect((await c.get('/api/v1/auth/me')).status).toBe(200);
    expect((await c.post('/api/v1/auth/logout')).status).toBe(200);
    expect((await c.get('/api/v1/auth/me')).status).toBe(401);
    await t.close();
  });

  it('limits login attempts per address, whatever the username', async () => {
    const t = await testApp(ctx.database, { loginRateLimit: 3 });
    for (let i = 0; i < 3; i++) expect((await t.anonymous.post('/api/v1/auth/login', { username: `nobody${i}`, password: 'x' })).status).toBe(401);
    const limited = await t.anonymous.post('/api/v1/auth/login', { username: 'nobody9', password: 'x' });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    await t.close();
  });
});
