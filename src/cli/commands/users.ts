import type { Command } from 'commander';
import { randomBytes } from 'node:crypto';
import { createUser, roleScopes } from '../../core/admin/admin.routes.ts';
import { ApiError } from '../../core/http/errors.ts';
import { appendAudit } from '../../core/audit/audit.ts';
import { allRegisters } from '../../registers/index.ts';
import { CliError, openCliDatabase } from '../context.ts';

export function register(program: Command) {
  const users = program.command('users').description('Staff users');
  users
    .command('add')
    .description('Add a staff user. Roles: --role admin, --role registry_officer, --role ecec.unit_supervisor@<unit name or id>')
    .requiredOption('--username <name>', 'login name')
    .requiredOption('--name <display name>', 'name shown in the application and in logs')
    .option('--role <role[@unit]>', 'a role grant; repeat for several', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--password <password>', 'initial password (default: VARANTO_PASSWORD or a generated one, printed once)')
    .option('--language <fi|sv|en>', 'user interface language', 'fi')
    .option('--data-dir <dir>', 'embedded database folder')
    .action(async (o) => {
      const database = await openCliDatabase({ dataDir: o.dataDir });
      try {
        const units = await database.db.selectFrom('organisation_unit').select(['id', 'name']).execute();
        const grants = (o.role as string[]).map((spec) => {
          const [role, unit] = spec.split('@') as [string, string | undefined];
          if (!unit) return { role, unitId: null };
          const u = units.find((x) => x.id === unit || x.name.toLowerCase() === unit.toLowerCase());
          if (!u) throw new CliError(`unknown unit "${unit}" in --role ${spec}`);
          return { role, unitId: u.id };
        });
        const generated = !o.password && !process.env.VARANTO_PASSWORD;
        const password = o.password ?? process.env.VARANTO_PASSWORD ?? randomBytes(12).toString('base64url');
        const id = await database.db.transaction().execute(async (tx) => {
          const id = await createUser(tx, { username: o.username, displayName: o.name, password, language: o.language, grants }, roleScopes(allRegisters));
          await appendAudit(tx, [{ event: 'UserCreate', actorUserId: null, actorKind: 'cli', objectIds: [id] }]);
          return id;
        });
        console.log(`Added user ${o.username} (${id}).`);
        if (generated) console.log(`Initial password: ${password}`);
      } catch (e) {
        if (e instanceof ApiError) throw new CliError(e.messages.en);
        throw e;
      } finally {
        await database.close();
      }
    });
}
