// ECEC client-fee calculation (varhaiskasvatuksen asiakasmaksu, laki 1503/2016).
//
// Pure functions of the parameter rows (fee-parameters.ts) and the caller's figures: no
// clock, no database, no figure of law written here. Money is computed in exact integer
// arithmetic (cents and percentages scaled to 1/10 000) so that a half euro really rounds
// up; binary floating point gives 45 € × 0.7 = 31.499999… and 1500 € × 10.7 / 100 =
// 160.49999…, which would round down.
//
// Order of the steps for one child (each step rounded to whole euros, half up, as eVaka's
// calculateFeeBeforeFeeAlterations does):
//   1. base fee of the youngest child in full-time care (5 §): income-related, capped at the
//      maximum fee;
//   2. sibling reduction: the second child pays secondChildPercent %, each further child
//      furtherChildPercent %, of the youngest child's calculated FULL-TIME fee (step 1);
//   3. service need (6 §): the child's own hours scale the result by the municipal tier;
//   4. minimum fee: a per-child monthly fee below minFee is not charged.
// The sibling reduction comes before the hours because the act ties it to the youngest
// child's full-time fee, not to what the youngest child actually pays; the minimum fee
// comes last because it concerns the fee actually charged for the month.
import { FeeCalculationError, invalidInput } from './fee-error.ts';
import {
  INCOME_LIMIT_FAMILY_SIZES,
  isIsoDate,
  requireComplete,
  validateServiceNeedTiers,
  type FeeParameters,
  type FeeParameterStatus,
  type ServiceNeedTier,
} from './fee-parameters.ts';

export { FeeCalculationError, type FeeCalculationErrorCode } from './fee-error.ts';

/** The family's figures that the income-related fee depends on. */
export interface FamilyIncome {
  /** Persons in the family (perhekoko): the parents or spouses and their minor children living together; at least 2. */
  familySize: number;
  /** The family's gross income, € per month. */
  grossIncome: number;
}

export interface BaseFee {
  /** The youngest child's full-time fee, whole euros. */
  fee: number;
  /** The income limit that applied to the family size, € per month. */
  incomeLimit: number;
  /** Percentage of the income above the limit. */
  percentage: number;
  maxFee: number;
  minFee: number;
}

// --- exact money arithmetic --------------------------------------------------------------

/** Percentages are scaled to integers with four decimals: 10.7 → 107 000. */
const PERCENT_SCALE = 10_000n;
const HUNDRED = 100n;

function scaledPercent(p: number): bigint {
  const scaled = Math.round(p * Number(PERCENT_SCALE));
  if (!Number.isFinite(p) || p < 0 || p > 100 || Math.abs(scaled - p * Number(PERCENT_SCALE)) > 1e-6) {
    throw new FeeCalculationError('invalid_fee_parameters', {
      fi: 'Varhaiskasvatusmaksun prosentin on oltava 0–100 ja enintään neljä desimaalia.',
      sv: 'Procenten för avgiften för småbarnspedagogik ska vara 0–100 med högst fyra decimaler.',
      en: 'An ECEC fee percentage must be within 0–100 with at most four decimals.',
    });
  }
  return BigInt(scaled);
}

/** num / den rounded to the nearest integer, halves up (num ≥ 0, den > 0). */
const roundHalfUp = (num: bigint, den: bigint): number => Number((2n * num + den) / (2n * den));

/** `percent` % of a whole-euro amount, rounded to whole euros half up. */
const percentOf = (euros: number, percent: number): number =>
  roundHalfUp(BigInt(euros) * scaledPercent(percent), HUNDRED * PERCENT_SCALE);

function toCents(euros: number): bigint | null {
  const cents = Math.round(euros * 100);
  return Number.isFinite(euros) && euros >= 0 && Number.isSafeInteger(cents) ? BigInt(cents) : null;
}

function requireEuros(amount: number): number {
  if (!(Number.isSafeInteger(amount) && amount >= 0)) {
    throw new FeeCalculationError('invalid_fee_parameters', {
      fi: 'Varhaiskasvatusmaksun parametrien eurojen on oltava ei-negatiivisia kokonaislukuja.',
      sv: 'Eurobeloppen i parametrarna för avgiften för småbarnspedagogik ska vara icke-negativa heltal.',
      en: 'ECEC fee parameter amounts must be non-negative whole euros.',
    });
  }
  return amount;
}

// --- step 1: base fee --------------------------------------------------------------------

function incomeLimitFor(params: FeeParameters, familySize: number): number {
  const limits = requireComplete(params).incomeLimits;
  for (const size of INCOME_LIMIT_FAMILY_SIZES) if (size === familySize) return limits[size];
  // 5 § 2 mom.: for a family of more than six, the limit grows by a fixed amount for each
  // further minor child.
  const increment = params.incrementPerAdditionalChild;
  if (increment === null) {
    const from = params.effectiveFrom;
    throw new FeeCalculationError('missing_increment', {
      fi: `Yli kuuden hengen perheen tulorajan korotus puuttuu ${from} alkavalta kaudelta. Kunnan on syötettävä se ennen kuin maksu voidaan laskea.`,
      sv: `Höjningen av inkomstgränsen för familjer med fler än sex personer saknas för perioden från ${from}. Kommunen måste föra in den innan avgiften kan beräknas.`,
      en: `The income-limit increment for families of more than six persons is missing for the period starting ${from}. The municipality must enter it before the fee can be calculated.`,
    });
  }
  return limits[6] + increment * (familySize - 6);
}

function requireFamily(input: FamilyIncome): bigint {
  const { familySize, grossIncome } = input;
  // A family with a child in ECEC has at least two persons (a single parent and the child).
  if (!(Number.isSafeInteger(familySize) && familySize >= 2)) {
    throw invalidInput(
      'Perhekoon on oltava kokonaisluku ja vähintään 2.',
      'Familjens storlek ska vara ett heltal och minst 2.',
      'The family size must be a whole number of at least 2.',
    );
  }
  const cents = toCents(grossIncome);
  if (cents === null) {
    throw invalidInput(
      'Bruttotulojen on oltava ei-negatiivinen euromäärä.',
      'Bruttoinkomsten ska vara ett icke-negativt eurobelopp.',
      'The gross income must be a non-negative amount of euros.',
    );
  }
  return cents;
}

/**
 * The youngest child's full-time fee (5 §): `percentage` % of the family's gross monthly
 * income above the income limit of its size, at most the maximum fee, rounded to whole
 * euros half up.
 *
 * Rounding is not in the statute text read for the reference; it is a convention. eVaka
 * rounds to whole euros half up, and the published figures agree only with that: OKM notice
 * 840/2017 gives the 2018 second-child maximum as 145 € for 50 % of 289 € = 144.5 € (half-even
 * would give 144); Heinola's 2024 table starts the maximum 311 € at limit + 2 902 €
 * (310.514 € → 311 €; unrounded it would start at limit + 2 906.54 €); Sipoo's and
 * Taipalsaari's 2023 "income for the highest fee" is where 10.7 % reaches 294.50 €; Alavus
 * gives 70 % of 295 € = 206.50 € as 207 €. See fee-worked-examples.test.ts.
 *
 * @example
 * calculateBaseFee(params2024, { familySize: 3, grossIncome: 6000 });
 * // 10.7 % × (6000 − 5245) = 80.785 → { fee: 81, incomeLimit: 5245, percentage: 10.7, maxFee: 311, minFee: 30 }
 */
export function calculateBaseFee(params: FeeParameters, input: FamilyIncome): BaseFee {
  const incomeCents = requireFamily(input);
  const incomeLimit = incomeLimitFor(params, input.familySize);
  const maxFee = requireEuros(params.maxFee);
  const minFee = requireEuros(params.minFee);
  const limitCents = toCents(incomeLimit);
  if (limitCents === null) {
    throw new FeeCalculationError('invalid_fee_parameters', {
      fi: 'Varhaiskasvatusmaksun tuloraja on virheellinen.',
      sv: 'Inkomstgränsen för avgiften för småbarnspedagogik är felaktig.',
      en: 'The ECEC fee income limit is invalid.',
    });
  }
  const surplusCents = incomeCents > limitCents ? incomeCents - limitCents : 0n;
  const uncapped = roundHalfUp(surplusCents * scaledPercent(params.feePercent), HUNDRED * HUNDRED * PERCENT_SCALE);
  // Capping after rounding equals rounding after capping: the maximum is whole euros.
  return { fee: Math.min(maxFee, uncapped), incomeLimit, percentage: params.feePercent, maxFee, minFee };
}

// --- steps 2–4: one child ----------------------------------------------------------------

/** How much care the child needs: hours per month (looked up in the tiers) or a percentage decided elsewhere. */
export type ServiceNeed =
  | { hoursPerMonth: number; serviceNeedPercent?: undefined }
  | { serviceNeedPercent: number; hoursPerMonth?: undefined };

export type ChildCare = ServiceNeed & {
  /**
   * In preschool (esiopetus). Preschool is free; only the complementing ECEC is charged, so
   * with `hoursPerMonth` the caller must say with `freeHoursPerMonth` how many of the hours
   * are preschool.
   */
  preschool?: boolean;
  /**
   * Hours of `hoursPerMonth` that are free of charge: preschool, or a municipality's free
   * ECEC option (the 2018 trial for 5-year-olds, 20 h/week). The tier is looked up for the
   * remaining hours. Only with `hoursPerMonth`.
   */
  freeHoursPerMonth?: number;
};

export type ChildFeeInput = FamilyIncome &
  ChildCare & {
    /** 1 = the youngest child in ECEC, 2 = the next one by age, … */
    siblingOrder: number;
  };

/** A child's fee with each step, so that a fee decision can show how it was reached. */
export interface ChildFee {
  /** The monthly fee charged, whole euros. */
  fee: number;
  /** Step 1: the youngest child's full-time fee of the family. */
  baseFee: number;
  /** Step 2: 100 for the youngest, secondChildPercent or furtherChildPercent for the others. */
  siblingPercent: number;
  feeAfterSiblingReduction: number;
  /** The hours the tier was looked up for (after free hours); null when a percentage was given. */
  chargeableHoursPerMonth: number | null;
  /** Step 3: percent of the full-time fee for the child's care need; 0 when no hours are charged. */
  serviceNeedPercent: number;
  feeAfterServiceNeed: number;
  /** Step 4: true when a fee below the minimum was waived to 0. */
  belowMinimumFee: boolean;
}

interface ResolvedCare {
  chargeableHoursPerMonth: number | null;
  /** null = the tier is still to be looked up for chargeableHoursPerMonth. */
  percent: number | null;
}

function resolveCare(care: ChildCare): ResolvedCare {
  const { hoursPerMonth, serviceNeedPercent, preschool, freeHoursPerMonth } = care;
  if (serviceNeedPercent !== undefined) {
    if (hoursPerMonth !== undefined || freeHoursPerMonth !== undefined) {
      throw invalidInput(
        'Anna joko tunnit tai palveluntarpeen prosentti, ei molempia.',
        'Ange antingen timmar eller servicebehovets procent, inte båda.',
        'Give either hours or a service-need percentage, not both.',
      );
    }
    if (!(Number.isFinite(serviceNeedPercent) && serviceNeedPercent > 0 && serviceNeedPercent <= 100)) {
      throw invalidInput(
        'Palveluntarpeen prosentin on oltava yli 0 ja enintään 100.',
        'Servicebehovets procent ska vara över 0 och högst 100.',
        'The service-need percentage must be above 0 and at most 100.',
      );
    }
    return { chargeableHoursPerMonth: null, percent: serviceNeedPercent };
  }
  if (hoursPerMonth === undefined || !(Number.isFinite(hoursPerMonth) && hoursPerMonth >= 0)) {
    throw invalidInput(
      'Hoitotuntien kuukaudessa on oltava ei-negatiivinen luku.',
      'Vårdtimmarna per månad ska vara ett icke-negativt tal.',
      'The hours of care per month must be a non-negative number.',
    );
  }
  if (freeHoursPerMonth !== undefined && !(Number.isFinite(freeHoursPerMonth) && freeHoursPerMonth >= 0)) {
    throw invalidInput(
      'Maksuttomien tuntien on oltava ei-negatiivinen luku.',
      'De avgiftsfria timmarna ska vara ett icke-negativt tal.',
      'The free hours must be a non-negative number.',
    );
  }
  if (preschool === true && freeHoursPerMonth === undefined) {
    throw new FeeCalculationError('missing_free_hours', {
      fi: 'Esiopetuksessa olevan lapsen maksuttomat esiopetustunnit puuttuvat: vain täydentävä varhaiskasvatus on maksullista.',
      sv: 'De avgiftsfria förskoletimmarna saknas för ett barn i förskoleundervisning: endast den kompletterande småbarnspedagogiken är avgiftsbelagd.',
      en: "The free preschool hours of a child in preschool are missing: only the complementing ECEC is charged.",
    });
  }
  // Preschool (and a free-ECEC option) is free; only the remaining hours are charged.
  const chargeable = Math.max(0, hoursPerMonth - (freeHoursPerMonth ?? 0));
  return { chargeableHoursPerMonth: chargeable, percent: chargeable === 0 ? 0 : null };
}

function tierPercent(sortedTiers: readonly ServiceNeedTier[], hours: number): number {
  const tier = sortedTiers.find((t) => t.maxHoursPerMonth === null || hours <= t.maxHoursPerMonth);
  if (tier === undefined) {
    throw new FeeCalculationError('no_service_need_tier', {
      fi: 'Kunta ei ole määrittänyt palveluntarpeen porrasta näille hoitotunneille.',
      sv: 'Kommunen har inte fastställt något trappsteg för servicebehovet för dessa vårdtimmar.',
      en: 'The municipality has configured no service-need tier for these hours of care.',
    });
  }
  return tier.percent;
}

function siblingPercentFor(params: FeeParameters, siblingOrder: number): number {
  if (!(Number.isSafeInteger(siblingOrder) && siblingOrder >= 1)) {
    throw invalidInput(
      'Sisarusjärjestyksen on oltava kokonaisluku ja vähintään 1.',
      'Syskonordningen ska vara ett heltal och minst 1.',
      'The sibling order must be a whole number of at least 1.',
    );
  }
  if (siblingOrder === 1) return 100;
  return siblingOrder === 2 ? params.secondChildPercent : params.furtherChildPercent;
}

function feeFromBase(
  params: FeeParameters,
  sortedTiers: readonly ServiceNeedTier[],
  base: BaseFee,
  siblingOrder: number,
  care: ResolvedCare,
): ChildFee {
  // Step 2, sibling reduction (sisaralennus; 8 § as amended by 959/2017, 40 % for the second
  // child from 1.8.2021 by 1052/2020): a percentage of the youngest child's calculated
  // full-time fee, whatever the youngest child's own hours are.
  const siblingPercent = siblingPercentFor(params, siblingOrder);
  const feeAfterSiblingReduction = percentOf(base.fee, siblingPercent);
  // Step 3, service need (6 §): the municipal tier for the child's chargeable hours; the
  // tiers were checked against the 60 % frame for 20 h/week or less.
  const serviceNeedPercent =
    care.percent ?? tierPercent(sortedTiers, care.chargeableHoursPerMonth ?? Number.POSITIVE_INFINITY);
  const feeAfterServiceNeed = percentOf(feeAfterSiblingReduction, serviceNeedPercent);
  // Step 4, minimum fee (pienin perittävä maksu): a monthly fee below it is not charged.
  // Per child, after the sibling reduction and the hours (fees.json min_fee_rule: Heinola,
  // Kaakon kaksikko; eVaka applies it last). A fee of exactly the minimum is charged.
  const belowMinimumFee = feeAfterServiceNeed > 0 && feeAfterServiceNeed < base.minFee;
  return {
    fee: belowMinimumFee ? 0 : feeAfterServiceNeed,
    baseFee: base.fee,
    siblingPercent,
    feeAfterSiblingReduction,
    chargeableHoursPerMonth: care.chargeableHoursPerMonth,
    serviceNeedPercent,
    feeAfterServiceNeed,
    belowMinimumFee,
  };
}

/**
 * One child's monthly fee: base fee, sibling reduction, service need, minimum fee, in that
 * order (see the comment at the top of this file). `tiers` are the municipal service-need
 * tiers in force on the fee's date, from {@link selectServiceNeedTiers}.
 *
 * @example
 * calculateChildFee(params2024, tiers, { familySize: 4, grossIncome: 20000, siblingOrder: 2, hoursPerMonth: 160 });
 * // base 311 → 40 % = 124.4 → 124 → 100 % → { fee: 124, … }
 */
export function calculateChildFee(
  params: FeeParameters,
  tiers: readonly ServiceNeedTier[],
  input: ChildFeeInput,
): ChildFee {
  const base = calculateBaseFee(params, input);
  const care = resolveCare(input);
  return feeFromBase(params, validateServiceNeedTiers(tiers), base, input.siblingOrder, care);
}

// --- a family ----------------------------------------------------------------------------

export type FamilyChildInput<C extends string = string> = ChildCare & {
  childId: C;
  /** YYYY-MM-DD; orders the siblings, youngest first. */
  birthDate: string;
};

export interface FamilyFeeInput<C extends string = string> extends FamilyIncome {
  children: readonly FamilyChildInput<C>[];
}

export interface FamilyChildFee<C extends string = string> extends ChildFee {
  childId: C;
  /** 1 = youngest child in ECEC; null for a child with no chargeable ECEC (e.g. only preschool). */
  siblingOrder: number | null;
}

export interface FamilyFees<C extends string = string> {
  /** Youngest first; twins by child id. */
  children: FamilyChildFee<C>[];
  /** Sum of the children's fees, € per month. */
  total: number;
  /** The youngest child's full-time fee that the sibling fees derive from. */
  baseFee: number;
  /** How far the period's figures are checked; show a warning when 'unverified'. */
  parametersStatus: FeeParameterStatus;
}

const byAgeYoungestFirst = <C extends string>(a: FamilyChildInput<C>, b: FamilyChildInput<C>): number =>
  a.birthDate !== b.birthDate ? (a.birthDate > b.birthDate ? -1 : 1) : a.childId < b.childId ? -1 : a.childId > b.childId ? 1 : 0;

/**
 * The monthly fees of all the family's children in ECEC. Siblings are ordered by birth
 * date, youngest first (same birth date: by child id, so that the result is deterministic).
 * A child with no chargeable hours (only preschool or only free hours) is not in ECEC for
 * the sibling rule: it pays nothing and does not take a sibling place. That is the statutory
 * maximum: 8 § speaks of children "kunnan järjestämässä varhaiskasvatuksessa", and preschool
 * alone is not ECEC. eVaka (Espoo) counts a preschool-only child too and so gives its older
 * sibling the second-child reduction; the act's percentages are maxima ("enintään"), so that
 * is a municipal reduction, not a different reading of the act.
 *
 * @example
 * calculateFamilyFees(params2024, tiers, {
 *   familySize: 4, grossIncome: 20000,
 *   children: [
 *     { childId: a, birthDate: '2021-05-02', hoursPerMonth: 160 },
 *     { childId: b, birthDate: '2023-01-10', hoursPerMonth: 100 },
 *   ],
 * });
 * // b: 311 × 70 % = 217.7 → 218; a: 311 × 40 % = 124.4 → 124; total 342
 */
export function calculateFamilyFees<C extends string>(
  params: FeeParameters,
  tiers: readonly ServiceNeedTier[],
  input: FamilyFeeInput<C>,
): FamilyFees<C> {
  const base = calculateBaseFee(params, input);
  const sortedTiers = validateServiceNeedTiers(tiers);
  const ids = new Set<string>();
  for (const c of input.children) {
    if (!isIsoDate(c.birthDate)) {
      throw invalidInput(
        'Lapsen syntymäajan on oltava muotoa VVVV-KK-PP.',
        'Barnets födelsedatum ska ha formen ÅÅÅÅ-MM-DD.',
        "A child's birth date must be written YYYY-MM-DD.",
      );
    }
    if (ids.has(c.childId)) {
      throw invalidInput('Sama lapsi on annettu kahdesti.', 'Samma barn har angetts två gånger.', 'The same child was given twice.');
    }
    ids.add(c.childId);
  }
  if (input.familySize < input.children.length + 1) {
    throw invalidInput(
      'Perhekoko on pienempi kuin lasten määrä ja yksi aikuinen.',
      'Familjens storlek är mindre än antalet barn och en vuxen.',
      'The family size is smaller than the number of children plus one adult.',
    );
  }

  let nextSiblingOrder = 1;
  const children = [...input.children].sort(byAgeYoungestFirst).map((child): FamilyChildFee<C> => {
    const care = resolveCare(child);
    if (care.percent === 0) {
      return {
        childId: child.childId,
        siblingOrder: null,
        fee: 0,
        baseFee: base.fee,
        siblingPercent: 0,
        feeAfterSiblingReduction: 0,
        chargeableHoursPerMonth: care.chargeableHoursPerMonth,
        serviceNeedPercent: 0,
        feeAfterServiceNeed: 0,
        belowMinimumFee: false,
      };
    }
    const siblingOrder = nextSiblingOrder++;
    return { childId: child.childId, siblingOrder, ...feeFromBase(params, sortedTiers, base, siblingOrder, care) };
  });
  return {
    children,
    total: children.reduce((sum, c) => sum + c.fee, 0),
    baseFee: base.fee,
    parametersStatus: params.status,
  };
}
