import { coreRoles } from '../access/roles.ts';
import { sql } from 'kysely';
import type { AccessControl } from '../access/access-control.ts';
import { ApiError } from '../http/errors.ts';
import { defineRoute, type RouteDefinition, type SessionUser } from '../http/route.ts';
import type { RegisterModule } from '../module.ts';
import { dummyPasswordHash, verifyPassword } from './password.ts';
import { createSession, deleteSession, SESSION_COOKIE, type SessionPolicy } from './session.ts';
import { oidcAuthorizationUrl, oidcCallback, type OidcConfig } from './oidc.ts';
import { appendAudit } from '../audit/audit.ts';

const LOCKOUT_FAILURES = 5;
const LOCKOUT_MINUTES = 15;

const meSchema = {
  type: 'object',
  properties: {
    user: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        username: { type: 'string' },
        displayName: { type: 'string' },
        language: { type: 'string' },
        grants: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              role: { type: 'string' },
              roleNames: { type: 'object', properties: { fi: { type: 'string' }, sv: { type: 'string' }, en: { type: 'string' } }, required: ['fi', 'sv', 'en'] },
              unitId: { type: ['string', 'null'] },
              unitName: { type: ['string', 'null'] },
            },
            required: ['role', 'roleNames', 'unitId', 'unitName'],
          },
        },
      },
    },
    csrfToken: { type: 'string' },
    permissions: { type: 'array', items: { type: 'string' } },
    registers: { type: 'array', items: { type: 'string' } },
  },
} as const;

async function mePayload(db: any, user: SessionUser, access: AccessControl, registers: RegisterModule[]) {
  const unitIds = user.grants.flatMap((g) => (g.unitId ? [g.unitId] : []));
  const units = unitIds.length
    ? await db.selectFrom('organisation_unit').select(['id', 'name']).where('id', 'in', unitIds).execute()
    : [];
  const unitName = new Map<string, string>(units.map((u: { id: string; name: string }) => [u.id, u.name]));
  const permissions = [...access.actions.keys()].filter((a) => access.hasPermission(user, a));
  const roleNames = new Map([...coreRoles, ...registers.flatMap((r) => r.roles)].map((r) => [r.id, r.names]));
  return {
    user: {
      id: user.userId,
      username: user.username,
      displayName: user.displayName,
      language: user.language,
      grants: user.grants.map((g) => ({
        ...g,
        // A role no longer defined (a removed register) still shows, by its id.
        roleNames: roleNames.get(g.role) ?? { fi: g.role, sv: g.role, en: g.role },
        unitName: g.unitId ? (unitName.get(g.unitId) ?? null) : null,
      })),
    },
    csrfToken: user.csrfToken ?? '',
    permissions,
    registers: registers.filter((r) => permissions.some((p) => p.startsWith(r.id + '.'))).map((r) => r.id),
  };
}

export function authRoutes(deps: {
  access: AccessControl;
  registers: RegisterModule[];
  policy: SessionPolicy;
  oidc: OidcConfig | null;
  secureCookies: boolean;
}): RouteDefinition[] {
  const cookieOpts = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: deps.secureCookies };
  return [
    defineRoute<{ username: string; password: string }>({
      method: 'POST',
      url: '/auth/login',
      summary: 'Log in with username and password',
      tags: ['auth'],
      action: 'login',
      audit: null,
      schema: {
        body: {
          type: 'object',
          properties: { username: { type: 'string', minLength: 1, maxLength: 200 }, password: { type: 'string', minLength: 1, maxLength: 500 } },
          required: ['username', 'password'],
          additionalProperties: false,
        },
        response: { 200: meSchema },
      },
      handler: async ({ tx, body, clock, reply, access }) => {
        const key = body.username.trim().toLowerCase();
        const since = new Date(clock.now().getTime() - LOCKOUT_MINUTES * 60_000);
        const failures = await tx
          .selectFrom('login_failure')
          .select(sql<number>`count(*)`.as('n'))
          .where('username_key', '=', key)
          .where('occurred_at', '>', since)
          .executeTakeFirstOrThrow();
        if (Number(failures.n) >= LOCKOUT_FAILURES) {
          throw new ApiError(429, 'locked_out', {
            fi: `Liian monta epäonnistunutta kirjautumista. Yritä uudelleen ${LOCKOUT_MINUTES} minuutin kuluttua.`,
            sv: `För många misslyckade inloggningar. Försök igen om ${LOCKOUT_MINUTES} minuter.`,
            en: `Too many failed logins. Try again in ${LOCKOUT_MINUTES} minutes.`,
          });
        }
        const user = await tx
          .selectFrom('app_user')
          .select(['id', 'password_hash', 'active'])
          .where(sql`lower(username)`, '=', key)
          .executeTakeFirst();
        const ok = user?.active ? await verifyPassword(user.password_hash, body.password) : (await verifyPassword(await dummyPasswordHash(), body.password), false);
        if (!user || !ok) {
          // Answered without throwing so that the transaction commits the recorded failure.
          await tx.insertInto('login_failure').values({ username_key: key, occurred_at: clock.now() }).execute();
          reply.status(401);
          return {
            error: {
              code: 'invalid_credentials',
              message: { fi: 'Väärä käyttäjätunnus tai salasana.', sv: 'Fel användarnamn eller lösenord.', en: 'Wrong username or password.' },
            },
          };
        }
        await tx.deleteFrom('login_failure').where('username_key', '=', key).execute();
        const session = await createSession(tx, user.id, clock, deps.policy);
        await appendAudit(tx, [{ event: 'UserLogin', actorUserId: user.id, actorKind: 'user', objectIds: [user.id] }]);
        reply.setCookie(SESSION_COOKIE, session.token, { ...cookieOpts, maxAge: deps.policy.absoluteHours * 3600 });
        const grants = await tx.selectFrom('role_grant').select(['role', 'unit_id']).where('user_id', '=', user.id).execute();
        const u = await tx.selectFrom('app_user').select(['username', 'display_name', 'language']).where('id', '=', user.id).executeTakeFirstOrThrow();
        return mePayload(tx, {
          userId: user.id,
          username: u.username,
          displayName: u.display_name,
          language: (u.language as SessionUser['language']) ?? 'fi',
          grants: grants.map((g) => ({ role: g.role, unitId: g.unit_id })),
          sessionId: null,
          csrfToken: session.csrfToken,
        }, access, deps.registers);
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/auth/logout',
      summary: 'Log out',
      tags: ['auth'],
      action: 'authenticated',
      audit: null,
      schema: { response: { 200: { type: 'object', properties: { ok: { type: 'boolean' } } } } },
      handler: async ({ tx, request, reply, user }) => {
        const token = request.cookies[SESSION_COOKIE];
        if (token) await deleteSession(tx, token);
        await appendAudit(tx, [{ event: 'UserLogout', actorUserId: user!.userId, actorKind: 'user', objectIds: [user!.userId] }]);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return { ok: true };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/auth/me',
      summary: 'The logged-in user, their roles and permitted actions',
      tags: ['auth'],
      action: 'authenticated',
      audit: null,
      schema: { response: { 200: meSchema } },
      handler: async ({ tx, user, access }) => mePayload(tx, user!, access, deps.registers),
    }),
    defineRoute({
      method: 'GET',
      url: '/auth/oidc/login',
      summary: 'Start an OIDC login (when configured)',
      tags: ['auth'],
      action: 'login',
      audit: null,
      schema: {},
      handler: async ({ reply }) => {
        if (!deps.oidc) throw new ApiError(404, 'oidc_not_configured', { fi: 'OIDC-kirjautumista ei ole otettu käyttöön.', sv: 'OIDC-inloggning är inte i bruk.', en: 'OIDC login is not configured.' });
        const { url, verifier, state } = await oidcAuthorizationUrl(deps.oidc);
        reply.setCookie('varanto_oidc', `${state}.${verifier}`, { ...cookieOpts, maxAge: 600 });
        return reply.redirect(url);
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/auth/oidc/callback',
      summary: 'OIDC redirect target',
      tags: ['auth'],
      action: 'login',
      audit: null,
      schema: {},
      handler: async ({ tx, request, reply, clock }) => {
        if (!deps.oidc) throw new ApiError(404, 'oidc_not_configured', { fi: 'OIDC-kirjautumista ei ole otettu käyttöön.', sv: 'OIDC-inloggning är inte i bruk.', en: 'OIDC login is not configured.' });
        const [state, verifier] = String(request.cookies.varanto_oidc ?? '').split('.');
        const failed = new ApiError(401, 'oidc_failed', { fi: 'Kirjautuminen epäonnistui.', sv: 'Inloggningen misslyckades.', en: 'Login failed.' });
        if (!state || !verifier) throw failed;
        const current = new URL(request.url, deps.oidc.redirectUri);
        let identity: { subject: string; username: string | null };
        try {
          identity = await oidcCallback(deps.oidc, current, verifier, state);
        } catch {
          throw failed;
        }
        let user = await tx.selectFrom('app_user').select(['id', 'active']).where('oidc_subject', '=', identity.subject).executeTakeFirst();
        if (!user && identity.username) {
          user = await tx.selectFrom('app_user').select(['id', 'active']).where(sql`lower(username)`, '=', identity.username.toLowerCase()).executeTakeFirst();
          if (user) await tx.updateTable('app_user').set({ oidc_subject: identity.subject }).where('id', '=', user.id).execute();
        }
        if (!user?.active) throw failed;
        const session = await createSession(tx, user.id, clock, deps.policy);
        await appendAudit(tx, [{ event: 'UserLogin', actorUserId: user.id, actorKind: 'user', objectIds: [user.id], purpose: 'oidc' }]);
        reply.clearCookie('varanto_oidc', { path: '/' });
        reply.setCookie(SESSION_COOKIE, session.token, { ...cookieOpts, maxAge: deps.policy.absoluteHours * 3600 });
        return reply.redirect('/');
      },
    }),
  ];
}
