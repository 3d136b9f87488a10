// The migration's figures must equal the reference data in /shared/reference/fees.json, and
// the migration must run on plain PostgreSQL (here PGlite, no extensions).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { FeeCalculationError, calculateChildFee } from './fee-calculation.ts';
import {
  rowToFeeParameters,
  rowToServiceNeedTier,
  selectServiceNeedTiers,
  type FeeParameters,
  type FeeParameterStatus,
  type ServiceNeedTier,
} from './fee-parameters.ts';
import { loadFeeData, migratedFeeDatabase, readFeeMigration } from './fee-test-support.ts';

const FEES_JSON_URL = new URL('../../../../../shared/reference/fees.json', import.meta.url);

interface FeesJsonEcec {
  id: string;
  effective_from: string;
  effective_to: string | null;
  status: string;
  parameters: {
    fee_percent: number;
    income_limits_eur_per_month: Record<'2' | '3' | '4' | '5' | '6', number> | null;
    income_limit_increment_per_additional_minor_child_over_6_persons_eur: number | null;
    max_fee_youngest_full_time_eur: number;
    min_fee_eur: number;
    second_child_percent_of_youngest_calculated_fee: number;
    second_child_max_fee_eur: number | null;
    further_children_percent_of_youngest_calculated_fee: number;
    further_children_max_fee_eur?: number;
  };
}

/** The reference file is required: without it the figures are unchecked, so the test fails rather than skips. */
function readFeesJson(): FeesJsonEcec[] {
  const path = fileURLToPath(FEES_JSON_URL);
  if (!existsSync(path)) {
    throw new Error(`The fee reference ${path} is missing: the migration's figures cannot be checked against it.`);
  }
  const json = JSON.parse(readFileSync(path, 'utf8')) as { ecec?: FeesJsonEcec[] };
  if (!Array.isArray(json.ecec) || json.ecec.length === 0) throw new Error(`${path} has no "ecec" periods.`);
  return json.ecec;
}

/** fees.json statuses are free text; 'verified (official)' = read from finlex. */
function statusOf(s: string): FeeParameterStatus {
  if (s.startsWith('verified (official)')) return 'official';
  if (s.startsWith('verified')) return 'verified';
  return 'unverified';
}

function expectedFromJson(e: FeesJsonEcec): Omit<FeeParameters, 'source'> {
  const p = e.parameters;
  const l = p.income_limits_eur_per_month;
  return {
    effectiveFrom: e.effective_from,
    effectiveTo: e.effective_to,
    feePercent: p.fee_percent,
    incomeLimits: l === null ? null : { 2: l['2'], 3: l['3'], 4: l['4'], 5: l['5'], 6: l['6'] },
    incrementPerAdditionalChild: p.income_limit_increment_per_additional_minor_child_over_6_persons_eur,
    maxFee: p.max_fee_youngest_full_time_eur,
    minFee: p.min_fee_eur,
    secondChildPercent: p.second_child_percent_of_youngest_calculated_fee,
    furtherChildPercent: p.further_children_percent_of_youngest_calculated_fee,
    status: statusOf(e.status),
  };
}

let db: PGlite;
let parameters: FeeParameters[];
let tiers: ServiceNeedTier[];

beforeAll(async () => {
  db = await migratedFeeDatabase();
  ({ parameters, tiers } = await loadFeeData(db));
});
afterAll(async () => {
  await db.close();
});

describe('the ECEC fee migration', () => {
  it('has one row for every period of fees.json and no other', () => {
    expect(parameters.map((p) => p.effectiveFrom)).toEqual(readFeesJson().map((e) => e.effective_from));
  });

  it('has the figures of fees.json for every period, nulls included', () => {
    for (const entry of readFeesJson()) {
      const row = parameters.find((p) => p.effectiveFrom === entry.effective_from);
      const { source: _source, ...figures } = row ?? ({} as FeeParameters);
      expect({ id: entry.id, ...figures }).toEqual({ id: entry.id, ...expectedFromJson(entry) });
    }
  });

  it("says in the source of every row with a missing figure that it was not found and must be entered", () => {
    for (const p of parameters) {
      if (p.incomeLimits === null || p.incrementPerAdditionalChild === null) {
        expect(p.status).toBe('unverified');
        expect(p.source).toMatch(/not found/i);
        expect(p.source).toMatch(/municipality must enter/);
      }
    }
  });

  it('reproduces the second- and further-child maxima that fees.json quotes from its sources', () => {
    for (const entry of readFeesJson()) {
      const row = parameters.find((p) => p.effectiveFrom === entry.effective_from)!;
      // 2026 has no income limits yet; the sibling maxima depend only on the maximum fee.
      const usable = row.incomeLimits === null ? { ...row, incomeLimits: { 2: 0, 3: 0, 4: 0, 5: 0, 6: 0 } } : row;
      const maxFor = (siblingOrder: number) =>
        calculateChildFee(usable, [], { familySize: 4, grossIncome: 100_000, siblingOrder, serviceNeedPercent: 100 }).fee;
      if (entry.parameters.second_child_max_fee_eur !== null) expect(maxFor(2)).toBe(entry.parameters.second_child_max_fee_eur);
      if (entry.parameters.further_children_max_fee_eur !== undefined) expect(maxFor(3)).toBe(entry.parameters.further_children_max_fee_eur);
    }
  });

  it('leaves no gap between consecutive periods', () => {
    for (let i = 1; i < parameters.length; i++) {
      const previousEnd = parameters[i - 1]!.effectiveTo;
      expect(previousEnd).not.toBeNull();
      const next = new Date(`${previousEnd}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      expect(next.toISOString().slice(0, 10)).toBe(parameters[i]!.effectiveFrom);
    }
    expect(parameters.at(-1)?.effectiveTo).toBeNull();
  });

  it('seeds the default municipal tiers 60/70/85/100 % at 86/115/150/more hours a month', () => {
    const t = selectServiceNeedTiers(tiers, '2024-09-01');
    expect(t.map((x) => [x.maxHoursPerMonth, x.percent])).toEqual([
      [86, 60],
      [115, 70],
      [150, 85],
      [null, 100],
    ]);
    expect(t.every((x) => x.label.fi && x.label.sv && x.label.en)).toBe(true);
    expect(selectServiceNeedTiers(tiers, '2017-12-31')).toEqual([]);
  });

  it('marks the tiers as municipal configuration', async () => {
    const r = await db.query<{ source: string }>('select source from ecec_service_need_tier');
    expect(r.rows.every((x) => x.source.startsWith('Municipal configuration'))).toBe(true);
    const c = await db.query<{ c: string }>("select obj_description('ecec_service_need_tier'::regclass) as c");
    expect(c.rows[0]?.c).toMatch(/^Municipal configuration/);
  });

  it('uses timestamptz only and no extensions', () => {
    const sql = readFeeMigration().replace(/--.*$/gm, '');
    expect(sql).not.toMatch(/\btimestamp\b(?!tz)/i);
    expect(sql).not.toMatch(/create\s+extension/i);
  });

  describe('constraints', () => {
    const insert = (values: string) =>
      db.query(
        `insert into ecec_fee_parameters (effective_from, effective_to, fee_percent, income_limit_2, income_limit_3, income_limit_4,
           income_limit_5, income_limit_6, increment_per_child, max_fee, min_fee, second_child_percent, further_child_percent, status, source)
         values ${values}`,
      );

    it('rejects a period that overlaps another', async () => {
      await expect(insert(`('2025-01-01', '2025-12-31', 10.7, 1, 2, 3, 4, 5, 1, 300, 30, 40, 20, 'unverified', 'test')`)).rejects.toThrow(
        /ecec_fee_parameters_no_overlap/,
      );
    });

    it('rejects a period that ends before it starts', async () => {
      await expect(insert(`('2015-02-01', '2015-01-31', 10.7, 1, 2, 3, 4, 5, 1, 300, 30, 40, 20, 'unverified', 'test')`)).rejects.toThrow(
        /ecec_fee_parameters_valid_period/,
      );
    });

    it('rejects a partial or decreasing set of income limits and an unknown status', async () => {
      await expect(insert(`('2015-01-01', '2015-12-31', 10.7, 1, null, 3, 4, 5, 1, 300, 30, 40, 20, 'unverified', 'test')`)).rejects.toThrow(
        /ecec_fee_parameters_income_limits/,
      );
      await expect(insert(`('2015-01-01', '2015-12-31', 10.7, 5, 4, 3, 2, 1, 1, 300, 30, 40, 20, 'unverified', 'test')`)).rejects.toThrow(
        /ecec_fee_parameters_income_limits/,
      );
      await expect(insert(`('2015-01-01', '2015-12-31', 10.7, 1, 2, 3, 4, 5, 1, 300, 30, 40, 20, 'guessed', 'test')`)).rejects.toThrow(
        /status/,
      );
    });

    it('rejects a minimum fee above the maximum and a further-child percent above the second child', async () => {
      await expect(insert(`('2015-01-01', '2015-12-31', 10.7, 1, 2, 3, 4, 5, 1, 30, 300, 40, 20, 'unverified', 'test')`)).rejects.toThrow(
        /ecec_fee_parameters_min_below_max/,
      );
      await expect(insert(`('2015-01-01', '2015-12-31', 10.7, 1, 2, 3, 4, 5, 1, 300, 30, 20, 40, 'unverified', 'test')`)).rejects.toThrow(
        /ecec_fee_parameters_sibling_order/,
      );
    });

    it('rejects a second tier with the same bound in the same set', async () => {
      await expect(
        db.query(
          `insert into ecec_service_need_tier (effective_from, max_hours_per_month, percent, label_fi, label_sv, label_en, source)
           values ('2018-01-01', null, 90, 'a', 'b', 'c', 'test')`,
        ),
      ).rejects.toThrow(/ecec_service_need_tier_unique_bound/);
    });
  });
});

describe('rowToFeeParameters', () => {
  const row = {
    effective_from: '2024-08-01',
    effective_to: '2026-07-31',
    fee_percent: '10.7',
    income_limit_2: 4066,
    income_limit_3: '5245',
    income_limit_4: 5956,
    income_limit_5: 6667,
    income_limit_6: 7376,
    increment_per_child: '275',
    max_fee: 311,
    min_fee: '30',
    second_child_percent: '40',
    further_child_percent: 20,
    status: 'verified',
    source: 'test',
  };

  it('reads numerics given as strings and dates given as strings', () => {
    expect(rowToFeeParameters(row)).toEqual({
      effectiveFrom: '2024-08-01',
      effectiveTo: '2026-07-31',
      feePercent: 10.7,
      incomeLimits: { 2: 4066, 3: 5245, 4: 5956, 5: 6667, 6: 7376 },
      incrementPerAdditionalChild: 275,
      maxFee: 311,
      minFee: 30,
      secondChildPercent: 40,
      furtherChildPercent: 20,
      status: 'verified',
      source: 'test',
    });
  });

  it('reads dates that a driver parsed into local or UTC midnight', () => {
    const local = rowToFeeParameters({ ...row, effective_from: new Date(2024, 7, 1), effective_to: null });
    const utc = rowToFeeParameters({ ...row, effective_from: new Date(Date.UTC(2024, 7, 1)), effective_to: null });
    expect([local.effectiveFrom, utc.effectiveFrom, local.effectiveTo]).toEqual(['2024-08-01', '2024-08-01', null]);
  });

  it('reads a period without income limits as incomeLimits null', () => {
    const p = rowToFeeParameters({ ...row, income_limit_2: null, income_limit_3: null, income_limit_4: null, income_limit_5: null, income_limit_6: null, increment_per_child: null });
    expect(p.incomeLimits).toBeNull();
    expect(p.incrementPerAdditionalChild).toBeNull();
  });

  it('refuses partial income limits, non-numbers and unknown statuses', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof FeeCalculationError ? e.code : 'other';
      }
      return 'none';
    };
    expect(code(() => rowToFeeParameters({ ...row, income_limit_4: null }))).toBe('invalid_fee_parameters');
    expect(code(() => rowToFeeParameters({ ...row, max_fee: 'lots' }))).toBe('invalid_fee_parameters');
    expect(code(() => rowToFeeParameters({ ...row, fee_percent: '' }))).toBe('invalid_fee_parameters');
    expect(code(() => rowToFeeParameters({ ...row, status: 'guessed' }))).toBe('invalid_fee_parameters');
    expect(code(() => rowToFeeParameters({ ...row, effective_from: '2024-13-01' }))).toBe('invalid_fee_parameters');
  });

  it('maps a tier row with string numerics', () => {
    expect(
      rowToServiceNeedTier({
        effective_from: '2018-01-01',
        effective_to: null,
        max_hours_per_month: '86',
        percent: '60',
        label_fi: 'fi',
        label_sv: 'sv',
        label_en: 'en',
      }),
    ).toEqual({ effectiveFrom: '2018-01-01', effectiveTo: null, maxHoursPerMonth: 86, percent: 60, label: { fi: 'fi', sv: 'sv', en: 'en' } });
  });
});
