import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isFreeMonth, monthlyFee, monthOperatingDays, percentOfCents, type MonthlyAbsence, type MonthlyFeeInput, type MonthlyFeeRule } from './monthly-fee.ts';
import { ABSENCE_TYPES } from '../attendance/attendance.ts';

// The default row of migration 0008 (the act's figures, no municipal extras).
const RULE: MonthlyFeeRule = { dailyFeeDivisor: null, sickDaysForReducedFee: 11, reducedFeePercent: 50, fullMonthAbsenceRequiresNotice: false, forceMajeureRefunded: true, freeMonth: null, freeMonthMinMonths: null };
const D1 = '00000000-0000-4000-8000-000000000001';
const D2 = '00000000-0000-4000-8000-000000000002';

const whole = (fee: number, absences: MonthlyAbsence[] = [], month = '2025-03'): MonthlyFeeInput => ({
  month,
  operatingDays: monthOperatingDays(month),
  decisions: [{ decisionId: D1, validFrom: '2025-01-01', validTo: null, fee }],
  placements: [{ start: '2025-01-01', end: null }],
  absences,
  rule: RULE,
});
const absent = (days: string[], type: MonthlyAbsence['type'], notifiedInAdvance = false): MonthlyAbsence[] => days.map((date) => ({ date, type, notifiedInAdvance }));

describe('monthly ECEC charge', () => {
  it("takes the month's operating days from core's working-day calendar", () => {
    expect(monthOperatingDays('2025-03')).toHaveLength(21);
    // Good Friday 18.4. and Easter Monday 21.4.2025 are not operating days.
    const april = monthOperatingDays('2025-04');
    expect(april).toHaveLength(20);
    expect(april).not.toContain('2025-04-18');
  });

  it('charges the decided fee for a month without absences', () => {
    const r = monthlyFee(whole(311));
    expect(r.chargeCents).toBe(31100);
    expect(r.parts).toEqual([expect.objectContaining({ basis: 'full_month', amountCents: 31100, days: 21, dailyFeeCents: null })]);
  });

  it('charges nothing for a month sick on every operating day, half for 11 sick days and the whole fee for 10', () => {
    const days = monthOperatingDays('2025-03');
    expect(monthlyFee(whole(311, absent(days, 'sickness'))).steps.at(-1)).toMatchObject({ rule: 'sick_full_month', resultCents: 0 });
    const eleven = monthlyFee(whole(311, absent(days.slice(0, 11), 'sickness')));
    // Half of 311 € = 155.50 €, exactly: no rounding to euros.
    expect(eleven.chargeCents).toBe(15550);
    expect(eleven.steps.at(-1)).toMatchObject({ rule: 'sick_days_reduced', days: 11, changeCents: -15550 });
    expect(monthlyFee(whole(311, absent(days.slice(0, 10), 'sickness'))).chargeCents).toBe(31100);
    // Weekend "sick days" are not operating days and do not count.
    expect(monthlyFee(whole(311, absent([...days.slice(0, 10), '2025-03-01', '2025-03-02'], 'sickness'))).chargeCents).toBe(31100);
  });

  it('halves a month absent on every operating day for another reason, with notice when the municipality requires it', () => {
    const days = monthOperatingDays('2025-03');
    expect(monthlyFee(whole(311, absent(days, 'planned', true))).steps.at(-1)).toMatchObject({ rule: 'absent_full_month', resultCents: 15550 });
    // Mixed sickness and holiday, all days absent: half (not free, fewer than 11 sick days is no matter).
    expect(monthlyFee(whole(311, [...absent(days.slice(0, 5), 'sickness'), ...absent(days.slice(5), 'other')])).chargeCents).toBe(15550);
    // One day present: the whole fee.
    expect(monthlyFee(whole(311, absent(days.slice(1), 'planned', true))).chargeCents).toBe(31100);
    const strict = { ...RULE, fullMonthAbsenceRequiresNotice: true };
    expect(monthlyFee({ ...whole(311, absent(days, 'other', false)), rule: strict }).chargeCents).toBe(31100);
    expect(monthlyFee({ ...whole(311, absent(days, 'other', true)), rule: strict }).chargeCents).toBe(15550);
  });

  it('prorates a placement that starts mid-month by operating days, the daily fee rounded to cents half up', () => {
    // From Monday 17.3.2025: 11 of March's 21 operating days. 311 € / 21 = 14.8095… → 14.81 €.
    const r = monthlyFee({ ...whole(311), placements: [{ start: '2025-03-17', end: null }], decisions: [{ decisionId: D1, validFrom: '2025-03-17', validTo: null, fee: 311 }] });
    expect(r.parts).toEqual([expect.objectContaining({ basis: 'part_month', days: 11, dailyFeeCents: 1481, amountCents: 16291 })]);
    expect(r.chargeCents).toBe(16291);
    // A fixed divisor (municipal parameter) of 20 days: 15.55 € × 11.
    expect(monthlyFee({ ...whole(311), placements: [{ start: '2025-03-17', end: null }], rule: { ...RULE, dailyFeeDivisor: 20 } }).chargeCents).toBe(17105);
  });

  it('charges two parts when the fee changes mid-month, and one fee when a decision is superseded by an equal one', () => {
    const decisions = [
      { decisionId: D1, validFrom: '2025-01-01', validTo: '2025-03-14', fee: 311 },
      { decisionId: D2, validFrom: '2025-03-15', validTo: null, fee: 124 },
    ];
    const r = monthlyFee({ ...whole(0), decisions });
    // 1.–14.3.: 10 operating days × 14.81; 17.–31.3.: 11 × (124 / 21 = 5.904… → 5.90).
    expect(r.parts.map((p) => [p.decisionIds, p.days, p.dailyFeeCents, p.amountCents])).toEqual([
      [[D1], 10, 1481, 14810],
      [[D2], 11, 590, 6490],
    ]);
    expect(r.chargeCents).toBe(21300);
    const same = monthlyFee({ ...whole(0), decisions: decisions.map((d) => ({ ...d, fee: 311 })) });
    expect(same.parts).toEqual([expect.objectContaining({ decisionIds: [D1, D2], basis: 'full_month', amountCents: 31100 })]);
  });

  it('charges nothing for a 0 € fee and without a fee decision, and refunds parental-leave days', () => {
    expect(monthlyFee(whole(0)).chargeCents).toBe(0);
    const none = monthlyFee({ ...whole(311), decisions: [] });
    expect(none.steps).toEqual([{ rule: 'no_fee_decision', days: null, changeCents: 0, resultCents: 0 }]);
    const days = monthOperatingDays('2025-03');
    const leave = monthlyFee(whole(311, absent(days.slice(0, 3), 'parent_leave')));
    expect(leave.steps.at(-1)).toMatchObject({ rule: 'parent_leave_days', days: 3, changeCents: -3 * 1481 });
    expect(monthlyFee({ ...whole(311, absent(days.slice(0, 3), 'force_majeure')), rule: { ...RULE, forceMajeureRefunded: false } }).chargeCents).toBe(31100);
  });

  it('gives the free summer month only after an unbroken placement of the required months', () => {
    const rule = { ...RULE, freeMonth: 7, freeMonthMinMonths: 11 };
    expect(isFreeMonth('2025-07', [{ start: '2024-08-01', end: null }], rule)).toBe(true);
    expect(isFreeMonth('2025-07', [{ start: '2024-08-01', end: '2024-12-31' }, { start: '2025-01-01', end: null }], rule)).toBe(true);
    expect(isFreeMonth('2025-07', [{ start: '2024-08-01', end: '2024-12-30' }, { start: '2025-01-01', end: null }], rule)).toBe(false);
    expect(isFreeMonth('2025-07', [{ start: '2024-09-01', end: null }], rule)).toBe(false);
    expect(isFreeMonth('2025-06', [{ start: '2024-08-01', end: null }], rule)).toBe(false);
    const r = monthlyFee({ ...whole(311, [], '2025-07'), placements: [{ start: '2024-08-01', end: null }], rule });
    expect(r.steps.at(-1)).toMatchObject({ rule: 'free_month', resultCents: 0 });
  });

  it('never charges more than the highest decided fee of the month, nor less than zero (property)', () => {
    const days = monthOperatingDays('2025-03');
    const arbAbsences = fc.uniqueArray(fc.record({ date: fc.constantFrom(...days), type: fc.constantFrom(...ABSENCE_TYPES), notifiedInAdvance: fc.boolean() }), { selector: (a) => a.date });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 1, max: 31 }),
        fc.option(fc.integer({ min: 1, max: 31 })),
        arbAbsences,
        fc.boolean(),
        (fee1, fee2, changeDay, startDay, divisor, absences, notice) => {
          const change = `2025-03-${String(Math.min(changeDay, 30)).padStart(2, '0')}`;
          const start = `2025-03-${String(startDay).padStart(2, '0')}`;
          const r = monthlyFee({
            month: '2025-03',
            operatingDays: days,
            decisions: [
              { decisionId: D1, validFrom: '2025-01-01', validTo: change, fee: fee1 },
              { decisionId: D2, validFrom: `2025-03-${String(Math.min(changeDay, 30) + 1).padStart(2, '0')}`, validTo: null, fee: fee2 },
            ],
            placements: [{ start, end: null }],
            absences,
            rule: { ...RULE, dailyFeeDivisor: divisor, fullMonthAbsenceRequiresNotice: notice },
          });
          expect(r.chargeCents).toBeGreaterThanOrEqual(0);
          expect(r.chargeCents).toBeLessThanOrEqual(Math.max(fee1, fee2) * 100);
          expect(r.steps.at(-1)!.resultCents).toBe(r.chargeCents);
        },
      ),
    );
  });

  it('halves exactly, half a cent up, whenever at least 11 operating days are sick but not all (property)', () => {
    const days = monthOperatingDays('2025-03');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 11, max: days.length - 1 }), (fee, sick) => {
        const r = monthlyFee(whole(fee, absent(days.slice(0, sick), 'sickness')));
        expect(r.chargeCents).toBe(fee * 50);
        expect(r.steps.at(-1)!.rule).toBe('sick_days_reduced');
      }),
    );
    expect(percentOfCents(14811, 50)).toBe(7406);
    expect(percentOfCents(14809, 50)).toBe(7405);
  });
});
