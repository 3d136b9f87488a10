// ECEC statistics as core StatisticDefinitions; core suppresses person counts below 5 in public output.
import { sql } from 'kysely';
import type { ReadTx } from '../../../core/db/database.ts';
import type { StatisticDefinition, StatisticParams } from '../../../core/statistics/statistics.ts';
import { actions } from '../access.ts';
import { fromDays, toDays } from '../dates.ts';

const unitDim = { id: 'unit', names: { fi: 'Yksikkö', sv: 'Enhet', en: 'Unit' } };

/**
 * Occupancy (täyttöaste, by placements) and utilisation (käyttöaste, by realised attendance)
 * per unit and weekday: a child under 3 counts 1.75, part-day care (≤ 86 h/month) 0.54, by
 * the effective-dated coefficients of ecec_occupancy_parameters.
 *
 * The database gives each placement as at most a few spans with a constant coefficient (split
 * at the third birthday and where the parameters change; eVaka PR #5513 made the same move away
 * from a days × placements join), and each child's stays per unit and month as one bit per day
 * (ecec_attendance_month, kept by triggers). The days are counted here: a month of 35 000
 * children is 35 000 spans and 35 000 bit masks to read instead of 700 000 child-days to join,
 * sort and group, and the counting costs the API server a few milliseconds.
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
  const first = toDays(p.from);
  const length = toDays(p.to) - first + 1;
  if (length <= 0) return [];
  // Three JSON texts: parsing one text is far cheaper than 70 000 rows one by one in the driver.
  const r = await sql<{ units: string | null; spans: string | null; stays: string | null }>`
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
    )
    select
      (select json_agg(json_build_array(u.unit_id, o.name, u.capacity) order by o.name, u.unit_id)::text
        from ecec_unit u join organisation_unit o on o.id = u.unit_id) as units,
      (select json_agg(json_build_array(unit_id, child_id, first_day - ${p.from}::date, last_day - ${p.from}::date, coefficient::float8))::text
        from span where first_day <= last_day) as spans,
      (select json_agg(json_build_array(unit_id, child_id, month - ${p.from}::date, days))::text
        from ecec_attendance_month where month between date_trunc('month', ${p.from}::date) and ${p.to}::date) as stays`.execute(db);
  const row = r.rows[0]!;
  const units: [string, string, number][] = row.units ? JSON.parse(row.units) : [];
  const spans: [string, string, number, number, number][] = row.spans ? JSON.parse(row.spans) : [];
  const stays: [string, string, number, number][] = row.stays ? JSON.parse(row.stays) : [];
  // The child's stays in a unit: day offsets of months' first days, and their bit masks.
  const staysOf = new Map<string, [number, number][]>();
  for (const [unit, child, monthStart, days] of stays) {
    const k = `${unit}/${child}`;
    const list = staysOf.get(k);
    if (list) list.push([monthStart, days]);
    else staysOf.set(k, [[monthStart, days]]);
  }
  type Figures = { children: Int32Array; occupancy: Float64Array; present: Int32Array; utilisation: Float64Array };
  const byUnit = new Map<string, Figures>();
  const figuresOf = (unit: string) => {
    let f = byUnit.get(unit);
    if (!f) {
      f = { children: new Int32Array(length), occupancy: new Float64Array(length), present: new Int32Array(length), utilisation: new Float64Array(length) };
      byUnit.set(unit, f);
    }
    return f;
  };
  for (const [unit, child, from, to, coefficient] of spans) {
    const f = figuresOf(unit);
    for (let d = from; d <= to; d++) {
      f.children[d]!++;
      f.occupancy[d]! += coefficient;
    }
    // Only stays in the unit the child is placed in that day count, with that day's coefficient.
    for (const [monthStart, days] of staysOf.get(`${unit}/${child}`) ?? []) {
      for (let d = Math.max(from, monthStart); d <= Math.min(to, monthStart + 30); d++) {
        if (days & (1 << (d - monthStart))) {
          f.present[d]!++;
          f.utilisation[d]! += coefficient;
        }
      }
    }
  }
  const round = (x: number) => Math.round(x * 1e9) / 1e9;
  const weekdays: [number, string][] = [];
  for (let d = 0; d < length; d++) {
    // 1970-01-01 was a Thursday: days since then mod 7 gives 0–1 for Thursday–Friday, 2–3 for the weekend.
    const dow = (((first + d) % 7) + 7) % 7;
    if (dow !== 2 && dow !== 3) weekdays.push([d, fromDays(first + d)]);
  }
  const out: OccupancyRow[] = [];
  for (const [unitId, name, capacity] of units) {
    const f = byUnit.get(unitId);
    for (const [d, day] of weekdays) {
      out.push({
        unit_id: unitId, unit: name, day, capacity,
        children: f ? f.children[d]! : 0, occupancy: f ? round(f.occupancy[d]!) : 0,
        present: f ? f.present[d]! : 0, utilisation: f ? round(f.utilisation[d]!) : 0,
      });
    }
  }
  return out;
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
