import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { Database, Tx } from '../db/database.ts';
import type { Clock } from '../clock.ts';
import type { RegisterModule } from '../module.ts';
import { AccessControl } from '../access/access-control.ts';
import { coreActions } from '../access/actions.ts';
import { AuditWriter } from '../audit/audit-writer.ts';
import { appendAudit, type AuditEvent } from '../audit/audit.ts';
import { isLang, type Lang } from '../i18n.ts';
import { ApiError, errorBodySchema, forbidden, notFoundOrDenied, unauthorized } from './errors.ts';
import { citizenActor, isCitizenUrl, type CitizenUser, type RouteContext, type RouteDefinition, type SessionUser } from './route.ts';
import { CITIZEN_SESSION_COOKIE, defaultSessionPolicy, resolveCitizenSession, resolveSession, SESSION_COOKIE, type SessionPolicy } from '../auth/session.ts';
import { validationError } from './validation.ts';
import { coreRoutes } from '../core-routes.ts';
import type { CitizenOidcConfig, OidcConfig } from '../auth/oidc.ts';
import { registerDescriptionPages } from '../description/description.routes.ts';

export interface AppOptions {
  database: Database;
  registers: RegisterModule[];
  clock: Clock;
  /** Folder of the built web application to serve, if any. */
  webRoot?: string | undefined;
  session?: SessionPolicy;
  /** Login attempts per IP address a minute. */
  loginRateLimit?: number;
  /** Fastify logger; off in tests. Never logs bodies, so no henkilötunnus reaches a log. */
  logger?: boolean;
  oidc?: OidcConfig | null;
  /** Cookie Secure flag; on by default outside localhost development. */
  secureCookies?: boolean;
  /** Residents' Suomi.fi identification through an OIDC provider (CITIZEN_OIDC_*). */
  citizenOidc?: CitizenOidcConfig | null;
  /**
   * The demo's test identification (a henkilötunnus typed into a form, as eVaka's dev Suomi.fi
   * mock). Only for a server running with demo data; never in production.
   */
  citizenTestLogin?: boolean;
}

export interface App {
  fastify: FastifyInstance;
  /** Writes the audit events of read-only routes after the response (see AuditWriter). */
  auditWriter: AuditWriter;
  access: AccessControl;
  routes: RouteDefinition[];
}

const langOf = (req: FastifyRequest, user: { language: Lang } | null): Lang => {
  const h = req.headers['x-lang'];
  if (isLang(h)) return h;
  if (user) return user.language;
  const al = String(req.headers['accept-language'] ?? '').slice(0, 2);
  return isLang(al) ? al : 'fi';
};

/** Builds the HTTP application: every route through `defineRoute`, access-checked and audited. */
export async function createApp(opts: AppOptions): Promise<App> {
  const { database, registers, clock } = opts;
  const db = database.db;
  const policy = opts.session ?? defaultSessionPolicy;
  const access = new AccessControl(
    [...Object.values(coreActions), ...registers.flatMap((r) => r.actions)],
    registers.flatMap((r) => (r.personUnitLinks ? [r.personUnitLinks] : [])),
    registers.flatMap((r) => r.coreActionRules ?? []),
  );
  const routes: RouteDefinition[] = [
    ...coreRoutes({
      registers,
      access,
      policy,
      oidc: opts.oidc ?? null,
      citizenOidc: opts.citizenOidc ?? null,
      citizenTestLogin: opts.citizenTestLogin ?? false,
      secureCookies: opts.secureCookies ?? false,
    }),
    ...registers.flatMap((r) => r.routes.map((route) => ({ registerId: r.id, ...route }))),
  ];

  const fastify = Fastify({
    logger: opts.logger
      ? { level: 'info', redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'req.headers.authorization'] }
      : false,
    genReqId: () => randomUUID(),
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: false } },
    bodyLimit: 20 * 1024 * 1024,
  });
  // A citizen route takes only a citizen action (or login), and a staff route never one.
  for (const r of routes) {
    const def = access.actions.get(r.action);
    if (isCitizenUrl(r.url) ? !(r.action === 'login' || def?.principal === 'citizen') : def?.principal === 'citizen') {
      throw new Error(`Route ${r.method} ${r.url}: citizen actions only under /citizen/, and only they there`);
    }
  }
  fastify.decorateRequest('user', null);
  fastify.decorateRequest('citizen', null);
  const auditWriter = new AuditWriter(db, {
    onError: (err, pending) => fastify.log.error({ pending, err: { message: err instanceof Error ? err.message : String(err) } }, 'audit log write failed; events kept for retry'),
  });
  // Runs after the server has stopped taking requests, so no read's event is left behind.
  fastify.addHook('onClose', async () => auditWriter.close());
  await fastify.register(cookie);
  await fastify.register(rateLimit, { global: false });
  await fastify.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Varanto API', version: '1', description: 'Client registers of a Finnish municipality.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
    },
  });
  await fastify.register(swaggerUi, { routePrefix: '/api/docs' });

  fastify.setErrorHandler((err: any, req, reply) => {
    if (err instanceof ApiError) {
      return reply.status(err.status).send({ error: { code: err.code, message: err.messages, ...(err.details ? { details: err.details } : {}) } });
    }
    if (err.validation) {
      const e = validationError(err.validation, err.validationContext);
      return reply.status(400).send({ error: { code: e.code, message: e.messages, details: e.details } });
    }
    if (err.statusCode === 429) {
      return reply.status(429).send({
        error: {
          code: 'rate_limited',
          message: { fi: 'Liian monta yritystä. Yritä hetken kuluttua uudelleen.', sv: 'För många försök. Försök igen om en stund.', en: 'Too many attempts. Try again shortly.' },
        },
      });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.status(err.statusCode).send({
        error: { code: err.code ?? 'bad_request', message: { fi: 'Virheellinen pyyntö.', sv: 'Felaktig begäran.', en: 'Bad request.' } },
      });
    }
    req.log.error({ err: { message: err.message, stack: err.stack } }, 'unhandled error');
    return reply.status(500).send({
      error: { code: 'internal', message: { fi: 'Sisäinen virhe.', sv: 'Internt fel.', en: 'Internal error.' } },
    });
  });

  // Resolve the session of every API request; enforce CSRF on state-changing requests. Routes
  // under /api/v1/citizen/ see only the resident's session, every other route only staff's.
  fastify.addHook('preHandler', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    let session: SessionUser | CitizenUser | null;
    if (req.url.startsWith('/api/v1/citizen/')) {
      const token = req.cookies[CITIZEN_SESSION_COOKIE];
      session = token ? await resolveCitizenSession(db, token, clock, policy) : null;
      (req as any).citizen = session;
    } else {
      const token = req.cookies[SESSION_COOKIE];
      session = token ? await resolveSession(db, token, clock, policy) : null;
      (req as any).user = session;
    }
    if (session && req.method !== 'GET' && req.method !== 'HEAD' && req.headers['x-csrf-token'] !== session.csrfToken) {
      throw new ApiError(403, 'csrf', {
        fi: 'Istunnon tarkiste puuttuu tai on väärä. Lataa sivu uudelleen.',
        sv: 'Sessionens kontrollvärde saknas eller är fel. Ladda om sidan.',
        en: 'Missing or wrong CSRF token. Reload the page.',
      });
    }
  });

  fastify.get('/api/health', { schema: { hide: true } as any }, async () => {
    const { rows } = await sql<{ ok: number }>`select 1 as ok`.execute(db);
    return { status: rows[0]?.ok === 1 ? 'ok' : 'degraded', database: database.kind };
  });
  fastify.get('/api/v1/openapi.json', { schema: { hide: true } as any }, async () => fastify.swagger());

  for (const route of routes) registerRoute(fastify, route, { db, access, clock, auditWriter, loginRateLimit: opts.loginRateLimit ?? 20 });
  registerDescriptionPages(fastify, db, registers);

  if (opts.webRoot && existsSync(opts.webRoot)) {
    // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
    await fastify.register(fastifyStatic, { root: opts.webRoot, wildcard: true });
    // The single-page application handles its own paths.
    fastify.setNotFoundHandler((req, reply) => {
      if (req.method === 'GET' && !req.url.startsWith('/api/')) return reply.sendFile('index.html');
      return reply.status(404).send({ error: { code: 'not_found', message: { fi: 'Ei löytynyt.', sv: 'Hittades inte.', en: 'Not found.' } } });
    });
  } else {
    fastify.setNotFoundHandler((req, reply) =>
      reply.status(404).send({ error: { code: 'not_found', message: { fi: 'Ei löytynyt.', sv: 'Hittades inte.', en: 'Not found.' } } }),
    );
  }
  for (const r of registers) if (r.setup) await r.setup(fastify, db);
  return { fastify, access, routes, auditWriter };
}

function registerRoute(fastify: FastifyInstance, route: RouteDefinition, deps: { db: Database['db']; access: AccessControl; clock: Clock; auditWriter: AuditWriter; loginRateLimit: number }) {
  const { db, access, clock, auditWriter } = deps;
  const response = { ...(route.schema.response ?? {}), 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };
  const url = `/api/v1${route.url}`;
  const isLogin = route.url === '/auth/login' || route.url === '/citizen/auth/test-login';
  const citizenRoute = isCitizenUrl(route.url);
  fastify.route({
    method: route.method,
    url,
    ...(isLogin ? { config: { rateLimit: { max: deps.loginRateLimit, timeWindow: 60_000 } } } : {}),
    schema: {
      summary: route.summary,
      tags: route.tags ?? [route.registerId ?? 'core'],
      ...(route.action !== 'public' ? { security: [{ session: [] }] } : {}),
      ...(route.schema.body ? { body: route.schema.body } : {}),
      ...(route.schema.querystring ? { querystring: route.schema.querystring } : {}),
      ...(route.schema.params ? { params: route.schema.params } : {}),
      ...(route.schema.produces ? { produces: route.schema.produces } : {}),
      response,
    },
    handler: async (req, reply) => {
      const user = citizenRoute ? null : (((req as any).user ?? null) as SessionUser | null);
      const citizen = citizenRoute ? (((req as any).citizen ?? null) as CitizenUser | null) : null;
      // Who the access rules see: the staff user, or the resident on a citizen route.
      const actor = citizen ? citizenActor(citizen) : user;
      const lang = langOf(req, user ?? (citizen ? { language: citizen.language } : null));
      const needsUser = route.action !== 'public' && route.action !== 'login';
      if (needsUser && !actor) throw unauthorized();
      const input = { params: req.params as any, query: req.query as any, body: req.body as any };
      const event: AuditEvent | null = route.audit
        ? {
            event: route.audit,
            actorUserId: user?.userId ?? null,
            actorKind: user ? 'user' : citizen ? 'citizen' : 'anonymous',
            actorPersonId: citizen?.personId ?? null,
            actorRoles: [...new Set(user?.grants.map((g) => g.role) ?? [])],
            actorUnitIds: [...new Set(user?.grants.flatMap((g) => (g.unitId ? [g.unitId] : [])) ?? [])],
            registerId: route.registerId ?? null,
            datasetId: route.datasetId ?? null,
            personIds: [],
            objectIds: [],
            purpose: route.purpose ?? null,
            requestId: req.id,
          }
        : null;
      let skip = false;
      const audit = {
        persons: (ids: Iterable<string>) => event?.personIds!.push(...ids),
        objects: (ids: Iterable<string>) => event?.objectIds!.push(...ids),
        event: (name: string) => event && (event.event = name),
        dataset: (registerId: string | null, datasetId: string | null) => {
          if (event) {
            event.registerId = registerId;
            event.datasetId = datasetId;
          }
        },
        purpose: (code: string, informationRequestId?: string | null) => {
          if (event) {
            event.purpose = code;
            event.informationRequestId = informationRequestId ?? null;
          }
        },
        skip: () => (skip = true),
      };
      const actionDef = needsUser && route.action !== 'authenticated' ? access.action(route.action) : null;
      try {
        // Before any transaction: on the single-connection PGlite a flush inside one would wait for itself.
        if (route.reportsAuditLog) await auditWriter.flush();
        const run = <T>(fn: (tx: Tx) => Promise<T>) => (route.readOnly ? fn(db as unknown as Tx) : db.transaction().execute(fn));
        const result = await run(async (tx) => {
          const ctx: RouteContext = {
            ...input,
            tx,
            user,
            citizen,
            access,
            clock,
            lang,
            requestId: req.id,
            audit,
            request: req,
            reply,
            allowed: (action, ids) => (actor ? access.allowed(tx, actor, action, ids, clock.today()) : Promise.resolve(new Set())),
            require: async (action, ids) => {
              if (!actor) throw unauthorized();
              const ok = await access.allowed(tx, actor, action, ids, clock.today());
              if (ids.some((id) => !ok.has(id))) throw notFoundOrDenied();
            },
            hasPermission: (action) => (actor ? access.hasPermission(actor, action) : false),
          };
          if (actionDef && actor) {
            if (route.target) {
              const ids = route.target(input);
              if (actionDef.target === 'person') audit.persons(ids);
              else audit.objects(ids);
              await ctx.require(actionDef.name, ids);
            } else if (!access.hasPermission(actor, actionDef.name)) {
              throw forbidden();
            }
          }
          const out = await route.handler(ctx);
          // A write's event commits with the write; a read's event is written just after the
          // response by the audit writer, so that the read does not wait for a commit.
          if (event && !skip) {
            if (route.readOnly) auditWriter.enqueue([event]);
            else await appendAudit(tx, [event]);
          }
          return out;
        });
        return result;
      } catch (err) {
        // Denied attempts on personal data are logged too, in their own transaction.
        if (event && err instanceof ApiError && (err.status === 403 || err.code === 'not_found')) {
          auditWriter.enqueue([{ ...event, outcome: 'denied' }]);
        }
        throw err;
      }
    },
  });
}
