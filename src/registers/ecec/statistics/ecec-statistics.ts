// ECEC statistics as core StatisticDefinitions; core suppresses person counts below 5 in public output.
import { sql } from 'kysely';
import type { ReadTx } from '../../../core/db/database.ts';
import type { StatisticDefinition, StatisticParams } from '../../../core/statistics/statistics.ts';
import { actions } from '../access.ts';

const unitDim = { id: 'unit', names: { fi: 'Yksikkö', sv: 'Enhet', en: 'Unit' } };

/**
 * Occupancy (täyttöaste, by placements) and utilisation (käyttöaste, by realised attendance)
 * per unit and weekday: a child under 3 counts 1.75, part-day care (≤ 86 h/month) 0.54, by
 * the effective-dated coefficients of ecec_occupancy_parameters.
 *
 * Not a days × placements join (a month of 35 000 placements would be 700 000 rows): each
 * placement becomes at most a few spans with a constant coefficient (split at the third
 * birthday and where the parameters change), each span two events (+ at its start, − after its
 * end), and a running sum over each unit's days gives the day's figures (eVaka PR #5513 made
 * the same move away from generate_series). Sums are numeric, so spans cancel exactly.
 */
export interface OccupancyRow {
  unit_id: string;
  unit: string;
  day: string;
  capacity: number;
  children: number;
  occupancy: number;
  present: number;
  utilisation: number;
}

export async function occupancyRows(db: ReadTx, p: StatisticParams): Promise<OccupancyRow[]> {
  // The month's stays of every unit are sorted and grouped: with the default 4 MB of work memory
  // the sorts spill to disk (a third of the report's time at 35 000 children). `set local` holds
  // to the end of the transaction, so a call outside one gets its own.
  if (!db.isTransaction) return db.transaction().execute((tx) => occupancyRows(tx, p));
  await sql`set local work_mem = '64MB'`.execute(db);
  const r = await sql<OccupancyRow>`
    with span as (
      select p.unit_id, p.child_id,
        greatest(p.start_date, op.effective_from, b.first_day, ${p.from}::date) as first_day,
        least(coalesce(p.end_date, 'infinity'), coalesce(op.effective_to, 'infinity'), b.last_day, ${p.to}::date) as last_day,
        (case when b.under_3 then op.under_3_coefficient else 1 end)
          * (case when p.hours_per_month <= op.part_day_max_hours_per_month then op.part_day_coefficient else 1 end) as coefficient
      from ecec_placement p
      join person c on c.id = p.child_id
      join ecec_occupancy_parameters op on op.effective_from <= least(coalesce(p.end_date, 'infinity'), ${p.to}::date)
        and (op.effective_to is null or op.effective_to >= greatest(p.start_date, ${p.from}::date))
      -- Under 3 until the day before the third birthday.
      cross join lateral (values
        (date '-infinity', (c.birth_date + interval '3 years')::date - 1, true),
        ((c.birth_date + interval '3 years')::date, date 'infinity', false)
      ) as b(first_day, last_day, under_3)
      where p.type <> 'club' and p.start_date <= ${p.to}::date and (p.end_date is null or p.end_date >= ${p.from}::date)
    ),
    kept as (select * from span where first_day <= last_day),
    event as (
      select unit_id, first_day as day, coefficient as d_occupancy, 1 as d_children from kept
      union all
      select unit_id, last_day + 1, -coefficient, -1 from kept where last_day < ${p.to}::date
    ),
    change as (select unit_id, day, sum(d_occupancy) as d_occupancy, sum(d_children) as d_children from event group by unit_id, day),
    days as (select d::date as day from generate_series(${p.from}::date, ${p.to}::date, interval '1 day') d),
    running as (
      select u.unit_id, d.day,
        sum(coalesce(c.d_children, 0)) over w as children,
        sum(coalesce(c.d_occupancy, 0)) over w as occupancy
      from ecec_unit u
      cross join days d
      left join change c on c.unit_id = u.unit_id and c.day = d.day
      window w as (partition by u.unit_id order by d.day)
    ),
    -- A child's stays in a unit as one bit per day (62 days a bigint): several stays on one day
    -- count once without grouping the month's hundreds of thousands of stays one by one.
    attended as (
      select child_id, unit_id, (date - ${p.from}::date) / 62 as w, bit_or(1::bigint << ((date - ${p.from}::date) % 62)) as days
      from ecec_attendance where date between ${p.from}::date and ${p.to}::date
      group by 1, 2, 3
    ),
    present as (
      -- Only stays in the unit the child is placed in that day, with that day's coefficient.
      select k.unit_id, ${p.from}::date + (a.w * 62 + b) as day, count(*) as present, sum(k.coefficient) as utilisation
      from attended a
      join kept k on k.child_id = a.child_id and k.unit_id = a.unit_id
      -- Bit positions as a constant series: a per-span series is estimated at 1 000 rows a span,
      -- and a plan costed that high is JIT-compiled on PostgreSQL for longer than it runs.
      cross join generate_series(0, 61) b
      where b between k.first_day - ${p.from}::date - a.w * 62 and k.last_day - ${p.from}::date - a.w * 62 and a.days & (1::bigint << b) <> 0
      group by 1, 2
    )
    select r.unit_id, o.name as unit, to_char(r.day, 'YYYY-MM-DD') as day, u.capacity,
      r.children::int as children, r.occupancy::float8 as occupancy,
      coalesce(pr.present, 0)::int as present, coalesce(pr.utilisation, 0)::float8 as utilisation
    from running r
    join ecec_unit u on u.unit_id = r.unit_id
    join organisation_unit o on o.id = r.unit_id
    left join present pr on pr.unit_id = r.unit_id and pr.day = r.day
    where extract(isodow from r.day) < 6
    order by o.name, r.day`.execute(db);
  return r.rows;
}

const pct = (x: number, cap: number) => (cap > 0 ? Math.round((x / cap) * 1000) / 10 : null);

export const occupancyStatistic: StatisticDefinition = {
  id: 'occupancy',
  names: { fi: 'Täyttö- ja käyttöaste', sv: 'Beläggnings- och utnyttjandegrad', en: 'Occupancy and utilisation' },
  description: {
    fi: 'Yksiköittäin ja päivittäin; alle 3-vuotias 1,75 paikkaa, osapäivähoito 0,54.',
    sv: 'Per enhet och dag; barn under 3 år 1,75 platser, deldagsvård 0,54.',
    en: 'Per unit and day; a child under 3 takes 1.75 places, part-day care 0.54.',
  },
  public: true,
  dimensions: [unitDim, { id: 'day', names: { fi: 'Päivä', sv: 'Dag', en: 'Day' } }],
  measures: [
    { id: 'capacity', names: { fi: 'Kapasiteetti', sv: 'Kapacitet', en: 'Capacity' } },
    { id: 'children', names: { fi: 'Lapsia', sv: 'Barn', en: 'Children' } },
    { id: 'occupancyPercent', names: { fi: 'Täyttöaste %', sv: 'Beläggningsgrad %', en: 'Occupancy %' } },
    { id: 'utilisationPercent', names: { fi: 'Käyttöaste %', sv: 'Utnyttjandegrad %', en: 'Utilisation %' } },
  ],
  personCounts: ['children'],
  chart: 'line',
  action: actions.statisticsRead.name,
  compute: async (db, p) =>
    (await occupancyRows(db, p)).map((r) => ({
      dims: { unit: r.unit, day: r.day },
      values: { capacity: Number(r.capacity), children: r.children, occupancyPercent: pct(r.occupancy, Number(r.capacity)), utilisationPercent: pct(r.utilisation, Number(r.capacity)) },
    })),
};

export const applicationSituationStatistic: StatisticDefinition = {
  id: 'application-situation',
  names: { fi: 'Hakutilanne', sv: 'Ansökningsläge', en: 'Application situation' },
  description: {
    fi: 'Jaksolla lähetetyt hakemukset ensisijaisen hakutoiveen ja tilan mukaan.',
    sv: 'Ansökningar sända under perioden efter första önskemål och status.',
    en: 'Applications sent in the period by first preferred unit and status.',
  },
  public: true,
  dimensions: [unitDim, { id: 'type', names: { fi: 'Tyyppi', sv: 'Typ', en: 'Type' } }],
  measures: ['sent', 'processing', 'placement_proposal', 'accepted', 'rejected', 'cancelled'].map((s) => ({ id: s, names: { fi: s, sv: s, en: s } })),
  personCounts: ['sent', 'processing', 'placement_proposal', 'accepted', 'rejected', 'cancelled'],
  chart: 'bar',
  action: actions.statisticsRead.name,
  compute: async (db, p) => {
    const rows = await db
      .selectFrom('ecec_application as a')
      .innerJoin('ecec_application_unit as au', (j) => j.onRef('au.application_id', '=', 'a.id').on('au.priority', '=', 1))
      .innerJoin('organisation_unit as o', 'o.id', 'au.unit_id')
      .select(['o.name', 'a.type', 'a.status', sql<number>`count(*)::int`.as('n')])
      .where('a.sent_date', '>=', p.from)
      .where('a.sent_date', '<=', p.to)
      .groupBy(['o.name', 'a.type', 'a.status'])
      .orderBy('o.name')
      .execute();
    const byKey = new Map<string, Record<string, number>>();
    for (const r of rows) {
      const k = `${r.name}\u0000${r.type}`;
      const v = byKey.get(k) ?? { sent: 0, processing: 0, placement_proposal: 0, accepted: 0, rejected: 0, cancelled: 0 };
      v[r.status] = r.n;
      byKey.set(k, v);
    }
    return [...byKey].map(([k, values]) => {
      const [unit, type] = k.split('\u0000');
      return { dims: { unit: unit!, type: type! }, values };
    });
  },
};

export const placeGuaranteeStatistic: StatisticDefinition = {
  id: 'place-guarantee',
  names: { fi: 'Paikkatakuun toteutuminen', sv: 'Platsgarantins uppfyllande', en: 'Place guarantee met' },
  description: {
    fi: 'Hakemukset, joiden käsittelyn määräpäivä osuu jaksolle: paikka alkaa viimeistään määräpäivänä vai ei.',
    sv: 'Ansökningar vars förfallodag infaller under perioden: platsen börjar senast på förfallodagen eller inte.',
    en: 'Applications due in the period: whether the place starts by the due date.',
  },
  public: true,
  dimensions: [{ id: 'month', names: { fi: 'Kuukausi', sv: 'Månad', en: 'Month' } }],
  measures: [
    { id: 'due', names: { fi: 'Määräpäivä jaksolla', sv: 'Förfallodag under perioden', en: 'Due in period' } },
    { id: 'met', names: { fi: 'Toteutui', sv: 'Uppfylld', en: 'Met' } },
    { id: 'notMet', names: { fi: 'Ei toteutunut', sv: 'Inte uppfylld', en: 'Not met' } },
  ],
  personCounts: ['due', 'met', 'notMet'],
  chart: 'bar',
  action: actions.statisticsRead.name,
  compute: async (db, p) => {
    const r = await sql<{ month: string; due: number; met: number }>`
      select to_char(a.due_date, 'YYYY-MM') as month, count(*)::int as due,
        count(*) filter (where exists (
          select 1 from ecec_placement pl where pl.application_id = a.id and pl.start_date <= greatest(a.due_date, a.preferred_start_date)))::int as met
      from ecec_application a
      where a.due_date between ${p.from}::date and ${p.to}::date and a.status <> 'cancelled'
      group by 1 order by 1`.execute(db);
    return r.rows.map((x) => ({ dims: { month: x.month }, values: { due: x.due, met: x.met, notMet: x.due - x.met } }));
  },
};

export const serviceNeedStatistic: StatisticDefinition = {
  id: 'children-per-service-need',
  names: { fi: 'Lapset palveluntarpeittain', sv: 'Barn per servicebehov', en: 'Children per service need' },
  description: {
    fi: 'Jakson viimeisenä päivänä sijoitetut lapset palveluntarpeen portaan mukaan.',
    sv: 'Barn placerade den sista dagen i perioden enligt servicebehovets trappsteg.',
    en: 'Children placed on the last day of the period by service-need tier.',
  },
  public: true,
  dimensions: [{ id: 'serviceNeed', names: { fi: 'Palveluntarve', sv: 'Servicebehov', en: 'Service need' } }],
  measures: [{ id: 'children', names: { fi: 'Lapsia', sv: 'Barn', en: 'Children' } }],
  personCounts: ['children'],
  chart: 'pie',
  action: actions.statisticsRead.name,
  compute: async (db, p) => {
    const r = await sql<{ label: string; n: number }>`
      select t.label_fi as label, count(distinct pl.child_id)::int as n
      from ecec_placement pl
      join lateral (
        select label_fi from ecec_service_need_tier t
        where t.effective_from <= ${p.to}::date and (t.effective_to is null or t.effective_to >= ${p.to}::date)
          and (t.max_hours_per_month is null or pl.hours_per_month - pl.free_hours_per_month <= t.max_hours_per_month)
        order by t.max_hours_per_month asc nulls last limit 1
      ) t on true
      where pl.start_date <= ${p.to}::date and (pl.end_date is null or pl.end_date >= ${p.to}::date) and pl.type <> 'club'
      group by t.label_fi order by t.label_fi`.execute(db);
    return r.rows.map((x) => ({ dims: { serviceNeed: x.label }, values: { children: x.n } }));
  },
};

export const statistics = [occupancyStatistic, applicationSituationStatistic, placeGuaranteeStatistic, serviceNeedStatistic];
