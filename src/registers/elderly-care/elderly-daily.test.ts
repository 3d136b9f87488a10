import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeDb } from '../../../test/db.ts';
import { insertTestPerson, insertTestUnit } from '../../../test/fixtures.ts';
import { testApp } from '../../../test/http.ts';
import { CARE_WORKER, SERVICE_COORDINATOR } from './elderly-access.ts';
import { elderlyCare } from './index.ts';

// testApp's clock: Wednesday 2025-10-15.
describeDb('elderly-care daily work', (ctx) => {
  const setup = async () => {
    const t = await testApp(ctx.database);
    const unit = await insertTestUnit(ctx.db, { name: 'Kotihoito', kind: 'home_care', registerId: 'elderly-care' });
    const otherUnit = await insertTestUnit(ctx.db, { name: 'Palvelukoti', kind: 'service_housing', registerId: 'elderly-care' });
    const client = await insertTestPerson(ctx.db, { birthDate: '1940-05-05', firstNames: 'Aino', lastName: 'Asiakas' });
    await ctx.db.insertInto('elderly_client').values({ person_id: client, unit_id: unit, start_date: '2025-01-01' }).execute();
    const coordinator = await t.as([{ role: SERVICE_COORDINATOR }]);
    const worker = await t.as([{ role: CARE_WORKER, unitId: unit }]);
    const outsider = await t.as([{ role: CARE_WORKER, unitId: otherUnit }]);
    return { t, unit, otherUnit, client, coordinator, worker, outsider };
  };

  it('lists open applications by their nearest statutory deadline, with working days left and overdue ones first', async () => {
    const { t, client, coordinator, worker } = await setup();
    const applicant = await insertTestPerson(ctx.db, { birthDate: '1945-02-02', firstNames: 'Eino', lastName: 'Hakija' });
    const younger = await insertTestPerson(ctx.db, { birthDate: '1965-02-02' });
    const post = (p: string, body: object) => coordinator.post(`/api/v1/elderly-care/clients/${p}/applications`, body);
    // Received Thursday 2.10. → start due Monday 13.10.: overdue on 15.10.
    const late = await post(applicant, { kind: 'home_care', receivedOn: '2025-10-02' });
    // Received Tuesday 14.10. → start due Thursday 23.10.
    const fresh = await post(client, { kind: 'service_housing', receivedOn: '2025-10-14' });
    // Under 75: no working-day limit, only the 3-month processing deadline 10.1.2026.
    const noLimit = await post(younger, { kind: 'support_services', receivedOn: '2025-10-10' });
    expect(noLimit.body).toEqual({ id: expect.any(String), assessmentStartDue: null, processingDue: '2026-01-10' });

    const list = await coordinator.get('/api/v1/elderly-care/applications');
    expect(list.status).toBe(200);
    expect(list.body.today).toBe('2025-10-15');
    expect(list.body.total).toBe(3);
    expect(list.body.applications.map((a: any) => [a.id, a.nextDue, a.nextDueKind, a.workingDaysLeft, a.overdue, a.isClient])).toEqual([
      [late.body.id, '2025-10-13', 'assessment_start', -2, true, false],
      [fresh.body.id, '2025-10-23', 'assessment_start', 6, false, true],
      [noLimit.body.id, '2026-01-10', 'processing', expect.any(Number), false, false],
    ]);
    // Starting the assessment in time moves the application to its processing deadline.
    const started = await coordinator.post(`/api/v1/elderly-care/applications/${fresh.body.id}/assessment`, { startedOn: '2025-10-15' });
    expect(started.body).toMatchObject({ assessmentStartedOn: '2025-10-15', startedInTime: true });
    const after = await coordinator.get('/api/v1/elderly-care/applications');
    expect(after.body.applications.find((a: any) => a.id === fresh.body.id)).toMatchObject({ status: 'assessing', nextDue: '2026-01-14', nextDueKind: 'processing' });
    // The list is logged as a read of every listed person.
    const ev = await ctx.db.selectFrom('audit_event').select('person_ids').where('actor_user_id', '=', coordinator.userId).where('event', '=', 'ElderlyApplicationList').orderBy('seq').executeTakeFirstOrThrow();
    expect([...ev.person_ids].sort()).toEqual([applicant, client, younger].sort());
    // Care workers do not handle applications.
    expect((await worker.get('/api/v1/elderly-care/applications')).status).toBe(403);
    await t.close();
  });

  it('refuses assessment dates before the application or in the future, and changes to a decided application', async () => {
    const { t, client, coordinator } = await setup();
    const app = await coordinator.post(`/api/v1/elderly-care/clients/${client}/applications`, { kind: 'home_care', receivedOn: '2025-10-10' });
    for (const body of [{ startedOn: '2025-10-09' }, { startedOn: '2025-10-16' }, { completedOn: '2025-10-14' }, {}]) {
      const res = await coordinator.post(`/api/v1/elderly-care/applications/${app.body.id}/assessment`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.body.error.message).sort()).toEqual(['en', 'fi', 'sv']);
    }
    await coordinator.post(`/api/v1/elderly-care/clients/${client}/decisions`, { applicationId: app.body.id, serviceType: 'home_care', outcome: 'rejected', decidedOn: '2025-10-15' });
    expect((await coordinator.post(`/api/v1/elderly-care/applications/${app.body.id}/assessment`, { startedOn: '2025-10-14' })).body.error.code).toBe('application_closed');
    const again = await coordinator.post(`/api/v1/elderly-care/clients/${client}/decisions`, { applicationId: app.body.id, serviceType: 'home_care', outcome: 'granted', decidedOn: '2025-10-15' });
    expect(again.body.error.code).toBe('application_closed');
    await t.close();
  });

  it('keeps care records append-only: a correction is a new entry, the original stays, and only once', async () => {
    const { t, unit, client, worker, coordinator, outsider } = await setup();
    const path = `/api/v1/elderly-care/clients/${client}/care-records`;
    const first = await worker.post(path, { unitId: unit, kind: 'medication', text: 'Lääke Y annettu.' });
    expect(first.status).toBe(201);
    const fix = await worker.post(path, { unitId: unit, kind: 'medication', text: 'Lääke X annettu.', correctsId: first.body.id, correctionReason: 'Väärä lääke kirjattu.' });
    expect(fix.status).toBe(201);
    const twice = await worker.post(path, { unitId: unit, kind: 'medication', text: 'Lääke Z.', correctsId: first.body.id, correctionReason: 'Uusi korjaus.' });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('already_corrected');
    const noReason = await worker.post(path, { unitId: unit, kind: 'medication', text: 'Lääke X.', correctsId: fix.body.id });
    expect(noReason.body.error.code).toBe('correction_reason_missing');
    expect((await worker.post(path, { unitId: unit, kind: 'visit', text: '   ' })).body.error.code).toBe('empty_text');

    const read = await worker.get(path);
    expect(read.status).toBe(200);
    const byId = Object.fromEntries(read.body.records.map((r: any) => [r.id, r]));
    expect(byId[first.body.id]).toMatchObject({ text: 'Lääke Y annettu.', correctedById: fix.body.id, correctsId: null, unitName: 'Kotihoito' });
    expect(byId[fix.body.id]).toMatchObject({ text: 'Lääke X annettu.', correctsId: first.body.id, correctionReason: 'Väärä lääke kirjattu.', correctedById: null });
    expect(read.body.records).toHaveLength(2);

    // The database itself refuses an edit or a delete.
    await expect(sql`update elderly_care_record set text = 'muutettu' where id = ${first.body.id}`.execute(ctx.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from elderly_care_record where id = ${first.body.id}`.execute(ctx.db)).rejects.toThrow(/append-only/);

    // The coordinator reads records but does not write them; another unit's care worker does neither.
    expect((await coordinator.get(path)).status).toBe(200);
    expect((await coordinator.post(path, { unitId: unit, kind: 'visit', text: 'x' })).status).toBe(404);
    expect((await outsider.get(path)).status).toBe(404);
    expect((await outsider.post(path, { unitId: unit, kind: 'visit', text: 'x' })).status).toBe(404);
    const items = await elderlyCare.findByPerson(ctx.db, client, { clock: t.clock });
    expect(items.filter((i) => i.datasetId === 'care_records').map((i) => [i.data.text, i.data.correctedById ?? null])).toEqual([
      ['Lääke Y annettu.', fix.body.id],
      ['Lääke X annettu.', null],
    ]);
    await t.close();
  });

  it('versions the service plan and refuses a version that starts before the previous one', async () => {
    const { t, client, worker } = await setup();
    const path = `/api/v1/elderly-care/clients/${client}/service-plans`;
    expect((await worker.post(path, { validFrom: '2025-09-01', goals: 'Kotona asuminen.', services: 'Kotihoito 2 krt/vko.', clientParticipated: true })).body.version).toBe(1);
    const early = await worker.post(path, { validFrom: '2025-08-01', goals: 'x', services: 'y', clientParticipated: true });
    expect(early.status).toBe(400);
    expect(early.body.error.code).toBe('plan_before_previous');
    expect((await worker.post(path, { validFrom: '2025-10-15', goals: ' ', services: 'y', clientParticipated: true })).body.error.code).toBe('empty_text');
    expect((await worker.post(path, { validFrom: '2025-10-15', goals: 'Liikkuminen ulkona.', services: 'Kotihoito ja ulkoilu.', clientParticipated: false })).body.version).toBe(2);
    const card = await worker.get(`/api/v1/elderly-care/clients/${client}`);
    expect(card.body.servicePlans.map((p: any) => [p.version, p.validFrom, p.clientParticipated])).toEqual([
      [2, '2025-10-15', false],
      [1, '2025-09-01', true],
    ]);
    await t.close();
  });

  it("shows fees only to the coordinator, and an applicant's card to the coordinator but to nobody else", async () => {
    const { t, client, coordinator, worker } = await setup();
    await coordinator.post(`/api/v1/elderly-care/clients/${client}/decisions`, {
      serviceType: 'home_care', outcome: 'granted', decidedOn: '2025-10-01', hoursPerMonth: 12, grossIncome: 1653, householdSize: 1,
    });
    const asCoordinator = await coordinator.get(`/api/v1/elderly-care/clients/${client}`);
    expect(asCoordinator.body.fees.feeDecisions).toEqual([expect.objectContaining({ validFrom: '2025-10-01', validTo: null, monthlyFee: 200, percent: 20 })]);
    const asWorker = await worker.get(`/api/v1/elderly-care/clients/${client}`);
    expect(asWorker.body.fees).toBeNull();
    expect(asWorker.raw).not.toContain('1653');

    const applicant = await insertTestPerson(ctx.db, { birthDate: '1944-03-03' });
    const stranger = await insertTestPerson(ctx.db, { birthDate: '1944-03-03' });
    await coordinator.post(`/api/v1/elderly-care/clients/${applicant}/applications`, { kind: 'home_care', receivedOn: '2025-10-14' });
    expect((await coordinator.get(`/api/v1/elderly-care/clients/${applicant}`)).body.applications).toHaveLength(1);
    expect((await coordinator.get(`/api/v1/persons/${applicant}`)).status).toBe(200);
    expect((await coordinator.get(`/api/v1/persons/${stranger}`)).status).toBe(404);
    expect((await coordinator.get(`/api/v1/elderly-care/clients/${stranger}`)).status).toBe(404);
    expect((await worker.get(`/api/v1/persons/${applicant}`)).status).toBe(404);
    await t.close();
  });

  it("lists the unit's current clients to its care workers with their plan and latest record", async () => {
    const { t, unit, otherUnit, client, worker, outsider, coordinator } = await setup();
    const former = await insertTestPerson(ctx.db, { birthDate: '1930-01-01' });
    await ctx.db.insertInto('elderly_client').values({ person_id: former, unit_id: unit, start_date: '2024-01-01', end_date: '2025-06-30' }).execute();
    await worker.post(`/api/v1/elderly-care/clients/${client}/service-plans`, { validFrom: '2025-10-01', goals: 'g', services: 's', clientParticipated: true });
    await worker.post(`/api/v1/elderly-care/clients/${client}/care-records`, { unitId: unit, kind: 'visit', text: 'Käynti.' });
    const res = await worker.get(`/api/v1/elderly-care/units/${unit}/clients`);
    expect(res.body.clients).toEqual([
      { personId: client, firstNames: 'Aino', lastName: 'Asiakas', birthDate: '1940-05-05', startDate: '2025-01-01', planVersion: 1, planValidFrom: '2025-10-01', lastRecordAt: t.clock.now().toISOString() },
    ]);
    expect((await outsider.get(`/api/v1/elderly-care/units/${unit}/clients`)).status).toBe(404);
    expect((await worker.get('/api/v1/elderly-care/units')).body.units.map((u: any) => u.id)).toEqual([unit]);
    expect((await coordinator.get('/api/v1/elderly-care/units')).body.units.map((u: any) => u.id)).toEqual(expect.arrayContaining([unit, otherUnit]));
    await t.close();
  });
});
