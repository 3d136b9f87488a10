// Varaukset: title-level holds in the order they were placed. A copy checked in is trapped for
// the first pending hold: it waits on the hold shelf of the pickup library until `pickup_by`, or
// travels there first (in transit). A hold not picked up in time expires, and the municipality
// may charge for it (1492/2016 6 §: an unclaimed reservation is not one of the free services).
import type { Clock } from '../../../core/clock.ts';
import type { ReadTx, Tx } from '../../../core/db/database.ts';
import { circulationErrors as err } from './circulation-errors.ts';
import { borrowingBan, dueDate } from './loan-rules.ts';
import { parametersOn, requireParameters, type LibraryParameters } from './parameters.ts';

export type HoldStatus = 'pending' | 'in_transit' | 'waiting' | 'fulfilled' | 'cancelled' | 'expired';

export interface HoldView {
  id: string;
  biblioId: string;
  title: string;
  author: string | null;
  pickupUnitId: string;
  pickupUnitName: string;
  placedOn: string;
  notNeededAfter: string | null;
  status: HoldStatus;
  /** 1 = next in line; null once the hold has a copy or is closed. */
  queuePosition: number | null;
  itemBarcode: string | null;
  waitingFrom: string | null;
  pickupBy: string | null;
  closedOn: string | null;
}

export const holdViewSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    biblioId: { type: 'string' },
    title: { type: 'string' },
    author: { type: ['string', 'null'] },
    pickupUnitId: { type: 'string' },
    pickupUnitName: { type: 'string' },
    placedOn: { type: 'string' },
    notNeededAfter: { type: ['string', 'null'] },
    status: { type: 'string', enum: ['pending', 'in_transit', 'waiting', 'fulfilled', 'cancelled', 'expired'] },
    queuePosition: { type: ['integer', 'null'] },
    itemBarcode: { type: ['string', 'null'] },
    waitingFrom: { type: ['string', 'null'] },
    pickupBy: { type: ['string', 'null'] },
    closedOn: { type: ['string', 'null'] },
  },
  required: ['id', 'biblioId', 'title', 'pickupUnitId', 'pickupUnitName', 'placedOn', 'status', 'queuePosition'],
} as const;

/** The holds of a patron, open ones first, with their place in the queue. */
export async function holdsOfPatron(db: ReadTx, patronId: string, opts: { includeClosed?: boolean } = {}): Promise<HoldView[]> {
  let q = db
    .selectFrom('library_hold as h')
    .innerJoin('library_biblio as b', 'b.id', 'h.biblio_id')
    .innerJoin('organisation_unit as u', 'u.id', 'h.pickup_unit_id')
    .leftJoin('library_item as i', 'i.id', 'h.item_id')
    .select((eb) => [
      'h.id',
      'h.biblio_id',
      'b.title',
      'b.author',
      'h.pickup_unit_id',
      'u.name as pickup_unit_name',
      'h.placed_on',
      'h.not_needed_after',
      'h.status',
      'i.barcode',
      'h.waiting_from',
      'h.pickup_by',
      'h.closed_on',
      eb
        .selectFrom('library_hold as o')
        .select((e2) => e2.fn.countAll<number>().as('n'))
        .whereRef('o.biblio_id', '=', 'h.biblio_id')
        .where('o.status', '=', 'pending')
        .whereRef('o.placed_at', '<=', 'h.placed_at')
        .as('queue_position'),
    ])
    .where('h.patron_id', '=', patronId);
  if (!opts.includeClosed) q = q.where('h.status', 'in', ['pending', 'in_transit', 'waiting']);
  const rows = await q.orderBy('h.closed_on', (ob) => ob.desc().nullsFirst()).orderBy('h.placed_at', 'desc').execute();
  return rows.map((r) => ({
    id: r.id,
    biblioId: r.biblio_id,
    title: r.title,
    author: r.author,
    pickupUnitId: r.pickup_unit_id,
    pickupUnitName: r.pickup_unit_name,
    placedOn: r.placed_on,
    notNeededAfter: r.not_needed_after,
    status: r.status as HoldStatus,
    queuePosition: r.status === 'pending' ? Number(r.queue_position) : null,
    itemBarcode: r.barcode ?? null,
    waitingFrom: r.waiting_from,
    pickupBy: r.pickup_by,
    closedOn: r.closed_on,
  }));
}

/** Places a hold on a title for pickup at a library. */
export async function placeHold(
  tx: Tx,
  clock: Clock,
  a: { patronId: string; biblioId: string; pickupUnitId: string; notNeededAfter?: string | null },
): Promise<{ id: string }> {
  const today = clock.today();
  const p = await requireParameters(tx, today);
  const ban = await borrowingBan(tx, a.patronId, today, p);
  if (ban) throw err.banned(ban);
  const unit = await tx.selectFrom('organisation_unit').select('register_id').where('id', '=', a.pickupUnitId).executeTakeFirst();
  if (unit?.register_id !== 'library') throw err.notALibrary();
  const biblio = await tx.selectFrom('library_biblio').select('id').where('id', '=', a.biblioId).executeTakeFirst();
  if (!biblio) throw err.unknownBiblio();
  // A title can be held when one of its copies is of an item type whose rule allows holds.
  const holdable = await tx
    .selectFrom('library_item as i')
    .innerJoin('library_loan_rule as r', 'r.item_type', 'i.item_type')
    .select('i.id')
    .where('i.biblio_id', '=', a.biblioId)
    .where('i.withdrawn_on', 'is', null)
    .where('r.holdable', '=', true)
    .where('r.effective_from', '<=', today)
    .where((eb) => eb.or([eb('r.effective_to', 'is', null), eb('r.effective_to', '>=', today)]))
    .executeTakeFirst();
  if (!holdable) throw err.notHoldable();
  const open = await tx
    .selectFrom('library_hold')
    .select(['biblio_id'])
    .where('patron_id', '=', a.patronId)
    .where('status', 'in', ['pending', 'in_transit', 'waiting'])
    .execute();
  if (open.some((h) => h.biblio_id === a.biblioId)) throw err.holdExists();
  if (open.length >= p.max_holds) throw err.holdLimit(p.max_holds);
  const onLoan = await tx
    .selectFrom('library_loan as l')
    .innerJoin('library_item as i', 'i.id', 'l.item_id')
    .select('l.id')
    .where('l.patron_id', '=', a.patronId)
    .where('l.returned_on', 'is', null)
    .where('i.biblio_id', '=', a.biblioId)
    .executeTakeFirst();
  if (onLoan) throw err.holdOnOwnLoan();
  return tx
    .insertInto('library_hold')
    .values({
      patron_id: a.patronId,
      biblio_id: a.biblioId,
      pickup_unit_id: a.pickupUnitId,
      placed_at: clock.now(),
      placed_on: today,
      not_needed_after: a.notNeededAfter ?? null,
      status: 'pending',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Cancels an open hold of the patron. A trapped copy is freed; checking it in traps it for the next hold. */
export async function cancelHold(tx: Tx, today: string, patronId: string, holdId: string): Promise<void> {
  const res = await tx
    .updateTable('library_hold')
    .set({ status: 'cancelled', closed_on: today })
    .where('id', '=', holdId)
    .where('patron_id', '=', patronId)
    .where('status', 'in', ['pending', 'in_transit', 'waiting'])
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw err.holdNotFound();
}

export interface ExpiredHold {
  holdId: string;
  patronId: string;
  personId: string;
  itemBarcode: string | null;
  fee: number;
}

/**
 * Expires holds past their time: waiting holds not picked up by `pickup_by` (charged the
 * unclaimed-hold fee of the pickup day's parameters) and pending holds past the patron's
 * "not needed after" date (free). Runs in the daily run and before a copy is trapped, so a
 * stale hold never keeps a copy from the next patron.
 */
export async function expireHolds(tx: Tx, today: string, scope: { biblioId?: string; unitId?: string } = {}): Promise<ExpiredHold[]> {
  let q = tx
    .selectFrom('library_hold as h')
    .innerJoin('library_patron as p', 'p.id', 'h.patron_id')
    .leftJoin('library_item as i', 'i.id', 'h.item_id')
    .select(['h.id', 'h.patron_id', 'p.person_id', 'h.status', 'h.pickup_by', 'i.barcode'])
    .where((eb) =>
      eb.or([
        eb.and([eb('h.status', '=', 'waiting'), eb('h.pickup_by', '<', today)]),
        eb.and([eb('h.status', '=', 'pending'), eb('h.not_needed_after', '<', today)]),
      ]),
    );
  if (scope.biblioId) q = q.where('h.biblio_id', '=', scope.biblioId);
  if (scope.unitId) q = q.where('h.pickup_unit_id', '=', scope.unitId);
  const stale = await q.execute();
  const out: ExpiredHold[] = [];
  for (const h of stale) {
    await tx.updateTable('library_hold').set({ status: 'expired', closed_on: today }).where('id', '=', h.id).execute();
    let fee = 0;
    if (h.status === 'waiting') {
      const p = await parametersOn(tx, h.pickup_by!);
      if (p && p.unclaimed_hold_fee > 0) {
        fee = p.unclaimed_hold_fee;
        await tx.insertInto('library_fee').values({ patron_id: h.patron_id, kind: 'unclaimed_reservation', amount: fee, charged_on: today, parameter_id: p.id }).execute();
      }
    }
    out.push({ holdId: h.id, patronId: h.patron_id, personId: h.person_id, itemBarcode: h.barcode ?? null, fee });
  }
  return out;
}

export interface TrappedHold {
  holdId: string;
  status: 'in_transit' | 'waiting';
  personId: string;
  cardNumber: string;
  pickupUnitId: string;
  pickupUnitName: string;
  pickupBy: string | null;
}

/**
 * What to do with a copy in hand at a library: if it is already trapped, it arrives (in transit
 * → waiting at its pickup library); otherwise it is trapped for the first pending hold on its
 * title that is still needed, when its item type may be held. Null: no hold wants the copy.
 */
export async function trapItem(tx: Tx, item: { id: string; biblio_id: string; item_type: string }, unitId: string, today: string, p: LibraryParameters): Promise<TrappedHold | null> {
  // The common case (no hold wants the copy) costs two look-ups: the copy's own hold, and the
  // first pending hold on its title.
  let current = await tx
    .selectFrom('library_hold')
    .select(['id', 'status', 'pickup_unit_id', 'pickup_by'])
    .where('item_id', '=', item.id)
    .where('status', 'in', ['in_transit', 'waiting'])
    .executeTakeFirst();
  if (current?.status === 'waiting' && current.pickup_by! < today) {
    // Not picked up in time: it expires now (with its fee) and the copy goes to the next hold.
    await expireHolds(tx, today, { biblioId: item.biblio_id });
    current = undefined;
  }
  let holdId: string;
  if (current) {
    holdId = current.id;
    if (current.status === 'in_transit' && current.pickup_unit_id === unitId) {
      await tx.updateTable('library_hold').set({ status: 'waiting', waiting_from: today, pickup_by: dueDate(today, p.hold_pickup_days) }).where('id', '=', holdId).execute();
    }
  } else {
    const next = await tx
      .selectFrom('library_hold')
      .select(['id', 'pickup_unit_id'])
      .where('biblio_id', '=', item.biblio_id)
      .where('status', '=', 'pending')
      .where((eb) => eb.or([eb('not_needed_after', 'is', null), eb('not_needed_after', '>=', today)]))
      .orderBy('placed_at')
      .limit(1)
      .executeTakeFirst();
    if (!next) return null;
    const rule = await tx
      .selectFrom('library_loan_rule')
      .select('holdable')
      .where('item_type', '=', item.item_type)
      .where('effective_from', '<=', today)
      .where((eb) => eb.or([eb('effective_to', 'is', null), eb('effective_to', '>=', today)]))
      .executeTakeFirst();
    if (!rule?.holdable) return null;
    holdId = next.id;
    const here = next.pickup_unit_id === unitId;
    await tx
      .updateTable('library_hold')
      .set(here ? { status: 'waiting', item_id: item.id, waiting_from: today, pickup_by: dueDate(today, p.hold_pickup_days) } : { status: 'in_transit', item_id: item.id })
      .where('id', '=', holdId)
      .execute();
  }
  const h = await tx
    .selectFrom('library_hold as h')
    .innerJoin('library_patron as p', 'p.id', 'h.patron_id')
    .innerJoin('organisation_unit as u', 'u.id', 'h.pickup_unit_id')
    .select(['h.id', 'h.status', 'p.person_id', 'p.card_number', 'h.pickup_unit_id', 'u.name', 'h.pickup_by'])
    .where('h.id', '=', holdId)
    .executeTakeFirstOrThrow();
  return {
    holdId: h.id,
    status: h.status as 'in_transit' | 'waiting',
    personId: h.person_id,
    cardNumber: h.card_number,
    pickupUnitId: h.pickup_unit_id,
    pickupUnitName: h.name,
    pickupBy: h.pickup_by,
  };
}
