import { resolve } from 'node:path';
import { openDatabase, type Database } from '../core/db/database.ts';
import { migrate } from '../core/db/migrate.ts';
import { allMigrations } from '../app/migrations.ts';
import { allRegisters } from '../registers/index.ts';

/** An error for the user of the command line: printed without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export const DEFAULT_DATA_DIR = '.varanto/db';

export interface DbOptions {
  dataDir?: string;
}

/** The database the command works on: DATABASE_URL, else the embedded one under ./.varanto/. */
export async function openCliDatabase(opts: DbOptions = {}, log: (s: string) => void = (s) => console.error(s)): Promise<Database> {
  const url = process.env.DATABASE_URL;
  const database = await openDatabase(url ? { url } : { dataDir: resolve(opts.dataDir ?? process.env.VARANTO_DATA_DIR ?? DEFAULT_DATA_DIR) });
  await migrate(database.db, allMigrations(allRegisters), (name) => log(`migrated ${name}`));
  return database;
}
