import { addDays } from '../../../core/calendar/working-days.ts';
import type { Tx } from '../../../core/db/database.ts';
import { ApiError, badRequest, conflict, notFoundOrDenied } from '../../../core/http/errors.ts';
import { defineRoute, type RouteDefinition } from '../../../core/http/route.ts';
import { UUID_PATTERN } from '../../../core/ids.ts';
import { libraryActions } from '../library-access.ts';
import { borrowingBan, feeParametersOn, lateFee, type LibraryFeeParameters } from './loan-rules.ts';

const uuid = { type: 'string', pattern: UUID_PATTERN } as const;
const barcode = { type: 'string', minLength: 1, maxLength: 50 } as const;

const noParameters = () =>
  new ApiError(400, 'fee_parameters_missing', {
    fi: 'Kirjaston maksuperusteita ei ole kirjattu tälle päivälle.',
    sv: 'Bibliotekets avgiftsgrunder saknas för denna dag.',
    en: 'The library fee parameters are missing for this day.',
  });

async function parameters(tx: Tx, date: string): Promise<LibraryFeeParameters> {
  const p = await feeParametersOn(tx, date);
  if (!p) throw noParameters();
  return p;
}

async function activePatron(tx: Tx, personId: string, today: string) {
  const p = await tx
    .selectFrom('library_patron')
    .select(['id', 'person_id'])
    .where('person_id', '=', personId)
    .where('registered_on', '<=', today)
    .where((eb) => eb.or([eb('closed_on', 'is', null), eb('closed_on', '>=', today)]))
    .executeTakeFirst();
  if (!p) throw notFoundOrDenied();
  return p;
}

async function refuseIfBanned(tx: Tx, patronId: string, today: string, p: LibraryFeeParameters) {
  const ban = await borrowingBan(tx, patronId, today, p);
  if (ban) {
    throw badRequest(`patron_${ban}`, {
      fi: ban === 'blocked' ? 'Asiakkaalla on lainauskielto.' : 'Asiakkaalla on maksamattomia maksuja, jotka estävät lainaamisen.',
      sv: ban === 'blocked' ? 'Kunden har lånespärr.' : 'Kunden har obetalda avgifter som hindrar lån.',
      en: ban === 'blocked' ? 'The patron has a borrowing ban.' : 'The patron has unpaid fees that prevent borrowing.',
    });
  }
}

const loanView = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    itemId: { type: 'string' },
    title: { type: 'string' },
    barcode: { type: 'string' },
    loanedOn: { type: 'string' },
    dueOn: { type: 'string' },
    renewals: { type: 'integer' },
    returnedOn: { type: ['string', 'null'] },
  },
} as const;

export const loanRoutes: RouteDefinition[] = [
  defineRoute<{ barcode: string; unitId: string }, unknown, { personId: string }>({
    method: 'POST',
    url: '/library/patrons/:personId/loans',
    summary: 'Check out an item to a patron (borrowing own materials is free, 1492/2016)',
    action: libraryActions.loanCreate.name,
    audit: 'LibraryLoanCreate',
    datasetId: 'loans',
    target: ({ params }) => [params.personId],
    schema: {
      params: { type: 'object', properties: { personId: uuid }, required: ['personId'] },
      body: { type: 'object', properties: { barcode, unitId: uuid }, required: ['barcode', 'unitId'], additionalProperties: false },
      response: { 201: loanView },
    },
    handler: async ({ tx, params, body, clock, audit, reply }) => {
      const today = clock.today();
      const patron = await activePatron(tx, params.personId, today);
      const p = await parameters(tx, today);
      await refuseIfBanned(tx, patron.id, today, p);
      const item = await tx.selectFrom('library_item').selectAll().where('barcode', '=', body.barcode).executeTakeFirst();
      if (!item || item.withdrawn_on) {
        throw badRequest('unknown_item', { fi: 'Nidettä ei löydy kokoelmasta.', sv: 'Exemplaret finns inte i samlingen.', en: 'The item is not in the collection.' });
      }
      const open = await tx.selectFrom('library_loan').select('id').where('item_id', '=', item.id).where('returned_on', 'is', null).executeTakeFirst();
      if (open) throw conflict('item_on_loan', { fi: 'Nide on jo lainassa.', sv: 'Exemplaret är redan utlånat.', en: 'The item is already on loan.' });
      const dueOn = addDays(today, item.loan_period_days);
      const loan = await tx
        .insertInto('library_loan')
        .values({ patron_id: patron.id, item_id: item.id, unit_id: body.unitId, loaned_on: today, due_on: dueOn })
        .returning(['id', 'renewals'])
        .executeTakeFirstOrThrow();
      audit.objects([loan.id]);
      reply.status(201);
      return { id: loan.id, itemId: item.id, title: item.title, barcode: item.barcode, loanedOn: today, dueOn, renewals: 0, returnedOn: null };
    },
  }),
  defineRoute<{ barcode: string; unitId: string }>({
    method: 'POST',
    url: '/library/checkin',
    summary: 'Check an item in at a library desk; charges the late fee of the day’s parameters',
    action: libraryActions.loanReturn.name,
    audit: 'LibraryLoanReturn',
    datasetId: 'loans',
    target: ({ body }) => [body.unitId],
    schema: {
      body: { type: 'object', properties: { barcode, unitId: uuid }, required: ['barcode', 'unitId'], additionalProperties: false },
      response: { 200: { type: 'object', properties: { loanId: { type: 'string' }, returnedOn: { type: 'string' }, lateFee: { type: 'number' } } } },
    },
    handler: async ({ tx, body, clock, audit }) => {
      const today = clock.today();
      const loan = await tx
        .selectFrom('library_loan as l')
        .innerJoin('library_item as i', 'i.id', 'l.item_id')
        .innerJoin('library_patron as p', 'p.id', 'l.patron_id')
        .select(['l.id', 'l.due_on', 'l.patron_id', 'p.person_id'])
        .where('i.barcode', '=', body.barcode)
        .where('l.returned_on', 'is', null)
        .executeTakeFirst();
      if (!loan) {
        throw badRequest('not_on_loan', { fi: 'Nide ei ole lainassa.', sv: 'Exemplaret är inte utlånat.', en: 'The item is not on loan.' });
      }
      audit.persons([loan.person_id]);
      audit.objects([loan.id]);
      const p = await parameters(tx, today);
      await tx.updateTable('library_loan').set({ returned_on: today }).where('id', '=', loan.id).execute();
      const fee = lateFee(loan.due_on, today, p);
      if (fee > 0) {
        await tx.insertInto('library_fee').values({ patron_id: loan.patron_id, loan_id: loan.id, kind: 'late_return', amount: fee, charged_on: today, parameter_id: p.id }).execute();
      }
      return { loanId: loan.id, returnedOn: today, lateFee: fee };
    },
  }),
  defineRoute<unknown, unknown, { personId: string; loanId: string }>({
    method: 'POST',
    url: '/library/patrons/:personId/loans/:loanId/renew',
    summary: 'Renew a loan: a new loan period from today, up to the municipal renewal limit',
    action: libraryActions.loanRenew.name,
    audit: 'LibraryLoanRenew',
    datasetId: 'loans',
    target: ({ params }) => [params.personId],
    schema: {
      params: { type: 'object', properties: { personId: uuid, loanId: uuid }, required: ['personId', 'loanId'] },
      response: { 200: loanView },
    },
    handler: async ({ tx, params, clock, audit }) => {
      const today = clock.today();
      const patron = await activePatron(tx, params.personId, today);
      const loan = await tx
        .selectFrom('library_loan as l')
        .innerJoin('library_item as i', 'i.id', 'l.item_id')
        .select(['l.id', 'l.item_id', 'l.loaned_on', 'l.renewals', 'l.returned_on', 'i.title', 'i.barcode', 'i.loan_period_days'])
        .where('l.id', '=', params.loanId)
        .where('l.patron_id', '=', patron.id)
        .executeTakeFirst();
      if (!loan || loan.returned_on) throw notFoundOrDenied();
      audit.objects([loan.id]);
      const p = await parameters(tx, today);
      await refuseIfBanned(tx, patron.id, today, p);
      if (loan.renewals >= p.max_renewals) {
        throw badRequest('renewal_limit', {
          fi: `Lainan voi uusia enintään ${p.max_renewals} kertaa.`,
          sv: `Lånet kan förnyas högst ${p.max_renewals} gånger.`,
          en: `A loan can be renewed at most ${p.max_renewals} times.`,
        });
      }
      const dueOn = addDays(today, loan.loan_period_days);
      await tx.updateTable('library_loan').set({ due_on: dueOn, renewals: loan.renewals + 1 }).where('id', '=', loan.id).execute();
      return { id: loan.id, itemId: loan.item_id, title: loan.title, barcode: loan.barcode, loanedOn: loan.loaned_on, dueOn, renewals: loan.renewals + 1, returnedOn: null };
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
      params: { type: 'object', properties: { personId: uuid }, required: ['personId'] },
      querystring: { type: 'object', properties: { all: { type: 'boolean' } }, additionalProperties: false },
      response: { 200: { type: 'object', properties: { loans: { type: 'array', items: loanView } } } },
    },
    handler: async ({ tx, params, query }) => {
      let q = tx
        .selectFrom('library_loan as l')
        .innerJoin('library_item as i', 'i.id', 'l.item_id')
        .innerJoin('library_patron as p', 'p.id', 'l.patron_id')
        .select(['l.id', 'l.item_id', 'i.title', 'i.barcode', 'l.loaned_on', 'l.due_on', 'l.renewals', 'l.returned_on'])
        .where('p.person_id', '=', params.personId)
        .orderBy('l.due_on');
      if (!query.all) q = q.where('l.returned_on', 'is', null);
      const rows = await q.execute();
      return {
        loans: rows.map((r) => ({ id: r.id, itemId: r.item_id, title: r.title, barcode: r.barcode, loanedOn: r.loaned_on, dueOn: r.due_on, renewals: r.renewals, returnedOn: r.returned_on })),
      };
    },
  }),
  defineRoute<{ unitId: string; barcode: string; title: string; author?: string | null; isbn?: string | null; marc?: string | null; loanPeriodDays?: number }>({
    method: 'POST',
    url: '/library/items',
    summary: 'Add a copy to the collection (no personal data)',
    action: libraryActions.itemCreate.name,
    audit: null,
    datasetId: 'collection',
    target: ({ body }) => [body.unitId],
    schema: {
      body: {
        type: 'object',
        properties: {
          unitId: uuid,
          barcode,
          title: { type: 'string', minLength: 1, maxLength: 500 },
          author: { type: ['string', 'null'], maxLength: 300 },
          isbn: { type: ['string', 'null'], pattern: '^(97[89])?[0-9]{9}[0-9X]$' },
          marc: { type: ['string', 'null'], maxLength: 100000 },
          loanPeriodDays: { type: 'integer', minimum: 1, maximum: 365 },
        },
        required: ['unitId', 'barcode', 'title'],
        additionalProperties: false,
      },
      response: { 201: { type: 'object', properties: { id: { type: 'string' } } } },
    },
    handler: async ({ tx, body, reply }) => {
      const dup = await tx.selectFrom('library_item').select('id').where('barcode', '=', body.barcode).executeTakeFirst();
      if (dup) throw conflict('barcode_taken', { fi: 'Viivakoodi on jo käytössä.', sv: 'Streckkoden används redan.', en: 'The barcode is already in use.' });
      const row = await tx
        .insertInto('library_item')
        .values({
          unit_id: body.unitId,
          barcode: body.barcode,
          title: body.title,
          author: body.author ?? null,
          isbn: body.isbn ?? null,
          marc: body.marc ?? null,
          ...(body.loanPeriodDays ? { loan_period_days: body.loanPeriodDays } : {}),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      reply.status(201);
      return { id: row.id };
    },
  }),
];
