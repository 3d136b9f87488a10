// The social worker's daily lists: incoming notifications and applications of the unit by their
// nearest statutory deadline, and the intake of applications with their deadlines.
import { unitsWith } from '../../core/access/actions.ts';
import { badRequest, notFoundOrDenied } from '../../core/http/errors.ts';
import { defineRoute, type RouteDefinition } from '../../core/http/route.ts';
import { FAMILY_WORKER, SOCIAL_WORKER, socialActions } from './social-access.ts';
import { ageOn, applicationDeadlines, socialDeadlineParametersOn } from './social-rules.ts';
import { getWorklist, worklistSchema } from './social.queries.ts';
import { created, date, ensureClient, requirePerson, requireSocialUnit, requireText, uuid } from './social.routes.ts';

const idParams = { type: 'object', properties: { id: uuid }, required: ['id'] } as const;
const ADULT_AGE = 18;

interface NewApplication {
  personId: string;
  unitId: string;
  kind: 'family_work' | 'home_service' | 'social_rehabilitation' | 'preventive_income_support' | 'other';
  receivedOn: string;
  summary?: string | null;
  highestCareAllowance?: boolean;
  specialSupportChild?: boolean;
}

export const socialWorklistRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/social-work/units',
    summary: 'Social-work units the user works in',
    action: socialActions.unitList.name,
    audit: null,
    readOnly: true,
    schema: {
      response: {
        200: {
          type: 'object',
          properties: { units: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } }, required: ['id', 'name'] } } },
          required: ['units'],
        },
      },
    },
    handler: async ({ tx, user }) => {
      const own = unitsWith(user!.grants, [SOCIAL_WORKER, FAMILY_WORKER]);
      if (own.length === 0) return { units: [] };
      return { units: await tx.selectFrom('organisation_unit').select(['id', 'name']).where('register_id', '=', 'social-work').where('id', 'in', own).orderBy('name').execute() };
    },
  }),
  defineRoute<unknown, unknown, { unitId: string }>({
    method: 'GET',
    url: '/social-work/units/:unitId/worklist',
    summary: "The unit's incoming notifications and open applications by their nearest statutory deadline (LSL 26 §, SHL 36 § and 45 §)",
    action: socialActions.worklistRead.name,
    audit: 'SocialWorklistRead',
    datasetId: 'notifications',
    readOnly: true,
    target: ({ params }) => [params.unitId],
    schema: { params: { type: 'object', properties: { unitId: uuid }, required: ['unitId'] }, response: { 200: worklistSchema } },
    handler: async ({ tx, params, clock, audit }) => {
      const unit = await tx.selectFrom('organisation_unit').select(['id', 'name']).where('id', '=', params.unitId).where('register_id', '=', 'social-work').executeTakeFirst();
      if (!unit) throw notFoundOrDenied();
      const today = clock.today();
      const w = await getWorklist(tx, params.unitId, today);
      audit.persons([...w.notifications.map((n) => n.personId), ...w.applications.map((a) => a.personId)]);
      return { today, unit, ...w };
    },
  }),
  defineRoute<NewApplication>({
    method: 'POST',
    url: '/social-work/applications',
    summary: 'Receive an application; sets the SHL 36 § assessment deadlines and the SHL 45 § processing deadline',
    action: socialActions.applicationCreate.name,
    audit: 'SocialApplicationCreate',
    datasetId: 'applications',
    target: ({ body }) => [body.unitId],
    schema: {
      body: {
        type: 'object',
        properties: {
          personId: uuid,
          unitId: uuid,
          kind: { type: 'string', enum: ['family_work', 'home_service', 'social_rehabilitation', 'preventive_income_support', 'other'] },
          receivedOn: date,
          summary: { type: ['string', 'null'], maxLength: 2000 },
          highestCareAllowance: { type: 'boolean' },
          specialSupportChild: { type: 'boolean' },
        },
        required: ['personId', 'unitId', 'kind', 'receivedOn'],
        additionalProperties: false,
      },
      response: created,
    },
    handler: async ({ tx, body, clock, audit, reply }) => {
      await requireSocialUnit(tx, body.unitId);
      await requirePerson(tx, body.personId);
      if (body.summary != null) requireText(body.summary, 'summary');
      if (body.receivedOn > clock.today()) {
        throw badRequest('received_in_future', { fi: 'Saapumispäivä on tulevaisuudessa.', sv: 'Ankomstdagen ligger i framtiden.', en: 'The received date is in the future.' });
      }
      const person = await tx.selectFrom('person').select('birth_date').where('id', '=', body.personId).executeTakeFirstOrThrow();
      const age = ageOn(person.birth_date, body.receivedOn);
      if (body.specialSupportChild && age >= ADULT_AGE) {
        throw badRequest('not_a_child', { fi: 'Hakija ei ole lapsi.', sv: 'Sökanden är inte ett barn.', en: 'The applicant is not a child.' });
      }
      const p = await socialDeadlineParametersOn(tx, body.receivedOn);
      const d = applicationDeadlines(p, { receivedOn: body.receivedOn, age, highestCareAllowance: body.highestCareAllowance ?? false, specialSupportChild: body.specialSupportChild ?? false });
      await ensureClient(tx, body.personId, body.unitId, age < ADULT_AGE ? 'family' : 'adult', body.receivedOn);
      const a = await tx
        .insertInto('social_application')
        .values({
          person_id: body.personId,
          unit_id: body.unitId,
          kind: body.kind,
          received_on: body.receivedOn,
          summary: body.summary ?? null,
          highest_care_allowance: body.highestCareAllowance ?? false,
          special_support_child: body.specialSupportChild ?? false,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const rows = [
        ...(d.startBy ? [{ kind: 'assessment_start', due_on: d.startBy }] : []),
        ...(d.completeBy ? [{ kind: 'assessment_completion', due_on: d.completeBy }] : []),
        { kind: 'processing', due_on: d.processBy },
      ];
      await tx
        .insertInto('social_deadline')
        .values(rows.map((r) => ({ ...r, person_id: body.personId, application_id: a.id, pending_since: body.receivedOn, parameter_id: p.id })))
        .execute();
      audit.persons([body.personId]);
      audit.objects([a.id]);
      reply.status(201);
      return { id: a.id, deadlines: d };
    },
  }),
  defineRoute<{ startedOn: string }, unknown, { id: string }>({
    method: 'POST',
    url: '/social-work/applications/:id/assessment-start',
    summary: 'Record that the service-need assessment of an application started (meets the SHL 36 § start deadline)',
    action: socialActions.applicationUpdate.name,
    audit: 'SocialApplicationAssessmentStart',
    datasetId: 'applications',
    target: ({ params }) => [params.id],
    schema: { params: idParams, body: { type: 'object', properties: { startedOn: date }, required: ['startedOn'], additionalProperties: false } },
    handler: async ({ tx, params, body, clock, audit }) => {
      const a = await tx.selectFrom('social_application').select(['id', 'person_id', 'received_on', 'status']).where('id', '=', params.id).executeTakeFirst();
      if (!a) throw notFoundOrDenied();
      audit.persons([a.person_id]);
      if (a.status !== 'pending') {
        throw badRequest('application_closed', { fi: 'Hakemus on jo ratkaistu tai peruttu.', sv: 'Ansökan är redan avgjord eller återtagen.', en: 'The application is already decided or withdrawn.' });
      }
      if (body.startedOn < a.received_on || body.startedOn > clock.today()) {
        throw badRequest('invalid_start_date', {
          fi: 'Aloituspäivän on oltava hakemuksen saapumisen ja tämän päivän välillä.',
          sv: 'Startdagen ska ligga mellan ansökans ankomst och i dag.',
          en: 'The start date must be between the application date and today.',
        });
      }
      const met = await tx.updateTable('social_deadline').set({ met_on: body.startedOn }).where('application_id', '=', a.id).where('kind', '=', 'assessment_start').where('met_on', 'is', null).returning('due_on').executeTakeFirst();
      return { id: a.id, startedInTime: met ? body.startedOn <= met.due_on : null };
    },
  }),
  defineRoute<{ completedOn: string }, unknown, { id: string }>({
    method: 'POST',
    url: '/social-work/notifications/:id/assessment-complete',
    summary: 'Record that the service-need assessment of a notification was completed (meets the LSL 26 § 3-month deadline)',
    action: socialActions.notificationDecide.name,
    audit: 'SocialNotificationAssessmentComplete',
    datasetId: 'notifications',
    target: ({ params }) => [params.id],
    schema: { params: idParams, body: { type: 'object', properties: { completedOn: date }, required: ['completedOn'], additionalProperties: false } },
    handler: async ({ tx, params, body, clock, audit }) => {
      const n = await tx.selectFrom('social_notification').select(['id', 'person_id']).where('id', '=', params.id).executeTakeFirst();
      if (!n) throw notFoundOrDenied();
      audit.persons([n.person_id]);
      const started = await tx.selectFrom('social_decision').select('decided_on').where('notification_id', '=', n.id).where('kind', '=', 'assessment_start').executeTakeFirst();
      if (!started) {
        throw badRequest('assessment_not_started', { fi: 'Arviointia ei ole päätetty aloittaa.', sv: 'Det har inte beslutats att inleda bedömningen.', en: 'The assessment has not been started.' });
      }
      if (body.completedOn < started.decided_on || body.completedOn > clock.today()) {
        throw badRequest('invalid_completion_date', {
          fi: 'Valmistumispäivän on oltava aloittamispäätöksen ja tämän päivän välillä.',
          sv: 'Dagen ska ligga mellan beslutet att inleda och i dag.',
          en: 'The completion date must be between the decision to start and today.',
        });
      }
      const deadline = await tx.selectFrom('social_deadline').select(['id', 'due_on', 'met_on']).where('notification_id', '=', n.id).where('kind', '=', 'assessment_completion').executeTakeFirst();
      if (deadline?.met_on) {
        throw badRequest('already_completed', { fi: 'Arviointi on jo kirjattu valmistuneeksi.', sv: 'Bedömningen har redan registrerats som slutförd.', en: 'The assessment is already recorded as completed.' });
      }
      // A notification of a need for social care has no completion deadline: nothing to meet.
      if (!deadline) return { id: n.id, completedInTime: null };
      await tx.updateTable('social_deadline').set({ met_on: body.completedOn }).where('id', '=', deadline.id).execute();
      return { id: n.id, completedInTime: body.completedOn <= deadline.due_on };
    },
  }),
];
