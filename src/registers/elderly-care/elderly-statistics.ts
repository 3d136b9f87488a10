import { sql } from 'kysely';
import type { StatisticDefinition } from '../../core/statistics/statistics.ts';
import { elderlyActions } from './elderly-access.ts';

export const elderlyStatistics: StatisticDefinition[] = [
  {
    id: 'clients-per-service-type',
    names: { fi: 'Asiakkaat palveluittain', sv: 'Klienter per tjänst', en: 'Clients per service type' },
    description: {
      fi: 'Myönteisen palvelupäätöksen saaneet asiakkaat palvelutyypeittäin kaudella.',
      sv: 'Klienter med positivt servicebeslut per tjänstetyp under perioden.',
      en: 'Clients with a granted service decision in the period, by service type.',
    },
    public: true,
    dimensions: [{ id: 'serviceType', names: { fi: 'Palvelu', sv: 'Tjänst', en: 'Service' } }],
    measures: [{ id: 'clients', names: { fi: 'Asiakkaat', sv: 'Klienter', en: 'Clients' } }],
    personCounts: ['clients'],
    chart: 'bar',
    action: elderlyActions.statisticsRead.name,
    compute: async (db, { from, to }) => {
      const rows = await db
        .selectFrom('elderly_service_decision')
        .select(['service_type', sql<number>`count(distinct person_id)`.as('clients')])
        .where('outcome', '=', 'granted')
        .where('decided_on', '>=', from)
        .where('decided_on', '<=', to)
        .groupBy('service_type')
        .orderBy('service_type')
        .execute();
      return rows.map((r) => ({ dims: { serviceType: r.service_type }, values: { clients: Number(r.clients) } }));
    },
  },
  {
    id: 'assessment-deadlines',
    names: { fi: 'Palvelutarpeen arvioinnin määräajat', sv: 'Tidsfrister för bedömning av servicebehov', en: 'Service-need assessment deadlines' },
    description: {
      fi: '75 vuotta täyttäneiden hakemukset ja niistä määräajassa (7 arkipäivää) aloitetut arvioinnit kuukausittain.',
      sv: 'Ansökningar från personer som fyllt 75 år och bedömningar inledda inom tidsfristen (7 vardagar) per månad.',
      en: 'Applications of people aged 75+ and assessments started within the deadline (7 working days), by month.',
    },
    public: false,
    dimensions: [{ id: 'month', names: { fi: 'Kuukausi', sv: 'Månad', en: 'Month' } }],
    measures: [
      { id: 'applications', names: { fi: 'Hakemukset', sv: 'Ansökningar', en: 'Applications' } },
      { id: 'startedInTime', names: { fi: 'Aloitettu määräajassa', sv: 'Inledda inom tidsfristen', en: 'Started in time' } },
    ],
    personCounts: [],
    chart: 'bar',
    action: elderlyActions.statisticsRead.name,
    compute: async (db, { from, to }) => {
      const rows = await db
        .selectFrom('elderly_application')
        .select([
          sql<string>`to_char(received_on, 'YYYY-MM')`.as('month'),
          (eb) => eb.fn.countAll<number>().as('applications'),
          sql<number>`count(*) filter (where assessment_started_on <= assessment_start_due)`.as('started'),
        ])
        .where('urgent_statutory', '=', true)
        .where('received_on', '>=', from)
        .where('received_on', '<=', to)
        .groupBy(sql`to_char(received_on, 'YYYY-MM')`)
        .orderBy('month')
        .execute();
      return rows.map((r) => ({ dims: { month: r.month }, values: { applications: Number(r.applications), startedInTime: Number(r.started) } }));
    },
  },
];
