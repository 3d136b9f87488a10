import { sql } from 'kysely';
import type { StatisticDefinition } from '../../core/statistics/statistics.ts';
import { socialActions } from './social-access.ts';

export const socialStatistics: StatisticDefinition[] = [
  {
    id: 'notifications-per-month',
    names: { fi: 'Ilmoitukset kuukausittain', sv: 'Anmälningar per månad', en: 'Notifications per month' },
    description: {
      fi: 'Vastaanotetut ilmoitukset ja niiden koskemat henkilöt lajeittain.',
      sv: 'Mottagna anmälningar och personer de gäller, per typ.',
      en: 'Notifications received and the persons they concern, by kind.',
    },
    public: true,
    dimensions: [
      { id: 'month', names: { fi: 'Kuukausi', sv: 'Månad', en: 'Month' } },
      { id: 'kind', names: { fi: 'Laji', sv: 'Typ', en: 'Kind' } },
    ],
    measures: [
      { id: 'notifications', names: { fi: 'Ilmoitukset', sv: 'Anmälningar', en: 'Notifications' } },
      { id: 'persons', names: { fi: 'Henkilöt', sv: 'Personer', en: 'Persons' } },
    ],
    personCounts: ['notifications', 'persons'],
    chart: 'bar',
    action: socialActions.statisticsRead.name,
    compute: async (db, { from, to }) => {
      const rows = await db
        .selectFrom('social_notification')
        .select([sql<string>`to_char(received_on, 'YYYY-MM')`.as('month'), 'kind', (eb) => eb.fn.countAll<number>().as('n'), sql<number>`count(distinct person_id)`.as('persons')])
        .where('received_on', '>=', from)
        .where('received_on', '<=', to)
        .groupBy([sql`to_char(received_on, 'YYYY-MM')`, 'kind'])
        .orderBy('month')
        .orderBy('kind')
        .execute();
      return rows.map((r) => ({ dims: { month: r.month, kind: r.kind }, values: { notifications: Number(r.n), persons: Number(r.persons) } }));
    },
  },
  {
    id: 'assessment-decisions-in-time',
    names: { fi: 'Selvityksen aloituspäätökset määräajassa', sv: 'Beslut om utredning inom tidsfristen', en: 'Assessment start decisions in time' },
    description: {
      fi: 'Lastensuojelulain 26 §:n 7 arkipäivän määräajat ja niissä tehdyt päätökset eräpäivän kuukauden mukaan.',
      sv: 'Tidsfrister på 7 vardagar enligt 26 § barnskyddslagen och beslut fattade inom dem, per förfallomånad.',
      en: 'Child Welfare Act 26 § 7-working-day deadlines and decisions made within them, by due month.',
    },
    public: false,
    dimensions: [{ id: 'month', names: { fi: 'Kuukausi', sv: 'Månad', en: 'Month' } }],
    measures: [
      { id: 'due', names: { fi: 'Määräajat', sv: 'Tidsfrister', en: 'Deadlines' } },
      { id: 'inTime', names: { fi: 'Määräajassa', sv: 'Inom tidsfristen', en: 'In time' } },
    ],
    personCounts: [],
    chart: 'bar',
    action: socialActions.statisticsRead.name,
    compute: async (db, { from, to }) => {
      const rows = await db
        .selectFrom('social_deadline')
        .select([sql<string>`to_char(due_on, 'YYYY-MM')`.as('month'), (eb) => eb.fn.countAll<number>().as('due'), sql<number>`count(*) filter (where met_on <= due_on)`.as('in_time')])
        .where('kind', '=', 'assessment_start_decision')
        .where('due_on', '>=', from)
        .where('due_on', '<=', to)
        .groupBy(sql`to_char(due_on, 'YYYY-MM')`)
        .orderBy('month')
        .execute();
      return rows.map((r) => ({ dims: { month: r.month }, values: { due: Number(r.due), inTime: Number(r.in_time) } }));
    },
  },
];
