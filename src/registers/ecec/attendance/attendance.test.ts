import { describe, expect, it } from 'vitest';
import { describeDb } from '../../../../test/db.ts';
import { testApp } from '../../../../test/http.ts';
import { ApiError } from '../../../core/http/errors.ts';
import { insertEcecUnit, insertFamily } from '../test-support.ts';
import { checkDay, checkReservations, type AttendanceDay } from './attendance.ts';

const codeOf = (f: () => unknown) => {
  try {
    f();
    return null;
  } catch (e) {
    return e instanceof ApiError ? e.code : String(e);
  }
};

describe('checkDay', () => {
  const day = (attendances: AttendanceDay['attendances'], absenceType: AttendanceDay['absenceType'] = null) => ({ attendances, absenceType });
  it('orders the stays of a day and lets the last one stay open', () => {
    expect(checkDay(day([{ arrived: '13:00', departed: null }, { arrived: '08:00', departed: '11:00' }]), '2025-10-15', '2025-10-15')).toEqual([
      { arrived: '08:00', departed: '11:00' },
      { arrived: '13:00', departed: null },
    ]);
  });
  it('refuses presence and absence together, a departure before arrival, overlaps and future presence', () => {
    expect(codeOf(() => checkDay(day([{ arrived: '08:00', departed: null }], 'sickness'), '2025-10-15', '2025-10-15'))).toBe('attendance_and_absence');
    expect(codeOf(() => checkDay(day([{ arrived: '08:00', departed: '08:00' }]), '2025-10-15', '2025-10-15'))).toBe('invalid_time_range');
    expect(codeOf(() => checkDay(day([{ arrived: '08:00', departed: null }, { arrived: '12:00', departed: '13:00' }]), '2025-10-15', '2025-10-15'))).toBe('overlapping_attendance');
    expect(codeOf(() => checkDay(day([{ arrived: '08:00', departed: '12:30' }, { arrived: '12:00', departed: '13:00' }]), '2025-10-15', '2025-10-15'))).toBe('overlapping_attendance');
    expect(codeOf(() => checkDay(day([{ arrived: '08:00', departed: null }]), '2025-10-16', '2025-10-15'))).toBe('future_attendance');
    // A planned absence may be marked ahead.
    expect(checkDay(day([], 'planned'), '2025-10-20', '2025-10-15')).toEqual([]);
  });
});

describe('checkReservations', () => {
  it('orders the reservations of a coming day and refuses reversed, overlapping and past ones', () => {
    expect(checkReservations([{ start: '12:00', end: '16:00' }, { start: '07:30', end: '10:00' }], '2025-10-16', '2025-10-15')).toEqual([
      { start: '07:30', end: '10:00' },
      { start: '12:00', end: '16:00' },
    ]);
    expect(checkReservations([], '2025-10-15', '2025-10-15')).toEqual([]);
    expect(codeOf(() => checkReservations([{ start: '08:00', end: '08:00' }], '2025-10-16', '2025-10-15'))).toBe('invalid_time_range');
    expect(codeOf(() => checkReservations([{ start: '08:00', end: '12:00' }, { start: '11:00', end: '16:00' }], '2025-10-16', '2025-10-15'))).toBe('overlapping_reservation');
    expect(codeOf(() => checkReservations([{ start: '08:00', end: '12:00' }], '2025-10-14', '2025-10-15'))).toBe('past_reservation');
  });
});

describeDb('ECEC attendance of a unit over HTTP', (ctx) => {
  async function setUp() {
    const t = await testApp(ctx.database); // today 2025-10-15
    const unit = await insertEcecUnit(ctx.db, { name: 'Päiväkoti Läsnä' });
    const other = await insertEcecUnit(ctx.db, { name: 'Päiväkoti Muualla' });
    const director = await t.as([{ role: 'ecec.service_director' }]);
    const buds = (await director.post(`/api/v1/ecec/units/${unit}/groups`, { name: 'Nuput', startDate: '2025-08-01' })).body.id;
    const flowers = (await director.post(`/api/v1/ecec/units/${unit}/groups`, { name: 'Kukat', startDate: '2025-08-01' })).body.id;
    const a = await insertFamily(ctx.db, ['2023-01-10']);
    const b = await insertFamily(ctx.db, ['2021-05-05']);
    const handler = await t.as([{ role: 'ecec.application_handler' }]);
    const place = (childId: string, unitId: string, groupId: string | null, startDate: string, hoursPerMonth: number, endDate: string | null = null) =>
      handler.post('/api/v1/ecec/placements', { childId, unitId, groupId, type: 'daycare', startDate, endDate, hoursPerMonth });
    expect((await place(a.children[0]!, unit, buds, '2025-09-01', 20)).status).toBe(201);
    // The second child moved in from another unit on 10.10.
    expect((await place(b.children[0]!, other, null, '2025-09-01', 120, '2025-10-09')).status).toBe(201);
    expect((await place(b.children[0]!, unit, flowers, '2025-10-10', 120)).status).toBe(201);
    const staff = await t.as([{ role: 'ecec.staff', unitId: unit }]);
    return { t, unit, other, buds, flowers, small: a.children[0]!, big: b.children[0]!, staff };
  }

  it("lists a unit's day by group with reservations, and replaces a child's day as staff mark it", async () => {
    const { t, unit, buds, small, big, staff } = await setUp();
    await staff.post(`/api/v1/ecec/children/${small}/reservations`, { date: '2025-10-14', start: '08:00', end: '16:00' });
    const day = await staff.get(`/api/v1/ecec/units/${unit}/attendance?date=2025-10-14`);
    expect(day.status).toBe(200);
    expect(day.body.children.map((c: any) => [c.id, c.groupName])).toEqual(expect.arrayContaining([[small, 'Nuput'], [big, 'Kukat']]));
    expect(day.body.children.find((c: any) => c.id === small)).toMatchObject({ reservations: [{ start: '08:00', end: '16:00' }], attendances: [], absenceType: null });
    const group = await staff.get(`/api/v1/ecec/units/${unit}/attendance?date=2025-10-14&groupId=${buds}`);
    expect(group.body.children.map((c: any) => c.id)).toEqual([small]);

    const put = (childId: string, date: string, body: object) => staff.request('PUT', `/api/v1/ecec/children/${childId}/attendance-days/${date}`, body);
    expect((await put(small, '2025-10-14', { attendances: [{ arrived: '08:10', departed: null }], absenceType: null })).status).toBe(200);
    const departed = await put(small, '2025-10-14', { attendances: [{ arrived: '08:10', departed: '15:40' }], absenceType: null });
    expect(departed.body).toEqual({ date: '2025-10-14', attendances: [{ arrived: '08:10', departed: '15:40' }], absenceType: null });
    expect((await put(big, '2025-10-14', { attendances: [], absenceType: 'sickness' })).status).toBe(200);
    const after = (await staff.get(`/api/v1/ecec/units/${unit}/attendance?date=2025-10-14`)).body.children;
    expect(after.find((c: any) => c.id === small).attendances).toEqual([{ arrived: '08:10', departed: '15:40' }]);
    expect(after.find((c: any) => c.id === big).absenceType).toBe('sickness');

    // Both at once is refused in three languages and nothing changes.
    const both = await put(big, '2025-10-14', { attendances: [{ arrived: '09:00', departed: null }], absenceType: 'sickness' });
    expect(both.status).toBe(400);
    expect(both.body.error.code).toBe('attendance_and_absence');
    expect(Object.keys(both.body.error.message).sort()).toEqual(['en', 'fi', 'sv']);
    expect((await put(small, '2025-10-16', { attendances: [{ arrived: '08:00', departed: null }], absenceType: null })).body.error.code).toBe('future_attendance');
    expect((await put(small, '2025-10-20', { attendances: [], absenceType: 'planned' })).status).toBe(200);
    // Marking a child present removes the absence of the day; clearing the day removes everything.
    expect((await put(big, '2025-10-14', { attendances: [{ arrived: '09:00', departed: '12:00' }], absenceType: null })).status).toBe(200);
    const rows = await ctx.db.selectFrom('ecec_absence').select('date').where('child_id', '=', big).execute();
    expect(rows).toEqual([]);
    expect((await put(big, '2025-10-14', { attendances: [], absenceType: null })).status).toBe(200);
    expect(await ctx.db.selectFrom('ecec_attendance').select('id').where('child_id', '=', big).execute()).toEqual([]);
    await t.close();
  });

  it('keeps several stays of a day, corrects one and deletes another as the whole day is sent back', async () => {
    const { t, unit, small, staff } = await setUp();
    const put = (body: object) => staff.request('PUT', `/api/v1/ecec/children/${small}/attendance-days/2025-10-14`, body);
    // The child left for the doctor at 10.00 and came back at 12.30.
    const two = await put({ attendances: [{ arrived: '12:30', departed: '16:00' }, { arrived: '08:00', departed: '10:00' }], absenceType: null });
    expect(two.body.attendances).toEqual([{ arrived: '08:00', departed: '10:00' }, { arrived: '12:30', departed: '16:00' }]);
    // The second arrival was really 12.45.
    expect((await put({ attendances: [{ arrived: '08:00', departed: '10:00' }, { arrived: '12:45', departed: '16:00' }], absenceType: null })).status).toBe(200);
    const day = (await staff.get(`/api/v1/ecec/units/${unit}/attendance?date=2025-10-14`)).body.children.find((c: any) => c.id === small);
    expect(day.attendances).toEqual([{ arrived: '08:00', departed: '10:00' }, { arrived: '12:45', departed: '16:00' }]);
    const month = (await staff.get(`/api/v1/ecec/units/${unit}/attendance-month?month=2025-10`)).body.children.find((c: any) => c.id === small);
    expect(month.realisedHours).toBe(5.25);
    // The morning stay was marked for the wrong child: deleting it keeps the afternoon.
    expect((await put({ attendances: [{ arrived: '12:45', departed: '16:00' }], absenceType: null })).status).toBe(200);
    const rows = await ctx.db.selectFrom('ecec_attendance').select(['arrived', 'departed']).where('child_id', '=', small).execute();
    expect(rows.map((r) => [String(r.arrived).slice(0, 5), String(r.departed).slice(0, 5)])).toEqual([['12:45', '16:00']]);
    await t.close();
  });

  it("enters, changes and removes a guardian's reservation for a coming day, and never a past one", async () => {
    const { t, unit, small, big, staff } = await setUp();
    const put = (childId: string, date: string, reservations: object[]) => staff.request('PUT', `/api/v1/ecec/children/${childId}/reservation-days/${date}`, { reservations });
    const reservedOn = async (date: string) =>
      (await staff.get(`/api/v1/ecec/units/${unit}/attendance?date=${date}`)).body.children.find((c: any) => c.id === small).reservations;
    const entered = await put(small, '2025-10-17', [{ start: '08:00', end: '16:00' }]);
    expect(entered.status).toBe(200);
    expect(entered.body).toEqual({ date: '2025-10-17', reservations: [{ start: '08:00', end: '16:00' }] });
    // The guardian phoned: the child comes later and has a break at noon.
    expect((await put(small, '2025-10-17', [{ start: '13:00', end: '15:30' }, { start: '09:00', end: '11:00' }])).status).toBe(200);
    expect(await reservedOn('2025-10-17')).toEqual([{ start: '09:00', end: '11:00' }, { start: '13:00', end: '15:30' }]);
    const month = (await staff.get(`/api/v1/ecec/units/${unit}/attendance-month?month=2025-10`)).body.children.find((c: any) => c.id === small);
    expect(month.reservedHours).toBe(4.5);
    // An overlapping change is refused in three languages and the reservation stays as it was.
    const overlap = await put(small, '2025-10-17', [{ start: '09:00', end: '12:00' }, { start: '11:00', end: '15:00' }]);
    expect(overlap.status).toBe(400);
    expect(overlap.body.error.code).toBe('overlapping_reservation');
    expect(Object.keys(overlap.body.error.message).sort()).toEqual(['en', 'fi', 'sv']);
    expect(await reservedOn('2025-10-17')).toEqual([{ start: '09:00', end: '11:00' }, { start: '13:00', end: '15:30' }]);
    expect((await put(small, '2025-10-14', [{ start: '08:00', end: '16:00' }])).body.error.code).toBe('past_reservation');
    // No reservations removes the day's reservation.
    expect((await put(small, '2025-10-17', [])).status).toBe(200);
    expect(await reservedOn('2025-10-17')).toEqual([]);
    // Staff of another unit cannot reserve for the child, the director does not reserve at all.
    const stranger = await t.as([{ role: 'ecec.staff', unitId: (await insertEcecUnit(ctx.db, { name: 'Päiväkoti Kolmas' })) }]);
    expect((await stranger.request('PUT', `/api/v1/ecec/children/${big}/reservation-days/2025-10-17`, { reservations: [] })).status).toBe(404);
    const director = await t.as([{ role: 'ecec.service_director' }]);
    expect((await director.request('PUT', `/api/v1/ecec/children/${big}/reservation-days/2025-10-17`, { reservations: [] })).status).toBe(404);
    const events = await ctx.db.selectFrom('audit_event').select(['person_ids']).where('actor_user_id', '=', staff.userId).where('event', '=', 'EcecReservationUpdate').execute();
    expect(events.length).toBe(3);
    expect(events.every((e) => [...e.person_ids].join() === small)).toBe(true);
    await t.close();
  });

  it('never lets staff see or mark another unit, nor the days a child spent in another unit', async () => {
    const { t, unit, other, big, staff } = await setUp();
    const stranger = await t.as([{ role: 'ecec.staff', unitId: other }]);
    expect((await stranger.get(`/api/v1/ecec/units/${unit}/attendance?date=2025-10-14`)).status).toBe(404);
    expect((await stranger.get(`/api/v1/ecec/units/${unit}/attendance-month?month=2025-10`)).status).toBe(404);
    // The child is in this unit today, but on 8.10. was in the other one.
    const earlier = await staff.request('PUT', `/api/v1/ecec/children/${big}/attendance-days/2025-10-08`, { attendances: [{ arrived: '08:00', departed: '16:00' }], absenceType: null });
    expect(earlier.status).toBe(404);
    expect((await staff.post(`/api/v1/ecec/children/${big}/attendances`, { date: '2025-10-08', arrived: '08:00', departed: '16:00' })).status).toBe(404);
    expect((await staff.request('PUT', `/api/v1/ecec/children/${big}/attendance-days/2025-08-01`, { attendances: [], absenceType: 'sickness' })).body.error.code).toBe('no_placement');
    // The director reads any unit but does not mark attendance.
    const director = await t.as([{ role: 'ecec.service_director' }]);
    expect((await director.get(`/api/v1/ecec/units/${unit}/attendance?date=2025-10-14`)).status).toBe(200);
    expect((await director.request('PUT', `/api/v1/ecec/children/${big}/attendance-days/2025-10-14`, { attendances: [], absenceType: 'sickness' })).status).toBe(404);
    await t.close();
  });

  it("sums a unit's month against the service need as the child's card does, and flags the overruns", async () => {
    const { t, unit, small, big, staff } = await setUp();
    for (const d of ['2025-10-01', '2025-10-02', '2025-10-03']) {
      await staff.request('PUT', `/api/v1/ecec/children/${small}/attendance-days/${d}`, { attendances: [{ arrived: '08:00', departed: '15:30' }], absenceType: null });
    }
    await staff.request('PUT', `/api/v1/ecec/children/${small}/attendance-days/2025-10-06`, { attendances: [], absenceType: 'sickness' });
    await staff.request('PUT', `/api/v1/ecec/children/${big}/attendance-days/2025-10-13`, { attendances: [{ arrived: '08:00', departed: '11:15' }, { arrived: '12:00', departed: null }], absenceType: null });
    await staff.post(`/api/v1/ecec/children/${small}/reservations`, { date: '2025-10-01', start: '08:00', end: '16:00' });
    const month = await staff.get(`/api/v1/ecec/units/${unit}/attendance-month?month=2025-10`);
    expect(month.status).toBe(200);
    expect(month.body.overruns).toBe(1);
    const smallRow = month.body.children.find((c: any) => c.id === small);
    expect(smallRow).toMatchObject({ serviceNeedHours: 20, realisedHours: 22.5, reservedHours: 8, absenceDays: 1, overrun: true });
    // An open stay (no departure yet) is not counted.
    expect(month.body.children.find((c: any) => c.id === big)).toMatchObject({ serviceNeedHours: 120, realisedHours: 3.25, overrun: false });
    const card = (await staff.get(`/api/v1/ecec/children/${small}/attendance?month=2025-10`)).body;
    expect([card.serviceNeedHours, card.realisedHours, card.reservedHours, card.overrun]).toEqual([smallRow.serviceNeedHours, smallRow.realisedHours, smallRow.reservedHours, smallRow.overrun]);
    const events = await ctx.db.selectFrom('audit_event').select(['person_ids']).where('actor_user_id', '=', staff.userId).where('event', '=', 'EcecUnitAttendanceRead').execute();
    expect(events).toHaveLength(1);
    expect([...events[0]!.person_ids].sort()).toEqual([small, big].sort());
    await t.close();
  });
});
