import { describe, expect, it, vi } from 'vitest';
import { ApiError, createTransport } from './client.ts';
import { generateClient, operationName, schemaToTs } from '../../../scripts/web-client-generator.ts';

function fakeFetch(status: number, body: unknown) {
  return vi.fn(async (_url: string, _init?: RequestInit) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
}

describe('API transport', () => {
  it('sends the CSRF token and language on a POST and the body as JSON', async () => {
    const f = fakeFetch(200, { results: [] });
    const http = createTransport({ lang: () => 'sv', csrfToken: () => 'tok', onSessionExpired: () => {}, fetch: f as any });
    await http({ method: 'POST', path: '/persons/search', body: { hetu: '010101-123N' } });
    const [url, init] = f.mock.calls[0]!;
    expect(url).toBe('/api/v1/persons/search');
    expect((init!.headers as Record<string, string>)['x-csrf-token']).toBe('tok');
    expect((init!.headers as Record<string, string>)['x-lang']).toBe('sv');
    expect(init!.body).toBe(JSON.stringify({ hetu: '010101-123N' }));
  });

  it('refuses to put a henkilötunnus in a query string', async () => {
    const http = createTransport({ lang: () => 'fi', csrfToken: () => null, onSessionExpired: () => {}, fetch: fakeFetch(200, {}) as any });
    await expect(http({ method: 'GET', path: '/x', query: { q: '010101-123N' } })).rejects.toThrow(/henkilötunnus/);
  });

  it('reports an expired session on a 401 while logged in, but not on a failed login', async () => {
    const expired = vi.fn();
    const body = { error: { code: 'unauthorized', message: { fi: 'Kirjaudu sisään.', sv: 'Logga in.', en: 'Please log in.' } } };
    const http = createTransport({ lang: () => 'fi', csrfToken: () => 'tok', onSessionExpired: expired, fetch: fakeFetch(401, body) as any });
    const err = (await http({ method: "GET", path: "/auth/me" }).catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.messages.sv).toBe('Logga in.');
    expect(expired).toHaveBeenCalledTimes(1);
    await http({ method: 'POST', path: '/auth/login', body: {} }).catch(() => {});
    expect(expired).toHaveBeenCalledTimes(1);
  });
});

describe('client generator', () => {
  it('names operations after the method and path', () => {
    expect(operationName('get', '/api/v1/persons/{id}/audit-trail')).toBe('getPersonsByIdAuditTrail');
  });

  it('makes request properties optional unless required, and nullable types unions', () => {
    const ts = schemaToTs({ type: 'object', properties: { a: { type: 'string' }, b: { type: ['string', 'null'] } }, required: ['a'] }, 'in');
    expect(ts).toContain('a: string;');
    expect(ts).toContain('b?: string | null;');
  });

  it('writes the generated-file header and one function per operation', () => {
    const src = generateClient({
      paths: { '/api/v1/units': { get: { summary: 'Units', responses: { '200': { content: { 'application/json': { schema: { type: 'object', properties: { units: { type: 'array', items: { type: 'string' } } } } } } } } } } },
    });
    expect(src.startsWith('// GENERATED FILE: no manual modifications')).toBe(true);
    expect(src).toContain('export function getUnits(http: ApiTransport): Promise<GetUnitsResponse>');
    expect(src).toContain('units: string[];');
  });
});
