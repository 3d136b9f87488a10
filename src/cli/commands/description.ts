import type { Command } from 'commander';
import { buildDescription, renderDescriptionHtml } from '../../core/description/description.ts';
import { loadOrganisationSettings } from '../../core/description/settings.ts';
import { isLang } from '../../core/i18n.ts';
import { allRegisters } from '../../registers/index.ts';
import { CliError, openCliDatabase } from '../context.ts';

/** `varanto description`: the public Tiedonhallintalaki 28 § description, as served at /kuvaus. */
export function register(program: Command): void {
  program
    .command('description')
    .description('Print the public description of registers and datasets (Tiedonhallintalaki 28 §)')
    .option('--format <format>', 'json or html', 'html')
    .option('--lang <lang>', 'fi, sv or en', 'fi')
    .option('--data-dir <dir>', 'embedded database folder')
    .action(async (o: { format: string; lang: string; dataDir?: string }) => {
      if (o.format !== 'json' && o.format !== 'html') throw new CliError(`--format must be json or html, not "${o.format}"`);
      if (!isLang(o.lang)) throw new CliError(`--lang must be fi, sv or en, not "${o.lang}"`);
      const lang = o.lang;
      const database = await openCliDatabase({ ...(o.dataDir ? { dataDir: o.dataDir } : {}) });
      try {
        const description = buildDescription(allRegisters, await loadOrganisationSettings(database.db), lang);
        process.stdout.write(o.format === 'json' ? JSON.stringify(description, null, 2) + '\n' : renderDescriptionHtml(description));
      } finally {
        await database.close();
      }
    });
}
