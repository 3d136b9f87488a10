// Monthly invoicing of home-care fees (asiakasmaksujen laskutus) from the fee decisions in force.
import { addDays, addMonths } from '../../core/calendar/working-days.ts';
import type { Tx } from '../../core/db/database.ts';

const INSERT_BATCH = 1000;

/** First and last day of a month given as YYYY-MM, and its length. */
export function monthPeriod(month: string) {
  const first = `${month}-01`;
  const last = addDays(addMonths(first, 1), -1);
  return { first, last, days: Number(last.slice(8, 10)) };
}

const dayNumber = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;

/**
 * The invoice of one fee decision for one month: the monthly fee for the days the decision was
 * in force in the month, in cents rounded half up; null when it was not in force at all.
 * A whole month is exactly the monthly fee.
 *
 * @example
 * invoiceFor({ validFrom: '2025-10-16', validTo: null, monthlyFee: 186 }, '2025-10') // { days: 16, amount: 96 }
 */
export function invoiceFor(fee: { validFrom: string; validTo: string | null; monthlyFee: number }, month: string): { days: number; amount: number } | null {
  const m = monthPeriod(month);
  const from = fee.validFrom > m.first ? fee.validFrom : m.first;
  const to = fee.validTo !== null && fee.validTo < m.last ? fee.validTo : m.last;
  if (from > to) return null;
  const days = dayNumber(to) - dayNumber(from) + 1;
  const amount = days === m.days ? fee.monthlyFee : Math.round(((fee.monthlyFee * days) / m.days) * 100 + 1e-9) / 100;
  return { days, amount };
}

/**
 * Creates the month's invoices of every fee decision in force in it with a fee above zero.
 * Invoices already made for a decision and month are left as they are, so a second run adds
 * only what is new (e.g. a fee decision made after the first run).
 */
export async function runInvoicing(tx: Tx, month: string, invoiceDate: string, userId: string | null) {
  const m = monthPeriod(month);
  const fees = await tx
    .selectFrom('elderly_fee_decision as f')
    .innerJoin('elderly_service_decision as d', 'd.id', 'f.service_decision_id')
    .select(['f.id', 'f.person_id', 'f.valid_from', 'f.valid_to', 'f.monthly_fee'])
    .where('d.outcome', '=', 'granted')
    .where('f.monthly_fee', '>', 0)
    .where('f.valid_from', '<=', m.last)
    .where((eb) => eb.or([eb('f.valid_to', 'is', null), eb('f.valid_to', '>=', m.first)]))
    .execute();
  const rows = fees.flatMap((f) => {
    const inv = invoiceFor({ validFrom: f.valid_from, validTo: f.valid_to, monthlyFee: Number(f.monthly_fee) }, month);
    return inv && inv.amount > 0
      ? [{ person_id: f.person_id, fee_decision_id: f.id, month: m.first, days: inv.days, amount: inv.amount, invoice_date: invoiceDate, created_by: userId }]
      : [];
  });
  // One statement per thousand invoices: a statement takes at most 65 535 parameters.
  const created: { id: string; person_id: string; amount: number }[] = [];
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    created.push(
      ...(await tx
        .insertInto('elderly_invoice')
        .values(rows.slice(i, i + INSERT_BATCH))
        .onConflict((oc) => oc.columns(['fee_decision_id', 'month']).doNothing())
        .returning(['id', 'person_id', 'amount'])
        .execute()),
    );
  }
  return { created: created.length, total: Math.round(created.reduce((s, r) => s + Number(r.amount), 0) * 100) / 100, personIds: created.map((r) => r.person_id) };
}
