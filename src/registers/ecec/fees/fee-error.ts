/**
 * A text in Finnish, Swedish and English. Same shape as the core's `Localized`
 * (src/core/i18n.ts), kept here so that the fee code depends on nothing but its own folder.
 */
export interface Localized {
  fi: string;
  sv: string;
  en: string;
}

/**
 * Why an ECEC fee could not be calculated. The codes are stable: routes map them to HTTP
 * answers and the UI may branch on them.
 */
export type FeeCalculationErrorCode =
  /** No parameter period covers the date, or the period lacks the income limits. */
  | 'no_fee_parameters'
  /** Two parameter periods (or two tier sets) cover the same date. */
  | 'overlapping_fee_parameters'
  /** A parameter row is malformed (partial income limits, impossible percentages…). */
  | 'invalid_fee_parameters'
  /** A family larger than 6 persons, but the period's increment per additional child is unknown. */
  | 'missing_increment'
  /** No configured service-need tier covers the hours. */
  | 'no_service_need_tier'
  /** The tier set is malformed (mixed periods, duplicate bounds, decreasing percentages…). */
  | 'invalid_service_need_tiers'
  /** A tier charges more than 6 § allows: over 60 % for 20 hours a week or less, or the full fee below 35 hours a week. */
  | 'service_need_tier_exceeds_law_frame'
  /** No voucher base value or coefficient for the hours is configured for the date. */
  | 'no_voucher_value'
  /** A preschool child's hours were given without saying which of them are free. */
  | 'missing_free_hours'
  /** The caller's input is invalid (family size, income, sibling order, dates, ids). */
  | 'invalid_input';

/**
 * A typed, translated calculation error. Messages never carry personal data (no income,
 * family size, birth date or child id): they may end up in logs and audit trails. They may
 * carry parameter dates, which are public law data.
 *
 * @example
 * try { selectParameters(all, '2026-08-01') }
 * catch (e) { if (e instanceof FeeCalculationError && e.code === 'no_fee_parameters') … }
 */
export class FeeCalculationError extends Error {
  override readonly name = 'FeeCalculationError';

  constructor(
    readonly code: FeeCalculationErrorCode,
    readonly messages: Localized,
  ) {
    super(messages.en);
  }
}

export const invalidInput = (fi: string, sv: string, en: string): FeeCalculationError =>
  new FeeCalculationError('invalid_input', { fi, sv, en });
