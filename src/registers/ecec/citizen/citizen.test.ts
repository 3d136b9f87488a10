import { describe, expect, it } from 'vitest';
import { describeDb } from '../../../../test/db.ts';
import { testApp } from '../../../../test/http.ts';
import { testHetu } from '../../../../test/fixtures.ts';
import { ApiError } from '../../../core/http/errors.ts';
import { insertEcecUnit, insertFamily, pdfText } from '../test-support.ts';
import { checkCitizenDay, type CitizenDay } from './citizen-calendar.ts';

const rule = { reservationClosingDays: 1, absenceClosingDays: 0, maxDaysAhead: 92 };
const codeOf = (f: () => unknown) => {
  try {
    f();
    return null;
  } catch (e) {
    return e instanceof ApiError ? e.code : String(e);
  }
};

describe('checkCitizenDay', () => {
  const day = (reservations: CitizenDay['reservations'], absence: CitizenDay['absence'] = null) => ({ reservations, absence });
  // 2025-10-15 is a Wednesday.
  it('orders the stays and keeps the municipal closing rules', () => {
    expect(checkCitizenDay(day([{ start: '13:00', end: '16:00' }, { start: '08:00', end: '11:00' }]), '2025-10-16', '2025-10-15', rule)).toEqual([
      { start: '08:00', end: '11:00' },
      { start: '13:00', end: '16:00' },
    ]);
    // Reservations close the day before; a sickness notice is still open on the day itself.
    expect(codeOf(() => checkCitizenDay(day([{ start: '08:00', end: '16:00' }]), '2025-10-15', '2025-10-15', rule))).toBe('day_closed');
    expect(checkCitizenDay(day([], 'sickness'), '2025-10-15', '2025-10-15', rule)).toEqual([]);
    expect(codeOf(() => checkCitizenDay(day([], 'sickness'), '2025-10-14', '2025-10-15', rule))).toBe('day_closed');
    expect(codeOf(() => checkCitizenDay(day([{ start: '08:00', end: '16:00' }]), '2025-10-16', '2025-10-15', { ...rule, reservationClosingDays: 3 }))).toBe('day_closed');
    expect(codeOf(() => checkCitizenDay(day([{ start: '08:00', end: '16:00' }]), '2025-10-18', '2025-10-15', rule))).toBe('day_not_open');
    expect(codeOf(() => checkCitizenDay(day([{ start: '08:00', end: '16:00' }]), '2026-01-20', '2025-10-15', rule))).toBe('day_not_open');
    expect(codeOf(() => checkCitizenDay(day([{ start: '08:00', end: '16:00' }], 'other'), '2025-10-16', '2025-10-15', rule))).toBe('reservation_and_absence');
    expect(codeOf(() => checkCitizenDay(day([{ start: '08:00', end: '12:00' }, { start: '11:00', end: '16:00' }]), '2025-10-16', '2025-10-15', rule))).toBe('overlapping_reservation');
    expect(codeOf(() => checkCitizenDay(day([{ start: '16:00', end: '08:00' }]), '2025-10-16', '2025-10-15', rule))).toBe('invalid_time_range');
  });
});

describeDb("a guardian's own ECEC pages over HTTP", (ctx) => {
  async function setUp() {
    const t = await testApp(ctx.database); // today 2025-10-15
    const unit = await insertEcecUnit(ctx.db, { name: 'Päiväkoti Oma' });
    const fam = await insertFamily(ctx.db, ['2022-09-09', '2025-05-05']);
    const strangers = await insertFamily(ctx.db, ['2021-03-03']);
    const hetu = testHetu('1988-01-01');
    await ctx.db.updateTable('person').set({ hetu }).where('id', '=', fam.mother).execute();
    const handler = await t.as([{ role: 'ecec.application_handler' }]);
    for (const child of [fam.children[0]!, strangers.children[0]!]) {
      expect((await handler.post('/api/v1/ecec/placements', { childId: child, unitId: unit, type: 'daycare', startDate: '2025-09-01', hoursPerMonth: 120 })).status).toBe(201);
    }
    const staff = await t.as([{ role: 'ecec.staff', unitId: unit }]);
    const guardian = await t.citizen(hetu);
    return { t, unit, fam, strangers, child: fam.children[0]!, stranger: strangers.children[0]!, staff, guardian, hetu };
  }

  it('lists my children in ECEC with placements and decisions, and gives the decision PDFs', async () => {
    const { t, fam, child, guardian, stranger } = await setUp();
    const children = (await guardian.get('/api/v1/citizen/ecec/children')).body.children;
    // The baby without a placement is not in ECEC.
    expect(children).toEqual([{ id: child, firstNames: 'Lapsi', lastName: 'Testinen', birthDate: '2022-09-09', placement: { unitName: 'Päiväkoti Oma', type: 'daycare', startDate: '2025-09-01', endDate: null } }]);
    const placements = (await guardian.get(`/api/v1/citizen/ecec/children/${child}/placements`)).body.placements;
    expect(placements).toHaveLength(1);
    expect(placements[0].decisions).toHaveLength(1);
    const decisions = (await guardian.get('/api/v1/citizen/ecec/decisions')).body;
    expect(decisions.placementDecisions.map((d: any) => d.id)).toEqual([placements[0].decisions[0].id]);
    const pdf = await t.app.fastify.inject({ method: 'GET', url: `/api/v1/citizen/ecec/placement-decisions/${decisions.placementDecisions[0].id}/pdf`, headers: { cookie: guardian.cookie } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdfText(pdf.rawPayload)).toContain('Päiväkoti Oma');
    // Fee decisions of the family, as head of family or partner.
    for (const f of decisions.feeDecisions) {
      expect((await t.app.fastify.inject({ method: 'GET', url: `/api/v1/citizen/ecec/fee-decisions/${f.id}/pdf`, headers: { cookie: guardian.cookie } })).statusCode).toBe(200);
    }
    // Another family's decisions are not mine.
    const otherDecision = await ctx.db
      .selectFrom('ecec_placement_decision as d')
      .innerJoin('ecec_placement as p', 'p.id', 'd.placement_id')
      .select('d.id')
      .where('p.child_id', '=', stranger)
      .executeTakeFirstOrThrow();
    expect((await guardian.get(`/api/v1/citizen/ecec/placement-decisions/${otherDecision.id}/pdf`)).status).toBe(404);
    const otherFee = await ctx.db.selectFrom('ecec_fee_decision').select('id').where('head_of_family_id', '!=', fam.mother).where('partner_id', 'is distinct from', fam.mother).executeTakeFirst();
    if (otherFee) expect((await guardian.get(`/api/v1/citizen/ecec/fee-decisions/${otherFee.id}/pdf`)).status).toBe(404);
    await t.close();
  });

  it('adds, changes and deletes reservations and absence notices for coming days; staff see them', async () => {
    const { t, unit, fam, child, guardian, staff } = await setUp();
    const put = (date: string, body: CitizenDay) => guardian.request('PUT', `/api/v1/citizen/ecec/children/${child}/days/${date}`, body);
    expect((await put('2025-10-17', { reservations: [{ start: '08:00', end: '16:00' }], absence: null })).status).toBe(200);
    let day = (await staff.get(`/api/v1/ecec/units/${unit}/attendance?date=2025-10-17`)).body.children.find((c: any) => c.id === child);
    expect(day.reservations).toEqual([{ start: '08:00', end: '16:00' }]);
    // Change, then split the day.
    expect((await put('2025-10-17', { reservations: [{ start: '12:00', end: '15:00' }, { start: '07:30', end: '10:00' }], absence: null })).body.reservations).toEqual([
      { start: '07:30', end: '10:00' },
      { start: '12:00', end: '15:00' },
    ]);
    day = (await staff.get(`/api/v1/ecec/units/${unit}/attendance?date=2025-10-17`)).body.children.find((c: any) => c.id === child);
    expect(day.reservations).toEqual([{ start: '07:30', end: '10:00' }, { start: '12:00', end: '15:00' }]);
    const row = await ctx.db.selectFrom('ecec_reservation').select(['created_by_person_id', 'created_by_user_id']).where('child_id', '=', child).where('date', '=', '2025-10-17').execute();
    expect(row.map((r) => [r.created_by_person_id, r.created_by_user_id])).toEqual([[fam.mother, null], [fam.mother, null]]);
    // A sickness notice for today replaces nothing the unit marked and shows to staff.
    expect((await put('2025-10-15', { reservations: [], absence: 'sickness' })).status).toBe(200);
    expect((await staff.get(`/api/v1/ecec/units/${unit}/attendance?date=2025-10-15`)).body.children.find((c: any) => c.id === child).absenceType).toBe('sickness');
    // An absence notice on a reserved day removes the reservations; an empty day deletes everything.
    expect((await put('2025-10-17', { reservations: [], absence: 'other' })).status).toBe(200);
    let month = (await guardian.get(`/api/v1/citizen/ecec/children/${child}/calendar?month=2025-10`)).body;
    const d17 = month.days.find((d: any) => d.date === '2025-10-17');
    expect(d17).toMatchObject({ reservations: [], absenceType: 'other', reservable: true, absenceReportable: true, unitName: 'Päiväkoti Oma' });
    expect(month.days.find((d: any) => d.date === '2025-10-18')).toMatchObject({ reservable: false, absenceReportable: false });
    expect(month.days.find((d: any) => d.date === '2025-10-14')).toMatchObject({ reservable: false, absenceReportable: false });
    expect(month.days.find((d: any) => d.date === '2025-10-15')).toMatchObject({ reservable: false, absenceReportable: true, absenceType: 'sickness' });
    expect((await put('2025-10-17', { reservations: [], absence: null })).status).toBe(200);
    month = (await guardian.get(`/api/v1/citizen/ecec/children/${child}/calendar?month=2025-10`)).body;
    expect(month.days.find((d: any) => d.date === '2025-10-17')).toMatchObject({ reservations: [], absenceType: null });

    // Refusals: closed and non-working days, bad times, a mark of the unit, a day without placement.
    expect((await put('2025-10-15', { reservations: [{ start: '08:00', end: '16:00' }], absence: null })).body.error.code).toBe('day_closed');
    expect((await put('2025-10-18', { reservations: [{ start: '08:00', end: '16:00' }], absence: null })).body.error.code).toBe('day_not_open');
    expect((await put('2025-10-20', { reservations: [{ start: '16:00', end: '08:00' }], absence: null })).body.error).toMatchObject({
      code: 'invalid_time_range',
      message: { fi: 'Loppuaika on ennen alkuaikaa.', sv: 'Sluttiden är före starttiden.', en: 'The end time is before the start time.' },
    });
    expect((await put('2025-10-20', { reservations: [], absence: 'planned' as any })).status).toBe(400);
    await ctx.db.insertInto('ecec_absence').values({ child_id: child, date: '2025-10-21', type: 'force_majeure' }).execute();
    expect((await put('2025-10-21', { reservations: [{ start: '08:00', end: '16:00' }], absence: null })).body.error.code).toBe('absence_marked_by_unit');
    expect((await ctx.db.selectFrom('ecec_absence').select('type').where('child_id', '=', child).where('date', '=', '2025-10-21').executeTakeFirstOrThrow()).type).toBe('force_majeure');

    // Every change is logged as the guardian's, on the child.
    const events = await ctx.db.selectFrom('audit_event').select(['actor_kind', 'actor_person_id', 'actor_user_id', 'person_ids', 'outcome']).where('event', '=', 'EcecCitizenDayUpdate').where('outcome', '=', 'success').execute();
    expect(events).toHaveLength(5);
    for (const e of events) expect([e.actor_kind, e.actor_person_id, e.actor_user_id, e.person_ids]).toEqual(['citizen', fam.mother, null, [child]]);
    await t.close();
  });

  it('shows only the vasu versions made visible to guardians, without their authors', async () => {
    const { t, unit, child, guardian } = await setUp();
    const teacher = await t.as([{ role: 'ecec.unit_supervisor', unitId: unit }]);
    const sections = (goals: string) => [{ id: 'goals', title: 'Tavoitteet', content: goals }];
    await teacher.post(`/api/v1/ecec/children/${child}/vasu`, { sections: sections('Luonnos'), basedOnVersion: 0 });
    await teacher.post(`/api/v1/ecec/children/${child}/vasu`, { sections: sections('Leikki ja liikunta'), visibleToGuardians: true, basedOnVersion: 1 });
    await teacher.post(`/api/v1/ecec/children/${child}/vasu`, { sections: sections('Seuraava luonnos'), visibleToGuardians: false, basedOnVersion: 2 });
    const res = await guardian.get(`/api/v1/citizen/ecec/children/${child}/vasu`);
    expect(res.body.versions.map((v: any) => [v.version, v.sections[0].content])).toEqual([[2, 'Leikki ja liikunta']]);
    expect(res.raw).not.toContain('Test user');
    expect(Object.keys(res.body.versions[0]).sort()).toEqual(['createdAt', 'id', 'sections', 'version']);
    await t.close();
  });

  it("refuses another family's child, a guardian whose guardianship ended, and staff sessions", async () => {
    const { t, child, stranger, guardian, staff, fam } = await setUp();
    for (const [method, url, body] of [
      ['GET', `/api/v1/citizen/ecec/children/${stranger}/placements`, undefined],
      ['GET', `/api/v1/citizen/ecec/children/${stranger}/calendar?month=2025-10`, undefined],
      ['GET', `/api/v1/citizen/ecec/children/${stranger}/vasu`, undefined],
      ['PUT', `/api/v1/citizen/ecec/children/${stranger}/days/2025-10-17`, { reservations: [{ start: '08:00', end: '16:00' }], absence: null }],
    ] as const) {
      expect((await guardian.request(method, url, body)).status, url).toBe(404);
    }
    expect(await ctx.db.selectFrom('ecec_reservation').select('id').where('child_id', '=', stranger).where('date', '=', '2025-10-17').execute()).toEqual([]);
    // A staff session is no guardian's.
    expect((await staff.get(`/api/v1/citizen/ecec/children/${child}/calendar?month=2025-10`)).status).toBe(401);
    expect((await staff.get('/api/v1/citizen/ecec/children')).status).toBe(401);
    // The guardianship ends (e.g. a court decision): access ends the same day.
    await ctx.db.updateTable('person_relationship').set({ valid_to: '2025-10-14' }).where('person_id', '=', fam.mother).where('related_person_id', '=', child).execute();
    expect((await guardian.get(`/api/v1/citizen/ecec/children/${child}/calendar?month=2025-10`)).status).toBe(404);
    expect((await guardian.request('PUT', `/api/v1/citizen/ecec/children/${child}/days/2025-10-17`, { reservations: [], absence: 'sickness' })).status).toBe(404);
    expect((await guardian.get('/api/v1/citizen/ecec/children')).body.children).toEqual([]);
    // Denied attempts are logged as the guardian's (the database is shared by the tests of this file).
    const denied = await ctx.db.selectFrom('audit_event').select(['actor_kind', 'person_ids']).where('outcome', '=', 'denied').where('actor_person_id', '=', fam.mother).execute();
    expect(denied.map((e) => e.actor_kind)).toEqual(Array(6).fill('citizen'));
    expect(denied.filter((e) => e.person_ids.includes(stranger))).toHaveLength(4);
    await t.close();
  });
});
