import { defineRoute, type RouteDefinition } from '../../../core/http/route.ts';
import { notFoundOrDenied } from '../../../core/http/errors.ts';
import { actions } from '../access.ts';
import { DATASET } from '../datasets.ts';
import { date, idParams, nullableDate, uuid } from '../schemas.ts';
import { placementDecisionPdf } from './placement-decision-pdf.ts';
import { changeServiceNeed, createPlacement, getChildPlacements, PLACEMENT_TYPES, type NewPlacement } from './placement.queries.ts';

const tags = ['ecec'];
const hours = { type: 'number', minimum: 0, maximum: 744 } as const;

export const placementRoutes: RouteDefinition[] = [
  defineRoute<NewPlacement>({
    method: 'POST',
    url: '/ecec/placements',
    summary: 'Place a child in a unit (with a placement decision); the family fee decisions are regenerated',
    tags,
    action: actions.placementCreate.name,
    audit: 'EcecPlacementCreate',
    datasetId: DATASET.placementsAndFees,
    purpose: 'decision',
    target: ({ body }) => [body.childId],
    schema: {
      body: {
        type: 'object',
        properties: {
          childId: uuid,
          unitId: uuid,
          groupId: { type: ['string', 'null'], pattern: uuid.pattern },
          type: { type: 'string', enum: [...PLACEMENT_TYPES] },
          startDate: date,
          endDate: nullableDate,
          hoursPerMonth: hours,
          freeHoursPerMonth: hours,
        },
        required: ['childId', 'unitId', 'type', 'startDate', 'hoursPerMonth'],
        additionalProperties: false,
      },
    },
    handler: async ({ tx, body, clock, user, reply, audit }) => {
      const r = await createPlacement(tx, body, { today: clock.today(), userId: user?.userId ?? null });
      audit.objects([r.id, r.decisionId, ...r.feeDecisionIds]);
      reply.status(201);
      return r;
    },
  }),
  defineRoute<{ from: string; hoursPerMonth: number; freeHoursPerMonth?: number }, unknown, { id: string }>({
    method: 'POST',
    url: '/ecec/placements/:id/service-need',
    summary: 'Change the service need (hours per month) from a date; the fee decisions are regenerated from it',
    tags,
    action: actions.placementUpdate.name,
    audit: 'EcecPlacementUpdate',
    datasetId: DATASET.placementsAndFees,
    purpose: 'decision',
    target: ({ params }) => [params.id],
    schema: {
      params: idParams,
      body: { type: 'object', properties: { from: date, hoursPerMonth: hours, freeHoursPerMonth: hours }, required: ['from', 'hoursPerMonth'], additionalProperties: false },
    },
    handler: async ({ tx, params, body, clock, user, audit }) => {
      const r = await changeServiceNeed(tx, params.id, body, { today: clock.today(), userId: user?.userId ?? null });
      if (!r) throw notFoundOrDenied();
      const child = await tx.selectFrom('ecec_placement').select('child_id').where('id', '=', r.id).executeTakeFirstOrThrow();
      audit.persons([child.child_id]);
      audit.objects([r.id, ...r.feeDecisionIds]);
      return r;
    },
  }),
  defineRoute<unknown, unknown, { id: string }>({
    method: 'GET',
    url: '/ecec/children/:id/placements',
    summary: "A child's placements with their placement decisions",
    tags,
    action: actions.childRead.name,
    audit: 'EcecPlacementRead',
    datasetId: DATASET.placementsAndFees,
    target: ({ params }) => [params.id],
    schema: { params: idParams },
    handler: async ({ tx, params }) => ({ placements: await getChildPlacements(tx, params.id) }),
  }),
  defineRoute<unknown, unknown, { id: string }>({
    method: 'GET',
    url: '/ecec/placement-decisions/:id/pdf',
    summary: "A placement decision as PDF in the family's language (fi/sv) with appeal instructions",
    tags,
    action: actions.placementDecisionPrint.name,
    audit: 'EcecPlacementDecisionPrint',
    datasetId: DATASET.placementsAndFees,
    target: ({ params }) => [params.id],
    schema: { params: idParams, produces: ['application/pdf'] },
    handler: async ({ tx, params, reply, audit }) => {
      const r = await placementDecisionPdf(tx, params.id);
      if (!r) throw notFoundOrDenied();
      audit.persons(r.personIds);
      reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="placement-decision.pdf"`);
      return r.pdf;
    },
  }),
];
