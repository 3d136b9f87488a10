import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HETU_INVALID_REASONS,
  formatHetu,
  hetuCheckChar,
  hetuLocalizedReason,
  isValidHetu,
  maskHetu,
  parseHetu,
} from './hetu.ts';

const SIGNS_BY_CENTURY = {
  1800: ['+'],
  1900: ['-', 'Y', 'X', 'W', 'V', 'U'],
  2000: ['A', 'B', 'C', 'D', 'E', 'F'],
} as const;

// Check characters below were computed by hand: DDMMYYZZZ mod 31, looked up in
// 0123456789ABCDEFHJKLMNPRSTUVWXY. E.g. 010594903 = 31 · 326287 + 2 → '2'.
describe('hetuCheckChar', () => {
  it.each([
    ['010594903', '2'], // remainder 2
    ['010516903', 'X'], // remainder 29
    ['020503903', '7'], // remainder 7
    ['010181900', 'C'], // remainder 12
    ['010190999', 'W'], // remainder 28
    ['100190999', 'P'], // remainder 22
    ['131052308', 'T'], // remainder 25
    ['290224900', 'J'], // remainder 17
  ])('gives the check character of %s as %s', (digits, expected) => {
    expect(hetuCheckChar(digits)).toBe(expected);
  });

  it('refuses anything but nine digits', () => {
    expect(() => hetuCheckChar('01019099')).toThrow(RangeError);
    expect(() => hetuCheckChar('0101909990')).toThrow(RangeError);
    expect(() => hetuCheckChar('010190-99')).toThrow(RangeError);
  });
});

describe('parseHetu', () => {
  it.each([
    ['010594Y9032', '1994-05-01', 'male'],
    ['010516B903X', '2016-05-01', 'male'],
    ['020503F9037', '2003-05-02', 'male'],
    ['010181-900C', '1981-01-01', 'female'],
    ['010190-999W', '1990-01-01', 'male'],
  ] as const)('accepts the test code %s as born %s, %s, temporary', (code, birthDate, sex) => {
    expect(parseHetu(code)).toEqual({ valid: true, hetu: code, birthDate, sex, temporary: true });
  });

  it('accepts an ordinary code from the 1900s as not temporary', () => {
    expect(parseHetu('131052-308T')).toEqual({
      valid: true,
      hetu: '131052-308T',
      birthDate: '1952-10-13',
      sex: 'female',
      temporary: false,
    });
  });

  it('reads the plus sign as the 1800s', () => {
    const code = formatHetu({ birthDate: '1899-12-31', individualNumber: 2 });
    expect(code).toBe(`311299+002${hetuCheckChar('311299002')}`);
    expect(parseHetu(code)).toMatchObject({ valid: true, birthDate: '1899-12-31', sex: 'female' });
  });

  it('rejects the TELP example 010190-999K because its check character is wrong', () => {
    expect(parseHetu('010190-999K')).toEqual({ valid: false, reason: 'checksum' });
    expect(isValidHetu('010190-999W')).toBe(true);
  });

  it('rejects 29 February 2023 and accepts 29 February 2024', () => {
    expect(parseHetu(`290223A900${hetuCheckChar('290223900')}`)).toEqual({ valid: false, reason: 'date' });
    expect(parseHetu('290224A900J')).toMatchObject({ valid: true, birthDate: '2024-02-29' });
  });

  it('rejects 29 February 1900, which was not a leap year, and accepts 29 February 2000', () => {
    expect(parseHetu(`290200-900${hetuCheckChar('290200900')}`)).toEqual({ valid: false, reason: 'date' });
    expect(parseHetu(`290200A900${hetuCheckChar('290200900')}`)).toMatchObject({ valid: true, birthDate: '2000-02-29' });
  });

  it('treats 100190-999P and 100190Y999P as two different valid people', () => {
    const a = parseHetu('100190-999P');
    const b = parseHetu('100190Y999P');
    expect(a.valid && b.valid).toBe(true);
    if (!a.valid || !b.valid) return;
    expect(a.hetu).not.toBe(b.hetu);
    expect(a.birthDate).toBe(b.birthDate);
  });

  it('trims whitespace and upper-cases letters', () => {
    expect(parseHetu('  010516b903x\n')).toMatchObject({ valid: true, hetu: '010516B903X' });
  });

  it('refuses non-ASCII letters that upper-case to ASCII', () => {
    // 'ſ' (long s) upper-cases to 'S', which is a legal check character.
    expect(parseHetu('010190-999ſ')).toEqual({ valid: false, reason: 'format' });
  });

  it.each([
    ['', 'format'],
    ['010190-999', 'format'],
    ['010190-999WW', 'format'],
    ['O10190-999W', 'format'],
    ['010190-99OW', 'format'],
    ['010190-999*', 'format'],
    ['010190 999W', 'century_sign'],
    ['010190Z999W', 'century_sign'],
    ['010190G999W', 'century_sign'],
    ['320190-999W', 'date'],
    ['001390-999W', 'date'],
    ['010090-999W', 'date'],
    ['310490-999W', 'date'],
    [`010190-000${hetuCheckChar('010190000')}`, 'individual_number'],
    [`010190-001${hetuCheckChar('010190001')}`, 'individual_number'],
    ['010190-999G', 'checksum'],
    ['010190-999Z', 'checksum'],
  ] as const)('rejects %j with reason %s', (input, reason) => {
    expect(parseHetu(input)).toEqual({ valid: false, reason });
  });

  it('accepts individual number 002 as the first normal number and 899 as the last', () => {
    const first = formatHetu({ birthDate: '1990-01-01', individualNumber: 2 });
    const last = formatHetu({ birthDate: '1990-01-01', individualNumber: 899 });
    const temp = formatHetu({ birthDate: '1990-01-01', individualNumber: 900 });
    expect(parseHetu(first)).toMatchObject({ valid: true, temporary: false });
    expect(parseHetu(last)).toMatchObject({ valid: true, temporary: false });
    expect(parseHetu(temp)).toMatchObject({ valid: true, temporary: true });
  });

  it('never puts the input into an invalid result', () => {
    for (const input of ['010190-999K', '320190-999W', 'garbage']) {
      expect(JSON.stringify(parseHetu(input))).not.toContain(input.slice(0, 6));
    }
  });
});

describe('formatHetu', () => {
  it('uses - for the 1900s, A for the 2000s and + for the 1800s by default', () => {
    expect(formatHetu({ birthDate: '1990-01-01', individualNumber: 999 })).toBe('010190-999W');
    expect(formatHetu({ birthDate: '2024-02-29', individualNumber: 900 })).toBe('290224A900J');
    expect(formatHetu({ birthDate: '1852-10-13', individualNumber: 308 })).toBe('131052+308T');
  });

  it('uses the given century sign', () => {
    expect(formatHetu({ birthDate: '1990-01-10', individualNumber: 999, centurySign: 'Y' })).toBe('100190Y999P');
    expect(formatHetu({ birthDate: '2016-05-01', individualNumber: 903, centurySign: 'B' })).toBe('010516B903X');
  });

  it.each([
    [{ birthDate: '2023-02-29', individualNumber: 900 }],
    [{ birthDate: '1799-12-31', individualNumber: 900 }],
    [{ birthDate: '2100-01-01', individualNumber: 900 }],
    [{ birthDate: '1990-1-1', individualNumber: 900 }],
    [{ birthDate: '1990-01-01', individualNumber: 1 }],
    [{ birthDate: '1990-01-01', individualNumber: 1000 }],
    [{ birthDate: '1990-01-01', individualNumber: 2.5 }],
    [{ birthDate: '1990-01-01', individualNumber: 900, centurySign: 'A' }],
    [{ birthDate: '2001-01-01', individualNumber: 900, centurySign: '-' }],
    [{ birthDate: '2001-01-01', individualNumber: 900, centurySign: 'a' }],
  ])('refuses %j', (input) => {
    expect(() => formatHetu(input)).toThrow(RangeError);
  });
});

describe('maskHetu', () => {
  it('keeps the birth date and hides the rest', () => {
    expect(maskHetu('010190-999W')).toBe('010190-****');
  });

  it('shows the century with its default sign so the 2023 sign variant stays hidden', () => {
    expect(maskHetu('100190Y999P')).toBe('100190-****');
    expect(maskHetu('010516B903X')).toBe('010516A****');
    expect(maskHetu('131052+308T')).toBe('131052+****');
  });

  it('masks an invalid code completely', () => {
    expect(maskHetu('010190-999K')).toBe('***********');
  });
});

describe('hetuLocalizedReason', () => {
  it('has a Finnish, Swedish and English message for every reason', () => {
    for (const reason of HETU_INVALID_REASONS) {
      const texts = hetuLocalizedReason(reason);
      expect(texts.fi.length).toBeGreaterThan(10);
      expect(texts.sv.length).toBeGreaterThan(10);
      expect(texts.en.length).toBeGreaterThan(10);
    }
    expect(hetuLocalizedReason('checksum').fi).toContain('tarkistusmerkki');
  });
});

// Property-based tests ------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(1800, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2099, 11, 31) / DAY_MS;

const birthDateArb = fc
  .integer({ min: FIRST_DAY, max: LAST_DAY })
  .map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));

const codeArb = fc
  .record({
    birthDate: birthDateArb,
    individualNumber: fc.integer({ min: 2, max: 999 }),
    signIndex: fc.nat(),
  })
  .map(({ birthDate, individualNumber, signIndex }) => {
    const century = Number(birthDate.slice(0, 2)) * 100 as keyof typeof SIGNS_BY_CENTURY;
    const signs = SIGNS_BY_CENTURY[century];
    const centurySign = signs[signIndex % signs.length] as string;
    return { birthDate, individualNumber, centurySign, hetu: formatHetu({ birthDate, individualNumber, centurySign }) };
  });

const PRINTABLE = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ+-*/ .';

describe('properties', () => {
  it('parses every formatted code back to its birth date, sex and temporary flag', () => {
    fc.assert(
      fc.property(codeArb, ({ birthDate, individualNumber, hetu }) => {
        const parsed = parseHetu(hetu);
        expect(parsed).toEqual({
          valid: true,
          hetu,
          birthDate,
          sex: individualNumber % 2 === 1 ? 'male' : 'female',
          temporary: individualNumber >= 900,
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('makes a code invalid or a different valid code when any single character changes', () => {
    fc.assert(
      fc.property(
        codeArb,
        fc.integer({ min: 0, max: 10 }),
        fc.constantFrom(...PRINTABLE),
        ({ hetu }, position, replacement) => {
          fc.pre(hetu[position] !== replacement);
          const mutated = hetu.slice(0, position) + replacement + hetu.slice(position + 1);
          const parsed = parseHetu(mutated);
          if (position === 6) {
            // Changing only the sign keeps the check character valid: another person, or another century.
            if (parsed.valid) expect(parsed.hetu).not.toBe(hetu);
          } else {
            // Any single-digit change shifts DDMMYYZZZ by k·10^p, which 31 (prime) never divides,
            // so the unchanged check character can no longer match.
            expect(parsed.valid).toBe(false);
          }
        },
      ),
      { numRuns: 5000 },
    );
  });
});
