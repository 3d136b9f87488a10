// OIDC staff login against a real OpenID provider (node-oidc-provider) on loopback.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../../test/db.ts';
import { insertTestUser } from '../../../test/fixtures.ts';
import { createApp } from '../http/server.ts';
import { fixedClock } from '../clock.ts';
import { oidcConfigFromEnv } from './oidc.ts';
import { cookieJar } from '../../../test/cookie-jar.ts';

let server: Server;
let issuer: string;
const REDIRECT = 'http://varanto.test/api/v1/auth/oidc/callback';

beforeAll(async () => {
  server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [{ client_id: 'varanto', client_secret: 'test-secret', redirect_uris: [REDIRECT], grant_types: ['authorization_code'], response_types: ['code'] }],
    claims: { openid: ['sub'], profile: ['preferred_username'] },
    async findAccount(_ctx: unknown, id: string) {
      return { accountId: id, claims: async () => ({ sub: id, preferred_username: id }) };
    },
    pkce: { required: () => true },
  } as any);
  provider.proxy = false;
  server.on('request', provider.callback());
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describeDb('OIDC login', (ctx) => {
  it('logs in a staff user whose username the provider vouches for, and refuses an unknown one', async () => {
    const oidc = oidcConfigFromEnv({ OIDC_ISSUER: issuer, OIDC_CLIENT_ID: 'varanto', OIDC_CLIENT_SECRET: 'test-secret', OIDC_REDIRECT_URI: REDIRECT });
    const app = await createApp({ database: ctx.database, registers: [], clock: fixedClock(new Date().toISOString()), oidc });
    await insertTestUser(ctx.db, [{ role: 'registry_officer' }], 'oidc.officer');

    async function loginAs(username: string) {
      const start = await app.fastify.inject({ method: 'GET', url: '/api/v1/auth/oidc/login' });
      expect(start.statusCode).toBe(302);
      const stateCookie = String(start.headers['set-cookie']).split(';')[0]!;
      const j = cookieJar();
      let url = String(start.headers.location);
      expect(url.startsWith(issuer)).toBe(true);
      // Follow the provider's redirects and answer its login and consent pages.
      for (let step = 0; step < 12; step++) {
        if (url.startsWith(REDIRECT)) break;
        let res = await fetch(url, { redirect: 'manual', headers: { cookie: j.header() } });
        j.take(res);
        if (res.status === 200) {
          const html = await res.text();
          const action = new URL(html.match(/action="([^"]+)"/)![1]!, issuer).href;
          const body = html.includes('name="login"') ? new URLSearchParams({ prompt: 'login', login: username, password: 'x' }) : new URLSearchParams({ prompt: 'consent' });
          res = await fetch(action, { method: 'POST', redirect: 'manual', body, headers: { cookie: j.header(), 'content-type': 'application/x-www-form-urlencoded' } });
          j.take(res);
        }
        url = new URL(res.headers.get('location')!, issuer).href;
      }
      expect(url.startsWith(REDIRECT)).toBe(true);
      const cb = new URL(url);
      return app.fastify.inject({ method: 'GET', url: cb.pathname + cb.search, headers: { cookie: stateCookie } });
    }

    const ok = await loginAs('oidc.officer');
    expect(ok.statusCode).toBe(302);
    const session = String(ok.headers['set-cookie']).match(/varanto_session=[^;]+/)?.[0];
    expect(session).toBeDefined();
    const me = await app.fastify.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: session! } });
    expect(me.json().user.username).toBe('oidc.officer');
    const linked = await ctx.db.selectFrom('app_user').select('oidc_subject').where('username', '=', 'oidc.officer').executeTakeFirstOrThrow();
    expect(linked.oidc_subject).toBe('oidc.officer');

    const stranger = await loginAs('nobody.here');
    expect(stranger.statusCode).toBe(401);
    await app.fastify.close();
  });
});
