import { badRequest } from '../../core/http/errors.ts';
import { defineRoute, type RouteDefinition } from '../../core/http/route.ts';
import { elderlyActions } from './elderly-access.ts';
import { monthPeriod, runInvoicing } from './elderly-invoice.ts';

const month = { type: 'string', pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$' } as const;

export const elderlyInvoiceRoutes: RouteDefinition[] = [
  defineRoute<{ month: string }>({
    method: 'POST',
    url: '/elderly-care/invoices',
    summary: "Invoice a month's home-care fees from the fee decisions in force (idempotent per decision and month)",
    action: elderlyActions.invoiceCreate.name,
    audit: 'ElderlyInvoiceCreate',
    datasetId: 'decisions',
    schema: {
      body: { type: 'object', properties: { month }, required: ['month'], additionalProperties: false },
      response: {
        201: { type: 'object', properties: { month: { type: 'string' }, created: { type: 'integer' }, total: { type: 'number' } }, required: ['month', 'created', 'total'] },
      },
    },
    handler: async ({ tx, body, clock, user, audit, reply }) => {
      const today = clock.today();
      if (body.month > today.slice(0, 7)) {
        throw badRequest('month_in_future', { fi: 'Tulevaa kuukautta ei voi laskuttaa.', sv: 'En kommande månad kan inte faktureras.', en: 'A future month cannot be invoiced.' });
      }
      const r = await runInvoicing(tx, body.month, today, user?.userId ?? null);
      audit.persons(r.personIds);
      reply.status(201);
      return { month: body.month, created: r.created, total: r.total };
    },
  }),
  defineRoute<unknown, { month: string }>({
    method: 'GET',
    url: '/elderly-care/invoices',
    summary: "A month's home-care invoices",
    action: elderlyActions.invoiceList.name,
    audit: 'ElderlyInvoiceList',
    datasetId: 'decisions',
    readOnly: true,
    schema: {
      querystring: { type: 'object', properties: { month }, required: ['month'], additionalProperties: false },
      response: {
        200: {
          type: 'object',
          properties: {
            month: { type: 'string' },
            total: { type: 'number' },
            invoices: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  id: { type: 'string' },
                  personId: { type: 'string' },
                  firstNames: { type: 'string' },
                  lastName: { type: 'string' },
                  days: { type: 'integer' },
                  amount: { type: 'number' },
                  invoiceDate: { type: 'string' },
                },
                required: ['id', 'personId', 'firstNames', 'lastName', 'days', 'amount', 'invoiceDate'],
              },
            },
          },
          required: ['month', 'total', 'invoices'],
        },
      },
    },
    handler: async ({ tx, query, audit }) => {
      const rows = await tx
        .selectFrom('elderly_invoice as i')
        .innerJoin('person as p', 'p.id', 'i.person_id')
        .select(['i.id', 'i.person_id', 'p.first_names', 'p.last_name', 'i.days', 'i.amount', 'i.invoice_date'])
        .where('i.month', '=', monthPeriod(query.month).first)
        .orderBy('p.last_name')
        .orderBy('p.first_names')
        .execute();
      audit.persons(rows.map((r) => r.person_id));
      const invoices = rows.map((r) => ({ id: r.id, personId: r.person_id, firstNames: r.first_names, lastName: r.last_name, days: r.days, amount: Number(r.amount), invoiceDate: r.invoice_date }));
      return { month: query.month, total: Math.round(invoices.reduce((s, i) => s + i.amount, 0) * 100) / 100, invoices };
    },
  }),
];
