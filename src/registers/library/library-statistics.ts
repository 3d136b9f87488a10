import { sql } from 'kysely';
import type { StatisticDefinition } from '../../core/statistics/statistics.ts';
import { libraryActions } from './library-access.ts';

const month = { id: 'month', names: { fi: 'Kuukausi', sv: 'Månad', en: 'Month' } };
const unit = { id: 'unit', names: { fi: 'Kirjasto', sv: 'Bibliotek', en: 'Library' } };

export const libraryStatistics: StatisticDefinition[] = [
  {
    id: 'loans-per-month',
    names: { fi: 'Lainat kuukausittain', sv: 'Lån per månad', en: 'Loans per month' },
    description: { fi: 'Lainausten ja lainaajien määrä kirjastoittain.', sv: 'Antal lån och låntagare per bibliotek.', en: 'Number of loans and borrowers by library.' },
    public: true,
    dimensions: [month, unit],
    measures: [
      { id: 'loans', names: { fi: 'Lainat', sv: 'Lån', en: 'Loans' } },
      { id: 'borrowers', names: { fi: 'Lainaajat', sv: 'Låntagare', en: 'Borrowers' } },
    ],
    personCounts: ['borrowers'],
    chart: 'bar',
    action: libraryActions.statisticsRead.name,
    compute: async (db, { from, to }) => {
      const rows = await db
        .selectFrom('library_loan as l')
        .innerJoin('organisation_unit as u', 'u.id', 'l.unit_id')
        .select([
          sql<string>`to_char(l.loaned_on, 'YYYY-MM')`.as('month'),
          'u.name as unit',
          (eb) => eb.fn.countAll<number>().as('loans'),
          sql<number>`count(distinct l.patron_id)`.as('borrowers'),
        ])
        .where('l.loaned_on', '>=', from)
        .where('l.loaned_on', '<=', to)
        .groupBy([sql`to_char(l.loaned_on, 'YYYY-MM')`, 'u.name'])
        .orderBy('month')
        .orderBy('unit')
        .execute();
      return rows.map((r) => ({ dims: { month: r.month, unit: r.unit }, values: { loans: Number(r.loans), borrowers: Number(r.borrowers) } }));
    },
  },
  {
    id: 'self-service-visits',
    names: { fi: 'Omatoimikirjaston käynnit', sv: 'Besök i meröppet bibliotek', en: 'Self-service library visits' },
    description: { fi: 'Avatut ovet kuukausittain kirjastoittain.', sv: 'Öppnade dörrar per månad och bibliotek.', en: 'Doors opened per month by library.' },
    public: true,
    dimensions: [month, unit],
    measures: [{ id: 'visits', names: { fi: 'Käynnit', sv: 'Besök', en: 'Visits' } }],
    personCounts: [],
    chart: 'line',
    action: libraryActions.statisticsRead.name,
    compute: async (db, { from, to }) => {
      const rows = await db
        .selectFrom('library_door_event as d')
        .innerJoin('organisation_unit as u', 'u.id', 'd.unit_id')
        .select([sql<string>`to_char(d.occurred_at at time zone 'Europe/Helsinki', 'YYYY-MM')`.as('month'), 'u.name as unit', (eb) => eb.fn.countAll<number>().as('visits')])
        .where('d.outcome', '=', 'opened')
        .where(sql<string>`(d.occurred_at at time zone 'Europe/Helsinki')::date`, '>=', from)
        .where(sql<string>`(d.occurred_at at time zone 'Europe/Helsinki')::date`, '<=', to)
        .groupBy([sql`to_char(d.occurred_at at time zone 'Europe/Helsinki', 'YYYY-MM')`, 'u.name'])
        .orderBy('month')
        .execute();
      return rows.map((r) => ({ dims: { month: r.month, unit: r.unit }, values: { visits: Number(r.visits) } }));
    },
  },
];
