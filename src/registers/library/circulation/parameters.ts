// The library rules (käyttösäännöt) in force on a day: municipal fees and limits from
// library_parameter, and the loan period and renewals of each item type from library_loan_rule.
// Both are rows with effective dates; nothing here is a figure in code.
import type { ReadTx } from '../../../core/db/database.ts';
import { ApiError } from '../../../core/http/errors.ts';

export interface LibraryParameters {
  id: string;
  late_fee_per_day: number;
  late_fee_max_per_item: number;
  grace_days: number;
  block_threshold: number;
  unclaimed_hold_fee: number;
  hold_pickup_days: number;
  max_holds: number;
  max_loans: number;
  overdue_notice_days: number[];
  guardian_consent_below_age: number;
  self_service_min_age: number;
  max_pin_failures: number;
  status: string;
}

export interface LoanRule {
  id: string;
  item_type: string;
  loan_period_days: number;
  max_renewals: number;
  holdable: boolean;
}

export async function parametersOn(db: ReadTx, date: string): Promise<LibraryParameters | null> {
  const row = await db
    .selectFrom('library_parameter')
    .select([
      'id',
      'late_fee_per_day',
      'late_fee_max_per_item',
      'grace_days',
      'block_threshold',
      'unclaimed_hold_fee',
      'hold_pickup_days',
      'max_holds',
      'max_loans',
      'overdue_notice_days',
      'guardian_consent_below_age',
      'self_service_min_age',
      'max_pin_failures',
      'status',
    ])
    .where('effective_from', '<=', date)
    .where((eb) => eb.or([eb('effective_to', 'is', null), eb('effective_to', '>=', date)]))
    .executeTakeFirst();
  return row ?? null;
}

/** The parameters of the day, or a 400 that tells the municipality to enter them. */
export async function requireParameters(db: ReadTx, date: string): Promise<LibraryParameters> {
  const p = await parametersOn(db, date);
  if (!p) {
    throw new ApiError(400, 'library_parameters_missing', {
      fi: 'Kirjaston käyttösääntöjen maksuja ja rajoja ei ole kirjattu tälle päivälle.',
      sv: 'Bibliotekets avgifter och gränser enligt användarreglerna saknas för denna dag.',
      en: 'The fees and limits of the library rules are missing for this day.',
    });
  }
  return p;
}

export async function loanRulesOn(db: ReadTx, date: string): Promise<LoanRule[]> {
  return db
    .selectFrom('library_loan_rule')
    .select(['id', 'item_type', 'loan_period_days', 'max_renewals', 'holdable'])
    .where('effective_from', '<=', date)
    .where((eb) => eb.or([eb('effective_to', 'is', null), eb('effective_to', '>=', date)]))
    .orderBy('item_type')
    .execute();
}

/** The loan rule of an item type on a day, or a 400 naming what is missing. */
export async function requireLoanRule(db: ReadTx, itemType: string, date: string): Promise<LoanRule> {
  const rule = await db
    .selectFrom('library_loan_rule')
    .select(['id', 'item_type', 'loan_period_days', 'max_renewals', 'holdable'])
    .where('item_type', '=', itemType)
    .where('effective_from', '<=', date)
    .where((eb) => eb.or([eb('effective_to', 'is', null), eb('effective_to', '>=', date)]))
    .executeTakeFirst();
  if (!rule) {
    throw new ApiError(400, 'loan_rule_missing', {
      fi: 'Aineistolajille ei ole kirjattu lainaussääntöä tälle päivälle.',
      sv: 'Lånevillkor saknas för materialtypen denna dag.',
      en: 'No loan rule is in force for the item type on this day.',
    });
  }
  return rule;
}
