// Benchmarks at the scale of a large wellbeing services county (scale 1): 20 000 elderly-services
// clients in 40 care units, 44 000 applications of which 2 000 open, a fee decision for half of
// the clients, and 50 care records per client (1 000 000 rows). Measured: the coordinator's
// worklist, a client's card with its latest care records, a unit's client list and a month's
// invoicing, with the worklist also as a ratio against the bare open-application query.
import { sql } from 'kysely';
import { performance } from 'node:perf_hooks';
import type { Db, Tx } from '../../core/db/database.ts';
import { vacuumAnalyze } from '../../core/db/maintenance.ts';
import type { BenchmarkDefinition } from '../../core/module.ts';
import { runInvoicing } from './elderly-invoice.ts';
import { getApplicationWorklist, getCareRecords, getClientFees, getClientOverview, getUnitClients } from './elderly.queries.ts';

const TODAY = '2025-10-15';
const RECORDS_PER_CLIENT = 50;

async function seed(db: Db, scale: number, log: (s: string) => void) {
  const units = Math.max(1, Math.round(40 * scale));
  const clients = Math.max(units, Math.round(20_000 * scale));
  const tag = `bench-${Date.now().toString(36)}`;
  log(`  seeding ${clients} elderly clients in ${units} units, ${clients * RECORDS_PER_CLIENT} care records…`);
  const t0 = performance.now();
  await db.transaction().execute(async (tx: Tx) => {
    const step = async (name: string, q: { execute(tx: Tx): Promise<unknown> }) => {
      const t = performance.now();
      await q.execute(tx);
      log(`  ${name} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
    };
    await step('units', sql`create temporary table bench_eunit on commit drop as
      with u as (insert into organisation_unit (name, kind, register_id)
        select ${tag} || ' kotihoito ' || i, 'home_care', 'elderly-care' from generate_series(1, ${units}::int) i returning id)
      select id, (row_number() over (order by id))::int as i from u`);
    await step('persons', sql`create temporary table bench_eperson on commit drop as
      with p as (insert into person (first_names, last_name, birth_date, native_language, external_key)
        select 'Asiakas', 'Bench' || (n % 997), make_date(1925 + n % 25, 1 + n % 12, 1 + n % 28), 'fi', ${tag} || ':' || n
        from generate_series(1, ${clients}::int) n returning id, external_key)
      select id, split_part(external_key, ':', 2)::int as n from p`);
    // Every row from here references rows just created: as in the basic-education benchmark, a
    // superuser skips the foreign-key triggers while seeding (measurements run with them).
    const { rows } = await sql<{ su: boolean }>`select rolsuper as su from pg_roles where rolname = current_user`.execute(tx);
    if (rows[0]?.su) await sql`set local session_replication_role = replica`.execute(tx);
    await step('client relationships', sql`insert into elderly_client (person_id, unit_id, start_date)
      select p.id, u.id, '2024-01-01' from bench_eperson p join bench_eunit u on u.i = 1 + p.n % ${units}`);
    await step('applications', sql`insert into elderly_application (person_id, kind, received_on, urgent_statutory, assessment_start_due, assessment_started_on, processing_due, status)
      select id, 'home_care', date '2023-12-01', true, date '2023-12-12', date '2023-12-05', date '2024-03-01', 'decided' from bench_eperson
      union all
      select id, 'support_services', date '2025-10-15' - (n % 60), true, date '2025-10-15' - (n % 60) + 9, null::date, date '2025-10-15' - (n % 60) + 91, 'pending'
      from bench_eperson where n % 10 = 0
      union all
      select id, 'service_housing', '2025-06-01', true, '2025-06-10', '2025-06-03', '2025-09-01', 'decided' from bench_eperson where n % 5 = 1`);
    await step('service and fee decisions', sql`with d as (
        insert into elderly_service_decision (person_id, service_type, outcome, decided_on, arrange_by, hours_per_month)
        select id, 'home_care', 'granted', '2024-01-01', '2024-04-01', 10 + n % 30 from bench_eperson returning id, person_id)
      insert into elderly_fee_decision (person_id, service_decision_id, valid_from, gross_income, household_size, service_hours, income_limit, percent, monthly_fee, parameter_id, parameters_unverified)
      select d.person_id, d.id, '2024-01-01', 1500 + p.n % 1500, 1, 20, 653, 26, round((847 + p.n % 1500) * 0.26, 2),
        (select id from elderly_home_care_fee_parameter where effective_from = '2024-01-01'), true
      from d join bench_eperson p on p.id = d.person_id where p.n % 2 = 0`);
    await step('plans', sql`insert into elderly_service_plan (person_id, version, valid_from, goals, services, client_participated)
      select id, v, make_date(2024, v * 3, 1), 'Kotona asuminen.', 'Kotihoito.', true from bench_eperson, generate_series(1, 3) v`);
    await step('care records', sql`insert into elderly_care_record (person_id, unit_id, recorded_at, kind, text)
      select p.id, u.id, timestamptz '2025-10-15 08:00+03' - (r || ' days')::interval - ((p.n % 600) || ' minutes')::interval,
        (array['visit','observation','medication','other'])[1 + r % 4], 'Käynti: lääkkeet annettu, asiakas voi hyvin.'
      from bench_eperson p join bench_eunit u on u.i = 1 + p.n % ${units}, generate_series(1, ${RECORDS_PER_CLIENT}::int) r`);
  });
  const t = performance.now();
  await vacuumAnalyze(db);
  log(`  vacuum analyze (${((performance.now() - t) / 1000).toFixed(1)} s); seeded in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  const unit = await db.selectFrom('organisation_unit').select('id').where('name', '=', `${tag} kotihoito 1`).executeTakeFirstOrThrow();
  const client = await db.selectFrom('person').select('id').where('external_key', '=', `${tag}:2`).executeTakeFirstOrThrow();
  return { unitId: unit.id, clientId: client.id, clients, units };
}

let seeded: ReturnType<typeof seed> | null = null;
let seededDb: Db | null = null;
const county = (db: Db, scale: number, log: (s: string) => void) => {
  if (!seeded || seededDb !== db) {
    seededDb = db;
    seeded = seed(db, scale, log);
  }
  return seeded;
};

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;
/** The median of `n` runs, after one warm-up run. */
async function median(n: number, f: () => Promise<unknown>) {
  await f();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await f();
    times.push((performance.now() - t) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(n / 2)]!;
}

export const elderlyBenchmarks: BenchmarkDefinition[] = [
  {
    id: 'elderly-worklist',
    names: { fi: 'Palveluohjauksen hakemustyölista', sv: 'Servicehandledningens arbetslista', en: "The service coordinator's application worklist" },
    async run(db, { scale, log }) {
      const c = await county(db, scale, log);
      const items = await getApplicationWorklist(db, TODAY, true);
      const worklist = await median(5, () => getApplicationWorklist(db, TODAY, true));
      const raw = await median(5, () => sql`select id from elderly_application where status in ('pending', 'assessing') order by received_on`.execute(db));
      return [
        { metric: `worklist, ${items.length} open applications (${c.clients} clients)`, value: round(worklist), unit: 's', target: '≤ 0.5 s', ok: worklist <= 0.5 },
        { metric: 'worklist / raw SQL open applications', value: round(worklist / Math.max(raw, 1e-6), 2), unit: 'ratio' },
      ];
    },
  },
  {
    id: 'elderly-client-card',
    names: { fi: 'Asiakkaan kortti ja hoitokirjaukset', sv: 'Klientkortet och vårdanteckningarna', en: "A client's card and care records" },
    async run(db, { scale, log }) {
      const c = await county(db, scale, log);
      const card = await median(9, async () => {
        await getClientOverview(db, c.clientId);
        await getClientFees(db, c.clientId);
        await getCareRecords(db, c.clientId, 200);
      });
      const unit = await median(3, () => getUnitClients(db, c.unitId, TODAY));
      const unitClients = (await getUnitClients(db, c.unitId, TODAY)).length;
      return [
        { metric: `client card with ${RECORDS_PER_CLIENT} care records (${c.clients * RECORDS_PER_CLIENT} records in all)`, value: round(card), unit: 's', target: '≤ 0.2 s', ok: card <= 0.2 },
        { metric: `unit client list, ${unitClients} clients with plan and latest record`, value: round(unit), unit: 's', target: '≤ 1 s', ok: unit <= 1 },
      ];
    },
  },
  {
    id: 'elderly-invoicing',
    names: { fi: 'Kuukauden kotihoitolaskutus', sv: 'Månadens fakturering av hemvård', en: "A month's home-care invoicing" },
    async run(db, { scale, log }) {
      const c = await county(db, scale, log);
      const t = performance.now();
      const r = await db.transaction().execute((tx) => runInvoicing(tx, '2025-09', TODAY, null));
      const s = (performance.now() - t) / 1000;
      return [{ metric: `invoicing 2025-09: ${r.created} invoices (${c.clients} clients)`, value: round(s), unit: 's', target: '≤ 10 s', ok: s <= 10 }];
    },
  },
];
