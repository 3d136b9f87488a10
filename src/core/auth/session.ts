import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, ReadTx } from '../db/database.ts';
import type { Clock } from '../clock.ts';
import type { CitizenUser, SessionUser } from '../http/route.ts';
import { isLang } from '../i18n.ts';

export const SESSION_COOKIE = 'varanto_session';

export interface SessionPolicy {
  /** A session ends after this long without requests. */
  idleMinutes: number;
  /** …and at the latest this long after login. */
  absoluteHours: number;
  /**
   * A server may reuse a session it resolved this many seconds ago without asking the
   * database: a grant removed or a user deactivated on another server takes effect within it.
   * Logging out on this server takes effect at once.
   */
  cacheSeconds?: number;
}

interface CachedSession {
  user: SessionUser;
  cachedAt: number;
  expiresAt: number;
  lastSeen: number;
  lastSeenStored: number;
}
const cache = new Map<string, CachedSession>();
export const defaultSessionPolicy: SessionPolicy = { idleMinutes: 60, absoluteHours: 10, cacheSeconds: 5 };

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(db: Db, userId: string, clock: Clock, policy: SessionPolicy) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const now = clock.now();
  await db
    .insertInto('user_session')
    .values({
      token_hash: tokenHash(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + policy.absoluteHours * 3600_000),
    })
    .execute();
  return { token, csrfToken };
}

export async function deleteSession(db: Db, token: string) {
  cache.delete(tokenHash(token));
  await db.deleteFrom('user_session').where('token_hash', '=', tokenHash(token)).execute();
}

/** Loads the user and grants of a live session and slides its idle timeout. */
export async function resolveSession(db: Db, token: string, clock: Clock, policy: SessionPolicy): Promise<SessionUser | null> {
  const now = clock.now();
  const t = now.getTime();
  const hash = tokenHash(token);
  const hit = cache.get(hash);
  if (hit) {
    const fresh = t - hit.cachedAt < (policy.cacheSeconds ?? 0) * 1000 && t >= hit.cachedAt;
    if (fresh && t < hit.expiresAt && t - hit.lastSeen < policy.idleMinutes * 60_000) {
      hit.lastSeen = t;
      if (t - hit.lastSeenStored > 60_000) {
        hit.lastSeenStored = t;
        await db.updateTable('user_session').set({ last_seen_at: now }).where('token_hash', '=', hash).execute();
      }
      return hit.user;
    }
    cache.delete(hash);
  }
  const idleLimit = new Date(now.getTime() - policy.idleMinutes * 60_000);
  // One round trip: the session, its user and the user's grants.
  const row = await db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .select(['s.token_hash', 's.csrf_token', 's.last_seen_at', 's.expires_at', 'u.id', 'u.username', 'u.display_name', 'u.language'])
    .select(
      sql<{ role: string; unitId: string | null }[]>`coalesce((select json_agg(json_build_object('role', g.role, 'unitId', g.unit_id))
        from role_grant g where g.user_id = u.id), '[]'::json)`.as('grants'),
    )
    .where('s.token_hash', '=', hash)
    .where('s.expires_at', '>', now)
    .where('s.last_seen_at', '>', idleLimit)
    .where('u.active', '=', true)
    .executeTakeFirst();
  if (!row) return null;
  // Write the sliding timestamp at most once a minute to keep reads cheap.
  if (now.getTime() - new Date(row.last_seen_at).getTime() > 60_000) {
    await db.updateTable('user_session').set({ last_seen_at: now }).where('token_hash', '=', row.token_hash).execute();
  }
  const grants = (typeof row.grants === 'string' ? JSON.parse(row.grants) : row.grants) as { role: string; unitId: string | null }[];
  const user: SessionUser = {
    userId: row.id,
    username: row.username,
    displayName: row.display_name,
    language: isLang(row.language) ? row.language : 'fi',
    grants,
    sessionId: row.token_hash,
    csrfToken: row.csrf_token,
  };
  if (policy.cacheSeconds) {
    const stored = new Date(row.last_seen_at).getTime();
    cache.set(hash, { user, cachedAt: t, expiresAt: new Date(row.expires_at).getTime(), lastSeen: t, lastSeenStored: t - stored > 60_000 ? t : stored });
    if (cache.size > 50_000) cache.delete(cache.keys().next().value!);
  }
  return user;
}

export async function loadGrants(db: ReadTx, userId: string) {
  const rows = await db.selectFrom('role_grant').select(['role', 'unit_id']).where('user_id', '=', userId).execute();
  return rows.map((r) => ({ role: r.role, unitId: r.unit_id }));
}

/** Cookie of a resident's session (kuntalainen); a staff session never reads it. */
export const CITIZEN_SESSION_COOKIE = 'varanto_citizen_session';

export type CitizenAuthMethod = 'suomifi' | 'test';

export async function createCitizenSession(db: Db, personId: string, method: CitizenAuthMethod, clock: Clock, policy: SessionPolicy) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const now = clock.now();
  await db
    .insertInto('citizen_session')
    .values({
      token_hash: tokenHash(token),
      person_id: personId,
      csrf_token: csrfToken,
      auth_method: method,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + policy.absoluteHours * 3600_000),
    })
    .execute();
  return { token, csrfToken };
}

export async function deleteCitizenSession(db: Db, token: string) {
  await db.deleteFrom('citizen_session').where('token_hash', '=', tokenHash(token)).execute();
}

/**
 * The person of a live resident session, sliding its idle timeout. Not cached: a resident's
 * session is checked against the database on every request (there are no grants to cache, and
 * a person removed from the register loses the session at once).
 */
export async function resolveCitizenSession(db: Db, token: string, clock: Clock, policy: SessionPolicy): Promise<CitizenUser | null> {
  const now = clock.now();
  const idleLimit = new Date(now.getTime() - policy.idleMinutes * 60_000);
  const row = await db
    .selectFrom('citizen_session as s')
    .innerJoin('person as p', 'p.id', 's.person_id')
    .select(['s.token_hash', 's.csrf_token', 's.last_seen_at', 's.auth_method', 'p.id', 'p.contact_language'])
    .where('s.token_hash', '=', tokenHash(token))
    .where('s.expires_at', '>', now)
    .where('s.last_seen_at', '>', idleLimit)
    .where('p.date_of_death', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  if (now.getTime() - new Date(row.last_seen_at).getTime() > 60_000) {
    await db.updateTable('citizen_session').set({ last_seen_at: now }).where('token_hash', '=', row.token_hash).execute();
  }
  return {
    personId: row.id,
    language: isLang(row.contact_language) ? row.contact_language : 'fi',
    authMethod: row.auth_method as CitizenAuthMethod,
    sessionId: row.token_hash,
    csrfToken: row.csrf_token,
  };
}
