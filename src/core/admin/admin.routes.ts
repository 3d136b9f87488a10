import { sql } from 'kysely';
import { coreActions } from '../access/actions.ts';
import { coreRoles } from '../access/roles.ts';
import { defineRoute, type RouteDefinition } from '../http/route.ts';
import { badRequest, conflict } from '../http/errors.ts';
import { UUID_PATTERN } from '../ids.ts';
import type { RegisterModule } from '../module.ts';
import { hashPassword, passwordProblems } from '../auth/password.ts';

const unitSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    kind: { type: 'string' },
    registerId: { type: ['string', 'null'] },
    language: { type: 'string' },
    active: { type: 'boolean' },
  },
} as const;

/** Adds a staff user; shared by the API and `varanto users add`. */
export async function createUser(
  tx: any,
  u: { username: string; displayName: string; password?: string | null; language?: string; grants: { role: string; unitId?: string | null }[] },
  knownRoles: Map<string, 'global' | 'unit'>,
) {
  if (u.password) {
    const problems = passwordProblems(u.password);
    if (problems.length) {
      throw badRequest('weak_password', {
        fi: 'Salasanan on oltava vähintään 12 merkkiä pitkä.',
        sv: 'Lösenordet måste vara minst 12 tecken långt.',
        en: 'The password must be at least 12 characters long.',
      }, { problems });
    }
  }
  for (const g of u.grants) {
    const scope = knownRoles.get(g.role);
    if (!scope) throw badRequest('unknown_role', { fi: `Tuntematon rooli ${g.role}.`, sv: `Okänd roll ${g.role}.`, en: `Unknown role ${g.role}.` });
    if (scope === 'unit' && !g.unitId) throw badRequest('unit_required', { fi: `Rooli ${g.role} myönnetään yksikköön.`, sv: `Rollen ${g.role} ges för en enhet.`, en: `Role ${g.role} is granted for a unit.` });
    if (scope === 'global' && g.unitId) throw badRequest('unit_not_allowed', { fi: `Rooli ${g.role} on koko organisaation rooli.`, sv: `Rollen ${g.role} gäller hela organisationen.`, en: `Role ${g.role} is organisation-wide.` });
  }
  const exists = await tx.selectFrom('app_user').select('id').where(sql`lower(username)`, '=', u.username.toLowerCase()).executeTakeFirst();
  if (exists) throw conflict('duplicate_username', { fi: 'Käyttäjätunnus on jo käytössä.', sv: 'Användarnamnet är redan i bruk.', en: 'The username is already taken.' });
  const row = await tx
    .insertInto('app_user')
    .values({
      username: u.username,
      display_name: u.displayName,
      password_hash: u.password ? await hashPassword(u.password) : null,
      language: u.language ?? 'fi',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (u.grants.length) {
    await tx.insertInto('role_grant').values(u.grants.map((g) => ({ user_id: row.id, role: g.role, unit_id: g.unitId ?? null }))).execute();
  }
  return row.id as string;
}

export function roleScopes(registers: RegisterModule[]) {
  return new Map([...coreRoles, ...registers.flatMap((r) => r.roles)].map((r) => [r.id, r.scope]));
}

export function adminRoutes(registers: RegisterModule[]): RouteDefinition[] {
  const roles = [...coreRoles, ...registers.flatMap((r) => r.roles)];
  const scopes = roleScopes(registers);
  return [
    defineRoute({
      method: 'GET',
      url: '/units',
      summary: 'Organisational units (schools, ECEC units, libraries…)',
      tags: ['admin'],
      action: coreActions.unitRead.name,
      audit: null,
      schema: { response: { 200: { type: 'object', properties: { units: { type: 'array', items: unitSchema } } } } },
      handler: async ({ tx }) => {
        const rows = await tx.selectFrom('organisation_unit').select(['id', 'name', 'kind', 'register_id', 'language', 'active']).orderBy('name').execute();
        return { units: rows.map((r) => ({ ...r, registerId: r.register_id })) };
      },
    }),
    defineRoute<{ name: string; kind: string; registerId?: string | null; language?: 'fi' | 'sv' | 'en'; parentId?: string | null }>({
      method: 'POST',
      url: '/units',
      summary: 'Add an organisational unit',
      tags: ['admin'],
      action: coreActions.unitManage.name,
      audit: 'UnitCreate',
      schema: {
        body: {
          type: 'object',
          properties: {
            name: { type: 'string', minLength: 1, maxLength: 200 },
            kind: { type: 'string', minLength: 1, maxLength: 50 },
            registerId: { type: ['string', 'null'], enum: [...registers.map((r) => r.id), null] },
            language: { type: 'string', enum: ['fi', 'sv', 'en'] },
            parentId: { type: ['string', 'null'], pattern: UUID_PATTERN },
          },
          required: ['name', 'kind'],
          additionalProperties: false,
        },
        response: { 201: { type: 'object', properties: { id: { type: 'string' } } } },
      },
      handler: async ({ tx, body, reply, audit }) => {
        const row = await tx
          .insertInto('organisation_unit')
          .values({ name: body.name, kind: body.kind, register_id: body.registerId ?? null, language: body.language ?? 'fi', parent_id: body.parentId ?? null })
          .returning('id')
          .executeTakeFirstOrThrow();
        audit.objects([row.id]);
        reply.status(201);
        return { id: row.id };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/roles',
      summary: 'Roles that can be granted',
      tags: ['admin'],
      action: coreActions.userRead.name,
      audit: null,
      schema: {},
      handler: async () => ({ roles }),
    }),
    defineRoute({
      method: 'GET',
      url: '/users',
      summary: 'Staff users and their role grants',
      tags: ['admin'],
      action: coreActions.userRead.name,
      audit: 'UserList',
      schema: {},
      handler: async ({ tx }) => {
        const users = await tx.selectFrom('app_user').select(['id', 'username', 'display_name', 'language', 'active']).orderBy('username').execute();
        const grants = await tx.selectFrom('role_grant').select(['user_id', 'role', 'unit_id']).execute();
        return {
          users: users.map((u) => ({
            id: u.id,
            username: u.username,
            displayName: u.display_name,
            language: u.language,
            active: u.active,
            grants: grants.filter((g) => g.user_id === u.id).map((g) => ({ role: g.role, unitId: g.unit_id })),
          })),
        };
      },
    }),
    defineRoute<{ username: string; displayName: string; password?: string; language?: string; grants: { role: string; unitId?: string | null }[] }>({
      method: 'POST',
      url: '/users',
      summary: 'Add a staff user with role grants',
      tags: ['admin'],
      action: coreActions.userManage.name,
      audit: 'UserCreate',
      schema: {
        body: {
          type: 'object',
          properties: {
            username: { type: 'string', minLength: 2, maxLength: 100, pattern: '^[A-Za-z0-9._@-]+$' },
            displayName: { type: 'string', minLength: 1, maxLength: 200 },
            password: { type: 'string', maxLength: 500 },
            language: { type: 'string', enum: ['fi', 'sv', 'en'] },
            grants: {
              type: 'array',
              items: {
                type: 'object',
                properties: { role: { type: 'string' }, unitId: { type: ['string', 'null'], pattern: UUID_PATTERN } },
                required: ['role'],
                additionalProperties: false,
              },
            },
          },
          required: ['username', 'displayName', 'grants'],
          additionalProperties: false,
        },
      },
      handler: async ({ tx, body, reply, audit }) => {
        const id = await createUser(tx, body, scopes);
        audit.objects([id]);
        reply.status(201);
        return { id };
      },
    }),
  ];
}
