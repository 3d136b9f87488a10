// Attendance (hoitotapahtumat): the rules of a child's day as staff mark it.
import { badRequest } from '../../../core/http/errors.ts';

export const ABSENCE_TYPES = ['sickness', 'planned', 'other', 'unknown', 'force_majeure', 'parent_leave'] as const;
export type AbsenceType = (typeof ABSENCE_TYPES)[number];

/** A realised stay: arrival and, once the child has left, departure (HH:MM). */
export interface AttendanceInterval {
  arrived: string;
  departed: string | null;
}

/** What staff mark for one child on one day: the stays, or an absence, or neither. */
export interface AttendanceDay {
  attendances: AttendanceInterval[];
  absenceType: AbsenceType | null;
}

export const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

const msg = (fi: string, sv: string, en: string) => ({ fi, sv, en });

/**
 * Checks a day before it replaces what was marked: a child is either present or absent, a
 * departure follows its arrival, stays do not overlap and only the last one may still be
 * open, and nobody is marked present on a day that has not come yet (eVaka refuses future
 * arrivals too; a planned absence may be marked ahead).
 *
 * @returns the stays in order of arrival, or throws a 400 with the reason in fi/sv/en.
 */
export function checkDay(day: AttendanceDay, date: string, today: string): AttendanceInterval[] {
  const stays = [...day.attendances].sort((a, b) => minutes(a.arrived) - minutes(b.arrived));
  if (day.absenceType !== null && stays.length > 0) {
    throw badRequest('attendance_and_absence', msg(
      'Lapsi ei voi olla samana päivänä sekä läsnä että poissa: poista joko läsnäolo tai poissaolo.',
      'Barnet kan inte vara både närvarande och frånvarande samma dag: ta bort antingen närvaron eller frånvaron.',
      'A child cannot be both present and absent on the same day: remove either the attendance or the absence.',
    ));
  }
  if (stays.length > 0 && date > today) {
    throw badRequest('future_attendance', msg(
      'Läsnäoloa ei voi merkitä tulevalle päivälle.',
      'Närvaro kan inte antecknas för en kommande dag.',
      'Attendance cannot be marked for a day that has not come yet.',
    ));
  }
  for (const s of stays) {
    if (s.departed !== null && minutes(s.departed) <= minutes(s.arrived)) {
      throw badRequest('invalid_time_range', msg('Lähtöaika on ennen tuloaikaa.', 'Avgångstiden är före ankomsttiden.', 'The departure is before the arrival.'));
    }
  }
  for (let i = 1; i < stays.length; i++) {
    const prev = stays[i - 1]!;
    if (prev.departed === null || minutes(prev.departed) > minutes(stays[i]!.arrived)) {
      throw badRequest('overlapping_attendance', msg(
        'Läsnäolot menevät päällekkäin: edellisen lähtöaika puuttuu tai on seuraavan tuloajan jälkeen.',
        'Närvaroperioderna överlappar: den föregående saknar avgångstid eller slutar efter nästa ankomst.',
        'The stays overlap: the previous one has no departure or ends after the next arrival.',
      ));
    }
  }
  return stays;
}

/** Hours with two decimals, from minutes. */
export const hoursOf = (mins: number) => Math.round((mins / 60) * 100) / 100;

/** A guardian's reservation of care time for a day (HH:MM). */
export interface ReservationInterval {
  start: string;
  end: string;
}

/**
 * Checks a day's reservations before they replace the old ones: each ends after it starts,
 * they do not overlap, and only a coming day (or today) is reserved or changed — a past day's
 * reservation is what the guardian said beforehand and stays as it was, because the month's
 * reserved hours are compared with what was realised.
 *
 * @returns the reservations in order of start, or throws a 400 with the reason in fi/sv/en.
 */
export function checkReservations(reservations: ReservationInterval[], date: string, today: string): ReservationInterval[] {
  if (date < today) {
    throw badRequest('past_reservation', msg(
      'Mennyttä päivää ei voi varata eikä sen varausta muuttaa.',
      'En förfluten dag kan inte bokas och dess bokning kan inte ändras.',
      'A past day cannot be reserved and its reservation cannot be changed.',
    ));
  }
  const sorted = [...reservations].sort((a, b) => minutes(a.start) - minutes(b.start));
  for (const r of sorted) {
    if (minutes(r.end) <= minutes(r.start)) {
      throw badRequest('invalid_time_range', msg('Loppuaika on ennen alkuaikaa.', 'Sluttiden är före starttiden.', 'The end time is before the start time.'));
    }
  }
  for (let i = 1; i < sorted.length; i++) {
    if (minutes(sorted[i - 1]!.end) > minutes(sorted[i]!.start)) {
      throw badRequest('overlapping_reservation', msg(
        'Varaukset menevät päällekkäin.',
        'Bokningarna överlappar.',
        'The reservations overlap.',
      ));
    }
  }
  return sorted;
}
