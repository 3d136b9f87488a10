// Loan rules of a public library (Laki yleisistä kirjastoista 1492/2016): borrowing is free;
// late fees, renewal limits and the ban threshold are municipal figures read from
// library_fee_parameter rows in effect on the day.
import type { ReadTx } from '../../../core/db/database.ts';

export interface LibraryFeeParameters {
  id: string;
  late_fee_per_day: number;
  late_fee_max_per_item: number;
  grace_days: number;
  max_renewals: number;
  block_threshold: number;
  status: string;
}

/** Calendar days from a to b (b − a), on plain dates. */
export function daysBetween(a: string, b: string): number {
  const t = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((t(b) - t(a)) / 86_400_000);
}

/**
 * The late fee of one loan returned on `returnedOn`, in euros: per overdue day after the
 * grace days, capped per item. Computed in cents so that 0.20 × 3 is 0.60, not 0.6000000001.
 *
 * @example
 * lateFee('2025-10-01', '2025-10-04', { late_fee_per_day: 0.2, late_fee_max_per_item: 5, grace_days: 0 }) // 0.6
 */
export function lateFee(dueOn: string, returnedOn: string, p: Pick<LibraryFeeParameters, 'late_fee_per_day' | 'late_fee_max_per_item' | 'grace_days'>): number {
  const overdue = daysBetween(dueOn, returnedOn) - p.grace_days;
  if (overdue <= 0) return 0;
  const cents = Math.min(overdue * Math.round(p.late_fee_per_day * 100), Math.round(p.late_fee_max_per_item * 100));
  return cents / 100;
}

export async function feeParametersOn(db: ReadTx, date: string): Promise<LibraryFeeParameters | null> {
  const row = await db
    .selectFrom('library_fee_parameter')
    .select(['id', 'late_fee_per_day', 'late_fee_max_per_item', 'grace_days', 'max_renewals', 'block_threshold', 'status'])
    .where('effective_from', '<=', date)
    .where((eb) => eb.or([eb('effective_to', 'is', null), eb('effective_to', '>=', date)]))
    .executeTakeFirst();
  return row ?? null;
}

/** Why a patron may not borrow today, or null. Only unpaid fees and explicit blocks count. */
export async function borrowingBan(db: ReadTx, patronId: string, today: string, p: LibraryFeeParameters): Promise<'blocked' | 'unpaid_fees' | null> {
  const block = await db
    .selectFrom('library_patron_block')
    .select('id')
    .where('patron_id', '=', patronId)
    .where('blocked_from', '<=', today)
    .where((eb) => eb.or([eb('blocked_to', 'is', null), eb('blocked_to', '>=', today)]))
    .executeTakeFirst();
  if (block) return 'blocked';
  // Compensation for damaged or lost items cannot lead to a ban (1492/2016, HE 238/2016).
  const unpaid = await db
    .selectFrom('library_fee')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount'), eb.lit(0)).as('total'))
    .where('patron_id', '=', patronId)
    .where('kind', '<>', 'compensation')
    .where('paid_on', 'is', null)
    .where('cancelled_on', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(unpaid.total) >= p.block_threshold ? 'unpaid_fees' : null;
}
