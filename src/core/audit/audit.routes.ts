import { sql } from 'kysely';
import { coreActions } from '../access/actions.ts';
import { defineRoute, type RouteDefinition } from '../http/route.ts';
import { UUID_PATTERN } from '../ids.ts';
import { verifyAuditChain } from './audit.ts';
import type { ReadTx } from '../db/database.ts';

export interface PersonAccessEntry {
  occurredAt: string;
  event: string;
  outcome: string;
  actor: { userId: string | null; displayName: string | null; kind: string; roles: string[]; units: string[] };
  registerId: string | null;
  datasetId: string | null;
  purpose: string | null;
}

/** Every logged processing of a person's data ("who has viewed my data"), newest first. */
export async function getPersonAuditTrail(db: ReadTx, personId: string, range: { from?: string | null; to?: string | null }) {
  let q = db
    .selectFrom('audit_event as e')
    .leftJoin('app_user as u', 'u.id', 'e.actor_user_id')
    .select([
      'e.occurred_at',
      'e.event',
      'e.outcome',
      'e.actor_user_id',
      'u.display_name',
      'e.actor_kind',
      'e.actor_roles',
      'e.actor_unit_ids',
      'e.register_id',
      'e.dataset_id',
      'e.purpose',
    ])
    .where(sql<boolean>`e.person_ids @> array[${personId}]::uuid[]`)
    .orderBy('e.chain_no', 'desc')
    .limit(5000);
  if (range.from) q = q.where('e.occurred_at', '>=', new Date(range.from + 'T00:00:00+02:00'));
  if (range.to) q = q.where('e.occurred_at', '<', new Date(new Date(range.to + 'T00:00:00+02:00').getTime() + 86400_000));
  const rows = await q.execute();
  const unitIds = [...new Set(rows.flatMap((r) => r.actor_unit_ids))];
  const units = unitIds.length ? await db.selectFrom('organisation_unit').select(['id', 'name']).where('id', 'in', unitIds).execute() : [];
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  return rows.map(
    (r): PersonAccessEntry => ({
      occurredAt: new Date(r.occurred_at).toISOString(),
      event: r.event,
      outcome: r.outcome,
      actor: {
        userId: r.actor_user_id,
        displayName: r.display_name,
        kind: r.actor_kind,
        roles: r.actor_roles,
        units: r.actor_unit_ids.map((id) => unitName.get(id) ?? id),
      },
      registerId: r.register_id,
      datasetId: r.dataset_id,
      purpose: r.purpose,
    }),
  );
}

export const auditRoutes: RouteDefinition[] = [
  defineRoute<unknown, { from?: string; to?: string }, { id: string }>({
    method: 'GET',
    url: '/persons/:id/audit-trail',
    summary: 'Who has processed this person’s data (käyttöloki), by register, dataset, role and unit',
    tags: ['audit'],
    action: coreActions.personReadAuditTrail.name,
    audit: 'PersonAuditTrailRead',
    purpose: 'access_log_request',
    reportsAuditLog: true,
    target: ({ params }) => [params.id],
    schema: {
      params: { type: 'object', properties: { id: { type: 'string', pattern: UUID_PATTERN } }, required: ['id'] },
      querystring: { type: 'object', properties: { from: { type: 'string', format: 'date' }, to: { type: 'string', format: 'date' } }, additionalProperties: false },
    },
    handler: async ({ tx, params, query }) => ({ events: await getPersonAuditTrail(tx, params.id, query) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/audit/verify',
    summary: 'Verify the hash chain of the audit log',
    tags: ['audit'],
    action: coreActions.auditVerify.name,
    audit: null,
    reportsAuditLog: true,
    schema: {},
    handler: async ({ tx }) => verifyAuditChain(tx),
  }),
];
