import { vacuumAnalyze } from '../core/db/maintenance.ts';
import { sql } from 'kysely';
import type { Db } from '../core/db/database.ts';
import type { Clock } from '../core/clock.ts';
import type { RegisterModule } from '../core/module.ts';
import type { PersonId, UnitId } from '../core/ids.ts';
import { seedPersons } from '../core/persons/person-seed.ts';
import { createUser, roleScopes } from '../core/admin/admin.routes.ts';
import { appendAudit } from '../core/audit/audit.ts';

/** Demo staff password, printed at start-up; only ever set in demo mode. */
export const DEMO_PASSWORD = 'varanto-demo-2026';
export const DEMO_SEED = 'varantola';

export interface DemoUser {
  username: string;
  displayName: string;
  roles: string[];
}

/**
 * Seeds the demo municipality "Varantola" once: a synthetic population, each register's demo
 * data, and staff users: an administrator, a registry officer, and one user per register
 * holding its roles (unit roles in the register's first unit).
 */
export async function seedDemo(db: Db, registers: RegisterModule[], clock: Clock, opts: { persons?: number; log?: (s: string) => void } = {}): Promise<DemoUser[] | null> {
  const log = opts.log ?? (() => {});
  const done = await db.selectFrom('organisation_setting').select('value').where('key', '=', 'demo_seeded').executeTakeFirst();
  if (done) return null;
  log('Seeding the demo municipality Varantola…');
  await db
    .insertInto('organisation_setting')
    .values([
      { key: 'organisation_name', value: JSON.stringify({ fi: 'Varantolan kunta', sv: 'Varantola kommun', en: 'Municipality of Varantola' }) },
      { key: 'municipality_code', value: JSON.stringify('999') },
    ])
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const seeded = await seedPersons(db, { persons: opts.persons ?? 3000, seed: DEMO_SEED, referenceDate: clock.today(), municipalityCode: '999', actor: 'system' });
  const personIds = seeded.personIds as PersonId[];
  for (const r of registers) {
    if (!r.seedDemo) continue;
    log(`  ${r.names.en}…`);
    await db.transaction().execute(async (tx) => {
      const unitIds = (await tx.selectFrom('organisation_unit').select('id').execute()).map((u) => u.id as UnitId);
      await r.seedDemo!(tx, { clock, personIds, unitIds });
    });
  }
  const scopes = roleScopes(registers);
  const users: { username: string; displayName: string; grants: { role: string; unitId?: string | null }[] }[] = [
    { username: 'admin', displayName: 'Pääkäyttäjä Demo', grants: [{ role: 'admin' }] },
    { username: 'kirjaamo', displayName: 'Kirjaamo Demo', grants: [{ role: 'registry_officer' }, { role: 'non_disclosure_reader' }] },
  ];
  for (const r of registers) {
    const unit = await db.selectFrom('organisation_unit').select('id').where('register_id', '=', r.id).orderBy('name').limit(1).executeTakeFirst();
    const grants = r.roles.flatMap((role) => (role.scope === 'global' ? [{ role: role.id }] : unit ? [{ role: role.id, unitId: unit.id }] : []));
    users.push({ username: r.id, displayName: `${r.names.fi} Demo`, grants });
  }
  await db.transaction().execute(async (tx) => {
    for (const u of users) await createUser(tx, { ...u, password: DEMO_PASSWORD }, scopes);
    await tx.insertInto('organisation_setting').values({ key: 'demo_seeded', value: JSON.stringify(clock.now().toISOString()) }).execute();
    await appendAudit(tx, [{ event: 'DemoSeed', actorUserId: null, actorKind: 'system', purpose: 'demo' }]);
  });
  await vacuumAnalyze(db);
  return users.map((u) => ({ username: u.username, displayName: u.displayName, roles: u.grants.map((g) => g.role) }));
}

export async function listDemoUsers(db: Db): Promise<DemoUser[]> {
  const users = await db.selectFrom('app_user').select(['id', 'username', 'display_name']).orderBy('created_at').execute();
  const grants = await db.selectFrom('role_grant').select(['user_id', 'role']).execute();
  return users.map((u) => ({ username: u.username, displayName: u.display_name, roles: grants.filter((g) => g.user_id === u.id).map((g) => g.role) }));
}
