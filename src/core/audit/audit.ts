import { sql } from 'kysely';
import type { Db, ReadTx, Tx } from '../db/database.ts';

/**
 * One audit event (käyttöloki), named `EntityAction` (PlacementCreate, PersonRead). It says
 * who did what to whose data and why; it never carries free text or a henkilötunnus.
 */
export interface AuditEvent {
  event: string;
  actorUserId: string | null;
  actorKind: 'user' | 'cli' | 'system' | 'anonymous' | 'citizen';
  /** The acting person when a resident acts on their own or their child's data (actorKind 'citizen'). */
  actorPersonId?: string | null;
  actorRoles?: string[];
  actorUnitIds?: string[];
  registerId?: string | null;
  datasetId?: string | null;
  personIds?: string[];
  objectIds?: string[];
  /** Why: a purpose code such as `care`, `decision`, `information_request`, `administration`. */
  purpose?: string | null;
  informationRequestId?: string | null;
  requestId?: string | null;
  outcome?: 'success' | 'denied';
  /** When it happened; set by the database at insert unless the event was queued (AuditWriter). */
  occurredAt?: Date;
}

const EVENT_NAME = /^[A-Z][A-Za-z]+$/;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ACTOR_KINDS = new Set(['user', 'cli', 'system', 'anonymous', 'citizen']);

/**
 * Checks what the table would refuse, before the insert: a queued event (AuditWriter) that the
 * database rejected later would block the queue behind it. The messages never echo an id,
 * which could be a henkilötunnus passed by mistake.
 */
export function assertValidEvents(events: AuditEvent[]): void {
  for (const e of events) {
    if (!EVENT_NAME.test(e.event)) throw new Error(`Audit event name must be EntityAction: ${e.event}`);
    if (!ACTOR_KINDS.has(e.actorKind)) throw new Error(`Audit event ${e.event}: unknown actor kind`);
    if (e.outcome && e.outcome !== 'success' && e.outcome !== 'denied') throw new Error(`Audit event ${e.event}: unknown outcome`);
    if ((e.actorKind === 'citizen') !== !!e.actorPersonId) throw new Error(`Audit event ${e.event}: a citizen event names the acting person, and only it does`);
    const ids = [e.actorUserId, e.actorPersonId, e.informationRequestId, ...(e.personIds ?? []), ...(e.actorUnitIds ?? [])];
    if (ids.some((id) => id != null && !UUID.test(id))) throw new Error(`Audit event ${e.event}: a person, user, unit or request id is not a UUID`);
  }
}

/** Appends events in the caller's transaction, so that a write and its event commit together. */
export async function appendAudit(tx: Tx | Db, events: AuditEvent[]): Promise<void> {
  if (events.length === 0) return;
  assertValidEvents(events);
  await tx
    .insertInto('audit_event')
    .values(
      events.map((e) => ({
        // Filled by the trigger that links the chain.
        chain_no: 0,
        prev_hash: '',
        hash: '',
        occurred_at: e.occurredAt ?? (null as unknown as Date),
        actor_user_id: e.actorUserId,
        actor_kind: e.actorKind,
        actor_person_id: e.actorPersonId ?? null,
        actor_roles: e.actorRoles ?? [],
        actor_unit_ids: e.actorUnitIds ?? [],
        event: e.event,
        register_id: e.registerId ?? null,
        dataset_id: e.datasetId ?? null,
        person_ids: [...new Set(e.personIds ?? [])],
        object_ids: [...new Set(e.objectIds ?? [])],
        purpose: e.purpose ?? null,
        information_request_id: e.informationRequestId ?? null,
        request_id: e.requestId ?? null,
        outcome: e.outcome ?? 'success',
      })),
    )
    .execute();
}

export interface ChainVerification {
  ok: boolean;
  events: number;
  /** chain_no of the first event whose hash or link does not match. */
  firstBroken: number | null;
}

/** Recomputes every hash and link of the chain; a changed, removed or inserted row shows. */
export async function verifyAuditChain(db: ReadTx): Promise<ChainVerification> {
  const rows = await sql<{ chain_no: number; ok: boolean }>`
    select chain_no,
      hash = audit_event_digest(e) and prev_hash = coalesce(lag(hash) over (order by chain_no), 'genesis')
        and chain_no = row_number() over (order by chain_no) as ok
    from audit_event e order by chain_no`.execute(db);
  const broken = rows.rows.find((r) => !r.ok);
  return { ok: !broken, events: rows.rows.length, firstBroken: broken ? Number(broken.chain_no) : null };
}
