import { vacuumAnalyze } from '../../core/db/maintenance.ts';
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { importPersons, ImportError, parsePersonFile } from '../../core/persons/person-import.ts';
import { personsChangedNotifier } from '../../core/persons/person-changes.ts';
import { systemClock } from '../../core/clock.ts';
import { allRegisters } from '../../registers/index.ts';
import { CliError, openCliDatabase } from '../context.ts';
import { progressBar } from '../progress.ts';

export function register(program: Command) {
  const imp = program.command('import').description('Import data from files');
  imp
    .command('persons')
    .description('Import persons from CSV (header row) or JSON lines; all or nothing; re-running the same file changes nothing')
    .argument('<file>', 'a .csv or .jsonl file')
    .option('--format <format>', 'csv or jsonl (default: from the file name)')
    .option('--data-dir <dir>', 'embedded database folder')
    .action(async (file: string, o) => {
      const format = o.format ?? (/\.jsonl?$/i.test(file) ? 'jsonl' : 'csv');
      if (format !== 'csv' && format !== 'jsonl') throw new CliError('--format must be csv or jsonl');
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        throw new CliError(`cannot read ${file}`);
      }
      const database = await openCliDatabase({ dataDir: o.dataDir });
      try {
        const rows = parsePersonFile(text, format);
        const bar = progressBar('Importing persons', rows.length);
        // The registers update what they derive from families and addresses (ECEC fee decisions).
        const notify = personsChangedNotifier(allRegisters, { clock: systemClock });
        const r = await importPersons(database.db, rows, (n) => bar.update(n), { notify, today: systemClock.today() });
        bar.stop();
        await vacuumAnalyze(database.db);
        console.log(`Imported ${file}: ${r.inserted} added, ${r.updated} updated, ${r.unchanged} unchanged.`);
      } catch (e) {
        if (e instanceof ImportError) throw new CliError(`${file}: ${e.message}. Nothing was imported.`, 1);
        throw e;
      } finally {
        await database.close();
      }
    });
}
