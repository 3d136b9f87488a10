import { vacuumAnalyze } from '../../core/db/maintenance.ts';
import type { Command } from 'commander';
import http from 'node:http';
import { sql } from 'kysely';
import { openDatabase, type Database } from '../../core/db/database.ts';
import { migrate } from '../../core/db/migrate.ts';
import { systemClock } from '../../core/clock.ts';
import { createApp } from '../../core/http/server.ts';
import { seedPersons } from '../../core/persons/person-seed.ts';
import { createUser, roleScopes } from '../../core/admin/admin.routes.ts';
import type { BenchmarkResult } from '../../core/module.ts';
import type { PersonId, UnitId } from '../../core/ids.ts';
import { benchInformationRequestSearch } from '../../core/information-requests/information-request.bench.ts';
import { personRegister } from '../../core/persons/person-register.ts';
import { allMigrations } from '../../app/migrations.ts';
import { allRegisters } from '../../registers/index.ts';
import { progressBar } from '../progress.ts';

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

async function timeEach<T>(items: T[], fn: (x: T) => Promise<unknown>) {
  const times: number[] = [];
  for (const x of items) {
    const t = performance.now();
    await fn(x);
    times.push(performance.now() - t);
  }
  return times;
}

export async function runBench(opts: { persons: number; samples: number; scale: number; only?: string[]; log: (s: string) => void }) {
  // `--only` runs just the named register benchmarks (ids or register ids) on a fresh database,
  // without the person-register measurements: for working on one register's figures.
  const only = opts.only?.length ? new Set(opts.only) : undefined;
  const { log } = opts;
  const results: BenchmarkResult[] = [];
  const database: Database = process.env.DATABASE_URL ? await openDatabase({ url: process.env.DATABASE_URL }) : await openDatabase();
  log(`Database: ${database.kind} (${database.location})`);
  await migrate(database.db, allMigrations(allRegisters));
  const db = database.db;

  if (!only) await benchCore(database, opts, results);
  for (const r of allRegisters) {
    for (const b of r.benchmarks ?? []) {
      if (only && !only.has(b.id) && !only.has(r.id)) continue;
      log(`Running ${b.names.en}…`);
      try {
        results.push(...(await b.run(db, { scale: opts.scale, clock: systemClock, log })));
      } catch (e) {
        // One failing benchmark must not hide the others' figures.
        log(`${b.id} failed: ${e instanceof Error ? e.message : String(e)}`);
        results.push({ metric: `${b.names.en}: failed`, value: NaN, unit: '', ok: false });
      }
    }
  }
  await database.close();
  return results;
}

/** The person register's figures (issue #3) and the cross-register information-request search. */
async function benchCore(database: Database, opts: { persons: number; samples: number; log: (s: string) => void }, results: BenchmarkResult[]) {
  const { log } = opts;
  const db = database.db;
  const bar = progressBar(`Seeding ${opts.persons} persons`, opts.persons);
  const t0 = performance.now();
  const seeded = await seedPersons(db, { persons: opts.persons, seed: 'bench', referenceDate: systemClock.today(), onProgress: (n) => bar.update(n) });
  bar.stop();
  const seedSecs = (performance.now() - t0) / 1000;
  await vacuumAnalyze(db);
  results.push({ metric: `persons seeded per second (${seeded.persons} persons, ${round(seedSecs, 1)} s)`, value: round(seeded.persons / seedSecs, 0), unit: 'persons/s', target: `${opts.persons} in < 60 s`, ok: seedSecs < 60 });

  await db.transaction().execute((tx) =>
    createUser(tx, { username: 'bench', displayName: 'Bench', password: 'bench-password-123', grants: [{ role: 'registry_officer' }] }, roleScopes(allRegisters)),
  );
  const app = await createApp({ database, registers: allRegisters, clock: systemClock, loginRateLimit: 100000 });
  const address = await app.fastify.listen({ port: 0, host: '127.0.0.1' });
  // A keep-alive node:http client: fetch() adds about 1.5 ms of its own per request here,
  // which would measure the client rather than the server.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const { port } = new URL(address);
  const request = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; json: any }>((resolve, reject) => {
      const payload = JSON.stringify(body);
      const req = http.request(
        { host: '127.0.0.1', port, path: `/api/v1${path}`, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  const login = await request('/auth/login', { username: 'bench', password: 'bench-password-123' });
  const cookie = String(login.headers['set-cookie']?.[0]).split(';')[0]!;
  const csrf = (login.json as { csrfToken: string }).csrfToken;
  const post = async (path: string, body: unknown) => {
    const r = await request(path, body, { cookie, 'x-csrf-token': csrf });
    if (r.status !== 200) throw new Error(`${path}: HTTP ${r.status}`);
    return r.json;
  };

  // HETU look-up: HTTP (session, access check, audit event, JSON) vs the same query in raw SQL.
  const sample = await sql<{ hetu: string; first_names: string; last_name: string }>`
    select hetu, first_names, last_name from person where hetu is not null order by md5(id::text) limit ${opts.samples}`.execute(db);
  const hetus = sample.rows.map((r) => r.hetu);
  for (const h of hetus.slice(0, 20)) await post('/persons/search', { hetu: h }); // warm-up
  const httpTimes = await timeEach(hetus, (h) => post('/persons/search', { hetu: h }));
  const sqlTimes = await timeEach(hetus, (h) =>
    sql`select id, first_names, calling_name, last_name, birth_date, sex, date_of_death, non_disclosure from person where hetu = ${h}`.execute(db),
  );
  const ratio = pct(httpTimes, 50) / pct(sqlTimes, 50);
  results.push({ metric: 'HETU look-up over HTTP p50', value: round(pct(httpTimes, 50)), unit: 'ms' });
  results.push({ metric: 'HETU look-up raw SQL p50', value: round(pct(sqlTimes, 50), 3), unit: 'ms' });
  results.push({ metric: 'HETU look-up HTTP / raw SQL (p50 ratio)', value: round(ratio), unit: '×', target: '≤ 3×', ok: ratio <= 3 });

  // Name search: realistic queries (surname + calling name, surname only, typos).
  const queries = sample.rows.flatMap((r, i) => {
    const first = r.first_names.split(' ')[0]!;
    if (i % 3 === 0) return [`${first} ${r.last_name}`];
    if (i % 3 === 1) return [r.last_name];
    return [`${r.last_name.slice(0, -1)} ${first}`];
  });
  const nameTimes = await timeEach(queries, (q) => post('/persons/search', { query: q, limit: 20 }));
  results.push({ metric: 'name search over HTTP p50', value: round(pct(nameTimes, 50)), unit: 'ms' });
  results.push({ metric: 'name search over HTTP p99', value: round(pct(nameTimes, 99)), unit: 'ms', target: '≤ 50 ms', ok: pct(nameTimes, 99) <= 50 });
  agent.destroy();
  await app.fastify.close();

  // Every register's demo data for a slice of the population, so that an information request
  // finds real records in every register.
  const holders = seeded.personIds.slice(0, Math.min(5000, seeded.personIds.length));
  for (const r of allRegisters) {
    if (!r.seedDemo) continue;
    log(`Demo data of ${r.names.en} for ${holders.length} persons…`);
    await db.transaction().execute(async (tx) => {
      const unitIds = (await tx.selectFrom('organisation_unit').select('id').execute()).map((u) => u.id as UnitId);
      await r.seedDemo!(tx, { clock: systemClock, personIds: holders as PersonId[], unitIds });
    });
  }
  await vacuumAnalyze(db);
  results.push(...(await benchInformationRequestSearch(db, [...allRegisters, personRegister], { persons: opts.samples, log, among: holders })));
}

export function register(program: Command) {
  program
    .command('bench')
    .description('Benchmark at production size: HETU look-up vs raw SQL, name search, seeding, and every register’s benchmarks')
    .option('--persons <n>', 'persons to seed', '100000')
    .option('--samples <n>', 'look-ups per measurement', '500')
    .option('--scale <x>', 'scale of register benchmarks (1 = the size the issues name)', '1')
    .option('--only <ids...>', 'run only these register benchmarks (benchmark or register ids), skipping the person-register figures')
    .option('--json', 'print the figures as one JSON object')
    .action(async (o) => {
      const log = (s: string) => console.error(s);
      const results = await runBench({ persons: Number(o.persons), samples: Number(o.samples), scale: Number(o.scale), only: o.only, log });
      if (o.json) {
        console.log(JSON.stringify({ persons: Number(o.persons), results }, null, 2));
        return;
      }
      const w = Math.max(...results.map((r) => r.metric.length));
      console.log(`\n${'metric'.padEnd(w)}  ${'value'.padStart(12)}  unit       target       ok`);
      for (const r of results) {
        console.log(`${r.metric.padEnd(w)}  ${String(r.value).padStart(12)}  ${r.unit.padEnd(9)}  ${(r.target ?? '').padEnd(11)}  ${r.ok === undefined ? '' : r.ok ? 'yes' : 'NO'}`);
      }
    });
}
