// Staff records and teacher assignments: a teacher's subjects and contact details, the end of
// employment at a school, and the periods a teacher teaches a class or teaching group. The
// assignment periods are what give a teacher access to the group's pupils (access.ts).
import { defineRoute, type RouteDefinition } from '../../../core/http/route.ts';
import { badRequest, notFoundOrDenied } from '../../../core/http/errors.ts';
import type { ReadTx } from '../../../core/db/database.ts';
import { A } from '../access.ts';
import { DS } from '../datasets.ts';
import { assertPeriod, date, idParams, nullableDate, nullableText, objectBody, text, uuid } from '../http-schemas.ts';
import { isKnownSubject } from '../assessment/subjects.ts';
import { STAFF_TITLES } from './school.queries.ts';

type StaffPatch = {
  firstNames?: string;
  lastName?: string;
  title?: string;
  subjects?: string[];
  phone?: string | null;
  email?: string | null;
  userId?: string | null;
  personId?: string | null;
};

const staffNotValid = () =>
  badRequest('staff_not_valid', {
    fi: 'Opettaja ei ole ryhmän koulun henkilökuntaa koko jakson ajan.',
    sv: 'Läraren hör inte till skolans personal under hela perioden.',
    en: 'The teacher is not on the group’s school staff for the whole period.',
  });

async function getStaff(db: ReadTx, staffId: string) {
  return db.selectFrom('be_staff').selectAll().where('id', '=', staffId).executeTakeFirst();
}

export const staffRoutes: RouteDefinition[] = [
  defineRoute<StaffPatch, unknown, { staffId: string }>({
    method: 'PATCH',
    url: '/basic-education/staff/:staffId',
    summary: 'Change a staff member’s title, subjects, contact details or linked user account',
    action: A.staffUpdate.name,
    audit: 'StaffUpdate',
    datasetId: DS.contacts,
    target: ({ params }) => [params.staffId],
    schema: {
      params: idParams('staffId'),
      body: {
        ...objectBody(
          {
            firstNames: text(200),
            lastName: text(200),
            title: { type: 'string', enum: STAFF_TITLES },
            subjects: { type: 'array', items: { type: 'string', maxLength: 50 }, maxItems: 30 },
            phone: nullableText(50),
            email: { type: ['string', 'null'], format: 'email', maxLength: 200 },
            userId: { type: ['string', 'null'], pattern: uuid.pattern },
            personId: { type: ['string', 'null'], pattern: uuid.pattern },
          },
          [],
        ),
        minProperties: 1,
      },
    },
    handler: async ({ tx, params, body, audit }) => {
      const staff = await getStaff(tx, params.staffId);
      if (!staff) throw notFoundOrDenied();
      if ((body.subjects ?? []).some((s) => !isKnownSubject(s))) throw badRequest('unknown_subject', { fi: 'Tuntematon oppiaine.', sv: 'Okänt läroämne.', en: 'Unknown subject.' });
      if (body.userId) {
        const other = await tx
          .selectFrom('be_staff')
          .select('id')
          .where('user_id', '=', body.userId)
          .where('school_id', '=', staff.school_id)
          .where('id', '!=', staff.id)
          .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', staff.valid_from)]))
          .executeTakeFirst();
        if (other) {
          throw badRequest('user_already_staff', {
            fi: 'Käyttäjätunnus on jo liitetty toiseen saman koulun henkilökuntatietoon.',
            sv: 'Användarkontot är redan kopplat till en annan personaluppgift i samma skola.',
            en: 'The user account is already linked to another staff record of the same school.',
          });
        }
      }
      await tx
        .updateTable('be_staff')
        .set({ first_names: body.firstNames, last_name: body.lastName, title: body.title, subjects: body.subjects, phone: body.phone, email: body.email, user_id: body.userId, person_id: body.personId })
        .where('id', '=', staff.id)
        .execute();
      audit.persons([staff.person_id, body.personId].filter((x): x is string => !!x));
      return { id: staff.id };
    },
  }),
  defineRoute<{ validTo: string }, unknown, { staffId: string }>({
    method: 'POST',
    url: '/basic-education/staff/:staffId/end',
    summary: 'End a staff member’s employment at the school; their group assignments end the same day',
    action: A.staffUpdate.name,
    audit: 'StaffEnd',
    datasetId: DS.contacts,
    target: ({ params }) => [params.staffId],
    schema: { params: idParams('staffId'), body: objectBody({ validTo: date }, ['validTo']) },
    handler: async ({ tx, params, body, audit }) => {
      const staff = await getStaff(tx, params.staffId);
      if (!staff) throw notFoundOrDenied();
      assertPeriod(staff.valid_from, body.validTo);
      await tx.updateTable('be_staff').set({ valid_to: body.validTo }).where('id', '=', staff.id).execute();
      // Assignments that would only have started later never take effect.
      const dropped = await tx.deleteFrom('be_group_teacher').where('staff_id', '=', staff.id).where('valid_from', '>', body.validTo).executeTakeFirst();
      const ended = await tx
        .updateTable('be_group_teacher')
        .set({ valid_to: body.validTo })
        .where('staff_id', '=', staff.id)
        .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', body.validTo)]))
        .executeTakeFirst();
      if (staff.person_id) audit.persons([staff.person_id]);
      return { id: staff.id, assignmentsEnded: Number(ended.numUpdatedRows), assignmentsRemoved: Number(dropped.numDeletedRows) };
    },
  }),
  defineRoute<{ staffId: string; validFrom: string; validTo?: string | null }, unknown, { groupId: string }>({
    method: 'POST',
    url: '/basic-education/groups/:groupId/teachers',
    summary: 'Assign a teacher of the school to a class or teaching group for a period',
    action: A.groupUpdate.name,
    audit: 'GroupTeacherCreate',
    datasetId: DS.contacts,
    target: ({ params }) => [params.groupId],
    schema: { params: idParams('groupId'), body: objectBody({ staffId: uuid, validFrom: date, validTo: nullableDate }, ['staffId', 'validFrom']) },
    handler: async ({ tx, params, body, audit, reply }) => {
      assertPeriod(body.validFrom, body.validTo);
      const group = await tx.selectFrom('be_group').select(['school_id']).where('id', '=', params.groupId).executeTakeFirst();
      if (!group) throw notFoundOrDenied();
      const staff = await getStaff(tx, body.staffId);
      const to = body.validTo ?? null;
      if (!staff || staff.school_id !== group.school_id || staff.valid_from > body.validFrom || (staff.valid_to !== null && (to === null || staff.valid_to < to))) throw staffNotValid();
      const overlap = await tx
        .selectFrom('be_group_teacher')
        .select('id')
        .where('group_id', '=', params.groupId)
        .where('staff_id', '=', body.staffId)
        .where('valid_from', '<=', to ?? '9999-12-31')
        .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', body.validFrom)]))
        .executeTakeFirst();
      if (overlap) {
        throw badRequest('assignment_overlap', {
          fi: 'Opettaja on jo ryhmän opettajana osan jaksosta.',
          sv: 'Läraren är redan gruppens lärare under en del av perioden.',
          en: 'The teacher already teaches the group for part of the period.',
        });
      }
      const row = await tx.insertInto('be_group_teacher').values({ group_id: params.groupId, staff_id: body.staffId, valid_from: body.validFrom, valid_to: to }).returning('id').executeTakeFirstOrThrow();
      if (staff.person_id) audit.persons([staff.person_id]);
      audit.objects([row.id]);
      reply.status(201);
      return { id: row.id };
    },
  }),
  defineRoute<{ validTo: string }, unknown, { groupId: string; staffId: string }>({
    method: 'POST',
    url: '/basic-education/groups/:groupId/teachers/:staffId/end',
    summary: 'End a teacher’s open assignment to a group; their access to its pupils ends after the day',
    action: A.groupUpdate.name,
    audit: 'GroupTeacherEnd',
    datasetId: DS.contacts,
    target: ({ params }) => [params.groupId],
    schema: { params: idParams('groupId', 'staffId'), body: objectBody({ validTo: date }, ['validTo']) },
    handler: async ({ tx, params, body, audit }) => {
      const a = await tx
        .selectFrom('be_group_teacher as gt')
        .innerJoin('be_staff as s', 's.id', 'gt.staff_id')
        .select(['gt.id', 'gt.valid_from', 's.person_id'])
        .where('gt.group_id', '=', params.groupId)
        .where('gt.staff_id', '=', params.staffId)
        .where('gt.valid_to', 'is', null)
        .executeTakeFirst();
      if (!a) throw notFoundOrDenied();
      assertPeriod(a.valid_from, body.validTo);
      await tx.updateTable('be_group_teacher').set({ valid_to: body.validTo }).where('id', '=', a.id).execute();
      if (a.person_id) audit.persons([a.person_id]);
      audit.objects([a.id]);
      return { id: a.id };
    },
  }),
];
