// Administration of the library rules (käyttösäännöt) as effective-dated data: every period of
// the fees and limits (library_parameter) and of the loan rules (library_loan_rule), and new
// fees and limits from a date on. Like the loan rules, a new period never rewrites history: the
// period in force on its first day ends the day before, and a period starting on or after the
// new one is refused. No personal data, so no audit event.
import { badRequest } from '../../../core/http/errors.ts';
import { defineRoute, type RouteDefinition } from '../../../core/http/route.ts';
import { addDays } from '../../../core/calendar/working-days.ts';
import { libraryActions } from '../library-access.ts';
import { isoDate } from '../library-schemas.ts';

const STATUSES = ['official', 'verified', 'unverified'] as const;
type Status = (typeof STATUSES)[number];

export interface NewLibraryParameters {
  effectiveFrom: string;
  lateFeePerDay: number;
  lateFeeMaxPerItem: number;
  graceDays: number;
  blockThreshold: number;
  unclaimedHoldFee: number;
  holdPickupDays: number;
  maxHolds: number;
  maxLoans: number;
  overdueNoticeDays: number[];
  guardianConsentBelowAge: number;
  selfServiceMinAge: number;
  maxPinFailures: number;
  status?: Status;
  source: string;
}

// Bounds catch typing errors; the figures themselves are the municipality's decision.
const euro = { type: 'number', minimum: 0, maximum: 1000 } as const;
const parameterFields = {
  lateFeePerDay: euro,
  lateFeeMaxPerItem: euro,
  graceDays: { type: 'integer', minimum: 0, maximum: 60 },
  blockThreshold: euro,
  unclaimedHoldFee: euro,
  holdPickupDays: { type: 'integer', minimum: 1, maximum: 60 },
  maxHolds: { type: 'integer', minimum: 0, maximum: 1000 },
  maxLoans: { type: 'integer', minimum: 0, maximum: 1000 },
  overdueNoticeDays: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 365 }, minItems: 1, maxItems: 5 },
  guardianConsentBelowAge: { type: 'integer', minimum: 0, maximum: 18 },
  selfServiceMinAge: { type: 'integer', minimum: 0, maximum: 18 },
  maxPinFailures: { type: 'integer', minimum: 1, maximum: 100 },
} as const;

const periodFields = {
  id: { type: 'string' },
  effectiveFrom: { type: 'string', format: 'date' },
  effectiveTo: { type: ['string', 'null'], format: 'date' },
  status: { type: 'string', enum: STATUSES },
  source: { type: 'string' },
  inForce: { type: 'boolean' },
} as const;
const periodRequired = ['id', 'effectiveFrom', 'effectiveTo', 'status', 'source', 'inForce'];

const cents = (n: number) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6;

export const libraryRuleRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/library/rule-periods',
    summary: 'Every effective period of the library’s fees and limits and of the loan rule of each item type, with the ones in force today',
    action: libraryActions.rulesRead.name,
    audit: null,
    readOnly: true,
    schema: {
      response: {
        200: {
          type: 'object',
          properties: {
            parameters: {
              type: 'array',
              items: { type: 'object', properties: { ...periodFields, ...parameterFields }, required: [...periodRequired, ...Object.keys(parameterFields)] },
            },
            loanRules: {
              type: 'array',
              items: {
                type: 'object',
                properties: { ...periodFields, itemType: { type: 'string' }, loanPeriodDays: { type: 'integer' }, maxRenewals: { type: 'integer' }, holdable: { type: 'boolean' } },
                required: [...periodRequired, 'itemType', 'loanPeriodDays', 'maxRenewals', 'holdable'],
              },
            },
          },
          required: ['parameters', 'loanRules'],
        },
      },
    },
    handler: async ({ tx, clock }) => {
      const today = clock.today();
      const inForce = (r: { effective_from: string; effective_to: string | null }) => r.effective_from <= today && (r.effective_to === null || r.effective_to >= today);
      const [params, rules] = await Promise.all([
        tx.selectFrom('library_parameter').selectAll().orderBy('effective_from').execute(),
        tx.selectFrom('library_loan_rule').selectAll().orderBy('item_type').orderBy('effective_from').execute(),
      ]);
      return {
        parameters: params.map((p) => ({
          id: p.id,
          effectiveFrom: p.effective_from,
          effectiveTo: p.effective_to,
          status: p.status,
          source: p.source,
          inForce: inForce(p),
          lateFeePerDay: Number(p.late_fee_per_day),
          lateFeeMaxPerItem: Number(p.late_fee_max_per_item),
          graceDays: p.grace_days,
          blockThreshold: Number(p.block_threshold),
          unclaimedHoldFee: Number(p.unclaimed_hold_fee),
          holdPickupDays: p.hold_pickup_days,
          maxHolds: p.max_holds,
          maxLoans: p.max_loans,
          overdueNoticeDays: p.overdue_notice_days,
          guardianConsentBelowAge: p.guardian_consent_below_age,
          selfServiceMinAge: p.self_service_min_age,
          maxPinFailures: p.max_pin_failures,
        })),
        loanRules: rules.map((r) => ({
          id: r.id,
          effectiveFrom: r.effective_from,
          effectiveTo: r.effective_to,
          status: r.status,
          source: r.source,
          inForce: inForce(r),
          itemType: r.item_type,
          loanPeriodDays: r.loan_period_days,
          maxRenewals: r.max_renewals,
          holdable: r.holdable,
        })),
      };
    },
  }),
  defineRoute<NewLibraryParameters>({
    method: 'POST',
    url: '/library/parameters',
    summary: 'Enter the library’s fees and limits from a date on; the period in force until then ends the day before',
    action: libraryActions.rulesManage.name,
    audit: null,
    schema: {
      body: {
        type: 'object',
        properties: {
          effectiveFrom: isoDate,
          ...parameterFields,
          status: { type: 'string', enum: STATUSES },
          source: { type: 'string', minLength: 1, maxLength: 1000, pattern: '\\S' },
        },
        required: ['effectiveFrom', ...Object.keys(parameterFields), 'source'],
        additionalProperties: false,
      },
      response: { 201: { type: 'object', properties: { id: { type: 'string' }, closedId: { type: ['string', 'null'] } }, required: ['id', 'closedId'] } },
    },
    handler: async ({ tx, body, reply }) => {
      const uneven = (['lateFeePerDay', 'lateFeeMaxPerItem', 'blockThreshold', 'unclaimedHoldFee'] as const).find((k) => !cents(body[k]));
      if (uneven) {
        throw badRequest('amount_cents', { fi: 'Euromäärässä voi olla enintään kaksi desimaalia.', sv: 'Eurobeloppet får ha högst två decimaler.', en: 'A euro amount may have at most two decimals.' }, { field: uneven });
      }
      if (body.lateFeeMaxPerItem < body.lateFeePerDay) {
        throw badRequest(
          'late_fee_cap_below_daily',
          {
            fi: 'Myöhästymismaksun enimmäismäärä niteeltä ei voi olla pienempi kuin päivämaksu.',
            sv: 'Det högsta förseningsavgiften per exemplar kan inte vara lägre än dagsavgiften.',
            en: 'The maximum late fee per item cannot be below the daily fee.',
          },
          { field: 'lateFeeMaxPerItem' },
        );
      }
      const days = body.overdueNoticeDays;
      if (days.some((d, i) => i > 0 && d <= days[i - 1]!)) {
        throw badRequest(
          'notice_days_order',
          { fi: 'Muistutuspäivien on oltava nousevassa järjestyksessä.', sv: 'Påminnelsedagarna ska vara i stigande ordning.', en: 'The overdue notice days must be in ascending order.' },
          { field: 'overdueNoticeDays' },
        );
      }
      const later = await tx.selectFrom('library_parameter').select('id').where('effective_from', '>=', body.effectiveFrom).executeTakeFirst();
      if (later) {
        throw badRequest(
          'parameter_period_overlap',
          {
            fi: 'Maksuille ja rajoille on jo jakso, joka alkaa samana päivänä tai myöhemmin. Jaksoja ei korvata: lisää jakso, joka alkaa viimeisimmän jakson alun jälkeen.',
            sv: 'Avgifterna och gränserna har redan en period som börjar samma dag eller senare. Perioder ersätts inte: lägg till en period som börjar efter den senaste.',
            en: 'The fees and limits already have a period starting on the same day or later. Periods are not overwritten: add one that starts after the latest period starts.',
          },
          { field: 'effectiveFrom' },
        );
      }
      const closed = await tx
        .updateTable('library_parameter')
        .set({ effective_to: addDays(body.effectiveFrom, -1) })
        .where((eb) => eb.or([eb('effective_to', 'is', null), eb('effective_to', '>=', body.effectiveFrom)]))
        .returning('id')
        .executeTakeFirst();
      const row = await tx
        .insertInto('library_parameter')
        .values({
          effective_from: body.effectiveFrom,
          late_fee_per_day: body.lateFeePerDay,
          late_fee_max_per_item: body.lateFeeMaxPerItem,
          grace_days: body.graceDays,
          block_threshold: body.blockThreshold,
          unclaimed_hold_fee: body.unclaimedHoldFee,
          hold_pickup_days: body.holdPickupDays,
          max_holds: body.maxHolds,
          max_loans: body.maxLoans,
          overdue_notice_days: body.overdueNoticeDays,
          guardian_consent_below_age: body.guardianConsentBelowAge,
          self_service_min_age: body.selfServiceMinAge,
          max_pin_failures: body.maxPinFailures,
          status: body.status ?? 'official',
          source: body.source.trim(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      reply.status(201);
      return { id: row.id, closedId: closed?.id ?? null };
    },
  }),
];
