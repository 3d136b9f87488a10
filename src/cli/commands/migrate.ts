import type { Command } from 'commander';
import { openCliDatabase } from '../context.ts';

export function register(program: Command) {
  program
    .command('migrate')
    .description('Apply pending database migrations (DATABASE_URL or the embedded database)')
    .option('--data-dir <dir>', 'embedded database folder')
    .action(async (o) => {
      const db = await openCliDatabase({ dataDir: o.dataDir }, (s) => console.log(s));
      console.log(`Database is up to date (${db.kind}, ${db.location}).`);
      await db.close();
    });
}
