// Benchmarks at the scale of a large wellbeing services county (scale 1): 10 000 social-work
// clients in 20 units, 30 000 notifications with their deadlines (one in twenty still waiting for
// the decision on an assessment), 10 000 applications (one in seven pending), and 30 narrative entries per client
// (300 000 rows). Measured: a unit's worklist (also as a ratio against the bare query of open
// deadlines) and a client's card with the narrative.
import { sql } from 'kysely';
import { performance } from 'node:perf_hooks';
import type { Db, Tx } from '../../core/db/database.ts';
import { vacuumAnalyze } from '../../core/db/maintenance.ts';
import type { BenchmarkDefinition } from '../../core/module.ts';
import { getClientOverview, getDecisions, getNarrative, getSituation, getWorklist } from './social.queries.ts';

const TODAY = '2025-10-15';
const ENTRIES_PER_CLIENT = 30;

async function seed(db: Db, scale: number, log: (s: string) => void) {
  const units = Math.max(1, Math.round(20 * scale));
  const clients = Math.max(units, Math.round(10_000 * scale));
  const tag = `bench-${Date.now().toString(36)}`;
  log(`  seeding ${clients} social-work clients in ${units} units, ${clients * 3} notifications, ${clients * ENTRIES_PER_CLIENT} narrative entries…`);
  const t0 = performance.now();
  await db.transaction().execute(async (tx: Tx) => {
    const step = async (name: string, q: { execute(tx: Tx): Promise<unknown> }) => {
      const t = performance.now();
      await q.execute(tx);
      log(`  ${name} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
    };
    await step('units', sql`create temporary table bench_sunit on commit drop as
      with u as (insert into organisation_unit (name, kind, register_id)
        select ${tag} || ' sosiaalityö ' || i, 'social_work', 'social-work' from generate_series(1, ${units}::int) i returning id)
      select id, (row_number() over (order by id))::int as i from u`);
    await step('persons', sql`create temporary table bench_sperson on commit drop as
      with p as (insert into person (first_names, last_name, birth_date, native_language, external_key)
        select 'Asiakas', 'Bench' || (n % 997), make_date(2008 + n % 15, 1 + n % 12, 1 + n % 28), 'fi', ${tag} || ':' || n
        from generate_series(1, ${clients}::int) n returning id, external_key)
      select p.id, split_part(p.external_key, ':', 2)::int as n, u.id as unit_id
      from p join bench_sunit u on u.i = 1 + split_part(p.external_key, ':', 2)::int % ${units}`);
    // As in the other benchmarks, a superuser skips the foreign-key triggers while seeding.
    const { rows } = await sql<{ su: boolean }>`select rolsuper as su from pg_roles where rolname = current_user`.execute(tx);
    if (rows[0]?.su) await sql`set local session_replication_role = replica`.execute(tx);
    await step('client relationships', sql`insert into social_client (person_id, unit_id, service_area, start_date) select id, unit_id, 'child_welfare', '2024-01-01' from bench_sperson`);
    // Three notifications per client, the latest received within the last 20 days; one in twenty
    // still waits for the decision on an assessment, the rest are decided and completed.
    await step('notifications', sql`create temporary table bench_snote on commit drop as
      with n as (insert into social_notification (person_id, unit_id, kind, received_on, summary, urgent)
        select p.id, p.unit_id, 'child_welfare', ${TODAY}::date - (k * 120 + p.n % 20), 'Huoli lapsesta.', p.n % 50 = 0
        from bench_sperson p, generate_series(0, 2) k returning id, person_id, received_on)
      select n.id, n.person_id, n.received_on, (row_number() over (order by n.id))::int as i from n`);
    await step('notifiers', sql`insert into social_notifier (notification_id, notifier_role, name, identity_protected) select id, 'school', 'Rehtori', false from bench_snote`);
    await step('deadlines', sql`insert into social_deadline (person_id, notification_id, kind, pending_since, due_on, met_on)
      select person_id, id, 'assessment_start_decision', received_on, received_on + 9, case when i % 20 = 0 then null else received_on + 5 end from bench_snote
      union all
      select person_id, id, 'assessment_completion', received_on, received_on + 91, case when i % 20 = 0 then null else received_on + 60 end from bench_snote`);
    await step('applications', sql`with a as (
        insert into social_application (person_id, unit_id, kind, received_on, status)
        select id, unit_id, 'family_work', ${TODAY}::date - n % 30, case when n % 7 = 0 then 'pending' else 'decided' end from bench_sperson returning id, person_id, received_on, status)
      insert into social_deadline (person_id, application_id, kind, pending_since, due_on, met_on)
      select person_id, id, 'processing', received_on, received_on + 91, case when status = 'decided' then received_on + 20 end from a`);
    await step('plans', sql`insert into social_client_plan (person_id, version, valid_from, goals, measures) select id, v, make_date(2024, v * 3, 1), 'Arjen turvaaminen.', 'Perhetyö.' from bench_sperson, generate_series(1, 2) v`);
    await step('narrative', sql`insert into social_narrative_entry (person_id, unit_id, recorded_at, text)
      select p.id, p.unit_id, timestamptz '2025-10-15 08:00+03' - (r || ' days')::interval - ((p.n % 600) || ' minutes')::interval, 'Tapaaminen: tilanne kartoitettu ja seuraava käynti sovittu.'
      from bench_sperson p, generate_series(1, ${ENTRIES_PER_CLIENT}::int) r`);
  });
  const t = performance.now();
  await vacuumAnalyze(db);
  log(`  vacuum analyze (${((performance.now() - t) / 1000).toFixed(1)} s); seeded in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  const unit = await db.selectFrom('organisation_unit').select('id').where('name', '=', `${tag} sosiaalityö 1`).executeTakeFirstOrThrow();
  const client = await db.selectFrom('social_client').select('person_id').where('unit_id', '=', unit.id).limit(1).executeTakeFirstOrThrow();
  return { unitId: unit.id, clientId: client.person_id, clients, units };
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

export const socialBenchmarks: BenchmarkDefinition[] = [
  {
    id: 'social-worklist',
    names: { fi: 'Yksikön ilmoitus- ja hakemustyölista', sv: 'Enhetens arbetslista för anmälningar och ansökningar', en: "A unit's worklist of notifications and applications" },
    async run(db, { scale, log }) {
      const c = await county(db, scale, log);
      const w = await getWorklist(db, c.unitId, TODAY);
      const worklist = await median(5, () => getWorklist(db, c.unitId, TODAY));
      const raw = await median(5, () =>
        sql`select d.notification_id from social_deadline d join social_notification n on n.id = d.notification_id where n.unit_id = ${c.unitId} and d.met_on is null`.execute(db),
      );
      return [
        { metric: `unit worklist: ${w.notifications.length} notifications, ${w.applications.length} applications (${c.clients * 3} notifications in ${c.units} units)`, value: round(worklist), unit: 's', target: '≤ 0.5 s', ok: worklist <= 0.5 },
        { metric: 'unit worklist / raw SQL open deadlines of the unit', value: round(worklist / Math.max(raw, 1e-6), 2), unit: 'ratio' },
      ];
    },
  },
  {
    id: 'social-client-card',
    names: { fi: 'Asiakkaan kortti ja asiakaskertomus', sv: 'Klientkortet och klientberättelsen', en: "A client's card and narrative" },
    async run(db, { scale, log }) {
      const c = await county(db, scale, log);
      const card = await median(9, async () => {
        await getClientOverview(db, c.clientId, { notifier: true });
        await getDecisions(db, c.clientId);
        await getSituation(db, c.clientId);
        await getNarrative(db, c.clientId, 200);
      });
      return [{ metric: `client card with ${ENTRIES_PER_CLIENT} narrative entries (${c.clients * ENTRIES_PER_CLIENT} entries in all)`, value: round(card), unit: 's', target: '≤ 0.2 s', ok: card <= 0.2 }];
    },
  },
];
