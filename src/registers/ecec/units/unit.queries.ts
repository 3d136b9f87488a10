// ECEC units, groups, staff and providers (datasets 1 and 6).
import type { ReadTx, Tx } from '../../../core/db/database.ts';
import type { UnitId } from '../../../core/ids.ts';

export type ProviderType = 'municipal' | 'private_voucher' | 'private' | 'family_daycare';

export interface NewUnit {
  name: string;
  providerType: ProviderType;
  providerId?: string | null;
  capacity: number;
  language?: 'fi' | 'sv';
  streetAddress?: string | null;
  postalCode?: string | null;
  postOffice?: string | null;
}

export async function insertUnit(tx: Tx, u: NewUnit): Promise<UnitId> {
  const row = await tx
    .insertInto('organisation_unit')
    .values({
      name: u.name,
      kind: u.providerType === 'family_daycare' ? 'ecec_family_daycare' : 'ecec_unit',
      register_id: 'ecec',
      street_address: u.streetAddress ?? null,
      postal_code: u.postalCode ?? null,
      post_office: u.postOffice ?? null,
      language: u.language ?? 'fi',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('ecec_unit')
    .values({ unit_id: row.id, provider_type: u.providerType, provider_id: u.providerId ?? null, capacity: u.capacity, language: u.language ?? 'fi' })
    .execute();
  return row.id as UnitId;
}

export async function listUnits(db: ReadTx, unitIds: string[] | null) {
  let q = db
    .selectFrom('ecec_unit as e')
    .innerJoin('organisation_unit as o', 'o.id', 'e.unit_id')
    .select(['e.unit_id as id', 'o.name', 'e.provider_type as providerType', 'e.provider_id as providerId', 'e.capacity', 'e.language'])
    .orderBy('o.name');
  if (unitIds) {
    if (unitIds.length === 0) return [];
    q = q.where('e.unit_id', 'in', unitIds);
  }
  return q.execute();
}

export async function getUnit(db: ReadTx, unitId: string, today: string) {
  const [unit] = await listUnits(db, [unitId]);
  if (!unit) return null;
  const groups = await db
    .selectFrom('ecec_group')
    .select(['id', 'name', 'start_date as startDate', 'end_date as endDate'])
    .where('unit_id', '=', unitId)
    .orderBy('name')
    .execute();
  const staff = await db
    .selectFrom('ecec_staff')
    .select(['id', 'group_id as groupId', 'first_name as firstName', 'last_name as lastName', 'title', 'phone', 'email', 'start_date as startDate', 'end_date as endDate'])
    .where('unit_id', '=', unitId)
    .where('start_date', '<=', today)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', today)]))
    .orderBy('last_name')
    .execute();
  return { ...unit, groups, staff };
}

/** Children placed in the unit on a date, with their group. */
export async function getUnitChildren(db: ReadTx, unitId: string, date: string) {
  return db
    .selectFrom('ecec_placement as p')
    .innerJoin('person as c', 'c.id', 'p.child_id')
    .select(['c.id', 'c.first_names as firstNames', 'c.last_name as lastName', 'c.birth_date as birthDate', 'p.group_id as groupId', 'p.type', 'p.hours_per_month as hoursPerMonth'])
    .where('p.unit_id', '=', unitId)
    .where('p.start_date', '<=', date)
    .where((eb) => eb.or([eb('p.end_date', 'is', null), eb('p.end_date', '>=', date)]))
    .orderBy('c.last_name')
    .execute();
}
