// Test databases: every database test runs on the embedded PGlite and, when
// TEST_DATABASE_URL is set (CI), again on a real PostgreSQL (Kysely's `for (const dialect of DIALECTS)`).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { openDatabase, type Database } from '../src/core/db/database.ts';
import { migrate } from '../src/core/db/migrate.ts';
import { allMigrations } from '../src/app/migrations.ts';
import type { RegisterModule } from '../src/core/module.ts';
import { allRegisters } from '../src/registers/index.ts';

export type DbKind = 'pglite' | 'postgres';

export function testDatabaseKinds(): DbKind[] {
  const kinds: DbKind[] = ['pglite'];
  if (process.env.TEST_DATABASE_URL) kinds.push('postgres');
  else if (process.env.CI) throw new Error('CI must set TEST_DATABASE_URL so that database tests also run on PostgreSQL');
  return kinds;
}

/** A fresh, migrated database of the given kind; on PostgreSQL a new database per call. */
export async function createTestDatabase(kind: DbKind, registers: RegisterModule[] = allRegisters): Promise<Database> {
  if (kind === 'pglite') {
    const d = await openDatabase();
    await migrate(d.db, allMigrations(registers));
    return d;
  }
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `varanto_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const d = await openDatabase({ url: url.href, poolSize: 5 });
  await migrate(d.db, allMigrations(registers));
  return {
    ...d,
    close: async () => {
      await d.close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

/**
 * Runs a describe block once per database kind with a migrated database of its own.
 *
 * @example
 * describeDb('person search', (ctx) => { it('finds by name', async () => { … ctx.db … }) })
 */
export function describeDb(name: string, fn: (ctx: { readonly database: Database; readonly db: Database['db']; kind: DbKind }) => void, registers?: RegisterModule[]) {
  for (const kind of testDatabaseKinds()) {
    describe(`${name} [${kind}]`, () => {
      let database: Database | undefined;
      const ctx = {
        kind,
        get database() {
          if (!database) throw new Error('database not ready');
          return database;
        },
        get db() {
          return ctx.database.db;
        },
      };
      beforeAll(async () => {
        database = await createTestDatabase(kind, registers);
      });
      afterAll(async () => {
        await database?.close();
      });
      fn(ctx);
    });
  }
}
