import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import { errorField, orNull, parseNumber } from './forms.tsx';

const msg = { fi: 'x', sv: 'x', en: 'x' };

describe('management form helpers', () => {
  it('puts a schema validation error on the field the API names, and a known refusal on the field its code concerns', () => {
    expect(errorField(new ApiError(400, 'validation', msg, { field: 'oid', rule: 'pattern' }))).toBe('oid');
    expect(errorField(new ApiError(400, 'validation', msg, { field: 'overdueNoticeDays.1', rule: 'maximum' }))).toBe('overdueNoticeDays');
    expect(errorField(new ApiError(400, 'parameter_range', msg), { parameter_range: 'value' })).toBe('value');
    expect(errorField(new ApiError(400, 'late_fee_cap_below_daily', msg, { field: 'lateFeeMaxPerItem' }))).toBe('lateFeeMaxPerItem');
    // Errors that concern no field (or are not the API's) belong to the form as a whole.
    expect(errorField(new ApiError(403, 'forbidden', msg))).toBeNull();
    expect(errorField(new Error('network'))).toBeNull();
  });

  it('reads numbers with a decimal comma or point, and nothing else', () => {
    expect(parseNumber('0,30')).toBe(0.3);
    expect(parseNumber(' 10 000 ')).toBe(10000);
    expect(parseNumber('12.5')).toBe(12.5);
    expect(parseNumber('12,5 €')).toBeNaN();
    expect(parseNumber('')).toBeNaN();
    expect(orNull('  ')).toBeNull();
    expect(orNull(' 091 ')).toBe('091');
  });
});
