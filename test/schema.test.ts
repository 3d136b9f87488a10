import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeDb } from './db.ts';
import { allMigrations } from '../src/app/migrations.ts';
import { allRegisters } from '../src/registers/index.ts';
import { generateSchemaTypes, SCHEMA_FILE } from '../src/core/db/codegen.ts';

it('has database types generated from the current migrations (run npm run db:codegen)', async () => {
  const fresh = await generateSchemaTypes(allMigrations(allRegisters));
  expect(readFileSync(SCHEMA_FILE, 'utf8') === fresh, 'src/core/db/schema.generated.ts is stale: run `npm run db:codegen`').toBe(true);
});

describeDb('schema conventions', (ctx) => {
  it('uses no timestamp without time zone', async () => {
    const rows = await sql<{ t: string }>`select table_name || '.' || column_name as t from information_schema.columns
      where table_schema = 'public' and data_type = 'timestamp without time zone'`.execute(ctx.db);
    expect(rows.rows.map((r) => r.t)).toEqual([]);
  });
  it('indexes every foreign key', async () => {
    const rows = await sql<{ fk: string }>`
      select c.conrelid::regclass || '.' || a.attname as fk
      from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      where c.contype = 'f' and not exists (
        select 1 from pg_index i where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])`.execute(ctx.db);
    expect(rows.rows.map((r) => r.fk)).toEqual([]);
  });
});
