import { defineRoute, type RouteDefinition } from '../../../core/http/route.ts';
import { badRequest, notFoundOrDenied } from '../../../core/http/errors.ts';
import { A } from '../access.ts';
import { DS } from '../datasets.ts';
import { assertPeriod, assertSchool, date, idParams, nullableDate, nullableText, objectBody, schoolYear, text, uuid } from '../http-schemas.ts';
import { isKnownSubject } from '../assessment/subjects.ts';
import { schoolYearStart } from '../parameters.ts';
import { addGroupMember, getGroupMembers, getSchool, insertGroup, insertSchool, insertStaff, STAFF_TITLES, updateSchool } from './school.queries.ts';


const unknownSubject = () => badRequest('unknown_subject', { fi: 'Tuntematon oppiaine.', sv: 'Okänt läroämne.', en: 'Unknown subject.' });
const invalidGrades = () => badRequest('invalid_grades', { fi: 'Ensimmäinen vuosiluokka on viimeistä suurempi.', sv: 'Första årskursen är högre än den sista.', en: 'The first grade is above the last grade.' });
const classGradeRequired = () => badRequest('class_grade_required', { fi: 'Luokalle on annettava vuosiluokka.', sv: 'Ange årskursen för klassen.', en: 'A class needs its grade.' });
const groupExists = () =>
  badRequest('group_exists', { fi: 'Koulussa on jo samanniminen ryhmä tänä lukuvuonna.', sv: 'Skolan har redan en grupp med samma namn detta läsår.', en: 'The school already has a group of that name this school year.' });

const schoolFields = {
  schoolCode: nullableText(20),
  // KOSKI organisation OID (Organisaatio.scala: 1.2.246.562.{10,99,199}.<11–24 digits>).
  oid: { type: ['string', 'null'], pattern: '^1\\.2\\.246\\.562\\.(10|99|199)\\.[0-9]{11,24}$' },
  // The school's municipality in the kunta koodisto (e.g. 091), the place of KOSKI confirmations.
  municipalityCode: { type: ['string', 'null'], pattern: '^[0-9]{3}$' },
  firstGrade: { type: 'integer', minimum: 0, maximum: 10 },
  lastGrade: { type: 'integer', minimum: 0, maximum: 10 },
  streetAddress: nullableText(200),
  postalCode: { type: ['string', 'null'], pattern: '^[0-9]{5}$' },
  postOffice: nullableText(100),
};
type SchoolPatch = Parameters<typeof updateSchool>[2];

export const schoolRoutes: RouteDefinition[] = [
  defineRoute<{ name: string; language: 'fi' | 'sv'; schoolCode?: string | null; oid?: string | null; municipalityCode?: string | null; firstGrade?: number; lastGrade?: number; streetAddress?: string | null; postalCode?: string | null; postOffice?: string | null }>({
    method: 'POST',
    url: '/basic-education/schools',
    summary: 'Add a school (an organisation unit of the basic-education register)',
    action: A.schoolCreate.name,
    audit: null,
    schema: {
      body: objectBody(
        { name: text(200), language: { type: 'string', enum: ['fi', 'sv'] }, ...schoolFields },
        ['name', 'language'],
      ),
    },
    handler: async ({ tx, body, reply }) => {
      if ((body.firstGrade ?? 1) > (body.lastGrade ?? 9)) throw invalidGrades();
      const id = await insertSchool(tx, body);
      reply.status(201);
      return { id };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/basic-education/schools',
    summary: 'The schools the user may see (all for the education office)',
    action: A.schoolRead.name,
    audit: null,
    schema: {},
    handler: async ({ tx, allowed }) => {
      const all = await tx
        .selectFrom('organisation_unit as u')
        .innerJoin('be_school as s', 's.unit_id', 'u.id')
        .select(['u.id', 'u.name', 's.school_code', 's.oid', 's.teaching_language', 's.first_grade', 's.last_grade', 's.municipality'])
        .orderBy('u.name')
        .execute();
      const ok = await allowed(A.schoolRead.name, all.map((s) => s.id));
      return { schools: all.filter((s) => ok.has(s.id)) };
    },
  }),
  defineRoute<SchoolPatch, unknown, { schoolId: string }>({
    method: 'PATCH',
    url: '/basic-education/schools/:schoolId',
    summary: 'Change a school’s name, codes, KOSKI OID, grades, address or municipality',
    action: A.schoolUpdate.name,
    audit: null,
    target: ({ params }) => [params.schoolId],
    schema: {
      params: idParams('schoolId'),
      body: { ...objectBody({ ...schoolFields, name: text(200), municipality: text(100) }, []), minProperties: 1 },
    },
    handler: async ({ tx, params, body }) => {
      const school = await getSchool(tx, params.schoolId);
      if (!school) throw notFoundOrDenied();
      if ((body.firstGrade ?? school.first_grade) > (body.lastGrade ?? school.last_grade)) throw invalidGrades();
      await updateSchool(tx, params.schoolId, body);
      return { id: params.schoolId };
    },
  }),
  defineRoute<unknown, { schoolYear?: number }, { schoolId: string }>({
    method: 'GET',
    url: '/basic-education/schools/:schoolId',
    summary: 'A school with its classes, teaching groups and staff',
    action: A.schoolRead.name,
    audit: 'SchoolRead',
    datasetId: DS.contacts,
    target: ({ params }) => [params.schoolId],
    schema: { params: idParams('schoolId'), querystring: { type: 'object', properties: { schoolYear }, additionalProperties: false } },
    handler: async ({ tx, params, query, clock, audit }) => {
      const school = await getSchool(tx, params.schoolId);
      if (!school) throw notFoundOrDenied();
      const today = clock.today();
      const year = query.schoolYear ?? (Number(today.slice(5, 7)) >= 8 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1);
      const groups = await tx.selectFrom('be_group').select(['id', 'name', 'kind', 'grade', 'subject_code', 'school_year']).where('school_id', '=', params.schoolId).where('school_year', '=', year).orderBy('name').execute();
      const staff = await tx
        .selectFrom('be_staff')
        .select(['id', 'person_id', 'first_names', 'last_name', 'title', 'subjects', 'phone', 'email', 'valid_from', 'valid_to'])
        .where('school_id', '=', params.schoolId)
        .where('valid_from', '<=', today)
        .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', today)]))
        .orderBy('last_name')
        .execute();
      audit.persons(staff.flatMap((s) => (s.person_id ? [s.person_id] : [])));
      return { school, schoolYear: year, groups, staff };
    },
  }),
  defineRoute<{ personId?: string | null; userId?: string | null; firstNames: string; lastName: string; title: string; subjects?: string[]; phone?: string | null; email?: string | null; validFrom: string; validTo?: string | null }, unknown, { schoolId: string }>({
    method: 'POST',
    url: '/basic-education/schools/:schoolId/staff',
    summary: 'Add a teacher or other staff member to a school, with the subjects taught',
    action: A.staffManage.name,
    audit: 'StaffCreate',
    datasetId: DS.contacts,
    target: ({ params }) => [params.schoolId],
    schema: {
      params: idParams('schoolId'),
      body: objectBody(
        {
          personId: { type: ['string', 'null'], pattern: uuid.pattern },
          userId: { type: ['string', 'null'], pattern: uuid.pattern },
          firstNames: text(200),
          lastName: text(200),
          title: { type: 'string', enum: STAFF_TITLES },
          subjects: { type: 'array', items: { type: 'string', maxLength: 50 }, maxItems: 30 },
          phone: nullableText(50),
          email: { type: ['string', 'null'], format: 'email', maxLength: 200 },
          validFrom: date,
          validTo: nullableDate,
        },
        ['firstNames', 'lastName', 'title', 'validFrom'],
      ),
    },
    handler: async ({ tx, params, body, audit, reply }) => {
      await assertSchool(tx, params.schoolId);
      assertPeriod(body.validFrom, body.validTo);
      if ((body.subjects ?? []).some((s) => !isKnownSubject(s))) throw unknownSubject();
      const id = await insertStaff(tx, { ...body, schoolId: params.schoolId });
      if (body.personId) audit.persons([body.personId]);
      audit.objects([id]);
      reply.status(201);
      return { id };
    },
  }),
  defineRoute<{ schoolYear: number; name: string; kind: 'class' | 'teaching_group'; grade?: number | null; subjectCode?: string | null; teacherStaffIds?: string[] }, unknown, { schoolId: string }>({
    method: 'POST',
    url: '/basic-education/schools/:schoolId/groups',
    summary: 'Add a class or a teaching group of a school year, with its teachers',
    action: A.groupManage.name,
    audit: null,
    target: ({ params }) => [params.schoolId],
    schema: {
      params: idParams('schoolId'),
      body: objectBody(
        {
          schoolYear,
          name: text(50),
          kind: { type: 'string', enum: ['class', 'teaching_group'] },
          grade: { type: ['integer', 'null'], minimum: 0, maximum: 10 },
          subjectCode: nullableText(50),
          teacherStaffIds: { type: 'array', items: uuid, maxItems: 20 },
        },
        ['schoolYear', 'name', 'kind'],
      ),
    },
    handler: async ({ tx, params, body, reply }) => {
      await assertSchool(tx, params.schoolId);
      if (body.kind === 'class' && (body.grade === null || body.grade === undefined)) throw classGradeRequired();
      if (body.subjectCode && !isKnownSubject(body.subjectCode)) throw unknownSubject();
      const exists = await tx.selectFrom('be_group').select('id').where('school_id', '=', params.schoolId).where('school_year', '=', body.schoolYear).where('name', '=', body.name).executeTakeFirst();
      if (exists) throw groupExists();
      const id = await insertGroup(tx, { ...body, schoolId: params.schoolId });
      const teachers = body.teacherStaffIds ?? [];
      if (teachers.length) {
        const ok = await tx.selectFrom('be_staff').select('id').where('id', 'in', teachers).where('school_id', '=', params.schoolId).execute();
        if (ok.length !== new Set(teachers).size) throw badRequest('staff_not_in_school', { fi: 'Opettaja ei kuulu koulun henkilökuntaan.', sv: 'Läraren hör inte till skolans personal.', en: 'The teacher is not on the school’s staff.' });
        await tx.insertInto('be_group_teacher').values([...new Set(teachers)].map((s) => ({ group_id: id, staff_id: s, valid_from: schoolYearStart(body.schoolYear) }))).execute();
      }
      reply.status(201);
      return { id };
    },
  }),
  defineRoute<{ pupilId: string; validFrom: string; validTo?: string | null }, unknown, { groupId: string }>({
    method: 'POST',
    url: '/basic-education/groups/:groupId/members',
    summary: 'Add a pupil enrolled in the school to a teaching group',
    action: A.groupMemberManage.name,
    audit: 'GroupMemberCreate',
    datasetId: DS.attendance,
    target: ({ params }) => [params.groupId],
    schema: { params: idParams('groupId'), body: objectBody({ pupilId: uuid, validFrom: date, validTo: nullableDate }, ['pupilId', 'validFrom']) },
    handler: async ({ tx, params, body, audit, reply }) => {
      assertPeriod(body.validFrom, body.validTo);
      const group = await tx.selectFrom('be_group').select(['school_id']).where('id', '=', params.groupId).executeTakeFirst();
      if (!group) throw notFoundOrDenied();
      const enrolled = await tx
        .selectFrom('be_enrolment')
        .select('id')
        .where('pupil_id', '=', body.pupilId)
        .where('school_id', '=', group.school_id)
        .where('start_date', '<=', body.validFrom)
        .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', body.validFrom)]))
        .executeTakeFirst();
      if (!enrolled) throw badRequest('pupil_not_in_school', { fi: 'Oppilas ei ole kirjoilla ryhmän koulussa.', sv: 'Eleven är inte inskriven i gruppens skola.', en: 'The pupil is not enrolled in the group’s school.' });
      const id = await addGroupMember(tx, { ...body, groupId: params.groupId });
      audit.persons([body.pupilId]);
      audit.objects([id]);
      reply.status(201);
      return { id };
    },
  }),
  defineRoute<{ name?: string; grade?: number | null; subjectCode?: string | null }, unknown, { groupId: string }>({
    method: 'PATCH',
    url: '/basic-education/groups/:groupId',
    summary: 'Rename a class or teaching group, or change its grade or subject',
    action: A.groupUpdate.name,
    audit: null,
    target: ({ params }) => [params.groupId],
    schema: {
      params: idParams('groupId'),
      body: { ...objectBody({ name: text(50), grade: { type: ['integer', 'null'], minimum: 0, maximum: 10 }, subjectCode: nullableText(50) }, []), minProperties: 1 },
    },
    handler: async ({ tx, params, body }) => {
      const group = await tx.selectFrom('be_group').selectAll().where('id', '=', params.groupId).executeTakeFirst();
      if (!group) throw notFoundOrDenied();
      const grade = body.grade === undefined ? group.grade : body.grade;
      if (group.kind === 'class' && grade === null) throw classGradeRequired();
      if (body.subjectCode && !isKnownSubject(body.subjectCode)) throw unknownSubject();
      if (body.name !== undefined && body.name !== group.name) {
        const exists = await tx.selectFrom('be_group').select('id').where('school_id', '=', group.school_id).where('school_year', '=', group.school_year).where('name', '=', body.name).executeTakeFirst();
        if (exists) throw groupExists();
      }
      await tx
        .updateTable('be_group')
        .set({ name: body.name ?? group.name, grade, subject_code: body.subjectCode === undefined ? group.subject_code : body.subjectCode })
        .where('id', '=', params.groupId)
        .execute();
      return { id: params.groupId };
    },
  }),
  defineRoute<unknown, unknown, { groupId: string }>({
    method: 'GET',
    url: '/basic-education/groups/:groupId',
    summary: 'A class or teaching group with its current pupils and teachers',
    action: A.groupRead.name,
    audit: 'GroupRead',
    datasetId: DS.contacts,
    target: ({ params }) => [params.groupId],
    schema: { params: idParams('groupId') },
    handler: async ({ tx, params, clock, audit }) => {
      const group = await tx.selectFrom('be_group').selectAll().where('id', '=', params.groupId).executeTakeFirst();
      if (!group) throw notFoundOrDenied();
      const pupils = await getGroupMembers(tx, params.groupId, clock.today());
      const teachers = await tx
        .selectFrom('be_group_teacher as gt')
        .innerJoin('be_staff as s', 's.id', 'gt.staff_id')
        .select(['s.id', 's.first_names', 's.last_name', 's.title', 's.subjects', 'gt.valid_from', 'gt.valid_to'])
        .where('gt.group_id', '=', params.groupId)
        .where('gt.valid_from', '<=', clock.today())
        .where((eb) => eb.or([eb('gt.valid_to', 'is', null), eb('gt.valid_to', '>=', clock.today())]))
        .execute();
      audit.persons(pupils.map((p) => p.id));
      return { group, pupils, teachers };
    },
  }),
];
