import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';

export interface Migration {
  /** Unique name, `<owner>/<file>`, e.g. `core/0001_core.sql` or `ecec/0001_ecec_fee_parameters.sql`. */
  name: string;
  sql: string;
}

/** Reads `NNNN_name.sql` files of a folder in order. */
export function readMigrationDir(owner: string, dir: URL): Migration[] {
  const path = fileURLToPath(dir);
  let files: string[];
  try {
    files = readdirSync(path).filter((f) => /^\d{4}_.+\.sql$/.test(f));
  } catch {
    return [];
  }
  return files.sort().map((f) => ({ name: `${owner}/${f}`, sql: readFileSync(`${path}/${f}`, 'utf8') }));
}

export const coreMigrations = (): Migration[] =>
  readMigrationDir('core', new URL('../migrations/', import.meta.url));

const checksum = (s: string) => createHash('sha256').update(s).digest('hex');

export interface MigrateResult {
  applied: string[];
}

/**
 * Applies pending migrations in order, each in its own transaction. An applied migration
 * whose text has since changed stops the run: migrations are history and are never edited.
 */
export async function migrate(
  db: Kysely<any>,
  migrations: Migration[],
  onApply: (name: string) => void = () => {},
): Promise<MigrateResult> {
  await sql`create table if not exists schema_migration (
    name text primary key, checksum text not null, applied_at timestamptz not null default now())`.execute(db);
  const names = new Set<string>();
  for (const m of migrations) {
    if (names.has(m.name)) throw new Error(`Duplicate migration name ${m.name}`);
    names.add(m.name);
  }
  return db.connection().execute(async (conn) => {
    // Two servers starting at once must not both migrate.
    await sql`select pg_advisory_lock(7240270)`.execute(conn);
    try {
      const rows = await sql<{ name: string; checksum: string }>`select name, checksum from schema_migration`.execute(conn);
      const done = new Map(rows.rows.map((r) => [r.name, r.checksum]));
      const applied: string[] = [];
      for (const m of migrations) {
        const sum = checksum(m.sql);
        const old = done.get(m.name);
        if (old !== undefined) {
          if (old !== sum) throw new Error(`Migration ${m.name} was changed after it was applied; add a new migration instead`);
          continue;
        }
        await conn.transaction().execute(async (tx) => {
          await sql.raw(m.sql).execute(tx);
          await sql`insert into schema_migration (name, checksum) values (${m.name}, ${sum})`.execute(tx);
        });
        onApply(m.name);
        applied.push(m.name);
      }
      return { applied };
    } finally {
      await sql`select pg_advisory_unlock(7240270)`.execute(conn);
    }
  });
}
