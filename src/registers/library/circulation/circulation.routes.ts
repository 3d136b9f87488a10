// Circulation over HTTP: from the person card (by person, need-to-know through the patron's
// libraries) and at the circulation desk (by the card the patron presents, allowed to the
// librarians of the desk's library). Both run the same rules in circulation.ts.
import type { Tx } from '../../../core/db/database.ts';
import { notFoundOrDenied } from '../../../core/http/errors.ts';
import { defineRoute, type RouteDefinition } from '../../../core/http/route.ts';
import { libraryActions } from '../library-access.ts';
import { barcode, cardNumber, idParams, okSchema, uuid } from '../library-schemas.ts';
import { latestPatronIdOfPerson, patronOverview, patronOverviewSchema } from '../patron/patron.ts';
import { circulationErrors as err } from './circulation-errors.ts';
import { activePatronByCard, activePatronOfPerson, checkin, checkout, loansOfPatron, loanViewSchema, renew } from './circulation.ts';
import { cancelHold, placeHold } from './holds.ts';
import { parametersOn } from './parameters.ts';

async function patronOfPerson(tx: Tx, personId: string, today: string) {
  const p = await activePatronOfPerson(tx, personId, today);
  if (!p) throw notFoundOrDenied();
  return p;
}

async function patronByCard(tx: Tx, card: string, today: string) {
  const p = await activePatronByCard(tx, card, today);
  if (!p) throw err.patronNotFound();
  return p;
}

const checkoutResultSchema = {
  type: 'object',
  properties: { loan: loanViewSchema, fulfilledHoldId: { type: ['string', 'null'] } },
  required: ['loan', 'fulfilledHoldId'],
} as const;

const renewResultSchema = { type: 'object', properties: { loan: loanViewSchema, lateFee: { type: 'number' } }, required: ['loan', 'lateFee'] } as const;

const checkinResultSchema = {
  type: 'object',
  properties: {
    itemId: { type: 'string' },
    barcode: { type: 'string' },
    title: { type: 'string' },
    returnedOn: { type: 'string' },
    loan: {
      anyOf: [
        { type: 'null' },
        {
          type: 'object',
          properties: { id: { type: 'string' }, personId: { type: 'string' }, cardNumber: { type: 'string' }, dueOn: { type: 'string' }, lateFee: { type: 'number' } },
          required: ['id', 'personId', 'cardNumber', 'dueOn', 'lateFee'],
        },
      ],
    },
    hold: {
      anyOf: [
        { type: 'null' },
        {
          type: 'object',
          properties: {
            holdId: { type: 'string' },
            status: { type: 'string', enum: ['in_transit', 'waiting'] },
            personId: { type: 'string' },
            cardNumber: { type: 'string' },
            pickupUnitId: { type: 'string' },
            pickupUnitName: { type: 'string' },
            pickupBy: { type: ['string', 'null'] },
          },
          required: ['holdId', 'status', 'personId', 'cardNumber', 'pickupUnitId', 'pickupUnitName', 'pickupBy'],
        },
      ],
    },
  },
  required: ['itemId', 'barcode', 'title', 'returnedOn', 'loan', 'hold'],
} as const;

const deskBody = (extra: Record<string, object>, required: string[]) =>
  ({ type: 'object', properties: { unitId: uuid, cardNumber, ...extra }, required: ['unitId', 'cardNumber', ...required], additionalProperties: false }) as const;

export const circulationRoutes: RouteDefinition[] = [
  // --- From the person card ------------------------------------------------------------------
  defineRoute<{ barcode: string; unitId: string }, unknown, { personId: string }>({
    method: 'POST',
    url: '/library/patrons/:personId/loans',
    summary: 'Check out an item to a patron (borrowing own materials is free, 1492/2016)',
    action: libraryActions.loanCreate.name,
    audit: 'LibraryLoanCreate',
    datasetId: 'loans',
    target: ({ params }) => [params.personId],
    schema: {
      params: idParams('personId'),
      body: { type: 'object', properties: { barcode, unitId: uuid }, required: ['barcode', 'unitId'], additionalProperties: false },
      response: { 201: checkoutResultSchema },
    },
    handler: async (ctx) => {
      const { tx, params, body, clock, audit, reply } = ctx;
      // The loan is made at a desk of the user's own library.
      await ctx.require(libraryActions.deskUse.name, [body.unitId]);
      const patron = await patronOfPerson(tx, params.personId, clock.today());
      const result = await checkout(tx, clock, { patron, barcode: body.barcode, unitId: body.unitId });
      audit.objects([result.loan.id]);
      reply.status(201);
      return result;
    },
  }),
  defineRoute<unknown, unknown, { personId: string; loanId: string }>({
    method: 'POST',
    url: '/library/patrons/:personId/loans/:loanId/renew',
    summary: "Renew a loan: a new loan period from today, up to the item type's renewal limit",
    action: libraryActions.loanRenew.name,
    audit: 'LibraryLoanRenew',
    datasetId: 'loans',
    target: ({ params }) => [params.personId],
    schema: { params: idParams('personId', 'loanId'), response: { 200: renewResultSchema } },
    handler: async ({ tx, params, clock, audit }) => {
      const patron = await patronOfPerson(tx, params.personId, clock.today());
      audit.objects([params.loanId]);
      return renew(tx, clock, { patron, loanId: params.loanId });
    },
  }),
  defineRoute<unknown, { all?: boolean }, { personId: string }>({
    method: 'GET',
    url: '/library/patrons/:personId/loans',
    summary: "A patron's current loans (all=true: with returned ones)",
    action: libraryActions.loanRead.name,
    audit: 'LibraryLoanRead',
    datasetId: 'loans',
    target: ({ params }) => [params.personId],
    schema: {
      params: idParams('personId'),
      querystring: { type: 'object', properties: { all: { type: 'boolean' } }, additionalProperties: false },
      response: { 200: { type: 'object', properties: { loans: { type: 'array', items: loanViewSchema } }, required: ['loans'] } },
    },
    handler: async ({ tx, params, query, clock }) => {
      const patronId = await latestPatronIdOfPerson(tx, params.personId);
      if (!patronId) throw notFoundOrDenied();
      return { loans: await loansOfPatron(tx, patronId, clock.today(), { all: query.all ?? false }) };
    },
  }),
  defineRoute<{ biblioId: string; pickupUnitId: string; notNeededAfter?: string | null }, unknown, { personId: string }>({
    method: 'POST',
    url: '/library/patrons/:personId/holds',
    summary: 'Place a hold (varaus) on a title for pickup at a library',
    action: libraryActions.holdManage.name,
    audit: 'LibraryHoldCreate',
    datasetId: 'loans',
    target: ({ params }) => [params.personId],
    schema: {
      params: idParams('personId'),
      body: {
        type: 'object',
        properties: { biblioId: uuid, pickupUnitId: uuid, notNeededAfter: { type: ['string', 'null'], format: 'date' } },
        required: ['biblioId', 'pickupUnitId'],
        additionalProperties: false,
      },
      response: { 201: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } },
    },
    handler: async ({ tx, params, body, clock, audit, reply }) => {
      const patron = await patronOfPerson(tx, params.personId, clock.today());
      const hold = await placeHold(tx, clock, { patronId: patron.id, biblioId: body.biblioId, pickupUnitId: body.pickupUnitId, notNeededAfter: body.notNeededAfter ?? null });
      audit.objects([hold.id]);
      reply.status(201);
      return hold;
    },
  }),
  defineRoute<unknown, unknown, { personId: string; holdId: string }>({
    method: 'POST',
    url: '/library/patrons/:personId/holds/:holdId/cancel',
    summary: 'Cancel a hold',
    action: libraryActions.holdManage.name,
    audit: 'LibraryHoldCancel',
    datasetId: 'loans',
    target: ({ params }) => [params.personId],
    schema: { params: idParams('personId', 'holdId'), response: { 200: okSchema } },
    handler: async ({ tx, params, clock, audit }) => {
      const today = clock.today();
      const patronId = await latestPatronIdOfPerson(tx, params.personId);
      if (!patronId) throw notFoundOrDenied();
      await cancelHold(tx, today, patronId, params.holdId);
      audit.objects([params.holdId]);
      return { ok: true };
    },
  }),

  // --- At the circulation desk ---------------------------------------------------------------
  defineRoute<{ unitId: string; cardNumber: string }>({
    method: 'POST',
    url: '/library/desk/lookup',
    summary: 'Find a patron by the library card presented at the desk (the card number is in the body, never in a URL)',
    action: libraryActions.deskUse.name,
    audit: 'LibraryPatronRead',
    datasetId: 'patrons',
    purpose: 'circulation',
    target: ({ body }) => [body.unitId],
    schema: { body: deskBody({}, []), response: { 200: patronOverviewSchema } },
    handler: async ({ tx, body, clock, audit }) => {
      const today = clock.today();
      const patron = await patronByCard(tx, body.cardNumber, today);
      audit.persons([patron.person_id]);
      audit.objects([patron.id]);
      const overview = await patronOverview(tx, patron.id, today, (await parametersOn(tx, today))?.max_pin_failures ?? null);
      if (overview.patron.guardian) audit.persons([overview.patron.guardian.id]);
      return overview;
    },
  }),
  defineRoute<{ unitId: string; cardNumber: string; barcode: string }>({
    method: 'POST',
    url: '/library/desk/checkout',
    summary: 'Check out an item by barcode to the patron whose card is presented at the desk',
    action: libraryActions.deskUse.name,
    audit: 'LibraryLoanCreate',
    datasetId: 'loans',
    purpose: 'circulation',
    target: ({ body }) => [body.unitId],
    schema: { body: deskBody({ barcode }, ['barcode']), response: { 201: checkoutResultSchema } },
    handler: async ({ tx, body, clock, audit, reply }) => {
      const patron = await patronByCard(tx, body.cardNumber, clock.today());
      audit.persons([patron.person_id]);
      const result = await checkout(tx, clock, { patron, barcode: body.barcode, unitId: body.unitId });
      audit.objects([result.loan.id]);
      reply.status(201);
      return result;
    },
  }),
  defineRoute<{ unitId: string; cardNumber: string; loanId: string }>({
    method: 'POST',
    url: '/library/desk/renew',
    summary: 'Renew a loan of the patron whose card is presented at the desk',
    action: libraryActions.deskUse.name,
    audit: 'LibraryLoanRenew',
    datasetId: 'loans',
    purpose: 'circulation',
    target: ({ body }) => [body.unitId],
    schema: { body: deskBody({ loanId: uuid }, ['loanId']), response: { 200: renewResultSchema } },
    handler: async ({ tx, body, clock, audit }) => {
      const patron = await patronByCard(tx, body.cardNumber, clock.today());
      audit.persons([patron.person_id]);
      audit.objects([body.loanId]);
      return renew(tx, clock, { patron, loanId: body.loanId });
    },
  }),
  defineRoute<{ barcode: string; unitId: string }>({
    method: 'POST',
    url: '/library/checkin',
    summary: 'Check an item in at a library desk: ends its loan with the late fee of the day’s parameters and traps it for the next hold',
    action: libraryActions.loanReturn.name,
    audit: 'LibraryLoanReturn',
    datasetId: 'loans',
    purpose: 'circulation',
    target: ({ body }) => [body.unitId],
    schema: {
      body: { type: 'object', properties: { barcode, unitId: uuid }, required: ['barcode', 'unitId'], additionalProperties: false },
      response: { 200: checkinResultSchema },
    },
    handler: async ({ tx, body, clock, audit }) => {
      const result = await checkin(tx, clock, { barcode: body.barcode, unitId: body.unitId });
      if (result.loan) {
        audit.persons([result.loan.personId]);
        audit.objects([result.loan.id]);
      }
      if (result.hold) {
        audit.persons([result.hold.personId]);
        audit.objects([result.hold.holdId]);
      }
      return result;
    },
  }),
];

