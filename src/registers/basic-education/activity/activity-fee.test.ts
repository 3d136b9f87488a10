import { describe, expect, it } from 'vitest';
import { assertFeeWithinCap, monthlyCharge, monthlyFeeCap } from './activity-fee.ts';

const caps = { cap570: 120, cap760: 160 };

describe('morning and afternoon activity fees', () => {
  it('caps 570 hours at the lower and up to 760 hours at the higher maximum', () => {
    expect(monthlyFeeCap(570, caps)).toBe(120);
    expect(monthlyFeeCap(571, caps)).toBe(160);
    expect(monthlyFeeCap(760, caps)).toBe(160);
  });

  it('rejects a monthly fee above the cap and hours above 760', () => {
    expect(() => assertFeeWithinCap(120, 570, caps)).not.toThrow();
    expect(() => assertFeeWithinCap(120.01, 570, caps)).toThrow(/exceeds/);
    expect(() => assertFeeWithinCap(100, 800, caps)).toThrow(/760/);
  });

  it('charges the fee less the reduction and never above the cap in force that month', () => {
    expect(monthlyCharge({ monthlyFee: 160, reductionPercent: 50, hoursPerSchoolYear: 760 }, caps)).toBe(80);
    expect(monthlyCharge({ monthlyFee: 160, reductionPercent: 0, hoursPerSchoolYear: 760 }, { cap570: 60, cap760: 80 })).toBe(80);
  });
});
