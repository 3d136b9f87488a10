// A small register for the information-request tests and benchmark: core code is tested
// without depending on any real register, through the module contract only.
import { sql } from 'kysely';
import type { PersonId } from '../ids.ts';
import { defineRegister, type PersonRecordItem, type RegisterModule } from '../module.ts';
import type { Db } from '../db/database.ts';

const retention = { text: { fi: '10 vuotta', sv: '10 år', en: '10 years' }, basis: 'Testi', years: 10, trigger: 'created' as const };

export function exampleRegister(id = 'example'): RegisterModule {
  const table = `${id.replaceAll('-', '_')}_note`;
  return defineRegister({
    id,
    names: { fi: `Esimerkkirekisteri ${id}`, sv: `Exempelregister ${id}`, en: `Example register ${id}` },
    purpose: { fi: 'Esimerkki.', sv: 'Exempel.', en: 'Example.' },
    systems: ['Esimerkkijärjestelmä'],
    openInterfaces: false,
    datasets: [
      { id: 'notes', names: { fi: 'Muistiinpanot', sv: 'Anteckningar', en: 'Notes' }, description: { fi: '', sv: '', en: '' }, legalBasis: [], retention },
      {
        id: 'notifications',
        names: { fi: 'Ilmoitukset', sv: 'Anmälningar', en: 'Notifications' },
        description: { fi: '', sv: '', en: '' },
        legalBasis: [],
        retention,
        sensitive: true,
      },
    ],
    migrations: [
      {
        name: `${id}/0001_${table}.sql`,
        sql: `create table ${table} (
          id uuid primary key default gen_random_uuid(),
          person_id uuid not null references person (id),
          guardian_id uuid references person (id),
          dataset text not null,
          title text not null,
          made_on date not null,
          body text not null,
          notifier text
        );
        create index ${table}_person_idx on ${table} (person_id);
        create index ${table}_guardian_idx on ${table} (guardian_id);`,
      },
    ],
    roles: [],
    actions: [],
    routes: [],
    statistics: [],
    async findByPerson(db, personId) {
      const rows = await sql<{ id: string; person_id: string; guardian_id: string | null; dataset: string; title: string; made_on: string; body: string; notifier: string | null }>`
        select id, person_id, guardian_id, dataset, title, made_on::text as made_on, body, notifier from ${sql.table(table)}
        where person_id = ${personId} or guardian_id = ${personId} order by made_on`.execute(db);
      return rows.rows.map(
        (r): PersonRecordItem => ({
          id: r.id,
          datasetId: r.dataset,
          title: { fi: r.title, sv: r.title, en: r.title },
          date: r.made_on,
          data: { body: r.body, ...(r.notifier ? { notifier: r.notifier } : {}) },
          role: r.person_id === personId ? 'subject' : 'reference',
          otherPersonIds: [r.person_id === personId ? r.guardian_id : r.person_id].filter((x): x is PersonId => !!x) as PersonId[],
        }),
      );
    },
  });
}

export async function insertExampleNote(
  db: Db,
  registerId: string,
  n: { personId: string; guardianId?: string | null; dataset: 'notes' | 'notifications'; title: string; madeOn: string; body: string; notifier?: string | null },
): Promise<string> {
  const table = `${registerId.replaceAll('-', '_')}_note`;
  const r = await sql<{ id: string }>`insert into ${sql.table(table)} (person_id, guardian_id, dataset, title, made_on, body, notifier)
    values (${n.personId}, ${n.guardianId ?? null}, ${n.dataset}, ${n.title}, ${n.madeOn}, ${n.body}, ${n.notifier ?? null}) returning id`.execute(db);
  return r.rows[0]!.id;
}
