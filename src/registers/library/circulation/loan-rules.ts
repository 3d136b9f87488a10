// Loan rules of a public library (Laki yleisistä kirjastoista 1492/2016): borrowing is free;
// late fees, renewal limits and the ban threshold are municipal figures (parameters.ts).
import type { ReadTx } from '../../../core/db/database.ts';
import { addDays, extendToNextWorkingDay } from '../../../core/calendar/working-days.ts';
import type { LibraryParameters } from './parameters.ts';

/** Calendar days from a to b (b − a), on plain dates. */
export function daysBetween(a: string, b: string): number {
  const t = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((t(b) - t(a)) / 86_400_000);
}

/** Age in whole years on a date. */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/**
 * The due date of a loan period starting today. A due date on a weekend or a public holiday
 * moves to the next working day, so that no patron is charged for a day they could not return.
 *
 * @example
 * dueDate('2025-12-01', 24) // '2025-12-29': 25 and 26 Dec are holidays, 27–28 Dec a weekend
 */
export function dueDate(today: string, loanPeriodDays: number): string {
  return extendToNextWorkingDay(addDays(today, loanPeriodDays));
}

/**
 * The late fee of one loan returned on `returnedOn`, in euros: per overdue day after the
 * grace days, capped per item. Computed in cents so that 0.20 × 3 is 0.60, not 0.6000000001.
 *
 * @example
 * lateFee('2025-10-01', '2025-10-04', { late_fee_per_day: 0.2, late_fee_max_per_item: 5, grace_days: 0 }) // 0.6
 */
export function lateFee(dueOn: string, returnedOn: string, p: Pick<LibraryParameters, 'late_fee_per_day' | 'late_fee_max_per_item' | 'grace_days'>): number {
  const overdue = daysBetween(dueOn, returnedOn) - p.grace_days;
  if (overdue <= 0) return 0;
  const cents = Math.min(overdue * Math.round(p.late_fee_per_day * 100), Math.round(p.late_fee_max_per_item * 100));
  return cents / 100;
}

/** Unpaid fees that count towards a borrowing ban, in euros. */
export async function unpaidFees(db: ReadTx, patronId: string): Promise<number> {
  // Compensation for damaged or lost items cannot lead to a ban (1492/2016, HE 238/2016).
  const unpaid = await db
    .selectFrom('library_fee')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount'), eb.lit(0)).as('total'))
    .where('patron_id', '=', patronId)
    .where('kind', '<>', 'compensation')
    .where('paid_on', 'is', null)
    .where('cancelled_on', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(unpaid.total);
}

/** Why a patron may not borrow today, or null. Only unpaid fees and explicit blocks count. */
export async function borrowingBan(db: ReadTx, patronId: string, today: string, p: Pick<LibraryParameters, 'block_threshold'>): Promise<'blocked' | 'unpaid_fees' | null> {
  // One round trip: this runs on every checkout, renewal and door opening.
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .exists(
          eb
            .selectFrom('library_patron_block')
            .select('id')
            .where('patron_id', '=', patronId)
            .where('lifted_on', 'is', null)
            .where('blocked_from', '<=', today)
            .where((w) => w.or([w('blocked_to', 'is', null), w('blocked_to', '>=', today)])),
        )
        .as('blocked'),
      eb
        .selectFrom('library_fee')
        .select((f) => f.fn.coalesce(f.fn.sum<number>('amount'), f.lit(0)).as('total'))
        .where('patron_id', '=', patronId)
        // Compensation for damaged or lost items cannot lead to a ban (1492/2016, HE 238/2016).
        .where('kind', '<>', 'compensation')
        .where('paid_on', 'is', null)
        .where('cancelled_on', 'is', null)
        .as('unpaid'),
    ])
    .executeTakeFirstOrThrow();
  if (row.blocked) return 'blocked';
  return Number(row.unpaid ?? 0) >= p.block_threshold ? 'unpaid_fees' : null;
}
