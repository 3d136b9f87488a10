// ECEC client-fee parameters (varhaiskasvatuksen asiakasmaksut, laki 1503/2016) as data.
//
// Every euro figure and percentage lives in the `ecec_fee_parameters` and
// `ecec_service_need_tier` tables (migration 0001), one row per effective period; the
// calculation code reads them through these types and never holds a figure itself.
// Index revisions every other August and law changes (2021-08-01, 2023-03-01) become new rows.
import { FeeCalculationError, type Localized } from './fee-error.ts';

/** How far a period's figures have been checked; see /shared/reference/fees.md. */
export type FeeParameterStatus = 'official' | 'verified' | 'unverified';
export const FEE_PARAMETER_STATUSES: readonly FeeParameterStatus[] = ['official', 'verified', 'unverified'];

/** Income limits (tulorajat) in €/month by family size (5 § 2 mom., as amended). */
export interface IncomeLimits {
  2: number;
  3: number;
  4: number;
  5: number;
  6: number;
}
export const INCOME_LIMIT_FAMILY_SIZES = [2, 3, 4, 5, 6] as const;

/** One effective period of the national fee figures. Amounts are whole euros per month. */
export interface FeeParameters {
  /** First day in force, YYYY-MM-DD. */
  effectiveFrom: string;
  /** Last day in force, YYYY-MM-DD; null = until further notice. */
  effectiveTo: string | null;
  /** Percentage of the income above the limit, e.g. 10.7. */
  feePercent: number;
  /** Null when the period's limits are not known (2026-08-01): no fee can be calculated. */
  incomeLimits: IncomeLimits | null;
  /** Added to the 6-person limit for each further minor child; null = unknown. */
  incrementPerAdditionalChild: number | null;
  /** Maximum fee of the youngest child in full-time ECEC (korkein maksu). */
  maxFee: number;
  /** Smallest fee charged (pienin perittävä maksu); smaller fees are not charged. */
  minFee: number;
  /** Second child: percent of the youngest child's calculated full-time fee (sibling rule, 959/2017 text). */
  secondChildPercent: number;
  /** Each further child: percent of the youngest child's calculated full-time fee (sibling rule). */
  furtherChildPercent: number;
  status: FeeParameterStatus;
  /** Where the figures come from and what is unverified, in plain text. */
  source: string;
}

/** Parameters whose income limits are known, as returned by {@link selectParameters}. */
export type CompleteFeeParameters = FeeParameters & { incomeLimits: IncomeLimits };

/**
 * A municipal service-need tier (palveluntarpeen porrastus): care of at most
 * `maxHoursPerMonth` hours a month costs `percent` % of the full-time fee. The tiers are
 * municipal decisions, not law; 6 § only frames them (see {@link LAW_FRAME}).
 */
export interface ServiceNeedTier {
  effectiveFrom: string;
  effectiveTo: string | null;
  /** Inclusive upper bound in hours per month; null = every number of hours above the other tiers. */
  maxHoursPerMonth: number | null;
  percent: number;
  label: Localized;
}

/**
 * The statutory frame of the hours scaling, 1503/2016 6 § (HE 205/2016): care of 20 hours a
 * week or less costs at most 60 % of the full-time fee; the full-time fee may be charged only
 * for care of 35 hours a week or more on average, and care between the two costs a fee
 * proportioned to the hours. These are fixed by the act, not indexed, so they are constants
 * rather than rows.
 *
 * The act speaks of hours per week; tiers are in hours per month, and municipalities convert
 * differently (Alavus 86 h, Lemi 84 h, Uusikaupunki 80 h for 20 h/week; full fee above 150 h
 * in Alavus and Lemi, above 146 h in Hyvinkää, above 140 h in Uusikaupunki). The guards use
 * the lowest conversion, 4 weeks a month, so that they only reject tiers that break the act
 * under every reading: 4 × 20 h = 80 h a month is certainly within 20 h a week, and fewer
 * than 4 × 35 h = 140 h a month are certainly less than 35 h a week.
 */
export const LAW_FRAME = {
  partTimeMaxPercent: 60,
  partTimeHoursPerMonthCertainlyWithin20PerWeek: 80,
  fullFeePercent: 100,
  fullFeeHoursPerMonthCertainlyFrom35PerWeek: 140,
} as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

function requireIsoDate(date: string): void {
  if (!isIsoDate(date)) {
    throw new FeeCalculationError('invalid_input', {
      fi: 'Päivämäärän on oltava muotoa VVVV-KK-PP.',
      sv: 'Datumet ska ha formen ÅÅÅÅ-MM-DD.',
      en: 'The date must be written YYYY-MM-DD.',
    });
  }
}

const covers = (p: { effectiveFrom: string; effectiveTo: string | null }, date: string): boolean =>
  p.effectiveFrom <= date && (p.effectiveTo === null || date <= p.effectiveTo);

/**
 * The fee parameters in force on `date` (YYYY-MM-DD).
 *
 * Throws `no_fee_parameters` when no period covers the date, or when the covering period
 * lacks its income limits (2026-08-01: only the maximum and minimum fee are known), because
 * then no lawful fee can be calculated; `overlapping_fee_parameters` if two periods cover it.
 *
 * @example
 * const params = selectParameters(await getFeeParameters(tx), '2024-09-01');
 * calculateBaseFee(params, { familySize: 3, grossIncome: 6000 }).fee; // 81
 */
export function selectParameters(all: readonly FeeParameters[], date: string): CompleteFeeParameters {
  requireIsoDate(date);
  const matching = all.filter((p) => covers(p, date));
  if (matching.length > 1) {
    throw new FeeCalculationError('overlapping_fee_parameters', {
      fi: `Usea varhaiskasvatusmaksun parametrikausi on voimassa päivänä ${date}; korjaa kausien päivämäärät.`,
      sv: `Flera parameterperioder för avgiften för småbarnspedagogik gäller ${date}; rätta periodernas datum.`,
      en: `More than one ECEC fee parameter period covers ${date}; correct the periods' dates.`,
    });
  }
  const params = matching[0];
  if (params === undefined) {
    throw new FeeCalculationError('no_fee_parameters', {
      fi: `Varhaiskasvatusmaksun parametreja ei ole päivälle ${date}. Kunnan on syötettävä kyseisenä päivänä voimassa olevat tulorajat ja maksut.`,
      sv: `Det finns inga parametrar för avgiften för småbarnspedagogik för ${date}. Kommunen måste föra in inkomstgränserna och avgifterna som gäller den dagen.`,
      en: `There are no ECEC fee parameters for ${date}. The municipality must enter the income limits and fees in force on that date.`,
    });
  }
  return requireComplete(params);
}

/** Narrows to parameters with income limits, or throws `no_fee_parameters` saying what is missing. */
export function requireComplete(params: FeeParameters): CompleteFeeParameters {
  if (params.incomeLimits === null) {
    const from = params.effectiveFrom;
    throw new FeeCalculationError('no_fee_parameters', {
      fi: `Varhaiskasvatusmaksun tulorajat puuttuvat ${from} alkavalta kaudelta: vain korkein ja pienin maksu tunnetaan. Kunnan on syötettävä puuttuvat luvut opetus- ja kulttuuriministeriön ilmoituksesta ennen kuin maksuja voidaan laskea.`,
      sv: `Inkomstgränserna för avgiften för småbarnspedagogik saknas för perioden från ${from}: endast högsta och lägsta avgift är kända. Kommunen måste föra in de saknade siffrorna från undervisnings- och kulturministeriets meddelande innan avgifterna kan beräknas.`,
      en: `The ECEC fee income limits are missing for the period starting ${from}: only the maximum and minimum fee are known. The municipality must enter the missing figures from the Ministry of Education and Culture notice before fees can be calculated.`,
    });
  }
  return params as CompleteFeeParameters;
}

/**
 * The service-need tiers in force on `date`, sorted by hours (open-ended tier last) and
 * validated (see {@link validateServiceNeedTiers}). An empty result means the municipality
 * has configured no tiers for the date.
 */
export function selectServiceNeedTiers(all: readonly ServiceNeedTier[], date: string): ServiceNeedTier[] {
  requireIsoDate(date);
  const tiers = all.filter((t) => covers(t, date));
  return validateServiceNeedTiers(tiers);
}

const byHours = (a: ServiceNeedTier, b: ServiceNeedTier): number =>
  (a.maxHoursPerMonth ?? Number.POSITIVE_INFINITY) - (b.maxHoursPerMonth ?? Number.POSITIVE_INFINITY);

const tierError = (fi: string, sv: string, en: string) =>
  new FeeCalculationError('invalid_service_need_tiers', { fi, sv, en });

/**
 * Checks that the tiers form one set for one period and returns them sorted by hours.
 * More hours must never cost less, bounds must be distinct, and 6 § must hold: a tier
 * that applies to any number of hours that is certainly 20 h/week or less may charge at most 60 %,
 * and one that applies to any number of hours that is certainly less than 35 h/week may not
 * charge the full-time fee.
 */
export function validateServiceNeedTiers(tiers: readonly ServiceNeedTier[]): ServiceNeedTier[] {
  const first = tiers[0];
  if (first === undefined) return [];
  if (tiers.some((t) => t.effectiveFrom !== first.effectiveFrom || t.effectiveTo !== first.effectiveTo)) {
    throw tierError(
      'Palveluntarpeen porrastuksessa on eri kausien portaita; anna yhden päivän portaat (selectServiceNeedTiers).',
      'Servicebehovets trappsteg kommer från olika perioder; ge stegen för en dag (selectServiceNeedTiers).',
      'The service-need tiers mix periods; pass the tiers in force on one date (selectServiceNeedTiers).',
    );
  }
  const sorted = [...tiers].sort(byHours);
  let previous: ServiceNeedTier | undefined;
  for (const t of sorted) {
    const max = t.maxHoursPerMonth;
    if (!(Number.isFinite(t.percent) && t.percent > 0 && t.percent <= 100) || (max !== null && !(Number.isFinite(max) && max > 0))) {
      throw tierError(
        'Palveluntarpeen portaan prosentin on oltava 0–100 ja tuntirajan positiivinen.',
        'Trappstegets procent ska vara 0–100 och timgränsen positiv.',
        "A service-need tier's percent must be in (0, 100] and its hour bound positive.",
      );
    }
    if (previous !== undefined) {
      if (previous.maxHoursPerMonth === max) {
        throw tierError(
          'Kahdella palveluntarpeen portaalla on sama tuntiraja.',
          'Två trappsteg har samma timgräns.',
          'Two service-need tiers have the same hour bound.',
        );
      }
      if (t.percent < previous.percent) {
        throw tierError(
          'Palveluntarpeen portaiden prosenttien on kasvettava tuntien mukana.',
          'Trappstegens procent ska växa med timmarna.',
          'Service-need tier percentages must not decrease as hours grow.',
        );
      }
    }
    // The tier starts just above the previous bound. If it reaches down to hours that are
    // certainly 20 h/week or less, 6 § caps it at 60 %.
    const lowerBound = previous?.maxHoursPerMonth ?? 0;
    if (lowerBound < LAW_FRAME.partTimeHoursPerMonthCertainlyWithin20PerWeek && t.percent > LAW_FRAME.partTimeMaxPercent) {
      const h = LAW_FRAME.partTimeHoursPerMonthCertainlyWithin20PerWeek;
      throw new FeeCalculationError('service_need_tier_exceeds_law_frame', {
        fi: `Palveluntarpeen porras, joka koskee myös enintään ${h} tunnin kuukausia, ylittää 60 %, jonka laki 1503/2016 6 § sallii enintään 20 viikkotunnin hoidolle.`,
        sv: `Ett trappsteg som även gäller högst ${h} timmar i månaden överskrider 60 %, som lag 1503/2016 6 § tillåter för högst 20 timmar i veckan.`,
        en: `A service-need tier that also applies to ${h} hours a month or less exceeds the 60 % that act 1503/2016 section 6 allows for 20 hours a week or less.`,
      });
    }
    // The full-time fee for hours that are certainly less than 35 h/week breaks 6 §: such care
    // must cost a fee proportioned to the hours.
    const fullFrom = LAW_FRAME.fullFeeHoursPerMonthCertainlyFrom35PerWeek;
    if (lowerBound < fullFrom && t.percent >= LAW_FRAME.fullFeePercent) {
      throw new FeeCalculationError('service_need_tier_exceeds_law_frame', {
        fi: `Palveluntarpeen porras, joka koskee myös alle ${fullFrom} tunnin kuukausia, perii kokoaikaisen maksun, vaikka laki 1503/2016 6 § sallii sen vasta keskimäärin 35 viikkotunnista; lyhyemmän hoidon maksu on suhteutettava hoitoaikaan.`,
        sv: `Ett trappsteg som även gäller under ${fullFrom} timmar i månaden tar ut heltidsavgiften, fast lag 1503/2016 6 § tillåter den först från i genomsnitt 35 timmar i veckan; för kortare vård ska avgiften stå i proportion till vårdtiden.`,
        en: `A service-need tier that also applies to fewer than ${fullFrom} hours a month charges the full-time fee, which act 1503/2016 section 6 allows only from 35 hours a week on average; shorter care must cost a fee proportioned to its hours.`,
      });
    }
    previous = t;
  }
  return sorted;
}

// ---------------------------------------------------------------------------------------
// Database rows. Numerics may arrive as strings (node-postgres and PGlite without the core's
// type parsers) and dates as strings or Date objects.

type Numeric = number | string;
type DateValue = string | Date;

/** A row of `ecec_fee_parameters` as a driver returns it. */
export interface FeeParametersRow {
  effective_from: DateValue;
  effective_to: DateValue | null;
  fee_percent: Numeric;
  income_limit_2: Numeric | null;
  income_limit_3: Numeric | null;
  income_limit_4: Numeric | null;
  income_limit_5: Numeric | null;
  income_limit_6: Numeric | null;
  increment_per_child: Numeric | null;
  max_fee: Numeric;
  min_fee: Numeric;
  second_child_percent: Numeric;
  further_child_percent: Numeric;
  status: string;
  source: string;
}

/** A row of `ecec_service_need_tier` as a driver returns it. */
export interface ServiceNeedTierRow {
  effective_from: DateValue;
  effective_to: DateValue | null;
  max_hours_per_month: Numeric | null;
  percent: Numeric;
  label_fi: string;
  label_sv: string;
  label_en: string;
}

const badRow = (en: string) =>
  new FeeCalculationError('invalid_fee_parameters', {
    fi: `Virheellinen varhaiskasvatusmaksun parametririvi: ${en}`,
    sv: `Felaktig parameterrad för avgiften för småbarnspedagogik: ${en}`,
    en: `Invalid ECEC fee parameter row: ${en}`,
  });

function toNumber(v: Numeric, column: string): number {
  const n = typeof v === 'number' ? v : v.trim() === '' ? Number.NaN : Number(v);
  if (!Number.isFinite(n)) throw badRow(`${column} is not a number`);
  return n;
}

const toNullableNumber = (v: Numeric | null, column: string): number | null => (v === null ? null : toNumber(v, column));

function toIsoDate(v: DateValue, column: string): string {
  const s = typeof v === 'string' ? v.slice(0, 10) : dateObjectToIso(v);
  if (!isIsoDate(s)) throw badRow(`${column} is not a date`);
  return s;
}

// node-postgres parses a `date` into local midnight, PGlite into UTC midnight. A Date at
// exactly UTC midnight is read in UTC (where the offset is 0 both readings agree), any other
// Date in local time.
function dateObjectToIso(d: Date): string {
  const utc =
    d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0 && d.getUTCMilliseconds() === 0;
  const [y, m, day] = utc
    ? [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]
    : [d.getFullYear(), d.getMonth() + 1, d.getDate()];
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const isStatus = (s: string): s is FeeParameterStatus => (FEE_PARAMETER_STATUSES as readonly string[]).includes(s);

/** Maps an `ecec_fee_parameters` row to {@link FeeParameters}. */
export function rowToFeeParameters(row: FeeParametersRow): FeeParameters {
  const { income_limit_2: l2, income_limit_3: l3, income_limit_4: l4, income_limit_5: l5, income_limit_6: l6 } = row;
  let incomeLimits: IncomeLimits | null = null;
  if (l2 !== null && l3 !== null && l4 !== null && l5 !== null && l6 !== null) {
    incomeLimits = {
      2: toNumber(l2, 'income_limit_2'),
      3: toNumber(l3, 'income_limit_3'),
      4: toNumber(l4, 'income_limit_4'),
      5: toNumber(l5, 'income_limit_5'),
      6: toNumber(l6, 'income_limit_6'),
    };
  } else if (l2 !== null || l3 !== null || l4 !== null || l5 !== null || l6 !== null) {
    throw badRow('income limits must be all known or all null');
  }
  if (!isStatus(row.status)) throw badRow('unknown status');
  return {
    effectiveFrom: toIsoDate(row.effective_from, 'effective_from'),
    effectiveTo: row.effective_to === null ? null : toIsoDate(row.effective_to, 'effective_to'),
    feePercent: toNumber(row.fee_percent, 'fee_percent'),
    incomeLimits,
    incrementPerAdditionalChild: toNullableNumber(row.increment_per_child, 'increment_per_child'),
    maxFee: toNumber(row.max_fee, 'max_fee'),
    minFee: toNumber(row.min_fee, 'min_fee'),
    secondChildPercent: toNumber(row.second_child_percent, 'second_child_percent'),
    furtherChildPercent: toNumber(row.further_child_percent, 'further_child_percent'),
    status: row.status,
    source: row.source,
  };
}

/** Maps an `ecec_service_need_tier` row to {@link ServiceNeedTier}. */
export function rowToServiceNeedTier(row: ServiceNeedTierRow): ServiceNeedTier {
  return {
    effectiveFrom: toIsoDate(row.effective_from, 'effective_from'),
    effectiveTo: row.effective_to === null ? null : toIsoDate(row.effective_to, 'effective_to'),
    maxHoursPerMonth: toNullableNumber(row.max_hours_per_month, 'max_hours_per_month'),
    percent: toNumber(row.percent, 'percent'),
    label: { fi: row.label_fi, sv: row.label_sv, en: row.label_en },
  };
}
