import { defineRoute, type RouteDefinition } from '../../../core/http/route.ts';
import { badRequest, notFoundOrDenied } from '../../../core/http/errors.ts';
import type { ReadTx } from '../../../core/db/database.ts';
import { actions } from '../access.ts';
import { DATASET } from '../datasets.ts';
import { date, idParams, nullableDate, uuid } from '../schemas.ts';
import { feeErrorToApi, loadFeeData } from './fee-data.ts';
import { regenerateForPersons } from './fee-decision.ts';
import { feeDecisionPdf } from './fee-decision-pdf.ts';
import { voucherDecisionPdf } from './voucher-decision-pdf.ts';
import { estimateFee, type FeeEstimateInput } from './fee-estimate.ts';

const tags = ['ecec'];
const msg = (fi: string, sv: string, en: string) => ({ fi, sv, en });

/** Fee and voucher value decisions in which the person is head of family, partner or child. */
export async function getPersonFeeDecisions(db: ReadTx, personId: string) {
  const ids = await db
    .selectFrom('ecec_fee_decision as d')
    .leftJoin('ecec_fee_decision_child as c', 'c.fee_decision_id', 'd.id')
    .select('d.id')
    .distinct()
    .where((eb) => eb.or([eb('d.head_of_family_id', '=', personId), eb('d.partner_id', '=', personId), eb('c.child_id', '=', personId)]))
    .execute();
  const decisions = ids.length
    ? await db
        .selectFrom('ecec_fee_decision')
        .select([
          'id',
          'decision_number as decisionNumber',
          'head_of_family_id as headOfFamilyId',
          'partner_id as partnerId',
          'status',
          'valid_from as validFrom',
          'valid_to as validTo',
          'family_size as familySize',
          'gross_income as grossIncome',
          'total_fee as totalFee',
          'parameters_effective_from as parametersEffectiveFrom',
          'parameters_status as parametersStatus',
          'decision_date as decisionDate',
          'language',
          'superseded_by as supersededBy',
        ])
        .where('id', 'in', ids.map((i) => i.id))
        .orderBy('valid_from')
        .orderBy('decision_number')
        .execute()
    : [];
  const children = decisions.length
    ? await db
        .selectFrom('ecec_fee_decision_child')
        .select(['fee_decision_id', 'child_id as childId', 'placement_id as placementId', 'hours_per_month as hoursPerMonth', 'sibling_order as siblingOrder', 'base_fee as baseFee', 'sibling_percent as siblingPercent', 'service_need_percent as serviceNeedPercent', 'fee'])
        .where('fee_decision_id', 'in', decisions.map((d) => d.id))
        .execute()
    : [];
  const vouchers = await db
    .selectFrom('ecec_voucher_value_decision')
    .select([
      'id',
      'decision_number as decisionNumber',
      'head_of_family_id as headOfFamilyId',
      'partner_id as partnerId',
      'child_id as childId',
      'unit_id as unitId',
      'status',
      'valid_from as validFrom',
      'valid_to as validTo',
      'family_size as familySize',
      'gross_income as grossIncome',
      'hours_per_month as hoursPerMonth',
      'base_value as baseValue',
      'value_coefficient as valueCoefficient',
      'voucher_value as voucherValue',
      'sibling_order as siblingOrder',
      'sibling_percent as siblingPercent',
      'base_co_payment as baseCoPayment',
      'service_need_percent as serviceNeedPercent',
      'co_payment as coPayment',
      'decision_date as decisionDate',
      'language',
      'superseded_by as supersededBy',
    ])
    .where((eb) => eb.or([eb('head_of_family_id', '=', personId), eb('partner_id', '=', personId), eb('child_id', '=', personId)]))
    .orderBy('valid_from')
    .execute();
  return {
    feeDecisions: decisions.map((d) => ({ ...d, children: children.filter((c) => c.fee_decision_id === d.id).map(({ fee_decision_id: _, ...c }) => c) })),
    voucherValueDecisions: vouchers,
  };
}

export const feeDecisionRoutes: RouteDefinition[] = [
  defineRoute<{ personId: string; validFrom: string; validTo?: string | null; grossIncome?: number; maxFeeAccepted?: boolean }>({
    method: 'POST',
    url: '/ecec/incomes',
    summary: "Record a guardian's gross income (€/month) from a date; the family's fee decisions are regenerated from it",
    tags,
    action: actions.incomeWrite.name,
    audit: 'EcecIncomeCreate',
    datasetId: DATASET.placementsAndFees,
    purpose: 'decision',
    target: ({ body }) => [body.personId],
    schema: {
      body: {
        type: 'object',
        properties: {
          personId: uuid,
          validFrom: date,
          validTo: nullableDate,
          grossIncome: { type: 'number', minimum: 0, maximum: 10000000 },
          maxFeeAccepted: { type: 'boolean' },
        },
        required: ['personId', 'validFrom'],
        additionalProperties: false,
      },
    },
    handler: async ({ tx, body, clock, audit, reply }) => {
      if (body.validTo && body.validTo < body.validFrom) {
        throw badRequest('invalid_range', msg('Alkupäivä on loppupäivän jälkeen.', 'Startdatumet är efter slutdatumet.', 'The start date is after the end date.'));
      }
      if (body.grossIncome === undefined && !body.maxFeeAccepted) {
        throw badRequest('income_required', msg('Anna bruttotulot tai hyväksy korkein maksu.', 'Ange bruttoinkomsten eller godkänn högsta avgiften.', 'Give the gross income or accept the highest fee.'));
      }
      let id: string;
      try {
        const row = await tx
          .insertInto('ecec_income')
          .values({ person_id: body.personId, valid_from: body.validFrom, valid_to: body.validTo ?? null, gross_income: body.grossIncome ?? 0, max_fee_accepted: body.maxFeeAccepted ?? false })
          .returning('id')
          .executeTakeFirstOrThrow();
        id = row.id;
      } catch (e) {
        if ((e as { code?: string }).code === '23P01') {
          throw badRequest('overlapping_income', msg('Henkilöllä on jo tulotieto samalle ajalle.', 'Personen har redan en inkomstuppgift för samma tid.', 'The person already has an income for the same period.'));
        }
        throw e;
      }
      const r = await regenerateForPersons(tx, { personIds: [body.personId], from: body.validFrom, decisionDate: clock.today() });
      audit.objects([id, ...r.feeDecisionIds, ...r.voucherDecisionIds, ...r.supersededIds]);
      reply.status(201);
      return { id, feeDecisionIds: r.feeDecisionIds, voucherValueDecisionIds: r.voucherDecisionIds, feesMissingFiguresFrom: r.missingFiguresFrom };
    },
  }),
  defineRoute<unknown, unknown, { id: string }>({
    method: 'GET',
    url: '/ecec/persons/:id/incomes',
    summary: "A guardian's income data (fee handlers only)",
    tags,
    action: actions.incomeRead.name,
    audit: 'EcecIncomeRead',
    datasetId: DATASET.placementsAndFees,
    target: ({ params }) => [params.id],
    schema: { params: idParams },
    handler: async ({ tx, params }) => ({
      incomes: await tx
        .selectFrom('ecec_income')
        .select(['id', 'valid_from as validFrom', 'valid_to as validTo', 'gross_income as grossIncome', 'max_fee_accepted as maxFeeAccepted'])
        .where('person_id', '=', params.id)
        .orderBy('valid_from')
        .execute(),
    }),
  }),
  defineRoute<{ personId: string; from: string }>({
    method: 'POST',
    url: '/ecec/fee-decisions/regenerate',
    summary: "Regenerate a family's fee decisions from a date (e.g. after a change in the family); new decisions supersede the old",
    tags,
    action: actions.feeDecisionGenerate.name,
    audit: 'EcecFeeDecisionCreate',
    datasetId: DATASET.placementsAndFees,
    purpose: 'decision',
    target: ({ body }) => [body.personId],
    schema: { body: { type: 'object', properties: { personId: uuid, from: date }, required: ['personId', 'from'], additionalProperties: false } },
    handler: async ({ tx, body, clock, audit }) => {
      const r = await regenerateForPersons(tx, { personIds: [body.personId], from: body.from, decisionDate: clock.today(), data: await loadFeeData(tx), strict: true });
      audit.objects([...r.feeDecisionIds, ...r.voucherDecisionIds, ...r.supersededIds]);
      return { feeDecisionIds: r.feeDecisionIds, voucherValueDecisionIds: r.voucherDecisionIds, supersededIds: r.supersededIds };
    },
  }),
  defineRoute<unknown, unknown, { id: string }>({
    method: 'GET',
    url: '/ecec/persons/:id/fee-decisions',
    summary: 'Fee and voucher value decisions of a guardian or a child, with incomes (fee handlers only)',
    tags,
    action: actions.feeDecisionRead.name,
    audit: 'EcecFeeDecisionRead',
    datasetId: DATASET.placementsAndFees,
    target: ({ params }) => [params.id],
    schema: { params: idParams },
    handler: async ({ tx, params, audit }) => {
      const r = await getPersonFeeDecisions(tx, params.id);
      audit.persons([
        ...r.feeDecisions.flatMap((d) => [d.headOfFamilyId, ...(d.partnerId ? [d.partnerId] : []), ...d.children.map((c) => c.childId)]),
        ...r.voucherValueDecisions.flatMap((v) => [v.headOfFamilyId, ...(v.partnerId ? [v.partnerId] : []), v.childId]),
      ]);
      return r;
    },
  }),
  defineRoute<unknown, unknown, { id: string }>({
    method: 'GET',
    url: '/ecec/fee-decisions/:id/pdf',
    summary: "A fee decision as PDF in the family's language (fi/sv) with appeal instructions",
    tags,
    action: actions.feeDecisionPrint.name,
    audit: 'EcecFeeDecisionPrint',
    datasetId: DATASET.placementsAndFees,
    target: ({ params }) => [params.id],
    schema: { params: idParams, produces: ['application/pdf'] },
    handler: async ({ tx, params, reply, audit }) => {
      const r = await feeDecisionPdf(tx, params.id);
      if (!r) throw notFoundOrDenied();
      audit.persons(r.personIds);
      reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="fee-decision.pdf"`);
      return r.pdf;
    },
  }),
  defineRoute<unknown, unknown, { id: string }>({
    method: 'GET',
    url: '/ecec/voucher-value-decisions/:id/pdf',
    summary: "A voucher value decision (palvelusetelin arvopäätös) as PDF in the family's language (fi/sv) with appeal instructions",
    tags,
    action: actions.feeDecisionPrint.name,
    audit: 'EcecVoucherValueDecisionPrint',
    datasetId: DATASET.placementsAndFees,
    target: ({ params }) => [params.id],
    schema: { params: idParams, produces: ['application/pdf'] },
    handler: async ({ tx, params, reply, audit }) => {
      const r = await voucherDecisionPdf(tx, params.id);
      if (!r) throw notFoundOrDenied();
      audit.persons(r.personIds);
      reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="voucher-value-decision.pdf"`);
      return r.pdf;
    },
  }),
  defineRoute<unknown, FeeEstimateInput>({
    method: 'GET',
    url: '/public/ecec/fee-estimate',
    summary: "Public ECEC fee estimate: the child's monthly fee from the family's size and gross income (no login)",
    tags: ['public'],
    action: 'public',
    audit: null,
    schema: {
      querystring: {
        type: 'object',
        properties: {
          date,
          familySize: { type: 'integer', minimum: 2, maximum: 30 },
          grossIncome: { type: 'number', minimum: 0, maximum: 10000000 },
          hoursPerMonth: { type: 'number', minimum: 0, maximum: 744 },
          childOrder: { type: 'integer', minimum: 1, maximum: 20, default: 1 },
        },
        required: ['date', 'familySize', 'grossIncome', 'hoursPerMonth'],
        additionalProperties: false,
      },
      response: {
        200: {
          type: 'object',
          properties: {
            fee: { type: 'number' },
            maxFee: { type: 'number' },
            minFee: { type: 'number' },
            incomeLimit: { type: 'number' },
            percentage: { type: 'number' },
            effectiveFrom: { type: 'string' },
          },
        },
      },
    },
    handler: async ({ tx, query }) => {
      try {
        return await estimateFee(tx, { ...query, childOrder: query.childOrder ?? 1 });
      } catch (e) {
        return feeErrorToApi(e);
      }
    },
  }),
];
