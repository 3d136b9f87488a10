import { Command } from 'commander';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CliError } from './context.ts';

const program = new Command('varanto')
  .description('Varanto: the client registers of a Finnish municipality in one system')
  .showHelpAfterError()
  .configureHelp({ sortSubcommands: true });

// Every file in commands/ adds its commands; registers' own commands live there too.
const dir = new URL('./commands/', import.meta.url);
for (const file of readdirSync(fileURLToPath(dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort()) {
  const mod = await import(new URL(file, dir).href);
  if (typeof mod.register === 'function') mod.register(program);
}

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CliError) {
    console.error(`varanto: ${err.message}`);
    process.exit(err.exitCode);
  }
  throw err;
}
