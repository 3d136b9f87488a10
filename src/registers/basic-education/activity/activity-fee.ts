// Morning and afternoon activity fees (Perusopetuslaki 48 f §): the monthly fee may not exceed
// the cap for the offered hours a school year (570 h or 760 h); the caps are be_parameter rows.
import { badRequest } from '../../../core/http/errors.ts';

export interface ActivityFeeCaps {
  cap570: number;
  cap760: number;
}

/** The statutory maximum monthly fee for an enrolment of the given hours a school year. */
export function monthlyFeeCap(hoursPerSchoolYear: number, caps: ActivityFeeCaps): number {
  return hoursPerSchoolYear <= 570 ? caps.cap570 : caps.cap760;
}

export function assertFeeWithinCap(monthlyFee: number, hoursPerSchoolYear: number, caps: ActivityFeeCaps): void {
  if (hoursPerSchoolYear > 760) {
    throw badRequest('activity_hours', { fi: 'Toimintaa voi olla enintään 760 tuntia lukuvuodessa.', sv: 'Verksamheten kan omfatta högst 760 timmar per läsår.', en: 'Activity can be at most 760 hours a school year.' });
  }
  const cap = monthlyFeeCap(hoursPerSchoolYear, caps);
  if (monthlyFee > cap) {
    throw badRequest('activity_fee_over_cap', {
      fi: `Kuukausimaksu ylittää lakisääteisen enimmäismaksun ${cap} €.`,
      sv: `Månadsavgiften överskrider den lagstadgade maximiavgiften ${cap} €.`,
      en: `The monthly fee exceeds the statutory maximum of ${cap} €.`,
    }, { cap });
  }
}

/**
 * The fee charged for a month: the enrolment's fee less its reduction, never above the cap in
 * force that month (a cap lowered by law limits old enrolments too), rounded to cents.
 */
export function monthlyCharge(e: { monthlyFee: number; reductionPercent: number; hoursPerSchoolYear: number }, caps: ActivityFeeCaps): number {
  const fee = Math.min(e.monthlyFee, monthlyFeeCap(e.hoursPerSchoolYear, caps));
  return Math.round(fee * (100 - e.reductionPercent)) / 100;
}
