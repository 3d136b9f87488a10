import { addMonths, addWorkingDays } from '../../core/calendar/working-days.ts';

/** Lastensuojelulaki 26 §: decide on starting the assessment within 7 working days. */
export const ASSESSMENT_DECISION_WORKING_DAYS = 7;
/** Lastensuojelulaki 26 §: the assessment is complete within 3 months of the matter becoming pending. */
export const ASSESSMENT_COMPLETION_MONTHS = 3;

/**
 * Deadlines of a child-welfare matter pending since `receivedOn` (the day it arrived does not
 * count, 150/1930 2 §).
 *
 * @example
 * childWelfareDeadlines('2025-03-04') // { decideBy: '2025-03-13', completeBy: '2025-06-04' }
 */
export function childWelfareDeadlines(receivedOn: string) {
  return { decideBy: addWorkingDays(receivedOn, ASSESSMENT_DECISION_WORKING_DAYS), completeBy: addMonths(receivedOn, ASSESSMENT_COMPLETION_MONTHS) };
}
