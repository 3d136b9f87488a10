import { vacuumAnalyze } from '../../core/db/maintenance.ts';
import type { Command } from 'commander';
import { systemClock } from '../../core/clock.ts';
import { seedPersons } from '../../core/persons/person-seed.ts';
import { CliError, openCliDatabase } from '../context.ts';
import { progressBar } from '../progress.ts';

export function register(program: Command) {
  program
    .command('seed')
    .description('Add a deterministic synthetic population (Finnish and Swedish names, valid unique HETUs, families)')
    .option('--persons <n>', 'number of persons', '10000')
    .option('--seed <s>', 'seed: the same seed gives the same people', 'varanto')
    .option('--reference-date <date>', 'the "today" of the population (YYYY-MM-DD)')
    .option('--data-dir <dir>', 'embedded database folder')
    .action(async (o) => {
      const n = Number(o.persons);
      if (!Number.isInteger(n) || n < 1) throw new CliError('--persons must be a positive whole number');
      const database = await openCliDatabase({ dataDir: o.dataDir });
      const bar = progressBar('Seeding persons', n);
      const started = performance.now();
      const result = await seedPersons(database.db, {
        persons: n,
        seed: o.seed,
        referenceDate: o.referenceDate ?? systemClock.today(),
        onProgress: (done) => bar.update(done),
      });
      bar.stop();
      const secs = (performance.now() - started) / 1000;
      // Statistics and visibility map for the new rows (PGlite has no autovacuum).
      await vacuumAnalyze(database.db);
      console.log(`Added ${result.persons} persons and ${result.relationships} relationships in ${secs.toFixed(1)} s (${Math.round(result.persons / secs)} persons/s).`);
      await database.close();
    });
}
