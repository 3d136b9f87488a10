// Expected values are computed by hand from the table in /shared/reference/fees.md; the
// parameters themselves come from the migration (see fee-test-support.ts).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import {
  FeeCalculationError,
  calculateBaseFee,
  calculateChildFee,
  calculateFamilyFees,
  type FeeCalculationErrorCode,
} from './fee-calculation.ts';
import {
  selectParameters,
  selectServiceNeedTiers,
  type CompleteFeeParameters,
  type FeeParameters,
  type ServiceNeedTier,
} from './fee-parameters.ts';
import { loadFeeData, migratedFeeDatabase } from './fee-test-support.ts';

let db: PGlite;
let allParameters: FeeParameters[];
let allTiers: ServiceNeedTier[];

beforeAll(async () => {
  db = await migratedFeeDatabase();
  ({ parameters: allParameters, tiers: allTiers } = await loadFeeData(db));
});
afterAll(async () => {
  await db.close();
});

const params = (date: string): CompleteFeeParameters => selectParameters(allParameters, date);
const tiers = (date: string): ServiceNeedTier[] => selectServiceNeedTiers(allTiers, date);

const tier = (maxHoursPerMonth: number | null, percent: number): ServiceNeedTier => ({
  effectiveFrom: '2020-01-01',
  effectiveTo: null,
  maxHoursPerMonth,
  percent,
  label: { fi: 'porras', sv: 'steg', en: 'tier' },
});

function errorOf(f: () => unknown): FeeCalculationError {
  try {
    f();
  } catch (e) {
    if (e instanceof FeeCalculationError) return e;
    throw e;
  }
  throw new Error('expected a FeeCalculationError');
}
const expectCode = (f: () => unknown, code: FeeCalculationErrorCode) => expect(errorOf(f).code).toBe(code);

/** The periods of fees.md whose figures are complete. */
const COMPLETE_PERIODS = ['2018-01-01', '2018-08-01', '2020-08-01', '2021-08-01', '2022-08-01', '2023-03-01', '2024-08-01'];

describe('selectParameters', () => {
  it('finds the period in force on a date, including its first and last day', () => {
    expect(params('2024-08-01').maxFee).toBe(311);
    expect(params('2026-07-31').maxFee).toBe(311);
    expect(params('2023-02-28').incomeLimits[6]).toBe(5284);
    expect(params('2023-03-01').incomeLimits[6]).toBe(7028);
  });

  it('refuses 2026-08-01 because the income limits are missing and must be entered by the municipality', () => {
    const e = errorOf(() => selectParameters(allParameters, '2026-08-01'));
    expect(e.code).toBe('no_fee_parameters');
    expect(e.messages.en).toMatch(/income limits are missing/);
    expect(e.messages.en).toMatch(/municipality must enter the missing figures/);
    expect(e.messages.fi).toMatch(/tulorajat puuttuvat/);
    expect(e.messages.fi).toMatch(/Kunnan on syötettävä/);
    expect(e.messages.sv).toMatch(/Kommunen måste föra in/);
    expect(e.message).toBe(e.messages.en);
  });

  it('refuses a date before the first period with no_fee_parameters', () => {
    expectCode(() => selectParameters(allParameters, '2017-12-31'), 'no_fee_parameters');
  });

  it('refuses two periods covering the same date', () => {
    const p = params('2024-08-01');
    expectCode(() => selectParameters([p, { ...p, effectiveFrom: '2025-01-01' }], '2025-02-01'), 'overlapping_fee_parameters');
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expectCode(() => selectParameters(allParameters, '1.8.2024'), 'invalid_input');
    expectCode(() => selectParameters(allParameters, '2024-02-30'), 'invalid_input');
  });
});

describe('calculateBaseFee', () => {
  const cases: { name: string; date: string; familySize: number; grossIncome: number; limit: number; fee: number }[] = [
    { name: '2018-01-01: family of 2, 3000 €: 10.7 % × (3000 − 2050) = 101.65 → 102', date: '2018-01-01', familySize: 2, grossIncome: 3000, limit: 2050, fee: 102 },
    { name: '2018-08-01: family of 4, 5000 €: 10.7 % × (5000 − 3080) = 205.44 → 205', date: '2018-08-01', familySize: 4, grossIncome: 5000, limit: 3080, fee: 205 },
    { name: '2018-08-01: family of 8 uses 3813 + 2 × 142 = 4097: 10.7 % × 903 = 96.621 → 97', date: '2018-08-01', familySize: 8, grossIncome: 5000, limit: 4097, fee: 97 },
    { name: '2020-08-01: family of 5, 4500 €: 10.7 % × (4500 − 3502) = 106.786 → 107', date: '2020-08-01', familySize: 5, grossIncome: 4500, limit: 3502, fee: 107 },
    { name: '2020-08-01: family of 7 uses 3874 + 144 = 4018 and rounds 53.5 up to 54', date: '2020-08-01', familySize: 7, grossIncome: 4518, limit: 4018, fee: 54 },
    { name: '2021-08-01: family of 3, 4610 €: 10.7 % × (4610 − 3610) = 107', date: '2021-08-01', familySize: 3, grossIncome: 4610, limit: 3610, fee: 107 },
    { name: '2021-08-01: family of 6, 50 cents above the limit: 0.0535 → 0', date: '2021-08-01', familySize: 6, grossIncome: 5075.5, limit: 5075, fee: 0 },
    { name: '2022-08-01: family of 2, 4000 €: 10.7 % × (4000 − 2913) = 116.309 → 116', date: '2022-08-01', familySize: 2, grossIncome: 4000, limit: 2913, fee: 116 },
    { name: '2022-08-01: family of 9 uses 5284 + 3 × 197 = 5875: 10.7 % × 1125 = 120.375 → 120', date: '2022-08-01', familySize: 9, grossIncome: 7000, limit: 5875, fee: 120 },
    { name: '2023-03-01: family of 4, 6000 €: 10.7 % × (6000 − 5675) = 34.775 → 35', date: '2023-03-01', familySize: 4, grossIncome: 6000, limit: 5675, fee: 35 },
    { name: '2023-03-01: family of 2, 6000 €: 10.7 % × (6000 − 3874) = 227.482 → 227', date: '2023-03-01', familySize: 2, grossIncome: 6000, limit: 3874, fee: 227 },
    { name: '2024-08-01: family of 3, 6000 €: 10.7 % × (6000 − 5245) = 80.785 → 81', date: '2024-08-01', familySize: 3, grossIncome: 6000, limit: 5245, fee: 81 },
    { name: '2024-08-01: family of 8 uses 7376 + 2 × 275 = 7926: 10.7 % × 1074 = 114.918 → 115', date: '2024-08-01', familySize: 8, grossIncome: 9000, limit: 7926, fee: 115 },
    { name: '2024-08-01: family of 5 below its limit of 6667 pays nothing', date: '2024-08-01', familySize: 5, grossIncome: 5000, limit: 6667, fee: 0 },
  ];
  it.each(cases)('$name', ({ date, familySize, grossIncome, limit, fee }) => {
    const result = calculateBaseFee(params(date), { familySize, grossIncome });
    expect(result).toEqual({ fee, incomeLimit: limit, percentage: 10.7, maxFee: params(date).maxFee, minFee: params(date).minFee });
  });

  const maxFees: [string, number][] = [
    ['2018-01-01', 290],
    ['2018-08-01', 289],
    ['2020-08-01', 288],
    ['2021-08-01', 288],
    ['2022-08-01', 295],
    ['2023-03-01', 295],
    ['2024-08-01', 311],
  ];
  it.each(maxFees)('a family of 4 far above the limit pays the maximum fee of the period starting %s (%i €)', (date, max) => {
    expect(calculateBaseFee(params(date), { familySize: 4, grossIncome: 20_000 }).fee).toBe(max);
  });

  it('covers every period with complete figures in the tables above', () => {
    expect(new Set(maxFees.map(([d]) => d))).toEqual(new Set(COMPLETE_PERIODS));
    expect(new Set(cases.map((c) => c.date))).toEqual(new Set(COMPLETE_PERIODS));
  });

  it('refuses a family of 7 in 2018-01 because that period has no known increment', () => {
    const e = errorOf(() => calculateBaseFee(params('2018-01-01'), { familySize: 7, grossIncome: 5000 }));
    expect(e.code).toBe('missing_increment');
    expect(e.messages.en).toMatch(/municipality must enter/);
  });

  it('still calculates a family of 6 in 2018-01, which needs no increment', () => {
    expect(calculateBaseFee(params('2018-01-01'), { familySize: 6, grossIncome: 4000 }).fee).toBe(30); // 282 × 10.7 % = 30.174
  });

  it('refuses the 2026-08-01 parameters even when passed directly, as the income limits are missing', () => {
    const p2026 = allParameters.find((p) => p.effectiveFrom === '2026-08-01');
    expect(p2026).toBeDefined();
    expectCode(() => calculateBaseFee(p2026!, { familySize: 3, grossIncome: 6000 }), 'no_fee_parameters');
  });

  it('refuses a family size below 2, a fractional family size and an invalid income', () => {
    const p = params('2024-08-01');
    expectCode(() => calculateBaseFee(p, { familySize: 1, grossIncome: 6000 }), 'invalid_input');
    expectCode(() => calculateBaseFee(p, { familySize: 0, grossIncome: 6000 }), 'invalid_input');
    expectCode(() => calculateBaseFee(p, { familySize: 2.5, grossIncome: 6000 }), 'invalid_input');
    expectCode(() => calculateBaseFee(p, { familySize: 3, grossIncome: -1 }), 'invalid_input');
    expectCode(() => calculateBaseFee(p, { familySize: 3, grossIncome: Number.NaN }), 'invalid_input');
    expectCode(() => calculateBaseFee(p, { familySize: 3, grossIncome: Number.POSITIVE_INFINITY }), 'invalid_input');
  });

  it('rounds an exact half euro up, unlike binary floating point', () => {
    // 10.7 % × 500 € = 53.5 → 54; 10.7 % × 1500 € = 160.5 → 161 (float 1500 × 10.7 / 100 = 160.49999…)
    expect(calculateBaseFee(params('2024-08-01'), { familySize: 3, grossIncome: 5745 }).fee).toBe(54);
    expect(calculateBaseFee(params('2024-08-01'), { familySize: 3, grossIncome: 6745 }).fee).toBe(161);
  });
});

describe('calculateChildFee', () => {
  const rich = { familySize: 4, grossIncome: 20_000 };

  it('2024-08-01: the second child pays 40 % of the maximum 311 = 124.4 → 124 and further children 62.2 → 62', () => {
    const p = params('2024-08-01');
    const t = tiers('2024-08-01');
    expect(calculateChildFee(p, t, { ...rich, siblingOrder: 1, hoursPerMonth: 160 }).fee).toBe(311);
    expect(calculateChildFee(p, t, { ...rich, siblingOrder: 2, hoursPerMonth: 160 }).fee).toBe(124);
    expect(calculateChildFee(p, t, { ...rich, siblingOrder: 3, hoursPerMonth: 160 }).fee).toBe(62);
    expect(calculateChildFee(p, t, { ...rich, siblingOrder: 4, hoursPerMonth: 160 }).fee).toBe(62);
  });

  // Second and further child maxima: round(max × percent), compare OKM/fees.md "2nd child" column.
  const siblingMaxima: [string, number, number][] = [
    ['2018-01-01', 145, 58], // 290 × 50 % = 145, × 20 % = 58
    ['2018-08-01', 145, 58], // 289 × 50 % = 144.5 → 145 (OKM 840/2017), × 20 % = 57.8 → 58
    ['2020-08-01', 144, 58], // 288 × 50 % = 144, × 20 % = 57.6 → 58
    ['2021-08-01', 115, 58], // 288 × 40 % = 115.2 → 115
    ['2022-08-01', 118, 59], // 295 × 40 % = 118, × 20 % = 59
    ['2023-03-01', 118, 59],
    ['2024-08-01', 124, 62], // 311 × 40 % = 124.4 → 124, × 20 % = 62.2 → 62
  ];
  it.each(siblingMaxima)('the period starting %s has a second-child maximum of %i € and a further-child maximum of %i €', (date, second, further) => {
    const p = params(date);
    expect(calculateChildFee(p, [], { ...rich, siblingOrder: 2, serviceNeedPercent: 100 }).fee).toBe(second);
    expect(calculateChildFee(p, [], { ...rich, siblingOrder: 3, serviceNeedPercent: 100 }).fee).toBe(further);
  });

  it('does not charge a fee of 25 € when the 2024 minimum is 30 €', () => {
    // 10.7 % × (5479 − 5245) = 25.038 → 25
    const fee = calculateChildFee(params('2024-08-01'), tiers('2024-08-01'), { familySize: 3, grossIncome: 5479, siblingOrder: 1, hoursPerMonth: 160 });
    expect(fee).toMatchObject({ baseFee: 25, feeAfterServiceNeed: 25, belowMinimumFee: true, fee: 0 });
  });

  it('charges a fee of exactly the minimum', () => {
    // 10.7 % × (5525 − 5245) = 29.96 → 30
    const fee = calculateChildFee(params('2024-08-01'), tiers('2024-08-01'), { familySize: 3, grossIncome: 5525, siblingOrder: 1, hoursPerMonth: 160 });
    expect(fee).toMatchObject({ fee: 30, belowMinimumFee: false });
  });

  it('applies the minimum fee after the sibling reduction and the hours', () => {
    // 2024, family of 4, 6891 €: 10.7 % × 935 = 100.045 → 100; second child 40 → 60 % = 24 < 30 → 0
    const fee = calculateChildFee(params('2024-08-01'), tiers('2024-08-01'), { familySize: 4, grossIncome: 6891, siblingOrder: 2, hoursPerMonth: 80 });
    expect(fee).toEqual({
      fee: 0,
      baseFee: 100,
      siblingPercent: 40,
      feeAfterSiblingReduction: 40,
      chargeableHoursPerMonth: 80,
      serviceNeedPercent: 60,
      feeAfterServiceNeed: 24,
      belowMinimumFee: true,
    });
  });

  const hourCases: [number, number, number][] = [
    [40, 60, 187], // 311 × 60 % = 186.6 → 187
    [86, 60, 187],
    [87, 70, 218], // 311 × 70 % = 217.7 → 218
    [115, 70, 218],
    [150, 85, 264], // 311 × 85 % = 264.35 → 264
    [150.5, 100, 311],
    [200, 100, 311],
  ];
  it.each(hourCases)('with the default tiers %f hours a month cost %i %% of the full-time fee (%i €)', (hoursPerMonth, percent, fee) => {
    const result = calculateChildFee(params('2024-08-01'), tiers('2024-08-01'), { ...rich, siblingOrder: 1, hoursPerMonth });
    expect(result.serviceNeedPercent).toBe(percent);
    expect(result.fee).toBe(fee);
  });

  it('rounds after the sibling reduction before scaling by hours, as eVaka does: 289 → 145 → 70 % = 101.5 → 102', () => {
    // One rounding at the end would give 289 × 50 % × 70 % = 101.15 → 101.
    const fee = calculateChildFee(params('2018-08-01'), tiers('2018-08-01'), { ...rich, siblingOrder: 2, hoursPerMonth: 100 });
    expect(fee).toMatchObject({ feeAfterSiblingReduction: 145, feeAfterServiceNeed: 102, fee: 102 });
  });

  it('rounds 70 % of 45 € = 31.5 up to 32 where floating point gives 31.499999…', () => {
    // 2024, family of 3, 5666 €: 10.7 % × 421 = 45.047 → 45; 100 h → 70 %
    const fee = calculateChildFee(params('2024-08-01'), tiers('2024-08-01'), { familySize: 3, grossIncome: 5666, siblingOrder: 1, hoursPerMonth: 100 });
    expect(fee).toMatchObject({ baseFee: 45, serviceNeedPercent: 70, fee: 32 });
  });

  it('takes a service-need percentage decided elsewhere instead of hours, rounding 155.5 up', () => {
    const fee = calculateChildFee(params('2024-08-01'), [], { ...rich, siblingOrder: 1, serviceNeedPercent: 50 });
    expect(fee).toMatchObject({ fee: 156, chargeableHoursPerMonth: null, serviceNeedPercent: 50 });
  });

  it('charges a preschool child only for the complementing hours', () => {
    // 150 h of care, 84 h of them free preschool: 66 h → 60 % × 311 = 186.6 → 187
    const fee = calculateChildFee(params('2024-08-01'), tiers('2024-08-01'), {
      ...rich,
      siblingOrder: 1,
      hoursPerMonth: 150,
      preschool: true,
      freeHoursPerMonth: 84,
    });
    expect(fee).toMatchObject({ chargeableHoursPerMonth: 66, serviceNeedPercent: 60, fee: 187 });
  });

  it('charges nothing when the free hours cover all the care', () => {
    const fee = calculateChildFee(params('2024-08-01'), tiers('2024-08-01'), { ...rich, siblingOrder: 1, hoursPerMonth: 80, freeHoursPerMonth: 86 });
    expect(fee).toMatchObject({ chargeableHoursPerMonth: 0, serviceNeedPercent: 0, fee: 0, belowMinimumFee: false });
  });

  it('refuses a preschool child whose free preschool hours are not given', () => {
    expectCode(
      () => calculateChildFee(params('2024-08-01'), tiers('2024-08-01'), { ...rich, siblingOrder: 1, hoursPerMonth: 150, preschool: true }),
      'missing_free_hours',
    );
  });

  it('refuses invalid sibling orders, hours and percentages', () => {
    const p = params('2024-08-01');
    const t = tiers('2024-08-01');
    expectCode(() => calculateChildFee(p, t, { ...rich, siblingOrder: 0, hoursPerMonth: 100 }), 'invalid_input');
    expectCode(() => calculateChildFee(p, t, { ...rich, siblingOrder: 1.5, hoursPerMonth: 100 }), 'invalid_input');
    expectCode(() => calculateChildFee(p, t, { ...rich, siblingOrder: 1, hoursPerMonth: -1 }), 'invalid_input');
    expectCode(() => calculateChildFee(p, t, { ...rich, siblingOrder: 1, serviceNeedPercent: 0 }), 'invalid_input');
    expectCode(() => calculateChildFee(p, t, { ...rich, siblingOrder: 1, serviceNeedPercent: 101 }), 'invalid_input');
    expectCode(
      () => calculateChildFee(p, t, { ...rich, siblingOrder: 1, serviceNeedPercent: 60, freeHoursPerMonth: 10 } as never),
      'invalid_input',
    );
    expectCode(() => calculateChildFee(p, t, { ...rich, siblingOrder: 1 } as never), 'invalid_input');
  });

  it('refuses hours that no configured tier covers', () => {
    const p = params('2024-08-01');
    expectCode(() => calculateChildFee(p, [], { ...rich, siblingOrder: 1, hoursPerMonth: 100 }), 'no_service_need_tier');
    const noOpenTier = [tier(80, 60), tier(150, 85)];
    expectCode(() => calculateChildFee(p, noOpenTier, { ...rich, siblingOrder: 1, hoursPerMonth: 151 }), 'no_service_need_tier');
  });

  it('refuses a tier that charges more than 60 % for 20 hours a week or less (6 §)', () => {
    const p = params('2024-08-01');
    const illegal = [tier(100, 70), tier(null, 100)];
    const e = errorOf(() => calculateChildFee(p, illegal, { ...rich, siblingOrder: 1, hoursPerMonth: 160 }));
    expect(e.code).toBe('service_need_tier_exceeds_law_frame');
    expect(e.messages.en).toMatch(/60 %/);
  });

  it('refuses a tier that charges the full-time fee for hours certainly below 35 hours a week (6 §)', () => {
    const p = params('2024-08-01');
    // 100 % from 121 h a month: 121 h is under 35 h/week however a month is converted (4 weeks: 30.25 h).
    const illegal = [tier(80, 60), tier(120, 80), tier(null, 100)];
    const e = errorOf(() => calculateChildFee(p, illegal, { ...rich, siblingOrder: 1, hoursPerMonth: 100 }));
    expect(e.code).toBe('service_need_tier_exceeds_law_frame');
    expect(e.messages.en).toMatch(/35 hours a week/);
    expect(e.messages.fi).toMatch(/35 viikkotunnista/);
    expect(e.messages.sv).toMatch(/35 timmar i veckan/);
    // From 141 h (Uusikaupunki: over 140 h) the full fee is within the act under the 4-week reading.
    expect(calculateChildFee(p, [tier(80, 60), tier(140, 80), tier(null, 100)], { ...rich, siblingOrder: 1, hoursPerMonth: 141 }).fee).toBe(311);
  });

  it('accepts the Lemi and Uusikaupunki tier sets of fees.json', () => {
    const p = params('2024-08-01');
    const lemi = [tier(84, 55), tier(107, 65), tier(130, 80), tier(150, 90), tier(null, 100)];
    const uusikaupunki = [tier(80, 60), tier(110, 70), tier(140, 80), tier(null, 100)];
    expect(calculateChildFee(p, lemi, { ...rich, siblingOrder: 1, hoursPerMonth: 120 }).fee).toBe(249); // 311 × 80 % = 248.8
    expect(calculateChildFee(p, uusikaupunki, { ...rich, siblingOrder: 1, hoursPerMonth: 120 }).fee).toBe(249);
  });

  it('refuses tier sets that mix periods, repeat a bound or get cheaper with more hours', () => {
    const p = params('2024-08-01');
    const input = { ...rich, siblingOrder: 1, hoursPerMonth: 100 };
    expectCode(() => calculateChildFee(p, [tier(86, 60), tier(150, 85), { ...tier(null, 100), effectiveFrom: '2021-01-01' }], input), 'invalid_service_need_tiers');
    expectCode(() => calculateChildFee(p, [tier(86, 60), tier(86, 70), tier(null, 100)], input), 'invalid_service_need_tiers');
    expectCode(() => calculateChildFee(p, [tier(86, 60), tier(115, 90), tier(null, 80)], input), 'invalid_service_need_tiers');
    expectCode(() => calculateChildFee(p, [tier(86, 60), tier(150, 85), tier(null, 100), tier(null, 100)], input), 'invalid_service_need_tiers');
  });
});

describe('calculateFamilyFees', () => {
  const rich = { familySize: 4, grossIncome: 20_000 };

  it('orders the children youngest first and sums their fees', () => {
    const result = calculateFamilyFees(params('2024-08-01'), tiers('2024-08-01'), {
      ...rich,
      children: [
        { childId: 'older', birthDate: '2021-05-02', hoursPerMonth: 160 },
        { childId: 'younger', birthDate: '2023-01-10', hoursPerMonth: 100 },
      ],
    });
    // younger: 311 × 70 % = 217.7 → 218; older: 311 × 40 % = 124.4 → 124 (of the FULL-TIME fee)
    expect(result.children.map((c) => [c.childId, c.siblingOrder, c.fee])).toEqual([
      ['younger', 1, 218],
      ['older', 2, 124],
    ]);
    expect(result.total).toBe(342);
    expect(result.baseFee).toBe(311);
    expect(result.parametersStatus).toBe('verified');
  });

  it('orders twins by child id whatever the input order', () => {
    const p = params('2024-08-01');
    const t = tiers('2024-08-01');
    const a = { childId: 'a', birthDate: '2022-03-03', hoursPerMonth: 80 };
    const b = { childId: 'b', birthDate: '2022-03-03', hoursPerMonth: 160 };
    const r1 = calculateFamilyFees(p, t, { ...rich, children: [a, b] });
    const r2 = calculateFamilyFees(p, t, { ...rich, children: [b, a] });
    expect(r1).toEqual(r2);
    // a (youngest by id): 311 × 60 % = 187; b: 124 at full time
    expect(r1.children.map((c) => [c.childId, c.siblingOrder, c.fee])).toEqual([
      ['a', 1, 187],
      ['b', 2, 124],
    ]);
  });

  it('gives no sibling place to a child with only free preschool hours', () => {
    const result = calculateFamilyFees(params('2024-08-01'), tiers('2024-08-01'), {
      familySize: 5,
      grossIncome: 20_000,
      children: [
        { childId: 'oldest', birthDate: '2016-01-01', hoursPerMonth: 160 },
        { childId: 'preschooler', birthDate: '2019-06-01', hoursPerMonth: 84, preschool: true, freeHoursPerMonth: 84 },
        { childId: 'youngest', birthDate: '2022-06-01', hoursPerMonth: 160 },
      ],
    });
    expect(result.children.map((c) => [c.childId, c.siblingOrder, c.fee])).toEqual([
      ['youngest', 1, 311],
      ['preschooler', null, 0],
      ['oldest', 2, 124],
    ]);
    expect(result.total).toBe(435);
  });

  it('uses the 6-person limit plus two increments for a family of 8', () => {
    // 2024: 7376 + 2 × 275 = 7926; 10.7 % × (9000 − 7926) = 114.918 → 115; second child 46
    const result = calculateFamilyFees(params('2024-08-01'), tiers('2024-08-01'), {
      familySize: 8,
      grossIncome: 9000,
      children: [
        { childId: 'x', birthDate: '2020-01-01', hoursPerMonth: 160 },
        { childId: 'y', birthDate: '2023-01-01', hoursPerMonth: 160 },
      ],
    });
    expect(result.baseFee).toBe(115);
    expect(result.children.map((c) => c.fee)).toEqual([115, 46]);
  });

  it('returns a zero total for a family with no children in ECEC', () => {
    const result = calculateFamilyFees(params('2024-08-01'), tiers('2024-08-01'), { ...rich, children: [] });
    expect(result).toMatchObject({ children: [], total: 0 });
  });

  it('refuses a family smaller than its children plus one adult, duplicate children and bad birth dates', () => {
    const p = params('2024-08-01');
    const t = tiers('2024-08-01');
    const child = (childId: string) => ({ childId, birthDate: '2022-01-01', hoursPerMonth: 100 });
    expectCode(() => calculateFamilyFees(p, t, { familySize: 2, grossIncome: 6000, children: [child('a'), child('b')] }), 'invalid_input');
    expectCode(() => calculateFamilyFees(p, t, { ...rich, children: [child('a'), child('a')] }), 'invalid_input');
    expectCode(() => calculateFamilyFees(p, t, { ...rich, children: [{ ...child('a'), birthDate: '1.1.2022' }] }), 'invalid_input');
  });

  it('keeps personal data out of error messages', () => {
    const p = params('2018-01-01');
    const e1 = errorOf(() =>
      calculateFamilyFees(p, tiers('2018-01-01'), {
        familySize: 17,
        grossIncome: 12345.67,
        children: [{ childId: 'child-7f3a', birthDate: '2017-04-23', hoursPerMonth: 100 }],
      }),
    );
    const e2 = errorOf(() =>
      calculateFamilyFees(params('2024-08-01'), [], {
        familySize: 3,
        grossIncome: 12345.67,
        children: [{ childId: 'child-7f3a', birthDate: '2017-04-23', hoursPerMonth: 123 }],
      }),
    );
    for (const e of [e1, e2]) {
      for (const text of [e.message, e.messages.fi, e.messages.sv, e.messages.en]) {
        expect(text).not.toMatch(/12345|12 345|child-7f3a|2017-04-23|\b17\b|\b123\b/);
      }
    }
  });
});

describe('fee properties', () => {
  const scenario = () =>
    fc
      .constantFrom(...COMPLETE_PERIODS)
      .chain((date) =>
        fc.record({
          date: fc.constant(date),
          familySize: fc.integer({ min: 2, max: params(date).incrementPerAdditionalChild === null ? 6 : 12 }),
          incomeCents: fc.integer({ min: 0, max: 3_000_000 }),
          siblingOrder: fc.integer({ min: 1, max: 5 }),
          hoursPerMonth: fc.double({ min: 0, max: 250, noNaN: true }),
        }),
      );
  const feeOf = (s: { date: string; familySize: number; incomeCents: number; siblingOrder: number; hoursPerMonth: number }) =>
    calculateChildFee(params(s.date), tiers(s.date), {
      familySize: s.familySize,
      grossIncome: s.incomeCents / 100,
      siblingOrder: s.siblingOrder,
      hoursPerMonth: s.hoursPerMonth,
    }).fee;

  it('a fee never decreases when the income grows', () => {
    fc.assert(
      fc.property(scenario(), fc.integer({ min: 0, max: 1_000_000 }), (s, raise) => {
        const base = (cents: number) => calculateBaseFee(params(s.date), { familySize: s.familySize, grossIncome: cents / 100 }).fee;
        expect(base(s.incomeCents + raise)).toBeGreaterThanOrEqual(base(s.incomeCents));
        expect(feeOf({ ...s, incomeCents: s.incomeCents + raise })).toBeGreaterThanOrEqual(feeOf(s));
      }),
    );
  });

  it('a fee never exceeds the maximum fee', () => {
    fc.assert(
      fc.property(scenario(), (s) => {
        expect(feeOf(s)).toBeLessThanOrEqual(params(s.date).maxFee);
        expect(calculateBaseFee(params(s.date), { familySize: s.familySize, grossIncome: s.incomeCents / 100 }).fee).toBeLessThanOrEqual(
          params(s.date).maxFee,
        );
      }),
    );
  });

  it('a fee is either zero or at least the minimum fee', () => {
    fc.assert(
      fc.property(scenario(), (s) => {
        const fee = feeOf(s);
        expect(fee === 0 || fee >= params(s.date).minFee).toBe(true);
      }),
    );
  });

  it('a sibling never pays more than the youngest child with the same hours', () => {
    fc.assert(
      fc.property(scenario(), (s) => {
        expect(feeOf(s)).toBeLessThanOrEqual(feeOf({ ...s, siblingOrder: 1 }));
      }),
    );
  });

  it('a family total is the sum of its children and never more than the maximum fee per child', () => {
    fc.assert(
      fc.property(
        scenario(),
        fc.array(fc.record({ birthDate: fc.constantFrom('2019-01-01', '2020-06-15', '2022-02-02'), hoursPerMonth: fc.integer({ min: 0, max: 200 }) }), {
          maxLength: 4,
        }),
        (s, kids) => {
          const children = kids.map((k, i) => ({ childId: `c${i}`, ...k }));
          const familySize = Math.max(s.familySize, children.length + 1);
          if (params(s.date).incrementPerAdditionalChild === null && familySize > 6) return;
          const result = calculateFamilyFees(params(s.date), tiers(s.date), { familySize, grossIncome: s.incomeCents / 100, children });
          expect(result.total).toBe(result.children.reduce((sum, c) => sum + c.fee, 0));
          expect(result.total).toBeLessThanOrEqual(params(s.date).maxFee * children.length);
          const orders = result.children.flatMap((c) => (c.siblingOrder === null ? [] : [c.siblingOrder]));
          expect(orders).toEqual(orders.map((_, i) => i + 1));
        },
      ),
    );
  });
});
