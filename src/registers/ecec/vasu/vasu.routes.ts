// The child's ECEC plan (varhaiskasvatussuunnitelma, VakaL 23 §): a document of sections.
// Every save is a new version; no version is edited or deleted.
import { sql } from 'kysely';
import type { ReadTx } from '../../../core/db/database.ts';
import { defineRoute, type RouteDefinition } from '../../../core/http/route.ts';
import { actions } from '../access.ts';
import { DATASET } from '../datasets.ts';
import { idParams } from '../schemas.ts';
import { checkNewVersion, type NewVasuVersion, type VasuSection } from './vasu.ts';

export type { VasuSection } from './vasu.ts';

const tags = ['ecec'];
const section = { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' }, content: { type: 'string' } } } as const;
const versionSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    version: { type: 'integer' },
    sections: { type: 'array', items: section },
    visibleToGuardians: { type: 'boolean' },
    authoredBy: { type: ['string', 'null'] },
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;

export async function getVasuVersions(db: ReadTx, childId: string) {
  const rows = await db
    .selectFrom('ecec_vasu_version as v')
    .leftJoin('app_user as u', 'u.id', 'v.authored_by')
    .select(['v.id', 'v.version', 'v.sections', 'v.visible_to_guardians as visibleToGuardians', 'u.display_name as authoredBy', 'v.created_at as createdAt'])
    .where('v.child_id', '=', childId)
    .orderBy('v.version')
    .execute();
  return rows.map((r) => ({ ...r, sections: r.sections as unknown as VasuSection[] }));
}

export const vasuRoutes: RouteDefinition[] = [
  defineRoute<NewVasuVersion, unknown, { id: string }>({
    method: 'POST',
    url: '/ecec/children/:id/vasu',
    summary: "Save a new version of the child's ECEC plan; earlier versions are kept",
    tags,
    action: actions.vasuWrite.name,
    audit: 'EcecVasuCreate',
    datasetId: DATASET.vasu,
    purpose: 'care',
    target: ({ params }) => [params.id],
    schema: {
      params: idParams,
      body: {
        type: 'object',
        properties: {
          sections: {
            type: 'array',
            minItems: 1,
            maxItems: 50,
            items: {
              type: 'object',
              properties: { id: { type: 'string', minLength: 1, maxLength: 50 }, title: { type: 'string', minLength: 1, maxLength: 200 }, content: { type: 'string', maxLength: 20000 } },
              required: ['id', 'title', 'content'],
              additionalProperties: false,
            },
          },
          visibleToGuardians: { type: 'boolean' },
          basedOnVersion: { type: 'integer', minimum: 0 },
        },
        required: ['sections'],
        additionalProperties: false,
      },
      response: { 201: { type: 'object', properties: { id: { type: 'string' }, version: { type: 'integer' } } } },
    },
    handler: async ({ tx, params, body, user, reply, audit }) => {
      // Serialise concurrent saves of the same child's plan so that version numbers never collide.
      await sql`select pg_advisory_xact_lock(hashtext(${params.id}))`.execute(tx);
      const latest = await tx
        .selectFrom('ecec_vasu_version')
        .select(['version', 'sections', 'visible_to_guardians as visibleToGuardians'])
        .where('child_id', '=', params.id)
        .orderBy('version', 'desc')
        .executeTakeFirst();
      checkNewVersion(body, latest ? { ...latest, sections: latest.sections as unknown as VasuSection[] } : null);
      const row = await tx
        .insertInto('ecec_vasu_version')
        .values({ child_id: params.id, version: (latest?.version ?? 0) + 1, sections: JSON.stringify(body.sections), visible_to_guardians: body.visibleToGuardians ?? false, authored_by: user?.userId ?? null })
        .returning(['id', 'version'])
        .executeTakeFirstOrThrow();
      audit.objects([row.id]);
      reply.status(201);
      return row;
    },
  }),
  defineRoute<unknown, unknown, { id: string }>({
    method: 'GET',
    url: '/ecec/children/:id/vasu',
    summary: "Every version of the child's ECEC plan",
    tags,
    action: actions.vasuRead.name,
    audit: 'EcecVasuRead',
    datasetId: DATASET.vasu,
    target: ({ params }) => [params.id],
    schema: { params: idParams, response: { 200: { type: 'object', properties: { versions: { type: 'array', items: versionSchema } } } } },
    handler: async ({ tx, params }) => ({ versions: await getVasuVersions(tx, params.id) }),
  }),
];
