import type { Command } from 'commander';
import { estimateFee } from '../../registers/ecec/fees/fee-estimate.ts';
import { FeeCalculationError } from '../../registers/ecec/fees/fee-error.ts';
import { CliError, openCliDatabase } from '../context.ts';

/** `varanto ecec fee …`: the same estimate as GET /api/v1/public/ecec/fee-estimate, from the database's parameter rows. */
export function register(program: Command): void {
  const ecec = program.commands.find((c) => c.name() === 'ecec') ?? program.command('ecec').description('Early childhood education and care (varhaiskasvatus)');
  ecec
    .command('fee')
    .description('Estimate the monthly ECEC fee (laki 1503/2016); prints {fee, maxFee, minFee, incomeLimit, percentage, effectiveFrom} as JSON')
    .requiredOption('--date <YYYY-MM-DD>', 'the date the fee is for')
    .requiredOption('--family-size <n>', 'persons in the family (at least 2)')
    .requiredOption('--gross-income <eur>', "the family's gross income, € per month")
    .requiredOption('--hours-per-month <h>', 'hours of care per month')
    .option('--child-order <k>', '1 = the youngest child in ECEC, 2 = the next, …', '1')
    .option('--data-dir <dir>', 'PGlite data directory (default .varanto/db; DATABASE_URL wins)')
    .action(async (o: { date: string; familySize: string; grossIncome: string; hoursPerMonth: string; childOrder: string; dataDir?: string }) => {
      const num = (v: string, name: string) => {
        const n = Number(v);
        if (v.trim() === '' || !Number.isFinite(n)) throw new CliError(`--${name} must be a number`);
        return n;
      };
      if (!/^\d{4}-\d{2}-\d{2}$/.test(o.date)) throw new CliError('--date must be YYYY-MM-DD');
      const input = {
        date: o.date,
        familySize: num(o.familySize, 'family-size'),
        grossIncome: num(o.grossIncome, 'gross-income'),
        hoursPerMonth: num(o.hoursPerMonth, 'hours-per-month'),
        childOrder: num(o.childOrder, 'child-order'),
      };
      const database = await openCliDatabase(o.dataDir ? { dataDir: o.dataDir } : {}, () => {});
      try {
        console.log(JSON.stringify(await estimateFee(database.db, input)));
      } catch (e) {
        if (e instanceof FeeCalculationError) throw new CliError(`${e.code}: ${e.messages.en}`);
        throw e;
      } finally {
        await database.close();
      }
    });
}
