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
 */
export async function occupancyRows(db: ReadTx, p: StatisticParams) {
  const r = await sql<{ unit_id: string; unit: string; day: string; capacity: number; children: number; occupancy: number; present: number; utilisation: number }>`
    with days as (
      select d::date as day from generate_series(${p.from}::date, ${p.to}::date, interval '1 day') d
      where extract(isodow from d) < 6
    ),
    coef as (
      select p.unit_id, d.day, p.child_id,
        (case when c.birth_date > (d.day - interval '3 years') then op.under_3_coefficient else 1 end)
          * (case when p.hours_per_month <= op.part_day_max_hours_per_month then op.part_day_coefficient else 1 end) as coefficient
      from days d
      join ecec_placement p on p.start_date <= d.day and (p.end_date is null or p.end_date >= d.day)
      join person c on c.id = p.child_id
      join ecec_occupancy_parameters op on op.effective_from <= d.day and (op.effective_to is null or op.effective_to >= d.day)
      where p.type <> 'club'
    ),
    present as (
      select a.unit_id, a.date as day, a.child_id from ecec_attendance a
      where a.date between ${p.from}::date and ${p.to}::date group by a.unit_id, a.date, a.child_id
    )
    select u.unit_id, o.name as unit, to_char(d.day, 'YYYY-MM-DD') as day, u.capacity,
      count(c.child_id)::int as children,
      coalesce(sum(c.coefficient), 0)::float8 as occupancy,
      count(pr.child_id)::int as present,
      coalesce(sum(c.coefficient) filter (where pr.child_id is not null), 0)::float8 as utilisation
    from ecec_unit u
    join organisation_unit o on o.id = u.unit_id
    cross join days d
    left join coef c on c.unit_id = u.unit_id and c.day = d.day
    left join present pr on pr.unit_id = u.unit_id and pr.day = d.day and pr.child_id = c.child_id
    group by u.unit_id, o.name, d.day, u.capacity
    order by o.name, d.day`.execute(db);
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
