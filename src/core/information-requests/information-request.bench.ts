// Benchmark of the cross-register search of an information request (target p99 ≤ 200 ms),
// called by `npm run bench` on the seeded production-size database.
import { sql } from 'kysely';
import { performance } from 'node:perf_hooks';
import { systemClock } from '../clock.ts';
import type { Db } from '../db/database.ts';
import type { PersonId } from '../ids.ts';
import type { BenchmarkResult, RegisterModule } from '../module.ts';
import { searchAllRegisters } from './information-request.search.ts';

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? 0;
};
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

/**
 * Runs `findByPerson` of every register for `persons` persons picked at random (half of them
 * guardians, whose data other registers reference), each in its own transaction as the route
 * does, and reports p50/p99 against the target.
 */
export async function benchInformationRequestSearch(
  db: Db,
  registers: RegisterModule[],
  opts: { persons: number; log: (line: string) => void; among?: string[] },
): Promise<BenchmarkResult[]> {
  const n = Math.max(1, opts.persons);
  // `among`: the persons the registers hold data on (the bench seeds demo data for some).
  const pool = opts.among ?? null;
  const guardians = await sql<{ id: string }>`
    select id from (select distinct person_id as id from person_relationship where kind = 'guardian'
      and (${pool}::uuid[] is null or person_id = any(${pool}::uuid[]))) g order by md5(id::text) limit ${Math.ceil(n / 2)}`.execute(db);
  const others = await sql<{ id: string }>`select id from person where (${pool}::uuid[] is null or id = any(${pool}::uuid[]))
    order by md5(id::text) limit ${n - guardians.rows.length}`.execute(db);
  const ids = [...guardians.rows, ...others.rows].map((r) => r.id as PersonId);
  if (ids.length === 0) {
    opts.log('Information request search: no persons to search, skipped.');
    return [];
  }
  opts.log(`Information request search: ${ids.length} persons × ${registers.length} registers…`);
  const search = (id: PersonId) => db.transaction().execute((tx) => searchAllRegisters(tx, registers, id, { clock: systemClock }));
  for (const id of ids.slice(0, 10)) await search(id); // warm-up
  const times: number[] = [];
  let items = 0;
  for (const id of ids) {
    const t0 = performance.now();
    const r = await search(id);
    times.push(performance.now() - t0);
    items += r.total;
  }
  const p99 = pct(times, 99);
  return [
    { metric: `information request search across ${registers.length} registers p50`, value: round(pct(times, 50)), unit: 'ms' },
    { metric: `information request search across ${registers.length} registers p99`, value: round(p99), unit: 'ms', target: '≤ 200 ms', ok: p99 <= 200 },
    { metric: 'information request search: items found per person (mean)', value: round(items / ids.length), unit: 'items' },
  ];
}
