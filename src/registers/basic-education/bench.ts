// Benchmarks at Helsinki scale (~50 000 pupils, 150 schools at scale 1): a class's 30
// certificates as PDF (target ≤ 3 s) and a school's attendance report for a term (≤ 2 s),
// the latter also as a ratio against the bare absence count in raw SQL on the same data.
import { sql } from 'kysely';
import { performance } from 'node:perf_hooks';
import type { Db, Tx } from '../../core/db/database.ts';
import type { BenchmarkDefinition } from '../../core/module.ts';
import { vacuumAnalyze } from '../../core/db/maintenance.ts';
import { attendanceReport } from './attendance/attendance.queries.ts';
import { loadCertificateData, renderCertificates } from './certificates/certificate.ts';

const TERM = { from: '2025-08-11', to: '2025-12-19' };
const PUPILS_PER_CLASS = 30;

/**
 * Seeds schools, classes, pupils, grades, a term of lessons and absences with set-based SQL.
 * Pseudo-random choices hash integers (hashint4 of a pupil's and a day's number), not text:
 * at full scale the absences are drawn from 5 million pupil-days.
 */
export async function seedBenchmarkCity(db: Db, scale: number, log: (s: string) => void) {
  const schools = Math.max(1, Math.round(150 * scale));
  const pupilsPerSchool = Math.max(PUPILS_PER_CLASS, Math.round((50_000 * scale) / schools));
  const classesPerSchool = Math.ceil(pupilsPerSchool / PUPILS_PER_CLASS);
  const tag = `bench-${Date.now().toString(36)}`;
  log(`  seeding ${schools} schools × ${classesPerSchool} classes × ${PUPILS_PER_CLASS} pupils…`);
  const t0 = performance.now();
  await db.transaction().execute(async (tx) => {
    const step = async (name: string, q: { execute(tx: Tx): Promise<unknown> }) => {
      const t = performance.now();
      await q.execute(tx);
      log(`  ${name} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
    };
    await step('schools', sql`create temporary table bench_school on commit drop as
      with u as (insert into organisation_unit (name, kind, register_id)
        select ${tag} || ' koulu ' || i, 'school', 'basic-education' from generate_series(1, ${schools}::int) i returning id)
      select id from u`);
    await sql`insert into be_school (unit_id) select id from bench_school`.execute(tx);
    await step('classes', sql`insert into be_group (school_id, school_year, name, kind, grade)
      select s.id, 2025, (1 + (c - 1) % 9) || chr(65 + ((c - 1) / 9)::int), 'class', 1 + (c - 1) % 9
      from bench_school s, generate_series(1, ${classesPerSchool}::int) c`);
    // Pupils are numbered (n) so that their pseudo-random choices can hash integers.
    await step('pupils', sql`create temporary table bench_pupil on commit drop as
      with g as (select g.id as group_id, g.school_id, g.grade, row_number() over (order by g.id) as gi from be_group g join bench_school s on s.id = g.school_id),
      p as (insert into person (first_names, last_name, birth_date, native_language, external_key)
        select 'Oppilas', 'Bench' || ((gi * ${PUPILS_PER_CLASS} + n) % 997), make_date(2018 - g.grade, 1 + n % 12, 1 + n % 28), 'fi', ${tag} || ':' || g.group_id || ':' || n
        from g, generate_series(1, ${PUPILS_PER_CLASS}::int) n returning id, external_key)
      select p.id, g.group_id, g.school_id, g.grade, (row_number() over (order by p.id))::int as n
      from p join g on g.group_id::text = split_part(p.external_key, ':', 2)`);
    // From here every row references rows these statements have just created, so a superuser
    // (the embedded PGlite, a local PostgreSQL) skips the foreign-key triggers, which would
    // double the seeding time. The register's tables have no other triggers (persons' name
    // index triggers ran above), and the measurements run with every trigger in force.
    const { rows } = await sql<{ su: boolean }>`select rolsuper as su from pg_roles where rolname = current_user`.execute(tx);
    if (rows[0]?.su) await sql`set local session_replication_role = replica`.execute(tx);
    await step('enrolments and class memberships', sql`with e as (
        insert into be_enrolment (pupil_id, school_id, class_id, grade, start_date) select id, school_id, group_id, grade, '2025-08-11' from bench_pupil returning 1)
      insert into be_group_member (group_id, pupil_id, valid_from) select group_id, id, '2025-08-11' from bench_pupil`);
    await step('grades', sql`insert into be_assessment (pupil_id, school_id, school_year, grade_level, kind, subject_code, language_code, numeric_grade, assessed_on)
      select p.id, p.school_id, 2025, p.grade, 'annual', s.code, case when s.code = 'A1' then 'EN' end, 5 + abs(hashint4(p.n * 32 + s.i::int)) % 6, '2026-05-30'
      from bench_pupil p, unnest(array['AI','A1','B1','MA','YL','BI','GE','FY','KE','TE','KT','HI','YH','MU','KU','KS','LI','KO','OP','KAY']) with ordinality s(code, i)`);
    await step('school days', sql`create temporary table bench_day on commit drop as
      select d::date as day, (row_number() over (order by d))::int as i
      from generate_series(${TERM.from}::date, ${TERM.to}::date, interval '1 day') d where extract(isodow from d) < 6`);
    await step('lessons', sql`insert into be_lesson (group_id, lesson_date, period)
      select g.id, d.day, period from be_group g join bench_school s on s.id = g.school_id, bench_day d, generate_series(1, 5) period`);
    await sql`analyze be_lesson`.execute(tx);
    // A pupil is absent on about 5 % of school days, every lesson of the day; a fifth of the
    // absent days are unauthorised.
    await step('absences', sql`insert into be_absence (lesson_id, pupil_id, kind)
      select l.id, p.id, case when abs(hashint4(p.n * 1000 + d.i + 500)) % 5 = 0 then 'unauthorised' else 'authorised' end
      from bench_pupil p cross join bench_day d
      join be_lesson l on l.group_id = p.group_id and l.lesson_date = d.day
      where abs(hashint4(p.n * 1000 + d.i)) % 20 = 0`);
  });
  // Statistics and the visibility map, as autovacuum (PostgreSQL) or the embedded database's
  // maintenance timer would leave them: index-only scans depend on the latter.
  const t = performance.now();
  await vacuumAnalyze(db);
  log(`  vacuum analyze (${((performance.now() - t) / 1000).toFixed(1)} s); seeded in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  const school = await db.selectFrom('organisation_unit').select('id').where('name', '=', `${tag} koulu 1`).executeTakeFirstOrThrow();
  const group = await db.selectFrom('be_group').select('id').where('school_id', '=', school.id).orderBy('name').limit(1).executeTakeFirstOrThrow();
  return { schoolId: school.id, groupId: group.id, schools, pupils: schools * classesPerSchool * PUPILS_PER_CLASS };
}

let seeded: Promise<Awaited<ReturnType<typeof seedBenchmarkCity>>> | null = null;
let seededDb: Db | null = null;
const city = (db: Db, scale: number, log: (s: string) => void) => {
  if (!seeded || seededDb !== db) {
    seededDb = db;
    seeded = seedBenchmarkCity(db, scale, log);
  }
  return seeded;
};

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

export const benchmarks: BenchmarkDefinition[] = [
  {
    id: 'class-certificates',
    names: { fi: 'Luokan todistukset (30 oppilasta, PDF)', sv: 'En klass betyg (30 elever, PDF)', en: 'A class’s certificates (30 pupils, PDF)' },
    async run(db, { scale, clock, log }) {
      const c = await city(db, scale, log);
      const t0 = performance.now();
      const members = await db.selectFrom('be_group_member').select('pupil_id').where('group_id', '=', c.groupId).execute();
      const pupils = await loadCertificateData(db, members.map((m) => m.pupil_id), 2025, 'annual');
      const t1 = performance.now();
      const pdf = await renderCertificates(pupils, 'annual', 2025, 'fi', clock.today(), clock.now());
      const t2 = performance.now();
      const total = (t2 - t0) / 1000;
      return [
        { metric: `class certificates, ${pupils.length} pupils of ${c.pupils} (PDF ${Math.round(pdf.length / 1024)} kB)`, value: round(total), unit: 's', target: '≤ 3 s', ok: total <= 3 },
        { metric: 'class certificates: data queries', value: round((t1 - t0) / 1000), unit: 's' },
        { metric: 'class certificates: PDF rendering', value: round((t2 - t1) / 1000), unit: 's' },
      ];
    },
  },
  {
    id: 'attendance-report',
    names: { fi: 'Koulun poissaoloraportti lukukaudelta', sv: 'Skolans frånvarorapport för en termin', en: 'A school’s attendance report for a term' },
    async run(db, { scale, log }) {
      const c = await city(db, scale, log);
      await attendanceReport(db, c.schoolId, TERM.from, TERM.to);
      const t0 = performance.now();
      const rows = await attendanceReport(db, c.schoolId, TERM.from, TERM.to);
      const report = (performance.now() - t0) / 1000;
      // Baseline: only the absence counts of the school's pupils, no lessons, names or classes.
      const t1 = performance.now();
      await sql`select a.pupil_id, a.kind, count(*) from be_absence a join be_lesson l on l.id = a.lesson_id join be_group g on g.id = l.group_id
        where g.school_id = ${c.schoolId} and l.lesson_date between ${TERM.from} and ${TERM.to} group by 1, 2`.execute(db);
      const raw = (performance.now() - t1) / 1000;
      return [
        { metric: `attendance report, ${rows.length} pupils, term (${c.schools} schools, ${c.pupils} pupils)`, value: round(report), unit: 's', target: '≤ 2 s', ok: report <= 2 },
        { metric: 'attendance report / raw SQL absence count', value: round(report / Math.max(raw, 1e-6), 2), unit: 'ratio' },
      ];
    },
  },
];
