import { defineRoute, type RouteDefinition } from '../../../core/http/route.ts';
import { badRequest } from '../../../core/http/errors.ts';
import { A } from '../access.ts';
import { DS } from '../datasets.ts';
import { assertPeriod, date, idParams, nullableDate, nullableText, objectBody, requireEnrolment, text, uuid } from '../http-schemas.ts';
import { getGuardians } from '../pupil/pupil.queries.ts';
import { GROUP_LEVEL_FORMS, PUPIL_LEVEL_FORMS, PUPIL_LEVEL_KINDS, REFORM_DATE, THREE_TIER_KINDS, type ThreeTierKind } from './support.ts';

type PupilP = { pupilId: string };
type SupportIn = {
  kind: (typeof PUPIL_LEVEL_KINDS)[number];
  supportForms?: string[];
  recordDate: string;
  validFrom?: string | null;
  validTo?: string | null;
  heardPersonIds?: string[];
  heardOn?: string | null;
  decidedBy?: string | null;
  summary: string;
};
type HistoryIn = { kind: ThreeTierKind; recordDate: string; validFrom?: string | null; validTo?: string | null; decidedBy?: string | null; summary: string };

export const supportRoutes: RouteDefinition[] = [
  defineRoute<SupportIn, unknown, PupilP>({
    method: 'POST',
    url: '/basic-education/pupils/:pupilId/support',
    summary: 'Record pupil-level support (model from 1.8.2025): assessment of need, plan, or the administrative decision',
    action: A.supportWrite.name,
    audit: 'SupportRecordCreate',
    datasetId: DS.support,
    target: ({ params }) => [params.pupilId],
    schema: {
      params: idParams('pupilId'),
      body: objectBody(
        {
          kind: { type: 'string', enum: [...PUPIL_LEVEL_KINDS] },
          supportForms: { type: 'array', items: { type: 'string', enum: [...PUPIL_LEVEL_FORMS] }, maxItems: 6, uniqueItems: true },
          recordDate: date,
          validFrom: nullableDate,
          validTo: nullableDate,
          heardPersonIds: { type: 'array', items: uuid, maxItems: 5, uniqueItems: true },
          heardOn: nullableDate,
          decidedBy: nullableText(200),
          summary: text(8000),
        },
        ['kind', 'recordDate', 'summary'],
      ),
    },
    handler: async ({ tx, params, body, audit, user, allowed, reply }) => {
      if (body.recordDate < REFORM_DATE) {
        throw badRequest('support_model_not_in_force', {
          fi: 'Tuen uusi malli on voimassa 1.8.2025 alkaen; kirjaa aiemmat asiakirjat kolmiportaisen tuen historiana.',
          sv: 'Den nya stödmodellen gäller från 1.8.2025; registrera tidigare handlingar som historik för trestegsstödet.',
          en: 'The new support model is in force from 1 Aug 2025; record earlier documents as three-tier history.',
        });
      }
      const forms = body.supportForms ?? [];
      const heard = body.heardPersonIds ?? [];
      if (body.kind === 'support_decision') {
        if (!(await allowed(A.supportDecide.name, [params.pupilId])).has(params.pupilId)) {
          throw badRequest('decision_by_principal', { fi: 'Tukea koskevan päätöksen tekee rehtori tai opetustoimi.', sv: 'Beslutet om stöd fattas av rektorn eller utbildningsväsendet.', en: 'The support decision is made by the principal or the education office.' });
        }
        if (forms.length === 0 || !body.validFrom || !body.decidedBy) {
          throw badRequest('decision_incomplete', { fi: 'Päätöksessä on oltava tukimuodot, alkamispäivä ja päätöksentekijä.', sv: 'Beslutet ska ange stödformer, startdatum och beslutsfattare.', en: 'A decision needs its forms of support, start date and decision maker.' });
        }
        const earlier = await tx
          .selectFrom('be_support_record')
          .select('kind')
          .where('pupil_id', '=', params.pupilId)
          .where('model', '=', '2025')
          .where('kind', 'in', ['need_assessment', 'support_plan'])
          .where('record_date', '<=', body.recordDate)
          .execute();
        const kinds = new Set(earlier.map((e) => e.kind));
        if (!kinds.has('need_assessment') || !kinds.has('support_plan')) {
          throw badRequest('decision_needs_assessment_and_plan', {
            fi: 'Ennen päätöstä on kirjattava oppilaskohtainen arvio tuen tarpeesta ja suunnitelma tuen toteuttamisesta.',
            sv: 'Före beslutet ska en bedömning av stödbehovet och en plan för stödet registreras.',
            en: 'An assessment of the need for support and a support plan must be recorded before the decision.',
          });
        }
        const guardians = await getGuardians(tx, params.pupilId, body.recordDate);
        const guardianHeard = guardians.length === 0 || guardians.some((g) => heard.includes(g.id));
        if (!body.heardOn || body.heardOn > body.recordDate || !heard.includes(params.pupilId) || !guardianHeard) {
          throw badRequest('hearing_required', {
            fi: 'Oppilasta ja huoltajaa on kuultava ennen päätöstä.',
            sv: 'Eleven och vårdnadshavaren ska höras före beslutet.',
            en: 'The pupil and the guardian must be heard before the decision.',
          });
        }
      }
      if (body.validFrom) assertPeriod(body.validFrom, body.validTo);
      const enrolment = await requireEnrolment(tx, params.pupilId, body.recordDate);
      const row = await tx
        .insertInto('be_support_record')
        .values({
          pupil_id: params.pupilId,
          school_id: enrolment.school_id,
          model: '2025',
          kind: body.kind,
          support_forms: forms,
          record_date: body.recordDate,
          valid_from: body.validFrom ?? null,
          valid_to: body.validTo ?? null,
          heard_person_ids: heard,
          heard_on: body.heardOn ?? null,
          decided_by: body.decidedBy ?? null,
          summary: body.summary,
          created_by: user?.userId ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      audit.persons(heard);
      audit.objects([row.id]);
      reply.status(201);
      return { id: row.id };
    },
  }),
  defineRoute<HistoryIn, unknown, PupilP>({
    method: 'POST',
    url: '/basic-education/pupils/:pupilId/support/history',
    summary: 'Record a document of the three-tier support model (before 1.8.2025) as history: general, intensified, special support, HOJKS',
    action: A.supportWrite.name,
    audit: 'SupportHistoryCreate',
    datasetId: DS.support,
    target: ({ params }) => [params.pupilId],
    schema: {
      params: idParams('pupilId'),
      body: objectBody(
        { kind: { type: 'string', enum: Object.keys(THREE_TIER_KINDS) }, recordDate: date, validFrom: nullableDate, validTo: nullableDate, decidedBy: nullableText(200), summary: text(8000) },
        ['kind', 'recordDate', 'summary'],
      ),
    },
    handler: async ({ tx, params, body, user, audit, reply }) => {
      if (body.recordDate >= REFORM_DATE) {
        throw badRequest('three_tier_ended', {
          fi: 'Kolmiportainen tuki päättyi 31.7.2025; kirjaa uudet asiakirjat uuden mallin mukaan.',
          sv: 'Trestegsstödet upphörde 31.7.2025; registrera nya handlingar enligt den nya modellen.',
          en: 'The three-tier model ended on 31 Jul 2025; record new documents under the new model.',
        });
      }
      if (body.validFrom) assertPeriod(body.validFrom, body.validTo);
      const enrolment = await requireEnrolment(tx, params.pupilId, body.recordDate);
      const row = await tx
        .insertInto('be_support_record')
        .values({
          pupil_id: params.pupilId,
          school_id: enrolment.school_id,
          model: 'three_tier',
          kind: body.kind,
          tier: THREE_TIER_KINDS[body.kind],
          record_date: body.recordDate,
          valid_from: body.validFrom ?? null,
          valid_to: body.validTo ?? null,
          decided_by: body.decidedBy ?? null,
          summary: body.summary,
          created_by: user?.userId ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      audit.objects([row.id]);
      reply.status(201);
      return { id: row.id };
    },
  }),
  defineRoute<unknown, unknown, PupilP>({
    method: 'GET',
    url: '/basic-education/pupils/:pupilId/support',
    summary: 'A pupil’s pedagogical support: pupil-level records, group-level support of their groups, and three-tier history',
    action: A.supportRead.name,
    audit: 'SupportRead',
    datasetId: DS.support,
    target: ({ params }) => [params.pupilId],
    schema: { params: idParams('pupilId') },
    handler: async ({ tx, params }) => {
      const records = await tx.selectFrom('be_support_record').selectAll().where('pupil_id', '=', params.pupilId).orderBy('record_date').execute();
      const groupSupport = await tx
        .selectFrom('be_group_support as s')
        .innerJoin('be_group as g', 'g.id', 's.group_id')
        .innerJoin('be_group_member as m', 'm.group_id', 'g.id')
        .select(['s.id', 's.form', 's.valid_from', 's.valid_to', 's.description', 'g.name as group_name'])
        .where('m.pupil_id', '=', params.pupilId)
        .execute();
      return {
        pupilLevel: records.filter((r) => r.model === '2025'),
        groupLevel: groupSupport,
        threeTierHistory: records.filter((r) => r.model === 'three_tier'),
      };
    },
  }),
  defineRoute<{ form: string; validFrom: string; validTo?: string | null; description?: string | null }, unknown, { groupId: string }>({
    method: 'POST',
    url: '/basic-education/groups/:groupId/support',
    summary: 'Record group-level support (remedial teaching, special teacher alongside): no pupil-level plan or decision',
    action: A.groupSupportWrite.name,
    audit: null,
    target: ({ params }) => [params.groupId],
    schema: {
      params: idParams('groupId'),
      body: objectBody({ form: { type: 'string', enum: [...GROUP_LEVEL_FORMS] }, validFrom: date, validTo: nullableDate, description: nullableText(2000) }, ['form', 'validFrom']),
    },
    handler: async ({ tx, params, body, reply }) => {
      assertPeriod(body.validFrom, body.validTo);
      if (body.validFrom < REFORM_DATE) {
        throw badRequest('support_model_not_in_force', { fi: 'Ryhmäkohtainen tuki on kirjattavissa 1.8.2025 alkaen.', sv: 'Stöd på gruppnivå kan registreras från 1.8.2025.', en: 'Group-level support can be recorded from 1 Aug 2025.' });
      }
      const row = await tx.insertInto('be_group_support').values({ group_id: params.groupId, form: body.form, valid_from: body.validFrom, valid_to: body.validTo ?? null, description: body.description ?? null }).returning('id').executeTakeFirstOrThrow();
      reply.status(201);
      return { id: row.id };
    },
  }),
];
