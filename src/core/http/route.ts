import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, AccessControl } from '../access/access-control.ts';
import type { Tx } from '../db/database.ts';
import type { Lang } from '../i18n.ts';
import type { Clock } from '../clock.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The user behind a request, with their role grants. */
export interface SessionUser extends Actor {
  username: string;
  displayName: string;
  language: Lang;
  sessionId: string | null;
  csrfToken: string | null;
}

/**
 * A resident logged in (kuntalainen), bound to a person of the person register. A different
 * principal from staff: own cookie, own session table, only routes under `/citizen/`.
 */
export interface CitizenUser {
  personId: string;
  language: Lang;
  authMethod: 'suomifi' | 'test';
  sessionId: string;
  csrfToken: string;
}

/** The actor a resident is to access control: no grants, only citizen rules match. */
export const citizenActor = (c: CitizenUser): Actor => ({ userId: '', grants: [], citizenPersonId: c.personId });

export interface AuditCollector {
  /** Persons whose data the request read or wrote. */
  persons(ids: Iterable<string>): void;
  /** Ids of the records touched (placements, decisions…). */
  objects(ids: Iterable<string>): void;
  /** Override the event name chosen at runtime (e.g. a search that became a read). */
  event(name: string): void;
  dataset(registerId: string | null, datasetId: string | null): void;
  purpose(code: string, informationRequestId?: string | null): void;
  /** Do not log this request (a public route that touched no personal data after all). */
  skip(): void;
}

export interface RouteContext<B = unknown, Q = unknown, P = unknown> {
  body: B;
  query: Q;
  params: P;
  /** The request's transaction: everything, audit events included, commits or rolls back together. */
  tx: Tx;
  /** The staff user; always null on a citizen route (under `/citizen/`). */
  user: SessionUser | null;
  /** The resident; set only on citizen routes. */
  citizen: CitizenUser | null;
  access: AccessControl;
  clock: Clock;
  lang: Lang;
  requestId: string;
  audit: AuditCollector;
  /** Subset of ids the user may perform the action on. */
  allowed(action: string, ids: string[]): Promise<Set<string>>;
  /** Throws 404 "not found or no access" unless every id is allowed. */
  require(action: string, ids: string[]): Promise<void>;
  hasPermission(action: string): boolean;
  request: FastifyRequest;
  reply: FastifyReply;
}

export interface RouteDefinition<B = any, Q = any, P = any> {
  method: HttpMethod;
  /** Path under /api/v1, e.g. `/persons/:id`. */
  url: string;
  summary: string;
  tags?: string[];
  schema: {
    body?: object;
    querystring?: object;
    params?: object;
    response?: Record<number, object>;
    produces?: string[];
  };
  /**
   * The action the user must be allowed; `public` only under `/public/`, `authenticated` for
   * routes about the session itself (`/auth/me`), `login` for routes that start a session.
   * Routes under `/citizen/` serve residents: their action is a citizen action (or `login`).
   */
  action: string;
  /** Audit event name (EntityAction), or null for a route that touches no personal data. */
  audit: string | null;
  registerId?: string;
  datasetId?: string;
  /** Default purpose code of the processing (käyttötarkoitus). */
  purpose?: string;
  /**
   * The route only reads (its one write is the audit event): it runs without an explicit
   * transaction, saving two round trips on the hottest paths (search, person card), and its
   * audit event is written by the AuditWriter just after the response instead of inline.
   */
  readOnly?: boolean;
  /**
   * The route reports the audit log itself ("who viewed my data", chain check): the queued
   * events of earlier reads are written before it runs, so the report includes them.
   */
  reportsAuditLog?: boolean;
  /** Ids of the action's target taken from the request, checked before the handler runs. */
  target?: (req: { params: P; query: Q; body: B }) => string[];
  handler: (ctx: RouteContext<B, Q, P>) => Promise<unknown>;
}

/**
 * The only way to add a route. A route without an action or audit decision cannot be
 * written down, and a test walks all routes to check both.
 *
 * @example
 * defineRoute({ method: 'GET', url: '/persons/:id', action: 'Person.READ', audit: 'PersonRead',
 *   target: ({ params }) => [params.id], schema: {…}, handler: async ({ tx, params }) => … })
 */
export function defineRoute<B = any, Q = any, P = any>(def: RouteDefinition<B, Q, P>): RouteDefinition<B, Q, P> {
  if (def.action === 'public' && !def.url.startsWith('/public/')) throw new Error(`Route ${def.url} is public but not under /public/`);
  if (def.url.startsWith('/public/') && def.action !== 'public') throw new Error(`Route ${def.url} is under /public/ but has an action`);
  if (isCitizenUrl(def.url) && def.action === 'authenticated') throw new Error(`Route ${def.url} is a citizen route: name a citizen action`);
  return def;
}

/** Routes for residents (kuntalainen) live under `/citizen/`, and only there. */
export const isCitizenUrl = (url: string) => url.startsWith('/citizen/');
