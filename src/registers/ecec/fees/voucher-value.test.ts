import { describe, expect, it } from 'vitest';
import { childVoucherValue, firstOfMonthAfterThirdBirthday, type VoucherCoefficient, type VoucherValue } from './voucher-value.ts';
import { FeeCalculationError } from './fee-error.ts';

const values: VoucherValue[] = [
  { effectiveFrom: '2024-08-01', effectiveTo: '2025-07-31', baseValue: 911, baseValueUnder3: 1549 },
  { effectiveFrom: '2025-08-01', effectiveTo: null, baseValue: 925, baseValueUnder3: 1573 },
];
const coefficients: VoucherCoefficient[] = [
  { effectiveFrom: '2024-08-01', effectiveTo: null, maxHoursPerMonth: 86, coefficient: 0.55 },
  { effectiveFrom: '2024-08-01', effectiveTo: null, maxHoursPerMonth: 120, coefficient: 0.75 },
  { effectiveFrom: '2024-08-01', effectiveTo: null, maxHoursPerMonth: null, coefficient: 1 },
];

describe('voucher value', () => {
  it('uses the under-3 value until the first of the month after the third birthday', () => {
    expect(firstOfMonthAfterThirdBirthday('2022-06-01')).toBe('2025-06-01');
    expect(firstOfMonthAfterThirdBirthday('2022-06-15')).toBe('2025-07-01');
    expect(firstOfMonthAfterThirdBirthday('2022-12-31')).toBe('2026-01-01');
    expect(firstOfMonthAfterThirdBirthday('2020-02-29')).toBe('2023-03-01');
    const child = { birthDate: '2022-09-15', hoursPerMonth: 160 };
    expect(childVoucherValue(values, coefficients, child, '2025-09-30')).toEqual({ baseValue: 1573, under3: true, coefficient: 1, value: 1573 });
    expect(childVoucherValue(values, coefficients, child, '2025-10-01')).toEqual({ baseValue: 925, under3: false, coefficient: 1, value: 925 });
  });

  it('scales the base value by the coefficient of the hours and rounds half up to whole euros', () => {
    // 911 × 0.55 = 501.05 → 501; 911 × 0.75 = 683.25 → 683; 1549 × 0.55 = 851.95 → 852.
    expect(childVoucherValue(values, coefficients, { birthDate: '2020-01-01', hoursPerMonth: 86 }, '2025-01-15').value).toBe(501);
    expect(childVoucherValue(values, coefficients, { birthDate: '2020-01-01', hoursPerMonth: 87 }, '2025-01-15').value).toBe(683);
    expect(childVoucherValue(values, coefficients, { birthDate: '2023-01-01', hoursPerMonth: 80 }, '2025-01-15').value).toBe(852);
    // 1 000 × 0.5005 = 500.5: an exact half rounds up (binary floating point would give 500.49999…).
    const half = childVoucherValue([{ ...values[0]!, baseValue: 1000 }], [{ ...coefficients[2]!, coefficient: 0.5005 }], { birthDate: '2020-01-01', hoursPerMonth: 10 }, '2025-01-15');
    expect(half.value).toBe(501);
  });

  it('refuses a date or hours with no configured value instead of guessing', () => {
    expect(() => childVoucherValue(values, coefficients, { birthDate: '2020-01-01', hoursPerMonth: 160 }, '2024-07-31')).toThrow(FeeCalculationError);
    expect(() => childVoucherValue(values, coefficients.slice(0, 2), { birthDate: '2020-01-01', hoursPerMonth: 160 }, '2025-01-15')).toThrow(/no voucher value/);
  });
});
