import { expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { describeDb } from '../../../../test/db.ts';
import { testApp } from '../../../../test/http.ts';
import { insertEcecUnit, insertFamily } from '../test-support.ts';
import { monthOperatingDays } from './monthly-fee.ts';

describeDb('ECEC monthly charges (kuukausimaksu)', (ctx) => {
  /** A single parent with 6 000 €/month: 10.7 % × (6 000 − 4 066) = 206.94 → 207 € full time (figures from 1.8.2024). */
  async function placedChild(t: Awaited<ReturnType<typeof testApp>>, unitId: string, startDate: string, grossIncome = 6000) {
    const fam = await insertFamily(ctx.db, ['2022-06-01'], { singleParent: true });
    const handler = await t.as([{ role: 'ecec.application_handler' }]);
    const fees = await t.as([{ role: 'ecec.fee_handler' }]);
    const incomeFrom = startDate < '2025-01-01' ? startDate : '2025-01-01';
    expect((await fees.post('/api/v1/ecec/incomes', { personId: fam.mother, validFrom: incomeFrom, grossIncome })).status).toBe(201);
    const p = await handler.post('/api/v1/ecec/placements', { childId: fam.children[0], unitId, type: 'daycare', startDate, hoursPerMonth: 160 });
    expect(p.status).toBe(201);
    return { childId: fam.children[0]!, placementId: p.body.id as string, fees, handler };
  }
  async function absences(childId: string, days: string[], type: string) {
    await ctx.db.insertInto('ecec_absence').values(days.map((date) => ({ child_id: childId, date, type }))).execute();
  }

  it('charges nothing for a month sick, half for 11 sick days, all for 10, and half for a month away notified in advance', async () => {
    const t = await testApp(ctx.database);
    const unit = await insertEcecUnit(ctx.db);
    const { childId, fees } = await placedChild(t, unit, '2025-01-01');
    const url = (m: string) => `/api/v1/ecec/children/${childId}/monthly-fees?month=${m}`;
    expect((await fees.get(url('2025-02'))).body).toMatchObject({ chargeCents: 20700, operatingDays: 20, parts: [{ basis: 'full_month', feeCents: 20700 }] });

    await absences(childId, monthOperatingDays('2025-03'), 'sickness');
    const march = await fees.get(url('2025-03'));
    expect(march.status).toBe(200);
    expect(march.body.chargeCents).toBe(0);
    expect(march.body.steps.map((s: any) => s.rule)).toEqual(['full_month', 'sick_full_month']);

    await absences(childId, monthOperatingDays('2025-04').slice(0, 11), 'sickness');
    const april = await fees.get(url('2025-04'));
    expect(april.body).toMatchObject({ sickDays: 11, chargeCents: 10350 });
    expect(april.body.steps.at(-1)).toMatchObject({ rule: 'sick_days_reduced', days: 11, changeCents: -10350 });

    await absences(childId, monthOperatingDays('2025-05').slice(0, 10), 'sickness');
    expect((await fees.get(url('2025-05'))).body).toMatchObject({ sickDays: 10, chargeCents: 20700 });

    // A holiday notified by the guardian beforehand (type planned) for every operating day of September.
    await absences(childId, monthOperatingDays('2025-09'), 'planned');
    const september = await fees.get(url('2025-09'));
    expect(september.body.steps.at(-1)).toMatchObject({ rule: 'absent_full_month', resultCents: 10350 });
    await t.close();
  });

  it('prorates a placement starting mid-month and charges two parts when the fee changes mid-month', async () => {
    const t = await testApp(ctx.database);
    const unit = await insertEcecUnit(ctx.db);
    // From Monday 17.3.2025: 11 of March's 21 operating days at 207 / 21 = 9.857… → 9.86 €.
    const late = await placedChild(t, unit, '2025-03-17');
    const march = await late.fees.get(`/api/v1/ecec/children/${late.childId}/monthly-fees?month=2025-03`);
    expect(march.body.parts).toEqual([expect.objectContaining({ basis: 'part_month', days: 11, dailyFeeCents: 986, amountCents: 10846, from: '2025-03-17', to: '2025-03-31' })]);
    expect(march.body.chargeCents).toBe(10846);

    // From 16.6.2025 the service need drops to 80 h: 60 % of 207 = 124.2 → 124 €. June 2025 has
    // 20 operating days (Midsummer Eve 20.6. is not one), 10 before the change and 10 after.
    const child = await placedChild(t, unit, '2025-01-01');
    expect((await child.handler.post(`/api/v1/ecec/placements/${child.placementId}/service-need`, { from: '2025-06-16', hoursPerMonth: 80 })).status).toBe(200);
    const june = await child.fees.get(`/api/v1/ecec/children/${child.childId}/monthly-fees?month=2025-06`);
    expect(june.body.operatingDays).toBe(20);
    expect(june.body.parts.map((p: any) => [p.from, p.to, p.days, p.dailyFeeCents, p.amountCents])).toEqual([
      ['2025-06-02', '2025-06-13', 10, 1035, 10350],
      ['2025-06-16', '2025-06-30', 10, 620, 6200],
    ]);
    expect(june.body.chargeCents).toBe(16550);
    expect(new Set(june.body.parts.flatMap((p: any) => p.decisionIds)).size).toBe(2);
    await t.close();
  });

  it("follows the municipality's rule rows: notice required for a month away, and a free July after an unbroken year", async () => {
    const t = await testApp(ctx.database);
    const unit = await insertEcecUnit(ctx.db);
    const { childId, fees } = await placedChild(t, unit, '2024-08-01');
    // The municipality decides from 1.1.2025: a month away halves only when notified in advance,
    // and July is free after a placement unbroken since August (11 months).
    await ctx.db.updateTable('ecec_monthly_fee_rule').set({ effective_to: '2024-12-31' }).where('effective_to', 'is', null).execute();
    await ctx.db
      .insertInto('ecec_monthly_fee_rule')
      .values({ effective_from: '2025-01-01', daily_fee_divisor: null, sick_days_for_reduced_fee: 11, reduced_fee_percent: 50, full_month_absence_requires_notice: true, force_majeure_refunded: true, free_month: 7, free_month_min_months: 11, source: 'test' })
      .execute();
    const url = (m: string) => `/api/v1/ecec/children/${childId}/monthly-fees?month=${m}`;
    // October: every day 'other', recorded on the day itself (08:00 Finnish time) → not in advance.
    const october = monthOperatingDays('2025-10');
    await ctx.db.insertInto('ecec_absence').values(october.map((date) => ({ child_id: childId, date, type: 'other', created_at: new Date(`${date}T08:00:00+03:00`) }))).execute();
    expect((await fees.get(url('2025-10'))).body.chargeCents).toBe(20700);
    // November: the same, but recorded the evening before (23:30 Finnish time is still the day before) → half.
    const november = monthOperatingDays('2025-11');
    await ctx.db
      .insertInto('ecec_absence')
      .values(november.map((date) => ({ child_id: childId, date, type: 'other', created_at: new Date(new Date(`${date}T00:00:00+02:00`).getTime() - 30 * 60_000) })))
      .execute();
    expect((await fees.get(url('2025-11'))).body.steps.at(-1)).toMatchObject({ rule: 'absent_full_month', resultCents: 10350 });
    // The rule row of 2024 (no notice, no free month) still governs December 2024: a month away halves.
    await absences(childId, monthOperatingDays('2024-12'), 'other');
    expect((await fees.get(url('2024-12'))).body.chargeCents).toBe(10350);

    const july = await fees.get(url('2025-07'));
    expect(july.body.steps.map((s: any) => s.rule)).toEqual(['full_month', 'free_month']);
    expect(july.body.chargeCents).toBe(0);
    // A child placed only from September pays July.
    const later = await placedChild(t, unit, '2024-09-01');
    expect((await fees.get(`/api/v1/ecec/children/${later.childId}/monthly-fees?month=2025-07`)).body.chargeCents).toBe(20700);
    await t.close();
  });

  it('charges nothing for a child whose decided fee is 0 €', async () => {
    const t = await testApp(ctx.database);
    const unit = await insertEcecUnit(ctx.db);
    const { childId, fees } = await placedChild(t, unit, '2025-01-01', 0);
    const res = await fees.get(`/api/v1/ecec/children/${childId}/monthly-fees?month=2025-03`);
    expect(res.body).toMatchObject({ grossCents: 0, chargeCents: 0, parts: [{ feeCents: 0, amountCents: 0 }] });
    await t.close();
  });

  it("shows a child's month to fee handlers and the unit's supervisor only, and lists a unit's month for fee handlers", async () => {
    const t = await testApp(ctx.database);
    const unit = await insertEcecUnit(ctx.db, { name: 'Päiväkoti Kuukausi' });
    const other = await insertEcecUnit(ctx.db, { name: 'Päiväkoti Muu' });
    const { childId, fees } = await placedChild(t, unit, '2025-01-01');
    const elsewhere = await placedChild(t, other, '2025-01-01', 0);
    const url = `/api/v1/ecec/children/${childId}/monthly-fees?month=2025-03`;
    const supervisor = await t.as([{ role: 'ecec.unit_supervisor', unitId: unit }]);
    expect((await supervisor.get(url)).body.chargeCents).toBe(20700);
    expect((await (await t.as([{ role: 'ecec.unit_supervisor', unitId: other }])).get(url)).status).toBe(404);
    expect((await (await t.as([{ role: 'ecec.staff', unitId: other }])).get(url)).status).toBe(404);
    expect((await (await t.as([{ role: 'ecec.staff', unitId: unit }])).get(url)).status).toBe(404);
    expect((await supervisor.get(`/api/v1/ecec/monthly-fees?month=2025-03&unitId=${unit}`)).status).toBe(403);

    const bad = await fees.get(`/api/v1/ecec/children/${childId}/monthly-fees?month=2025-13`);
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.message).sort()).toEqual(['en', 'fi', 'sv']);
    // No rule row in force before the act (1.3.2017): a 400, not a guess.
    const early = await fees.get(`/api/v1/ecec/children/${childId}/monthly-fees?month=2016-01`);
    expect(early.status).toBe(400);
    expect(early.body.error.code).toBe('no_monthly_fee_rule');

    const list = await fees.get(`/api/v1/ecec/monthly-fees?month=2025-03&unitId=${unit}`);
    expect(list.status).toBe(200);
    expect(list.body.children.map((c: any) => [c.childId, c.unitName, c.fee.chargeCents])).toEqual([[childId, 'Päiväkoti Kuukausi', 20700]]);
    expect(list.body.totalCents).toBe(20700);
    const all = await fees.get('/api/v1/ecec/monthly-fees?month=2025-03');
    expect(all.body.children.map((c: any) => c.childId)).toEqual(expect.arrayContaining([childId, elsewhere.childId]));

    const csv = await fees.get(`/api/v1/ecec/monthly-fees?month=2025-03&unitId=${unit}&format=csv&lang=fi`);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.raw.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toContain('Laskutettava (€)');
    expect(lines[1]).toBe('2025-03;Päiväkoti Kuukausi;Testinen;Lapsi;full_month;21;0;207;207');
    const xlsx = await t.app.fastify.inject({ method: 'GET', url: `/api/v1/ecec/monthly-fees?month=2025-03&unitId=${unit}&format=xlsx&lang=en`, headers: { cookie: fees.cookie } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as any);
    expect(wb.worksheets[0]!.getRow(1).getCell(9).value).toBe('Charge (€)');

    // Every read is in the audit log with the child named.
    const events = await ctx.db.selectFrom('audit_event').select(['event', 'person_ids']).where('event', 'in', ['EcecMonthlyFeeRead', 'EcecMonthlyFeeList']).execute();
    expect(events.some((e) => e.event === 'EcecMonthlyFeeRead' && (e.person_ids as string[]).includes(childId))).toBe(true);
    expect(events.some((e) => e.event === 'EcecMonthlyFeeList' && (e.person_ids as string[]).includes(childId))).toBe(true);
    await t.close();
  });
});
