// Residents' login (kuntalainen): Suomi.fi identification through an OIDC provider in
// production, and the demo's test identification (a henkilötunnus typed into a form, as eVaka's
// dev Suomi.fi mock) only when the server runs with demo data. A henkilötunnus travels only in
// a POST body or an ID token: never in a URL, a log line or an error message.
import { sql } from 'kysely';
import type { AccessControl } from '../access/access-control.ts';
import { coreActions } from '../access/actions.ts';
import { appendAudit } from '../audit/audit.ts';
import type { ReadTx, Tx } from '../db/database.ts';
import { parseHetu, hetuLocalizedReason } from '../hetu/hetu.ts';
import { ApiError, badRequest } from '../http/errors.ts';
import { defineRoute, type RouteDefinition } from '../http/route.ts';
import type { Clock } from '../clock.ts';
import { citizenOidcCallback, oidcAuthorizationUrl, type CitizenOidcConfig } from './oidc.ts';
import { CITIZEN_SESSION_COOKIE, createCitizenSession, deleteCitizenSession, type CitizenAuthMethod, type SessionPolicy } from './session.ts';

const OIDC_STATE_COOKIE = 'varanto_citizen_oidc';
/** Where the web application shows a resident's pages. */
export const CITIZEN_WEB_PATH = '/kuntalainen';

const loginFailed = () =>
  new ApiError(401, 'citizen_login_failed', {
    fi: 'Tunnistautuminen onnistui, mutta henkilöä ei löydy rekisteristä. Ota yhteyttä kuntaan.',
    sv: 'Identifieringen lyckades, men personen finns inte i registret. Kontakta kommunen.',
    en: 'Identification succeeded but the person is not in the register. Contact the municipality.',
  });
const notEnabled = (code: string) =>
  new ApiError(404, code, { fi: 'Tämä tunnistautumistapa ei ole käytössä.', sv: 'Detta identifieringssätt används inte.', en: 'This identification method is not in use.' });

/** A living person of the register with this henkilötunnus, or null. */
async function personByHetu(db: ReadTx, hetu: string): Promise<string | null> {
  const parsed = parseHetu(hetu);
  if (!parsed.valid) return null;
  const row = await db.selectFrom('person').select('id').where('hetu', '=', parsed.hetu).where('date_of_death', 'is', null).executeTakeFirst();
  return row?.id ?? null;
}

async function startSession(tx: Tx, personId: string, method: CitizenAuthMethod, clock: Clock, policy: SessionPolicy) {
  const session = await createCitizenSession(tx, personId, method, clock, policy);
  await appendAudit(tx, [{ event: 'CitizenLogin', actorUserId: null, actorKind: 'citizen', actorPersonId: personId, personIds: [personId], purpose: method }]);
  return session;
}

/**
 * Residents who may try the demo: guardians (today) of children who are clients of some unit
 * today, by every register's unit links. Demo data only; the henkilötunnukset are synthetic.
 */
async function demoResidents(db: ReadTx, access: AccessControl, today: string) {
  const clients = access.clientsOn(db, today);
  if (!clients) return [];
  const rows = await db
    .selectFrom('person_relationship as r')
    .innerJoin('person as g', 'g.id', 'r.person_id')
    .select(['g.hetu', 'g.first_names', 'g.last_name'])
    .distinct()
    .where('r.kind', '=', 'guardian')
    .where('r.valid_from', '<=', today)
    .where((eb) => eb.or([eb('r.valid_to', 'is', null), eb('r.valid_to', '>=', today)]))
    .where(sql.ref('r.related_person_id'), 'in', clients)
    .where('g.hetu', 'is not', null)
    .where('g.non_disclosure', '=', false)
    .orderBy('g.last_name')
    .orderBy('g.first_names')
    .limit(8)
    .execute();
  return rows.map((r) => ({ hetu: r.hetu!, name: `${r.first_names} ${r.last_name}` }));
}

export function citizenAuthRoutes(deps: {
  access: AccessControl;
  policy: SessionPolicy;
  citizenOidc: CitizenOidcConfig | null;
  citizenTestLogin: boolean;
  secureCookies: boolean;
}): RouteDefinition[] {
  const cookieOpts = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: deps.secureCookies };
  const setSessionCookie = (reply: any, token: string) => reply.setCookie(CITIZEN_SESSION_COOKIE, token, { ...cookieOpts, maxAge: deps.policy.absoluteHours * 3600 });
  return [
    defineRoute({
      method: 'GET',
      url: '/public/citizen-login',
      summary: "Which residents' identification methods are in use (and, in the demo, residents to try)",
      tags: ['citizen'],
      action: 'public',
      audit: null,
      schema: {
        response: {
          200: {
            type: 'object',
            properties: {
              suomifi: { type: 'boolean' },
              testLogin: { type: 'boolean' },
              demoResidents: { type: 'array', items: { type: 'object', properties: { hetu: { type: 'string' }, name: { type: 'string' } }, required: ['hetu', 'name'] } },
            },
            required: ['suomifi', 'testLogin', 'demoResidents'],
          },
        },
      },
      handler: async ({ tx, clock, access }) => ({
        suomifi: deps.citizenOidc !== null,
        testLogin: deps.citizenTestLogin,
        demoResidents: deps.citizenTestLogin ? await demoResidents(tx, access, clock.today()) : [],
      }),
    }),
    defineRoute<{ hetu: string }>({
      method: 'POST',
      url: '/citizen/auth/test-login',
      summary: 'Test identification of a resident by henkilötunnus (demo data only, never in production)',
      tags: ['citizen'],
      action: 'login',
      audit: null,
      schema: {
        body: { type: 'object', properties: { hetu: { type: 'string', minLength: 1, maxLength: 20 } }, required: ['hetu'], additionalProperties: false },
        response: { 200: { type: 'object', properties: { csrfToken: { type: 'string' } }, required: ['csrfToken'] } },
      },
      handler: async ({ tx, body, clock, reply }) => {
        if (!deps.citizenTestLogin) throw notEnabled('test_login_disabled');
        const parsed = parseHetu(body.hetu.trim());
        if (!parsed.valid) throw badRequest('invalid_hetu', hetuLocalizedReason(parsed.reason));
        const personId = await personByHetu(tx, parsed.hetu);
        if (!personId) throw loginFailed();
        const session = await startSession(tx, personId, 'test', clock, deps.policy);
        setSessionCookie(reply, session.token);
        return { csrfToken: session.csrfToken };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/citizen/auth/suomifi/login',
      summary: 'Start Suomi.fi identification of a resident (OIDC, when configured)',
      tags: ['citizen'],
      action: 'login',
      audit: null,
      schema: {},
      handler: async ({ reply }) => {
        if (!deps.citizenOidc) throw notEnabled('suomifi_not_configured');
        const { url, verifier, state } = await oidcAuthorizationUrl(deps.citizenOidc, deps.citizenOidc.scope);
        reply.setCookie(OIDC_STATE_COOKIE, `${state}.${verifier}`, { ...cookieOpts, maxAge: 600 });
        return reply.redirect(url);
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/citizen/auth/suomifi/callback',
      summary: 'Suomi.fi identification redirect target',
      tags: ['citizen'],
      action: 'login',
      audit: null,
      schema: {},
      handler: async ({ tx, request, reply, clock }) => {
        if (!deps.citizenOidc) throw notEnabled('suomifi_not_configured');
        const failed = new ApiError(401, 'suomifi_failed', { fi: 'Tunnistautuminen epäonnistui.', sv: 'Identifieringen misslyckades.', en: 'Identification failed.' });
        const [state, verifier] = String(request.cookies[OIDC_STATE_COOKIE] ?? '').split('.');
        if (!state || !verifier) throw failed;
        let hetu: string | null;
        try {
          hetu = await citizenOidcCallback(deps.citizenOidc, new URL(request.url, deps.citizenOidc.redirectUri), verifier, state);
        } catch {
          throw failed;
        }
        const personId = hetu ? await personByHetu(tx, hetu) : null;
        if (!personId) throw loginFailed();
        const session = await startSession(tx, personId, 'suomifi', clock, deps.policy);
        reply.clearCookie(OIDC_STATE_COOKIE, { path: '/' });
        setSessionCookie(reply, session.token);
        return reply.redirect(CITIZEN_WEB_PATH);
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/citizen/auth/logout',
      summary: "End the resident's session",
      tags: ['citizen'],
      action: coreActions.citizenSession.name,
      audit: null,
      schema: { response: { 200: { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'] } } },
      handler: async ({ tx, request, reply, citizen }) => {
        const token = request.cookies[CITIZEN_SESSION_COOKIE];
        if (token) await deleteCitizenSession(tx, token);
        await appendAudit(tx, [{ event: 'CitizenLogout', actorUserId: null, actorKind: 'citizen', actorPersonId: citizen!.personId, personIds: [citizen!.personId] }]);
        reply.clearCookie(CITIZEN_SESSION_COOKIE, { path: '/' });
        return { ok: true };
      },
    }),
  ];
}
