// The child's ECEC plan (varhaiskasvatussuunnitelma, VakaL 23 §): a document of sections.
// Every save is a new version; no version is edited or deleted.
import { sql } from 'kysely';
import type { ReadTx } from '../../../core/db/database.ts';
import { defineRoute, type RouteDefinition } from '../../../core/http/route.ts';
import { actions } from '../access.ts';
import { DATASET } from '../datasets.ts';
import { idParams } from '../schemas.ts';

const tags = ['ecec'];

export interface VasuSection {
  id: string;
  title: string;
  content: string;
}

export async function getVasuVersions(db: ReadTx, childId: string) {
  return db
    .selectFrom('ecec_vasu_version as v')
    .leftJoin('app_user as u', 'u.id', 'v.authored_by')
    .select(['v.id', 'v.version', 'v.sections', 'v.visible_to_guardians as visibleToGuardians', 'u.display_name as authoredBy', 'v.created_at as createdAt'])
    .where('v.child_id', '=', childId)
    .orderBy('v.version')
    .execute();
}

export const vasuRoutes: RouteDefinition[] = [
  defineRoute<{ sections: VasuSection[]; visibleToGuardians?: boolean }, unknown, { id: string }>({
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
        },
        required: ['sections'],
        additionalProperties: false,
      },
    },
    handler: async ({ tx, params, body, user, reply, audit }) => {
      // Serialise concurrent saves of the same child's plan so that version numbers never collide.
      await sql`select pg_advisory_xact_lock(hashtext(${params.id}))`.execute(tx);
      const last = await tx.selectFrom('ecec_vasu_version').select(sql<number>`coalesce(max(version), 0)`.as('v')).where('child_id', '=', params.id).executeTakeFirstOrThrow();
      const row = await tx
        .insertInto('ecec_vasu_version')
        .values({ child_id: params.id, version: Number(last.v) + 1, sections: JSON.stringify(body.sections), visible_to_guardians: body.visibleToGuardians ?? false, authored_by: user?.userId ?? null })
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
    schema: { params: idParams },
    handler: async ({ tx, params }) => ({ versions: await getVasuVersions(tx, params.id) }),
  }),
];
