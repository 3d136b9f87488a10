import { expect, it } from 'vitest';
import { describeDb } from '../../../../test/db.ts';
import { testApp } from '../../../../test/http.ts';
import { insertEcecUnit, insertFamily } from '../test-support.ts';

describeDb("the child's ECEC plan (vasu) over HTTP", (ctx) => {
  async function setUp() {
    const t = await testApp(ctx.database);
    const unit = await insertEcecUnit(ctx.db);
    const fam = await insertFamily(ctx.db, ['2022-09-09']);
    const child = fam.children[0]!;
    const handler = await t.as([{ role: 'ecec.application_handler' }]);
    await handler.post('/api/v1/ecec/placements', { childId: child, unitId: unit, type: 'daycare', startDate: '2025-09-01', hoursPerMonth: 120 });
    const teacher = await t.as([{ role: 'ecec.staff', unitId: unit }]);
    const supervisor = await t.as([{ role: 'ecec.unit_supervisor', unitId: unit }]);
    return { t, unit, child, teacher, supervisor };
  }
  const plan = (goals: string, support = '') => [
    { id: 'strengths', title: 'Lapsen vahvuudet', content: 'Rohkea ja utelias.' },
    { id: 'goals', title: 'Tavoitteet', content: goals },
    { id: 'support', title: 'Tuen tarve', content: support },
  ];

  it('keeps every version as written, with its author and guardian visibility', async () => {
    const { t, child, teacher, supervisor } = await setUp();
    const v1 = await teacher.post(`/api/v1/ecec/children/${child}/vasu`, { sections: plan('Leikki'), basedOnVersion: 0 });
    expect(v1.status).toBe(201);
    expect(v1.body.version).toBe(1);
    const v2 = await supervisor.post(`/api/v1/ecec/children/${child}/vasu`, { sections: plan('Leikki ja liikunta', 'Kielellinen tuki'), visibleToGuardians: true, basedOnVersion: 1 });
    expect(v2.body.version).toBe(2);
    // Only the visibility changes: still a new version.
    expect((await teacher.post(`/api/v1/ecec/children/${child}/vasu`, { sections: plan('Leikki ja liikunta', 'Kielellinen tuki'), visibleToGuardians: false, basedOnVersion: 2 })).body.version).toBe(3);
    const { versions } = (await teacher.get(`/api/v1/ecec/children/${child}/vasu`)).body;
    expect(versions.map((v: any) => [v.version, v.sections[1].content, v.visibleToGuardians])).toEqual([
      [1, 'Leikki', false],
      [2, 'Leikki ja liikunta', true],
      [3, 'Leikki ja liikunta', false],
    ]);
    expect(versions[0].sections).toEqual(plan('Leikki'));
    expect(versions[0].authoredBy).not.toBe(versions[1].authoredBy);
    expect(new Date(versions[0].createdAt).getTime()).not.toBeNaN();
    await t.close();
  });

  it('tells the later of two authors to reload instead of overwriting, and refuses a version that changes nothing', async () => {
    const { t, child, teacher, supervisor } = await setUp();
    await teacher.post(`/api/v1/ecec/children/${child}/vasu`, { sections: plan('Leikki'), basedOnVersion: 0 });
    // Both start from version 1; the teacher saves first.
    expect((await teacher.post(`/api/v1/ecec/children/${child}/vasu`, { sections: plan('Leikki ja laulu'), basedOnVersion: 1 })).status).toBe(201);
    const late = await supervisor.post(`/api/v1/ecec/children/${child}/vasu`, { sections: plan('Leikki ja liikunta'), basedOnVersion: 1 });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('vasu_version_conflict');
    expect(late.body.error.message.fi).toContain('(2)');
    const same = await supervisor.post(`/api/v1/ecec/children/${child}/vasu`, { sections: plan('Leikki ja laulu'), basedOnVersion: 2 });
    expect(same.body.error.code).toBe('vasu_unchanged');
    const twice = await supervisor.post(`/api/v1/ecec/children/${child}/vasu`, { sections: [...plan('x'), { id: 'goals', title: 'Tavoitteet 2', content: 'y' }] });
    expect(twice.body.error.code).toBe('duplicate_section');
    const blank = await supervisor.post(`/api/v1/ecec/children/${child}/vasu`, { sections: [{ id: 'goals', title: '  ', content: 'y' }] });
    expect(blank.body.error.code).toBe('section_title_required');
    const empty = await supervisor.post(`/api/v1/ecec/children/${child}/vasu`, { sections: [{ id: 'goals', title: 'Tavoitteet', content: ' \n ' }] });
    expect(empty.body.error.code).toBe('vasu_empty');
    for (const r of [same, twice, blank, empty]) {
      expect(r.status).toBe(400);
      expect(Object.keys(r.body.error.message).sort()).toEqual(['en', 'fi', 'sv']);
    }
    expect((await teacher.get(`/api/v1/ecec/children/${child}/vasu`)).body.versions).toHaveLength(2);
    await t.close();
  });

  it("keeps the plan from staff of other units and from those outside the unit's care", async () => {
    const { t, child } = await setUp();
    const stranger = await t.as([{ role: 'ecec.staff', unitId: await insertEcecUnit(ctx.db) }]);
    const director = await t.as([{ role: 'ecec.service_director' }]);
    for (const c of [stranger, director]) {
      expect((await c.get(`/api/v1/ecec/children/${child}/vasu`)).status).toBe(404);
      expect((await c.post(`/api/v1/ecec/children/${child}/vasu`, { sections: plan('x') })).status).toBe(404);
    }
    expect(await ctx.db.selectFrom('ecec_vasu_version').select('id').where('child_id', '=', child).execute()).toEqual([]);
    await t.close();
  });
});
