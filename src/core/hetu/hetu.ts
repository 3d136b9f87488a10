// Finnish personal identity code (henkilötunnus, HETU): DDMMYY C ZZZ Q.
// Rules: VNA 128/2010 2 § as amended by VNA 690/2022 (in force 2023-01-01);
// see docs/glossary.md and shared/reference/rules.md §1.
//
// Nothing here ever puts the input into an error, a log line or a thrown message:
// a HETU is personal data and error texts end up in logs and audit trails.

/** Why a string is not a valid HETU. Ordered from the coarsest check to the finest. */
export const HETU_INVALID_REASONS = [
  'format',
  'century_sign',
  'date',
  'individual_number',
  'checksum',
] as const;

export type HetuInvalidReason = (typeof HETU_INVALID_REASONS)[number];

export type HetuSex = 'male' | 'female';

export type HetuResult =
  | {
      valid: true;
      /** Normalised code: trimmed and upper-case. */
      hetu: string;
      /** YYYY-MM-DD */
      birthDate: string;
      sex: HetuSex | null;
      /** Individual number 900–999: temporary or test code, never in the population register (VTJ). */
      temporary: boolean;
    }
  | { valid: false; reason: HetuInvalidReason };

/** Remainder (0–30) → check character. G, I, O, Q and Z are left out on purpose. */
const CHECK_ALPHABET = '0123456789ABCDEFHJKLMNPRSTUVWXY';

// Since 2023 the sign is part of the identity: 100190-999P and 100190Y999P are two people.
const CENTURY_BY_SIGN: Readonly<Record<string, number>> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

/** The sign used when the caller does not pick one: the only sign in use before 2023. */
const DEFAULT_SIGN_BY_CENTURY: Readonly<Record<number, string>> = {
  1800: '+',
  1900: '-',
  2000: 'A',
};

// Digits, then any character in the sign slot (checked separately so the reason is precise),
// then any ASCII letter or digit as the check character (a wrong one is a checksum error).
const SHAPE = /^(\d{2})(\d{2})(\d{2})(.)(\d{3})([0-9A-Z])$/;

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * Sex from the individual number: odd = male, even = female (VNA 128/2010 2 §).
 *
 * Caveat: HE 132/2022 proposed gender-neutral codes for codes issued from 2027-01-01, and we
 * could not confirm whether that part was enacted (rules.md, "Not verified" 1). Until it is
 * confirmed we derive sex as before for every code, but callers must treat this as a hint and
 * store legal sex separately (as VTJ does). If the change is confirmed, return null here for
 * codes issued from 2027 on; `birthDate` is passed in for exactly that purpose.
 */
function sexFromIndividualNumber(individualNumber: number, _birthDate: string): HetuSex | null {
  return individualNumber % 2 === 1 ? 'male' : 'female';
}

/**
 * Check character for the nine digits DDMMYYZZZ (the century sign does not take part).
 *
 * @example
 * hetuCheckChar('010190999') // 'W'  (10190999 mod 31 = 28)
 * @throws RangeError if the argument is not exactly nine ASCII digits.
 */
export function hetuCheckChar(nineDigits: string): string {
  if (!/^\d{9}$/.test(nineDigits)) {
    throw new RangeError('hetuCheckChar expects exactly nine digits (DDMMYYZZZ)');
  }
  // At most 999 999 999, well inside the safe-integer range.
  return CHECK_ALPHABET[Number(nineDigits) % 31] as string;
}

/**
 * Parses and validates a HETU. Surrounding whitespace is ignored and lower-case letters
 * are accepted. The result never contains the input unless it is valid.
 *
 * @example
 * parseHetu('010181-900C')
 * // { valid: true, hetu: '010181-900C', birthDate: '1981-01-01', sex: 'female', temporary: true }
 * parseHetu('010190-999K') // { valid: false, reason: 'checksum' }
 */
export function parseHetu(input: string): HetuResult {
  const trimmed = input.trim();
  // Upper-casing non-ASCII text can turn it into ASCII ('ſ' → 'S'), so refuse it first.
  if (!/^[\x20-\x7e]*$/.test(trimmed)) return { valid: false, reason: 'format' };
  const code = trimmed.toUpperCase();
  const m = SHAPE.exec(code);
  if (!m) return { valid: false, reason: 'format' };
  const [, dd, mm, yy, sign, zzz, check] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];

  const century = CENTURY_BY_SIGN[sign];
  if (century === undefined) return { valid: false, reason: 'century_sign' };

  const year = century + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { valid: false, reason: 'date' };
  }

  const individualNumber = Number(zzz);
  if (individualNumber < 2) return { valid: false, reason: 'individual_number' };

  if (hetuCheckChar(dd + mm + yy + zzz) !== check) return { valid: false, reason: 'checksum' };

  const birthDate = `${pad(year, 4)}-${mm}-${dd}`;
  return {
    valid: true,
    hetu: code,
    birthDate,
    sex: sexFromIndividualNumber(individualNumber, birthDate),
    temporary: individualNumber >= 900,
  };
}

/**
 * @example
 * isValidHetu('010594Y9032') // true
 * isValidHetu('290223A900J') // false: 2023 is not a leap year
 */
export function isValidHetu(s: string): boolean {
  return parseHetu(s).valid;
}

export type FormatHetuInput = {
  /** YYYY-MM-DD, year 1800–2099. */
  birthDate: string;
  /** 2–999; 900–999 gives a temporary/test code. */
  individualNumber: number;
  /** Must belong to the birth year's century. Default: '+' (1800s), '-' (1900s), 'A' (2000s). */
  centurySign?: string;
};

/**
 * Builds a valid HETU.
 *
 * @example
 * formatHetu({ birthDate: '1990-01-01', individualNumber: 999 })                   // '010190-999W'
 * formatHetu({ birthDate: '1990-01-10', individualNumber: 999, centurySign: 'Y' }) // '100190Y999P'
 * @throws RangeError for an unreal date, a year outside 1800–2099, an individual number outside
 *   2–999 or a sign of another century.
 */
export function formatHetu({ birthDate, individualNumber, centurySign }: FormatHetuInput): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!m) throw new RangeError('formatHetu: birthDate must be YYYY-MM-DD');
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1800 || year > 2099) throw new RangeError('formatHetu: birth year must be 1800–2099');
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError('formatHetu: birthDate is not a calendar date');
  }
  if (!Number.isInteger(individualNumber) || individualNumber < 2 || individualNumber > 999) {
    throw new RangeError('formatHetu: individualNumber must be an integer 2–999');
  }
  const century = year - (year % 100);
  const sign = centurySign ?? (DEFAULT_SIGN_BY_CENTURY[century] as string);
  if (CENTURY_BY_SIGN[sign] !== century) {
    throw new RangeError('formatHetu: centurySign does not match the birth year');
  }
  const digits = pad(day, 2) + pad(month, 2) + pad(year % 100, 2);
  const zzz = pad(individualNumber, 3);
  return digits + sign + zzz + hetuCheckChar(digits + zzz);
}

/**
 * Masks a HETU for display: the birth date stays readable, the rest is hidden. The sign is
 * replaced by its century's default sign, so the century stays visible but the 2023 sign
 * variant (which tells two people apart) does not.
 *
 * @example
 * maskHetu('010190-999W') // '010190-****'
 * maskHetu('100190Y999P') // '100190-****'
 * maskHetu('010516B903X') // '010516A****'
 * maskHetu('not a hetu')  // '***********'
 */
export function maskHetu(hetu: string): string {
  const parsed = parseHetu(hetu);
  // An invalid code may be a typo of a real one: show nothing of it.
  if (!parsed.valid) return '*'.repeat(11);
  const year = Number(parsed.birthDate.slice(0, 4));
  const sign = DEFAULT_SIGN_BY_CENTURY[year - (year % 100)] as string;
  return parsed.hetu.slice(0, 6) + sign + '****';
}

const reasonFi = {
  format: 'Henkilötunnuksen muoto on virheellinen. Oikea muoto on PPKKVV-NNNT (11 merkkiä).',
  century_sign: 'Henkilötunnuksen välimerkki on virheellinen. Sallitut: +, -, Y, X, W, V, U, A, B, C, D, E, F.',
  date: 'Henkilötunnuksen syntymäaika ei ole todellinen päivämäärä.',
  individual_number: 'Henkilötunnuksen yksilönumero on virheellinen (000 ja 001 eivät ole käytössä).',
  checksum: 'Henkilötunnuksen tarkistusmerkki ei täsmää. Tarkista, onko tunnuksessa kirjoitusvirhe.',
} as const satisfies Record<HetuInvalidReason, string>;

// Typed from Finnish so that a reason added to fi cannot be missing from sv or en.
type ReasonTexts = Record<keyof typeof reasonFi, string>;

const reasonSv: ReasonTexts = {
  format: 'Personbeteckningens format är felaktigt. Rätt format är DDMMÅÅ-NNNK (11 tecken).',
  century_sign: 'Personbeteckningens skiljetecken är felaktigt. Tillåtna: +, -, Y, X, W, V, U, A, B, C, D, E, F.',
  date: 'Födelsedatumet i personbeteckningen är inte ett verkligt datum.',
  individual_number: 'Personbeteckningens individnummer är felaktigt (000 och 001 används inte).',
  checksum: 'Personbeteckningens kontrolltecken stämmer inte. Kontrollera om beteckningen innehåller ett skrivfel.',
};

const reasonEn: ReasonTexts = {
  format: 'The personal identity code has the wrong format. The correct format is DDMMYY-NNNC (11 characters).',
  century_sign: 'The century sign of the personal identity code is wrong. Allowed: +, -, Y, X, W, V, U, A, B, C, D, E, F.',
  date: 'The birth date in the personal identity code is not a real calendar date.',
  individual_number: 'The individual number of the personal identity code is invalid (000 and 001 are not used).',
  checksum: 'The check character of the personal identity code does not match. Check the code for typing errors.',
};

/**
 * A message for the user in Finnish, Swedish and English. It never contains the code itself.
 *
 * @example
 * hetuLocalizedReason('date').en // 'The birth date in the personal identity code is not a real calendar date.'
 */
export function hetuLocalizedReason(reason: HetuInvalidReason): { fi: string; sv: string; en: string } {
  return { fi: reasonFi[reason], sv: reasonSv[reason], en: reasonEn[reason] };
}
