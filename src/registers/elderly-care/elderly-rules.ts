// Deadlines and the home-care fee of elderly services.
import { addMonths, addWorkingDays } from '../../core/calendar/working-days.ts';
import type { ReadTx } from '../../core/db/database.ts';

export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** The statutory deadlines in force on a date (elderly_deadline_parameter): data, not code. */
export interface DeadlineParameters {
  id: string;
  /** Sosiaalihuoltolaki 36 §: the assessment starts at the latest on this working day… */
  assessmentStartWorkingDays: number;
  /** …for persons of at least this age, or receiving the highest care allowance. */
  urgentAge: number;
  /** Sosiaalihuoltolaki 45 §: implemented within these months of the matter becoming pending. */
  processingMonths: number;
  /** Vanhuspalvelulaki 18 §: services arranged within these months of the decision. */
  arrangeWithinMonths: number;
}

export class DeadlineParameterError extends Error {
  constructor() {
    super('no_deadline_parameters');
  }
}

export async function deadlineParametersOn(db: ReadTx, date: string): Promise<DeadlineParameters> {
  const p = await db
    .selectFrom('elderly_deadline_parameter')
    .selectAll()
    .where('effective_from', '<=', date)
    .where((eb) => eb.or([eb('effective_to', 'is', null), eb('effective_to', '>=', date)]))
    .executeTakeFirst();
  if (!p) throw new DeadlineParameterError();
  return {
    id: p.id,
    assessmentStartWorkingDays: p.assessment_start_working_days,
    urgentAge: p.urgent_age,
    processingMonths: p.processing_months,
    arrangeWithinMonths: p.arrange_within_months,
  };
}

/**
 * The day by which the service-need assessment must start, or null when 36 § sets no
 * working-day limit (then "without undue delay"). The day of arrival is not counted (150/1930 2 §).
 *
 * @example
 * assessmentStartDue(params, { receivedOn: '2025-03-04', age: 80, highestCareAllowance: false }) // '2025-03-13'
 */
export function assessmentStartDue(p: DeadlineParameters, a: { receivedOn: string; age: number; highestCareAllowance: boolean }): string | null {
  if (a.age < p.urgentAge && !a.highestCareAllowance) return null;
  return addWorkingDays(a.receivedOn, p.assessmentStartWorkingDays);
}

/** The day by which the decision on an application must be implemented (SHL 45 §). */
export const processingDue = (p: DeadlineParameters, receivedOn: string) => addMonths(receivedOn, p.processingMonths);

/** The day by which granted services must be arranged (VPL 18 §): counted from the decision, not the application. */
export const arrangeBy = (p: DeadlineParameters, decidedOn: string) => addMonths(decidedOn, p.arrangeWithinMonths);

export interface HomeCareFeeParameters {
  id: string;
  limits: number[]; // household sizes 1..6
  incrementPerPerson: number;
  usesHoursTable: boolean;
  status: string;
  /** Percent by household size 1..6 for the service hours asked, when the table applies. */
  percents: number[] | null;
}

export class HomeCareFeeError extends Error {
  constructor(readonly code: 'no_parameters' | 'no_hours_table') {
    super(code);
  }
}

/** 10 e §: hours in the table run from "at most 4" to "38 or more"; partial hours round half up (Pirha, unverified). */
export const tableHours = (hoursPerMonth: number) => Math.min(38, Math.max(4, Math.floor(hoursPerMonth + 0.5)));

export async function homeCareFeeParametersOn(db: ReadTx, date: string, hoursPerMonth: number): Promise<HomeCareFeeParameters> {
  const p = await db
    .selectFrom('elderly_home_care_fee_parameter')
    .selectAll()
    .where('effective_from', '<=', date)
    .where((eb) => eb.or([eb('effective_to', 'is', null), eb('effective_to', '>=', date)]))
    .executeTakeFirst();
  if (!p) throw new HomeCareFeeError('no_parameters');
  let percents: number[] | null = null;
  if (p.uses_hours_table) {
    const row = await db
      .selectFrom('elderly_home_care_fee_percent')
      .selectAll()
      .where('effective_from', '<=', date)
      .where('service_hours', '=', tableHours(hoursPerMonth))
      .orderBy('effective_from', 'desc')
      .executeTakeFirst();
    if (row) percents = [row.percent_1, row.percent_2, row.percent_3, row.percent_4, row.percent_5, row.percent_6].map(Number);
  }
  return {
    id: p.id,
    limits: [p.income_limit_1, p.income_limit_2, p.income_limit_3, p.income_limit_4, p.income_limit_5, p.income_limit_6],
    incrementPerPerson: p.increment_per_person,
    usesHoursTable: p.uses_hours_table,
    status: p.status,
    percents,
  };
}

/**
 * Monthly home-care fee (734/1992 10 e §): percent(hours, household) × (gross income − limit),
 * never negative, in cents rounded half up. Households over 6 use the "6 or more" percent and
 * the 6-person limit plus the increment for each further person.
 */
export function homeCareFee(p: HomeCareFeeParameters, a: { grossIncome: number; householdSize: number }) {
  if (!p.usesHoursTable || !p.percents) throw new HomeCareFeeError('no_hours_table');
  const size = Math.max(1, Math.floor(a.householdSize));
  const limit = size <= 6 ? p.limits[size - 1]! : p.limits[5]! + (size - 6) * p.incrementPerPerson;
  const percent = p.percents[Math.min(size, 6) - 1]!;
  const base = Math.max(0, a.grossIncome - limit);
  const fee = Math.round((base * percent) / 100 * 100 + 1e-9) / 100;
  return { limit, percent, fee, unverified: p.status === 'unverified' };
}
