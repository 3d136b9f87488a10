// Decisions on applications and client relationships, and every decision as a PDF (fi/sv).
import { organisationName } from '../../core/description/settings.ts';
import { renderPdf } from '../../core/documents/pdf.ts';
import { badRequest, notFoundOrDenied } from '../../core/http/errors.ts';
import { defineRoute, type RouteDefinition } from '../../core/http/route.ts';
import { UUID_PATTERN } from '../../core/ids.ts';
import { SOCIAL_WORKER, socialActions } from './social-access.ts';
import { decisionDocument, type DocumentLang } from './social-pdf.ts';
import { created, date, personParams, requireClientOfMyUnit, requireText, text, uuid } from './social.routes.ts';

interface NewDecision {
  unitId: string;
  applicationId?: string | null;
  kind: 'service_granted' | 'service_rejected' | 'client_relationship_ended';
  decidedOn: string;
  text: string;
}

export const socialDecisionRoutes: RouteDefinition[] = [
  defineRoute<NewDecision, unknown, { personId: string }>({
    method: 'POST',
    url: '/social-work/clients/:personId/decisions',
    summary: 'Decide an application (meets the SHL 45 § processing deadline) or end the client relationship at the unit',
    action: socialActions.decisionCreate.name,
    audit: 'SocialDecisionCreate',
    datasetId: 'decisions',
    target: ({ params }) => [params.personId],
    schema: {
      params: personParams,
      body: {
        type: 'object',
        properties: {
          unitId: uuid,
          applicationId: { type: ['string', 'null'], pattern: UUID_PATTERN },
          kind: { type: 'string', enum: ['service_granted', 'service_rejected', 'client_relationship_ended'] },
          decidedOn: date,
          text,
        },
        required: ['unitId', 'kind', 'decidedOn', 'text'],
        additionalProperties: false,
      },
      response: created,
    },
    handler: async ({ tx, params, body, user, clock, audit, reply }) => {
      requireText(body.text, 'text');
      const today = clock.today();
      if (body.decidedOn > today) {
        throw badRequest('decided_in_future', { fi: 'Päätöspäivä on tulevaisuudessa.', sv: 'Beslutsdagen ligger i framtiden.', en: 'The decision date is in the future.' });
      }
      await requireClientOfMyUnit(tx, user, params.personId, body.unitId, today, [SOCIAL_WORKER]);
      const serviceDecision = body.kind !== 'client_relationship_ended';
      if (serviceDecision !== Boolean(body.applicationId)) {
        throw badRequest('application_required', {
          fi: 'Palvelupäätös tehdään hakemukseen; asiakkuuden päättäminen ilman hakemusta.',
          sv: 'Ett servicebeslut fattas om en ansökan; klientrelationen avslutas utan ansökan.',
          en: 'A service decision is made on an application; ending the client relationship without one.',
        });
      }
      if (body.applicationId) {
        const a = await tx.selectFrom('social_application').select(['id', 'status', 'received_on']).where('id', '=', body.applicationId).where('person_id', '=', params.personId).where('unit_id', '=', body.unitId).executeTakeFirst();
        if (!a) throw notFoundOrDenied();
        if (a.status !== 'pending') {
          throw badRequest('application_closed', { fi: 'Hakemus on jo ratkaistu tai peruttu.', sv: 'Ansökan är redan avgjord eller återtagen.', en: 'The application is already decided or withdrawn.' });
        }
        if (body.decidedOn < a.received_on) {
          throw badRequest('decided_before_received', { fi: 'Päätös ei voi edeltää hakemusta.', sv: 'Beslutet kan inte föregå ansökan.', en: 'The decision cannot precede the application.' });
        }
      }
      const d = await tx
        .insertInto('social_decision')
        .values({ person_id: params.personId, application_id: body.applicationId ?? null, kind: body.kind, decided_on: body.decidedOn, text: body.text, decided_by: user?.userId ?? null })
        .returning('id')
        .executeTakeFirstOrThrow();
      let withinDeadline: boolean | null = null;
      if (body.applicationId) {
        await tx.updateTable('social_application').set({ status: 'decided' }).where('id', '=', body.applicationId).execute();
        // The decision closes every deadline of the application still open.
        const met = await tx
          .updateTable('social_deadline')
          .set({ met_on: body.decidedOn })
          .where('application_id', '=', body.applicationId)
          .where('met_on', 'is', null)
          .returning(['kind', 'due_on'])
          .execute();
        const processing = met.find((m) => m.kind === 'processing');
        withinDeadline = processing ? body.decidedOn <= processing.due_on : null;
      } else {
        await tx
          .updateTable('social_client')
          .set({ end_date: body.decidedOn })
          .where('person_id', '=', params.personId)
          .where('unit_id', '=', body.unitId)
          .where('end_date', 'is', null)
          .where('start_date', '<=', body.decidedOn)
          .execute();
      }
      audit.objects([d.id]);
      reply.status(201);
      return { id: d.id, withinDeadline };
    },
  }),
  defineRoute<unknown, { lang?: DocumentLang }, { id: string }>({
    method: 'GET',
    url: '/social-work/decisions/:id/pdf',
    summary: 'A decision as PDF (fi/sv) with appeal instructions',
    action: socialActions.decisionPrint.name,
    audit: 'SocialDecisionPrint',
    datasetId: 'decisions',
    readOnly: true,
    target: ({ params }) => [params.id],
    schema: {
      params: { type: 'object', properties: { id: uuid }, required: ['id'] },
      querystring: { type: 'object', properties: { lang: { type: 'string', enum: ['fi', 'sv'] } }, additionalProperties: false },
      produces: ['application/pdf'],
    },
    handler: async ({ tx, params, query, reply, audit }) => {
      const lang = query.lang ?? 'fi';
      const doc = await decisionDocument(tx, params.id, lang, await organisationName(tx, lang));
      if (!doc) throw notFoundOrDenied();
      audit.persons([doc.personId]);
      reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="decision-${lang}.pdf"`);
      return renderPdf(doc.spec);
    },
  }),
];
