// The value of an ECEC service voucher (palvelusetelin arvo) for one child, as eVaka's
// VoucherValueDecisionGeneratorV2 computes it: the municipality's base value (a higher one for
// a child under 3) times the coefficient of the child's hours of care, rounded to whole euros
// half up. The co-payment (omavastuuosuus) is the fee the child would pay in municipal ECEC
// (1503/2016, with the sibling reduction), at most the voucher's value.
import { FeeCalculationError } from './fee-error.ts';

/** The municipality's base values in force for a period (palvelusetelisääntökirja). */
export interface VoucherValue {
  effectiveFrom: string;
  effectiveTo: string | null;
  baseValue: number;
  baseValueUnder3: number;
}

/** The coefficient of the voucher value for hours of care up to `maxHoursPerMonth` (null = above the others). */
export interface VoucherCoefficient {
  effectiveFrom: string;
  effectiveTo: string | null;
  maxHoursPerMonth: number | null;
  coefficient: number;
}

export interface ChildVoucherValue {
  /** The base value used: the under-3 one until the first of the month after the third birthday. */
  baseValue: number;
  under3: boolean;
  coefficient: number;
  /** baseValue × coefficient, whole euros. */
  value: number;
}

const covers = (p: { effectiveFrom: string; effectiveTo: string | null }, date: string) => p.effectiveFrom <= date && (p.effectiveTo === null || p.effectiveTo >= date);

/**
 * The first day the child's voucher no longer uses the under-3 value (eVaka
 * firstOfMonthAfterThirdBirthday): the third birthday when it falls on the 1st, otherwise the
 * first of the following month.
 */
export function firstOfMonthAfterThirdBirthday(birthDate: string): string {
  const y = Number(birthDate.slice(0, 4)) + 3;
  const birthday = `${y}${birthDate.slice(4)}`;
  // 29 February of a leap year: the third birthday is in a common year, so take 1 March.
  if (birthDate.slice(5) === '02-29') return `${y}-03-01`;
  if (birthDate.slice(8) === '01') return birthday;
  const m = Number(birthDate.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

const noValue = () =>
  new FeeCalculationError('no_voucher_value', {
    fi: 'Kunta ei ole määrittänyt palvelusetelin arvoa tälle päivälle ja hoitotunneille.',
    sv: 'Kommunen har inte fastställt servicesedelns värde för denna dag och dessa vårdtimmar.',
    en: 'The municipality has configured no voucher value for this date and these hours of care.',
  });

/**
 * The voucher value of a child on a date for `hoursPerMonth` hours of care a month.
 *
 * @example
 * childVoucherValue(values, coefficients, { birthDate: '2023-05-10', hoursPerMonth: 160 }, '2025-09-01');
 * // under 3 until 1.6.2026: { baseValue: 1550, under3: true, coefficient: 1, value: 1550 }
 */
export function childVoucherValue(
  values: readonly VoucherValue[],
  coefficients: readonly VoucherCoefficient[],
  child: { birthDate: string; hoursPerMonth: number },
  date: string,
): ChildVoucherValue {
  const v = values.filter((x) => covers(x, date));
  const tiers = coefficients.filter((c) => covers(c, date)).sort((a, b) => (a.maxHoursPerMonth ?? Infinity) - (b.maxHoursPerMonth ?? Infinity));
  const tier = tiers.find((t) => t.maxHoursPerMonth === null || child.hoursPerMonth <= t.maxHoursPerMonth);
  if (v.length !== 1 || !tier) throw noValue();
  const under3 = date < firstOfMonthAfterThirdBirthday(child.birthDate);
  const baseValue = under3 ? v[0]!.baseValueUnder3 : v[0]!.baseValue;
  // Exact: coefficients have at most four decimals (scaled to integers), halves round up.
  const scaled = BigInt(Math.round(tier.coefficient * 10_000));
  const value = Number((2n * BigInt(baseValue) * scaled + 10_000n) / 20_000n);
  return { baseValue, under3, coefficient: tier.coefficient, value };
}
