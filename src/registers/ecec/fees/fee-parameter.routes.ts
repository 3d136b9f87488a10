// The fee figures' periods for staff: fee handlers and the service director see every period
// with its status and source; the service director adds a period or completes/corrects one.
// No personal data, so no audit event; each period records who entered and changed it.
import { defineRoute, type RouteDefinition } from '../../../core/http/route.ts';
import { actions } from '../access.ts';
import { date, idParams, text } from '../schemas.ts';
import { addFeeParameterPeriod, correctFeeParameterPeriod, listFeeParameterPeriods, type FeeFigures } from './fee-parameter-admin.ts';
import { FEE_PARAMETER_STATUSES } from './fee-parameters.ts';

const tags = ['ecec'];
const euros = { type: 'integer', minimum: 0, maximum: 100000 } as const;
const percent = { type: 'number', minimum: 0, maximum: 100 } as const;
const figures = {
  feePercent: percent,
  incomeLimits: { type: ['array', 'null'], items: euros, minItems: 5, maxItems: 5 },
  incrementPerAdditionalChild: { type: ['integer', 'null'], minimum: 0, maximum: 100000 },
  maxFee: euros,
  minFee: euros,
  secondChildPercent: percent,
  furtherChildPercent: percent,
  status: { type: 'string', enum: FEE_PARAMETER_STATUSES },
  source: text(1000),
} as const;
const figureKeys = Object.keys(figures);

const period = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    effectiveFrom: { type: 'string', format: 'date' },
    effectiveTo: { type: ['string', 'null'], format: 'date' },
    inForce: { type: 'boolean' },
    ...figures,
    source: { type: 'string' },
    createdByName: { type: ['string', 'null'] },
    updatedAt: { type: ['string', 'null'], format: 'date-time' },
    updatedByName: { type: ['string', 'null'] },
    versions: { type: 'integer' },
    decisions: { type: 'integer', description: 'Sent fee decisions calculated with this period' },
  },
  required: ['id', 'effectiveFrom', 'effectiveTo', 'inForce', ...figureKeys, 'createdByName', 'updatedAt', 'updatedByName', 'versions', 'decisions'],
} as const;

export const feeParameterRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/ecec/fee-parameters',
    summary: 'The national fee figures (income limits, percentage, maximum and minimum fee, sibling percentages) of every period, with status and source',
    tags,
    action: actions.feeParametersRead.name,
    audit: null,
    schema: { response: { 200: { type: 'object', properties: { periods: { type: 'array', items: period } }, required: ['periods'] } } },
    handler: async ({ tx, clock }) => ({ periods: await listFeeParameterPeriods(tx, clock.today()) }),
  }),
  defineRoute<FeeFigures & { effectiveFrom: string }>({
    method: 'POST',
    url: '/ecec/fee-parameters',
    summary: 'Add a period of fee figures from a date (e.g. the index revision of 1 August); the period in force then ends the day before',
    tags,
    action: actions.feeParametersManage.name,
    audit: null,
    schema: {
      body: { type: 'object', properties: { effectiveFrom: date, ...figures }, required: ['effectiveFrom', ...figureKeys], additionalProperties: false },
      response: { 201: { type: 'object', properties: { id: { type: 'string' }, closedIds: { type: 'array', items: { type: 'string' } } }, required: ['id', 'closedIds'] } },
    },
    handler: async ({ tx, body, user, reply }) => {
      const out = await addFeeParameterPeriod(tx, body, user?.userId ?? null);
      reply.status(201);
      return out;
    },
  }),
  defineRoute<FeeFigures, unknown, { id: string }>({
    method: 'PUT',
    url: '/ecec/fee-parameters/:id',
    summary: "Complete or correct a period's figures (its dates stay); the earlier version is kept and the answer tells how many sent fee decisions used the period",
    tags,
    action: actions.feeParametersManage.name,
    audit: null,
    schema: {
      params: idParams,
      body: { type: 'object', properties: figures, required: figureKeys, additionalProperties: false },
      response: { 200: { type: 'object', properties: { id: { type: 'string' }, decisionsToReview: { type: 'integer' } }, required: ['id', 'decisionsToReview'] } },
    },
    handler: async ({ tx, body, params, user }) => correctFeeParameterPeriod(tx, params.id, body, user?.userId ?? null),
  }),
];
