import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../../../test/db.ts';
import { insertTestPerson } from '../../../../test/fixtures.ts';
import { testApp } from '../../../../test/http.ts';
import { R } from '../access.ts';

const B = '/api/v1/basic-education';

describeDb('managing schools, groups, staff and teacher assignments', (ctx) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let office: Awaited<ReturnType<typeof t.as>>;
  let principal: Awaited<ReturnType<typeof t.as>>;
  let teacher: Awaited<ReturnType<typeof t.as>>;
  let schoolId: string;
  let otherSchoolId: string;
  let classId: string;
  let pupil: string;

  beforeAll(async () => {
    t = await testApp(ctx.database);
    office = await t.as([{ role: R.office }]);
    schoolId = (await office.post(`${B}/schools`, { name: 'Hallintokoulu', language: 'fi' })).body.id;
    otherSchoolId = (await office.post(`${B}/schools`, { name: 'Naapurikoulu', language: 'fi' })).body.id;
    principal = await t.as([{ role: R.principal, unitId: schoolId }]);
    teacher = await t.as([{ role: R.teacher, unitId: schoolId }]);
    classId = (await principal.post(`${B}/schools/${schoolId}/groups`, { schoolYear: 2025, name: '3A', kind: 'class', grade: 3 })).body.id;
    pupil = await insertTestPerson(ctx.db, { birthDate: '2017-03-03' });
    expect((await principal.post(`${B}/schools/${schoolId}/enrolments`, { pupilId: pupil, classId, grade: 3, startDate: '2025-08-11' })).status).toBe(201);
  });

  it('lists only the user’s own schools, all of them to the education office', async () => {
    expect((await principal.get(`${B}/schools`)).body.schools.map((s: any) => s.name)).toEqual(['Hallintokoulu']);
    const all = (await office.get(`${B}/schools`)).body.schools.map((s: any) => s.name);
    expect(all).toEqual(expect.arrayContaining(['Hallintokoulu', 'Naapurikoulu']));
  });

  it('lets the education office change a school’s details and rejects bad codes and grades', async () => {
    const r = await office.request('PATCH', `${B}/schools/${otherSchoolId}`, { name: 'Naapurin koulu', oid: '1.2.246.562.10.12345678901', streetAddress: 'Koulukuja 3', lastGrade: 6 });
    expect(r.status).toBe(200);
    const school = await office.get(`${B}/schools/${otherSchoolId}`);
    expect(school.body.school).toMatchObject({ name: 'Naapurin koulu', oid: '1.2.246.562.10.12345678901', street_address: 'Koulukuja 3', first_grade: 1, last_grade: 6 });
    expect((await office.request('PATCH', `${B}/schools/${otherSchoolId}`, { oid: '1.2.246.562.10.123' })).status).toBe(400);
    expect((await office.request('PATCH', `${B}/schools/${otherSchoolId}`, { firstGrade: 7 })).body.error.code).toBe('invalid_grades');
    expect((await office.request('PATCH', `${B}/schools/${otherSchoolId}`, {})).status).toBe(400);
    expect((await principal.request('PATCH', `${B}/schools/${schoolId}`, { name: 'Oma nimi' })).status).toBe(404);
  });

  it('renames a group and changes its grade, refusing a duplicate name or a class without a grade', async () => {
    const other = (await principal.post(`${B}/schools/${schoolId}/groups`, { schoolYear: 2025, name: '3B', kind: 'class', grade: 3 })).body.id;
    expect((await principal.request('PATCH', `${B}/groups/${other}`, { name: '3A' })).body.error.code).toBe('group_exists');
    expect((await principal.request('PATCH', `${B}/groups/${other}`, { grade: null })).body.error.code).toBe('class_grade_required');
    expect((await principal.request('PATCH', `${B}/groups/${other}`, { name: '4B', grade: 4 })).status).toBe(200);
    expect((await principal.get(`${B}/groups/${other}`)).body.group).toMatchObject({ name: '4B', grade: 4, kind: 'class' });
    expect((await teacher.request('PATCH', `${B}/groups/${other}`, { name: '4C' })).status).toBe(404);
    const elsewhere = await t.as([{ role: R.principal, unitId: otherSchoolId }]);
    expect((await elsewhere.request('PATCH', `${B}/groups/${other}`, { name: '4C' })).status).toBe(404);
  });

  it('gives a teacher access to a group’s pupils only while assigned and employed, and logs the changes', async () => {
    const staffId = (await principal.post(`${B}/schools/${schoolId}/staff`, { firstNames: 'Ville', lastName: 'Vastaava', title: 'class_teacher', subjects: ['AI'], validFrom: '2024-08-01' })).body.id;
    // A staff record without a user account, then linked: still no group, no access.
    expect((await principal.request('PATCH', `${B}/staff/${staffId}`, { userId: teacher.userId, subjects: ['AI', 'MA', 'YL'], email: 'ville@example.org' })).status).toBe(200);
    expect((await principal.get(`${B}/schools/${schoolId}`)).body.staff.find((s: any) => s.id === staffId)).toMatchObject({ subjects: ['AI', 'MA', 'YL'], email: 'ville@example.org' });
    expect((await principal.request('PATCH', `${B}/staff/${staffId}`, { subjects: ['XYZ'] })).body.error.code).toBe('unknown_subject');
    expect((await teacher.get(`${B}/pupils/${pupil}`)).status).toBe(404);

    const assigned = await principal.post(`${B}/groups/${classId}/teachers`, { staffId, validFrom: '2025-08-01' });
    expect(assigned.status).toBe(201);
    expect((await teacher.get(`${B}/pupils/${pupil}`)).status).toBe(200);
    expect((await principal.get(`${B}/groups/${classId}`)).body.teachers.map((x: any) => [x.id, x.valid_from, x.valid_to])).toEqual([[staffId, '2025-08-01', null]]);
    expect((await principal.post(`${B}/groups/${classId}/teachers`, { staffId, validFrom: '2025-09-01' })).body.error.code).toBe('assignment_overlap');

    // Ending the assignment yesterday (the test clock's today is 2025-10-15) ends the access.
    expect((await principal.post(`${B}/groups/${classId}/teachers/${staffId}/end`, { validTo: '2025-07-01' })).body.error.code).toBe('invalid_period');
    expect((await principal.post(`${B}/groups/${classId}/teachers/${staffId}/end`, { validTo: '2025-10-14' })).status).toBe(200);
    expect((await teacher.get(`${B}/pupils/${pupil}`)).status).toBe(404);
    expect((await principal.get(`${B}/groups/${classId}`)).body.teachers).toEqual([]);
    expect((await principal.post(`${B}/groups/${classId}/teachers/${staffId}/end`, { validTo: '2025-10-20' })).status).toBe(404);

    // A new assignment from today gives the access back; ending the employment ends it again.
    expect((await principal.post(`${B}/groups/${classId}/teachers`, { staffId, validFrom: '2025-10-15' })).status).toBe(201);
    expect((await teacher.get(`${B}/pupils/${pupil}`)).status).toBe(200);
    const ended = await principal.post(`${B}/staff/${staffId}/end`, { validTo: '2025-10-14' });
    expect(ended.body).toMatchObject({ assignmentsEnded: 0, assignmentsRemoved: 1 });
    expect((await teacher.get(`${B}/pupils/${pupil}`)).status).toBe(404);
    const rows = await ctx.db.selectFrom('be_group_teacher').select(['valid_from', 'valid_to']).where('staff_id', '=', staffId).orderBy('valid_from').execute();
    expect(rows).toEqual([{ valid_from: '2025-08-01', valid_to: '2025-10-14' }]);

    const events = await ctx.db.selectFrom('audit_event').select('event').where('actor_user_id', '=', principal.userId).where('outcome', '=', 'success').where('event', 'in', ['StaffUpdate', 'StaffEnd', 'GroupTeacherCreate', 'GroupTeacherEnd']).execute();
    expect(events.map((e) => e.event).sort()).toEqual(['GroupTeacherCreate', 'GroupTeacherCreate', 'GroupTeacherEnd', 'StaffEnd', 'StaffUpdate']);
  });

  it('assigns only the group’s own school’s staff employed for the whole period', async () => {
    const person = await insertTestPerson(ctx.db, { firstNames: 'Nelli', lastName: 'Naapuri', birthDate: '1980-02-02' });
    const foreign = (await office.post(`${B}/schools/${otherSchoolId}/staff`, { personId: person, firstNames: 'Nelli', lastName: 'Naapuri', title: 'subject_teacher', validFrom: '2020-08-01' })).body.id;
    expect((await principal.post(`${B}/groups/${classId}/teachers`, { staffId: foreign, validFrom: '2025-08-01' })).body.error.code).toBe('staff_not_valid');
    const temp = (await principal.post(`${B}/schools/${schoolId}/staff`, { firstNames: 'Siiri', lastName: 'Sijainen', title: 'teacher', validFrom: '2025-09-01', validTo: '2025-12-19' })).body.id;
    expect((await principal.post(`${B}/groups/${classId}/teachers`, { staffId: temp, validFrom: '2025-08-11' })).body.error.code).toBe('staff_not_valid');
    expect((await principal.post(`${B}/groups/${classId}/teachers`, { staffId: temp, validFrom: '2025-09-01' })).body.error.code).toBe('staff_not_valid');
    expect((await principal.post(`${B}/groups/${classId}/teachers`, { staffId: temp, validFrom: '2025-09-01', validTo: '2025-12-19' })).status).toBe(201);
    // The other school's principal cannot touch this school's staff; the office logs the linked person.
    const elsewhere = await t.as([{ role: R.principal, unitId: otherSchoolId }]);
    expect((await elsewhere.request('PATCH', `${B}/staff/${temp}`, { phone: '040 123' })).status).toBe(404);
    expect((await office.request('PATCH', `${B}/staff/${foreign}`, { phone: '040 123' })).status).toBe(200);
    const ev = await ctx.db.selectFrom('audit_event').select(['person_ids', 'dataset_id']).where('event', '=', 'StaffUpdate').where('actor_user_id', '=', office.userId).executeTakeFirstOrThrow();
    expect(ev).toEqual({ person_ids: [person], dataset_id: 'contacts' });
  });
});
