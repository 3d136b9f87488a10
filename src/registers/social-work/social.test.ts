import { describe, expect, it } from 'vitest';
import { describeDb } from '../../../test/db.ts';
import { insertTestPerson, insertTestUnit } from '../../../test/fixtures.ts';
import { testApp } from '../../../test/http.ts';
import { socialWork } from './index.ts';
import { FAMILY_WORKER, SOCIAL_WORKER } from './social-access.ts';
import { applicationDeadlines, childWelfareDeadlines, socialDeadlineParametersOn } from './social-rules.ts';

describeDb('social-work register', (ctx) => {
  describe('child-welfare deadlines (Lastensuojelulaki 26 §) from the parameter row in force', () => {
    const cw = async (receivedOn: string) => childWelfareDeadlines(await socialDeadlineParametersOn(ctx.db, receivedOn), receivedOn);
    it('gives 7 working days to decide, not counting the day of arrival (THL: Tuesday → Thursday next week)', async () => {
      expect((await cw('2025-03-04')).decideBy).toBe('2025-03-13');
      // Christmas Eve to St Stephen's Day, New Year's Day and Epiphany are not working days.
      expect((await cw('2025-12-22')).decideBy).toBe('2026-01-07');
    });
    it('completes the assessment within 3 months, on the month end when the date does not exist', async () => {
      expect((await cw('2025-03-04')).completeBy).toBe('2025-06-04');
      expect((await cw('2025-11-30')).completeBy).toBe('2026-02-28');
    });
  });

  describe('application deadlines (Sosiaalihuoltolaki 36 § and 45 §)', () => {
    const deadlines = async (a: { receivedOn: string; age: number; highestCareAllowance?: boolean; specialSupportChild?: boolean }) =>
      applicationDeadlines(await socialDeadlineParametersOn(ctx.db, a.receivedOn), { highestCareAllowance: false, specialSupportChild: false, ...a });
    it('starts the assessment by the 7th working day for those aged 75+, with the highest care allowance, or children needing special support', async () => {
      expect((await deadlines({ receivedOn: '2025-03-04', age: 75 })).startBy).toBe('2025-03-13');
      expect((await deadlines({ receivedOn: '2025-03-04', age: 40, highestCareAllowance: true })).startBy).toBe('2025-03-13');
      expect(await deadlines({ receivedOn: '2025-03-04', age: 8, specialSupportChild: true })).toEqual({ startBy: '2025-03-13', completeBy: '2025-06-04', processBy: '2025-06-04' });
    });
    it('sets only the 3-month processing deadline for others', async () => {
      expect(await deadlines({ receivedOn: '2025-11-30', age: 40 })).toEqual({ startBy: null, completeBy: null, processBy: '2026-02-28' });
    });
  });

  const setup = async () => {
    const t = await testApp(ctx.database);
    const unit = await insertTestUnit(ctx.db, { name: 'Lapsiperheiden sosiaalityö', kind: 'social_work', registerId: 'social-work' });
    const worker = await t.as([{ role: SOCIAL_WORKER, unitId: unit }]);
    const child = await insertTestPerson(ctx.db, { birthDate: '2014-02-02' });
    const notifier = await insertTestPerson(ctx.db, { birthDate: '1975-02-02' });
    const res = await worker.post('/api/v1/social-work/notifications', {
      personId: child,
      unitId: unit,
      kind: 'child_welfare',
      receivedOn: '2025-10-14',
      summary: 'Huoli lapsen kotioloista.',
      urgent: false,
      notifier: { personId: notifier, role: 'private', identityProtected: true },
    });
    expect(res.status).toBe(201);
    return { t, unit, worker, child, notifier, notificationId: res.body.id as string, deadlines: res.body.deadlines };
  };

  it('opens a client matter with both deadlines from a child-welfare notification and logs the persons', async () => {
    const { t, worker, child, notifier, notificationId, deadlines } = await setup();
    expect(deadlines).toEqual({ decideBy: '2025-10-23', completeBy: '2026-01-14' });
    const decision = await worker.post(`/api/v1/social-work/notifications/${notificationId}/assessment-decision`, { start: true, decidedOn: '2025-10-15', text: 'Arviointi aloitetaan.' });
    expect(decision.status).toBe(201);
    expect(decision.body.withinDeadline).toBe(true);
    const events = await ctx.db.selectFrom('audit_event').select(['event', 'person_ids']).where('actor_user_id', '=', worker.userId).where('event', 'like', 'Social%').orderBy('seq').execute();
    expect(events).toEqual([
      { event: 'SocialNotificationCreate', person_ids: [child, notifier] },
      { event: 'SocialDecisionCreate', person_ids: [child] },
    ]);
    const read = await worker.get(`/api/v1/social-work/clients/${child}`);
    const byKind = Object.fromEntries(read.body.notifications[0].deadlines.map((d: any) => [d.kind, d]));
    expect(byKind).toEqual({
      assessment_start_decision: { kind: 'assessment_start_decision', dueOn: '2025-10-23', metOn: '2025-10-15' },
      assessment_completion: { kind: 'assessment_completion', dueOn: '2026-01-14', metOn: null },
    });
    await t.close();
  });

  it("keeps a protected notifier's identity from family workers and from the child's information request", async () => {
    const { t, unit, worker, child, notifier } = await setup();
    const familyWorker = await t.as([{ role: FAMILY_WORKER, unitId: unit }]);
    const asSocialWorker = await worker.get(`/api/v1/social-work/clients/${child}`);
    expect(asSocialWorker.body.notifications[0].notifier).toMatchObject({ personId: notifier, identityProtected: true });
    const asFamilyWorker = await familyWorker.get(`/api/v1/social-work/clients/${child}`);
    expect(asFamilyWorker.status).toBe(200);
    expect(asFamilyWorker.body.notifications[0].notifier).toEqual({ identityProtected: true });
    expect(asFamilyWorker.raw).not.toContain(notifier);

    const childItems = await socialWork.findByPerson(ctx.db, child, { clock: t.clock });
    const item = childItems.find((i) => i.datasetId === 'notifications')!;
    expect(item.data.notifier).toEqual({ identityProtected: true });
    expect(JSON.stringify(childItems)).not.toContain(notifier);
    const notifierItems = await socialWork.findByPerson(ctx.db, notifier, { clock: t.clock });
    expect(notifierItems).toEqual([expect.objectContaining({ role: 'reference', datasetId: 'notifications', otherPersonIds: [child] })]);
    await t.close();
  });

  it('hides a client from social workers of another unit and logs the denied attempt', async () => {
    const { t, child, notificationId } = await setup();
    const other = await insertTestUnit(ctx.db, { registerId: 'social-work' });
    const outsider = await t.as([{ role: SOCIAL_WORKER, unitId: other }]);
    expect((await outsider.get(`/api/v1/social-work/clients/${child}`)).status).toBe(404);
    const decide = await outsider.post(`/api/v1/social-work/notifications/${notificationId}/assessment-decision`, { start: false, decidedOn: '2025-10-15', text: 'x' });
    expect(decide.status).toBe(404);
    const ev = await ctx.db.selectFrom('audit_event').select(['outcome', 'person_ids']).where('actor_user_id', '=', outsider.userId).where('event', '=', 'SocialClientRead').executeTakeFirst();
    expect(ev).toEqual({ outcome: 'denied', person_ids: [child] });
    await t.close();
  });

  it('lets a family worker write the client narrative but not decide', async () => {
    const { t, unit, child, notificationId } = await setup();
    const familyWorker = await t.as([{ role: FAMILY_WORKER, unitId: unit }]);
    expect((await familyWorker.post(`/api/v1/social-work/clients/${child}/narrative`, { unitId: unit, text: 'Kotikäynti.' })).status).toBe(201);
    expect((await familyWorker.post(`/api/v1/social-work/notifications/${notificationId}/assessment-decision`, { start: true, decidedOn: '2025-10-15', text: 'x' })).status).toBe(404);
    const items = await socialWork.findByPerson(ctx.db, child, { clock: t.clock });
    expect(items.map((i) => i.datasetId).sort()).toEqual(['contacts', 'narrative', 'notifications']);
    await t.close();
  });

  it('rejects a notification dated in the future with 400 in three languages', async () => {
    const { t, unit, worker, child } = await setup();
    const res = await worker.post('/api/v1/social-work/notifications', {
      personId: child, unitId: unit, kind: 'social_care_need', receivedOn: '2025-12-01', summary: 'x', urgent: false, notifier: { role: 'police', identityProtected: false },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('received_in_future');
    expect(Object.keys(res.body.error.message).sort()).toEqual(['en', 'fi', 'sv']);
    await t.close();
  });

  it('counts notifications per month and kind', async () => {
    const { t } = await setup();
    const stat = socialWork.statistics.find((s) => s.id === 'notifications-per-month')!;
    const rows = await stat.compute(ctx.db, { from: '2025-10-01', to: '2025-10-31' });
    expect(rows.find((r) => r.dims.kind === 'child_welfare')?.values.notifications).toBeGreaterThanOrEqual(1);
    await t.close();
  });
});
