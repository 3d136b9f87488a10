import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeDb } from '../../../test/db.ts';
import { seedPersons } from '../persons/person-seed.ts';
import { scheduleEmbeddedMaintenance, vacuumAnalyze } from './maintenance.ts';

const allVisible = async (db: Parameters<typeof vacuumAnalyze>[0]) =>
  (await sql<{ v: number }>`select relallvisible::int as v from pg_class where relname = 'person_name_word'`.execute(db)).rows[0]!.v;

describeDb('database maintenance', (ctx) => {
  it('vacuum marks freshly loaded pages all-visible, so the name look-up can read the index alone', async () => {
    await seedPersons(ctx.db, { persons: 2000, seed: 'vacuum', referenceDate: '2025-10-15' });
    expect(await allVisible(ctx.db)).toBe(0);
    await vacuumAnalyze(ctx.db);
    expect(await allVisible(ctx.db)).toBeGreaterThan(0);
  });

  // PostgreSQL vacuums itself (autovacuum); the timer is for the embedded database only.
  it.skipIf(ctx.kind !== 'pglite')('while serving, vacuums the embedded database on a timer', async () => {
    await sql`insert into name_word (word) values ('huoltoajo')`.execute(ctx.db);
    const stop = scheduleEmbeddedMaintenance(ctx.database, { intervalMs: 20 });
    const analysed = async () =>
      (await sql<{ n: number }>`select count(*)::int as n from pg_stats where tablename = 'name_word'`.execute(ctx.db)).rows[0]!.n;
    // name_word gets statistics only from an ANALYZE.
    for (let i = 0; i < 100 && (await analysed()) === 0; i++) await new Promise((r) => setTimeout(r, 20));
    stop();
    expect(await analysed()).toBeGreaterThan(0);
  });
});
