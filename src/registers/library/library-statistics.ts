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
      { id: 'selfService', names: { fi: 'Lainat automaatilla', sv: 'Lån via automat', en: 'Loans at self-check machines' } },
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
          sql<number>`count(l.device_id)`.as('self_service'),
          sql<number>`count(distinct l.patron_id)`.as('borrowers'),
        ])
        .where('l.loaned_on', '>=', from)
        .where('l.loaned_on', '<=', to)
        .groupBy([sql`to_char(l.loaned_on, 'YYYY-MM')`, 'u.name'])
        .orderBy('month')
        .orderBy('unit')
        .execute();
      return rows.map((r) => ({ dims: { month: r.month, unit: r.unit }, values: { loans: Number(r.loans), selfService: Number(r.self_service), borrowers: Number(r.borrowers) } }));
    },
  },
  {
    id: 'collection',
    names: { fi: 'Kokoelma', sv: 'Samlingen', en: 'Collection' },
    description: {
      fi: 'Kokoelman niteet ja nimekkeet kirjastoittain ja aineistolajeittain; jakson loppuun mennessä poistetut eivät ole mukana.',
      sv: 'Samlingens exemplar och titlar per bibliotek och materialtyp; exemplar gallrade före periodens slut räknas inte.',
      en: 'Copies and titles of the collection by library and item type, without copies withdrawn by the end of the period.',
    },
    public: true,
    dimensions: [unit, { id: 'itemType', names: { fi: 'Aineistolaji', sv: 'Materialtyp', en: 'Item type' } }],
    measures: [
      { id: 'copies', names: { fi: 'Niteet', sv: 'Exemplar', en: 'Copies' } },
      { id: 'titles', names: { fi: 'Nimekkeet', sv: 'Titlar', en: 'Titles' } },
    ],
    personCounts: [],
    chart: 'bar',
    action: libraryActions.statisticsRead.name,
    compute: async (db, { to }) => {
      const rows = await db
        .selectFrom('library_item as i')
        .innerJoin('organisation_unit as u', 'u.id', 'i.unit_id')
        .innerJoin('library_item_type as t', 't.code', 'i.item_type')
        .select(['u.name as unit', 't.name_fi as item_type', (eb) => eb.fn.countAll<number>().as('copies'), sql<number>`count(distinct i.biblio_id)`.as('titles')])
        .where((eb) => eb.or([eb('i.withdrawn_on', 'is', null), eb('i.withdrawn_on', '>', to)]))
        .groupBy(['u.name', 't.name_fi'])
        .orderBy('unit')
        .orderBy('item_type')
        .execute();
      return rows.map((r) => ({ dims: { unit: r.unit, itemType: r.item_type }, values: { copies: Number(r.copies), titles: Number(r.titles) } }));
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
