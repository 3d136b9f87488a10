import type { ApiRequest, ApiTransport } from '../generated/api-client.ts';
import type { Lang, Localized } from '../i18n/i18n.tsx';

export const API_BASE = '/api/v1';

/** An error answered by the API: `{error:{code, message:{fi,sv,en}, details?}}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messages: Localized,
    readonly details?: Record<string, unknown>,
  ) {
    super(messages.en);
  }
}

export interface TransportOptions {
  lang(): Lang;
  /** The CSRF token of the session, sent on every non-GET request. */
  csrfToken(): string | null;
  /** Called on a 401 while a session was thought to be active: the session has expired. */
  onSessionExpired(): void;
  fetch?: typeof fetch;
}

export function queryString(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

const networkError = () =>
  new ApiError(0, 'network', {
    fi: 'Palvelimeen ei saatu yhteyttä.',
    sv: 'Ingen kontakt med servern.',
    en: 'Could not reach the server.',
  });

/**
 * The transport of the generated client: JSON over fetch with the session cookie, the CSRF
 * header and the user's language. Personal identifiers travel only in bodies: the client
 * refuses a query value that looks like a henkilötunnus.
 */
export function createTransport(opts: TransportOptions): ApiTransport {
  const doFetch = opts.fetch ?? ((...a: Parameters<typeof fetch>) => fetch(...a));
  return async (req: ApiRequest) => {
    if (req.query && Object.values(req.query).some((v) => typeof v === 'string' && HETU_LIKE.test(v))) {
      throw new Error('A henkilötunnus must not be sent in a URL');
    }
    const headers: Record<string, string> = { accept: 'application/json', 'x-lang': opts.lang() };
    if (req.method !== 'GET') {
      const csrf = opts.csrfToken();
      if (csrf) headers['x-csrf-token'] = csrf;
    }
    if (req.body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await doFetch(API_BASE + req.path + queryString(req.query), {
        method: req.method,
        headers,
        credentials: 'same-origin',
        ...(req.body !== undefined ? { body: JSON.stringify(req.body) } : {}),
      });
    } catch {
      throw networkError();
    }
    const text = await res.text();
    let body: any = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = null;
    }
    if (res.ok) return body;
    if (res.status === 401 && req.path !== '/auth/login' && opts.csrfToken()) opts.onSessionExpired();
    const e = body?.error;
    if (e?.message) throw new ApiError(res.status, String(e.code ?? 'error'), e.message as Localized, e.details);
    throw new ApiError(res.status, 'http_' + res.status, {
      fi: `Pyyntö epäonnistui (${res.status}).`,
      sv: `Begäran misslyckades (${res.status}).`,
      en: `The request failed (${res.status}).`,
    });
  };
}

/** Something that looks like a henkilötunnus: 6 digits, century sign, 3 digits, check character. */
export const HETU_LIKE = /\b\d{6}[-+ABCDEFUVWXY]\d{3}[0-9A-Y]\b/i;
