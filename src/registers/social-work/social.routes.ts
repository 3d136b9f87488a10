import { sql } from 'kysely';
import { badRequest, notFoundOrDenied } from '../../core/http/errors.ts';
import { defineRoute, type RouteDefinition } from '../../core/http/route.ts';
import { UUID_PATTERN } from '../../core/ids.ts';
import type { Tx } from '../../core/db/database.ts';
import { assertCorrectable, nextPlanVersion } from '../../core/records/client-records.ts';
import { FAMILY_WORKER, SOCIAL_WORKER, socialActions } from './social-access.ts';
import { ageOn, applicationDeadlines, childWelfareDeadlines, socialDeadlineParametersOn } from './social-rules.ts';
import { clientOverviewSchema, getClientOverview, getDecisions, getNarrative, getSituation, narrativeSchema } from './social.queries.ts';

export const uuid = { type: 'string', pattern: UUID_PATTERN } as const;
export const date = { type: 'string', format: 'date' } as const;
export const text = { type: 'string', minLength: 1, maxLength: 20000 } as const;
export const personParams = { type: 'object', properties: { personId: uuid }, required: ['personId'] } as const;
export const created = { 201: { type: 'object', additionalProperties: true } };

/** Text that is more than whitespace: the schema checks length, this the content. */
export function requireText(value: string, field: string) {
  if (value.trim() === '') {
    throw badRequest('empty_text', { fi: `Kenttä "${field}" on tyhjä.`, sv: `Fältet "${field}" är tomt.`, en: `Field "${field}" is empty.` }, { field });
  }
}

/** Serialises writes that number a person's rows (plan versions). */
export const lockPerson = (tx: Tx, personId: string) => tx.selectFrom('person').select('id').where('id', '=', personId).forUpdate().executeTakeFirst();

/** The user works in the unit (in one of the register's roles) and the person is its current client. */
export async function requireClientOfMyUnit(tx: Tx, user: { grants: { role: string; unitId: string | null }[] } | null, personId: string, unitId: string, today: string, roles = [SOCIAL_WORKER, FAMILY_WORKER]) {
  const client = await tx
    .selectFrom('social_client')
    .select('id')
    .where('person_id', '=', personId)
    .where('unit_id', '=', unitId)
    .where('start_date', '<=', today)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', today)]))
    .executeTakeFirst();
  if (!client || !(user?.grants.some((g) => g.unitId === unitId && roles.includes(g.role)) ?? false)) throw notFoundOrDenied();
}

export async function requireSocialUnit(tx: Tx, unitId: string) {
  const unit = await tx.selectFrom('organisation_unit').select('register_id').where('id', '=', unitId).executeTakeFirst();
  if (unit?.register_id !== 'social-work') {
    throw badRequest('not_a_social_work_unit', { fi: 'Yksikkö ei kuulu sosiaalityöhön.', sv: 'Enheten hör inte till socialt arbete.', en: 'The unit is not a social-work unit.' });
  }
}

export async function requirePerson(tx: Tx, id: string) {
  const p = await tx.selectFrom('person').select('id').where('id', '=', id).executeTakeFirst();
  if (!p) throw badRequest('unknown_person', { fi: 'Henkilöä ei löydy.', sv: 'Personen hittades inte.', en: 'The person was not found.' });
}

/** Opens a client relationship at the unit unless one is open. */
export async function ensureClient(tx: Tx, personId: string, unitId: string, serviceArea: string, startDate: string) {
  const open = await tx.selectFrom('social_client').select('id').where('person_id', '=', personId).where('unit_id', '=', unitId).where('end_date', 'is', null).executeTakeFirst();
  if (open) return open.id;
  const row = await tx.insertInto('social_client').values({ person_id: personId, unit_id: unitId, service_area: serviceArea, start_date: startDate }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

interface NewNotification {
  personId: string;
  unitId: string;
  kind: 'child_welfare' | 'child_welfare_assessment_request' | 'social_care_need';
  receivedOn: string;
  summary: string;
  urgent: boolean;
  notifier: { personId?: string | null; name?: string | null; role: string; identityProtected: boolean };
}

export const socialRoutes: RouteDefinition[] = [
  defineRoute<{ personId: string; unitId: string; serviceArea: string; startDate: string; contacts?: { personId?: string | null; name?: string | null; phone?: string | null; relation: string }[] }>({
    method: 'POST',
    url: '/social-work/clients',
    summary: 'Open a client relationship with contacts',
    action: socialActions.clientCreate.name,
    audit: 'SocialClientCreate',
    datasetId: 'contacts',
    target: ({ body }) => [body.unitId],
    schema: {
      body: {
        type: 'object',
        properties: {
          personId: uuid,
          unitId: uuid,
          serviceArea: { type: 'string', enum: ['family', 'child_welfare', 'adult'] },
          startDate: date,
          contacts: {
            type: 'array',
            maxItems: 20,
            items: {
              type: 'object',
              properties: {
                personId: { type: ['string', 'null'], pattern: UUID_PATTERN },
                name: { type: ['string', 'null'], maxLength: 200 },
                phone: { type: ['string', 'null'], maxLength: 50 },
                relation: { type: 'string', enum: ['guardian', 'parent', 'spouse', 'relative', 'network', 'other'] },
              },
              required: ['relation'],
              additionalProperties: false,
            },
          },
        },
        required: ['personId', 'unitId', 'serviceArea', 'startDate'],
        additionalProperties: false,
      },
      response: created,
    },
    handler: async ({ tx, body, audit, reply }) => {
      await requireSocialUnit(tx, body.unitId);
      const ids = [body.personId, ...(body.contacts ?? []).flatMap((c) => (c.personId ? [c.personId] : []))];
      for (const id of new Set(ids)) await requirePerson(tx, id);
      if ((body.contacts ?? []).some((c) => !c.personId && !c.name)) {
        throw badRequest('contact_without_name', { fi: 'Yhteyshenkilöltä puuttuu nimi.', sv: 'Kontaktpersonen saknar namn.', en: 'A contact person has no name.' });
      }
      const clientId = await ensureClient(tx, body.personId, body.unitId, body.serviceArea, body.startDate);
      if (body.contacts?.length) {
        await tx.insertInto('social_contact').values(body.contacts.map((c) => ({ client_id: clientId, person_id: c.personId ?? null, name: c.name ?? null, phone: c.phone ?? null, relation: c.relation }))).execute();
      }
      audit.persons(ids);
      audit.objects([clientId]);
      reply.status(201);
      return { id: clientId };
    },
  }),
  defineRoute<unknown, unknown, { personId: string }>({
    method: 'GET',
    url: '/social-work/clients/:personId',
    summary: "A client's card: relationships, notifications and applications with deadlines, plan versions, and for the social worker decisions and situation data",
    action: socialActions.clientRead.name,
    audit: 'SocialClientRead',
    datasetId: 'contacts',
    readOnly: true,
    target: ({ params }) => [params.personId],
    schema: { params: personParams, response: { 200: clientOverviewSchema } },
    handler: async ({ tx, params, audit, allowed }) => {
      const may = async (action: string) => (await allowed(action, [params.personId])).has(params.personId);
      const overview = await getClientOverview(tx, params.personId, { notifier: await may(socialActions.notifierRead.name) });
      if (overview.clients.length === 0) throw notFoundOrDenied();
      audit.persons(overview.personIds);
      const { personIds: _, ...rest } = overview;
      return {
        ...rest,
        decisions: (await may(socialActions.decisionRead.name)) ? await getDecisions(tx, params.personId) : null,
        situation: (await may(socialActions.situationRead.name)) ? await getSituation(tx, params.personId) : null,
      };
    },
  }),
  defineRoute<NewNotification>({
    method: 'POST',
    url: '/social-work/notifications',
    summary: 'Receive a notification; a child-welfare one gets the 7-working-day and 3-month deadlines (LSL 26 §)',
    action: socialActions.notificationCreate.name,
    audit: 'SocialNotificationCreate',
    datasetId: 'notifications',
    target: ({ body }) => [body.unitId],
    schema: {
      body: {
        type: 'object',
        properties: {
          personId: uuid,
          unitId: uuid,
          kind: { type: 'string', enum: ['child_welfare', 'child_welfare_assessment_request', 'social_care_need'] },
          receivedOn: date,
          summary: text,
          urgent: { type: 'boolean' },
          notifier: {
            type: 'object',
            properties: {
              personId: { type: ['string', 'null'], pattern: UUID_PATTERN },
              name: { type: ['string', 'null'], maxLength: 200 },
              role: { type: 'string', enum: ['private', 'health_care', 'school', 'ecec', 'police', 'social_services', 'other_authority', 'anonymous'] },
              identityProtected: { type: 'boolean' },
            },
            required: ['role', 'identityProtected'],
            additionalProperties: false,
          },
        },
        required: ['personId', 'unitId', 'kind', 'receivedOn', 'summary', 'urgent', 'notifier'],
        additionalProperties: false,
      },
      response: created,
    },
    handler: async ({ tx, body, clock, audit, reply }) => {
      await requireSocialUnit(tx, body.unitId);
      await requirePerson(tx, body.personId);
      requireText(body.summary, 'summary');
      if (body.notifier.personId) await requirePerson(tx, body.notifier.personId);
      if (body.receivedOn > clock.today()) {
        throw badRequest('received_in_future', { fi: 'Saapumispäivä on tulevaisuudessa.', sv: 'Ankomstdagen ligger i framtiden.', en: 'The received date is in the future.' });
      }
      const childWelfare = body.kind !== 'social_care_need';
      const params = await socialDeadlineParametersOn(tx, body.receivedOn);
      await ensureClient(tx, body.personId, body.unitId, childWelfare ? 'child_welfare' : 'adult', body.receivedOn);
      const n = await tx
        .insertInto('social_notification')
        .values({ person_id: body.personId, unit_id: body.unitId, kind: body.kind, received_on: body.receivedOn, summary: body.summary, urgent: body.urgent })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('social_notifier')
        .values({ notification_id: n.id, person_id: body.notifier.personId ?? null, name: body.notifier.name ?? null, notifier_role: body.notifier.role, identity_protected: body.notifier.identityProtected })
        .execute();
      let deadlines = null;
      if (childWelfare) {
        deadlines = childWelfareDeadlines(params, body.receivedOn);
        await tx
          .insertInto('social_deadline')
          .values([
            { person_id: body.personId, notification_id: n.id, kind: 'assessment_start_decision', pending_since: body.receivedOn, due_on: deadlines.decideBy, parameter_id: params.id },
            { person_id: body.personId, notification_id: n.id, kind: 'assessment_completion', pending_since: body.receivedOn, due_on: deadlines.completeBy, parameter_id: params.id },
          ])
          .execute();
      } else {
        // A notification of a need for social care (SHL 35 §) starts the assessment; 36 § sets
        // its working-day limit for those aged 75 or more.
        const person = await tx.selectFrom('person').select('birth_date').where('id', '=', body.personId).executeTakeFirstOrThrow();
        const d = applicationDeadlines(params, { receivedOn: body.receivedOn, age: ageOn(person.birth_date, body.receivedOn), highestCareAllowance: false, specialSupportChild: false });
        if (d.startBy) {
          await tx
            .insertInto('social_deadline')
            .values({ person_id: body.personId, notification_id: n.id, kind: 'assessment_start', pending_since: body.receivedOn, due_on: d.startBy, parameter_id: params.id })
            .execute();
          deadlines = { startBy: d.startBy };
        }
      }
      audit.persons([body.personId, ...(body.notifier.personId ? [body.notifier.personId] : [])]);
      audit.objects([n.id]);
      reply.status(201);
      return { id: n.id, deadlines };
    },
  }),
  defineRoute<{ start: boolean; decidedOn: string; text: string }, unknown, { id: string }>({
    method: 'POST',
    url: '/social-work/notifications/:id/assessment-decision',
    summary: 'Decide whether to start the service-need assessment; meets the 7-working-day deadline',
    action: socialActions.notificationDecide.name,
    audit: 'SocialDecisionCreate',
    datasetId: 'decisions',
    target: ({ params }) => [params.id],
    schema: {
      params: { type: 'object', properties: { id: uuid }, required: ['id'] },
      body: { type: 'object', properties: { start: { type: 'boolean' }, decidedOn: date, text }, required: ['start', 'decidedOn', 'text'], additionalProperties: false },
      response: created,
    },
    handler: async ({ tx, params, body, user, clock, audit, reply }) => {
      const n = await tx.selectFrom('social_notification').select(['id', 'person_id', 'received_on']).where('id', '=', params.id).executeTakeFirstOrThrow();
      if (body.decidedOn < n.received_on || body.decidedOn > clock.today()) {
        throw badRequest('invalid_decision_date', {
          fi: 'Päätöspäivän on oltava ilmoituksen saapumisen ja tämän päivän välillä.',
          sv: 'Beslutsdagen ska ligga mellan anmälans ankomst och i dag.',
          en: 'The decision date must be between the notification date and today.',
        });
      }
      audit.persons([n.person_id]);
      requireText(body.text, 'text');
      const earlier = await tx.selectFrom('social_decision').select('id').where('notification_id', '=', n.id).where('kind', 'in', ['assessment_start', 'assessment_not_started']).executeTakeFirst();
      if (earlier) {
        throw badRequest('already_decided', { fi: 'Arvioinnin aloittamisesta on jo päätetty.', sv: 'Beslut om att inleda bedömningen har redan fattats.', en: 'Whether to start the assessment has already been decided.' });
      }
      const d = await tx
        .insertInto('social_decision')
        .values({ person_id: n.person_id, notification_id: n.id, kind: body.start ? 'assessment_start' : 'assessment_not_started', decided_on: body.decidedOn, text: body.text, decided_by: user?.userId ?? null })
        .returning('id')
        .executeTakeFirstOrThrow();
      // Deciding meets the decision deadline (and the start deadline when the assessment starts);
      // without an assessment there is nothing left to complete.
      const met = body.start ? ['assessment_start_decision', 'assessment_start'] : ['assessment_start_decision', 'assessment_start', 'assessment_completion'];
      await tx.updateTable('social_deadline').set({ met_on: body.decidedOn }).where('notification_id', '=', n.id).where('kind', 'in', met).where('met_on', 'is', null).execute();
      const due = await tx.selectFrom('social_deadline').select('due_on').where('notification_id', '=', n.id).where('kind', '=', 'assessment_start_decision').executeTakeFirst();
      audit.objects([d.id]);
      reply.status(201);
      return { id: d.id, withinDeadline: due ? body.decidedOn <= due.due_on : null };
    },
  }),
  defineRoute<unknown, { limit?: number }, { personId: string }>({
    method: 'GET',
    url: '/social-work/clients/:personId/narrative',
    summary: 'The client narrative (asiakaskertomus), newest first; corrected entries stay with a link to their correction',
    action: socialActions.narrativeRead.name,
    audit: 'SocialNarrativeRead',
    datasetId: 'narrative',
    readOnly: true,
    target: ({ params }) => [params.personId],
    schema: {
      params: personParams,
      querystring: { type: 'object', properties: { limit: { type: 'integer', minimum: 1, maximum: 1000 } }, additionalProperties: false },
      response: { 200: narrativeSchema },
    },
    handler: async ({ tx, params, query }) => ({ entries: await getNarrative(tx, params.personId, query.limit ?? 200) }),
  }),
  defineRoute<{ unitId: string; text: string; correctsId?: string | null; correctionReason?: string | null }, unknown, { personId: string }>({
    method: 'POST',
    url: '/social-work/clients/:personId/narrative',
    summary: 'Write an entry in the client narrative (asiakaskertomus), or a correction of an earlier one (entries are never edited)',
    action: socialActions.narrativeCreate.name,
    audit: 'SocialNarrativeEntryCreate',
    datasetId: 'narrative',
    target: ({ params }) => [params.personId],
    schema: {
      params: personParams,
      body: {
        type: 'object',
        properties: { unitId: uuid, text, correctsId: { type: ['string', 'null'], pattern: UUID_PATTERN }, correctionReason: { type: ['string', 'null'], maxLength: 1000 } },
        required: ['unitId', 'text'],
        additionalProperties: false,
      },
      response: created,
    },
    handler: async ({ tx, params, body, user, clock, audit, reply }) => {
      requireText(body.text, 'text');
      await requireClientOfMyUnit(tx, user, params.personId, body.unitId, clock.today());
      if (body.correctsId) {
        if (!body.correctionReason?.trim()) {
          throw badRequest('correction_reason_missing', { fi: 'Kerro korjauksen syy.', sv: 'Ange orsaken till rättelsen.', en: 'Give the reason for the correction.' }, { field: 'correctionReason' });
        }
        const original = await tx
          .selectFrom('social_narrative_entry as e')
          .select(['e.person_id', sql<boolean>`exists (select 1 from social_narrative_entry c where c.corrects_id = e.id)`.as('corrected')])
          .where('e.id', '=', body.correctsId)
          .executeTakeFirst();
        assertCorrectable(original, params.personId);
      } else if (body.correctionReason != null) {
        throw badRequest('correction_reason_without_correction', {
          fi: 'Korjauksen syy annetaan vain korjaukselle.',
          sv: 'Orsaken anges endast för en rättelse.',
          en: 'A correction reason is given only with a correction.',
        });
      }
      const row = await tx
        .insertInto('social_narrative_entry')
        .values({
          person_id: params.personId,
          unit_id: body.unitId,
          recorded_at: clock.now(),
          text: body.text,
          author_user_id: user?.userId ?? null,
          corrects_id: body.correctsId ?? null,
          correction_reason: body.correctsId ? body.correctionReason!.trim() : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      audit.objects([row.id]);
      reply.status(201);
      return { id: row.id };
    },
  }),
  defineRoute<{ validFrom: string; goals: string; measures: string; clientParticipated: boolean }, unknown, { personId: string }>({
    method: 'POST',
    url: '/social-work/clients/:personId/plans',
    summary: 'Add a new version of the client plan (asiakassuunnitelma, SHL 39 §); earlier versions are kept',
    action: socialActions.clientPlanCreate.name,
    audit: 'SocialClientPlanCreate',
    datasetId: 'client_plans',
    target: ({ params }) => [params.personId],
    schema: {
      params: personParams,
      body: {
        type: 'object',
        properties: { validFrom: date, goals: text, measures: text, clientParticipated: { type: 'boolean' } },
        required: ['validFrom', 'goals', 'measures', 'clientParticipated'],
        additionalProperties: false,
      },
      response: created,
    },
    handler: async ({ tx, params, body, user, audit, reply }) => {
      requireText(body.goals, 'goals');
      requireText(body.measures, 'measures');
      await lockPerson(tx, params.personId);
      const last = await tx.selectFrom('social_client_plan').select(['version', 'valid_from']).where('person_id', '=', params.personId).orderBy('version', 'desc').executeTakeFirst();
      const version = nextPlanVersion(last, body.validFrom);
      const row = await tx
        .insertInto('social_client_plan')
        .values({ person_id: params.personId, version, valid_from: body.validFrom, goals: body.goals, measures: body.measures, client_participated: body.clientParticipated, created_by: user?.userId ?? null })
        .returning('id')
        .executeTakeFirstOrThrow();
      audit.objects([row.id]);
      reply.status(201);
      return { id: row.id, version };
    },
  }),
  defineRoute<{ area: 'social' | 'economic' | 'health' | 'housing' | 'other'; recordedOn: string; text: string }, unknown, { personId: string }>({
    method: 'POST',
    url: '/social-work/clients/:personId/situation',
    summary: "Record social, economic or health situation data needed for the client's services",
    action: socialActions.situationCreate.name,
    audit: 'SocialSituationCreate',
    datasetId: 'situation',
    target: ({ params }) => [params.personId],
    schema: {
      params: personParams,
      body: {
        type: 'object',
        properties: { area: { type: 'string', enum: ['social', 'economic', 'health', 'housing', 'other'] }, recordedOn: date, text },
        required: ['area', 'recordedOn', 'text'],
        additionalProperties: false,
      },
      response: created,
    },
    handler: async ({ tx, params, body, user, clock, audit, reply }) => {
      requireText(body.text, 'text');
      if (body.recordedOn > clock.today()) {
        throw badRequest('recorded_in_future', { fi: 'Päivämäärä on tulevaisuudessa.', sv: 'Datumet ligger i framtiden.', en: 'The date is in the future.' });
      }
      const row = await tx
        .insertInto('social_situation')
        .values({ person_id: params.personId, area: body.area, recorded_on: body.recordedOn, text: body.text, created_by: user?.userId ?? null })
        .returning('id')
        .executeTakeFirstOrThrow();
      audit.objects([row.id]);
      reply.status(201);
      return { id: row.id };
    },
  }),
];
