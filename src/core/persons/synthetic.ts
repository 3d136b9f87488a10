// Deterministic synthetic population of a Finnish municipality, for demos, tests and the DB seed.
//
// Pure code: no database, no clock (the reference date is a parameter) and no Math.random: a
// seeded sfc32 generator drives every choice, so the same seed and options give the same output,
// byte for byte, on every run and machine (only integer and +,-,*,/ arithmetic is used).
//
// The population is built from households ("units", one or two households that belong together)
// whose make-up follows Finnish statistics roughly: people living alone, couples, families with
// children, single parents, separated parents who both remain guardians, elderly couples and
// elderly people living alone. Age structure is about 19 % 0–17, 57 % 18–64 and 24 % 65+.
//
// Persons stream out in batches, so 100 000 or 1 000 000 persons need no large intermediate
// structures: the only state that grows is one 125-byte bitset per birth date, which keeps the
// henkilötunnus (HETU) individual numbers unique across the whole run.

import {
  EMAIL_DOMAINS,
  FINNISH_FEMALE_FIRST_NAMES,
  FINNISH_FEMALE_MIDDLE_NAMES,
  FINNISH_MALE_FIRST_NAMES,
  FINNISH_MALE_MIDDLE_NAMES,
  FINNISH_SURNAMES,
  FOREIGN_NAMES,
  MOBILE_PREFIXES,
  POSTAL_AREAS,
  SWEDISH_FEMALE_FIRST_NAMES,
  SWEDISH_MALE_FIRST_NAMES,
  SWEDISH_SURNAMES,
  type NameCohorts,
  type PostalArea,
  type SurnameForms,
} from './synthetic-names.ts';

// ---------------------------------------------------------------------------------------------
// Public API

export interface SyntheticOptions {
  /** Exact number of persons to generate (0 or more). */
  persons: number;
  /** Same seed and options ⇒ identical output. A number and its decimal string are the same seed. */
  seed: string | number;
  /** "Today" of the generated population, YYYY-MM-DD. Ages, deaths and validity periods use it. */
  referenceDate: string;
  /** Municipality code of every person. Default DEMO_MUNICIPALITY_CODE ('999', not a real one). */
  municipalityCode?: string;
  /** Share of households with a non-disclosure for safety reasons (turvakielto). Default 0.01. */
  nonDisclosureRate?: number;
  /** Share of households that speak Swedish. Default 0.06. */
  swedishSpeakingRate?: number;
  /** Persons per yielded batch (a batch always ends at a household boundary). Default 1000. */
  batchSize?: number;
}

export interface SyntheticPerson {
  /** 0..n-1 in output order, stable within a run. */
  key: number;
  /** Households are numbered 0.. in output order; every member of a household has the same key. */
  householdKey: number;
  /** Valid and unique; about 0.3 % null (no Finnish HETU), about 0.2 % temporary (900–999). */
  hetu: string | null;
  /** 1–3 given names separated by a space. */
  firstNames: string;
  /** Kutsumanimi: one of firstNames. */
  callingName: string;
  lastName: string;
  /** Earlier names, oldest first: maiden names, a married name given up after a divorce. */
  previousNames: { firstNames: string; lastName: string }[];
  birthDate: string;
  sex: 'male' | 'female';
  dateOfDeath: string | null;
  nativeLanguage: string;
  contactLanguage: 'fi' | 'sv' | 'en';
  municipalityCode: string;
  /** Turvakielto; all members of a household share it. */
  nonDisclosure: boolean;
  /** E.164, e.g. +358401234567. */
  phone: string | null;
  /** Always at a domain reserved for documentation (example.com/.net/.org). */
  email: string | null;
  address: { streetAddress: string; postalCode: string; postOffice: string; validFrom: string } | null;
}

/**
 * guardian/parent: from = adult, to = child. A guardianship of a child who is now an adult ends on
 * the 18th birthday. partner: symmetric and emitted once; validTo is the separation date or the
 * date of death of either partner, null for a current relationship.
 */
export interface SyntheticRelationship {
  kind: 'guardian' | 'parent' | 'partner';
  fromKey: number;
  toKey: number;
  validFrom: string;
  validTo: string | null;
}

export interface SyntheticBatch {
  persons: SyntheticPerson[];
  relationships: SyntheticRelationship[];
}

/** Code of the fictional demo municipality Varantola (no real municipality has it). */
export const DEMO_MUNICIPALITY_CODE = '999';

const DEFAULT_NON_DISCLOSURE_RATE = 0.01;
const DEFAULT_SWEDISH_SPEAKING_RATE = 0.06;
const DEFAULT_BATCH_SIZE = 1000;

/**
 * Generates opts.persons persons in household batches. Relationships only refer to persons of the
 * same batch, so a consumer can insert batch by batch.
 *
 * @example
 * for (const { persons, relationships } of generatePopulation({ persons: 1000, seed: 'demo', referenceDate: '2025-01-01' })) {
 *   await insert(persons, relationships);
 * }
 * @throws RangeError for a negative or fractional count, a malformed date or a rate outside 0–1.
 */
export function* generatePopulation(opts: SyntheticOptions): Generator<SyntheticBatch> {
  const gen = new PopulationGenerator(opts);
  yield* gen.run();
}

// ---------------------------------------------------------------------------------------------
// HETU

const CHECK_ALPHABET = '0123456789ABCDEFHJKLMNPRSTUVWXY';

const CENTURY_BY_SIGN: Readonly<Record<string, number>> = {
  '+': 1800,
  '-': 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900,
  A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000,
};

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

function pad3(n: number): string {
  return n < 10 ? '00' + n : n < 100 ? '0' + n : String(n);
}

/** Check character of a HETU: DDMMYYZZZ as one integer, mod 31, in the DVV alphabet. */
export function syntheticHetuCheckChar(ddmmyyzzz: number): string {
  return CHECK_ALPHABET[ddmmyyzzz % 31] as string;
}

function buildHetu(y: number, m: number, d: number, sign: string, individual: number): string {
  const yy = y % 100;
  const check = syntheticHetuCheckChar(((d * 100 + m) * 100 + yy) * 1000 + individual);
  return pad2(d) + pad2(m) + pad2(yy) + sign + pad3(individual) + check;
}

/**
 * Full check of a HETU as this generator writes them: shape, century sign, calendar date,
 * individual number 002–999 and check character.
 */
export function isValidSyntheticHetu(hetu: string): boolean {
  const m = /^(\d\d)(\d\d)(\d\d)([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(hetu);
  if (!m) return false;
  const [, dd, mm, yy, sign, zzz, check] = m as unknown as [string, string, string, string, string, string, string];
  const century = CENTURY_BY_SIGN[sign];
  if (century === undefined) return false;
  const year = century + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  const individual = Number(zzz);
  if (individual < 2) return false;
  return syntheticHetuCheckChar(Number(dd + mm + yy + zzz)) === check;
}

/**
 * Used individual numbers per birth date: one 1000-bit set (125 bytes) per date that occurs,
 * kept in one pool that doubles when full (1 000 000 persons use about 40 000 dates, 5 MB).
 */
class HetuRegistry {
  private readonly slotOfDay = new Map<number, number>();
  private pool = new Uint8Array(125 * 1024);
  private slots = 0;

  /**
   * Reserves a free individual number for the birth day: odd for men, even for women; 002–899
   * normally, 900–999 for a temporary code. Null if that range of the day is full.
   */
  take(day: number, male: boolean, temporary: boolean, rng: Rng): number | null {
    let slot = this.slotOfDay.get(day);
    if (slot === undefined) {
      slot = this.slots++;
      if (this.slots * 125 > this.pool.length) {
        const grown = new Uint8Array(this.pool.length * 2);
        grown.set(this.pool);
        this.pool = grown;
      }
      this.slotOfDay.set(day, slot);
    }
    const pool = this.pool;
    const offset = slot * 125;
    const first = (temporary ? 900 : 2) + (male ? 1 : 0);
    const count = temporary ? 50 : 449;
    const start = rng.int(0, count - 1);
    for (let k = 0; k < count; k++) {
      const n = first + 2 * ((start + k) % count);
      const byte = offset + (n >> 3);
      const bit = 1 << (n & 7);
      const cur = pool[byte] as number;
      if ((cur & bit) === 0) {
        pool[byte] = cur | bit;
        return n;
      }
    }
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Seeded PRNG: cyrb128 string hash → sfc32 (Chris Doty-Humphrey's Small Fast Counter).

function cyrb128(str: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string) {
    [this.a, this.b, this.c, this.d] = cyrb128(seed);
    for (let i = 0; i < 15; i++) this.u32();
  }

  u32(): number {
    const t0 = (this.a + this.b) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.d = (this.d + 1) | 0;
    const t = (t0 + this.d) | 0;
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** [0, 1) */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Approximately normal (Irwin–Hall of 4 uniforms): no transcendental functions. */
  normal(mean: number, sd: number): number {
    const s = this.next() + this.next() + this.next() + this.next();
    return mean + sd * (s - 2) * 1.7320508075688772;
  }
}

/** Cumulative-weight table for picking among weighted alternatives. */
class Weighted<T> {
  private readonly values: T[];
  private readonly cumulative: number[];
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    this.values = entries.map((e) => e[0]);
    let sum = 0;
    this.cumulative = entries.map((e) => (sum += e[1]));
    this.total = sum;
  }

  pick(rng: Rng): T {
    const x = rng.next() * this.total;
    const cum = this.cumulative;
    let i = 0;
    while (i < cum.length - 1 && x >= (cum[i] as number)) i++;
    return this.values[i] as T;
  }
}

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic on day numbers (days since 1970-01-01), after Howard Hinnant's algorithms.

const YEAR = 365.2425;

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function daysFromCivil(year: number, m: number, d: number): number {
  const y = m <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

interface Civil {
  y: number;
  m: number;
  d: number;
}

function civilFromDays(days: number): Civil {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return { y, m, d };
}

function formatDay(days: number): string {
  const { y, m, d } = civilFromDays(days);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

function parseDay(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError('referenceDate must be YYYY-MM-DD');
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) throw new RangeError('referenceDate is not a calendar date');
  if (y < 1950 || y > 2099) throw new RangeError('referenceDate must be in 1950–2099');
  return daysFromCivil(y, mo, d);
}

/** The same calendar day n years later (29 February → 28 February in a common year). */
function addYears(days: number, n: number): number {
  const { y, m, d } = civilFromDays(days);
  const ty = y + n;
  return daysFromCivil(ty, m, Math.min(d, daysInMonth(ty, m)));
}

// ---------------------------------------------------------------------------------------------
// Generator internals

type Sex = 'male' | 'female';
type Lang = 'fi' | 'sv' | 'ru' | 'et' | 'ar' | 'so' | 'en';
type ForeignLang = Exclude<Lang, 'fi' | 'sv'>;
type Contact = 'fi' | 'sv' | 'en';
type HetuKind = 'regular' | 'temporary' | 'none';

interface Draft {
  sex: Sex;
  birth: number;
  death: number | null;
  firstNames: string[];
  callingName: string;
  lastName: string;
  previousNames: { firstNames: string; lastName: string }[];
  lang: Lang;
  contact: Contact;
  /** Index of the household within its unit (0 or 1). */
  household: number;
  /** Joined the household later than the others did (a new partner), if so. */
  arrived: number | null;
  /** Lives with a parent. */
  child: boolean;
}

interface DraftRel {
  kind: 'guardian' | 'parent' | 'partner';
  from: number;
  to: number;
  validFrom: number;
  validTo: number | null;
}

/** One household, or two that belong together (separated parents). Indices are local. */
interface Unit {
  drafts: Draft[];
  rels: DraftRel[];
  households: number;
  /** Per household: the day before which it cannot have moved to its address (a separation). */
  movedInAfter: (number | null)[];
}

type UnitKind = 'singleAdult' | 'singleElderly' | 'couple' | 'elderlyCouple' | 'family' | 'singleParent' | 'separated';

// Tuned so that the age structure comes out at about 19 / 57 / 24 %, with nearly half of the
// households one person (Statistics Finland: 46 %) and about 1.8 persons per household.
const UNIT_KINDS = new Weighted<UnitKind>([
  ['singleAdult', 29],
  ['singleElderly', 19],
  ['couple', 16.5],
  ['elderlyCouple', 14],
  ['family', 13.5],
  ['singleParent', 4],
  ['separated', 3.5],
]);

const FOREIGN_LANGS = new Weighted<ForeignLang>([
  ['ru', 1.6],
  ['et', 1.1],
  ['ar', 1.0],
  ['so', 0.6],
  ['en', 0.8],
]);
/** Share of households speaking a foreign language (sum of the weights above, in %). */
const FOREIGN_HOUSEHOLD_RATE = 0.051;

const CHILD_COUNTS = new Weighted<number>([
  [1, 35],
  [2, 40],
  [3, 17],
  [4, 6],
  [5, 2],
]);

const ELDERLY_AGE_BANDS = new Weighted<readonly [number, number]>([
  [[65, 74], 47],
  [[75, 84], 36],
  [[85, 100], 17],
]);

const STAIRS = new Weighted<string>([
  ['A', 40],
  ['B', 30],
  ['C', 16],
  ['D', 8],
  ['E', 4],
  ['F', 2],
]);

const POSTAL = new Weighted<PostalArea>(POSTAL_AREAS.map((a) => [a, a.weight] as const));

function checkRate(name: string, value: number): number {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`${name} must be between 0 and 1`);
  return value;
}

const foldCache = new Map<string, string>();

/** 'Pöllänen' → 'pollanen', for e-mail addresses. Names repeat, so results are cached. */
function asciiFold(s: string): string {
  let out = foldCache.get(s);
  if (out === undefined) {
    out = s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '');
    if (foldCache.size < 10000) foldCache.set(s, out);
  }
  return out;
}

class PopulationGenerator {
  private readonly rng: Rng;
  private readonly registry = new HetuRegistry();
  private readonly ref: number;
  private readonly refYear: number;
  private readonly total: number;
  private readonly municipalityCode: string;
  private readonly nonDisclosureRate: number;
  private readonly swedishRate: number;
  private readonly batchSize: number;
  private nextKey = 0;
  private nextHousehold = 0;

  constructor(opts: SyntheticOptions) {
    if (!Number.isSafeInteger(opts.persons) || opts.persons < 0) {
      throw new RangeError('persons must be a non-negative integer');
    }
    this.total = opts.persons;
    this.ref = parseDay(opts.referenceDate);
    this.refYear = civilFromDays(this.ref).y;
    this.municipalityCode = opts.municipalityCode ?? DEMO_MUNICIPALITY_CODE;
    this.nonDisclosureRate = checkRate('nonDisclosureRate', opts.nonDisclosureRate ?? DEFAULT_NON_DISCLOSURE_RATE);
    this.swedishRate = checkRate('swedishSpeakingRate', opts.swedishSpeakingRate ?? DEFAULT_SWEDISH_SPEAKING_RATE);
    if (this.swedishRate + FOREIGN_HOUSEHOLD_RATE > 1) throw new RangeError('swedishSpeakingRate is too large');
    const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new RangeError('batchSize must be a positive integer');
    this.batchSize = batchSize;
    this.rng = new Rng(String(opts.seed));
  }

  *run(): Generator<SyntheticBatch> {
    let batch: SyntheticBatch = { persons: [], relationships: [] };
    while (this.nextKey < this.total) {
      const remaining = this.total - this.nextKey;
      let unit = this.buildUnit(UNIT_KINDS.pick(this.rng));
      // Near the end, retry a few times for a unit that fits; then close with a person living alone.
      for (let tries = 0; unit.drafts.length > remaining && tries < 8; tries++) {
        unit = this.buildUnit(UNIT_KINDS.pick(this.rng));
      }
      if (unit.drafts.length > remaining) unit = this.buildUnit(this.rng.chance(0.6) ? 'singleAdult' : 'singleElderly');
      this.commit(unit, batch);
      if (batch.persons.length >= this.batchSize) {
        yield batch;
        batch = { persons: [], relationships: [] };
      }
    }
    if (batch.persons.length > 0) yield batch;
  }

  // --- demography -----------------------------------------------------------------------------

  /** A birth day such that the person is exactly `age` years old on the reference date. */
  private birthForAge(age: number): number {
    const lo = addYears(this.ref, -(age + 1)) + 1;
    const hi = addYears(this.ref, -age);
    return this.rng.int(lo, hi);
  }

  private workingAge(): number {
    const r = this.rng;
    return r.chance(0.52) ? r.int(18, 34) : r.int(35, 64);
  }

  private elderlyAge(): number {
    const [lo, hi] = ELDERLY_AGE_BANDS.pick(this.rng);
    // Within the 85+ band, fewer the older.
    if (hi === 100) return lo + Math.floor((hi - lo + 1) * this.rng.next() * this.rng.next());
    return this.rng.int(lo, hi);
  }

  private pickLanguage(): Lang {
    const x = this.rng.next();
    if (x < this.swedishRate) return 'sv';
    if (x < this.swedishRate + FOREIGN_HOUSEHOLD_RATE) return FOREIGN_LANGS.pick(this.rng);
    return 'fi';
  }

  private contactFor(lang: Lang): Contact {
    if (lang === 'fi' || lang === 'sv' || lang === 'en') return lang;
    return this.rng.chance(0.4) ? 'en' : 'fi';
  }

  /** Language of the partner of a person of `lang`: mixed couples are common. */
  private partnerLanguage(lang: Lang): Lang {
    if (lang === 'sv') return this.rng.chance(0.25) ? 'fi' : 'sv';
    if (lang !== 'fi') return this.rng.chance(0.3) ? 'fi' : lang;
    return 'fi';
  }

  private surname(lang: Lang): SurnameForms {
    if (lang === 'fi') {
      const s = this.rng.pick(FINNISH_SURNAMES);
      return { m: s, f: s };
    }
    if (lang === 'sv') {
      const s = this.rng.pick(SWEDISH_SURNAMES);
      return { m: s, f: s };
    }
    return this.rng.pick(FOREIGN_NAMES[lang].surnames);
  }

  /** A female-form surname other than `not`. */
  private otherSurname(lang: Lang, not: string): string {
    let s = this.surname(lang).f;
    while (s === not) s = this.surname(lang).f;
    return s;
  }

  private givenNames(sex: Sex, lang: Lang, birthYear: number): string[] {
    const r = this.rng;
    let first: readonly string[];
    let middle: readonly string[];
    let count: number;
    if (lang === 'fi') {
      const cohorts: NameCohorts = sex === 'male' ? FINNISH_MALE_FIRST_NAMES : FINNISH_FEMALE_FIRST_NAMES;
      first = birthYear < 1960 ? cohorts.old : birthYear < 1990 ? cohorts.mid : cohorts.young;
      middle = sex === 'male' ? FINNISH_MALE_MIDDLE_NAMES : FINNISH_FEMALE_MIDDLE_NAMES;
      const x = r.next();
      count = x < 0.06 ? 1 : x < 0.58 ? 2 : 3;
    } else if (lang === 'sv') {
      first = sex === 'male' ? SWEDISH_MALE_FIRST_NAMES : SWEDISH_FEMALE_FIRST_NAMES;
      middle = first;
      const x = r.next();
      count = x < 0.1 ? 1 : x < 0.7 ? 2 : 3;
    } else {
      const names = FOREIGN_NAMES[lang];
      first = sex === 'male' ? names.male : names.female;
      middle = first;
      count = r.chance(0.65) ? 1 : 2;
    }
    const out = [r.pick(first)];
    let guard = 0;
    while (out.length < count && guard++ < 20) {
      // Later names come from the same cohort now and then, mostly from the classic ones.
      const n = r.chance(0.7) ? r.pick(middle) : r.pick(first);
      if (!out.includes(n)) out.push(n);
    }
    return out;
  }

  private person(sex: Sex, birth: number, lang: Lang, lastName: string, household: number, contact?: Contact): Draft {
    const firstNames = this.givenNames(sex, lang, civilFromDays(birth).y);
    const callingName =
      firstNames.length > 1 && this.rng.chance(0.12) ? (firstNames[1] as string) : (firstNames[0] as string);
    return {
      sex,
      birth,
      death: null,
      firstNames,
      callingName,
      lastName,
      previousNames: [],
      lang,
      contact: contact ?? this.contactFor(lang),
      household,
      arrived: null,
      child: false,
    };
  }

  private rel(unit: Unit, kind: DraftRel['kind'], from: number, to: number, validFrom: number, validTo: number | null): void {
    unit.rels.push({ kind, from, to, validFrom, validTo });
  }

  private add(unit: Unit, d: Draft): number {
    unit.drafts.push(d);
    return unit.drafts.length - 1;
  }

  /** A random day in [lo, hi]; hi when the range is empty. */
  private dayBetween(lo: number, hi: number): number {
    return lo >= hi ? hi : this.rng.int(lo, hi);
  }

  /**
   * Surnames after a marriage of `a` (man) and `b` (woman), both created with their birth
   * surnames. Returns the surname forms the couple's children get.
   */
  private marry(a: Draft, b: Draft, aBirthName: SurnameForms, bBirthName: SurnameForms): SurnameForms {
    const r = this.rng;
    if (aBirthName.m === bBirthName.m) return aBirthName; // same surname already: nothing changes
    const bYear = civilFromDays(b.birth).y;
    if (r.chance(0.03)) {
      // The husband takes the wife's surname.
      a.previousNames.push({ firstNames: a.firstNames.join(' '), lastName: a.lastName });
      a.lastName = bBirthName.m;
      return bBirthName;
    }
    const x = r.next();
    const takes = bYear < 1960 ? 0.85 : 0.62;
    const double = bYear < 1960 ? 0.1 : 0.08;
    if (x < takes + double) {
      b.previousNames.push({ firstNames: b.firstNames.join(' '), lastName: b.lastName });
      b.lastName = x < takes ? aBirthName.f : `${bBirthName.f}-${aBirthName.f}`;
      return aBirthName;
    }
    return r.chance(0.7) ? aBirthName : bBirthName;
  }

  /**
   * A divorced woman who took her husband's name keeps it (half of them) or returns to the name
   * she had before (previousNames then records the married name as well).
   */
  private divorceName(b: Draft): void {
    const maiden = b.previousNames[b.previousNames.length - 1];
    if (maiden === undefined || this.rng.chance(0.5)) return;
    // The birth name is in use again, so the married name is the previous one.
    b.previousNames[b.previousNames.length - 1] = { firstNames: b.firstNames.join(' '), lastName: b.lastName };
    b.lastName = maiden.lastName;
  }

  /** Birth days of a sibship, oldest first; the youngest is 0–17 on the reference date. */
  private childBirths(): number[] {
    const r = this.rng;
    const n = CHILD_COUNTS.pick(r);
    let day = this.ref - r.int(0, Math.floor(18 * YEAR) - 1);
    const births = [day];
    for (let i = 1; i < n; i++) {
      if (r.chance(0.015)) {
        births.push(day); // twins
        continue;
      }
      let years = 1.3 + r.next() * 3.5;
      if (r.chance(0.15)) years += r.next() * 5;
      day -= Math.floor(years * YEAR);
      births.push(day);
    }
    return births.reverse();
  }

  /** Is a child born on `birth` living at home? Minors always, young adults sometimes. */
  private atHome(birth: number): boolean {
    const age = (this.ref - birth) / YEAR;
    if (age < 18) return true;
    if (age < 20) return this.rng.chance(0.65);
    if (age < 22) return this.rng.chance(0.3);
    if (age < 25) return this.rng.chance(0.1);
    return false;
  }

  /** Birth days of the mother and father of a sibship. */
  private parentBirths(births: readonly number[]): [mother: number, father: number] {
    const r = this.rng;
    const first = births[0] as number;
    const last = births[births.length - 1] as number;
    const spanYears = (last - first) / YEAR;
    let ageAtFirst = Math.min(42, Math.max(18, r.normal(29, 4.5)));
    if (ageAtFirst + spanYears > 46) ageAtFirst = Math.max(18, 46 - spanYears);
    const mother = first - Math.floor((ageAtFirst + r.next() * 0.9) * YEAR);
    let father = mother - Math.floor(r.normal(2, 3.5) * YEAR);
    father = Math.min(father, addYears(first, -19));
    return [mother, father];
  }

  /** Adds the children who live at home to household `household`, with parent/guardian links. */
  private addChildren(
    unit: Unit,
    births: readonly number[],
    surname: SurnameForms,
    langs: readonly Lang[],
    contact: Contact,
    household: number,
    guardians: readonly number[],
  ): void {
    const r = this.rng;
    for (const birth of births) {
      if (!this.atHome(birth)) continue;
      const sex: Sex = r.chance(0.51) ? 'male' : 'female';
      const lang = langs.length > 1 && r.chance(0.3) ? (langs[1] as Lang) : (langs[0] as Lang);
      const draft = this.person(sex, birth, lang, sex === 'male' ? surname.m : surname.f, household, contact);
      draft.child = true;
      const child = this.add(unit, draft);
      const adultDay = addYears(birth, 18);
      const guardianTo = adultDay <= this.ref ? adultDay : null;
      for (const g of guardians) {
        this.rel(unit, 'parent', g, child, birth, null);
        this.rel(unit, 'guardian', g, child, birth, guardianTo);
      }
    }
  }

  private buildUnit(kind: UnitKind): Unit {
    const unit: Unit = { drafts: [], rels: [], households: 1, movedInAfter: [] };
    const lang = this.pickLanguage();
    switch (kind) {
      case 'singleAdult':
        this.singleAdult(unit, lang);
        break;
      case 'singleElderly':
        this.singleElderly(unit, lang);
        break;
      case 'couple':
        this.couple(unit, lang, false);
        break;
      case 'elderlyCouple':
        this.couple(unit, lang, true);
        break;
      case 'family':
        this.family(unit, lang);
        break;
      case 'singleParent':
        this.singleParent(unit, lang);
        break;
      case 'separated':
        this.separated(unit, lang);
        break;
    }
    return unit;
  }

  private singleAdult(unit: Unit, lang: Lang): void {
    const r = this.rng;
    const age = this.workingAge();
    const sex: Sex = r.chance(0.54) ? 'male' : 'female';
    const p = this.person(sex, this.birthForAge(age), lang, this.surname(lang)[sex === 'male' ? 'm' : 'f'], 0);
    if (sex === 'female' && age >= 30 && r.chance(0.25)) {
      // Divorced: the birth name is a previous name, or the married name was given up.
      const married = this.otherSurname(lang, p.lastName);
      if (r.chance(0.5)) {
        p.previousNames.push({ firstNames: p.firstNames.join(' '), lastName: p.lastName });
        p.lastName = married;
      } else {
        p.previousNames.push({ firstNames: p.firstNames.join(' '), lastName: married });
      }
    }
    this.add(unit, p);
  }

  private singleElderly(unit: Unit, lang: Lang): void {
    const r = this.rng;
    const sex: Sex = r.chance(0.68) ? 'female' : 'male';
    const birth = this.birthForAge(this.elderlyAge());
    if (r.chance(0.04)) {
      // Widowed, with the late spouse still in the register.
      this.widowed(unit, lang, sex, birth);
      return;
    }
    const p = this.person(sex, birth, lang, this.surname(lang)[sex === 'male' ? 'm' : 'f'], 0);
    if (sex === 'female' && r.chance(0.8)) {
      const birthName = this.otherSurname(lang, p.lastName);
      p.previousNames.push({ firstNames: p.firstNames.join(' '), lastName: birthName });
    }
    this.add(unit, p);
  }

  /** A surviving spouse and the late spouse (who died 0–8 years ago). */
  private widowed(unit: Unit, lang: Lang, survivorSex: Sex, survivorBirth: number): void {
    const r = this.rng;
    const deadSex: Sex = survivorSex === 'male' ? 'female' : 'male';
    const deadBirth = survivorBirth + Math.floor(r.normal(survivorSex === 'female' ? -2 : 2, 3) * YEAR);
    const death = this.dayBetween(Math.max(addYears(deadBirth, 60), this.ref - Math.floor(8 * YEAR)), this.ref - 1);
    const [man, woman] = survivorSex === 'male' ? [survivorBirth, deadBirth] : [deadBirth, survivorBirth];
    const hName = this.surname(lang);
    const wName = this.surname(this.partnerLanguage(lang));
    const h = this.person('male', man, lang, hName.m, 0);
    const w = this.person('female', woman, lang, wName.f, 0);
    this.marry(h, w, hName, wName);
    const dead = survivorSex === 'male' ? w : h;
    dead.death = death;
    const from = this.dayBetween(addYears(Math.max(man, woman), 20), addYears(Math.max(man, woman), 32));
    const hi = this.add(unit, h);
    const wi = this.add(unit, w);
    this.rel(unit, 'partner', hi, wi, from, death);
  }

  private couple(unit: Unit, lang: Lang, elderly: boolean): void {
    const r = this.rng;
    const age = elderly ? this.elderlyAge() : Math.max(20, this.workingAge());
    const aBirth = this.birthForAge(age);
    if (elderly && r.chance(0.05)) {
      this.widowed(unit, lang, r.chance(0.7) ? 'female' : 'male', aBirth + Math.floor(2 * YEAR));
      return;
    }
    if (!elderly && r.chance(0.02)) {
      // Same-sex couple.
      const sex: Sex = r.chance(0.5) ? 'male' : 'female';
      const bBirth = Math.min(addYears(this.ref, -18), aBirth + Math.floor(r.normal(0, 4) * YEAR));
      const a = this.add(unit, this.person(sex, aBirth, lang, this.surname(lang)[sex === 'male' ? 'm' : 'f'], 0));
      const b = this.add(unit, this.person(sex, bBirth, lang, this.surname(lang)[sex === 'male' ? 'm' : 'f'], 0));
      const from = this.dayBetween(addYears(Math.max(aBirth, bBirth), 19), this.ref - 30);
      this.rel(unit, 'partner', a, b, from, null);
      return;
    }
    let bBirth = aBirth + Math.floor(r.normal(2, 3) * YEAR);
    bBirth = Math.min(bBirth, addYears(this.ref, elderly ? -58 : -18) - 1);
    const aName = this.surname(lang);
    const bLang = this.partnerLanguage(lang);
    const bName = this.surname(bLang);
    const a = this.person('male', aBirth, lang, aName.m, 0);
    const b = this.person('female', bBirth, bLang, bName.f, 0);
    const younger = Math.max(aBirth, bBirth);
    const married = elderly ? r.chance(0.92) : r.chance(0.25 + 0.5 * Math.min(1, (this.ref - younger) / YEAR / 60));
    if (married) this.marry(a, b, aName, bName);
    const from = elderly
      ? this.dayBetween(addYears(younger, 20), addYears(younger, 34))
      : this.dayBetween(addYears(younger, 19), this.ref - 30);
    const ai = this.add(unit, a);
    const bi = this.add(unit, b);
    this.rel(unit, 'partner', ai, bi, from, null);
  }

  private family(unit: Unit, lang: Lang): void {
    const r = this.rng;
    const births = this.childBirths();
    const [motherBirth, fatherBirth] = this.parentBirths(births);
    const firstChild = births[0] as number;
    const fatherLang = lang;
    const motherLang = this.partnerLanguage(lang);
    const fName = this.surname(fatherLang);
    const mName = this.surname(motherLang);
    const contact = this.contactFor(lang);
    const father = this.person('male', fatherBirth, fatherLang, fName.m, 0, fatherLang === lang ? contact : undefined);
    const mother = this.person('female', motherBirth, motherLang, mName.f, 0, motherLang === lang ? contact : undefined);
    const married = r.chance(0.62);
    let childName = married ? this.marry(father, mother, fName, mName) : r.chance(0.6) ? fName : mName;
    // Since 2019 a child can get a combination of the parents' surnames (Etunimi- ja sukunimilaki 946/2017).
    if (!married && civilFromDays(firstChild).y >= 2019 && r.chance(0.05)) {
      childName = { m: `${fName.m}-${mName.m}`, f: `${fName.f}-${mName.f}` };
    }
    const from = this.dayBetween(
      Math.max(addYears(Math.max(motherBirth, fatherBirth), 18), firstChild - Math.floor(7 * YEAR)),
      firstChild - Math.floor(0.3 * YEAR),
    );
    const fi = this.add(unit, father);
    const mi = this.add(unit, mother);
    this.rel(unit, 'partner', fi, mi, from, null);
    const langs: Lang[] = lang === motherLang ? [lang] : [lang, motherLang];
    this.addChildren(unit, births, childName, langs, contact, 0, [fi, mi]);
  }

  private singleParent(unit: Unit, lang: Lang): void {
    const r = this.rng;
    const births = this.childBirths();
    const [motherBirth, fatherBirth] = this.parentBirths(births);
    const sex: Sex = r.chance(0.82) ? 'female' : 'male';
    const ownName = this.surname(lang);
    const contact = this.contactFor(lang);
    const parent = this.person(sex, sex === 'female' ? motherBirth : fatherBirth, lang, ownName[sex === 'male' ? 'm' : 'f'], 0, contact);
    // The other parent lives elsewhere or is unknown; the children carry either parent's name.
    const childName = r.chance(sex === 'female' ? 0.55 : 0.7) ? ownName : this.surname(lang);
    const pi = this.add(unit, parent);
    this.addChildren(unit, births, childName, [lang], contact, 0, [pi]);
  }

  /** Separated parents in two households; both remain guardians of their children. */
  private separated(unit: Unit, lang: Lang): void {
    const r = this.rng;
    unit.households = 2;
    const births = this.childBirths();
    const [motherBirth, fatherBirth] = this.parentBirths(births);
    const firstChild = births[0] as number;
    const youngest = births[births.length - 1] as number;
    const motherLang = this.partnerLanguage(lang);
    const fName = this.surname(lang);
    const mName = this.surname(motherLang);
    const contact = this.contactFor(lang);
    const motherHasChildren = r.chance(0.75);
    const mh = motherHasChildren ? 0 : 1;
    const fh = 1 - mh;
    const father = this.person('male', fatherBirth, lang, fName.m, fh, contact);
    const mother = this.person('female', motherBirth, motherLang, mName.f, mh, motherLang === lang ? contact : undefined);
    const married = r.chance(0.55);
    const childName = married ? this.marry(father, mother, fName, mName) : r.chance(0.6) ? fName : mName;
    if (married) this.divorceName(mother);
    const from = this.dayBetween(
      Math.max(addYears(Math.max(motherBirth, fatherBirth), 18), firstChild - Math.floor(6 * YEAR)),
      firstChild - Math.floor(0.3 * YEAR),
    );
    const separatedOn = this.dayBetween(Math.min(youngest + Math.floor(0.5 * YEAR), this.ref - 60), this.ref - 30);
    const fi = this.add(unit, father);
    const mi = this.add(unit, mother);
    this.rel(unit, 'partner', fi, mi, from, separatedOn);
    this.addChildren(unit, births, childName, [lang], contact, motherHasChildren ? mh : fh, [fi, mi]);
    // The parent who moved out found a new home after the separation.
    unit.movedInAfter[motherHasChildren ? fh : mh] = separatedOn;
    // New partners, some time after the separation.
    for (const [ex, household] of [[mother, mh], [father, fh]] as const) {
      if (!r.chance(household === 0 ? 0.3 : 0.25)) continue;
      const sex: Sex = ex.sex === 'male' ? 'female' : 'male';
      const birth = Math.min(addYears(this.ref, -20), ex.birth + Math.floor(r.normal(sex === 'male' ? -2 : 2, 4) * YEAR));
      const pLang = this.partnerLanguage(lang);
      const partner = this.person(sex, birth, pLang, this.surname(pLang)[sex === 'male' ? 'm' : 'f'], household);
      const pi = this.add(unit, partner);
      const exIndex = ex === father ? fi : mi;
      const together = this.dayBetween(Math.max(separatedOn + 30, addYears(birth, 18)), this.ref - 7);
      partner.arrived = together;
      this.rel(unit, 'partner', exIndex, pi, together, null);
    }
  }

  // --- output ---------------------------------------------------------------------------------

  private hetuKind(d: Draft): HetuKind {
    // People without a (permanent) HETU are mostly recent immigrants; a few temporary codes are
    // also given by health care to people whose identity is not yet known.
    const x = this.rng.next();
    if (d.lang !== 'fi' && d.lang !== 'sv') {
      if (x < 0.06) return 'none';
      if (x < 0.085) return 'temporary';
      return 'regular';
    }
    return x < 0.0006 ? 'temporary' : 'regular';
  }

  private hetu(d: Draft): string | null {
    const r = this.rng;
    let kind = this.hetuKind(d);
    if (kind === 'none') return null;
    const { y, m, d: day } = civilFromDays(d.birth);
    if (y < 1800 || y > 2099) return null;
    const male = d.sex === 'male';
    let n = this.registry.take(d.birth, male, kind === 'temporary', r);
    if (n === null && kind === 'regular') {
      kind = 'temporary';
      n = this.registry.take(d.birth, male, true, r);
    }
    if (n === null) return null;
    // The 2023 signs (Y…, B…) go to codes issued since 2023, in practice mostly to immigrants.
    const newSign = r.chance(d.lang === 'fi' || d.lang === 'sv' ? 0.01 : 0.15);
    const sign = y < 1900 ? '+' : y < 2000 ? (newSign ? 'Y' : '-') : newSign ? 'B' : 'A';
    return buildHetu(y, m, day, sign, n);
  }

  private address(moveIn: number): { streetAddress: string; postalCode: string; postOffice: string; moveIn: number } {
    const r = this.rng;
    const area = POSTAL.pick(r);
    const street = r.pick(area.streets);
    let streetAddress: string;
    if (area.kind === 'centre') {
      const x = r.next();
      const no = r.int(1, 64);
      streetAddress =
        x < 0.78 ? `${street} ${no} ${STAIRS.pick(r)} ${r.int(1, 90)}` : x < 0.9 ? `${street} ${no} as ${r.int(1, 30)}` : `${street} ${no}`;
    } else if (area.kind === 'suburb') {
      const x = r.next();
      streetAddress =
        x < 0.35
          ? `${street} ${r.int(1, 40)} ${String.fromCharCode(65 + r.int(0, 7))}`
          : x < 0.65
            ? `${street} ${r.int(1, 30)} ${STAIRS.pick(r)} ${r.int(1, 45)}`
            : `${street} ${r.int(1, 90)}`;
    } else {
      streetAddress = `${street} ${r.int(1, 480)}`;
    }
    return { streetAddress, postalCode: area.postalCode, postOffice: area.postOffice, moveIn };
  }

  private phone(age: number): string | null {
    const r = this.rng;
    const p = age < 10 ? 0 : age < 18 ? 0.75 : age < 75 ? 0.93 : 0.8;
    if (!r.chance(p)) return null;
    return `+358${r.pick(MOBILE_PREFIXES)}${r.int(1000000, 9999999)}`;
  }

  private email(age: number, d: Draft): string | null {
    const r = this.rng;
    const p = age < 13 ? 0 : age < 18 ? 0.4 : age < 65 ? 0.82 : age < 80 ? 0.45 : 0.15;
    if (!r.chance(p)) return null;
    const suffix = r.chance(0.35) ? String(r.int(1, 99)) : '';
    return `${asciiFold(d.callingName)}.${asciiFold(d.lastName)}${suffix}@${r.pick(EMAIL_DOMAINS)}`;
  }

  private commit(unit: Unit, batch: SyntheticBatch): void {
    const r = this.rng;
    const base = this.nextKey;
    const households: { key: number; nonDisclosure: boolean; address: ReturnType<PopulationGenerator['address']> }[] = [];
    for (let h = 0; h < unit.households; h++) {
      // Moved in at the earliest when the youngest of the adults (not counting grown-up children
      // still at home) turned 18, mostly recently.
      let earliest = Math.max(this.ref - Math.floor(45 * YEAR), unit.movedInAfter[h] ?? -Infinity);
      for (const d of unit.drafts) {
        if (d.household === h && d.death === null && !d.child && d.arrived === null) {
          earliest = Math.max(earliest, addYears(d.birth, 18));
        }
      }
      const u = r.next();
      const moveIn = Math.min(this.ref, this.ref - Math.floor((this.ref - earliest) * u * u));
      households.push({
        key: this.nextHousehold++,
        nonDisclosure: r.chance(this.nonDisclosureRate),
        address: this.address(moveIn),
      });
    }
    for (let i = 0; i < unit.drafts.length; i++) {
      const d = unit.drafts[i] as Draft;
      const hh = households[d.household] as (typeof households)[number];
      const age = Math.floor(((d.death ?? this.ref) - d.birth) / YEAR);
      let validFrom = Math.max(hh.address.moveIn, d.birth, d.arrived ?? -Infinity);
      if (d.death !== null) validFrom = Math.min(validFrom, d.death);
      batch.persons.push({
        key: base + i,
        householdKey: hh.key,
        hetu: this.hetu(d),
        firstNames: d.firstNames.join(' '),
        callingName: d.callingName,
        lastName: d.lastName,
        previousNames: d.previousNames,
        birthDate: formatDay(d.birth),
        sex: d.sex,
        dateOfDeath: d.death === null ? null : formatDay(d.death),
        nativeLanguage: d.lang,
        contactLanguage: d.contact,
        municipalityCode: this.municipalityCode,
        nonDisclosure: hh.nonDisclosure,
        phone: d.death === null ? this.phone(age) : null,
        email: d.death === null ? this.email(age, d) : null,
        address: {
          streetAddress: hh.address.streetAddress,
          postalCode: hh.address.postalCode,
          postOffice: hh.address.postOffice,
          validFrom: formatDay(validFrom),
        },
      });
    }
    for (const rel of unit.rels) {
      batch.relationships.push({
        kind: rel.kind,
        fromKey: base + rel.from,
        toKey: base + rel.to,
        validFrom: formatDay(rel.validFrom),
        validTo: rel.validTo === null ? null : formatDay(rel.validTo),
      });
    }
    this.nextKey += unit.drafts.length;
  }
}
