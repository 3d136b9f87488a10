// A small example register that uses every part of the module contract. Core's contract
// tests run it; a new register can start from a copy of this folder.
import { sql } from 'kysely';
import { defineAction, personInUnitRole, unitRole, anyUnitRole } from '../../src/core/access/actions.ts';
import { defineRegister, type PersonRecordItem } from '../../src/core/module.ts';
import { defineRoute } from '../../src/core/http/route.ts';
import { badRequest } from '../../src/core/http/errors.ts';
import { UUID_PATTERN, type PersonId } from '../../src/core/ids.ts';

const retention = { text: { fi: '10 vuotta', sv: '10 år', en: '10 years' }, basis: 'Esimerkki', years: 10, trigger: 'case_closed' as const };

export const exampleActions = {
  visitCreate: defineAction('example.Visit.CREATE', 'person', personInUnitRole('example.worker')),
  visitRead: defineAction('example.Visit.READ', 'person', personInUnitRole('example.worker')),
  enrol: defineAction('example.Enrolment.CREATE', 'unit', unitRole('example.worker')),
  stats: defineAction('example.Statistics.READ', 'none', anyUnitRole('example.worker')),
};

export const exampleRegister = defineRegister({
  id: 'example',
  names: { fi: 'Esimerkkirekisteri', sv: 'Exempelregister', en: 'Example register' },
  purpose: { fi: 'Sopimuksen esimerkki.', sv: 'Exempel på kontraktet.', en: 'An example of the contract.' },
  systems: ['Esimerkki'],
  openInterfaces: false,
  datasets: [
    { id: 'clients', names: { fi: 'Asiakkaat', sv: 'Klienter', en: 'Clients' }, description: { fi: 'Asiakkuudet.', sv: 'Klientskap.', en: 'Client relationships.' }, legalBasis: ['Esimerkkilaki 1 §'], retention },
    { id: 'visits', names: { fi: 'Käynnit', sv: 'Besök', en: 'Visits' }, description: { fi: 'Käynnit.', sv: 'Besök.', en: 'Visits.' }, legalBasis: ['Esimerkkilaki 2 §'], retention, sensitive: true },
  ],
  migrations: [
    {
      name: 'example/0001_example.sql',
      sql: `create table example_enrolment (
          id uuid primary key default gen_random_uuid(),
          person_id uuid not null references person (id),
          unit_id uuid not null references organisation_unit (id),
          start_date date not null, end_date date);
        create index example_enrolment_person_idx on example_enrolment (person_id);
        create index example_enrolment_unit_idx on example_enrolment (unit_id);
        create table example_visit (
          id uuid primary key default gen_random_uuid(),
          person_id uuid not null references person (id),
          visited_on date not null, note text not null);
        create index example_visit_person_idx on example_visit (person_id);`,
    },
    {
      name: 'example/0002_example_person_change.sql',
      // What the register heard through onPersonsChanged, as a register would keep derived data.
      sql: `create table example_person_change (
          id uuid primary key default gen_random_uuid(),
          kind text not null,
          person_ids uuid[] not null,
          from_date date not null,
          created_at timestamptz not null default now());`,
    },
  ],
  roles: [{ id: 'example.worker', scope: 'unit', names: { fi: 'Työntekijä', sv: 'Anställd', en: 'Worker' } }],
  actions: Object.values(exampleActions),
  coreActionRules: [{ action: 'Person.SEARCH_ALL', rules: [unitRole('example.worker')] }],
  routes: [
    defineRoute<{ personId: string; startDate: string }, unknown, { unitId: string }>({
      method: 'POST',
      url: '/example/units/:unitId/enrolments',
      summary: 'Enrol a person in a unit',
      action: exampleActions.enrol.name,
      audit: 'ExampleEnrolmentCreate',
      datasetId: 'clients',
      target: ({ params }) => [params.unitId],
      schema: {
        params: { type: 'object', properties: { unitId: { type: 'string', pattern: UUID_PATTERN } }, required: ['unitId'] },
        body: { type: 'object', properties: { personId: { type: 'string', pattern: UUID_PATTERN }, startDate: { type: 'string', format: 'date' } }, required: ['personId', 'startDate'], additionalProperties: false },
      },
      handler: async ({ tx, params, body, audit, reply }) => {
        const row = await tx.insertInto('example_enrolment' as any).values({ person_id: body.personId, unit_id: params.unitId, start_date: body.startDate }).returning('id').executeTakeFirstOrThrow();
        audit.persons([body.personId]);
        reply.status(201);
        return { id: (row as { id: string }).id };
      },
    }),
    defineRoute<{ visitedOn: string; note: string }, unknown, { personId: string }>({
      method: 'POST',
      url: '/example/persons/:personId/visits',
      summary: 'Record a visit',
      action: exampleActions.visitCreate.name,
      audit: 'ExampleVisitCreate',
      datasetId: 'visits',
      target: ({ params }) => [params.personId],
      schema: {
        params: { type: 'object', properties: { personId: { type: 'string', pattern: UUID_PATTERN } }, required: ['personId'] },
        body: { type: 'object', properties: { visitedOn: { type: 'string', format: 'date' }, note: { type: 'string', minLength: 1, maxLength: 2000 } }, required: ['visitedOn', 'note'], additionalProperties: false },
      },
      handler: async ({ tx, params, body, clock, reply }) => {
        if (body.visitedOn > clock.today()) throw badRequest('future_visit', { fi: 'Käynti ei voi olla tulevaisuudessa.', sv: 'Besöket kan inte vara i framtiden.', en: 'A visit cannot be in the future.' });
        const row = await tx.insertInto('example_visit' as any).values({ person_id: params.personId, visited_on: body.visitedOn, note: body.note }).returning('id').executeTakeFirstOrThrow();
        reply.status(201);
        return { id: (row as { id: string }).id };
      },
    }),
    defineRoute<unknown, unknown, { personId: string }>({
      method: 'GET',
      url: '/example/persons/:personId/visits',
      summary: 'Visits of a person',
      action: exampleActions.visitRead.name,
      audit: 'ExampleVisitRead',
      datasetId: 'visits',
      readOnly: true,
      target: ({ params }) => [params.personId],
      schema: { params: { type: 'object', properties: { personId: { type: 'string', pattern: UUID_PATTERN } }, required: ['personId'] } },
      handler: async ({ tx, params }) => ({
        visits: await (tx as any).selectFrom('example_visit').select(['id', 'visited_on as visitedOn', 'note']).where('person_id', '=', params.personId).orderBy('visited_on').execute(),
      }),
    }),
  ],
  async findByPerson(db, personId) {
    const enrolments = await sql<{ id: string; start_date: string; unit: string }>`
      select e.id, e.start_date, u.name as unit from example_enrolment e join organisation_unit u on u.id = e.unit_id where e.person_id = ${personId}`.execute(db);
    const visits = await sql<{ id: string; visited_on: string; note: string }>`select id, visited_on, note from example_visit where person_id = ${personId}`.execute(db);
    return [
      ...enrolments.rows.map((r): PersonRecordItem => ({ id: r.id, datasetId: 'clients', role: 'subject', date: r.start_date, title: { fi: `Asiakkuus ${r.unit}`, sv: `Klientskap ${r.unit}`, en: `Client of ${r.unit}` }, data: { unit: r.unit, startDate: r.start_date } })),
      ...visits.rows.map((r): PersonRecordItem => ({ id: r.id, datasetId: 'visits', role: 'subject', date: r.visited_on, title: { fi: 'Käynti', sv: 'Besök', en: 'Visit' }, data: { note: r.note } })),
    ];
  },
  async onPersonsChanged(tx, change) {
    // A register refuses what would leave its own data inconsistent; the person write then rolls back.
    if (change.kind === 'address' && change.from < '1900-01-01') {
      throw badRequest('example_address_too_early', { fi: 'Osoite ei voi alkaa ennen vuotta 1900.', sv: 'Adressen kan inte börja före år 1900.', en: 'An address cannot start before 1900.' });
    }
    await (tx as any).insertInto('example_person_change').values({ kind: change.kind, person_ids: change.personIds, from_date: change.from }).execute();
  },
  personUnitLinks: (db, date) =>
    (db as any)
      .selectFrom('example_enrolment')
      .select(['person_id', 'unit_id'])
      .where('start_date', '<=', date)
      .where((eb: any) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', date)])),
  statistics: [
    {
      id: 'visits-per-unit',
      names: { fi: 'Käynnit yksiköittäin', sv: 'Besök per enhet', en: 'Visits per unit' },
      description: { fi: 'Käyntien ja asiakkaiden määrä.', sv: 'Antal besök och klienter.', en: 'Number of visits and clients.' },
      public: true,
      dimensions: [{ id: 'unit', names: { fi: 'Yksikkö', sv: 'Enhet', en: 'Unit' } }],
      measures: [
        { id: 'clients', names: { fi: 'Asiakkaita', sv: 'Klienter', en: 'Clients' } },
        { id: 'visits', names: { fi: 'Käyntejä', sv: 'Besök', en: 'Visits' } },
      ],
      personCounts: ['clients'],
      chart: 'bar',
      action: exampleActions.stats.name,
      async compute(db, p) {
        const rows = await sql<{ unit: string; clients: number; visits: number }>`
          select u.name as unit, count(distinct e.person_id)::int as clients, count(v.id)::int as visits
          from example_enrolment e join organisation_unit u on u.id = e.unit_id
          left join example_visit v on v.person_id = e.person_id and v.visited_on between ${p.from} and ${p.to}
          group by u.name order by u.name`.execute(db);
        return rows.rows.map((r) => ({ dims: { unit: r.unit }, values: { clients: r.clients, visits: r.visits } }));
      },
    },
  ],
  async seedDemo(tx, { personIds, clock }) {
    const unit = await tx.insertInto('organisation_unit').values({ name: 'Esimerkkiyksikkö', kind: 'example', register_id: 'example' }).returning('id').executeTakeFirstOrThrow();
    for (const id of personIds.slice(0, 3)) {
      await (tx as any).insertInto('example_enrolment').values({ person_id: id, unit_id: unit.id, start_date: clock.today() }).execute();
    }
  },
  benchmarks: [
    {
      id: 'example-visits',
      names: { fi: 'Käyntien haku', sv: 'Sökning av besök', en: 'Visit look-up' },
      async run(db, { scale }) {
        const n = Math.max(1, Math.round(100 * scale));
        const t = performance.now();
        for (let i = 0; i < n; i++) await sql`select count(*) from example_visit`.execute(db);
        return [{ metric: 'example visit count', value: (performance.now() - t) / n, unit: 'ms', target: '≤ 100 ms', ok: true }];
      },
    },
  ],
});

export type { PersonId };
