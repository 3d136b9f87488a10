import { badRequest, notFoundOrDenied } from '../../core/http/errors.ts';
import { defineRoute, type RouteDefinition } from '../../core/http/route.ts';
import { UUID_PATTERN } from '../../core/ids.ts';
import type { Tx } from '../../core/db/database.ts';
import { socialActions } from './social-access.ts';
import { childWelfareDeadlines } from './social-rules.ts';

const uuid = { type: 'string', pattern: UUID_PATTERN } as const;
const date = { type: 'string', format: 'date' } as const;
const text = { type: 'string', minLength: 1, maxLength: 20000 } as const;
const personParams = { type: 'object', properties: { personId: uuid }, required: ['personId'] } as const;
const created = { 201: { type: 'object', additionalProperties: true } };

async function requireSocialUnit(tx: Tx, unitId: string) {
  const unit = await tx.selectFrom('organisation_unit').select('register_id').where('id', '=', unitId).executeTakeFirst();
  if (unit?.register_id !== 'social-work') {
    throw badRequest('not_a_social_work_unit', { fi: 'Yksikkö ei kuulu sosiaalityöhön.', sv: 'Enheten hör inte till socialt arbete.', en: 'The unit is not a social-work unit.' });
  }
}

async function requirePerson(tx: Tx, id: string) {
  const p = await tx.selectFrom('person').select('id').where('id', '=', id).executeTakeFirst();
  if (!p) throw badRequest('unknown_person', { fi: 'Henkilöä ei löydy.', sv: 'Personen hittades inte.', en: 'The person was not found.' });
}

/** Opens a client relationship at the unit unless one is open. */
async function ensureClient(tx: Tx, personId: string, unitId: string, serviceArea: string, startDate: string) {
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
    summary: "A client's relationships, notifications with deadlines, latest plan, decisions and narrative",
    action: socialActions.clientRead.name,
    audit: 'SocialClientRead',
    datasetId: 'contacts',
    target: ({ params }) => [params.personId],
    schema: { params: personParams },
    handler: async ({ tx, params, audit, allowed }) => {
      const clients = await tx.selectFrom('social_client').selectAll().where('person_id', '=', params.personId).execute();
      if (clients.length === 0) throw notFoundOrDenied();
      const mayReadNotifier = (await allowed(socialActions.notifierRead.name, [params.personId])).has(params.personId);
      const notifications = await tx
        .selectFrom('social_notification as n')
        .leftJoin('social_notifier as r', 'r.notification_id', 'n.id')
        .select(['n.id', 'n.kind', 'n.received_on', 'n.summary', 'n.urgent', 'r.person_id as notifier_person_id', 'r.name as notifier_name', 'r.notifier_role', 'r.identity_protected'])
        .where('n.person_id', '=', params.personId)
        .orderBy('n.received_on')
        .execute();
      const deadlines = await tx.selectFrom('social_deadline').selectAll().where('person_id', '=', params.personId).execute();
      const plan = await tx.selectFrom('social_client_plan').selectAll().where('person_id', '=', params.personId).orderBy('version', 'desc').executeTakeFirst();
      const narrative = await tx.selectFrom('social_narrative_entry').selectAll().where('person_id', '=', params.personId).orderBy('recorded_at').execute();
      if (mayReadNotifier) audit.persons(notifications.flatMap((n) => (n.notifier_person_id ? [n.notifier_person_id] : [])));
      return {
        clients: clients.map((c) => ({ id: c.id, unitId: c.unit_id, serviceArea: c.service_area, startDate: c.start_date, endDate: c.end_date })),
        notifications: notifications.map((n) => ({
          id: n.id,
          kind: n.kind,
          receivedOn: n.received_on,
          summary: n.summary,
          urgent: n.urgent,
          // Family workers never see who notified; social workers see it, flagged if protected.
          notifier: mayReadNotifier
            ? { personId: n.notifier_person_id, name: n.notifier_name, role: n.notifier_role, identityProtected: n.identity_protected }
            : { identityProtected: true },
          deadlines: deadlines.filter((d) => d.notification_id === n.id).map((d) => ({ kind: d.kind, dueOn: d.due_on, metOn: d.met_on })),
        })),
        clientPlan: plan ? { version: plan.version, validFrom: plan.valid_from, goals: plan.goals, measures: plan.measures } : null,
        narrative: narrative.map((e) => ({ id: e.id, recordedAt: e.recorded_at.toISOString(), text: e.text })),
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
      if (body.notifier.personId) await requirePerson(tx, body.notifier.personId);
      if (body.receivedOn > clock.today()) {
        throw badRequest('received_in_future', { fi: 'Saapumispäivä on tulevaisuudessa.', sv: 'Ankomstdagen ligger i framtiden.', en: 'The received date is in the future.' });
      }
      const childWelfare = body.kind !== 'social_care_need';
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
        deadlines = childWelfareDeadlines(body.receivedOn);
        await tx
          .insertInto('social_deadline')
          .values([
            { person_id: body.personId, notification_id: n.id, kind: 'assessment_start_decision', pending_since: body.receivedOn, due_on: deadlines.decideBy },
            { person_id: body.personId, notification_id: n.id, kind: 'assessment_completion', pending_since: body.receivedOn, due_on: deadlines.completeBy },
          ])
          .execute();
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
      const d = await tx
        .insertInto('social_decision')
        .values({ person_id: n.person_id, notification_id: n.id, kind: body.start ? 'assessment_start' : 'assessment_not_started', decided_on: body.decidedOn, text: body.text, decided_by: user?.userId ?? null })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx.updateTable('social_deadline').set({ met_on: body.decidedOn }).where('notification_id', '=', n.id).where('kind', '=', 'assessment_start_decision').execute();
      // Without an assessment there is nothing to complete.
      if (!body.start) await tx.updateTable('social_deadline').set({ met_on: body.decidedOn }).where('notification_id', '=', n.id).where('kind', '=', 'assessment_completion').execute();
      const due = await tx.selectFrom('social_deadline').select('due_on').where('notification_id', '=', n.id).where('kind', '=', 'assessment_start_decision').executeTakeFirst();
      audit.objects([d.id]);
      reply.status(201);
      return { id: d.id, withinDeadline: due ? body.decidedOn <= due.due_on : null };
    },
  }),
  defineRoute<{ unitId: string; text: string }, unknown, { personId: string }>({
    method: 'POST',
    url: '/social-work/clients/:personId/narrative',
    summary: 'Write an entry in the client narrative (asiakaskertomus)',
    action: socialActions.narrativeCreate.name,
    audit: 'SocialNarrativeEntryCreate',
    datasetId: 'narrative',
    target: ({ params }) => [params.personId],
    schema: {
      params: personParams,
      body: { type: 'object', properties: { unitId: uuid, text }, required: ['unitId', 'text'], additionalProperties: false },
      response: created,
    },
    handler: async ({ tx, params, body, user, clock, audit, reply }) => {
      const ok = await tx.selectFrom('social_client').select('id').where('person_id', '=', params.personId).where('unit_id', '=', body.unitId).executeTakeFirst();
      if (!ok || !(user?.grants.some((g) => g.unitId === body.unitId) ?? false)) throw notFoundOrDenied();
      const row = await tx
        .insertInto('social_narrative_entry')
        .values({ person_id: params.personId, unit_id: body.unitId, recorded_at: clock.now(), text: body.text, author_user_id: user?.userId ?? null })
        .returning('id')
        .executeTakeFirstOrThrow();
      audit.objects([row.id]);
      reply.status(201);
      return { id: row.id };
    },
  }),
];
