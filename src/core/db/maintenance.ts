import { sql } from 'kysely';
import type { Database, Db } from './database.ts';

/**
 * VACUUM ANALYZE: fresh planner statistics and a current visibility map, so that look-ups such
 * as the name search's (word → persons) can read the index alone instead of the table.
 *
 * PostgreSQL's autovacuum does this on its own; the embedded PGlite runs no autovacuum, so
 * Varanto runs it after bulk loads (seed, import, demo) and on a timer while serving
 * (`scheduleEmbeddedMaintenance`). Cannot run inside a transaction.
 */
export async function vacuumAnalyze(db: Db): Promise<void> {
  await sql`vacuum analyze`.execute(db);
}

/**
 * On PGlite, vacuums every `intervalMs` (default hourly); on PostgreSQL does nothing
 * (autovacuum). Returns a function that stops the timer.
 */
export function scheduleEmbeddedMaintenance(database: Database, opts: { intervalMs?: number; onError?: (e: unknown) => void } = {}): () => void {
  if (database.kind !== 'pglite') return () => {};
  const timer = setInterval(() => {
    vacuumAnalyze(database.db).catch((e: unknown) => opts.onError?.(e));
  }, opts.intervalMs ?? 3_600_000);
  timer.unref();
  return () => clearInterval(timer);
}
