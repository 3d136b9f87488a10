import { expect, it } from 'vitest';
import { describeDb } from '../../../test/db.ts';
import { insertTestPerson } from '../../../test/fixtures.ts';
import { benchInformationRequestSearch } from './information-request.bench.ts';
import { exampleRegister, insertExampleNote } from './test-register.ts';

const registers = [exampleRegister('bench-example')];

describeDb(
  'information request search benchmark',
  (ctx) => {
    it('reports p50 and p99 of the cross-register search against the 200 ms target', async () => {
      const p = await insertTestPerson(ctx.db);
      await insertExampleNote(ctx.db, 'bench-example', { personId: p, dataset: 'notes', title: 'x', madeOn: '2025-01-01', body: 'y' });
      const lines: string[] = [];
      const results = await benchInformationRequestSearch(ctx.db, registers, { persons: 5, log: (l) => lines.push(l) });
      expect(results.map((r) => r.metric)).toEqual([
        'information request search across 1 registers p50',
        'information request search across 1 registers p99',
        'information request search: items found per person (mean)',
      ]);
      expect(results[1]).toMatchObject({ unit: 'ms', target: '≤ 200 ms' });
      expect(results[1]!.ok).toBe(results[1]!.value <= 200);
      expect(results[2]!.value).toBeGreaterThan(0);
      expect(lines[0]).toContain('persons × 1 registers');
    });
  },
  registers,
);
