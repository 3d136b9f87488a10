import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addWeeks,
  addWorkingDays,
  extendToNextWorkingDay,
  isHoliday,
  isWorkingDay,
  workingDaysBetween,
  type LocalDate,
} from './working-days.ts';

// --- An independent model of rules.md §6, to check what we take from date-holidays ---------

/** Easter Sunday, anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function weekday(d: LocalDate): number {
  return new Date(`${d}T00:00:00Z`).getUTCDay(); // 0 = Sunday; a fixed date, not "now"
}

/** First date in [from, from + 6] that falls on the given weekday. */
function firstWeekdayFrom(from: LocalDate, wd: number): LocalDate {
  let d = from;
  while (weekday(d) !== wd) d = addDays(d, 1);
  return d;
}

function expectedHolidays(year: number): string[] {
  const easter = easterSunday(year);
  const dates = [
    `${year}-01-01`,
    `${year}-01-06`,
    addDays(easter, -2), // Good Friday
    easter,
    addDays(easter, 1), // Easter Monday
    `${year}-05-01`,
    addDays(easter, 39), // Ascension Day
    addDays(easter, 49), // Pentecost
    firstWeekdayFrom(`${year}-06-19`, 5), // Midsummer Eve, Friday 19–25 June
    firstWeekdayFrom(`${year}-06-20`, 6), // Midsummer Day, Saturday 20–26 June
    firstWeekdayFrom(`${year}-10-31`, 6), // All Saints' Day, Saturday 31 Oct–6 Nov
    `${year}-12-06`,
    `${year}-12-24`,
    `${year}-12-25`,
    `${year}-12-26`,
  ];
  // Two holidays can share a day: Ascension Day was May Day in 2008.
  return [...new Set(dates)].sort();
}

function holidaysFoundIn(year: number): string[] {
  const found: string[] = [];
  for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addDays(d, 1)) {
    if (isHoliday(d) !== null) found.push(d);
  }
  return found;
}

describe('holiday set', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
  ])('our own Easter computation puts Easter %i on %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  it.each([2024, 2025, 2026, 2027, 2028, 2029, 2030])(
    'uses exactly the holidays of rules.md §6 in %i',
    (year) => {
      expect(holidaysFoundIn(year)).toEqual(expectedHolidays(year));
    },
  );

  it('uses exactly the holidays of rules.md §6 in every year from 1992 to 2100', () => {
    for (let year = 1992; year <= 2100; year++) {
      expect(holidaysFoundIn(year), String(year)).toEqual(expectedHolidays(year));
    }
  });

  // The holiday table of rules.json (cal.arkipaiva), weekdays only: these are the days that
  // stop a working-day count.
  it.each([
    [2025, ['01-01', '01-06', '04-18', '04-21', '05-01', '05-29', '06-20', '12-24', '12-25', '12-26']],
    [2026, ['01-01', '01-06', '04-03', '04-06', '05-01', '05-14', '06-19', '12-24', '12-25']],
    [2027, ['01-01', '01-06', '03-26', '03-29', '05-06', '06-25', '12-06', '12-24']],
  ])('matches the weekday holidays of the rules.json table for %i', (year, monthDays) => {
    const weekdayHolidays = holidaysFoundIn(year).filter((d) => weekday(d) >= 1 && weekday(d) <= 5);
    expect(weekdayHolidays).toEqual(monthDays.map((md) => `${year}-${md}`));
  });

  it('names holidays in Finnish', () => {
    expect(isHoliday('2025-04-18')).toBe('Pitkäperjantai');
    expect(isHoliday('2025-05-29')).toBe('Helatorstai');
    expect(isHoliday('2025-06-20')).toBe('Juhannusaatto');
    expect(isHoliday('2025-12-24')).toBe('Jouluaatto');
    expect(isHoliday('2025-12-06')).toBe('Itsenäisyyspäivä');
  });

  it('names both holidays when Ascension Day falls on May Day', () => {
    expect(isHoliday('2008-05-01')).toBe('Vappu, Helatorstai');
  });

  it('does not treat New Year’s Eve, Mother’s Day or Maundy Thursday as holidays', () => {
    expect(isHoliday('2025-12-31')).toBeNull();
    expect(isWorkingDay('2025-12-31')).toBe(true);
    expect(isHoliday('2025-05-11')).toBeNull();
    expect(isWorkingDay('2025-04-17')).toBe(true);
  });
});

describe('isWorkingDay', () => {
  it('counts Monday to Friday and never Saturday or Sunday', () => {
    expect(['2025-03-03', '2025-03-04', '2025-03-05', '2025-03-06', '2025-03-07'].map(isWorkingDay)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(isWorkingDay('2025-03-08')).toBe(false);
    expect(isWorkingDay('2025-03-09')).toBe(false);
  });

  it('does not count Good Friday, Easter Monday or Ascension Day in 2025–2027', () => {
    for (const d of ['2025-04-18', '2025-04-21', '2025-05-29', '2026-04-03', '2026-04-06', '2026-05-14', '2027-03-26', '2027-03-29', '2027-05-06']) {
      expect(isWorkingDay(d), d).toBe(false);
    }
  });

  it('refuses a date that does not exist', () => {
    expect(() => isWorkingDay('2025-02-29')).toThrow(RangeError);
    expect(() => isWorkingDay('2025-2-1')).toThrow(RangeError);
    expect(() => isWorkingDay('2025-04-31')).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('counts seven working days from a Tuesday to the Thursday of the next week', () => {
    expect(addWorkingDays('2025-03-04', 7)).toBe('2025-03-13');
  });

  it('does not count the starting day, so one working day from Friday is Monday', () => {
    expect(addWorkingDays('2025-03-07', 1)).toBe('2025-03-10');
  });

  it('starts counting on the next working day when the start is a weekend', () => {
    expect(addWorkingDays('2025-03-08', 1)).toBe('2025-03-10');
  });

  it('returns the starting day for zero working days', () => {
    expect(addWorkingDays('2025-03-08', 0)).toBe('2025-03-08');
  });

  it('skips Christmas Eve, Christmas Day and St Stephen’s Day but not New Year’s Eve', () => {
    // 2025: 24–26 Dec are Wednesday–Friday, 1 Jan 2026 is a Thursday.
    expect(addWorkingDays('2025-12-22', 1)).toBe('2025-12-23');
    expect(addWorkingDays('2025-12-22', 2)).toBe('2025-12-29');
    expect(addWorkingDays('2025-12-22', 4)).toBe('2025-12-31');
    expect(addWorkingDays('2025-12-22', 5)).toBe('2026-01-02');
    expect(addWorkingDays('2025-12-22', 6)).toBe('2026-01-05');
    expect(addWorkingDays('2025-12-22', 7)).toBe('2026-01-07'); // 6 Jan is Epiphany
  });

  it('stretches a seven-day deadline over Easter', () => {
    // Tuesday before Easter 2025: Good Friday 18.4 and Easter Monday 21.4 do not count.
    expect(addWorkingDays('2025-04-15', 7)).toBe('2025-04-28');
  });

  it('skips Midsummer Eve', () => {
    expect(addWorkingDays('2025-06-19', 1)).toBe('2025-06-23');
  });

  it('counts back with a negative number', () => {
    expect(addWorkingDays('2025-03-13', -7)).toBe('2025-03-04');
    expect(addWorkingDays('2025-12-29', -1)).toBe('2025-12-23');
  });

  it('refuses a fractional number of days', () => {
    expect(() => addWorkingDays('2025-03-04', 1.5)).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it('knows leap years: 2024 and 2000 have 29 February, 2025 and 2100 do not', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
  });

  it('crosses a year boundary both ways', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2024-01-01', 366)).toBe('2025-01-01');
  });
});

describe('addMonths', () => {
  it('ends on the last day of February when 31 January has no counterpart', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
  });

  it('keeps the same date when it exists', () => {
    expect(addMonths('2025-01-15', 1)).toBe('2025-02-15');
    expect(addMonths('2025-03-31', 2)).toBe('2025-05-31');
  });

  it('clamps to a 30-day month', () => {
    expect(addMonths('2025-08-31', 1)).toBe('2025-09-30');
  });

  it('ends a three-month child-welfare assessment across a year boundary', () => {
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
  });

  it('takes 29 February to 28 February a year later', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
  });

  it('counts back with a negative number', () => {
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-01-15', -1)).toBe('2024-12-15');
  });
});

describe('addWeeks', () => {
  it('ends on the same weekday', () => {
    expect(addWeeks('2025-03-04', 2)).toBe('2025-03-18');
    expect(addWeeks('2025-12-24', 1)).toBe('2025-12-31');
    expect(addWeeks('2025-03-18', -2)).toBe('2025-03-04');
  });
});

describe('extendToNextWorkingDay', () => {
  it('keeps a working day', () => {
    expect(extendToNextWorkingDay('2025-03-04')).toBe('2025-03-04');
  });

  it('moves a Saturday Independence Day to Monday', () => {
    expect(extendToNextWorkingDay('2025-12-06')).toBe('2025-12-08');
  });

  it('moves Midsummer Eve to the Monday after', () => {
    expect(extendToNextWorkingDay('2025-06-20')).toBe('2025-06-23');
  });

  it('moves Christmas Eve on a Thursday past Christmas and the weekend', () => {
    expect(extendToNextWorkingDay('2026-12-24')).toBe('2026-12-28');
  });

  it('moves a Sunday to Monday', () => {
    expect(extendToNextWorkingDay('2025-03-09')).toBe('2025-03-10');
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days after the first date up to and including the second', () => {
    expect(workingDaysBetween('2025-03-04', '2025-03-13')).toBe(7);
    expect(workingDaysBetween('2025-03-04', '2025-03-04')).toBe(0);
    expect(workingDaysBetween('2025-03-07', '2025-03-09')).toBe(0);
  });

  it('leaves out the holidays of the Christmas week', () => {
    expect(workingDaysBetween('2025-12-22', '2026-01-07')).toBe(7);
  });

  it('is negative when the second date is earlier', () => {
    expect(workingDaysBetween('2025-03-13', '2025-03-04')).toBe(-7);
    expect(workingDaysBetween('2025-03-09', '2025-03-08')).toBe(0); // +0, not -0
  });

  it('counts a full year: 2025 has 251 working days', () => {
    // 261 weekdays minus the 10 weekday holidays of 2025 (rules.json table; 6 Dec is a Saturday).
    expect(workingDaysBetween('2024-12-31', '2025-12-31')).toBe(251);
  });
});

// --- Properties ------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const dateArb = fc
  .integer({ min: Date.UTC(1992, 0, 1) / DAY_MS, max: Date.UTC(2099, 11, 31) / DAY_MS })
  .map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));

describe('properties', () => {
  it('always lands on a working day for one or more working days', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 400 }), (d, n) => {
        expect(isWorkingDay(addWorkingDays(d, n))).toBe(true);
      }),
    );
  });

  it('counts back exactly the working days it added', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -400, max: 400 }), (d, n) => {
        expect(workingDaysBetween(d, addWorkingDays(d, n))).toBe(n);
      }),
    );
  });

  it('agrees with a day-by-day count', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 800 }), (a, span) => {
        const b = addDays(a, span);
        let count = 0;
        for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) if (isWorkingDay(d)) count++;
        expect(workingDaysBetween(a, b)).toBe(count);
        // Backwards the range is [a, b): drop b, take a.
        expect(workingDaysBetween(b, a)).toBe(Number(isWorkingDay(b)) - Number(isWorkingDay(a)) - count);
      }),
      { numRuns: 200 },
    );
  });

  it('never moves a date back when extending, and lands on a working day', () => {
    fc.assert(
      fc.property(dateArb, (d) => {
        const e = extendToNextWorkingDay(d);
        expect(e >= d).toBe(true);
        expect(isWorkingDay(e)).toBe(true);
        expect(workingDaysBetween(d, e)).toBe(isWorkingDay(d) ? 0 : 1);
      }),
    );
  });

  it('keeps the day of the month or clamps it to the month’s end when adding months', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -240, max: 240 }), (d, n) => {
        const r = addMonths(d, n);
        const [y, m, day] = d.split('-').map(Number) as [number, number, number];
        const monthIndex = y * 12 + m - 1 + n;
        const lastDay = new Date(Date.UTC(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 0)).getUTCDate();
        expect(Number(r.slice(0, 4)) * 12 + Number(r.slice(5, 7)) - 1).toBe(monthIndex);
        expect(Number(r.slice(8, 10))).toBe(Math.min(day, lastDay));
      }),
    );
  });

  it('agrees with Date for calendar-day arithmetic', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -100_000, max: 100_000 }), (d, n) => {
        const expected = new Date(Date.parse(`${d}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
        expect(addDays(d, n)).toBe(expected);
      }),
    );
  });
});
