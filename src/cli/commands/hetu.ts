import type { Command } from 'commander';
import { parseHetu } from '../../core/hetu/hetu.ts';

export function register(program: Command) {
  program
    .command('hetu')
    .description('Check a henkilötunnus: prints {valid, reason?, birthDate, sex, temporary} as JSON; exits 1 when invalid')
    .argument('<code>', 'the henkilötunnus, e.g. 010594Y9032')
    .action((code: string) => {
      const r = parseHetu(code);
      if (r.valid) {
        console.log(JSON.stringify({ valid: true, birthDate: r.birthDate, sex: r.sex, temporary: r.temporary }));
      } else {
        console.log(JSON.stringify({ valid: false, reason: r.reason, birthDate: null, sex: null, temporary: null }));
        process.exitCode = 1;
      }
    });
}
