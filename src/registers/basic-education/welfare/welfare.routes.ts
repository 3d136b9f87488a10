// Pupil welfare records (oppilashuoltokertomus): a separate, stricter dataset. Only the
// pupil-welfare staff of the pupil's school may read or write them; every read is an audit
// event of the dataset 'pupil-welfare'.
import { defineRoute, type RouteDefinition } from '../../../core/http/route.ts';
import { A } from '../access.ts';
import { DS } from '../datasets.ts';
import { date, idParams, nullableText, objectBody, requireEnrolment, text } from '../http-schemas.ts';

const PROFESSIONALS = ['school_nurse', 'school_doctor', 'school_psychologist', 'school_social_worker', 'multidisciplinary_group'];

export const welfareRoutes: RouteDefinition[] = [
  defineRoute<{ recordedOn: string; professional: string; topic: string; content: string; measures?: string | null; participants?: string | null }, unknown, { pupilId: string }>({
    method: 'POST',
    url: '/basic-education/pupils/:pupilId/welfare-records',
    summary: 'Write a pupil welfare record (oppilashuoltokertomus)',
    action: A.welfareWrite.name,
    audit: 'WelfareRecordCreate',
    datasetId: DS.welfare,
    purpose: 'pupil_welfare',
    target: ({ params }) => [params.pupilId],
    schema: {
      params: idParams('pupilId'),
      body: objectBody(
        { recordedOn: date, professional: { type: 'string', enum: PROFESSIONALS }, topic: text(200), content: text(20000), measures: nullableText(8000), participants: nullableText(1000) },
        ['recordedOn', 'professional', 'topic', 'content'],
      ),
    },
    handler: async ({ tx, params, body, user, audit, reply }) => {
      const enrolment = await requireEnrolment(tx, params.pupilId, body.recordedOn);
      const row = await tx
        .insertInto('be_welfare_record')
        .values({
          pupil_id: params.pupilId,
          school_id: enrolment.school_id,
          recorded_on: body.recordedOn,
          professional: body.professional,
          topic: body.topic,
          content: body.content,
          measures: body.measures ?? null,
          participants: body.participants ?? null,
          author_user_id: user?.userId ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      audit.objects([row.id]);
      reply.status(201);
      return { id: row.id };
    },
  }),
  defineRoute<unknown, unknown, { pupilId: string }>({
    method: 'GET',
    url: '/basic-education/pupils/:pupilId/welfare-records',
    summary: 'Read a pupil’s welfare records (pupil-welfare staff of the pupil’s school only)',
    action: A.welfareRead.name,
    audit: 'WelfareRecordRead',
    datasetId: DS.welfare,
    purpose: 'pupil_welfare',
    target: ({ params }) => [params.pupilId],
    schema: { params: idParams('pupilId') },
    handler: async ({ tx, params, audit }) => {
      const records = await tx
        .selectFrom('be_welfare_record')
        .select(['id', 'school_id', 'recorded_on', 'professional', 'topic', 'content', 'measures', 'participants', 'created_at'])
        .where('pupil_id', '=', params.pupilId)
        .orderBy('recorded_on', 'desc')
        .execute();
      audit.objects(records.map((r) => r.id));
      return { records };
    },
  }),
];
