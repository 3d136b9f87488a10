import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeDb } from '../../../test/db.ts';
import { insertTestPerson, insertTestUnit } from '../../../test/fixtures.ts';
import { testApp } from '../../../test/http.ts';
import { fixedClock } from '../../core/clock.ts';
import type { PersonId } from '../../core/ids.ts';
import { FAMILY_WORKER, SOCIAL_WORKER } from './social-access.ts';
import { seedSocialDemo } from './social-demo.ts';
import { socialBenchmarks } from './social-bench.ts';
import { decisionDocument } from './social-pdf.ts';
import { socialWork } from './index.ts';

// testApp's clock: Wednesday 2025-10-15.
describeDb('social-work daily work', (ctx) => {
  const setup = async () => {
    const t = await testApp(ctx.database);
    const unit = await insertTestUnit(ctx.db, { name: 'Sosiaalityö', kind: 'social_work', registerId: 'social-work' });
    const other = await insertTestUnit(ctx.db, { name: 'Toinen', kind: 'social_work', registerId: 'social-work' });
    const worker = await t.as([{ role: SOCIAL_WORKER, unitId: unit }]);
    const familyWorker = await t.as([{ role: FAMILY_WORKER, unitId: unit }]);
    const outsider = await t.as([{ role: SOCIAL_WORKER, unitId: other }]);
    const notify = async (personId: string, receivedOn: string, urgent = false, kind = 'child_welfare') =>
      (
        await worker.post('/api/v1/social-work/notifications', {
          personId, unitId: unit, kind, receivedOn, summary: 'Huoli.', urgent, notifier: { role: 'school', name: 'Rehtori', identityProtected: false },
        })
      ).body.id as string;
    return { t, unit, other, worker, familyWorker, outsider, notify };
  };

  it('lists incoming notifications urgent first, then by the nearest deadline, until the assessment is decided and completed', async () => {
    const { t, unit, worker, familyWorker, outsider, notify } = await setup();
    const a = await insertTestPerson(ctx.db, { birthDate: '2015-01-01', firstNames: 'Aapo' });
    const b = await insertTestPerson(ctx.db, { birthDate: '2016-01-01', firstNames: 'Bea' });
    const c = await insertTestPerson(ctx.db, { birthDate: '2012-01-01', firstNames: 'Cecilia' });
    const older = await notify(a, '2025-10-06'); // decide by 15.10.: today
    const newer = await notify(b, '2025-10-14'); // decide by 23.10.
    const urgent = await notify(c, '2025-10-15', true); // decide by 24.10., but urgent
    const res = await worker.get(`/api/v1/social-work/units/${unit}/worklist`);
    expect(res.status).toBe(200);
    expect(res.body.notifications.map((n: any) => [n.id, n.nextDue, n.nextDueKind, n.workingDaysLeft, n.overdue])).toEqual([
      [urgent, '2025-10-24', 'assessment_start_decision', 7, false],
      [older, '2025-10-15', 'assessment_start_decision', 0, false],
      [newer, '2025-10-23', 'assessment_start_decision', 6, false],
    ]);
    expect(res.raw).not.toContain('Rehtori');
    const blank = await worker.post('/api/v1/social-work/notifications', {
      personId: a, unitId: unit, kind: 'child_welfare', receivedOn: '2025-10-15', summary: '   ', urgent: false, notifier: { role: 'school', identityProtected: false },
    });
    expect([blank.status, blank.body.error.code]).toEqual([400, 'empty_text']);
    // Deciding not to start an assessment closes the matter; starting one leaves the completion deadline.
    await worker.post(`/api/v1/social-work/notifications/${older}/assessment-decision`, { start: false, decidedOn: '2025-10-15', text: 'Ei aihetta arvioinnille.' });
    await worker.post(`/api/v1/social-work/notifications/${newer}/assessment-decision`, { start: true, decidedOn: '2025-10-15', text: 'Arviointi aloitetaan.' });
    const again = await worker.post(`/api/v1/social-work/notifications/${newer}/assessment-decision`, { start: true, decidedOn: '2025-10-15', text: 'Uudelleen.' });
    expect(again.body.error.code).toBe('already_decided');
    const after = await worker.get(`/api/v1/social-work/units/${unit}/worklist`);
    expect(after.body.notifications.map((n: any) => [n.id, n.nextDueKind])).toEqual([
      [urgent, 'assessment_start_decision'],
      [newer, 'assessment_completion'],
    ]);
    expect((await worker.post(`/api/v1/social-work/notifications/${urgent}/assessment-complete`, { completedOn: '2025-10-15' })).body.error.code).toBe('assessment_not_started');
    expect((await worker.post(`/api/v1/social-work/notifications/${newer}/assessment-complete`, { completedOn: '2025-10-15' })).body).toMatchObject({ completedInTime: true });
    const last = await worker.get(`/api/v1/social-work/units/${unit}/worklist`);
    expect(last.body.notifications.map((n: any) => n.id)).toEqual([urgent]);
    // The worklist is the social worker's, of their own unit.
    expect((await familyWorker.get(`/api/v1/social-work/units/${unit}/worklist`)).status).toBe(404);
    expect((await outsider.get(`/api/v1/social-work/units/${unit}/worklist`)).status).toBe(404);
    await t.close();
  });

  it('takes in an application with its statutory deadlines and closes them with the decision, printable in Finnish and Swedish', async () => {
    const { t, unit, worker, familyWorker, outsider } = await setup();
    const child = await insertTestPerson(ctx.db, { birthDate: '2017-05-05', firstNames: 'Sini', lastName: 'Salo' });
    const adult = await insertTestPerson(ctx.db, { birthDate: '1980-05-05' });
    const refused = await worker.post('/api/v1/social-work/applications', { personId: adult, unitId: unit, kind: 'home_service', receivedOn: '2025-10-10', specialSupportChild: true });
    expect(refused.body.error.code).toBe('not_a_child');
    const app = await worker.post('/api/v1/social-work/applications', { personId: child, unitId: unit, kind: 'family_work', receivedOn: '2025-10-10', summary: 'Perhetyö.', specialSupportChild: true });
    expect(app.status).toBe(201);
    expect(app.body.deadlines).toEqual({ startBy: '2025-10-21', completeBy: '2026-01-10', processBy: '2026-01-10' });
    const list = await worker.get(`/api/v1/social-work/units/${unit}/worklist`);
    expect(list.body.applications.find((a: any) => a.id === app.body.id)).toMatchObject({ nextDue: '2025-10-21', nextDueKind: 'assessment_start', workingDaysLeft: 4 });
    expect((await worker.post(`/api/v1/social-work/applications/${app.body.id}/assessment-start`, { startedOn: '2025-10-13' })).body).toEqual({ id: app.body.id, startedInTime: true });

    // A service decision needs the application; the family worker cannot decide.
    const path = `/api/v1/social-work/clients/${child}/decisions`;
    expect((await worker.post(path, { unitId: unit, kind: 'service_granted', decidedOn: '2025-10-15', text: 'x' })).body.error.code).toBe('application_required');
    expect((await familyWorker.post(path, { unitId: unit, applicationId: app.body.id, kind: 'service_granted', decidedOn: '2025-10-15', text: 'x' })).status).toBe(404);
    const d = await worker.post(path, { unitId: unit, applicationId: app.body.id, kind: 'service_granted', decidedOn: '2025-10-15', text: 'Perhetyötä myönnetään kaksi käyntiä viikossa.' });
    expect(d.body).toEqual({ id: expect.any(String), withinDeadline: true });
    const deadlines = await ctx.db.selectFrom('social_deadline').select(['kind', 'met_on']).where('application_id', '=', app.body.id).orderBy('kind').execute();
    expect(deadlines).toEqual([
      { kind: 'assessment_completion', met_on: '2025-10-15' },
      { kind: 'assessment_start', met_on: '2025-10-13' },
      { kind: 'processing', met_on: '2025-10-15' },
    ]);
    expect((await worker.get(`/api/v1/social-work/units/${unit}/worklist`)).body.applications.map((a: any) => a.id)).not.toContain(app.body.id);

    const sv = await decisionDocument(ctx.db, d.body.id, 'sv', 'Varantola kommun');
    expect(sv!.spec.title).toBe('Beslut: Tjänsten beviljas');
    const text = JSON.stringify(sv!.spec.blocks);
    expect(text).toContain('Sini Salo');
    expect(text).toContain('Perhetyötä myönnetään');
    expect(text).toContain('begära omprövning');
    const pdf = await worker.get(`/api/v1/social-work/decisions/${d.body.id}/pdf?lang=fi`);
    expect([pdf.status, pdf.headers['content-type'], pdf.raw.slice(0, 4)]).toEqual([200, 'application/pdf', '%PDF']);
    expect((await familyWorker.get(`/api/v1/social-work/decisions/${d.body.id}/pdf`)).status).toBe(404);
    expect((await outsider.get(`/api/v1/social-work/decisions/${d.body.id}/pdf`)).status).toBe(404);

    // Family workers see the client work but not the decisions or the situation data.
    await worker.post(`/api/v1/social-work/clients/${child}/situation`, { area: 'housing', recordedOn: '2025-10-14', text: 'Ahdas asunto.' });
    const asWorker = await worker.get(`/api/v1/social-work/clients/${child}`);
    expect(asWorker.body.decisions.map((x: any) => x.kind)).toEqual(['service_granted']);
    expect(asWorker.body.situation.map((x: any) => x.text)).toEqual(['Ahdas asunto.']);
    const asFamily = await familyWorker.get(`/api/v1/social-work/clients/${child}`);
    expect(asFamily.body.decisions).toBeNull();
    expect(asFamily.body.situation).toBeNull();
    expect(asFamily.body.applications[0].deadlines).toHaveLength(3);
    await t.close();
  });

  it('keeps the client narrative append-only with corrections, for the workers of the client unit', async () => {
    const { t, unit, worker, familyWorker, outsider, notify } = await setup();
    const child = await insertTestPerson(ctx.db, { birthDate: '2014-04-04' });
    await notify(child, '2025-10-14');
    const path = `/api/v1/social-work/clients/${child}/narrative`;
    const first = await familyWorker.post(path, { unitId: unit, text: 'Kotikäynti tiistaina.' });
    expect(first.status).toBe(201);
    const fix = await worker.post(path, { unitId: unit, text: 'Kotikäynti keskiviikkona.', correctsId: first.body.id, correctionReason: 'Väärä päivä.' });
    expect(fix.status).toBe(201);
    expect((await worker.post(path, { unitId: unit, text: 'x', correctsId: first.body.id, correctionReason: 'Taas.' })).status).toBe(409);
    expect((await worker.post(path, { unitId: unit, text: 'x', correctionReason: 'Ei korjaus.' })).body.error.code).toBe('correction_reason_without_correction');
    const read = await familyWorker.get(path);
    expect(read.body.entries.map((e: any) => [e.text, e.correctedById === fix.body.id, e.correctsId === first.body.id])).toEqual(
      expect.arrayContaining([
        ['Kotikäynti tiistaina.', true, false],
        ['Kotikäynti keskiviikkona.', false, true],
      ]),
    );
    await expect(sql`update social_narrative_entry set text = 'x' where id = ${first.body.id}`.execute(ctx.db)).rejects.toThrow(/append-only/);
    expect((await outsider.get(path)).status).toBe(404);
    expect((await outsider.post(path, { unitId: unit, text: 'x' })).status).toBe(404);
    const items = await socialWork.findByPerson(ctx.db, child, { clock: t.clock });
    expect(items.filter((i) => i.datasetId === 'narrative').map((i) => i.data.correctedById ?? null)).toEqual([fix.body.id, null]);
    await t.close();
  });

  it('versions the client plan and ends the client relationship, which ends the unit’s access', async () => {
    const { t, unit, worker, familyWorker } = await setup();
    const adult = await insertTestPerson(ctx.db, { birthDate: '1979-09-09' });
    await worker.post('/api/v1/social-work/clients', { personId: adult, unitId: unit, serviceArea: 'adult', startDate: '2025-01-01' });
    const plans = `/api/v1/social-work/clients/${adult}/plans`;
    expect((await familyWorker.post(plans, { validFrom: '2025-09-01', goals: 'Asunto.', measures: 'Asumisneuvonta.', clientParticipated: true })).body.version).toBe(1);
    expect((await worker.post(plans, { validFrom: '2025-08-01', goals: 'x', measures: 'y', clientParticipated: true })).body.error.code).toBe('plan_before_previous');
    expect((await worker.post(plans, { validFrom: '2025-10-01', goals: 'Asunto ja työ.', measures: 'Työkokeilu.', clientParticipated: false })).body.version).toBe(2);
    const card = await worker.get(`/api/v1/social-work/clients/${adult}`);
    expect(card.body.clientPlans.map((p: any) => [p.version, p.goals])).toEqual([
      [2, 'Asunto ja työ.'],
      [1, 'Asunto.'],
    ]);
    const end = await worker.post(`/api/v1/social-work/clients/${adult}/decisions`, { unitId: unit, kind: 'client_relationship_ended', decidedOn: '2025-10-14', text: 'Asiakkuus päättyy tavoitteiden täytyttyä.' });
    expect(end.status).toBe(201);
    expect((await worker.get(`/api/v1/social-work/clients/${adult}`)).status).toBe(404);
    await t.close();
  });

  it('seeds a demo unit with incoming notifications and open applications on the worklist', async () => {
    const t = await testApp(ctx.database);
    const ids: PersonId[] = [];
    for (const birthDate of ['2012-02-02', '2013-03-03', '2014-04-04', '2015-05-05', '1975-06-06', '1980-07-07', '1940-08-08']) ids.push(await insertTestPerson(ctx.db, { birthDate }));
    await ctx.db.transaction().execute((tx) => seedSocialDemo(tx, { clock: fixedClock('2025-10-15T09:00:00+03:00'), personIds: ids }));
    const unit = await ctx.db.selectFrom('organisation_unit').select('id').where('name', '=', 'Perhe- ja aikuissosiaalityö').orderBy('created_at', 'desc').executeTakeFirstOrThrow();
    const worker = await t.as([{ role: SOCIAL_WORKER, unitId: unit.id }]);
    const w = await worker.get(`/api/v1/social-work/units/${unit.id}/worklist`);
    expect(w.body.notifications.length).toBe(4);
    expect(w.body.notifications[0].urgent).toBe(true);
    expect(w.body.applications.length).toBe(2);
    const adult = await ctx.db.selectFrom('social_narrative_entry').select('person_id').where('person_id', 'in', ids).executeTakeFirstOrThrow();
    const card = await worker.get(`/api/v1/social-work/clients/${adult.person_id}`);
    expect(card.body.decisions).toHaveLength(1);
    expect(card.body.clientPlans).toHaveLength(1);
    await t.close();
  });

  it('runs the benchmarks at a small scale and reports their targets', async () => {
    const results = [];
    for (const b of socialBenchmarks) results.push(...(await b.run(ctx.db, { scale: 0.01, clock: fixedClock('2025-10-15T09:00:00+03:00'), log: () => {} })));
    // 100 clients in one unit: 300 notifications, one in twenty open; every seventh application pending.
    expect(results[0]!.metric).toMatch(/^unit worklist: 15 notifications, 14 applications/);
    expect(results.map((r) => r.target).filter(Boolean)).toEqual(['≤ 0.5 s', '≤ 0.2 s']);
    expect(results.every((r) => Number.isFinite(r.value) && r.value > 0)).toBe(true);
  }, 120_000);
});
