import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../../test/db.ts';
import { insertTestPerson } from '../../../test/fixtures.ts';
import { testApp } from '../../../test/http.ts';
import { R } from './access.ts';
import { parameterOn } from './parameters.ts';

const B = '/api/v1/basic-education';
const KEY = 'absence.unauthorised_alert_lessons';

describeDb('basic-education parameters as effective-dated data', (ctx) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let office: Awaited<ReturnType<typeof t.as>>;
  let principal: Awaited<ReturnType<typeof t.as>>;
  let schoolId: string;
  let original: { id: string; effectiveFrom: string; value: number };

  beforeAll(async () => {
    t = await testApp(ctx.database);
    office = await t.as([{ role: R.office }]);
    schoolId = (await office.post(`${B}/schools`, { name: 'Parametrikoulu', language: 'fi' })).body.id;
    principal = await t.as([{ role: R.principal, unitId: schoolId }]);
    const list = await principal.get(`${B}/parameters`);
    expect(list.status).toBe(200);
    const periods = list.body.parameters.find((p: any) => p.key === KEY).periods;
    expect(periods).toHaveLength(1);
    original = periods[0];
  });

  it('lists every parameter with its periods and the one in force, to any school staff', async () => {
    const r = await principal.get(`${B}/parameters`);
    expect(r.body.parameters.map((p: any) => p.key).sort()).toEqual([
      'absence.unauthorised_alert_lessons', 'activity.max_monthly_fee_570h', 'activity.max_monthly_fee_760h',
      'transport.max_daily_minutes', 'transport.max_daily_minutes_age13', 'transport.min_distance_km',
    ]);
    const fee = r.body.parameters.find((p: any) => p.key === 'activity.max_monthly_fee_570h');
    expect(fee.periods.map((p: any) => [p.effectiveFrom, p.effectiveTo, p.value, p.inForce])).toEqual([
      ['2004-08-01', '2016-07-31', 60, false],
      ['2016-08-01', null, 120, true],
    ]);
    expect((await principal.post(`${B}/parameters`, { key: KEY, effectiveFrom: '2025-10-01', value: 3, basis: 'x', status: 'municipal' })).status).toBe(403);
  });

  it('adds a new period that ends the open one the day before, leaving earlier values in force for earlier dates', async () => {
    const r = await office.post(`${B}/parameters`, { key: KEY, effectiveFrom: '2025-10-01', value: 3, basis: 'Sivistyslautakunta 12.9.2025 § 34', status: 'municipal' });
    expect(r.status).toBe(201);
    expect(r.body.closedId).toBe(original.id);
    expect(await parameterOn(ctx.db, KEY, '2025-09-30')).toBe(original.value);
    expect(await parameterOn(ctx.db, KEY, '2025-10-01')).toBe(3);
    const periods = (await office.get(`${B}/parameters`)).body.parameters.find((p: any) => p.key === KEY).periods;
    expect(periods.map((p: any) => [p.effectiveFrom, p.effectiveTo, p.value])).toEqual([
      [original.effectiveFrom, '2025-09-30', original.value],
      ['2025-10-01', null, 3],
    ]);
    expect(periods[1]).toMatchObject({ inForce: true, createdByName: expect.stringMatching(/^Test /), basis: 'Sivistyslautakunta 12.9.2025 § 34' });
    expect(periods[0].createdByName).toBeNull();
  });

  it('refuses to overwrite a period or rewrite history, and rejects values the parameter cannot take', async () => {
    const base = { key: KEY, value: 5, basis: 'Päätös', status: 'municipal' };
    for (const [body, code] of [
      [{ ...base, effectiveFrom: '2025-10-01' }, 'parameter_period_overlap'],
      [{ ...base, effectiveFrom: '2020-01-01', effectiveTo: '2020-12-31' }, 'parameter_period_overlap'],
      [{ ...base, value: 2.5, effectiveFrom: '2026-08-01' }, 'parameter_integer'],
      [{ ...base, value: 0, effectiveFrom: '2026-08-01' }, 'parameter_range'],
      [{ ...base, status: 'official', effectiveFrom: '2026-08-01' }, 'parameter_status'],
      [{ key: 'activity.max_monthly_fee_760h', value: 200, basis: 'Kunnan päätös', status: 'municipal', effectiveFrom: '2026-08-01' }, 'parameter_status'],
      [{ ...base, effectiveFrom: '2026-08-01', effectiveTo: '2026-07-01' }, 'invalid_period'],
    ] as const) {
      const r = await office.post(`${B}/parameters`, body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.code, JSON.stringify(body)).toBe(code);
      expect(Object.keys(r.body.error.message).sort()).toEqual(['en', 'fi', 'sv']);
    }
    expect((await office.post(`${B}/parameters`, { ...base, key: 'no.such_key', effectiveFrom: '2026-08-01' })).status).toBe(400);
    const periods = await ctx.db.selectFrom('be_parameter').select(['effective_from', 'value']).where('key', '=', KEY).orderBy('effective_from').execute();
    expect(periods.map((p) => Number(p.value))).toEqual([original.value, 3]);
  });

  it('applies the new threshold to absence alerts from its first day', async () => {
    const teacher = await t.as([{ role: R.teacher, unitId: schoolId }]);
    const staff = (await office.post(`${B}/schools/${schoolId}/staff`, { userId: teacher.userId, firstNames: 'Tea', lastName: 'Opettaja', title: 'class_teacher', validFrom: '2020-08-01' })).body.id;
    const classId = (await office.post(`${B}/schools/${schoolId}/groups`, { schoolYear: 2025, name: '5A', kind: 'class', grade: 5, teacherStaffIds: [staff] })).body.id;
    const pupil = await insertTestPerson(ctx.db, { birthDate: '2014-02-02' });
    await office.post(`${B}/schools/${schoolId}/enrolments`, { pupilId: pupil, classId, grade: 5, startDate: '2025-08-11' });
    let last: any;
    for (let period = 1; period <= 4; period++) {
      last = await teacher.post(`${B}/groups/${classId}/lessons`, { date: '2025-10-06', period, absences: [{ pupilId: pupil, kind: 'unauthorised' }] });
      expect(last.body.alertsRaisedFor, `period ${period}`).toEqual(period > 3 ? [pupil] : []);
    }
    const alert = await ctx.db.selectFrom('be_absence_alert').select(['threshold', 'unauthorised_lessons']).where('pupil_id', '=', pupil).executeTakeFirstOrThrow();
    expect(alert).toEqual({ threshold: 3, unauthorised_lessons: 4 });
  });
});
