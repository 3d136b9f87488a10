import { scheduleEmbeddedMaintenance } from '../../core/db/maintenance.ts';
import type { Command } from 'commander';
import { fileURLToPath } from 'node:url';
import { systemClock } from '../../core/clock.ts';
import { createApp } from '../../core/http/server.ts';
import { citizenOidcConfigFromEnv, oidcConfigFromEnv } from '../../core/auth/oidc.ts';
import { allRegisters } from '../../registers/index.ts';
import { DEMO_PASSWORD, listDemoUsers, seedDemo } from '../../app/demo.ts';
import { openCliDatabase } from '../context.ts';

export interface ServeOptions {
  port: number;
  host: string;
  dataDir?: string;
  demo?: boolean;
  demoPersons?: number;
  quiet?: boolean;
}

/** Starts the server; returns a function that stops it. Used by the CLI and the browser tests. */
export async function startServer(opts: ServeOptions) {
  const say = opts.quiet ? () => {} : (s: string) => console.log(s);
  const database = await openCliDatabase({ ...(opts.dataDir ? { dataDir: opts.dataDir } : {}) }, say);
  // The embedded database is the demo set-up; a real PostgreSQL gets demo data only on request.
  const demo = opts.demo ?? database.kind === 'pglite';
  if (demo) await seedDemo(database.db, allRegisters, systemClock, { log: say, ...(opts.demoPersons ? { persons: opts.demoPersons } : {}) });
  const app = await createApp({
    database,
    registers: allRegisters,
    clock: systemClock,
    webRoot: fileURLToPath(new URL('../../../web/dist/', import.meta.url)),
    logger: !opts.quiet && process.env.VARANTO_LOG !== 'off',
    oidc: oidcConfigFromEnv(process.env),
    citizenOidc: citizenOidcConfigFromEnv(process.env),
    // The test identification exists only with demo data (synthetic persons), never in production.
    citizenTestLogin: demo && process.env.NODE_ENV !== 'production',
    secureCookies: process.env.VARANTO_SECURE_COOKIES === 'true',
  });
  // PGlite runs no autovacuum: keep statistics and the visibility map fresh while serving.
  const stopMaintenance = scheduleEmbeddedMaintenance(database, { onError: (e) => app.fastify.log.error({ err: { message: e instanceof Error ? e.message : String(e) } }, 'vacuum failed') });
  const address = await app.fastify.listen({ port: opts.port, host: opts.host });
  const url = address.replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
  say(`\nVaranto is running at ${url}  (database: ${database.kind}, ${database.location})`);
  say(`API documentation: ${url}/api/docs`);
  if (demo) {
    say(`\nDemo staff logins (password for all: ${DEMO_PASSWORD}):`);
    for (const u of await listDemoUsers(database.db)) say(`  ${u.username.padEnd(18)} ${u.roles.join(', ')}`);
    say(`Residents: ${url}/kuntalainen (test identification: pick a demo guardian on the login page)`);
  }
  return {
    url,
    port: (app.fastify.server.address() as { port: number }).port,
    stop: async () => {
      stopMaintenance();
      await app.fastify.close();
      await database.close();
    },
  };
}

export function register(program: Command) {
  program
    .command('serve')
    .description('Run migrations and start the server (embedded database with a demo municipality by default)')
    .option('-p, --port <port>', 'port to listen on', process.env.PORT ?? '8080')
    .option('--host <host>', 'address to listen on', process.env.HOST ?? '127.0.0.1')
    .option('--data-dir <dir>', 'embedded database folder (default ./.varanto/db)')
    .option('--demo', 'seed the demo municipality also on a real PostgreSQL (DATABASE_URL)')
    .option('--demo-persons <n>', 'size of the demo population', '3000')
    .action(async (o) => {
      const server = await startServer({
        port: Number(o.port),
        host: o.host,
        dataDir: o.dataDir,
        ...(o.demo ? { demo: true } : {}),
        demoPersons: Number(o.demoPersons),
      });
      const stop = async () => {
        await server.stop();
        process.exit(0);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
}
