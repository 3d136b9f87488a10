import { sql } from 'kysely';
import type { ReadTx, Tx } from '../db/database.ts';
import type { Localized } from '../i18n.ts';
import type { PersonId } from '../ids.ts';
import type { PersonRecordItem } from '../module.ts';
import { badRequest, conflict, notFoundOrDenied } from '../http/errors.ts';
import {
  DEADLINE_NAMES,
  DEADLINE_WARNINGS,
  deadlineState,
  dueDate,
  legalParameterOn,
  type DeadlineKind,
  type DeadlineState,
  type ItemDecision,
  type LegalGround,
  type Outcome,
  type Period,
  type RequestKind,
  type RequestStatus,
} from './information-request.ts';

export interface NewInformationRequest {
  kind: RequestKind;
  subjectPersonId: PersonId;
  requesterKind: string;
  requesterPersonId?: string | null;
  requesterName?: string | null;
  identificationMethod: string;
  channel: string;
  receivedOn: string;
  language?: 'fi' | 'sv' | 'en';
}

export interface Deadline {
  kind: DeadlineKind;
  name: Localized;
  dueOn: string;
  superseded: boolean;
  state: DeadlineState;
  warning: Localized | null;
}

export interface InformationRequestView {
  id: string;
  kind: RequestKind;
  status: RequestStatus;
  subjectPersonId: string;
  requesterKind: string;
  requesterPersonId: string | null;
  requesterName: string | null;
  identificationMethod: string;
  channel: string;
  receivedOn: string;
  language: 'fi' | 'sv' | 'en';
  large: boolean;
  extensionReason: string | null;
  outcome: Outcome | null;
  decidedOn: string | null;
  deliveredOn: string | null;
  deliveryChannel: string | null;
  deadlines: Deadline[];
  /** The deadline in force (the latest not superseded). */
  dueOn: string;
  warnings: Localized[];
}

export interface StoredItem {
  id: string;
  registerId: string;
  datasetId: string;
  itemKey: string;
  role: 'subject' | 'reference';
  title: Localized;
  date: string | null;
  data: Record<string, unknown>;
  otherPersonIds: string[];
  decision: ItemDecision;
  legalGround: LegalGround | null;
  redactedFields: string[];
}

const GDPR_KINDS: RequestKind[] = ['access', 'access_log', 'rectification', 'restriction', 'objection'];

const PARAM = {
  document: 'information_request.document_deadline',
  documentLarge: 'information_request.document_deadline_large',
  gdpr: 'information_request.gdpr_deadline',
  gdprExtension: 'information_request.gdpr_extension',
  warning: 'information_request.warning_working_days',
} as const;

export async function insertInformationRequest(tx: Tx, r: NewInformationRequest, createdBy: string | null): Promise<string> {
  const row = await tx
    .insertInto('information_request')
    .values({
      kind: r.kind,
      subject_person_id: r.subjectPersonId,
      requester_kind: r.requesterKind,
      requester_person_id: r.requesterPersonId ?? null,
      requester_name: r.requesterName ?? null,
      identification_method: r.identificationMethod,
      channel: r.channel,
      received_on: r.receivedOn,
      language: r.language ?? 'fi',
      created_by: createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const first = r.kind === 'document' ? { kind: 'julkisuuslaki_14' as const, key: PARAM.document } : { kind: 'gdpr_12_3' as const, key: PARAM.gdpr };
  const p = await legalParameterOn<Period>(tx, first.key, r.receivedOn);
  await tx
    .insertInto('information_request_deadline')
    .values({ request_id: row.id, kind: first.kind, due_on: dueDate(r.receivedOn, p.value), legal_parameter_id: p.id })
    .execute();
  return row.id;
}

/**
 * Extends the deadline: a document request becomes "large" (Julkisuuslaki 14 § 4 mom., one
 * month), a GDPR request gets two more months (12(3)). The reason is recorded, and the
 * extension must be made before the original deadline passes, since the requester has to be
 * told within it.
 */
export async function extendDeadline(tx: Tx, id: string, reason: string, today: string): Promise<void> {
  const req = await getInformationRequest(tx, id, today);
  if (!req) throw notFoundOrDenied();
  if (req.status === 'delivered') throw closed();
  if (req.extensionReason !== null) {
    throw conflict('already_extended', { fi: 'Määräaikaa on jo jatkettu.', sv: 'Tidsfristen har redan förlängts.', en: 'The deadline has already been extended.' });
  }
  if (today > req.dueOn) {
    throw badRequest('extension_too_late', {
      fi: 'Määräaikaa ei voi enää jatkaa: alkuperäinen määräaika on päättynyt.',
      sv: 'Tidsfristen kan inte längre förlängas: den ursprungliga tidsfristen har gått ut.',
      en: 'The deadline can no longer be extended: the original deadline has passed.',
    });
  }
  let kind: DeadlineKind;
  let due: string;
  let parameterId: string;
  if (req.kind === 'document') {
    const p = await legalParameterOn<Period>(tx, PARAM.documentLarge, req.receivedOn);
    kind = 'julkisuuslaki_14_large';
    due = dueDate(req.receivedOn, p.value);
    parameterId = p.id;
  } else {
    const base = await legalParameterOn<Period>(tx, PARAM.gdpr, req.receivedOn);
    const ext = await legalParameterOn<Period>(tx, PARAM.gdprExtension, req.receivedOn);
    kind = 'gdpr_12_3_extended';
    due = dueDate(req.receivedOn, { months: (base.value.months ?? 0) + (ext.value.months ?? 0) });
    parameterId = ext.id;
  }
  await tx.updateTable('information_request_deadline').set({ superseded: true }).where('request_id', '=', id).execute();
  await tx.insertInto('information_request_deadline').values({ request_id: id, kind, due_on: due, legal_parameter_id: parameterId }).execute();
  await tx
    .updateTable('information_request')
    .set({ extension_reason: reason, large: req.kind === 'document', updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export const closed = () =>
  conflict('request_closed', {
    fi: 'Tietopyyntö on jo ratkaistu tai toimitettu.',
    sv: 'Begäran har redan avgjorts eller levererats.',
    en: 'The request has already been decided or delivered.',
  });

type RequestRow = {
  id: string;
  kind: string;
  status: string;
  subject_person_id: string;
  requester_kind: string;
  requester_person_id: string | null;
  requester_name: string | null;
  identification_method: string;
  channel: string;
  received_on: string;
  language: string;
  large: boolean;
  extension_reason: string | null;
  outcome: string | null;
  decided_on: string | null;
  delivered_on: string | null;
  delivery_channel: string | null;
};

async function toViews(db: ReadTx, rows: RequestRow[], today: string): Promise<InformationRequestView[]> {
  if (rows.length === 0) return [];
  const [deadlines, warn] = await Promise.all([
    db
      .selectFrom('information_request_deadline')
      .select(['request_id', 'kind', 'due_on', 'superseded'])
      .where(
        'request_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('created_at')
      .orderBy('due_on')
      .execute(),
    legalParameterOn<{ workingDays: number }>(db, PARAM.warning, today),
  ]);
  return rows.map((r) => {
    const own = deadlines
      .filter((d) => d.request_id === r.id)
      .map((d): Deadline => {
        const kind = d.kind as DeadlineKind;
        const state = d.superseded ? 'ok' : deadlineState(d.due_on, today, r.delivered_on, warn.value.workingDays);
        return {
          kind,
          name: DEADLINE_NAMES[kind],
          dueOn: d.due_on,
          superseded: d.superseded,
          state,
          warning: state === 'near' || state === 'overdue' ? DEADLINE_WARNINGS[state](d.due_on) : null,
        };
      });
    const current = own.filter((d) => !d.superseded).at(-1);
    return {
      id: r.id,
      kind: r.kind as RequestKind,
      status: r.status as RequestStatus,
      subjectPersonId: r.subject_person_id,
      requesterKind: r.requester_kind,
      requesterPersonId: r.requester_person_id,
      requesterName: r.requester_name,
      identificationMethod: r.identification_method,
      channel: r.channel,
      receivedOn: r.received_on,
      language: r.language as 'fi' | 'sv' | 'en',
      large: r.large,
      extensionReason: r.extension_reason,
      outcome: r.outcome as Outcome | null,
      decidedOn: r.decided_on,
      deliveredOn: r.delivered_on,
      deliveryChannel: r.delivery_channel,
      deadlines: own,
      dueOn: current?.dueOn ?? r.received_on,
      warnings: own.flatMap((d) => (d.warning && !d.superseded ? [d.warning] : [])),
    };
  });
}

const requestColumns = [
  'id',
  'kind',
  'status',
  'subject_person_id',
  'requester_kind',
  'requester_person_id',
  'requester_name',
  'identification_method',
  'channel',
  'received_on',
  'language',
  'large',
  'extension_reason',
  'outcome',
  'decided_on',
  'delivered_on',
  'delivery_channel',
] as const;

export async function getInformationRequest(db: ReadTx, id: string, today: string): Promise<InformationRequestView | null> {
  const row = await db.selectFrom('information_request').select(requestColumns).where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  return (await toViews(db, [row], today))[0]!;
}

/** Open requests first, by the deadline in force; delivered ones only when asked. */
export async function listInformationRequests(db: ReadTx, opts: { today: string; includeDelivered: boolean; limit: number }) {
  let q = db.selectFrom('information_request').select(requestColumns).orderBy('received_on', 'desc').limit(opts.limit);
  if (!opts.includeDelivered) q = q.where('status', '<>', 'delivered');
  const views = await toViews(db, await q.execute(), opts.today);
  return views.sort((a, b) => (a.status === 'delivered' ? 1 : 0) - (b.status === 'delivered' ? 1 : 0) || a.dueOn.localeCompare(b.dueOn));
}

/** JSON with sorted keys: jsonb does not keep key order, so plain JSON.stringify would see a change. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x));
}

/**
 * Stores a snapshot of what the registers returned. A repeated search keeps the review of an
 * item whose content did not change, resets it when the content changed, and drops items
 * that no longer exist.
 */
export async function storeSearchResult(tx: Tx, requestId: string, found: Map<string, PersonRecordItem[]>): Promise<void> {
  const existing = await tx
    .selectFrom('information_request_item')
    .select(['id', 'register_id', 'item_key', 'data', 'title', 'item_date', 'role'])
    .where('request_id', '=', requestId)
    .execute();
  const byKey = new Map(existing.map((e) => [`${e.register_id}\u0000${e.item_key}`, e]));
  const seen = new Set<string>();
  const inserts: any[] = [];
  for (const [registerId, items] of found) {
    for (const it of items) {
      const key = `${registerId}\u0000${it.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const old = byKey.get(key);
      const values = {
        dataset_id: it.datasetId,
        role: it.role,
        title: JSON.stringify(it.title),
        item_date: it.date,
        data: JSON.stringify(it.data),
        other_person_ids: it.otherPersonIds ?? [],
      };
      if (!old) {
        inserts.push({ request_id: requestId, register_id: registerId, item_key: it.id, ...values });
      } else if (canonical(old.data) !== canonical(it.data) || canonical(old.title) !== canonical(it.title) || old.item_date !== it.date || old.role !== it.role) {
        await tx
          .updateTable('information_request_item')
          .set({ ...values, decision: 'pending', legal_ground: null, redacted_fields: [], reviewed_by: null, reviewed_at: null })
          .where('id', '=', old.id)
          .execute();
      }
    }
  }
  const gone = existing.filter((e) => !seen.has(`${e.register_id}\u0000${e.item_key}`)).map((e) => e.id);
  if (gone.length) await tx.deleteFrom('information_request_item').where('id', 'in', gone).execute();
  for (let i = 0; i < inserts.length; i += 500) await tx.insertInto('information_request_item').values(inserts.slice(i, i + 500)).execute();
  await tx.updateTable('information_request').set({ status: 'searched', updated_at: sql`now()` }).where('id', '=', requestId).execute();
}

export async function getItems(db: ReadTx, requestId: string): Promise<StoredItem[]> {
  const rows = await db
    .selectFrom('information_request_item')
    .selectAll()
    .where('request_id', '=', requestId)
    .orderBy('register_id')
    .orderBy('dataset_id')
    .orderBy('item_date', 'desc')
    .orderBy('item_key')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    registerId: r.register_id,
    datasetId: r.dataset_id,
    itemKey: r.item_key,
    role: r.role as 'subject' | 'reference',
    title: r.title as unknown as Localized,
    date: r.item_date,
    data: r.data as Record<string, unknown>,
    otherPersonIds: r.other_person_ids,
    decision: r.decision as ItemDecision,
    legalGround: r.legal_ground as LegalGround | null,
    redactedFields: r.redacted_fields,
  }));
}

export interface ItemReview {
  id: string;
  decision: 'release' | 'redact' | 'withhold';
  legalGround?: LegalGround | null;
  redactedFields?: string[];
}

const invalidReview = (code: string, fi: string, sv: string, en: string) => badRequest(code, { fi, sv, en });

/** Records the officer's decision on items; a redaction names the fields it hides. */
export async function reviewItems(tx: Tx, requestId: string, reviews: ItemReview[], reviewerId: string): Promise<void> {
  const items = await getItems(tx, requestId);
  const byId = new Map(items.map((i) => [i.id, i]));
  for (const r of reviews) {
    const item = byId.get(r.id);
    if (!item) throw invalidReview('unknown_item', 'Tuntematon tieto.', 'Okänd uppgift.', 'Unknown item.');
    if (r.decision !== 'release' && !r.legalGround) {
      throw invalidReview(
        'legal_ground_required',
        'Peruste on pakollinen, kun tieto salataan tai jätetään antamatta.',
        'En grund krävs när en uppgift maskeras eller inte lämnas ut.',
        'A legal ground is required to redact or withhold an item.',
      );
    }
    const fields = r.decision === 'redact' ? [...new Set(r.redactedFields ?? [])] : [];
    if (r.decision === 'redact' && (fields.length === 0 || fields.some((f) => !Object.hasOwn(item.data, f)))) {
      throw invalidReview(
        'invalid_redacted_fields',
        'Salattavat kentät puuttuvat tai eivät kuulu tietoon.',
        'Fälten som ska maskeras saknas eller hör inte till uppgiften.',
        'The fields to redact are missing or not part of the item.',
      );
    }
  }
  for (const r of reviews) {
    await tx
      .updateTable('information_request_item')
      .set({
        decision: r.decision,
        legal_ground: r.decision === 'release' ? null : r.legalGround!,
        redacted_fields: r.decision === 'redact' ? [...new Set(r.redactedFields!)] : [],
        reviewed_by: reviewerId,
        reviewed_at: sql`now()`,
      })
      .where('id', '=', r.id)
      .where('request_id', '=', requestId)
      .execute();
  }
}

/** The outcome follows from the items: all released = full, nothing released = negative. */
export function outcomeOf(items: Pick<StoredItem, 'decision'>[]): Outcome {
  if (items.every((i) => i.decision === 'release')) return 'full';
  if (items.every((i) => i.decision === 'withhold')) return 'negative';
  return 'partial';
}

export async function decideRequest(tx: Tx, requestId: string, today: string): Promise<Outcome> {
  const items = await getItems(tx, requestId);
  const pending = items.filter((i) => i.decision === 'pending').length;
  if (pending > 0) {
    throw badRequest(
      'items_not_reviewed',
      { fi: 'Kaikkia tietoja ei ole vielä käsitelty.', sv: 'Alla uppgifter har inte behandlats ännu.', en: 'Not every item has been reviewed yet.' },
      { pending },
    );
  }
  const outcome = outcomeOf(items);
  await tx.updateTable('information_request').set({ status: 'decided', outcome, decided_on: today, updated_at: sql`now()` }).where('id', '=', requestId).execute();
  return outcome;
}

export async function markDelivered(tx: Tx, requestId: string, channel: string, today: string): Promise<void> {
  await tx
    .updateTable('information_request')
    .set({ status: 'delivered', delivered_on: today, delivery_channel: channel, updated_at: sql`now()` })
    .where('id', '=', requestId)
    .execute();
}

export const GDPR_REQUEST_KINDS = GDPR_KINDS;
