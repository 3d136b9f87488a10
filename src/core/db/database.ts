import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import pg from 'pg';
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import { mkdirSync } from 'node:fs';
import { PGliteDialect } from './pglite-driver.ts';
import type { DB } from './schema.generated.ts';

export type { DB };
/** Any query runner: the root database or a transaction. */
export type Db = Kysely<DB>;
/** A transaction; functions that write take one so that writes and their audit events commit together. */
export type Tx = Transaction<DB>;
/** A function of a read: works on the root handle or inside a transaction. */
export type ReadTx = Kysely<DB>;

export interface Database {
  db: Kysely<DB>;
  kind: 'pglite' | 'postgres';
  /** Where the data lives, for messages: a directory, 'memory', or the server host (no password). */
  location: string;
  close(): Promise<void>;
}

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

// Both back ends return the same JS types: dates as 'YYYY-MM-DD' strings (no time-zone
// shifts), counts as numbers, numerics as numbers.
const parsers = {
  [DATE_OID]: (v: string) => v,
  [INT8_OID]: (v: string) => Number(v),
  [NUMERIC_OID]: (v: string) => Number(v),
};
pg.types.setTypeParser(DATE_OID, parsers[DATE_OID]);
pg.types.setTypeParser(INT8_OID, parsers[INT8_OID]);
pg.types.setTypeParser(NUMERIC_OID, parsers[NUMERIC_OID]);

export interface OpenOptions {
  /** postgres://… to use a real PostgreSQL; otherwise PGlite. */
  url?: string | undefined;
  /** PGlite data directory; undefined = in memory. */
  dataDir?: string | undefined;
  poolSize?: number;
}

/**
 * Opens the database: a real PostgreSQL when `url` is given, else the embedded PGlite.
 *
 * @example
 * const { db, close } = await openDatabase({ dataDir: '.varanto/db' });
 */
export async function openDatabase(opts: OpenOptions = {}): Promise<Database> {
  if (opts.url) {
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10 });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    const u = new URL(opts.url);
    return {
      db,
      kind: 'postgres',
      location: `${u.hostname}${u.port ? ':' + u.port : ''}${u.pathname}`,
      close: () => db.destroy(),
    };
  }
  if (opts.dataDir) mkdirSync(opts.dataDir, { recursive: true });
  const pglite = await PGlite.create(opts.dataDir ?? undefined, {
    extensions: { pg_trgm, btree_gist },
    parsers,
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    location: opts.dataDir ?? 'memory',
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
  };
}
