// School transport eligibility (Perusopetuslaki 628/1998 32 §): free transport when the trip
// is over the distance limit or an unsafe-route decision is in force; the daily trip with
// waiting may take at most the limit, a longer one for a pupil who is 13 when the school
// year starts. The figures come from be_parameter rows.

export interface TransportParameters {
  minDistanceKm: number;
  maxDailyMinutes: number;
  maxDailyMinutesAge13: number;
}

export interface TransportInput {
  birthDate: string;
  /** First day of the school year, YYYY-08-01. */
  schoolYearStart: string;
  distanceKm: number | null;
  dailyTravelMinutes: number | null;
  unsafeRouteDecision: boolean;
}

export interface TransportEligibility {
  eligible: boolean;
  grounds: ('distance' | 'unsafe_route')[];
  ageAtSchoolYearStart: number;
  /** The longest daily trip, waiting included, allowed for this pupil. */
  maxDailyMinutes: number;
  /** null when no travel time is stored. */
  travelTimeWithinLimit: boolean | null;
  distanceLimitKm: number;
}

export function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function transportEligibility(i: TransportInput, p: TransportParameters): TransportEligibility {
  const grounds: TransportEligibility['grounds'] = [];
  if (i.distanceKm !== null && i.distanceKm > p.minDistanceKm) grounds.push('distance');
  if (i.unsafeRouteDecision) grounds.push('unsafe_route');
  const age = ageOn(i.birthDate, i.schoolYearStart);
  const maxDailyMinutes = age >= 13 ? p.maxDailyMinutesAge13 : p.maxDailyMinutes;
  return {
    eligible: grounds.length > 0,
    grounds,
    ageAtSchoolYearStart: age,
    maxDailyMinutes,
    travelTimeWithinLimit: i.dailyTravelMinutes === null ? null : i.dailyTravelMinutes <= maxDailyMinutes,
    distanceLimitKm: p.minDistanceKm,
  };
}
