// Regenerates src/core/db/schema.generated.ts from the migrations; `--check` fails when stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { generateSchemaTypes, SCHEMA_FILE } from '../src/core/db/codegen.ts';
import { allMigrations } from '../src/app/migrations.ts';
import { allRegisters } from '../src/registers/index.ts';

const text = await generateSchemaTypes(allMigrations(allRegisters));
if (process.argv.includes('--check')) {
  if (readFileSync(SCHEMA_FILE, 'utf8') !== text) {
    console.error('src/core/db/schema.generated.ts is stale: run `npm run db:codegen`.');
    process.exit(1);
  }
  console.log('Schema types are up to date.');
} else {
  writeFileSync(SCHEMA_FILE, text);
  console.log('Wrote src/core/db/schema.generated.ts');
}
