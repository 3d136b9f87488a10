import { sql } from 'kysely';
import type { Tx } from '../../core/db/database.ts';
import { badRequest, notFoundOrDenied } from '../../core/http/errors.ts';
import { defineRoute, type RouteDefinition } from '../../core/http/route.ts';
import { UUID_PATTERN } from '../../core/ids.ts';
import { assertCorrectable, nextPlanVersion } from '../../core/records/client-records.ts';
import { addDays } from '../../core/calendar/working-days.ts';
import { CARE_WORKER, elderlyActions } from './elderly-access.ts';
import {
  ageOn,
  arrangeBy,
  assessmentStartDue,
  DeadlineParameterError,
  deadlineParametersOn,
  homeCareFee,
  HomeCareFeeError,
  homeCareFeeParametersOn,
  processingDue,
} from './elderly-rules.ts';
import { careRecordsSchema, clientOverviewSchema, getCareRecords, getClientFees, getClientOverview } from './elderly.queries.ts';

const uuid = { type: 'string', pattern: UUID_PATTERN } as const;
const date = { type: 'string', format: 'date' } as const;
const text = (max = 10000) => ({ type: 'string', minLength: 1, maxLength: max }) as const;
const personParams = { type: 'object', properties: { personId: uuid }, required: ['personId'] } as const;
const created = { 201: { type: 'object', additionalProperties: true } };

/** Text that is more than whitespace: the schema checks length, this the content. */
function requireText(value: string, field: string) {
  if (value.trim() === '') {
    throw badRequest('empty_text', { fi: `Kenttä "${field}" on tyhjä.`, sv: `Fältet "${field}" är tomt.`, en: `Field "${field}" is empty.` }, { field });
  }
}

async function deadlines(tx: Tx, date: string) {
  try {
    return await deadlineParametersOn(tx, date);
  } catch (e) {
    if (!(e instanceof DeadlineParameterError)) throw e;
    throw badRequest('no_deadline_parameters', {
      fi: 'Määräaikojen perusteita ei ole kirjattu tälle päivälle.',
      sv: 'Grunderna för tidsfristerna saknas för denna dag.',
      en: 'The deadline parameters are missing for this date.',
    });
  }
}

/** Serialises writes that number a person's rows (plan versions) so that two writers cannot take the same number. */
const lockPerson = (tx: Tx, personId: string) => tx.selectFrom('person').select('id').where('id', '=', personId).forUpdate().executeTakeFirst();

const unknownPerson = () => badRequest('unknown_person', { fi: 'Henkilöä ei löydy.', sv: 'Personen hittades inte.', en: 'The person was not found.' });

interface NewClient {
  personId: string;
  unitId: string;
  startDate: string;
  contacts?: { personId?: string | null; name?: string | null; phone?: string | null; relation: string }[];
}

export const elderlyRoutes: RouteDefinition[] = [
  defineRoute<NewClient>({
    method: 'POST',
    url: '/elderly-care/clients',
    summary: 'Start a client relationship at a care unit, with contact persons',
    action: elderlyActions.clientCreate.name,
    audit: 'ElderlyClientCreate',
    datasetId: 'contacts',
    target: ({ body }) => [body.unitId],
    schema: {
      body: {
        type: 'object',
        properties: {
          personId: uuid,
          unitId: uuid,
          startDate: date,
          contacts: {
            type: 'array',
            maxItems: 20,
            items: {
              type: 'object',
              properties: {
                personId: { type: ['string', 'null'], pattern: UUID_PATTERN },
                name: { type: ['string', 'null'], maxLength: 200 },
                phone: { type: ['string', 'null'], maxLength: 50 },
                relation: { type: 'string', enum: ['spouse', 'child', 'relative', 'guardian', 'trustee', 'other'] },
              },
              required: ['relation'],
              additionalProperties: false,
            },
          },
        },
        required: ['personId', 'unitId', 'startDate'],
        additionalProperties: false,
      },
      response: created,
    },
    handler: async ({ tx, body, audit, reply }) => {
      const ids = [body.personId, ...(body.contacts ?? []).flatMap((c) => (c.personId ? [c.personId] : []))];
      const found = await tx.selectFrom('person').select('id').where('id', 'in', ids).execute();
      if (found.length !== new Set(ids).size) throw unknownPerson();
      const unit = await tx.selectFrom('organisation_unit').select('register_id').where('id', '=', body.unitId).executeTakeFirst();
      if (unit?.register_id !== 'elderly-care') {
        throw badRequest('not_an_elderly_care_unit', { fi: 'Yksikkö ei kuulu ikäihmisten palveluihin.', sv: 'Enheten hör inte till äldreomsorgen.', en: 'The unit is not an elderly-care unit.' });
      }
      for (const c of body.contacts ?? []) {
        if (!c.personId && !c.name) {
          throw badRequest('contact_without_name', { fi: 'Yhteyshenkilöltä puuttuu nimi.', sv: 'Kontaktpersonen saknar namn.', en: 'A contact person has no name.' });
        }
      }
      const client = await tx.insertInto('elderly_client').values({ person_id: body.personId, unit_id: body.unitId, start_date: body.startDate }).returning('id').executeTakeFirstOrThrow();
      if (body.contacts?.length) {
        await tx
          .insertInto('elderly_contact_person')
          .values(body.contacts.map((c) => ({ client_id: client.id, person_id: c.personId ?? null, name: c.name ?? null, phone: c.phone ?? null, relation: c.relation })))
          .execute();
      }
      audit.persons(ids);
      audit.objects([client.id]);
      reply.status(201);
      return { id: client.id };
    },
  }),
  defineRoute<unknown, unknown, { personId: string }>({
    method: 'GET',
    url: '/elderly-care/clients/:personId',
    summary: "A client's card: relationships and contacts, applications with their deadlines, plan versions, decisions, and for the coordinator fees and invoices",
    action: elderlyActions.clientRead.name,
    audit: 'ElderlyClientRead',
    datasetId: 'contacts',
    readOnly: true,
    target: ({ params }) => [params.personId],
    schema: { params: personParams, response: { 200: clientOverviewSchema } },
    handler: async ({ tx, params, audit, allowed }) => {
      const overview = await getClientOverview(tx, params.personId);
      // An applicant is not a client yet, but the coordinator sees their applications.
      if (overview.clients.length === 0 && overview.applications.length === 0) throw notFoundOrDenied();
      audit.persons(overview.personIds);
      const mayReadFees = (await allowed(elderlyActions.feeRead.name, [params.personId])).has(params.personId);
      const { personIds: _, ...rest } = overview;
      return { ...rest, fees: mayReadFees ? await getClientFees(tx, params.personId) : null };
    },
  }),
  defineRoute<{ kind: string; receivedOn: string; highestCareAllowance?: boolean }, unknown, { personId: string }>({
    method: 'POST',
    url: '/elderly-care/clients/:personId/applications',
    summary: 'Register an application; sets the 7-working-day assessment start deadline for those aged 75+ (SHL 36 §) and the 3-month processing deadline (SHL 45 §)',
    action: elderlyActions.applicationCreate.name,
    audit: 'ElderlyApplicationCreate',
    datasetId: 'applications',
    target: ({ params }) => [params.personId],
    schema: {
      params: personParams,
      body: {
        type: 'object',
        properties: {
          kind: { type: 'string', enum: ['service_need_assessment', 'home_care', 'service_housing', 'informal_care_support', 'support_services'] },
          receivedOn: date,
          highestCareAllowance: { type: 'boolean' },
        },
        required: ['kind', 'receivedOn'],
        additionalProperties: false,
      },
      response: created,
    },
    handler: async ({ tx, params, body, clock, reply, audit }) => {
      const person = await tx.selectFrom('person').select('birth_date').where('id', '=', params.personId).executeTakeFirst();
      if (!person) throw unknownPerson();
      if (body.receivedOn > clock.today()) {
        throw badRequest('received_in_future', { fi: 'Saapumispäivä on tulevaisuudessa.', sv: 'Ankomstdagen ligger i framtiden.', en: 'The received date is in the future.' });
      }
      const p = await deadlines(tx, body.receivedOn);
      const highestCareAllowance = body.highestCareAllowance ?? false;
      const due = assessmentStartDue(p, { receivedOn: body.receivedOn, age: ageOn(person.birth_date, body.receivedOn), highestCareAllowance });
      const processing = processingDue(p, body.receivedOn);
      const row = await tx
        .insertInto('elderly_application')
        .values({
          person_id: params.personId,
          kind: body.kind,
          received_on: body.receivedOn,
          urgent_statutory: due !== null,
          highest_care_allowance: highestCareAllowance,
          assessment_start_due: due,
          processing_due: processing,
          deadline_parameter_id: p.id,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      audit.objects([row.id]);
      reply.status(201);
      return { id: row.id, assessmentStartDue: due, processingDue: processing };
    },
  }),
  defineRoute<
    {
      applicationId?: string | null;
      serviceType: string;
      outcome: 'granted' | 'rejected';
      decidedOn: string;
      startsOn?: string | null;
      providerId?: string | null;
      hoursPerMonth?: number | null;
      reasoning?: string | null;
      grossIncome?: number | null;
      householdSize?: number | null;
    },
    unknown,
    { personId: string }
  >({
    method: 'POST',
    url: '/elderly-care/clients/:personId/decisions',
    summary: 'Decide a service (arranged within 3 months, VPL 18 §); a granted home care with income gets its fee decision (734/1992 10 e §)',
    action: elderlyActions.decisionCreate.name,
    audit: 'ElderlyDecisionCreate',
    datasetId: 'decisions',
    target: ({ params }) => [params.personId],
    schema: {
      params: personParams,
      body: {
        type: 'object',
        properties: {
          applicationId: { type: ['string', 'null'], pattern: UUID_PATTERN },
          serviceType: { type: 'string', enum: ['home_care', 'support_services', 'service_housing', 'service_housing_24h', 'informal_care_support', 'day_activity'] },
          outcome: { type: 'string', enum: ['granted', 'rejected'] },
          decidedOn: date,
          startsOn: { type: ['string', 'null'], format: 'date' },
          providerId: { type: ['string', 'null'], pattern: UUID_PATTERN },
          hoursPerMonth: { type: ['number', 'null'], minimum: 0, maximum: 744 },
          reasoning: { type: ['string', 'null'], maxLength: 10000 },
          grossIncome: { type: ['number', 'null'], minimum: 0, maximum: 1000000 },
          householdSize: { type: ['integer', 'null'], minimum: 1, maximum: 30 },
        },
        required: ['serviceType', 'outcome', 'decidedOn'],
        additionalProperties: false,
      },
      response: created,
    },
    handler: async ({ tx, params, body, user, clock, reply, audit }) => {
      const homeCareFeeAsked = body.outcome === 'granted' && body.serviceType === 'home_care' && body.grossIncome != null;
      if (homeCareFeeAsked && (body.hoursPerMonth == null || body.householdSize == null)) {
        throw badRequest('fee_inputs_missing', {
          fi: 'Kotihoidon maksuun tarvitaan palvelutunnit kuukaudessa ja perheen koko.',
          sv: 'Avgiften för hemvård kräver servicetimmar per månad och hushållets storlek.',
          en: 'The home-care fee needs the monthly service hours and the household size.',
        });
      }
      if (body.decidedOn > clock.today()) {
        throw badRequest('decided_in_future', { fi: 'Päätöspäivä on tulevaisuudessa.', sv: 'Beslutsdagen ligger i framtiden.', en: 'The decision date is in the future.' });
      }
      if (body.startsOn && body.startsOn < body.decidedOn) {
        throw badRequest('starts_before_decision', { fi: 'Palvelu ei voi alkaa ennen päätöstä.', sv: 'Tjänsten kan inte börja före beslutet.', en: 'The service cannot start before the decision.' });
      }
      if (body.reasoning != null) requireText(body.reasoning, 'reasoning');
      if (body.applicationId) {
        const app = await tx.selectFrom('elderly_application').select(['id', 'status']).where('id', '=', body.applicationId).where('person_id', '=', params.personId).executeTakeFirst();
        if (!app) throw notFoundOrDenied();
        if (app.status === 'decided' || app.status === 'withdrawn') {
          throw badRequest('application_closed', { fi: 'Hakemus on jo ratkaistu tai peruttu.', sv: 'Ansökan är redan avgjord eller återtagen.', en: 'The application is already decided or withdrawn.' });
        }
      }
      if (body.providerId) {
        const provider = await tx.selectFrom('elderly_provider').select('id').where('id', '=', body.providerId).where('active', '=', true).executeTakeFirst();
        if (!provider) throw badRequest('unknown_provider', { fi: 'Palveluntuottajaa ei löydy.', sv: 'Serviceproducenten hittades inte.', en: 'The service provider was not found.' });
      }
      const p = await deadlines(tx, body.decidedOn);
      const decision = await tx
        .insertInto('elderly_service_decision')
        .values({
          person_id: params.personId,
          application_id: body.applicationId ?? null,
          provider_id: body.providerId ?? null,
          service_type: body.serviceType,
          outcome: body.outcome,
          decided_on: body.decidedOn,
          arrange_by: body.outcome === 'granted' ? arrangeBy(p, body.decidedOn) : null,
          starts_on: body.outcome === 'granted' ? (body.startsOn ?? null) : null,
          hours_per_month: body.hoursPerMonth ?? null,
          reasoning: body.reasoning ?? null,
          decided_by: user?.userId ?? null,
        })
        .returning(['id', 'arrange_by'])
        .executeTakeFirstOrThrow();
      if (body.applicationId) await tx.updateTable('elderly_application').set({ status: 'decided' }).where('id', '=', body.applicationId).execute();
      audit.objects([decision.id]);
      let fee = null;
      if (homeCareFeeAsked) {
        try {
          const p = await homeCareFeeParametersOn(tx, body.decidedOn, body.hoursPerMonth!);
          const f = homeCareFee(p, { grossIncome: body.grossIncome!, householdSize: body.householdSize! });
          // The new fee decision ends the one in force; a later one already made is not overridden.
          const later = await tx.selectFrom('elderly_fee_decision').select('id').where('person_id', '=', params.personId).where('valid_from', '>=', body.decidedOn).executeTakeFirst();
          if (later) {
            throw badRequest('fee_decision_exists_later', {
              fi: 'Asiakkaalla on jo maksupäätös tästä päivästä tai myöhemmin.',
              sv: 'Klienten har redan ett avgiftsbeslut från denna dag eller senare.',
              en: 'The client already has a fee decision from this date or later.',
            });
          }
          await tx
            .updateTable('elderly_fee_decision')
            .set({ valid_to: addDays(body.decidedOn, -1) })
            .where('person_id', '=', params.personId)
            .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', body.decidedOn)]))
            .execute();
          const row = await tx
            .insertInto('elderly_fee_decision')
            .values({
              person_id: params.personId,
              service_decision_id: decision.id,
              valid_from: body.decidedOn,
              gross_income: body.grossIncome!,
              household_size: body.householdSize!,
              service_hours: Math.floor(body.hoursPerMonth! + 0.5),
              income_limit: f.limit,
              percent: f.percent,
              monthly_fee: f.fee,
              parameter_id: p.id,
              parameters_unverified: f.unverified,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          audit.objects([row.id]);
          fee = { id: row.id, monthlyFee: f.fee, percent: f.percent, incomeLimit: f.limit, parametersUnverified: f.unverified };
        } catch (e) {
          if (!(e instanceof HomeCareFeeError)) throw e;
          throw badRequest(`fee_${e.code}`, {
            fi: 'Kotihoidon maksuperusteita ei ole kirjattu päätöspäivälle.',
            sv: 'Avgiftsgrunderna för hemvård saknas för beslutsdagen.',
            en: 'The home-care fee parameters are missing for the decision date.',
          });
        }
      }
      reply.status(201);
      return { id: decision.id, arrangeBy: decision.arrange_by, fee };
    },
  }),
  defineRoute<{ validFrom: string; goals: string; services: string; clientParticipated: boolean }, unknown, { personId: string }>({
    method: 'POST',
    url: '/elderly-care/clients/:personId/service-plans',
    summary: 'Add a new version of the care and service plan (earlier versions are kept)',
    action: elderlyActions.servicePlanCreate.name,
    audit: 'ElderlyServicePlanCreate',
    datasetId: 'care_plans',
    target: ({ params }) => [params.personId],
    schema: {
      params: personParams,
      body: {
        type: 'object',
        properties: { validFrom: date, goals: text(), services: text(), clientParticipated: { type: 'boolean' } },
        required: ['validFrom', 'goals', 'services', 'clientParticipated'],
        additionalProperties: false,
      },
      response: created,
    },
    handler: async ({ tx, params, body, user, reply, audit }) => {
      requireText(body.goals, 'goals');
      requireText(body.services, 'services');
      await lockPerson(tx, params.personId);
      const last = await tx.selectFrom('elderly_service_plan').select(['version', 'valid_from']).where('person_id', '=', params.personId).orderBy('version', 'desc').executeTakeFirst();
      const version = nextPlanVersion(last, body.validFrom);
      const row = await tx
        .insertInto('elderly_service_plan')
        .values({ person_id: params.personId, version, valid_from: body.validFrom, goals: body.goals, services: body.services, client_participated: body.clientParticipated, created_by: user?.userId ?? null })
        .returning('id')
        .executeTakeFirstOrThrow();
      audit.objects([row.id]);
      reply.status(201);
      return { id: row.id, version };
    },
  }),
  defineRoute<unknown, { limit?: number }, { personId: string }>({
    method: 'GET',
    url: '/elderly-care/clients/:personId/care-records',
    summary: 'Care records of a client, newest first; corrected entries stay with a link to their correction',
    action: elderlyActions.careRecordRead.name,
    audit: 'ElderlyCareRecordRead',
    datasetId: 'care_records',
    readOnly: true,
    target: ({ params }) => [params.personId],
    schema: {
      params: personParams,
      querystring: { type: 'object', properties: { limit: { type: 'integer', minimum: 1, maximum: 1000 } }, additionalProperties: false },
      response: { 200: careRecordsSchema },
    },
    handler: async ({ tx, params, query }) => ({ records: await getCareRecords(tx, params.personId, query.limit ?? 200) }),
  }),
  defineRoute<
    { unitId: string; kind: 'visit' | 'observation' | 'medication' | 'other'; text: string; correctsId?: string | null; correctionReason?: string | null },
    unknown,
    { personId: string }
  >({
    method: 'POST',
    url: '/elderly-care/clients/:personId/care-records',
    summary: 'Write a care record, or a correction of an earlier one (records are never edited)',
    action: elderlyActions.careRecordCreate.name,
    audit: 'ElderlyCareRecordCreate',
    datasetId: 'care_records',
    target: ({ params }) => [params.personId],
    schema: {
      params: personParams,
      body: {
        type: 'object',
        properties: {
          unitId: uuid,
          kind: { type: 'string', enum: ['visit', 'observation', 'medication', 'other'] },
          text: text(),
          correctsId: { type: ['string', 'null'], pattern: UUID_PATTERN },
          correctionReason: { type: ['string', 'null'], maxLength: 1000 },
        },
        required: ['unitId', 'kind', 'text'],
        additionalProperties: false,
      },
      response: created,
    },
    handler: async ({ tx, params, body, user, clock, reply, audit }) => {
      requireText(body.text, 'text');
      // The record goes to a unit where the writer is a care worker and the person a current client.
      const today = clock.today();
      const client = await tx
        .selectFrom('elderly_client')
        .select('id')
        .where('person_id', '=', params.personId)
        .where('unit_id', '=', body.unitId)
        .where('start_date', '<=', today)
        .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', today)]))
        .executeTakeFirst();
      if (!client || !(user?.grants.some((g) => g.unitId === body.unitId && g.role === CARE_WORKER) ?? false)) throw notFoundOrDenied();
      if (body.correctsId) {
        if (!body.correctionReason?.trim()) {
          throw badRequest('correction_reason_missing', { fi: 'Kerro korjauksen syy.', sv: 'Ange orsaken till rättelsen.', en: 'Give the reason for the correction.' }, { field: 'correctionReason' });
        }
        const original = await tx
          .selectFrom('elderly_care_record as r')
          .select(['r.person_id', sql<boolean>`exists (select 1 from elderly_care_record c where c.corrects_id = r.id)`.as('corrected')])
          .where('r.id', '=', body.correctsId)
          .executeTakeFirst();
        assertCorrectable(original, params.personId);
      } else if (body.correctionReason != null) {
        throw badRequest('correction_reason_without_correction', {
          fi: 'Korjauksen syy annetaan vain korjaukselle.',
          sv: 'Orsaken anges endast för en rättelse.',
          en: 'A correction reason is given only with a correction.',
        });
      }
      const row = await tx
        .insertInto('elderly_care_record')
        .values({
          person_id: params.personId,
          unit_id: body.unitId,
          recorded_at: clock.now(),
          kind: body.kind,
          text: body.text,
          author_user_id: user?.userId ?? null,
          corrects_id: body.correctsId ?? null,
          correction_reason: body.correctsId ? body.correctionReason!.trim() : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      audit.objects([row.id]);
      reply.status(201);
      return { id: row.id };
    },
  }),
];
