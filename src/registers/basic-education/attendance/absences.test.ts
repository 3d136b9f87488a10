import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../../../test/db.ts';
import { insertTestPerson } from '../../../../test/fixtures.ts';
import { testApp } from '../../../../test/http.ts';
import { R } from '../access.ts';

const B = '/api/v1/basic-education';

describeDb('a pupil’s absences', (ctx) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let principal: Awaited<ReturnType<typeof t.as>>;
  let teacher: Awaited<ReturnType<typeof t.as>>;
  let schoolId: string;
  let otherSchoolId: string;
  let classId: string;
  let mathsId: string;
  let pupil: string;
  let classmate: string;
  let threshold: number;

  beforeAll(async () => {
    t = await testApp(ctx.database);
    const office = await t.as([{ role: R.office }]);
    schoolId = (await office.post(`${B}/schools`, { name: 'Poissaolokoulu', language: 'fi' })).body.id;
    otherSchoolId = (await office.post(`${B}/schools`, { name: 'Toinen koulu', language: 'fi' })).body.id;
    principal = await t.as([{ role: R.principal, unitId: schoolId }]);
    teacher = await t.as([{ role: R.teacher, unitId: schoolId }]);
    const staff = (await principal.post(`${B}/schools/${schoolId}/staff`, { userId: teacher.userId, firstNames: 'Olli', lastName: 'Opettaja', title: 'subject_teacher', subjects: ['MA'], validFrom: '2020-08-01' })).body.id;
    classId = (await principal.post(`${B}/schools/${schoolId}/groups`, { schoolYear: 2025, name: '8A', kind: 'class', grade: 8 })).body.id;
    mathsId = (await principal.post(`${B}/schools/${schoolId}/groups`, { schoolYear: 2025, name: '8A-MA', kind: 'teaching_group', subjectCode: 'MA', teacherStaffIds: [staff] })).body.id;
    pupil = await insertTestPerson(ctx.db, { firstNames: 'Pinja', lastName: 'Poissa', birthDate: '2011-04-04' });
    classmate = await insertTestPerson(ctx.db, { firstNames: 'Kalle', lastName: 'Kaveri', birthDate: '2011-05-05' });
    for (const id of [pupil, classmate]) {
      expect((await principal.post(`${B}/schools/${schoolId}/enrolments`, { pupilId: id, classId, grade: 8, startDate: '2025-08-11' })).status).toBe(201);
    }
    // Only the pupil is in the maths group: the teacher reaches the classmate through nothing.
    expect((await principal.post(`${B}/groups/${mathsId}/members`, { pupilId: pupil, validFrom: '2025-08-11' })).status).toBe(201);
    threshold = Number((await ctx.db.selectFrom('be_parameter').select('value').where('key', '=', 'absence.unauthorised_alert_lessons').executeTakeFirstOrThrow()).value);
    // threshold + 1 unauthorised lessons in September, spread over days of five periods.
    for (let i = 0; i <= threshold; i++) {
      const day = `2025-09-${String(1 + Math.floor(i / 5)).padStart(2, '0')}`;
      const r = await principal.post(`${B}/groups/${classId}/lessons`, { date: day, period: 1 + (i % 5), subjectCode: 'AI', absences: [{ pupilId: pupil, kind: 'unauthorised' }, { pupilId: classmate, kind: 'authorised', reason: 'Sairaus' }] });
      expect(r.status).toBe(201);
    }
    expect((await teacher.post(`${B}/groups/${mathsId}/lessons`, { date: '2025-10-06', period: 2, absences: [{ pupilId: pupil, kind: 'authorised', reason: 'Hammaslääkäri' }] })).status).toBe(201);
    expect((await teacher.post(`${B}/groups/${mathsId}/lessons`, { date: '2025-10-07', period: 2, absences: [{ pupilId: pupil, kind: 'late' }] })).status).toBe(201);
    expect((await teacher.post(`${B}/groups/${mathsId}/lessons`, { date: '2025-10-08', period: 2, absences: [] })).status).toBe(201);
  });

  it('lists the pupil’s absences of the current school year in lesson order with totals and the exceeded threshold', async () => {
    const r = await principal.get(`${B}/pupils/${pupil}/absences`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ pupilId: pupil, from: '2025-08-01', to: '2026-07-31' });
    expect(r.body.absences).toHaveLength(threshold + 3);
    expect(r.body.absences[0]).toEqual({ id: expect.any(String), date: '2025-09-01', period: 1, subjectCode: 'AI', groupName: '8A', schoolId, schoolName: 'Poissaolokoulu', kind: 'unauthorised', reason: null });
    expect(r.body.absences.slice(-2).map((a: any) => [a.date, a.subjectCode, a.groupName, a.kind, a.reason])).toEqual([
      ['2025-10-06', 'MA', '8A-MA', 'authorised', 'Hammaslääkäri'],
      ['2025-10-07', 'MA', '8A-MA', 'late', null],
    ]);
    // Lessons: the class's threshold + 1 and the maths group's three.
    expect(r.body.totals).toEqual({ lessons: threshold + 4, authorised: 1, unauthorised: threshold + 1, late: 1 });
    expect(r.body.threshold).toBe(threshold);
    expect(r.body.thresholds).toEqual([{ schoolYear: 2025, schoolId, schoolName: 'Poissaolokoulu', unauthorised: threshold + 1, threshold, exceeded: true }]);
    expect(r.body.alerts).toEqual([expect.objectContaining({ schoolId, schoolYear: 2025, unauthorisedLessons: threshold + 1, threshold, acknowledgedAt: null, acknowledgedByName: null })]);
  });

  it('restricts the list to a period or a school year, and rejects a half-given period', async () => {
    const oct = await principal.get(`${B}/pupils/${pupil}/absences?from=2025-10-01&to=2025-10-31`);
    expect(oct.body.absences.map((a: any) => a.kind)).toEqual(['authorised', 'late']);
    expect(oct.body.totals).toEqual({ lessons: 3, authorised: 1, unauthorised: 0, late: 1 });
    expect(oct.body.thresholds).toEqual([]);
    const lastYear = await principal.get(`${B}/pupils/${pupil}/absences?schoolYear=2024`);
    expect(lastYear.body).toMatchObject({ from: '2024-08-01', to: '2025-07-31', absences: [], alerts: [] });
    const half = await principal.get(`${B}/pupils/${pupil}/absences?from=2025-10-01`);
    expect(half.status).toBe(400);
    expect(half.body.error.code).toBe('period_or_school_year');
    expect(Object.keys(half.body.error.message).sort()).toEqual(['en', 'fi', 'sv']);
    expect((await principal.get(`${B}/pupils/${pupil}/absences?from=2025-10-31&to=2025-10-01`)).body.error.code).toBe('invalid_period');
  });

  it('is open to the school’s staff and the pupil’s own teachers, and a 404 to everyone else', async () => {
    expect((await teacher.get(`${B}/pupils/${pupil}/absences`)).status).toBe(200);
    expect((await teacher.get(`${B}/pupils/${classmate}/absences`)).status).toBe(404);
    const welfare = await t.as([{ role: R.welfare, unitId: schoolId }]);
    expect((await welfare.get(`${B}/pupils/${classmate}/absences`)).body.totals.authorised).toBe(threshold + 1);
    for (const grants of [[{ role: R.principal, unitId: otherSchoolId }], [{ role: R.secretary, unitId: otherSchoolId }], [{ role: R.welfare, unitId: otherSchoolId }], [{ role: 'registry_officer' }]]) {
      expect((await (await t.as(grants)).get(`${B}/pupils/${pupil}/absences`)).status, JSON.stringify(grants)).toBe(404);
    }
  });

  it('logs the read for that one pupil only, not for the classmates absent from the same lessons', async () => {
    const reader = await t.as([{ role: R.secretary, unitId: schoolId }]);
    expect((await reader.get(`${B}/pupils/${pupil}/absences`)).status).toBe(200);
    const events = await ctx.db.selectFrom('audit_event').select(['event', 'outcome', 'person_ids', 'dataset_id']).where('actor_user_id', '=', reader.userId).where('event', '!=', 'UserLogin').execute();
    expect(events).toEqual([{ event: 'PupilAbsencesRead', outcome: 'success', person_ids: [pupil], dataset_id: 'attendance-history' }]);
  });

  it('lets the school’s staff acknowledge an alert once, with who, when and a note, and lists it as handled', async () => {
    const open = await principal.get(`${B}/schools/${schoolId}/absence-alerts`);
    const alert = open.body.alerts.find((a: any) => a.pupil_id === pupil);
    expect(alert).toMatchObject({ acknowledged_at: null, acknowledgement_note: null });
    expect((await (await t.as([{ role: R.welfare, unitId: otherSchoolId }])).post(`${B}/absence-alerts/${alert.id}/acknowledge`, { note: 'x' })).status).toBe(404);
    expect((await teacher.post(`${B}/absence-alerts/${alert.id}/acknowledge`, { note: 'x' })).status).toBe(404);
    const welfare = await t.as([{ role: R.welfare, unitId: schoolId }]);
    const ack = await welfare.post(`${B}/absence-alerts/${alert.id}/acknowledge`, { note: '  Kuraattori soitti huoltajalle 16.10.  ' });
    expect(ack.status).toBe(200);
    expect(ack.body).toEqual({ id: alert.id, acknowledgedAt: '2025-10-15T06:00:00.000Z' });
    const again = await principal.post(`${B}/absence-alerts/${alert.id}/acknowledge`, {});
    expect(again.body.error.code).toBe('alert_already_acknowledged');
    expect((await principal.get(`${B}/schools/${schoolId}/absence-alerts`)).body.alerts.map((a: any) => a.id)).not.toContain(alert.id);
    const handled = await principal.get(`${B}/schools/${schoolId}/absence-alerts?status=acknowledged`);
    expect(handled.body.alerts).toEqual([expect.objectContaining({ id: alert.id, acknowledged_by_name: expect.stringMatching(/^Test /), acknowledgement_note: 'Kuraattori soitti huoltajalle 16.10.' })]);
    const card = await principal.get(`${B}/pupils/${pupil}/absences`);
    expect(card.body.alerts[0]).toMatchObject({ acknowledgedAt: '2025-10-15T06:00:00.000Z', acknowledgedByName: expect.stringMatching(/^Test /), acknowledgementNote: 'Kuraattori soitti huoltajalle 16.10.' });
    const events = await ctx.db.selectFrom('audit_event').select(['outcome', 'person_ids', 'object_ids']).where('event', '=', 'AbsenceAlertAcknowledge').where('actor_user_id', '=', welfare.userId).execute();
    expect(events).toEqual([{ outcome: 'success', person_ids: [pupil], object_ids: [alert.id] }]);
  });
  it('raises a new alert when an unauthorised absence passes the acknowledged count, and keeps the handled one', async () => {
    // Runs after the acknowledgement above: the alert of threshold + 1 lessons is handled.
    const lesson = (date: string, period: number, kind: 'authorised' | 'unauthorised') =>
      principal.post(`${B}/groups/${classId}/lessons`, { date, period, subjectCode: 'AI', absences: [{ pupilId: pupil, kind, ...(kind === 'authorised' ? { reason: 'Sairaus' } : {}) }] });
    // An authorised absence changes nothing.
    const authorised = await lesson('2025-10-09', 1, 'authorised');
    expect(authorised.body.alertsRaisedFor).toEqual([]);
    expect((await principal.get(`${B}/schools/${schoolId}/absence-alerts`)).body.alerts.filter((a: any) => a.pupil_id === pupil)).toEqual([]);
    // One more unauthorised lesson: the count passes the handled one, so the school hears of it again.
    const again = await lesson('2025-10-09', 2, 'unauthorised');
    expect(again.status, again.raw).toBe(201);
    expect(again.body.alertsRaisedFor).toEqual([pupil]);
    const open = (await principal.get(`${B}/schools/${schoolId}/absence-alerts`)).body.alerts.filter((a: any) => a.pupil_id === pupil);
    expect(open).toEqual([expect.objectContaining({ acknowledged_at: null, unauthorised_lessons: threshold + 2, threshold })]);
    // While it is open it follows the count, without a third alert.
    const third = await lesson('2025-10-09', 3, 'unauthorised');
    expect(third.status, third.raw).toBe(201);
    expect(third.body.alertsRaisedFor).toEqual([pupil]);
    const all = (await principal.get(`${B}/schools/${schoolId}/absence-alerts?status=all`)).body.alerts.filter((a: any) => a.pupil_id === pupil);
    expect(all.map((a: any) => [a.unauthorised_lessons, a.acknowledged_at !== null, a.acknowledgement_note])).toEqual([
      [threshold + 1, true, 'Kuraattori soitti huoltajalle 16.10.'],
      [threshold + 3, false, null],
    ]);
    // The card lists both, the handled one first.
    const card = await principal.get(`${B}/pupils/${pupil}/absences`);
    expect(card.body.alerts.map((a: any) => [a.unauthorisedLessons, a.acknowledgedAt === null])).toEqual([
      [threshold + 1, false],
      [threshold + 3, true],
    ]);
    // Acknowledging the new one and recording no new unauthorised absence raises nothing.
    const welfare = await t.as([{ role: R.welfare, unitId: schoolId }]);
    expect((await welfare.post(`${B}/absence-alerts/${open[0].id}/acknowledge`, { note: 'Palaveri huoltajan kanssa.' })).status).toBe(200);
    expect((await lesson('2025-10-10', 1, 'authorised')).body.alertsRaisedFor).toEqual([]);
    expect((await principal.get(`${B}/schools/${schoolId}/absence-alerts`)).body.alerts.filter((a: any) => a.pupil_id === pupil)).toEqual([]);
  });
});
