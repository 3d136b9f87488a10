import { expect, it } from 'vitest';
import { describeDb } from '../../../test/db.ts';
import { insertTestPerson } from '../../../test/fixtures.ts';
import { fixedClock } from '../../core/clock.ts';
import type { PersonId } from '../../core/ids.ts';
import { basicEducation } from './index.ts';

describeDb('basic-education demo data and benchmarks', (ctx) => {
  it('seeds schools, classes and the 7–15-year-olds among the demo persons as pupils with grades and absences', async () => {
    const clock = fixedClock('2025-10-15T09:00:00+03:00');
    const persons = [
      await insertTestPerson(ctx.db, { birthDate: '2018-02-01', nativeLanguage: 'fi' }),
      await insertTestPerson(ctx.db, { birthDate: '2012-06-01', nativeLanguage: 'fi' }),
      await insertTestPerson(ctx.db, { birthDate: '2013-06-01', nativeLanguage: 'sv' }),
      await insertTestPerson(ctx.db, { birthDate: '1980-01-01' }),
      await insertTestPerson(ctx.db, { birthDate: '2021-01-01' }),
    ] as PersonId[];
    await ctx.db.transaction().execute((tx) => basicEducation.seedDemo!(tx, { clock, personIds: persons, unitIds: [] }));
    const current = await ctx.db.selectFrom('be_enrolment as e').innerJoin('be_school as s', 's.unit_id', 'e.school_id').select(['e.pupil_id', 'e.grade', 's.teaching_language']).where('e.end_date', 'is', null).execute();
    expect(current.map((e) => [e.pupil_id, e.grade, e.teaching_language]).sort()).toEqual(
      [[persons[0], 1, 'fi'], [persons[1], 7, 'fi'], [persons[2], 6, 'sv']].sort(),
    );
    const grades = await ctx.db.selectFrom('be_assessment').select(['pupil_id', 'grade_level']).distinct().execute();
    expect(grades.map((g) => g.pupil_id).sort()).toEqual([persons[1], persons[2]].sort());
    const lessons = await ctx.db.selectFrom('be_lesson').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(lessons.n)).toBeGreaterThan(0);
  });

  it('runs both benchmarks at a small scale and reports the targets', async () => {
    const results = [];
    for (const b of basicEducation.benchmarks!) results.push(...(await b.run(ctx.db, { scale: 0.002, clock: fixedClock('2026-06-01T09:00:00+03:00'), log: () => {} })));
    const certs = results.find((r) => r.metric.startsWith('class certificates,'));
    expect(certs?.metric).toMatch(/30 pupils/);
    expect(certs?.target).toBe('≤ 3 s');
    const report = results.find((r) => r.metric.startsWith('attendance report,'));
    expect(report?.metric).toMatch(/120 pupils/);
    expect(results.find((r) => r.unit === 'ratio')?.value).toBeGreaterThan(0);
  }, 120_000);
});
