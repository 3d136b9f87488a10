import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_MUNICIPALITY_CODE,
  generatePopulation,
  isValidSyntheticHetu,
  syntheticHetuCheckChar,
  type SyntheticOptions,
  type SyntheticPerson,
  type SyntheticRelationship,
} from './synthetic.ts';
import {
  FINNISH_FEMALE_FIRST_NAMES,
  FINNISH_FEMALE_MIDDLE_NAMES,
  FINNISH_MALE_FIRST_NAMES,
  FINNISH_MALE_MIDDLE_NAMES,
  FINNISH_SURNAMES,
  SWEDISH_FEMALE_FIRST_NAMES,
  SWEDISH_MALE_FIRST_NAMES,
  SWEDISH_SURNAMES,
  type NameCohorts,
} from './synthetic-names.ts';

const REF = '2025-06-15';

interface Population {
  persons: SyntheticPerson[];
  relationships: SyntheticRelationship[];
  batches: number;
}

function collect(opts: SyntheticOptions): Population {
  const out: Population = { persons: [], relationships: [], batches: 0 };
  for (const batch of generatePopulation(opts)) {
    out.batches++;
    out.persons.push(...batch.persons);
    out.relationships.push(...batch.relationships);
  }
  return out;
}

/** Age in whole years on `on` (both YYYY-MM-DD). */
function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

// The core HETU module is written separately; when it is present, our codes must pass it too.
type ParseHetu = (s: string) => { valid: boolean; birthDate?: string; sex?: string | null; temporary?: boolean };
const HETU_MODULE = '../hetu/hetu.ts';
const hetuModuleExists = existsSync(fileURLToPath(new URL(HETU_MODULE, import.meta.url)));
let parseHetu: ParseHetu | null = null;
if (hetuModuleExists) {
  const mod = (await import(/* @vite-ignore */ HETU_MODULE)) as { parseHetu?: ParseHetu };
  parseHetu = mod.parseHetu ?? null;
}

describe('generatePopulation', () => {
  let pop: Population;
  let byKey: Map<number, SyntheticPerson>;
  let living: SyntheticPerson[];

  beforeAll(() => {
    pop = collect({ persons: 20_000, seed: 'varanto-test', referenceDate: REF });
    byKey = new Map(pop.persons.map((p) => [p.key, p]));
    living = pop.persons.filter((p) => p.dateOfDeath === null);
  });

  it('yields exactly the requested number of persons, keyed 0..n-1, in several batches', () => {
    expect(pop.persons).toHaveLength(20_000);
    expect(pop.persons.map((p) => p.key)).toEqual([...Array(20_000).keys()]);
    expect(pop.batches).toBeGreaterThan(10);
    for (const n of [0, 1, 2, 7, 101]) {
      expect(collect({ persons: n, seed: n, referenceDate: REF }).persons).toHaveLength(n);
    }
  });

  it('keeps every relationship inside one batch so that batches can be inserted one by one', () => {
    for (const batch of generatePopulation({ persons: 5000, seed: 'batches', referenceDate: REF, batchSize: 200 })) {
      const keys = new Set(batch.persons.map((p) => p.key));
      for (const r of batch.relationships) {
        expect(keys.has(r.fromKey) && keys.has(r.toKey)).toBe(true);
      }
    }
  });

  it('gives identical output for the same seed and options', () => {
    const a = collect({ persons: 3000, seed: 'same', referenceDate: REF });
    const b = collect({ persons: 3000, seed: 'same', referenceDate: REF });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    // A number and its decimal string are the same seed (a CLI passes strings).
    const c = collect({ persons: 500, seed: 42, referenceDate: REF });
    const d = collect({ persons: 500, seed: '42', referenceDate: REF });
    expect(JSON.stringify(d)).toBe(JSON.stringify(c));
  });

  it('gives different output for a different seed', () => {
    const a = collect({ persons: 500, seed: 1, referenceDate: REF });
    const b = collect({ persons: 500, seed: 2, referenceDate: REF });
    expect(b.persons.map((p) => p.hetu)).not.toEqual(a.persons.map((p) => p.hetu));
    expect(b.persons.map((p) => p.lastName)).not.toEqual(a.persons.map((p) => p.lastName));
  });

  it('gives unique HETUs that pass the DVV checksum and match birth date and sex', () => {
    const hetus = pop.persons.flatMap((p) => (p.hetu === null ? [] : [p.hetu]));
    expect(new Set(hetus).size).toBe(hetus.length);
    const bad = pop.persons.filter((p) => {
      if (p.hetu === null) return false;
      const [yyyy, mm, dd] = p.birthDate.split('-') as [string, string, string];
      const signs = yyyy.startsWith('19') ? '-Y' : yyyy.startsWith('20') ? 'AB' : '+';
      const sex = Number(p.hetu.slice(7, 10)) % 2 === 1 ? 'male' : 'female';
      return (
        !isValidSyntheticHetu(p.hetu) || p.hetu.slice(0, 6) !== dd + mm + yyyy.slice(2) || !signs.includes(p.hetu[6]!) || sex !== p.sex
      );
    });
    expect(bad).toEqual([]);
  });

  it('passes the core HETU module too, when it exists', () => {
    if (!hetuModuleExists) return;
    expect(parseHetu).toBeTypeOf('function');
    const parse = parseHetu!;
    const bad = pop.persons.filter((p) => {
      if (p.hetu === null) return false;
      const parsed = parse(p.hetu);
      return !parsed.valid || parsed.birthDate !== p.birthDate || parsed.sex !== p.sex;
    });
    expect(bad).toEqual([]);
  });

  it('computes check characters as DVV does', () => {
    // 131052-308T is DVV's own example.
    expect(syntheticHetuCheckChar(131052308)).toBe('T');
    expect(isValidSyntheticHetu('131052-308T')).toBe(true);
    expect(isValidSyntheticHetu('131052-308U')).toBe(false);
    expect(isValidSyntheticHetu('290223A900J')).toBe(false); // 2023 is not a leap year
    expect(isValidSyntheticHetu('010101-001C')).toBe(false); // individual number below 002
  });

  it('leaves about 0.3 % without a HETU and gives about 0.2 % a temporary one', () => {
    const none = pop.persons.filter((p) => p.hetu === null).length / pop.persons.length;
    const temporary = pop.persons.filter((p) => p.hetu !== null && Number(p.hetu.slice(7, 10)) >= 900).length / pop.persons.length;
    expect(none).toBeGreaterThan(0.001);
    expect(none).toBeLessThan(0.006);
    expect(temporary).toBeGreaterThan(0.0005);
    expect(temporary).toBeLessThan(0.0045);
  });

  it('keeps HETUs unique when 200 000 persons share birth dates', () => {
    // Ten times as many persons per birth date as a 20 000 run in the same 110-year span.
    const seen = new Set<string>();
    let n = 0;
    for (const batch of generatePopulation({ persons: 200_000, seed: 'many', referenceDate: REF, batchSize: 5000 })) {
      for (const p of batch.persons) {
        if (p.hetu === null) continue;
        n++;
        seen.add(p.birthDate + p.hetu.slice(7, 10)); // stricter than the code: the 2023 signs do not count
      }
    }
    expect(seen.size).toBe(n);
  });

  it('has a roughly Finnish age structure: 19 % children, 57 % working age, 24 % 65 or older', () => {
    const bands = [0, 0, 0];
    const ages = living.map((p) => ageOn(p.birthDate, REF));
    expect(ages.filter((a) => a < 0 || a > 105)).toEqual([]);
    for (const age of ages) bands[age < 18 ? 0 : age < 65 ? 1 : 2]!++;
    const [children, working, elderly] = bands.map((b) => b / living.length) as [number, number, number];
    expect(children).toBeGreaterThan(0.165);
    expect(children).toBeLessThan(0.215);
    expect(working).toBeGreaterThan(0.54);
    expect(working).toBeLessThan(0.60);
    expect(elderly).toBeGreaterThan(0.215);
    expect(elderly).toBeLessThan(0.265);
  });

  it('gives every child under 18 at least one guardian', () => {
    const guarded = new Set(
      pop.relationships.filter((r) => r.kind === 'guardian' && (r.validTo === null || r.validTo > REF)).map((r) => r.toKey),
    );
    const children = living.filter((p) => ageOn(p.birthDate, REF) < 18);
    expect(children.length).toBeGreaterThan(3000);
    expect(children.filter((c) => !guarded.has(c.key))).toEqual([]);
  });

  it('makes guardians and parents adults who are older than the child, with relations from birth', () => {
    const bad = pop.relationships.filter((r) => {
      if (r.kind === 'partner') return false;
      const adult = byKey.get(r.fromKey)!;
      const child = byKey.get(r.toKey)!;
      return (
        ageOn(adult.birthDate, child.birthDate) < 17 ||
        r.validFrom !== child.birthDate ||
        (r.validTo !== null && ageOn(child.birthDate, r.validTo) !== 18)
      );
    });
    expect(bad).toEqual([]);
  });

  it('has both parents as guardians in most families, sometimes living in different households', () => {
    const guardians = new Map<number, number[]>();
    for (const r of pop.relationships) {
      if (r.kind === 'guardian' && r.validTo === null) guardians.set(r.toKey, [...(guardians.get(r.toKey) ?? []), r.fromKey]);
    }
    const two = [...guardians.values()].filter((g) => g.length === 2);
    expect(two.length / guardians.size).toBeGreaterThan(0.7);
    const apart = two.filter(([a, b]) => byKey.get(a!)!.householdKey !== byKey.get(b!)!.householdKey);
    expect(apart.length).toBeGreaterThan(50);
  });

  it('pairs partners who are adults, with ended relations for separations and deaths', () => {
    const partners = pop.relationships.filter((r) => r.kind === 'partner');
    expect(partners.length).toBeGreaterThan(3000);
    const pairs = new Set<string>();
    const bad = partners.filter((r) => {
      const pair = [r.fromKey, r.toKey].sort((a, b) => a - b).join('-');
      const repeated = pairs.has(pair); // a symmetric relation is emitted once
      pairs.add(pair);
      const [a, b] = [byKey.get(r.fromKey)!, byKey.get(r.toKey)!];
      return (
        repeated ||
        r.fromKey === r.toKey ||
        [a, b].some((p) => ageOn(p.birthDate, p.dateOfDeath ?? REF) < 18 || ageOn(p.birthDate, r.validFrom) < 17) ||
        r.validFrom > REF ||
        (r.validTo !== null && (r.validTo < r.validFrom || r.validTo > REF))
      );
    });
    expect(bad).toEqual([]);
    expect(partners.some((r) => r.validTo !== null && byKey.get(r.fromKey)!.dateOfDeath === null && byKey.get(r.toKey)!.dateOfDeath === null)).toBe(true);
    const deaths = pop.persons.filter((p) => p.dateOfDeath !== null);
    expect(deaths.length / pop.persons.length).toBeLessThan(0.02);
    expect(deaths.filter((d) => d.dateOfDeath! > REF || d.dateOfDeath! < d.birthDate)).toEqual([]);
  });

  it('gives siblings in a household the same surname', () => {
    const childrenOf = new Map<number, SyntheticPerson[]>();
    for (const r of pop.relationships) {
      if (r.kind !== 'parent') continue;
      const child = byKey.get(r.toKey)!;
      childrenOf.set(r.fromKey, [...(childrenOf.get(r.fromKey) ?? []), child]);
    }
    // Russian surnames have a male and a female form (Ivanov, Ivanova): compare the male form.
    const maleForm = (name: string) => name.replace(/(ov|ev)a$/, '$1');
    let families = 0;
    for (const kids of childrenOf.values()) {
      if (kids.length < 2) continue;
      families++;
      expect(new Set(kids.map((k) => maleForm(k.lastName))).size).toBe(1);
    }
    expect(families).toBeGreaterThan(500);
  });

  it('sets turvakielto for about 1 % of households, shared by the whole household', () => {
    const byHousehold = new Map<number, boolean[]>();
    for (const p of pop.persons) byHousehold.set(p.householdKey, [...(byHousehold.get(p.householdKey) ?? []), p.nonDisclosure]);
    let protectedHouseholds = 0;
    for (const flags of byHousehold.values()) {
      expect(new Set(flags).size).toBe(1);
      if (flags[0]) protectedHouseholds++;
    }
    const rate = protectedHouseholds / byHousehold.size;
    expect(rate).toBeGreaterThan(0.005);
    expect(rate).toBeLessThan(0.016);
    const none = collect({ persons: 2000, seed: 'x', referenceDate: REF, nonDisclosureRate: 0 });
    expect(none.persons.some((p) => p.nonDisclosure)).toBe(false);
  });

  it('uses Finnish and Swedish names, including names with ä, ö and å', () => {
    const names = pop.persons.map((p) => `${p.firstNames} ${p.lastName}`).join('\n');
    expect(names).toMatch(/ä/);
    expect(names).toMatch(/ö/);
    expect(names).toMatch(/å|Å/);
    expect(pop.persons.some((p) => /^[A-ZÅÄÖ][a-zåäö]+-[A-ZÅÄÖ][a-zåäö]+$/.test(p.lastName))).toBe(true);
    expect(pop.persons.some((p) => p.previousNames.length > 0)).toBe(true);
    const bad = pop.persons.filter((p) => {
      const given = p.firstNames.split(' ');
      return given.length < 1 || given.length > 3 || !given.includes(p.callingName) || new Set(given).size !== given.length;
    });
    expect(bad).toEqual([]);
  });

  it('has name lists of the promised size', () => {
    const distinct = (c: NameCohorts, middle: readonly string[]) => new Set([...c.old, ...c.mid, ...c.young, ...middle]).size;
    expect(distinct(FINNISH_MALE_FIRST_NAMES, FINNISH_MALE_MIDDLE_NAMES)).toBeGreaterThanOrEqual(80);
    expect(distinct(FINNISH_FEMALE_FIRST_NAMES, FINNISH_FEMALE_MIDDLE_NAMES)).toBeGreaterThanOrEqual(80);
    expect(new Set(SWEDISH_MALE_FIRST_NAMES).size).toBeGreaterThanOrEqual(30);
    expect(new Set(SWEDISH_FEMALE_FIRST_NAMES).size).toBeGreaterThanOrEqual(30);
    expect(new Set(FINNISH_SURNAMES).size).toBeGreaterThanOrEqual(150);
    expect(new Set(SWEDISH_SURNAMES).size).toBeGreaterThanOrEqual(40);
  });

  it('makes about 6 % of households Swedish-speaking with Swedish names and contact language', () => {
    const sv = pop.persons.filter((p) => p.nativeLanguage === 'sv');
    expect(sv.length / pop.persons.length).toBeGreaterThan(0.04);
    expect(sv.length / pop.persons.length).toBeLessThan(0.08);
    const swedishGiven = new Set([...SWEDISH_MALE_FIRST_NAMES, ...SWEDISH_FEMALE_FIRST_NAMES]);
    for (const p of sv) {
      expect(p.contactLanguage).toBe('sv');
      expect(swedishGiven.has(p.callingName)).toBe(true);
    }
    const none = collect({ persons: 2000, seed: 'x', referenceDate: REF, swedishSpeakingRate: 0 });
    expect(none.persons.some((p) => p.nativeLanguage === 'sv')).toBe(false);
    const langs = new Set(pop.persons.map((p) => p.nativeLanguage));
    for (const l of ['fi', 'sv', 'ru', 'et', 'ar', 'so', 'en']) expect(langs.has(l)).toBe(true);
  });

  it('gives plausible addresses, phones and e-mails in the demo municipality', () => {
    const street = /^[A-ZÅÄÖ][a-zåäö]+( [A-ZÅÄÖ][a-zåäö]+)? \d+( [A-H]( \d+)?| as \d+)?$/;
    const bad = pop.persons.filter(
      (p) =>
        p.municipalityCode !== DEMO_MUNICIPALITY_CODE ||
        p.address === null ||
        !/^\d{5}$/.test(p.address.postalCode) ||
        !p.address.postOffice.includes('VARANTOLA') ||
        !street.test(p.address.streetAddress) ||
        p.address.validFrom < p.birthDate ||
        p.address.validFrom > REF ||
        (p.phone !== null && !/^\+358(40|41|44|45|46|50)\d{7}$/.test(p.phone)) ||
        (p.email !== null && !/^[a-z-]+\.[a-z-]+\d*@example\.(com|net|org)$/.test(p.email)),
    );
    expect(bad).toEqual([]);
    expect(pop.persons.filter((p) => p.phone !== null).length / pop.persons.length).toBeGreaterThan(0.6);
    expect(pop.persons.filter((p) => p.email !== null).length / pop.persons.length).toBeGreaterThan(0.4);
    expect(pop.persons.some((p) => /^Koulukatu \d+ [A-F] \d+$/.test(p.address!.streetAddress))).toBe(true);
    const other = collect({ persons: 10, seed: 'x', referenceDate: REF, municipalityCode: '091' });
    expect(other.persons.every((p) => p.municipalityCode === '091')).toBe(true);
  });

  it('rejects a fractional count, a malformed date and a rate outside 0–1', () => {
    expect(() => collect({ persons: 1.5, seed: 1, referenceDate: REF })).toThrow(RangeError);
    expect(() => collect({ persons: -1, seed: 1, referenceDate: REF })).toThrow(RangeError);
    expect(() => collect({ persons: 1, seed: 1, referenceDate: '2025-02-30' })).toThrow(RangeError);
    expect(() => collect({ persons: 1, seed: 1, referenceDate: '15.6.2025' })).toThrow(RangeError);
    expect(() => collect({ persons: 1, seed: 1, referenceDate: REF, nonDisclosureRate: 2 })).toThrow(RangeError);
  });

  it('streams 100 000 persons well within the time budget of the DB seed', () => {
    const started = performance.now();
    let n = 0;
    for (const batch of generatePopulation({ persons: 100_000, seed: 'perf', referenceDate: REF })) n += batch.persons.length;
    const ms = performance.now() - started;
    expect(n).toBe(100_000);
    // Typically 0.4–1 s; the margin keeps the test stable on a busy CI machine.
    expect(ms).toBeLessThan(6000);
  });
});
