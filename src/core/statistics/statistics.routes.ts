import { defineRoute, type RouteDefinition } from '../http/route.ts';
import { ApiError, forbidden } from '../http/errors.ts';
import type { RegisterModule } from '../module.ts';
import { suppressSmallCells, toCsv, toXlsx, type StatisticDefinition, type StatisticRow } from './statistics.ts';
import type { Lang } from '../i18n.ts';

const params = {
  type: 'object',
  properties: { registerId: { type: 'string', maxLength: 50 }, statisticId: { type: 'string', maxLength: 100 } },
  required: ['registerId', 'statisticId'],
} as const;
const query = {
  type: 'object',
  properties: {
    from: { type: 'string', format: 'date' },
    to: { type: 'string', format: 'date' },
    format: { type: 'string', enum: ['json', 'csv', 'xlsx'], default: 'json' },
    lang: { type: 'string', enum: ['fi', 'sv', 'en'] },
  },
  required: ['from', 'to'],
  additionalProperties: false,
} as const;

type Q = { from: string; to: string; format?: 'json' | 'csv' | 'xlsx'; lang?: Lang };
type P = { registerId: string; statisticId: string };

const notFound = () =>
  new ApiError(404, 'not_found', { fi: 'Tilastoa ei löytynyt.', sv: 'Statistiken hittades inte.', en: 'Statistic not found.' });

async function respond(def: StatisticDefinition, rows: StatisticRow[], q: Q, lang: Lang, reply: any) {
  if (q.from > q.to) {
    throw new ApiError(400, 'invalid_range', { fi: 'Alkupäivä on loppupäivän jälkeen.', sv: 'Startdatumet är efter slutdatumet.', en: 'The start date is after the end date.' });
  }
  const l = q.lang ?? lang;
  if (q.format === 'csv') {
    reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${def.id}.csv"`);
    return toCsv(def, rows, l);
  }
  if (q.format === 'xlsx') {
    reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="${def.id}.xlsx"`);
    return toXlsx(def, rows, l);
  }
  return { id: def.id, names: def.names, description: def.description, chart: def.chart, dimensions: def.dimensions, measures: def.measures, rows };
}

export function statisticsRoutes(registers: RegisterModule[]): RouteDefinition[] {
  const find = (p: P) => registers.find((r) => r.id === p.registerId)?.statistics.find((s) => s.id === p.statisticId);
  return [
    defineRoute<unknown, Q, P>({
      method: 'GET',
      url: '/statistics/:registerId/:statisticId',
      summary: 'A statistic in full for staff (JSON for charts, CSV or XLSX)',
      tags: ['statistics'],
      action: 'authenticated',
      audit: 'StatisticRead',
      purpose: 'statistics',
      schema: { params, querystring: query },
      handler: async ({ tx, params: p, query: q, lang, reply, hasPermission, audit }) => {
        const def = find(p);
        if (!def) throw notFound();
        if (!hasPermission(def.action)) throw forbidden();
        audit.dataset(p.registerId, 'statistics');
        audit.objects([`${p.registerId}/${p.statisticId}`]);
        return respond(def, await def.compute(tx, q), q, lang, reply);
      },
    }),
    defineRoute<unknown, Q, P>({
      method: 'GET',
      url: '/public/statistics/:registerId/:statisticId',
      summary: 'A public statistic; counts of fewer than 5 persons are suppressed',
      tags: ['public'],
      action: 'public',
      audit: null,
      schema: { params, querystring: query },
      handler: async ({ tx, params: p, query: q, lang, reply }) => {
        const def = find(p);
        if (!def || !def.public) throw notFound();
        return respond(def, suppressSmallCells(def, await def.compute(tx, q)), q, lang, reply);
      },
    }),
  ];
}
