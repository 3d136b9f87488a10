import { describe, expect, it } from 'vitest';
import { describeDb } from '../../../../test/db.ts';
import { insertTestPerson } from '../../../../test/fixtures.ts';
import { testApp } from '../../../../test/http.ts';
import { addRelationship } from '../../../core/persons/person.queries.ts';
import { insertEcecUnit, insertFamily } from '../test-support.ts';
import { calculateDueDate, placeGuaranteeAtRisk } from './application.ts';

const base = { type: 'daycare' as const, urgent: false, attachmentReceivedDate: null, preferredStartDate: '2026-01-01' };

describe('calculateDueDate (Varhaiskasvatuslaki 17 §, eVaka rules)', () => {
  it('gives four months from sending, clamped to the end of a shorter month', () => {
    expect(calculateDueDate({ ...base, sentDate: '2025-03-15' })).toBe('2025-07-15');
    expect(calculateDueDate({ ...base, sentDate: '2025-10-31' })).toBe('2026-02-28');
    expect(calculateDueDate({ ...base, sentDate: '2023-10-31' })).toBe('2024-02-29');
  });
  it('gives two weeks from the later of sending and the first attachment when urgent', () => {
    expect(calculateDueDate({ ...base, urgent: true, sentDate: '2025-03-01', attachmentReceivedDate: '2025-03-10' })).toBe('2025-03-24');
    expect(calculateDueDate({ ...base, urgent: true, sentDate: '2025-03-10', attachmentReceivedDate: '2025-03-01' })).toBe('2025-03-24');
  });
  it('gives no due date to an urgent application without attachments nor to a transfer', () => {
    expect(calculateDueDate({ ...base, urgent: true, sentDate: '2025-03-01' })).toBeNull();
    expect(calculateDueDate({ ...base, type: 'transfer', sentDate: '2025-03-01' })).toBeNull();
  });
  it('gives the sent date to a preschool application', () => {
    expect(calculateDueDate({ ...base, type: 'preschool', sentDate: '2025-01-20' })).toBe('2025-01-20');
  });
  it('does not put the due date before the preferred start when the municipality so chooses', () => {
    expect(calculateDueDate({ ...base, sentDate: '2025-03-15', preferredStartDate: '2025-08-01', preferredStartRelative: true })).toBe('2025-08-01');
    expect(calculateDueDate({ ...base, sentDate: '2025-03-15', preferredStartDate: '2025-08-01' })).toBe('2025-07-15');
  });
  it('flags the place guarantee at risk two weeks before the due date until a place is proposed', () => {
    expect(placeGuaranteeAtRisk({ status: 'sent', dueDate: '2025-10-29' }, '2025-10-15')).toBe(true);
    expect(placeGuaranteeAtRisk({ status: 'sent', dueDate: '2025-10-30' }, '2025-10-15')).toBe(false);
    expect(placeGuaranteeAtRisk({ status: 'placement_proposal', dueDate: '2025-10-01' }, '2025-10-15')).toBe(false);
  });
});

describeDb('ECEC applications over HTTP', (ctx) => {
  it('orders a unit queue by due date, flags the place guarantee and carries an application to a placement', async () => {
    const t = await testApp(ctx.database); // today 2025-10-15
    const unit = await insertEcecUnit(ctx.db, { name: 'Päiväkoti Jono' });
    const other = await insertEcecUnit(ctx.db, { name: 'Päiväkoti Muu' });
    const late = await insertFamily(ctx.db, ['2023-02-01']);
    const early = await insertFamily(ctx.db, ['2023-03-01']);
    const handler = await t.as([{ role: 'ecec.application_handler' }]);
    const a1 = await handler.post('/api/v1/ecec/applications', {
      childId: late.children[0], guardianId: late.mother, type: 'daycare', sentDate: '2025-09-01', preferredStartDate: '2026-01-07', hoursPerMonth: 160, preferredUnitIds: [other, unit],
    });
    expect(a1.status).toBe(201);
    expect(a1.body.application.dueDate).toBe('2026-01-01');
    const a2 = await handler.post('/api/v1/ecec/applications', {
      childId: early.children[0], guardianId: early.mother, type: 'daycare', sentDate: '2025-06-20', preferredStartDate: '2025-10-20', hoursPerMonth: 100, preferredUnitIds: [unit],
    });
    expect(a2.body.application).toMatchObject({ dueDate: '2025-10-20', placeGuaranteeAtRisk: true });

    const supervisor = await t.as([{ role: 'ecec.unit_supervisor', unitId: unit }]);
    const queue = await supervisor.get(`/api/v1/ecec/units/${unit}/queue`);
    expect(queue.status).toBe(200);
    expect(queue.body.queue.map((q: any) => [q.id, q.priority])).toEqual([[a2.body.application.id, 1], [a1.body.application.id, 2]]);
    expect(queue.body.placeGuaranteeAtRisk).toBe(1);
    const foreign = await t.as([{ role: 'ecec.unit_supervisor', unitId: other }]);
    expect((await foreign.get(`/api/v1/ecec/units/${unit}/queue`)).status).toBe(404);

    const id = a2.body.application.id;
    expect((await handler.post(`/api/v1/ecec/applications/${id}/status`, { status: 'accepted' })).body.error.code).toBe('invalid_status_change');
    expect((await handler.post(`/api/v1/ecec/applications/${id}/status`, { status: 'processing' })).status).toBe(200);
    const proposal = await handler.post(`/api/v1/ecec/applications/${id}/status`, { status: 'placement_proposal', unitId: unit, startDate: '2025-10-20' });
    expect(proposal.body.application.placeGuaranteeAtRisk).toBe(false);
    const accepted = await handler.post(`/api/v1/ecec/applications/${id}/status`, { status: 'accepted' });
    expect(accepted.status).toBe(200);
    const placements = await handler.get(`/api/v1/ecec/children/${early.children[0]}/placements`);
    expect(placements.body.placements).toMatchObject([{ unitId: unit, type: 'daycare', startDate: '2025-10-20', hoursPerMonth: 100, applicationId: id }]);
    expect(placements.body.placements[0].decisions).toHaveLength(1);
    expect((await supervisor.get(`/api/v1/ecec/units/${unit}/queue`)).body.queue).toHaveLength(1);
    await t.close();
  });

  it('asks the consent of a guardian living apart before a place can be proposed', async () => {
    const t = await testApp(ctx.database);
    const unit = await insertEcecUnit(ctx.db);
    const fam = await insertFamily(ctx.db, ['2022-05-05'], { singleParent: true });
    const apart = await insertTestPerson(ctx.db, { birthDate: '1986-02-02', address: { streetAddress: 'Muualla 9', postalCode: '20100', validFrom: '2015-01-01' } });
    await ctx.db.transaction().execute((tx) => addRelationship(tx, { kind: 'guardian', personId: apart, relatedPersonId: fam.children[0]!, validFrom: '2022-05-05' }));
    const handler = await t.as([{ role: 'ecec.application_handler' }]);
    const a = await handler.post('/api/v1/ecec/applications', {
      childId: fam.children[0], guardianId: fam.mother, type: 'daycare', preferredStartDate: '2026-03-01', preferredUnitIds: [unit],
    });
    expect(a.body.application).toMatchObject({ otherGuardianId: apart, otherGuardianConsent: 'pending', sentDate: '2025-10-15' });
    const id = a.body.application.id;
    await handler.post(`/api/v1/ecec/applications/${id}/status`, { status: 'processing' });
    const refused = await handler.post(`/api/v1/ecec/applications/${id}/status`, { status: 'placement_proposal', unitId: unit, startDate: '2026-03-01', hoursPerMonth: 120 });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('other_guardian_consent_missing');
    expect(Object.keys(refused.body.error.message).sort()).toEqual(['en', 'fi', 'sv']);
    await handler.post(`/api/v1/ecec/applications/${id}/other-guardian-consent`, { consent: 'given' });
    expect((await handler.post(`/api/v1/ecec/applications/${id}/status`, { status: 'placement_proposal', unitId: unit, startDate: '2026-03-01', hoursPerMonth: 120 })).status).toBe(200);
    await t.close();
  });

  it('recalculates the due date from today when an application becomes urgent, and refuses more than three units', async () => {
    const t = await testApp(ctx.database);
    const units = await Promise.all([1, 2, 3, 4].map(() => insertEcecUnit(ctx.db)));
    const fam = await insertFamily(ctx.db, ['2024-01-01']);
    const handler = await t.as([{ role: 'ecec.application_handler' }]);
    const tooMany = await handler.post('/api/v1/ecec/applications', { childId: fam.children[0], guardianId: fam.mother, type: 'daycare', preferredStartDate: '2026-03-01', preferredUnitIds: units });
    expect(tooMany.status).toBe(400);
    const before = await ctx.db.selectFrom('ecec_application').select(ctx.db.fn.countAll().as('n')).where('child_id', '=', fam.children[0]!).executeTakeFirstOrThrow();
    expect(Number(before.n)).toBe(0);
    const a = await handler.post('/api/v1/ecec/applications', {
      childId: fam.children[0], guardianId: fam.mother, type: 'daycare', sentDate: '2025-08-01', preferredStartDate: '2026-03-01', preferredUnitIds: units.slice(0, 3),
    });
    expect(a.body.application.dueDate).toBe('2025-12-01');
    const urgent = await handler.post(`/api/v1/ecec/applications/${a.body.application.id}/urgency`, { urgent: true, attachmentReceivedDate: '2025-10-01' });
    expect(urgent.body.application.dueDate).toBe('2025-10-29');
    await t.close();
  });

  it('does not let unit staff create or read applications of units they do not work in', async () => {
    const t = await testApp(ctx.database);
    const unit = await insertEcecUnit(ctx.db);
    const fam = await insertFamily(ctx.db, ['2024-01-01']);
    const staff = await t.as([{ role: 'ecec.staff', unitId: unit }]);
    const res = await staff.post('/api/v1/ecec/applications', { childId: fam.children[0], guardianId: fam.mother, type: 'daycare', preferredStartDate: '2026-03-01', preferredUnitIds: [unit] });
    expect(res.status).toBe(404);
    await t.close();
  });

  it('records a full placement proposal, checks it before it is recorded, and accepts it into the proposed placement', async () => {
    const t = await testApp(ctx.database); // today 2025-10-15
    const unit = await insertEcecUnit(ctx.db, { name: 'Päiväkoti Ehdotus' });
    const other = await insertEcecUnit(ctx.db, { name: 'Päiväkoti Toinen' });
    const director = await t.as([{ role: 'ecec.service_director' }]);
    const group = (await director.post(`/api/v1/ecec/units/${unit}/groups`, { name: 'Nuput', startDate: '2025-08-01' })).body.id;
    const foreignGroup = (await director.post(`/api/v1/ecec/units/${other}/groups`, { name: 'Muut', startDate: '2025-08-01' })).body.id;
    const fam = await insertFamily(ctx.db, ['2023-04-04']);
    const child = fam.children[0]!;
    const handler = await t.as([{ role: 'ecec.application_handler' }]);
    // The child already has a placement that ends at the end of the year.
    expect((await handler.post('/api/v1/ecec/placements', { childId: child, unitId: other, type: 'daycare', startDate: '2025-09-01', endDate: '2025-12-31', hoursPerMonth: 120 })).status).toBe(201);
    const created = await handler.post('/api/v1/ecec/applications', {
      childId: child, guardianId: fam.mother, type: 'daycare', sentDate: '2025-09-15', preferredStartDate: '2026-01-07', preferredUnitIds: [unit, other],
    });
    const id = created.body.application.id;
    await handler.post(`/api/v1/ecec/applications/${id}/status`, { status: 'processing' });
    const propose = (body: object) => handler.post(`/api/v1/ecec/applications/${id}/status`, { status: 'placement_proposal', unitId: unit, ...body });

    const cases: [object, string][] = [
      [{ startDate: '2026-01-07', groupId: foreignGroup, hoursPerMonth: 140 }, 'unknown_group'],
      [{ startDate: '2026-01-07', endDate: '2026-01-01', hoursPerMonth: 140 }, 'invalid_range'],
      [{ startDate: '2026-01-07' }, 'hours_required'],
      [{ startDate: '2025-12-01', hoursPerMonth: 140 }, 'overlapping_placement'],
      [{ startDate: '2026-01-07', hoursPerMonth: 140, freeHoursPerMonth: 150 }, 'invalid_free_hours'],
    ];
    for (const [body, code] of cases) {
      const res = await propose(body);
      expect(res.status, code).toBe(400);
      expect(res.body.error.code).toBe(code);
      expect(Object.keys(res.body.error.message).sort()).toEqual(['en', 'fi', 'sv']);
    }
    // Nothing of the refused proposals was recorded.
    expect((await handler.get(`/api/v1/ecec/applications/${id}`)).body.application).toMatchObject({ status: 'processing', proposedUnitId: null, proposedGroupId: null });

    const ok = await propose({ startDate: '2026-01-07', endDate: '2026-07-31', groupId: group, hoursPerMonth: 140 });
    expect(ok.status).toBe(200);
    expect(ok.body.application).toMatchObject({ status: 'placement_proposal', proposedUnitId: unit, proposedGroupId: group, proposedStartDate: '2026-01-07', proposedEndDate: '2026-07-31', proposedHoursPerMonth: 140 });
    const accepted = await handler.post(`/api/v1/ecec/applications/${id}/status`, { status: 'accepted' });
    expect(accepted.status).toBe(200);
    const placements = (await handler.get(`/api/v1/ecec/children/${child}/placements`)).body.placements;
    expect(placements.find((p: any) => p.id === accepted.body.placementId)).toMatchObject({
      unitId: unit, groupId: group, type: 'daycare', startDate: '2026-01-07', endDate: '2026-07-31', hoursPerMonth: 140, applicationId: id,
    });

    const details = await handler.get(`/api/v1/ecec/applications/${id}`);
    expect(details.body).toMatchObject({
      child: { id: child, firstNames: 'Lapsi', lastName: 'Testinen', birthDate: '2023-04-04' },
      guardian: { id: fam.mother },
      otherGuardian: null,
      preferredUnits: [{ id: unit, name: 'Päiväkoti Ehdotus', priority: 1 }, { id: other, name: 'Päiväkoti Toinen', priority: 2 }],
      proposedUnit: { id: unit, name: 'Päiväkoti Ehdotus' },
      proposedGroup: { id: group, name: 'Nuput' },
      placementId: accepted.body.placementId,
    });
    const list = await handler.get(`/api/v1/ecec/children/${child}/applications`);
    expect(list.body.applications).toMatchObject([{ id, status: 'accepted', unitName: 'Päiväkoti Ehdotus' }]);
    await t.close();
  });

  it('refuses a rejection without grounds and keeps the grounds of a rejection', async () => {
    const t = await testApp(ctx.database);
    const unit = await insertEcecUnit(ctx.db);
    const fam = await insertFamily(ctx.db, ['2024-02-02']);
    const handler = await t.as([{ role: 'ecec.application_handler' }]);
    const id = (await handler.post('/api/v1/ecec/applications', { childId: fam.children[0], guardianId: fam.mother, type: 'club', preferredStartDate: '2026-01-07', preferredUnitIds: [unit] })).body.application.id;
    await handler.post(`/api/v1/ecec/applications/${id}/status`, { status: 'processing' });
    const bare = await handler.post(`/api/v1/ecec/applications/${id}/status`, { status: 'rejected', reason: '   ' });
    expect(bare.status).toBe(400);
    expect(bare.body.error.code).toBe('reason_required');
    const rejected = await handler.post(`/api/v1/ecec/applications/${id}/status`, { status: 'rejected', reason: 'Kerhossa ei ole tilaa.' });
    expect(rejected.body.application).toMatchObject({ status: 'rejected', rejectionReason: 'Kerhossa ei ole tilaa.' });
    expect((await handler.post(`/api/v1/ecec/applications/${id}/status`, { status: 'processing' })).body.error.code).toBe('invalid_status_change');
    await t.close();
  });

  it('lets a unit supervisor read but not process the applications naming the unit, and hides the others', async () => {
    const t = await testApp(ctx.database);
    const unit = await insertEcecUnit(ctx.db);
    const other = await insertEcecUnit(ctx.db);
    const fam = await insertFamily(ctx.db, ['2022-06-06']);
    const child = fam.children[0]!;
    const handler = await t.as([{ role: 'ecec.application_handler' }]);
    await handler.post('/api/v1/ecec/placements', { childId: child, unitId: unit, type: 'daycare', startDate: '2025-09-01', hoursPerMonth: 120 });
    const mine = (await handler.post('/api/v1/ecec/applications', { childId: child, guardianId: fam.mother, type: 'transfer', preferredStartDate: '2026-02-01', preferredUnitIds: [unit] })).body.application.id;
    const theirs = (await handler.post('/api/v1/ecec/applications', { childId: child, guardianId: fam.mother, type: 'club', preferredStartDate: '2026-02-01', preferredUnitIds: [other] })).body.application.id;
    const supervisor = await t.as([{ role: 'ecec.unit_supervisor', unitId: unit }]);
    expect((await supervisor.get(`/api/v1/ecec/applications/${mine}`)).status).toBe(200);
    expect((await supervisor.get(`/api/v1/ecec/applications/${theirs}`)).status).toBe(404);
    expect((await supervisor.post(`/api/v1/ecec/applications/${mine}/status`, { status: 'processing' })).status).toBe(404);
    const list = await supervisor.get(`/api/v1/ecec/children/${child}/applications`);
    expect(list.body.applications.map((a: any) => a.id)).toEqual([mine]);
    expect((await handler.get(`/api/v1/ecec/children/${child}/applications`)).body.applications.map((a: any) => a.id).sort()).toEqual([mine, theirs].sort());
    const audit = await ctx.db
      .selectFrom('audit_event')
      .select(['outcome', 'person_ids', 'object_ids'])
      .where('actor_user_id', '=', supervisor.userId)
      .where('event', '=', 'EcecApplicationRead')
      .orderBy('seq')
      .execute();
    // The read is logged with the people shown; the attempt on the other unit's application as denied.
    expect(audit.map((a) => a.outcome)).toEqual(['success', 'denied']);
    expect(audit[0]!.person_ids).toEqual(expect.arrayContaining([child, fam.mother]));
    await t.close();
  });

  it("makes the placement even when the period's fee figures are not entered yet, and says the fee decision waits", async () => {
    // 1.9.2026: only the maximum and minimum fee of the period from 1.8.2026 are known.
    const t = await testApp(ctx.database, { now: '2026-09-01T09:00:00+03:00' });
    const unit = await insertEcecUnit(ctx.db);
    const fam = await insertFamily(ctx.db, ['2024-03-03']);
    const child = fam.children[0]!;
    const handler = await t.as([{ role: 'ecec.application_handler' }]);
    const id = (await handler.post('/api/v1/ecec/applications', { childId: child, guardianId: fam.mother, type: 'daycare', hoursPerMonth: 120, preferredStartDate: '2026-09-14', preferredUnitIds: [unit] })).body.application.id;
    await handler.post(`/api/v1/ecec/applications/${id}/status`, { status: 'processing' });
    await handler.post(`/api/v1/ecec/applications/${id}/status`, { status: 'placement_proposal', unitId: unit, startDate: '2026-09-14' });
    const accepted = await handler.post(`/api/v1/ecec/applications/${id}/status`, { status: 'accepted' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.feesMissingFiguresFrom).toBe('2026-09-14');
    expect((await handler.get(`/api/v1/ecec/children/${child}/placements`)).body.placements).toMatchObject([{ startDate: '2026-09-14', hoursPerMonth: 120 }]);
    expect(await ctx.db.selectFrom('ecec_fee_decision').select('id').where('head_of_family_id', 'in', fam.guardians).execute()).toEqual([]);
    await t.close();
  });

  it("lets the handler open the person card of an applicant and the applicant's guardian, and of nobody outside ECEC", async () => {
    const t = await testApp(ctx.database);
    const unit = await insertEcecUnit(ctx.db);
    const fam = await insertFamily(ctx.db, ['2025-05-05']);
    const stranger = await insertTestPerson(ctx.db, { birthDate: '1970-01-01' });
    const handler = await t.as([{ role: 'ecec.application_handler' }]);
    expect((await handler.get(`/api/v1/persons/${fam.children[0]}`)).status).toBe(404);
    await handler.post('/api/v1/ecec/applications', { childId: fam.children[0], guardianId: fam.mother, type: 'daycare', preferredStartDate: '2026-03-01', preferredUnitIds: [unit] });
    expect((await handler.get(`/api/v1/persons/${fam.children[0]}`)).status).toBe(200);
    expect((await handler.get(`/api/v1/persons/${fam.mother}`)).status).toBe(200);
    expect((await handler.get(`/api/v1/persons/${stranger}`)).status).toBe(404);
    // Unit staff still see only their unit's clients.
    const staff = await t.as([{ role: 'ecec.staff', unitId: unit }]);
    expect((await staff.get(`/api/v1/persons/${fam.children[0]}`)).status).toBe(404);
    await t.close();
  });
});
