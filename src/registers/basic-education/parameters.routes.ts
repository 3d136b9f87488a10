// Legal and municipal parameters as data: staff see every period, the education office adds new
// ones. No personal data, so no audit event; each period records who added it.
import { defineRoute, type RouteDefinition } from '../../core/http/route.ts';
import { A } from './access.ts';
import { assertPeriod, date, nullableDate, objectBody, text } from './http-schemas.ts';
import { addParameterPeriod, PARAMETER_KEYS, PARAMETER_RULES, type NewParameterPeriod } from './parameters.ts';

const STATUSES = ['official', 'verified', 'unverified', 'municipal'];

const period = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    effectiveFrom: { type: 'string', format: 'date' },
    effectiveTo: { type: ['string', 'null'], format: 'date' },
    value: { type: 'number' },
    basis: { type: 'string' },
    status: { type: 'string', enum: STATUSES },
    inForce: { type: 'boolean' },
    createdAt: { type: 'string', format: 'date-time' },
    createdByName: { type: ['string', 'null'] },
  },
  required: ['id', 'effectiveFrom', 'effectiveTo', 'value', 'basis', 'status', 'inForce', 'createdAt', 'createdByName'],
} as const;

export const parameterRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/basic-education/parameters',
    summary: 'The register’s legal and municipal parameters with every effective period and the one in force today',
    action: A.parameterRead.name,
    audit: null,
    schema: {
      response: {
        200: {
          type: 'object',
          properties: {
            parameters: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  key: { type: 'string', enum: PARAMETER_KEYS },
                  integer: { type: 'boolean' },
                  min: { type: 'number' },
                  max: { type: 'number' },
                  statuses: { type: 'array', items: { type: 'string', enum: STATUSES } },
                  periods: { type: 'array', items: period },
                },
                required: ['key', 'integer', 'min', 'max', 'statuses', 'periods'],
              },
            },
          },
          required: ['parameters'],
        },
      },
    },
    handler: async ({ tx, clock }) => {
      const today = clock.today();
      const rows = await tx
        .selectFrom('be_parameter as p')
        .leftJoin('app_user as u', 'u.id', 'p.created_by')
        .select(['p.id', 'p.key', 'p.effective_from', 'p.effective_to', 'p.value', 'p.basis', 'p.status', 'p.created_at', 'u.display_name'])
        .orderBy('p.key')
        .orderBy('p.effective_from')
        .execute();
      return {
        parameters: PARAMETER_KEYS.map((key) => ({
          key,
          ...PARAMETER_RULES[key],
          periods: rows
            .filter((r) => r.key === key)
            .map((r) => ({
              id: r.id,
              effectiveFrom: r.effective_from,
              effectiveTo: r.effective_to,
              value: Number(r.value),
              basis: r.basis,
              status: r.status,
              inForce: r.effective_from <= today && (r.effective_to === null || r.effective_to >= today),
              createdAt: r.created_at,
              createdByName: r.display_name,
            })),
        })),
      };
    },
  }),
  defineRoute<NewParameterPeriod>({
    method: 'POST',
    url: '/basic-education/parameters',
    summary: 'Add an effective period of a parameter; the open period in force on its first day ends the day before, nothing is overwritten',
    action: A.parameterManage.name,
    audit: null,
    schema: {
      body: objectBody(
        {
          key: { type: 'string', enum: PARAMETER_KEYS },
          effectiveFrom: date,
          effectiveTo: nullableDate,
          value: { type: 'number' },
          basis: text(500),
          status: { type: 'string', enum: STATUSES },
        },
        ['key', 'effectiveFrom', 'value', 'basis', 'status'],
      ),
      response: { 201: { type: 'object', properties: { id: { type: 'string' }, closedId: { type: ['string', 'null'] } }, required: ['id', 'closedId'] } },
    },
    handler: async ({ tx, body, user, reply }) => {
      assertPeriod(body.effectiveFrom, body.effectiveTo);
      const out = await addParameterPeriod(tx, body, user?.userId ?? null);
      reply.status(201);
      return out;
    },
  }),
];
