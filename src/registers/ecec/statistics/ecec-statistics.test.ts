import { expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeDb } from '../../../../test/db.ts';
import { insertTestPerson } from '../../../../test/fixtures.ts';
import type { ReadTx } from '../../../core/db/database.ts';
import { insertEcecUnit } from '../test-support.ts';
import { occupancyRows } from './ecec-statistics.ts';

/** The definition, day by day: every weekday joined with every placement in force (slow, plain). */
async function occupancyByDefinition(db: ReadTx, from: string, to: string) {
  const r = await sql<{ unit_id: string; day: string; children: number; occupancy: number; present: number; utilisation: number }>`
    with days as (select d::date as day from generate_series(${from}::date, ${to}::date, interval '1 day') d where extract(isodow from d) < 6),
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
    present as (select distinct a.unit_id, a.date as day, a.child_id from ecec_attendance a where a.date between ${from}::date and ${to}::date)
    select u.unit_id, to_char(d.day, 'YYYY-MM-DD') as day, count(c.child_id)::int as children, coalesce(sum(c.coefficient), 0)::float8 as occupancy,
      count(pr.child_id)::int as present, coalesce(sum(c.coefficient) filter (where pr.child_id is not null), 0)::float8 as utilisation
    from ecec_unit u cross join days d
    left join coef c on c.unit_id = u.unit_id and c.day = d.day
    left join present pr on pr.unit_id = u.unit_id and pr.day = d.day and pr.child_id = c.child_id
    group by u.unit_id, d.day order by u.unit_id, d.day`.execute(db);
  return r.rows;
}

describeDb('ECEC occupancy report', (ctx) => {
  it('gives the same figures as the day-by-day definition across birthdays, placement changes, parameter changes and attendance', async () => {
    const a = await insertEcecUnit(ctx.db, { name: 'Täyttö A', capacity: 20 });
    const b = await insertEcecUnit(ctx.db, { name: 'Täyttö B', capacity: 10 });
    const child = (birthDate: string) => insertTestPerson(ctx.db, { firstNames: 'Lapsi', lastName: 'Täyttö', birthDate });
    const turns3 = await child('2022-10-15'); // under 3 until 14.10.2025
    const partDay = await child('2021-01-01');
    const baby = await child('2024-05-01');
    const clubber = await child('2021-03-03');
    const other = await child('2022-10-20');
    await ctx.db
      .insertInto('ecec_placement')
      .values([
        { child_id: turns3, unit_id: a, type: 'daycare', start_date: '2025-09-01', hours_per_month: 160 },
        { child_id: partDay, unit_id: a, type: 'daycare_part_day', start_date: '2025-10-08', end_date: '2025-10-20', hours_per_month: 80 },
        { child_id: baby, unit_id: a, type: 'daycare', start_date: '2025-10-10', hours_per_month: 120 },
        { child_id: clubber, unit_id: a, type: 'club', start_date: '2025-09-01', hours_per_month: 20, free_hours_per_month: 20 },
        { child_id: other, unit_id: b, type: 'daycare', start_date: '2025-06-01', end_date: '2025-10-21', hours_per_month: 150 },
        { child_id: other, unit_id: a, type: 'daycare', start_date: '2025-10-22', hours_per_month: 80 },
      ])
      .execute();
    // The municipality changes its coefficients in the middle of the month.
    await ctx.db.updateTable('ecec_occupancy_parameters').set({ effective_to: '2025-10-12' }).where('effective_to', 'is', null).execute();
    await ctx.db.insertInto('ecec_occupancy_parameters').values({ effective_from: '2025-10-13', under_3_coefficient: 1.5, part_day_max_hours_per_month: 90, part_day_coefficient: 0.6, source: 'test' }).execute();
    for (const [c, unit, date] of [
      [turns3, a, '2025-10-14'], [turns3, a, '2025-10-15'], [turns3, a, '2025-10-18'], [partDay, a, '2025-10-14'],
      [baby, b, '2025-10-14'], [other, b, '2025-10-21'], [other, a, '2025-10-22'],
    ] as const) {
      await ctx.db.insertInto('ecec_attendance').values({ child_id: c, unit_id: unit, date, arrived: '08:00', departed: '16:00' }).execute();
    }
    // A second stay the same day counts the child once.
    await ctx.db.insertInto('ecec_attendance').values({ child_id: turns3, unit_id: a, date: '2025-10-14', arrived: '16:30', departed: '17:00' }).execute();
    // Stays over more than 62 days (a report over several months).
    for (const date of ['2025-09-01', '2025-11-03', '2025-12-15']) await ctx.db.insertInto('ecec_attendance').values({ child_id: turns3, unit_id: a, date, arrived: '08:00', departed: '16:00' }).execute();
    // A stay in a unit the child is not placed in that day is not the unit's utilisation.
    await ctx.db.insertInto('ecec_attendance').values({ child_id: other, unit_id: a, date: '2025-10-21', arrived: '16:30', departed: '17:00' }).execute();
    try {
      const mine = (await occupancyRows(ctx.db, { from: '2025-10-01', to: '2025-10-31' })).filter((r) => r.unit_id === a || r.unit_id === b);
      const expected = (await occupancyByDefinition(ctx.db, '2025-10-01', '2025-10-31')).filter((r) => r.unit_id === a || r.unit_id === b);
      const key = (r: { unit_id: string; day: string }) => `${r.unit_id}${r.day}`;
      const pick = (r: any) => [r.unit_id, r.day, r.children, Math.round(r.occupancy * 1e9) / 1e9, r.present, Math.round(r.utilisation * 1e9) / 1e9];
      expect(mine.map(pick).sort((x, y) => key({ unit_id: x[0], day: x[1] }).localeCompare(key({ unit_id: y[0], day: y[1] })))).toEqual(expected.map(pick));
      // Spot checks. 10.10.: two under-3s (1.75) and part-day care (0.54). From 13.10. the new
      // coefficients (1.5; part-day up to 90 h: 0.6); 15.10. the first child has turned 3.
      const day = (d: string, u = a) => mine.find((r) => r.day === d && r.unit_id === u)!;
      const figures = (r: (typeof mine)[number]) => [r.children, Math.round(r.occupancy * 100) / 100, r.present, Math.round(r.utilisation * 100) / 100];
      expect(figures(day('2025-10-10'))).toEqual([3, 4.04, 0, 0]);
      expect(figures(day('2025-10-14'))).toEqual([3, 3.6, 2, 2.1]);
      expect(figures(day('2025-10-15'))).toEqual([3, 3.1, 1, 1]);
      // 21.10. the child is placed in B: its stay in A that evening is not A's utilisation.
      expect(figures(day('2025-10-21'))).toEqual([2, 2.5, 0, 0]);
      expect(figures(day('2025-10-21', b))).toEqual([1, 1, 1, 1]);
      expect(figures(day('2025-10-22'))).toEqual([3, 3.1, 1, 0.6]);
      expect(mine.some((r) => r.day === '2025-10-18')).toBe(false);
      // Four months at once, the stays of each month in a different 62-day window.
      const long = (await occupancyRows(ctx.db, { from: '2025-08-15', to: '2025-12-31' })).filter((r) => r.unit_id === a || r.unit_id === b);
      expect(long.map(pick).sort((x, y) => key({ unit_id: x[0], day: x[1] }).localeCompare(key({ unit_id: y[0], day: y[1] })))).toEqual(
        (await occupancyByDefinition(ctx.db, '2025-08-15', '2025-12-31')).filter((r) => r.unit_id === a || r.unit_id === b).map(pick),
      );
      expect(long.filter((r) => r.present > 0).map((r) => r.day)).toContain('2025-12-15');
      // Stays corrected afterwards: moved to another day and unit, removed, several in one statement.
      const stay = (c: string, date: string) => ctx.db.selectFrom('ecec_attendance').select('id').where('child_id', '=', c).where('date', '=', date).orderBy('arrived').executeTakeFirstOrThrow();
      await ctx.db.updateTable('ecec_attendance').set({ date: '2025-10-16' }).where('id', '=', (await stay(partDay, '2025-10-14')).id).execute();
      await ctx.db.updateTable('ecec_attendance').set({ unit_id: a }).where('id', '=', (await stay(baby, '2025-10-14')).id).execute();
      await ctx.db.deleteFrom('ecec_attendance').where('child_id', '=', turns3).where('date', '=', '2025-10-15').execute();
      // One of the two stays of 14.10. goes: the day still counts.
      await ctx.db.deleteFrom('ecec_attendance').where('child_id', '=', turns3).where('date', '=', '2025-10-14').where('arrived', '=', '16:30').execute();
      await ctx.db.insertInto('ecec_attendance').values(['2025-10-27', '2025-10-28', '2025-11-03'].map((date) => ({ child_id: baby, unit_id: a, date, arrived: '07:30', departed: '15:00' }))).onConflict((oc) => oc.doNothing()).execute();
      const again = (await occupancyRows(ctx.db, { from: '2025-10-01', to: '2025-11-30' })).filter((r) => r.unit_id === a || r.unit_id === b);
      expect(again.map(pick).sort((x, y) => key({ unit_id: x[0], day: x[1] }).localeCompare(key({ unit_id: y[0], day: y[1] })))).toEqual(
        (await occupancyByDefinition(ctx.db, '2025-10-01', '2025-11-30')).filter((r) => r.unit_id === a || r.unit_id === b).map(pick),
      );
      expect(figures(again.find((r) => r.day === '2025-10-14' && r.unit_id === a)!)).toEqual([3, 3.6, 2, 3.0]);
      expect(again.find((r) => r.day === '2025-10-15' && r.unit_id === a)!.present).toBe(0);
      // The month summary holds exactly the stays left, bit by bit.
      const summary = await sql<{ n: number }>`
        select count(*)::int as n from (
          (select month, unit_id, child_id, days from ecec_attendance_month
           except select date_trunc('month', date)::date, unit_id, child_id, bit_or(1 << (extract(day from date)::int - 1)) from ecec_attendance group by 1, 2, 3)
          union all
          (select date_trunc('month', date)::date, unit_id, child_id, bit_or(1 << (extract(day from date)::int - 1)) from ecec_attendance group by 1, 2, 3
           except select month, unit_id, child_id, days from ecec_attendance_month)) x`.execute(ctx.db);
      expect(summary.rows[0]!.n).toBe(0);
      await ctx.db.deleteFrom('ecec_attendance').where('child_id', 'in', [turns3, partDay, baby, other]).execute();
      expect(await ctx.db.selectFrom('ecec_attendance_month').select('child_id').where('child_id', 'in', [turns3, partDay, baby, other]).execute()).toEqual([]);
    } finally {
      await ctx.db.deleteFrom('ecec_occupancy_parameters').where('source', '=', 'test').execute();
      await ctx.db.updateTable('ecec_occupancy_parameters').set({ effective_to: null }).where('effective_to', '=', '2025-10-12').execute();
    }
  });
});
