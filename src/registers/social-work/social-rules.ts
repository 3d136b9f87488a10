// Statutory deadlines of social-work matters, from the effective-dated parameter row.
import { addMonths, addWorkingDays } from '../../core/calendar/working-days.ts';
import type { ReadTx } from '../../core/db/database.ts';
import { badRequest } from '../../core/http/errors.ts';

export interface SocialDeadlineParameters {
  id: string;
  /** Lastensuojelulaki 26 §: decide within these working days whether to start the assessment. */
  childWelfareDecisionWorkingDays: number;
  /** Lastensuojelulaki 26 §: complete the assessment within these months. */
  childWelfareCompletionMonths: number;
  /** Sosiaalihuoltolaki 36 §: start the assessment at the latest on this working day… */
  assessmentStartWorkingDays: number;
  /** …for persons of at least this age (or the highest care allowance, or a child needing special support). */
  urgentAge: number;
  /** Sosiaalihuoltolaki 36 §: a child needing special support is assessed within these months. */
  specialSupportCompletionMonths: number;
  /** Sosiaalihuoltolaki 45 §: the decision is implemented within these months of the matter becoming pending. */
  processingMonths: number;
}

export async function socialDeadlineParametersOn(db: ReadTx, date: string): Promise<SocialDeadlineParameters> {
  const p = await db
    .selectFrom('social_deadline_parameter')
    .selectAll()
    .where('effective_from', '<=', date)
    .where((eb) => eb.or([eb('effective_to', 'is', null), eb('effective_to', '>=', date)]))
    .executeTakeFirst();
  if (!p) {
    throw badRequest('no_deadline_parameters', {
      fi: 'Määräaikojen perusteita ei ole kirjattu tälle päivälle.',
      sv: 'Grunderna för tidsfristerna saknas för denna dag.',
      en: 'The deadline parameters are missing for this date.',
    });
  }
  return {
    id: p.id,
    childWelfareDecisionWorkingDays: p.child_welfare_decision_working_days,
    childWelfareCompletionMonths: p.child_welfare_completion_months,
    assessmentStartWorkingDays: p.assessment_start_working_days,
    urgentAge: p.urgent_age,
    specialSupportCompletionMonths: p.special_support_completion_months,
    processingMonths: p.processing_months,
  };
}

/**
 * Deadlines of a child-welfare matter pending since `receivedOn` (the day it arrived does not
 * count, 150/1930 2 §).
 *
 * @example
 * childWelfareDeadlines(params, '2025-03-04') // { decideBy: '2025-03-13', completeBy: '2025-06-04' }
 */
export function childWelfareDeadlines(p: SocialDeadlineParameters, receivedOn: string) {
  return { decideBy: addWorkingDays(receivedOn, p.childWelfareDecisionWorkingDays), completeBy: addMonths(receivedOn, p.childWelfareCompletionMonths) };
}

export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/**
 * Deadlines of an application pending since `receivedOn` (Sosiaalihuoltolaki 36 § and 45 §):
 * the assessment start for the groups 36 § names (otherwise "without undue delay", null), its
 * completion for a child needing special support, and the implementation of the decision.
 *
 * @example
 * applicationDeadlines(params, { receivedOn: '2025-03-04', age: 8, highestCareAllowance: false, specialSupportChild: true })
 * // { startBy: '2025-03-13', completeBy: '2025-06-04', processBy: '2025-06-04' }
 */
export function applicationDeadlines(
  p: SocialDeadlineParameters,
  a: { receivedOn: string; age: number; highestCareAllowance: boolean; specialSupportChild: boolean },
): { startBy: string | null; completeBy: string | null; processBy: string } {
  const urgent = a.age >= p.urgentAge || a.highestCareAllowance || a.specialSupportChild;
  return {
    startBy: urgent ? addWorkingDays(a.receivedOn, p.assessmentStartWorkingDays) : null,
    completeBy: a.specialSupportChild ? addMonths(a.receivedOn, p.specialSupportCompletionMonths) : null,
    processBy: addMonths(a.receivedOn, p.processingMonths),
  };
}
