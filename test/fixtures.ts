// Typed test fixtures (eVaka DevApi): each test file creates the data it needs.
import type { Db } from '../src/core/db/database.ts';
import type { PersonId, UnitId } from '../src/core/ids.ts';
import { insertPerson } from '../src/core/persons/person.queries.ts';
import type { NewPerson } from '../src/core/persons/person.ts';
import { formatHetu } from '../src/core/hetu/hetu.ts';
import { hashPassword } from '../src/core/auth/password.ts';

let counter = 0;
/** A valid, unique temporary (900-series) henkilötunnus for the birth date. */
export function testHetu(birthDate: string): string {
  counter = (counter + 1) % 99;
  return formatHetu({ birthDate, individualNumber: 900 + counter });
}

export async function insertTestPerson(db: Db, p: Partial<NewPerson> = {}): Promise<PersonId> {
  const birthDate = p.birthDate ?? '1985-04-12';
  return db.transaction().execute((tx) =>
    insertPerson(tx, {
      firstNames: 'Testi Henkilö',
      lastName: 'Testinen',
      hetu: p.hetu === undefined ? null : p.hetu,
      ...p,
      birthDate: p.hetu ? null : birthDate,
    }),
  );
}

export async function insertTestUnit(db: Db, u: { name?: string; kind?: string; registerId?: string | null } = {}): Promise<UnitId> {
  const row = await db
    .insertInto('organisation_unit')
    .values({ name: u.name ?? 'Testiyksikkö', kind: u.kind ?? 'test', register_id: u.registerId ?? null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id as UnitId;
}

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | null = null;

export async function insertTestUser(db: Db, grants: { role: string; unitId?: string | null }[], username?: string) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const name = username ?? `user${Math.random().toString(36).slice(2, 10)}`;
  const row = await db
    .insertInto('app_user')
    .values({ username: name, display_name: `Test ${name}`, password_hash: await passwordHash })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (grants.length) await db.insertInto('role_grant').values(grants.map((g) => ({ user_id: row.id, role: g.role, unit_id: g.unitId ?? null }))).execute();
  return { id: row.id, username: name };
}

/** A guardian (huoltaja) relationship in the person register, from `validFrom` (to `validTo`). */
export async function insertGuardianship(db: Db, guardianId: string, childId: string, validFrom = '2020-01-01', validTo: string | null = null) {
  await db.insertInto('person_relationship').values({ kind: 'guardian', person_id: guardianId, related_person_id: childId, valid_from: validFrom, valid_to: validTo }).execute();
}

/** A resident with a henkilötunnus (for the citizen test identification). */
export async function insertTestResident(db: Db, p: Partial<NewPerson> = {}): Promise<{ id: PersonId; hetu: string }> {
  const hetu = p.hetu ?? testHetu(p.birthDate ?? '1986-03-14');
  const id = await insertTestPerson(db, { ...p, hetu });
  return { id, hetu };
}
