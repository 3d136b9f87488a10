// Finnish working-day calendar (arkipäivä) for legal deadlines.
//
// Counting follows Laki säädettyjen määräaikain laskemisesta 150/1930 (2, 3 and 5 §).
// A working day is Monday–Friday that is not one of the holidays in rules.md §6:
// 1 Jan, 6 Jan, Good Friday, Easter Monday, 1 May, Ascension Day, Midsummer Eve,
// 6 Dec, 24 Dec, 25 Dec, 26 Dec. Saturdays never count.
//
// Dates are plain 'YYYY-MM-DD' strings and all arithmetic is on whole days, so no time zone
// or clock is involved. Callers inject "today"; nothing here reads the current time.

import Holidays from 'date-holidays';

/** A calendar date without time or zone, 'YYYY-MM-DD'. */
export type LocalDate = string;

// --- Day arithmetic --------------------------------------------------------------------------
// Days since 1970-01-01 (proleptic Gregorian), after Howard Hinnant's civil-date algorithms.
// Plain integer arithmetic keeps us clear of Date's time zone and DST handling.

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

type Ymd = { y: number; m: number; d: number };

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function parse(date: LocalDate): Ymd {
  const match = LOCAL_DATE.exec(date);
  if (match) {
    const y = Number(match[1]);
    const m = Number(match[2]);
    const d = Number(match[3]);
    if (m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)) return { y, m, d };
  }
  throw new RangeError('Expected a real calendar date as YYYY-MM-DD');
}

function format({ y, m, d }: Ymd): LocalDate {
  if (y < 0 || y > 9999) throw new RangeError('Date out of range 0000–9999');
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function toEpochDay({ y, m, d }: Ymd): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromEpochDay(epochDay: number): Ymd {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday. */
function isoWeekday(epochDay: number): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

function requireInteger(n: number, name: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${name} must be an integer`);
}

// --- Holidays --------------------------------------------------------------------------------

// date-holidays marks the church holidays and Independence Day 'public'. Midsummer Eve and
// Christmas Eve are only 'bank' days there, but 150/1930 5 § names them, so we add them by
// name. Everything else it knows ('bank' New Year's Eve, 'observance' Mother's Day …) is left
// out. Sunday and Saturday holidays (Easter Day, Pentecost, Midsummer Day, All Saints' Day)
// stay in the set; they change nothing because weekends never count.
// working-days.test.ts checks this set against our own Easter computation year by year.
//
// The current rules are applied to every year. Finland's calendar differed before 1992
// (e.g. Epiphany and Ascension Day on Saturdays in 1973–1990), which is irrelevant for the
// deadlines this module serves.
const EXTRA_NON_PUBLIC_HOLIDAYS = new Set(['juhannusaatto', 'jouluaatto']);

let holidaySource: Holidays | undefined;
const holidaysByYear = new Map<number, ReadonlyMap<LocalDate, string>>();

function holidaysOf(year: number): ReadonlyMap<LocalDate, string> {
  let holidays = holidaysByYear.get(year);
  if (!holidays) {
    holidaySource ??= new Holidays('FI');
    const map = new Map<LocalDate, string>();
    for (const h of holidaySource.getHolidays(year, 'fi')) {
      const name = h.name.toLowerCase();
      if (h.type === 'public' || EXTRA_NON_PUBLIC_HOLIDAYS.has(name)) {
        // h.date is local to Finland: 'YYYY-MM-DD 00:00:00'.
        const date = h.date.slice(0, 10);
        const display = name.charAt(0).toUpperCase() + name.slice(1);
        // Two holidays can share a day (Ascension Day fell on May Day in 2008).
        const earlier = map.get(date);
        map.set(date, earlier === undefined ? display : `${earlier}, ${display}`);
      }
    }
    holidays = map;
    holidaysByYear.set(year, holidays);
  }
  return holidays;
}

function isWorkingEpochDay(epochDay: number, date: Ymd): boolean {
  return isoWeekday(epochDay) <= 5 && !holidaysOf(date.y).has(format(date));
}

// --- Public API ------------------------------------------------------------------------------

/**
 * The Finnish name of the holiday on this date, or null. Includes the Sunday and Saturday
 * holidays (Easter Day, Pentecost, Midsummer Day, All Saints' Day) but not ordinary weekends.
 *
 * @example
 * isHoliday('2025-06-20') // 'Juhannusaatto'
 * isHoliday('2025-12-31') // null: New Year's Eve is an ordinary working day
 */
export function isHoliday(d: LocalDate): string | null {
  const date = parse(d);
  return holidaysOf(date.y).get(format(date)) ?? null;
}

/**
 * Whether the date is an arkipäivä: Monday–Friday and not a holiday.
 *
 * @example
 * isWorkingDay('2025-04-17') // true (Maundy Thursday)
 * isWorkingDay('2025-04-18') // false (Good Friday)
 */
export function isWorkingDay(d: LocalDate): boolean {
  const date = parse(d);
  return isWorkingEpochDay(toEpochDay(date), date);
}

/**
 * Calendar days, negative to go back.
 *
 * @example
 * addDays('2024-02-28', 1) // '2024-02-29'
 */
export function addDays(d: LocalDate, n: number): LocalDate {
  requireInteger(n, 'n');
  return format(fromEpochDay(toEpochDay(parse(d)) + n));
}

/**
 * The n-th working day after d (150/1930 2 §: the starting day is not counted, day 1 is the
 * next working day). A negative n counts back the same way. n = 0 returns d unchanged.
 *
 * @example
 * // Lastensuojelulaki 26 §: a matter pending on Tuesday, 7 working days → Thursday next week.
 * addWorkingDays('2025-03-04', 7) // '2025-03-13'
 */
export function addWorkingDays(d: LocalDate, n: number): LocalDate {
  requireInteger(n, 'n');
  const step = n < 0 ? -1 : 1;
  let epochDay = toEpochDay(parse(d));
  let remaining = Math.abs(n);
  while (remaining > 0) {
    epochDay += step;
    if (isWorkingEpochDay(epochDay, fromEpochDay(epochDay))) remaining--;
  }
  return format(fromEpochDay(epochDay));
}

/**
 * A period of months (150/1930 3 §): the same date in the final month, or that month's last
 * day if the date does not exist there. Negative n counts back (4 §).
 *
 * @example
 * addMonths('2025-01-31', 1)  // '2025-02-28'
 * addMonths('2025-11-30', 3)  // '2026-02-28'
 */
export function addMonths(d: LocalDate, n: number): LocalDate {
  requireInteger(n, 'n');
  const { y, m, d: day } = parse(d);
  const monthIndex = y * 12 + (m - 1) + n;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return format({ y: year, m: month, d: Math.min(day, daysInMonth(year, month)) });
}

/**
 * A period of weeks (150/1930 3 §): ends on the same weekday.
 *
 * @example
 * addWeeks('2025-03-04', 2) // '2025-03-18' (Julkisuuslaki 14 §: two weeks)
 */
export function addWeeks(d: LocalDate, n: number): LocalDate {
  requireInteger(n, 'n');
  return addDays(d, 7 * n);
}

/**
 * 150/1930 5 §: a deadline falling on a Saturday, Sunday or holiday moves to the next
 * working day. A working day is returned unchanged.
 *
 * @example
 * extendToNextWorkingDay('2025-12-06') // '2025-12-08' (Independence Day, a Saturday)
 */
export function extendToNextWorkingDay(d: LocalDate): LocalDate {
  return isWorkingDay(d) ? d : addWorkingDays(d, 1);
}

/**
 * Working days from a to b, counted like addWorkingDays: for a ≤ b the working days in
 * (a, b], for a > b minus the working days in [b, a). So
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every integer n.
 *
 * @example
 * workingDaysBetween('2025-03-04', '2025-03-13') // 7
 */
export function workingDaysBetween(a: LocalDate, b: LocalDate): number {
  const from = toEpochDay(parse(a));
  const to = toEpochDay(parse(b));
  if (from > to) {
    const back = countWorkingDays(to - 1, from - 1);
    return back === 0 ? 0 : -back; // never -0, which Object.is and JSON tell apart
  }
  return countWorkingDays(from, to);
}

/** Working days in the half-open range (from, to] of epoch days. */
function countWorkingDays(from: number, to: number): number {
  // Whole weeks hold five weekdays each; only holidays on weekdays need looking up.
  const weekdays = weekdaysUpTo(to) - weekdaysUpTo(from);
  let holidays = 0;
  const firstYear = fromEpochDay(from + 1).y;
  const lastYear = fromEpochDay(to).y;
  for (let year = firstYear; year <= lastYear; year++) {
    for (const date of holidaysOf(year).keys()) {
      const epochDay = toEpochDay(parse(date));
      if (epochDay > from && epochDay <= to && isoWeekday(epochDay) <= 5) holidays++;
    }
  }
  return weekdays - holidays;
}

/** Monday–Friday count in (anchor, epochDay], relative to the Monday 1970-01-05 (epoch day 4). */
function weekdaysUpTo(epochDay: number): number {
  const sinceMonday = epochDay - 4;
  const weeks = Math.floor(sinceMonday / 7);
  const rest = sinceMonday - weeks * 7; // 0 = Monday … 6 = Sunday
  return weeks * 5 + Math.min(rest + 1, 5);
}
