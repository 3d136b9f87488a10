// Generates the web application's typed API client from the OpenAPI document of the server,
// so that the browser code breaks at compile time when a route's schema changes (STYLE §2).
//
//   npx tsx scripts/generate-web-client.ts            # build the app in memory, write the client
//   npx tsx scripts/generate-web-client.ts --check    # fail when web/src/generated is stale
//   npx tsx scripts/generate-web-client.ts --url http://localhost:8080/api/v1/openapi.json
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateClient, type OpenApiDocument } from './web-client-generator.ts';

const OUT = fileURLToPath(new URL('../web/src/generated/api-client.ts', import.meta.url));

/** The OpenAPI document of an in-memory app with every register: no server or data dir needed. */
export async function buildOpenApiDocument(): Promise<OpenApiDocument> {
  const { openDatabase } = await import('../src/core/db/database.ts');
  const { migrate } = await import('../src/core/db/migrate.ts');
  const { allMigrations } = await import('../src/app/migrations.ts');
  const { allRegisters } = await import('../src/registers/index.ts');
  const { createApp } = await import('../src/core/http/server.ts');
  const { fixedClock } = await import('../src/core/clock.ts');
  const database = await openDatabase();
  try {
    await migrate(database.db, allMigrations(allRegisters));
    const app = await createApp({ database, registers: allRegisters, clock: fixedClock('2025-01-01T12:00:00+02:00') });
    await app.fastify.ready();
    const doc = app.fastify.swagger() as unknown as OpenApiDocument;
    await app.fastify.close();
    return doc;
  } finally {
    await database.close();
  }
}

async function main() {
  const args = process.argv.slice(2);
  const urlAt = args.indexOf('--url');
  const doc: OpenApiDocument =
    urlAt >= 0 ? ((await (await fetch(args[urlAt + 1]!)).json()) as OpenApiDocument) : await buildOpenApiDocument();
  const source = generateClient(doc);
  if (args.includes('--check')) {
    const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
    if (current !== source) {
      console.error('web/src/generated/api-client.ts is stale: run `npx tsx scripts/generate-web-client.ts`');
      process.exit(1);
    }
    return;
  }
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, source);
  console.log(`Wrote ${OUT}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
