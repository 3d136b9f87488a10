// A library's daily work: the daily run (expired holds, overdue notices), the notice letters to
// print, and the hold shelf. Also the library rules in force and their administration.
import { organisationName } from '../../../core/description/settings.ts';
import { badRequest } from '../../../core/http/errors.ts';
import { defineRoute, type RouteDefinition } from '../../../core/http/route.ts';
import { libraryActions } from '../library-access.ts';
import { idParams, isoDate } from '../library-schemas.ts';
import { expireHolds } from './holds.ts';
import { noticesSent, overdueLettersPdf, overdueNoticeSchema, runOverdueNotices } from './overdue-notices.ts';
import { loanRulesOn, parametersOn, requireParameters } from './parameters.ts';
import { addDays } from '../../../core/calendar/working-days.ts';

const unitParams = idParams('unitId');

export const libraryUnitRoutes: RouteDefinition[] = [
  defineRoute<unknown, unknown, { unitId: string }>({
    method: 'POST',
    url: '/library/units/:unitId/daily-run',
    summary: "The library's daily run: expires holds not picked up (with the unclaimed-hold fee) and sends the overdue notices due today",
    action: libraryActions.unitWork.name,
    audit: 'LibraryDailyRun',
    datasetId: 'loans',
    purpose: 'circulation',
    target: ({ params }) => [params.unitId],
    schema: {
      params: unitParams,
      response: {
        200: {
          type: 'object',
          properties: {
            expiredHolds: {
              type: 'array',
              items: {
                type: 'object',
                properties: { holdId: { type: 'string' }, itemBarcode: { type: ['string', 'null'] }, fee: { type: 'number' } },
                required: ['holdId', 'itemBarcode', 'fee'],
              },
            },
            notices: { type: 'array', items: overdueNoticeSchema },
          },
          required: ['expiredHolds', 'notices'],
        },
      },
    },
    handler: async ({ tx, params, clock, audit }) => {
      const today = clock.today();
      const p = await requireParameters(tx, today);
      const expired = await expireHolds(tx, today, { unitId: params.unitId });
      const notices = await runOverdueNotices(tx, params.unitId, today, p);
      audit.persons([...expired.map((h) => h.personId), ...notices.map((n) => n.personId)]);
      audit.objects([...expired.map((h) => h.holdId), ...notices.map((n) => n.id)]);
      return { expiredHolds: expired.map((h) => ({ holdId: h.holdId, itemBarcode: h.itemBarcode, fee: h.fee })), notices };
    },
  }),
  defineRoute<unknown, { date?: string }, { unitId: string }>({
    method: 'GET',
    url: '/library/units/:unitId/overdue-notices',
    summary: 'Overdue notices sent on a day for loans of the library',
    action: libraryActions.unitWork.name,
    audit: 'LibraryOverdueNoticeRead',
    datasetId: 'loans',
    target: ({ params }) => [params.unitId],
    schema: {
      params: unitParams,
      querystring: { type: 'object', properties: { date: isoDate }, additionalProperties: false },
      response: { 200: { type: 'object', properties: { notices: { type: 'array', items: overdueNoticeSchema } }, required: ['notices'] } },
    },
    handler: async ({ tx, params, query, clock, audit }) => {
      const notices = await noticesSent(tx, params.unitId, query.date ?? clock.today());
      audit.persons(notices.map((n) => n.personId));
      return { notices };
    },
  }),
  defineRoute<unknown, { date?: string }, { unitId: string }>({
    method: 'GET',
    url: '/library/units/:unitId/overdue-notices/letters',
    summary: 'The overdue notices of a day to be sent by post, as printable letters (PDF)',
    action: libraryActions.unitWork.name,
    audit: 'LibraryOverdueNoticePrint',
    datasetId: 'loans',
    target: ({ params }) => [params.unitId],
    schema: { params: unitParams, querystring: { type: 'object', properties: { date: isoDate }, additionalProperties: false }, produces: ['application/pdf'] },
    handler: async ({ tx, params, query, clock, audit, reply }) => {
      const date = query.date ?? clock.today();
      const notices = (await noticesSent(tx, params.unitId, date)).filter((n) => n.channel === 'letter');
      audit.persons(notices.map((n) => n.personId));
      const unit = await tx.selectFrom('organisation_unit').select('name').where('id', '=', params.unitId).executeTakeFirstOrThrow();
      const pdf = await overdueLettersPdf(tx, notices, { organisation: (lang) => organisationName(tx, lang), unitName: unit.name, today: date, now: clock.now() });
      reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="overdue-notices-${date}.pdf"`);
      return pdf;
    },
  }),
  defineRoute<unknown, unknown, { unitId: string }>({
    method: 'GET',
    url: '/library/units/:unitId/hold-shelf',
    summary: 'The hold shelf of a library (copies waiting for their patrons) and the holds to pull from its shelves',
    action: libraryActions.unitWork.name,
    audit: 'LibraryHoldShelfRead',
    datasetId: 'loans',
    target: ({ params }) => [params.unitId],
    readOnly: true,
    schema: {
      params: unitParams,
      response: {
        200: {
          type: 'object',
          properties: {
            waiting: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  holdId: { type: 'string' },
                  personId: { type: 'string' },
                  firstNames: { type: 'string' },
                  lastName: { type: 'string' },
                  cardNumber: { type: 'string' },
                  title: { type: 'string' },
                  barcode: { type: 'string' },
                  waitingFrom: { type: 'string' },
                  pickupBy: { type: 'string' },
                  expired: { type: 'boolean' },
                },
                required: ['holdId', 'personId', 'firstNames', 'lastName', 'cardNumber', 'title', 'barcode', 'waitingFrom', 'pickupBy', 'expired'],
              },
            },
            toPull: {
              type: 'array',
              items: {
                type: 'object',
                properties: { holdId: { type: 'string' }, title: { type: 'string' }, barcode: { type: 'string' }, callNumber: { type: ['string', 'null'] }, placedOn: { type: 'string' } },
                required: ['holdId', 'title', 'barcode', 'callNumber', 'placedOn'],
              },
            },
          },
          required: ['waiting', 'toPull'],
        },
      },
    },
    handler: async ({ tx, params, clock, audit }) => {
      const today = clock.today();
      const waiting = await tx
        .selectFrom('library_hold as h')
        .innerJoin('library_patron as p', 'p.id', 'h.patron_id')
        .innerJoin('person as pe', 'pe.id', 'p.person_id')
        .innerJoin('library_item as i', 'i.id', 'h.item_id')
        .innerJoin('library_biblio as b', 'b.id', 'h.biblio_id')
        .select(['h.id', 'pe.id as person_id', 'pe.first_names', 'pe.last_name', 'p.card_number', 'b.title', 'i.barcode', 'h.waiting_from', 'h.pickup_by'])
        .where('h.pickup_unit_id', '=', params.unitId)
        .where('h.status', '=', 'waiting')
        .orderBy('h.pickup_by')
        .execute();
      // Pending holds whose title has a copy on this library's shelf: one copy per hold, oldest hold first.
      const toPull = await tx
        .selectFrom('library_hold as h')
        .innerJoin('library_biblio as b', 'b.id', 'h.biblio_id')
        .innerJoin('library_item as i', (j) => j.onRef('i.biblio_id', '=', 'h.biblio_id').on('i.unit_id', '=', params.unitId).on('i.withdrawn_on', 'is', null))
        .select(['h.id', 'b.title', 'i.barcode', 'i.call_number', 'h.placed_on'])
        .distinctOn('h.id')
        .where('h.status', '=', 'pending')
        .where((eb) => eb.not(eb.exists(eb.selectFrom('library_loan as l').select('l.id').whereRef('l.item_id', '=', 'i.id').where('l.returned_on', 'is', null))))
        .where((eb) => eb.not(eb.exists(eb.selectFrom('library_hold as t').select('t.id').whereRef('t.item_id', '=', 'i.id').where('t.status', 'in', ['in_transit', 'waiting']))))
        .orderBy('h.id')
        .execute();
      audit.persons(waiting.map((w) => w.person_id));
      return {
        waiting: waiting.map((w) => ({
          holdId: w.id,
          personId: w.person_id,
          firstNames: w.first_names,
          lastName: w.last_name,
          cardNumber: w.card_number,
          title: w.title,
          barcode: w.barcode,
          waitingFrom: w.waiting_from!,
          pickupBy: w.pickup_by!,
          expired: w.pickup_by! < today,
        })),
        toPull: toPull
          .sort((a, b) => a.placed_on.localeCompare(b.placed_on))
          .map((t) => ({ holdId: t.id, title: t.title, barcode: t.barcode, callNumber: t.call_number, placedOn: t.placed_on })),
      };
    },
  }),
  defineRoute<unknown, { date?: string }>({
    method: 'GET',
    url: '/library/rules',
    summary: 'The library rules in force on a day: fees and limits, and the loan rule of each item type',
    action: libraryActions.rulesRead.name,
    audit: null,
    readOnly: true,
    schema: {
      querystring: { type: 'object', properties: { date: isoDate }, additionalProperties: false },
      response: {
        200: {
          type: 'object',
          properties: {
            parameters: {
              anyOf: [
                { type: 'null' },
                {
                  type: 'object',
                  properties: {
                    lateFeePerDay: { type: 'number' },
                    lateFeeMaxPerItem: { type: 'number' },
                    graceDays: { type: 'integer' },
                    blockThreshold: { type: 'number' },
                    unclaimedHoldFee: { type: 'number' },
                    holdPickupDays: { type: 'integer' },
                    maxHolds: { type: 'integer' },
                    maxLoans: { type: 'integer' },
                    overdueNoticeDays: { type: 'array', items: { type: 'integer' } },
                    guardianConsentBelowAge: { type: 'integer' },
                    selfServiceMinAge: { type: 'integer' },
                    maxPinFailures: { type: 'integer' },
                    status: { type: 'string' },
                  },
                },
              ],
            },
            loanRules: {
              type: 'array',
              items: {
                type: 'object',
                properties: { itemType: { type: 'string' }, loanPeriodDays: { type: 'integer' }, maxRenewals: { type: 'integer' }, holdable: { type: 'boolean' } },
                required: ['itemType', 'loanPeriodDays', 'maxRenewals', 'holdable'],
              },
            },
          },
          required: ['parameters', 'loanRules'],
        },
      },
    },
    handler: async ({ tx, query, clock }) => {
      const date = query.date ?? clock.today();
      const [p, rules] = await Promise.all([parametersOn(tx, date), loanRulesOn(tx, date)]);
      return {
        parameters: p && {
          lateFeePerDay: p.late_fee_per_day,
          lateFeeMaxPerItem: p.late_fee_max_per_item,
          graceDays: p.grace_days,
          blockThreshold: p.block_threshold,
          unclaimedHoldFee: p.unclaimed_hold_fee,
          holdPickupDays: p.hold_pickup_days,
          maxHolds: p.max_holds,
          maxLoans: p.max_loans,
          overdueNoticeDays: p.overdue_notice_days,
          guardianConsentBelowAge: p.guardian_consent_below_age,
          selfServiceMinAge: p.self_service_min_age,
          maxPinFailures: p.max_pin_failures,
          status: p.status,
        },
        loanRules: rules.map((r) => ({ itemType: r.item_type, loanPeriodDays: r.loan_period_days, maxRenewals: r.max_renewals, holdable: r.holdable })),
      };
    },
  }),
  defineRoute<{ itemType: string; effectiveFrom: string; loanPeriodDays: number; maxRenewals: number; holdable: boolean; source: string }>({
    method: 'POST',
    url: '/library/loan-rules',
    summary: 'Enter a new loan rule for an item type from a date on; the rule in force until then ends the day before',
    action: libraryActions.rulesManage.name,
    audit: null,
    schema: {
      body: {
        type: 'object',
        properties: {
          itemType: { type: 'string', pattern: '^[a-z_]{2,30}$' },
          effectiveFrom: isoDate,
          loanPeriodDays: { type: 'integer', minimum: 1, maximum: 365 },
          maxRenewals: { type: 'integer', minimum: 0, maximum: 100 },
          holdable: { type: 'boolean' },
          source: { type: 'string', minLength: 1, maxLength: 1000 },
        },
        required: ['itemType', 'effectiveFrom', 'loanPeriodDays', 'maxRenewals', 'holdable', 'source'],
        additionalProperties: false,
      },
      response: { 201: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } },
    },
    handler: async ({ tx, body, reply }) => {
      const type = await tx.selectFrom('library_item_type').select('code').where('code', '=', body.itemType).executeTakeFirst();
      if (!type) throw badRequest('unknown_item_type', { fi: 'Tuntematon aineistolaji.', sv: 'Okänd materialtyp.', en: 'Unknown item type.' });
      const later = await tx.selectFrom('library_loan_rule').select('id').where('item_type', '=', body.itemType).where('effective_from', '>=', body.effectiveFrom).executeTakeFirst();
      if (later) {
        throw badRequest('rule_overlaps', {
          fi: 'Aineistolajille on jo sääntö, joka alkaa samana päivänä tai myöhemmin.',
          sv: 'Materialtypen har redan en regel som börjar samma dag eller senare.',
          en: 'The item type already has a rule starting on the same day or later.',
        });
      }
      await tx
        .updateTable('library_loan_rule')
        .set({ effective_to: addDays(body.effectiveFrom, -1) })
        .where('item_type', '=', body.itemType)
        .where((eb) => eb.or([eb('effective_to', 'is', null), eb('effective_to', '>=', body.effectiveFrom)]))
        .execute();
      const row = await tx
        .insertInto('library_loan_rule')
        .values({
          item_type: body.itemType,
          effective_from: body.effectiveFrom,
          loan_period_days: body.loanPeriodDays,
          max_renewals: body.maxRenewals,
          holdable: body.holdable,
          status: 'official',
          source: body.source,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      reply.status(201);
      return { id: row.id };
    },
  }),
];

