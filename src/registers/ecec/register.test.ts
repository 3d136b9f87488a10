import { expect, it } from 'vitest';
import { describeDb } from '../../../test/db.ts';
import { testApp } from '../../../test/http.ts';
import { fixedClock } from '../../core/clock.ts';
import { ececRegister } from './index.ts';
import { insertEcecUnit, insertFamily } from './test-support.ts';

describeDb('ECEC register', (ctx) => {
  it('gives unit staff their children, attendance and vasu, and keeps every vasu version', async () => {
    const t = await testApp(ctx.database);
    const unit = await insertEcecUnit(ctx.db, { name: 'Päiväkoti Läsnä' });
    const fam = await insertFamily(ctx.db, ['2022-03-03']);
    const child = fam.children[0]!;
    const director = await t.as([{ role: 'ecec.service_director' }]);
    const group = await director.post(`/api/v1/ecec/units/${unit}/groups`, { name: 'Nuput', startDate: '2025-08-01' });
    expect((await director.post(`/api/v1/ecec/units/${unit}/staff`, { firstName: 'Anna', lastName: 'Opettaja', groupId: group.body.id, startDate: '2025-08-01' })).status).toBe(201);
    const handler = await t.as([{ role: 'ecec.application_handler' }]);
    await handler.post('/api/v1/ecec/placements', { childId: child, unitId: unit, groupId: group.body.id, type: 'daycare', startDate: '2025-09-01', hoursPerMonth: 20 });
    const staff = await t.as([{ role: 'ecec.staff', unitId: unit }]);
    const other = await t.as([{ role: 'ecec.staff', unitId: await insertEcecUnit(ctx.db) }]);
    expect((await staff.get(`/api/v1/ecec/units/${unit}`)).body.unit.staff.map((s: any) => s.lastName)).toEqual(['Opettaja']);
    expect((await staff.get(`/api/v1/ecec/units/${unit}/children`)).body.children.map((c: any) => c.id)).toEqual([child]);
    // The guardian is a client of the unit through the child (core Person.READ).
    expect((await staff.get(`/api/v1/persons/${fam.mother}`)).status).toBe(200);
    expect((await other.get(`/api/v1/persons/${fam.mother}`)).status).toBe(404);

    await staff.post(`/api/v1/ecec/children/${child}/reservations`, { date: '2025-10-01', start: '08:00', end: '16:00' });
    for (const d of ['2025-10-01', '2025-10-02', '2025-10-03']) expect((await staff.post(`/api/v1/ecec/children/${child}/attendances`, { date: d, arrived: '08:00', departed: '15:30' })).status).toBe(201);
    await staff.post(`/api/v1/ecec/children/${child}/absences`, { date: '2025-10-06', type: 'sickness' });
    const bad = await staff.post(`/api/v1/ecec/children/${child}/attendances`, { date: '2025-10-07', arrived: '15:00', departed: '08:00' });
    expect(bad.status).toBe(400);
    const month = await staff.get(`/api/v1/ecec/children/${child}/attendance?month=2025-10`);
    expect(month.body).toMatchObject({ serviceNeedHours: 20, realisedHours: 22.5, reservedHours: 8, overrun: true, absencesByType: { sickness: 1 } });
    expect((await other.get(`/api/v1/ecec/children/${child}/attendance?month=2025-10`)).status).toBe(404);

    const sections = [{ id: 'goals', title: 'Tavoitteet', content: 'Leikki' }];
    expect((await staff.post(`/api/v1/ecec/children/${child}/vasu`, { sections })).body.version).toBe(1);
    expect((await staff.post(`/api/v1/ecec/children/${child}/vasu`, { sections: [{ ...sections[0], content: 'Leikki ja liikunta' }], visibleToGuardians: true })).body.version).toBe(2);
    const vasu = await staff.get(`/api/v1/ecec/children/${child}/vasu`);
    expect(vasu.body.versions.map((v: any) => [v.version, v.sections[0].content, v.visibleToGuardians])).toEqual([[1, 'Leikki', false], [2, 'Leikki ja liikunta', true]]);
    const events = await ctx.db.selectFrom('audit_event').select(['event', 'person_ids']).where('actor_user_id', '=', staff.userId).where('event', '=', 'EcecVasuRead').execute();
    expect(events).toEqual([{ event: 'EcecVasuRead', person_ids: [child] }]);

    const records = await ctx.db.transaction().execute((tx) => ececRegister.findByPerson(tx, child, { clock: t.clock }));
    expect(new Set(records.map((r) => r.datasetId))).toEqual(new Set(['placements-and-fee-decisions', 'attendance', 'vasu']));
    const guardianRecords = await ctx.db.transaction().execute((tx) => ececRegister.findByPerson(tx, fam.mother, { clock: t.clock }));
    expect(guardianRecords.some((r) => r.datasetId === 'placements-and-fee-decisions' && r.role === 'subject')).toBe(true);
    await t.close();
  });

  it('counts occupancy with 1.75 for under-3s and 0.54 for part-day care, and suppresses small public cells', async () => {
    const t = await testApp(ctx.database);
    const unit = await insertEcecUnit(ctx.db, { name: 'Päiväkoti Täyttö', capacity: 10 });
    const small = await insertFamily(ctx.db, ['2024-01-01']);
    const big = await insertFamily(ctx.db, ['2020-01-01']);
    const handler = await t.as([{ role: 'ecec.application_handler' }]);
    await handler.post('/api/v1/ecec/placements', { childId: small.children[0], unitId: unit, type: 'daycare', startDate: '2025-09-01', hoursPerMonth: 160 });
    await handler.post('/api/v1/ecec/placements', { childId: big.children[0], unitId: unit, type: 'daycare_part_day', startDate: '2025-09-01', hoursPerMonth: 80 });
    const director = await t.as([{ role: 'ecec.service_director' }]);
    const res = await director.get('/api/v1/statistics/ecec/occupancy?from=2025-10-03&to=2025-10-06');
    const rows = res.body.rows.filter((r: any) => r.dims.unit === 'Päiväkoti Täyttö');
    // 1.75 + 0.54 = 2.29 places of 10; Saturday and Sunday are left out.
    expect(rows.map((r: any) => [r.dims.day, r.values.children, r.values.occupancyPercent])).toEqual([['2025-10-03', 2, 22.9], ['2025-10-06', 2, 22.9]]);
    const pub = await t.anonymous.get('/api/v1/public/statistics/ecec/occupancy?from=2025-10-03&to=2025-10-03');
    expect(pub.body.rows.find((r: any) => r.dims.unit === 'Päiväkoti Täyttö').values.children).toBeNull();
    const need = await director.get('/api/v1/statistics/ecec/children-per-service-need?from=2025-10-01&to=2025-10-31');
    expect(need.status).toBe(200);
    expect(need.body.rows.length).toBeGreaterThan(0);
    await t.close();
  });

  it('seeds the demo municipality and runs its benchmarks at a small scale', async () => {
    const fam = await insertFamily(ctx.db, ['2021-02-02', '2025-06-01']);
    const clock = fixedClock('2025-10-15T09:00:00+03:00');
    await ctx.db.transaction().execute((tx) => ececRegister.seedDemo!(tx, { clock, personIds: [...fam.guardians, ...fam.children], unitIds: [] }));
    const placements = await ctx.db.selectFrom('ecec_placement').select('child_id').where('child_id', 'in', fam.children).execute();
    expect(placements.map((p) => p.child_id)).toEqual([fam.children[0]]);
    const apps = await ctx.db.selectFrom('ecec_application').select('child_id').where('child_id', 'in', fam.children).execute();
    expect(apps.map((a) => a.child_id)).toEqual([fam.children[1]]);
    // The demo places a child in one of three units by its (random) id. In a municipal unit the
    // family gets a fee decision; in the private voucher unit a voucher value decision instead
    // (1503/2016 and eVaka: fee decisions are for municipal ECEC only), whose value is the unit's
    // voucher value for the child's age and hours, never 0, and whose co-payment is the fee.
    const unit = await ctx.db
      .selectFrom('ecec_placement as p')
      .innerJoin('ecec_unit as u', 'u.unit_id', 'p.unit_id')
      .select(['u.provider_type', 'p.hours_per_month'])
      .where('p.child_id', '=', fam.children[0]!)
      .executeTakeFirstOrThrow();
    const fees = await ctx.db.selectFrom('ecec_fee_decision').select('id').where('head_of_family_id', 'in', fam.guardians).where('status', '=', 'sent').execute();
    const vouchers = await ctx.db.selectFrom('ecec_voucher_value_decision').selectAll().where('child_id', '=', fam.children[0]!).where('status', '=', 'sent').execute();
    if (unit.provider_type === 'private_voucher') {
      expect(fees).toHaveLength(0);
      // Born 2.2.2021, over 3: the base value 1 000 € times the coefficient of the hours.
      const k = { 80: 0.6, 120: 0.85, 160: 1 }[Number(unit.hours_per_month)]!;
      expect(vouchers.map((v) => [v.valid_from, v.base_value, Number(v.value_coefficient), v.voucher_value])).toEqual([['2025-10-01', 1000, k, 1000 * k]]);
      // The co-payment is the fee of a family of 4 (limit 5 956 €, 10.7 %, at most 311 €) for the
      // hours (same percentages), nothing under the minimum fee of 30 €.
      const incomes = await ctx.db.selectFrom('ecec_income').select('gross_income').where('person_id', 'in', fam.guardians).execute();
      const base = Math.min(311, Math.round(Math.max(0, incomes.reduce((s, i) => s + Number(i.gross_income), 0) - 5956) * 0.107));
      const fee = Math.round(base * k);
      expect([vouchers[0]!.base_co_payment, vouchers[0]!.co_payment]).toEqual([base, fee < 30 ? 0 : fee]);
    } else {
      expect(fees).toHaveLength(1);
      expect(vouchers).toHaveLength(0);
    }
    for (const b of ececRegister.benchmarks!) {
      const results = await b.run(ctx.db, { scale: 0.002, clock, log: () => {} });
      // A time, which at this scale can round to 0.00 s, of work on some children or unit-days.
      expect(results[0]!.value).toBeGreaterThanOrEqual(0);
      expect(results[0]!.metric).toMatch(/\b[1-9]\d* (children|unit-days)\b/);
    }
  });
});
