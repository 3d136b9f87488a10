// A guardian's own calendar days (kuntalainen): reservations of care time and absence notices
// for coming days, within the municipality's effective-dated rules. Staff mark realised stays
// and every other absence type in the unit's attendance view.
import { addDays, isWorkingDay } from '../../../core/calendar/working-days.ts';
import type { ReadTx } from '../../../core/db/database.ts';
import { badRequest } from '../../../core/http/errors.ts';
import { checkReservations } from '../attendance/attendance.ts';

/** Absences a guardian may notify (poissaoloilmoitus): sick, or away for another reason. */
export const CITIZEN_ABSENCE_TYPES = ['sickness', 'other'] as const;
export type CitizenAbsenceType = (typeof CITIZEN_ABSENCE_TYPES)[number];

export interface CitizenDay {
  reservations: { start: string; end: string }[];
  absence: CitizenAbsenceType | null;
}

export interface CalendarRule {
  reservationClosingDays: number;
  absenceClosingDays: number;
  maxDaysAhead: number;
}

const msg = (fi: string, sv: string, en: string) => ({ fi, sv, en });

/** The rule in force on the date (one row at a time: the table excludes overlaps). */
export async function calendarRuleOn(db: ReadTx, date: string): Promise<CalendarRule> {
  const r = await db
    .selectFrom('ecec_citizen_calendar_rule')
    .select(['reservation_closing_days', 'absence_closing_days', 'max_days_ahead'])
    .where('effective_from', '<=', date)
    .where((eb) => eb.or([eb('effective_to', 'is', null), eb('effective_to', '>=', date)]))
    .executeTakeFirst();
  if (!r) {
    throw badRequest('no_calendar_rule', msg(
      'Kunta ei ole määrittänyt varausten sääntöjä tälle päivälle.',
      'Kommunen har inte fastställt regler för bokningar för dagen.',
      'The municipality has not set reservation rules for this day.',
    ));
  }
  return { reservationClosingDays: r.reservation_closing_days, absenceClosingDays: r.absence_closing_days, maxDaysAhead: r.max_days_ahead };
}

/** What a guardian may still change on a day: reservations, absence notices, or neither. */
export function dayOpenness(rule: CalendarRule, date: string, today: string): { reservable: boolean; absenceReportable: boolean } {
  const inRange = date <= addDays(today, rule.maxDaysAhead) && isWorkingDay(date);
  return {
    reservable: inRange && date >= addDays(today, rule.reservationClosingDays),
    absenceReportable: inRange && date >= addDays(today, rule.absenceClosingDays),
  };
}

/**
 * Checks a guardian's day before it replaces what they had entered: a working day still open
 * by the rules, at most two stays in order that do not overlap, and either reservations or an
 * absence. An empty day deletes the guardian's entries.
 *
 * @returns the reservations in order, or throws a 400 with the reason in fi/sv/en.
 */
export function checkCitizenDay(day: CitizenDay, date: string, today: string, rule: CalendarRule) {
  const open = dayOpenness(rule, date, today);
  if (day.reservations.length > 0 && day.absence !== null) {
    throw badRequest('reservation_and_absence', msg(
      'Päivälle voi ilmoittaa joko hoitoajan tai poissaolon, ei molempia.',
      'För dagen kan man anmäla antingen vårdtid eller frånvaro, inte båda.',
      'A day has either care times or an absence, not both.',
    ));
  }
  if (!isWorkingDay(date) || date > addDays(today, rule.maxDaysAhead)) {
    throw badRequest('day_not_open', msg(
      'Päivälle ei voi tehdä varausta: se ei ole arkipäivä tai on liian kaukana.',
      'Dagen kan inte bokas: den är inte en vardag eller ligger för långt fram.',
      'This day cannot be booked: it is not a working day or is too far ahead.',
    ));
  }
  if (day.absence !== null ? !open.absenceReportable : !open.reservable) {
    throw badRequest('day_closed', msg(
      'Päivän varaukset ja ilmoitukset ovat sulkeutuneet. Ota yhteyttä yksikköön.',
      'Bokningarna och anmälningarna för dagen har stängts. Kontakta enheten.',
      'Reservations and notices for this day have closed. Contact the unit.',
    ));
  }
  // Times and overlaps as staff's reservations are checked.
  return checkReservations(day.reservations, date, today);
}
