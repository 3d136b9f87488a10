// The month's charge of one child (kuukausimaksun laskutus): what the family pays for a
// calendar month, from the fee decisions in force, the child's placement days and the
// month's absences. Pure: no clock, no database; the municipal choices come in as a rule row
// (ecec_monthly_fee_rule, migration 0008).
//
// What laki varhaiskasvatuksen asiakasmaksuista 1503/2016 fixes (the absence section as quoted
// word for word by the municipalities' fee pages: Espoo, Kirkkonummi, Kerava, Kokkola, Sipoo,
// Siuntio; the finlex text itself was not reachable from here, so no section number is named):
//   - sick on all the month's operating days (kaikki kalenterikuukauden toimintapäivät):
//     no fee;
//   - sick on at least 11 operating days of the month: half the monthly fee;
//   - absent on all the month's operating days for another reason: half the monthly fee
//     (11 and half are legal figures, so they are data too: ecec_monthly_fee_rule);
//   - days of a parental-allowance period (vanhempainrahakausi, isyysrahajakso before
//     4.9.2022) are not charged.
// What it leaves to the municipality (ecec_monthly_fee_rule): the divisor of a part month's
// daily fee, whether a whole month's other absence must be notified in advance, refunds of
// force-majeure days and a free summer month.
//
// The steps follow eVaka's DraftInvoiceGenerator (espoon-voltti/evaka,
// service/src/main/kotlin/fi/espoo/evaka/invoicing/service/DraftInvoiceGenerator.kt):
//   1. each decision's part of the month: the whole fee when one fee covers all the month's
//      operating days, otherwise days × daily fee, the daily fee being the fee / divisor
//      rounded to whole cents half up (calculateDailyPriceForInvoiceRow); parts with the same
//      fee are merged first (mergePeriods), so that a decision superseded by an equal one
//      still charges the plain monthly fee;
//   2. daily refunds (dailyAbsenceRefund): parental-leave and force-majeure days × daily fee;
//   3. the month's absence reduction (getFullMonthAbsences + monthlyAbsenceDiscount) on what
//      remains: all sick → 0, ≥ 11 sick → half, all absent → half; halves round half up to
//      whole cents (calculateHalfFee, RoundingMode.HALF_UP). Counted over the operating days
//      on which the child has a placement and a fee decision, as eVaka does.
// Money is integer cents: the decided fees are whole euros (fee-calculation.ts), a daily fee
// or a half can have cents, and nothing is ever rounded twice.
import { isWorkingDay } from '../../../core/calendar/working-days.ts';
import { addDays, daysInMonth } from '../dates.ts';
import type { AbsenceType } from '../attendance/attendance.ts';

/** The municipal rule row in force for the month (ecec_monthly_fee_rule). */
export interface MonthlyFeeRule {
  /** Null: the month's operating days. */
  dailyFeeDivisor: number | null;
  /** 1503/2016: 11 sick operating days give the reduced fee. */
  sickDaysForReducedFee: number;
  /** 1503/2016: the reduced fee is half (50 %) of the month's fee. */
  reducedFeePercent: number;
  fullMonthAbsenceRequiresNotice: boolean;
  forceMajeureRefunded: boolean;
  freeMonth: number | null;
  freeMonthMinMonths: number | null;
}

/** A fee decision's row for the child, in force during part of the month (status sent). */
export interface MonthlyFeeDecisionPart {
  decisionId: string;
  validFrom: string;
  validTo: string | null;
  /** The child's decided monthly fee, whole euros. */
  fee: number;
}

export interface DateRange {
  start: string;
  end: string | null;
}

export interface MonthlyAbsence {
  date: string;
  type: AbsenceType;
  /** Recorded before the day (or of type 'planned'): ennalta ilmoitettu. */
  notifiedInAdvance: boolean;
}

export interface MonthlyFeeInput {
  /** YYYY-MM */
  month: string;
  /** The month's operating days, {@link monthOperatingDays}: computed once for all children of a month. */
  operatingDays: string[];
  decisions: MonthlyFeeDecisionPart[];
  /** The child's placements overlapping the month (and, for the free month, the months before). */
  placements: DateRange[];
  absences: MonthlyAbsence[];
  rule: MonthlyFeeRule;
}

export type MonthlyFeeRuleCode =
  | 'no_fee_decision'
  | 'free_month'
  | 'full_month'
  | 'part_month'
  | 'parent_leave_days'
  | 'force_majeure_days'
  | 'sick_full_month'
  | 'sick_days_reduced'
  | 'absent_full_month';

export interface MonthlyFeePart {
  decisionIds: string[];
  from: string;
  to: string;
  /** The decided monthly fee in cents. */
  feeCents: number;
  /** Operating days of the part on which the child was placed. */
  days: number;
  /** Null when the whole fee is charged. */
  dailyFeeCents: number | null;
  amountCents: number;
  basis: 'full_month' | 'part_month';
}

export interface MonthlyFeeStep {
  rule: MonthlyFeeRuleCode;
  /** Days the rule counted (sick days, refunded days), when it counts days. */
  days: number | null;
  /** Change of the charge, cents (≤ 0 for reductions). */
  changeCents: number;
  /** The charge after the step, cents. */
  resultCents: number;
}

export interface MonthlyFee {
  month: string;
  operatingDays: number;
  dailyFeeDivisor: number;
  /** Operating days on which the child had a placement and a fee decision. */
  chargedDays: number;
  sickDays: number;
  absentDays: number;
  parts: MonthlyFeePart[];
  /** Sum of the parts before absences, cents. */
  grossCents: number;
  steps: MonthlyFeeStep[];
  /** What the family is charged for the child for the month, cents. */
  chargeCents: number;
}

const roundHalfUp = (num: number, den: number): number => {
  // Both are small non-negative integers (cents × days), exact in doubles; do it in bigint anyway.
  const n = BigInt(num);
  const d = BigInt(den);
  return Number((2n * n + d) / (2n * d));
};

/** `percent` % of a charge in cents, rounded to whole cents half up (eVaka calculateHalfFee). */
export const percentOfCents = (cents: number, percent: number): number => roundHalfUp(cents * percent, 100);

/** The month's operating days (toimintapäivät): arkipäivät of core's calendar. */
export function monthOperatingDays(month: string): string[] {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const out: string[] = [];
  for (let d = 1; d <= daysInMonth(y, m); d++) {
    const date = `${month}-${String(d).padStart(2, '0')}`;
    if (isWorkingDay(date)) out.push(date);
  }
  return out;
}

const covers = (r: { start: string; end: string | null }, d: string) => r.start <= d && (r.end === null || r.end >= d);

/**
 * Whether the free summer month applies: the month is the rule's free month and a placement
 * has lasted without a gap (a later placement starting the day after an earlier one ends)
 * from the first day of the month `freeMonthMinMonths` months earlier to the month's start.
 */
export function isFreeMonth(month: string, placements: DateRange[], rule: MonthlyFeeRule): boolean {
  if (rule.freeMonth === null || rule.freeMonthMinMonths === null) return false;
  if (Number(month.slice(5, 7)) !== rule.freeMonth) return false;
  let y = Number(month.slice(0, 4));
  let m = Number(month.slice(5, 7)) - rule.freeMonthMinMonths;
  while (m < 1) {
    m += 12;
    y -= 1;
  }
  const since = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
  const monthStart = `${month}-01`;
  // Walk forward from `since` along contiguous placements until the month's start is reached.
  const sorted = [...placements].sort((a, b) => (a.start < b.start ? -1 : 1));
  let reached = since;
  for (;;) {
    const next = sorted.find((p) => covers(p, reached));
    if (!next) return false;
    if (next.end === null || next.end >= monthStart) return true;
    reached = addDays(next.end, 1);
  }
}

/**
 * The child's charge for the month with every step shown.
 *
 * @example
 * monthlyFee({ month: '2025-03', operatingDays: monthOperatingDays('2025-03'), decisions: [{ decisionId, validFrom: '2025-01-01', validTo: null, fee: 311 }],
 *   placements: [{ start: '2025-01-01', end: null }], absences: [], rule })
 * // → chargeCents 31100, one part 'full_month'
 */
export function monthlyFee(input: MonthlyFeeInput): MonthlyFee {
  const { month, rule } = input;
  const operating = input.operatingDays;
  const divisor = rule.dailyFeeDivisor ?? operating.length;
  const placed = (d: string) => input.placements.some((p) => covers(p, d));
  const decisionOn = (d: string) => input.decisions.find((x) => covers({ start: x.validFrom, end: x.validTo }, d));
  const chargedDays = operating.filter((d) => placed(d) && decisionOn(d) !== undefined);
  const absenceOn = new Map(input.absences.map((a) => [a.date, a]));
  const sickDays = chargedDays.filter((d) => absenceOn.get(d)?.type === 'sickness').length;
  const absentDays = chargedDays.filter((d) => absenceOn.has(d)).length;
  const base = { month, operatingDays: operating.length, dailyFeeDivisor: divisor, chargedDays: chargedDays.length, sickDays, absentDays };

  if (chargedDays.length === 0) {
    return { ...base, parts: [], grossCents: 0, steps: [{ rule: 'no_fee_decision', days: null, changeCents: 0, resultCents: 0 }], chargeCents: 0 };
  }

  // 1. Runs of consecutive charged days under the same fee (equal fees merged, as eVaka).
  const runs: { ids: string[]; fee: number; days: string[] }[] = [];
  for (const d of chargedDays) {
    const dec = decisionOn(d)!;
    const last = runs.at(-1);
    if (last && last.fee === dec.fee) {
      last.days.push(d);
      if (!last.ids.includes(dec.decisionId)) last.ids.push(dec.decisionId);
    } else runs.push({ ids: [dec.decisionId], fee: dec.fee, days: [d] });
  }
  const wholeMonth = runs.length === 1 && chargedDays.length === operating.length;
  const parts: MonthlyFeePart[] = runs.map((r) => {
    const feeCents = r.fee * 100;
    if (wholeMonth) {
      return { decisionIds: r.ids, from: r.days[0]!, to: r.days.at(-1)!, feeCents, days: r.days.length, dailyFeeCents: null, amountCents: feeCents, basis: 'full_month' };
    }
    const daily = roundHalfUp(feeCents, divisor);
    // A fixed divisor below the month's operating days must not charge more than the fee.
    const amountCents = Math.min(feeCents, daily * r.days.length);
    return { decisionIds: r.ids, from: r.days[0]!, to: r.days.at(-1)!, feeCents, days: r.days.length, dailyFeeCents: daily, amountCents, basis: 'part_month' };
  });
  // Two parts together never exceed the highest decided fee of the month.
  const maxFeeCents = Math.max(...parts.map((p) => p.feeCents));
  const grossCents = Math.min(maxFeeCents, parts.reduce((s, p) => s + p.amountCents, 0));
  const steps: MonthlyFeeStep[] = [{ rule: wholeMonth ? 'full_month' : 'part_month', days: chargedDays.length, changeCents: grossCents, resultCents: grossCents }];
  let charge = grossCents;

  if (isFreeMonth(month, input.placements, rule)) {
    steps.push({ rule: 'free_month', days: null, changeCents: -charge, resultCents: 0 });
    return { ...base, parts, grossCents, steps, chargeCents: 0 };
  }

  // 2. Daily refunds, at the daily fee of the part the day belongs to.
  const dailyOf = (d: string) => {
    const dec = decisionOn(d)!;
    return roundHalfUp(dec.fee * 100, divisor);
  };
  const refund = (rule: 'parent_leave_days' | 'force_majeure_days', type: AbsenceType) => {
    const days = chargedDays.filter((d) => absenceOn.get(d)?.type === type);
    if (days.length === 0 || charge === 0) return;
    const amount = Math.min(charge, days.reduce((s, d) => s + dailyOf(d), 0));
    charge -= amount;
    steps.push({ rule, days: days.length, changeCents: -amount, resultCents: charge });
  };
  refund('parent_leave_days', 'parent_leave');
  if (rule.forceMajeureRefunded) refund('force_majeure_days', 'force_majeure');

  // 3. The month's absence reduction, at most one, on what remains.
  const allAbsent = chargedDays.every((d) => {
    const a = absenceOn.get(d);
    return a !== undefined && (!rule.fullMonthAbsenceRequiresNotice || a.type === 'sickness' || a.notifiedInAdvance);
  });
  const reduce = (code: MonthlyFeeRuleCode, days: number | null, to: number) => {
    steps.push({ rule: code, days, changeCents: to - charge, resultCents: to });
    charge = to;
  };
  if (charge > 0) {
    if (sickDays === chargedDays.length) reduce('sick_full_month', sickDays, 0);
    else if (sickDays >= rule.sickDaysForReducedFee) reduce('sick_days_reduced', sickDays, percentOfCents(charge, rule.reducedFeePercent));
    else if (allAbsent) reduce('absent_full_month', absentDays, percentOfCents(charge, rule.reducedFeePercent));
  }
  return { ...base, parts, grossCents, steps, chargeCents: charge };
}
