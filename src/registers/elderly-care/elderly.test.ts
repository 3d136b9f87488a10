import { describe, expect, it } from 'vitest';
import { describeDb } from '../../../test/db.ts';
import { insertTestPerson, insertTestUnit } from '../../../test/fixtures.ts';
import { testApp } from '../../../test/http.ts';
import { elderlyCare } from './index.ts';
import { CARE_WORKER, SERVICE_COORDINATOR } from './elderly-access.ts';
import { arrangeBy, assessmentStartDue, deadlineParametersOn, homeCareFee, homeCareFeeParametersOn, processingDue, tableHours } from './elderly-rules.ts';

describe('elderly-care table hours', () => {
  it('rounds monthly hours half up into the 10 e § table from "at most 4" to "38 or more"', () => {
    expect([2.4, 9.49, 9.5, 38.6, 120].map(tableHours)).toEqual([4, 9, 10, 38, 38]);
  });
});

describeDb('elderly-care register', (ctx) => {
  describe('deadlines from the parameter row in force', () => {
    const on = (date: string) => deadlineParametersOn(ctx.db, date);
    it('starts the assessment of a person aged 75 or more by the 7th working day (SHL 36 §)', async () => {
      expect(assessmentStartDue(await on('2025-03-04'), { receivedOn: '2025-03-04', age: 80, highestCareAllowance: false })).toBe('2025-03-13');
      // Good Friday and Easter Monday 2025 are not working days.
      expect(assessmentStartDue(await on('2025-04-15'), { receivedOn: '2025-04-15', age: 75, highestCareAllowance: false })).toBe('2025-04-28');
    });
    it('sets no working-day limit under 75 unless the person gets the highest care allowance', async () => {
      const p = await on('2025-03-04');
      expect(assessmentStartDue(p, { receivedOn: '2025-03-04', age: 74, highestCareAllowance: false })).toBeNull();
      expect(assessmentStartDue(p, { receivedOn: '2025-03-04', age: 60, highestCareAllowance: true })).toBe('2025-03-13');
    });
    it('arranges services within three months of the decision, not of the application (VPL 18 §)', async () => {
      expect(arrangeBy(await on('2025-10-15'), '2025-10-15')).toBe('2026-01-15');
      expect(arrangeBy(await on('2025-11-30'), '2025-11-30')).toBe('2026-02-28');
    });
    it('implements the decision within three months of the matter becoming pending (SHL 45 §)', async () => {
      expect(processingDue(await on('2025-11-30'), '2025-11-30')).toBe('2026-02-28');
    });
    it('has no deadline figures before the Social Welfare Act of 2015', async () => {
      await expect(on('2014-12-31')).rejects.toThrow('no_deadline_parameters');
    });
  });

  describe('home-care fee from the parameter rows', () => {
    const fee = async (date: string, hours: number, grossIncome: number, householdSize: number) =>
      homeCareFee(await homeCareFeeParametersOn(ctx.db, date, hours), { grossIncome, householdSize });

    it('charges percent × (gross income − limit) by household size and service hours', async () => {
      // 2022: one person, 10 h → 18 % of (1598 − 598).
      expect(await fee('2022-06-01', 10, 1598, 1)).toEqual({ limit: 598, percent: 18, fee: 180, unverified: false });
      // Two persons, 38 h or more → 24 % of (2103 − 1103).
      expect(await fee('2023-01-01', 50, 2103, 2)).toMatchObject({ limit: 1103, percent: 24, fee: 240 });
    });
    it('adds the increment per person over six and uses the "6 or more" percent', async () => {
      expect(await fee('2022-06-01', 10, 4332, 7)).toMatchObject({ limit: 2976 + 356, percent: 12, fee: 120 });
    });
    it('charges nothing when income is at or below the limit', async () => {
      expect((await fee('2022-06-01', 20, 500, 1)).fee).toBe(0);
    });
    it('marks fees from the unverified 2024 figures as unverified', async () => {
      expect(await fee('2025-10-01', 5, 1653, 1)).toEqual({ limit: 653, percent: 10, fee: 100, unverified: true });
    });
    it('refuses periods before 1.7.2021, when the hours table was municipal', async () => {
      await expect(fee('2021-03-01', 10, 2000, 1)).rejects.toThrow('no_hours_table');
    });
  });

  it('lets a coordinator take in a client and decide home care with its fee, and logs the persons touched', async () => {
    const t = await testApp(ctx.database);
    const unit = await insertTestUnit(ctx.db, { name: 'Kotihoito', kind: 'home_care', registerId: 'elderly-care' });
    const client = await insertTestPerson(ctx.db, { birthDate: '1940-05-05' });
    const daughter = await insertTestPerson(ctx.db, { birthDate: '1970-05-05' });
    const coordinator = await t.as([{ role: SERVICE_COORDINATOR }]);
    const created = await coordinator.post('/api/v1/elderly-care/clients', {
      personId: client,
      unitId: unit,
      startDate: '2025-10-01',
      contacts: [{ personId: daughter, relation: 'child', phone: '0401234567' }, { name: 'Naapuri', relation: 'other' }],
    });
    expect(created.status).toBe(201);
    const app = await coordinator.post(`/api/v1/elderly-care/clients/${client}/applications`, { kind: 'home_care', receivedOn: '2025-10-14' });
    expect(app.body).toMatchObject({ assessmentStartDue: '2025-10-23', processingDue: '2026-01-14' });
    const decision = await coordinator.post(`/api/v1/elderly-care/clients/${client}/decisions`, {
      applicationId: app.body.id,
      serviceType: 'home_care',
      outcome: 'granted',
      decidedOn: '2025-10-15',
      hoursPerMonth: 12,
      grossIncome: 1653,
      householdSize: 1,
    });
    expect(decision.status).toBe(201);
    expect(decision.body).toMatchObject({ arrangeBy: '2026-01-15', fee: { monthlyFee: 200, percent: 20, incomeLimit: 653, parametersUnverified: true } });
    const events = await ctx.db.selectFrom('audit_event').select(['event', 'person_ids']).where('actor_user_id', '=', coordinator.userId).where('event', 'like', 'Elderly%').orderBy('seq').execute();
    expect(events).toEqual([
      { event: 'ElderlyClientCreate', person_ids: [client, daughter] },
      { event: 'ElderlyApplicationCreate', person_ids: [client] },
      { event: 'ElderlyDecisionCreate', person_ids: [client] },
    ]);
    const records = await elderlyCare.findByPerson(ctx.db, daughter, { clock: t.clock });
    expect(records).toEqual([expect.objectContaining({ role: 'reference', datasetId: 'contacts', otherPersonIds: [client] })]);
    const own = await elderlyCare.findByPerson(ctx.db, client, { clock: t.clock });
    expect(own.map((r) => r.datasetId).sort()).toEqual(['applications', 'contacts', 'decisions', 'decisions']);
    expect(own.find((r) => r.datasetId === 'contacts')?.otherPersonIds).toEqual([daughter]);
    await t.close();
  });

  it('shows a client to care workers of the unit only, versions the plan, and logs the denied attempt', async () => {
    const t = await testApp(ctx.database);
    const unit = await insertTestUnit(ctx.db, { registerId: 'elderly-care' });
    const other = await insertTestUnit(ctx.db, { registerId: 'elderly-care' });
    const client = await insertTestPerson(ctx.db, { birthDate: '1938-01-01' });
    await ctx.db.insertInto('elderly_client').values({ person_id: client, unit_id: unit, start_date: '2025-01-01' }).execute();
    const worker = await t.as([{ role: CARE_WORKER, unitId: unit }]);
    const outsider = await t.as([{ role: CARE_WORKER, unitId: other }]);
    const plan = { validFrom: '2025-10-15', goals: 'Kotona asuminen', services: 'Kotihoito', clientParticipated: true };
    expect((await worker.post(`/api/v1/elderly-care/clients/${client}/service-plans`, plan)).body.version).toBe(1);
    expect((await worker.post(`/api/v1/elderly-care/clients/${client}/service-plans`, plan)).body.version).toBe(2);
    expect((await worker.post(`/api/v1/elderly-care/clients/${client}/care-records`, { unitId: unit, kind: 'visit', text: 'Aamukäynti' })).status).toBe(201);
    const read = await worker.get(`/api/v1/elderly-care/clients/${client}`);
    expect(read.status).toBe(200);
    expect(read.body.servicePlans.map((p: { version: number }) => p.version)).toEqual([2, 1]);
    expect(read.body.fees).toBeNull();
    const denied = await outsider.get(`/api/v1/elderly-care/clients/${client}`);
    expect(denied.status).toBe(404);
    const ev = await ctx.db.selectFrom('audit_event').select(['outcome', 'person_ids']).where('actor_user_id', '=', outsider.userId).where('event', '=', 'ElderlyClientRead').executeTakeFirst();
    expect(ev).toEqual({ outcome: 'denied', person_ids: [client] });
    // A care worker cannot decide services.
    expect((await worker.post(`/api/v1/elderly-care/clients/${client}/decisions`, { serviceType: 'home_care', outcome: 'granted', decidedOn: '2025-10-15' })).status).toBe(404);
    await t.close();
  });

  it('answers missing fee inputs with 400 in three languages and writes nothing', async () => {
    const t = await testApp(ctx.database);
    const client = await insertTestPerson(ctx.db, { birthDate: '1940-05-05' });
    const coordinator = await t.as([{ role: SERVICE_COORDINATOR }]);
    const res = await coordinator.post(`/api/v1/elderly-care/clients/${client}/decisions`, { serviceType: 'home_care', outcome: 'granted', decidedOn: '2025-10-15', grossIncome: 2000 });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('fee_inputs_missing');
    expect(Object.keys(res.body.error.message).sort()).toEqual(['en', 'fi', 'sv']);
    const n = await ctx.db.selectFrom('elderly_service_decision').select((eb) => eb.fn.countAll<number>().as('n')).where('person_id', '=', client).executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(0);
    await t.close();
  });

  it('counts clients per service type', async () => {
    const p = await insertTestPerson(ctx.db, { birthDate: '1930-01-01' });
    await ctx.db.insertInto('elderly_service_decision').values({ person_id: p, service_type: 'day_activity', outcome: 'granted', decided_on: '2024-02-02' }).execute();
    const stat = elderlyCare.statistics.find((s) => s.id === 'clients-per-service-type')!;
    expect(await stat.compute(ctx.db, { from: '2024-02-01', to: '2024-02-29' })).toEqual([{ dims: { serviceType: 'day_activity' }, values: { clients: 1 } }]);
  });
});
