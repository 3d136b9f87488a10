// Lainaus, uusinta ja palautus: the circulation rules shared by the circulation desk, the
// person card and the self-service machines (SIP2). Each function runs in the caller's
// transaction, so a refused step leaves nothing half-written.
import type { Clock } from '../../../core/clock.ts';
import type { ReadTx, Tx } from '../../../core/db/database.ts';
import { circulationErrors as err } from './circulation-errors.ts';
import { trapItem, type TrappedHold } from './holds.ts';
import { borrowingBan, dueDate, lateFee } from './loan-rules.ts';
import { requireLoanRule, requireParameters } from './parameters.ts';

export interface ActivePatron {
  id: string;
  person_id: string;
  card_number: string;
  home_unit_id: string;
}

const activePatronQuery = (db: ReadTx, today: string) =>
  db
    .selectFrom('library_patron')
    .select(['id', 'person_id', 'card_number', 'home_unit_id'])
    .where('registered_on', '<=', today)
    .where((eb) => eb.or([eb('closed_on', 'is', null), eb('closed_on', '>', today)]));

export async function activePatronOfPerson(db: ReadTx, personId: string, today: string): Promise<ActivePatron | null> {
  return (await activePatronQuery(db, today).where('person_id', '=', personId).executeTakeFirst()) ?? null;
}

export async function activePatronByCard(db: ReadTx, cardNumber: string, today: string): Promise<ActivePatron | null> {
  return (await activePatronQuery(db, today).where('card_number', '=', cardNumber).executeTakeFirst()) ?? null;
}

export interface LoanView {
  id: string;
  itemId: string;
  biblioId: string;
  title: string;
  author: string | null;
  barcode: string;
  itemType: string;
  unitId: string;
  loanedOn: string;
  dueOn: string;
  renewals: number;
  returnedOn: string | null;
  overdue: boolean;
}

export const loanViewSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    itemId: { type: 'string' },
    biblioId: { type: 'string' },
    title: { type: 'string' },
    author: { type: ['string', 'null'] },
    barcode: { type: 'string' },
    itemType: { type: 'string' },
    unitId: { type: 'string' },
    loanedOn: { type: 'string' },
    dueOn: { type: 'string' },
    renewals: { type: 'integer' },
    returnedOn: { type: ['string', 'null'] },
    overdue: { type: 'boolean' },
  },
  required: ['id', 'itemId', 'biblioId', 'title', 'barcode', 'itemType', 'unitId', 'loanedOn', 'dueOn', 'renewals', 'returnedOn', 'overdue'],
} as const;

const loanSelect = (db: ReadTx) =>
  db
    .selectFrom('library_loan as l')
    .innerJoin('library_item as i', 'i.id', 'l.item_id')
    .innerJoin('library_biblio as b', 'b.id', 'i.biblio_id')
    .select(['l.id', 'l.item_id', 'i.biblio_id', 'b.title', 'b.author', 'i.barcode', 'i.item_type', 'l.unit_id', 'l.loaned_on', 'l.due_on', 'l.renewals', 'l.returned_on']);

type LoanRow = Awaited<ReturnType<ReturnType<typeof loanSelect>['executeTakeFirstOrThrow']>>;

const toLoanView = (r: LoanRow, today: string): LoanView => ({
  id: r.id,
  itemId: r.item_id,
  biblioId: r.biblio_id,
  title: r.title,
  author: r.author,
  barcode: r.barcode,
  itemType: r.item_type,
  unitId: r.unit_id,
  loanedOn: r.loaned_on,
  dueOn: r.due_on,
  renewals: r.renewals,
  returnedOn: r.returned_on,
  overdue: r.returned_on === null && r.due_on < today,
});

/** A patron's loans by due date: current ones, or with `all` also the returned ones. */
export async function loansOfPatron(db: ReadTx, patronId: string, today: string, opts: { all?: boolean } = {}): Promise<LoanView[]> {
  let q = loanSelect(db).where('l.patron_id', '=', patronId);
  if (!opts.all) q = q.where('l.returned_on', 'is', null);
  const rows = await q.orderBy('l.returned_on', (ob) => ob.desc().nullsFirst()).orderBy('l.due_on').orderBy('b.title').execute();
  return rows.map((r) => toLoanView(r, today));
}

export async function loanById(db: ReadTx, loanId: string, today: string): Promise<LoanView> {
  return toLoanView(await loanSelect(db).where('l.id', '=', loanId).executeTakeFirstOrThrow(), today);
}

export interface CheckoutResult {
  loan: LoanView;
  /** The hold of this patron that the loan fulfilled. */
  fulfilledHoldId: string | null;
}

/**
 * Lends a copy: refuses banned patrons, unknown or withdrawn copies, copies on loan or held for
 * someone else, and loans over the municipal limit; the due date comes from the loan rule of
 * the copy's item type in force today.
 */
export async function checkout(tx: Tx, clock: Clock, a: { patron: ActivePatron; barcode: string; unitId: string; deviceId?: string | null }): Promise<CheckoutResult> {
  const today = clock.today();
  const p = await requireParameters(tx, today);
  const ban = await borrowingBan(tx, a.patron.id, today, p);
  if (ban) throw err.banned(ban);
  const item = await tx
    .selectFrom('library_item as i')
    .innerJoin('library_biblio as b', 'b.id', 'i.biblio_id')
    .select((eb) => [
      'i.id',
      'i.biblio_id',
      'i.item_type',
      'i.withdrawn_on',
      'i.barcode',
      'b.title',
      'b.author',
      eb.exists(eb.selectFrom('library_loan as l').select('l.id').whereRef('l.item_id', '=', 'i.id').where('l.returned_on', 'is', null)).as('on_loan'),
    ])
    .where('i.barcode', '=', a.barcode.trim())
    .executeTakeFirst();
  if (!item || item.withdrawn_on) throw err.unknownItem();
  if (item.on_loan) throw err.itemOnLoan();
  // The hold this copy is trapped for, and the patron's own pending hold on the title.
  const holds = await tx
    .selectFrom('library_hold')
    .select(['id', 'patron_id', 'status'])
    .where((eb) =>
      eb.or([
        eb.and([eb('item_id', '=', item.id), eb('status', 'in', ['in_transit', 'waiting'])]),
        eb.and([eb('patron_id', '=', a.patron.id), eb('biblio_id', '=', item.biblio_id), eb('status', '=', 'pending')]),
      ]),
    )
    .execute();
  const trapped = holds.find((h) => h.status !== 'pending');
  if (trapped && trapped.patron_id !== a.patron.id) throw err.itemHeldForOther();
  const count = await tx
    .selectFrom('library_loan')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('patron_id', '=', a.patron.id)
    .where('returned_on', 'is', null)
    .executeTakeFirstOrThrow();
  if (Number(count.n) >= p.max_loans) throw err.loanLimit(p.max_loans);
  const rule = await requireLoanRule(tx, item.item_type, today);
  const dueOn = dueDate(today, rule.loan_period_days);
  const loan = await tx
    .insertInto('library_loan')
    .values({ patron_id: a.patron.id, item_id: item.id, unit_id: a.unitId, device_id: a.deviceId ?? null, loaned_on: today, due_on: dueOn })
    .returning('id')
    .executeTakeFirstOrThrow();
  // The patron's own hold on the title is fulfilled, whether this copy was trapped for it or not.
  const hold = trapped ?? holds.find((h) => h.status === 'pending');
  if (hold) await tx.updateTable('library_hold').set({ status: 'fulfilled', item_id: item.id, loan_id: loan.id, closed_on: today }).where('id', '=', hold.id).execute();
  return {
    loan: {
      id: loan.id,
      itemId: item.id,
      biblioId: item.biblio_id,
      title: item.title,
      author: item.author,
      barcode: item.barcode,
      itemType: item.item_type,
      unitId: a.unitId,
      loanedOn: today,
      dueOn,
      renewals: 0,
      returnedOn: null,
      overdue: false,
    },
    fulfilledHoldId: hold?.id ?? null,
  };
}

export interface RenewResult {
  loan: LoanView;
  /** Late fee charged for the days the loan was already overdue. */
  lateFee: number;
}

/**
 * Renews a loan for a new loan period from today, up to the renewals the item type's rule
 * allows; refused when someone else waits for the title. An overdue loan is charged the late
 * fee accrued so far, as it would be on return.
 */
export async function renew(tx: Tx, clock: Clock, a: { patron: ActivePatron; loanId: string }): Promise<RenewResult> {
  const today = clock.today();
  const loan = await tx
    .selectFrom('library_loan as l')
    .innerJoin('library_item as i', 'i.id', 'l.item_id')
    .select(['l.id', 'l.due_on', 'l.renewals', 'l.returned_on', 'i.item_type', 'i.biblio_id'])
    .where('l.id', '=', a.loanId)
    .where('l.patron_id', '=', a.patron.id)
    .executeTakeFirst();
  if (!loan || loan.returned_on) throw err.loanNotFound();
  const p = await requireParameters(tx, today);
  const ban = await borrowingBan(tx, a.patron.id, today, p);
  if (ban) throw err.banned(ban);
  const rule = await requireLoanRule(tx, loan.item_type, today);
  if (loan.renewals >= rule.max_renewals) throw err.renewalLimit(rule.max_renewals);
  const waiting = await tx
    .selectFrom('library_hold')
    .select('id')
    .where('biblio_id', '=', loan.biblio_id)
    .where('status', '=', 'pending')
    .where('patron_id', '<>', a.patron.id)
    .where((eb) => eb.or([eb('not_needed_after', 'is', null), eb('not_needed_after', '>=', today)]))
    .executeTakeFirst();
  if (waiting) throw err.renewalOnHold();
  const fee = lateFee(loan.due_on, today, p);
  if (fee > 0) {
    await tx.insertInto('library_fee').values({ patron_id: a.patron.id, loan_id: loan.id, kind: 'late_return', amount: fee, charged_on: today, parameter_id: p.id }).execute();
  }
  await tx.updateTable('library_loan').set({ due_on: dueDate(today, rule.loan_period_days), renewals: loan.renewals + 1 }).where('id', '=', loan.id).execute();
  return { loan: await loanById(tx, loan.id, today), lateFee: fee };
}

export interface CheckinResult {
  itemId: string;
  barcode: string;
  title: string;
  /** The loan returned, with its borrower; null when the copy was not on loan. */
  loan: { id: string; personId: string; cardNumber: string; dueOn: string; lateFee: number } | null;
  returnedOn: string;
  /** The hold the copy is now trapped for: to the hold shelf here, or to be sent to the pickup library. */
  hold: TrappedHold | null;
}

/**
 * Takes a copy back at a library: ends its loan (charging the late fee of the day's
 * parameters) and traps it for the next hold. A copy that is not on loan is still checked for
 * holds, as when it is picked from the shelf for a hold or arrives in transit; only when
 * nothing is to be done is it refused.
 */
export async function checkin(tx: Tx, clock: Clock, a: { barcode: string; unitId: string }): Promise<CheckinResult> {
  const today = clock.today();
  const item = await tx
    .selectFrom('library_item as i')
    .innerJoin('library_biblio as b', 'b.id', 'i.biblio_id')
    .select(['i.id', 'i.biblio_id', 'i.item_type', 'i.barcode', 'b.title'])
    .where('i.barcode', '=', a.barcode.trim())
    .executeTakeFirst();
  if (!item) throw err.unknownItem();
  const p = await requireParameters(tx, today);
  const open = await tx
    .selectFrom('library_loan as l')
    .innerJoin('library_patron as p', 'p.id', 'l.patron_id')
    .select(['l.id', 'l.due_on', 'l.patron_id', 'p.person_id', 'p.card_number'])
    .where('l.item_id', '=', item.id)
    .where('l.returned_on', 'is', null)
    .executeTakeFirst();
  let loan: CheckinResult['loan'] = null;
  if (open) {
    await tx.updateTable('library_loan').set({ returned_on: today }).where('id', '=', open.id).execute();
    const fee = lateFee(open.due_on, today, p);
    if (fee > 0) {
      await tx.insertInto('library_fee').values({ patron_id: open.patron_id, loan_id: open.id, kind: 'late_return', amount: fee, charged_on: today, parameter_id: p.id }).execute();
    }
    loan = { id: open.id, personId: open.person_id, cardNumber: open.card_number, dueOn: open.due_on, lateFee: fee };
  }
  const hold = await trapItem(tx, item, a.unitId, today, p);
  if (!loan && !hold) throw err.notOnLoan();
  return { itemId: item.id, barcode: item.barcode, title: item.title, loan, returnedOn: today, hold };
}
