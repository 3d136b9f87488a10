import { describe, expect, it } from 'vitest';
import { ageOn, transportEligibility } from './transport.ts';

const p = { minDistanceKm: 5, maxDailyMinutes: 150, maxDailyMinutesAge13: 180 };
const base = { birthDate: '2015-03-01', schoolYearStart: '2025-08-01', distanceKm: 3, dailyTravelMinutes: 40, unsafeRouteDecision: false };

describe('school transport eligibility (Perusopetuslaki 32 §)', () => {
  it('gives transport for a trip over 5 km but not for exactly 5 km', () => {
    expect(transportEligibility({ ...base, distanceKm: 5.1 }, p)).toMatchObject({ eligible: true, grounds: ['distance'] });
    expect(transportEligibility({ ...base, distanceKm: 5 }, p)).toMatchObject({ eligible: false, grounds: [] });
  });

  it('gives transport on a short trip when an unsafe-route decision is in force', () => {
    expect(transportEligibility({ ...base, unsafeRouteDecision: true }, p)).toMatchObject({ eligible: true, grounds: ['unsafe_route'] });
  });

  it('allows 3 hours only to a pupil who is 13 when the school year starts', () => {
    expect(transportEligibility({ ...base, birthDate: '2012-08-01', dailyTravelMinutes: 170 }, p)).toMatchObject({ maxDailyMinutes: 180, travelTimeWithinLimit: true });
    expect(transportEligibility({ ...base, birthDate: '2012-08-02', dailyTravelMinutes: 170 }, p)).toMatchObject({ maxDailyMinutes: 150, travelTimeWithinLimit: false });
  });

  it('counts age in whole years with the birthday included', () => {
    expect(ageOn('2012-08-01', '2025-08-01')).toBe(13);
    expect(ageOn('2012-08-02', '2025-08-01')).toBe(12);
  });
});
