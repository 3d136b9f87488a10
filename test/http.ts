// HTTP test client: a real app on a real database, called with Fastify's inject.
import type { Database } from '../src/core/db/database.ts';
import { createApp, type App } from '../src/core/http/server.ts';
import { fixedClock } from '../src/core/clock.ts';
import type { RegisterModule } from '../src/core/module.ts';
import { allRegisters } from '../src/registers/index.ts';
import { insertTestUser, TEST_PASSWORD } from './fixtures.ts';

export interface TestClient {
  get(url: string, headers?: Record<string, string>): Promise<{ status: number; body: any; headers: Record<string, any>; raw: string }>;
  post(url: string, body?: unknown): Promise<{ status: number; body: any; headers: Record<string, any>; raw: string }>;
  request(method: string, url: string, body?: unknown): Promise<{ status: number; body: any; headers: Record<string, any>; raw: string }>;
  userId: string;
}

export async function testApp(database: Database, opts: { registers?: RegisterModule[]; now?: string; loginRateLimit?: number; citizenTestLogin?: boolean } = {}) {
  const clock = fixedClock(opts.now ?? '2025-10-15T09:00:00+03:00');
  const app: App = await createApp({
    database,
    registers: opts.registers ?? allRegisters,
    clock,
    loginRateLimit: opts.loginRateLimit ?? 1000,
    citizenTestLogin: opts.citizenTestLogin ?? true,
  });
  await app.fastify.ready();

  async function call(cookie: string | null, csrf: string | null, method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await app.fastify.inject({
      method: method as any,
      url,
      headers: { ...(cookie ? { cookie } : {}), ...(csrf ? { 'x-csrf-token': csrf } : {}), ...headers },
      ...(body !== undefined ? { payload: body as any } : {}),
    });
    // Reads' audit events are written just after the response; tests look at the log at once.
    await app.auditWriter.flush();
    let parsed: any = null;
    try {
      parsed = res.json();
    } catch {
      parsed = null;
    }
    return { status: res.statusCode, body: parsed, headers: res.headers as Record<string, any>, raw: res.body };
  }

  const anonymous = {
    get: (url: string, headers?: Record<string, string>) => call(null, null, 'GET', url, undefined, headers),
    post: (url: string, body?: unknown) => call(null, null, 'POST', url, body),
  };

  async function login(username: string, password = TEST_PASSWORD): Promise<TestClient & { csrf: string; cookie: string }> {
    const res = await app.fastify.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
    const cookie = String(res.headers['set-cookie']).split(';')[0]!;
    const csrf = res.json().csrfToken as string;
    const userId = res.json().user.id as string;
    return {
      csrf,
      cookie,
      userId,
      get: (url, headers) => call(cookie, csrf, 'GET', url, undefined, headers),
      post: (url, body) => call(cookie, csrf, 'POST', url, body),
      request: (method, url, body) => call(cookie, csrf, method, url, body),
    };
  }

  /** A new user with the grants, logged in. */
  async function as(grants: { role: string; unitId?: string | null }[]) {
    const u = await insertTestUser(database.db, grants);
    return login(u.username);
  }

  /** A resident logged in through the test identification (henkilötunnus in the POST body). */
  async function citizen(hetu: string): Promise<TestClient & { csrf: string; cookie: string }> {
    const res = await app.fastify.inject({ method: 'POST', url: '/api/v1/citizen/auth/test-login', payload: { hetu } });
    if (res.statusCode !== 200) throw new Error(`citizen login failed: ${res.statusCode} ${res.body}`);
    const cookie = String(res.headers['set-cookie']).split(';')[0]!;
    const csrf = res.json().csrfToken as string;
    return {
      csrf,
      cookie,
      userId: '',
      get: (url, headers) => call(cookie, csrf, 'GET', url, undefined, headers),
      post: (url, body) => call(cookie, csrf, 'POST', url, body),
      request: (method, url, body) => call(cookie, csrf, method, url, body),
    };
  }

  return { app, clock, anonymous, login, as, citizen, close: () => app.fastify.close() };
}
