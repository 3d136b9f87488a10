// Residents' Suomi.fi identification through an OIDC provider (node-oidc-provider on loopback,
// standing in for the Suomi.fi broker): the henkilötunnus claim is matched to the person register.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../../test/db.ts';
import { insertTestResident, testHetu } from '../../../test/fixtures.ts';
import { createApp } from '../http/server.ts';
import { fixedClock } from '../clock.ts';
import { citizenOidcConfigFromEnv } from './oidc.ts';
import { cookieJar } from '../../../test/cookie-jar.ts';

let server: Server;
let issuer: string;
const REDIRECT = 'http://varanto.test/api/v1/citizen/auth/suomifi/callback';
/** What the provider knows of each account: the henkilötunnus it vouches for. */
const hetuOf = new Map<string, string>();

beforeAll(async () => {
  server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [{ client_id: 'varanto-citizen', client_secret: 'test-secret', redirect_uris: [REDIRECT], grant_types: ['authorization_code'], response_types: ['code'] }],
    claims: { openid: ['sub', 'national_identification_number'] },
    async findAccount(_ctx: unknown, id: string) {
      return { accountId: id, claims: async () => ({ sub: id, national_identification_number: hetuOf.get(id) }) };
    },
    pkce: { required: () => true },
  } as any);
  provider.proxy = false;
  server.on('request', provider.callback());
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describeDb('Suomi.fi identification of residents (OIDC)', (ctx) => {
  it('logs in the person whose henkilötunnus the provider vouches for, never with it in a URL, and refuses one not in the register', async () => {
    const citizenOidc = citizenOidcConfigFromEnv({ CITIZEN_OIDC_ISSUER: issuer, CITIZEN_OIDC_CLIENT_ID: 'varanto-citizen', CITIZEN_OIDC_CLIENT_SECRET: 'test-secret', CITIZEN_OIDC_REDIRECT_URI: REDIRECT });
    const app = await createApp({ database: ctx.database, registers: [], clock: fixedClock(new Date().toISOString()), citizenOidc });
    const me = await insertTestResident(ctx.db, { firstNames: 'Suomi', lastName: 'Kuntalainen' });
    hetuOf.set('resident', me.hetu);
    hetuOf.set('stranger', testHetu('1970-07-07'));
    expect((await app.fastify.inject({ method: 'GET', url: '/api/v1/public/citizen-login' })).json()).toMatchObject({ suomifi: true, testLogin: false });
    // The test identification is off whenever the server runs without demo data.
    expect((await app.fastify.inject({ method: 'POST', url: '/api/v1/citizen/auth/test-login', payload: { hetu: me.hetu } })).statusCode).toBe(404);

    async function identify(account: string) {
      const start = await app.fastify.inject({ method: 'GET', url: '/api/v1/citizen/auth/suomifi/login' });
      expect(start.statusCode).toBe(302);
      const stateCookie = String(start.headers['set-cookie']).split(';')[0]!;
      const j = cookieJar();
      let url = String(start.headers.location);
      const seen = [url];
      for (let step = 0; step < 12; step++) {
        if (url.startsWith(REDIRECT)) break;
        let res = await fetch(url, { redirect: 'manual', headers: { cookie: j.header() } });
        j.take(res);
        if (res.status === 200) {
          const html = await res.text();
          const action = new URL(html.match(/action="([^"]+)"/)![1]!, issuer).href;
          const body = html.includes('name="login"') ? new URLSearchParams({ prompt: 'login', login: account, password: 'x' }) : new URLSearchParams({ prompt: 'consent' });
          res = await fetch(action, { method: 'POST', redirect: 'manual', body, headers: { cookie: j.header(), 'content-type': 'application/x-www-form-urlencoded' } });
          j.take(res);
        }
        url = new URL(res.headers.get('location')!, issuer).href;
        seen.push(url);
      }
      expect(url.startsWith(REDIRECT)).toBe(true);
      const cb = new URL(url);
      const res = await app.fastify.inject({ method: 'GET', url: cb.pathname + cb.search, headers: { cookie: stateCookie } });
      return { res, seen };
    }

    const { res: ok, seen } = await identify('resident');
    expect(ok.statusCode).toBe(302);
    expect(ok.headers.location).toBe('/kuntalainen');
    for (const u of [...seen, String(ok.headers.location)]) expect(u).not.toContain(me.hetu);
    const session = String(ok.headers['set-cookie']).match(/varanto_citizen_session=[^;]+/)?.[0];
    expect(session).toBeDefined();
    const own = await app.fastify.inject({ method: 'GET', url: '/api/v1/citizen/me', headers: { cookie: session! } });
    expect(own.json()).toMatchObject({ authMethod: 'suomifi', person: { id: me.id, firstNames: 'Suomi' } });

    const { res: stranger } = await identify('stranger');
    expect(stranger.statusCode).toBe(401);
    expect(stranger.body).not.toContain(hetuOf.get('stranger')!);
    await app.fastify.close();
  });
});
