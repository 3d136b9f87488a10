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
    const refused = await handler.post(`/api/v1/ecec/applications/${id}/status`, { status: 'placement_proposal', unitId: unit, startDate: '2026-03-01' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('other_guardian_consent_missing');
    expect(Object.keys(refused.body.error.message).sort()).toEqual(['en', 'fi', 'sv']);
    await handler.post(`/api/v1/ecec/applications/${id}/other-guardian-consent`, { consent: 'given' });
    expect((await handler.post(`/api/v1/ecec/applications/${id}/status`, { status: 'placement_proposal', unitId: unit, startDate: '2026-03-01' })).status).toBe(200);
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
});
