import { badRequest, notFoundOrDenied } from '../../core/http/errors.ts';
import { defineRoute, type RouteDefinition } from '../../core/http/route.ts';
import { UUID_PATTERN } from '../../core/ids.ts';
import { elderlyActions } from './elderly-access.ts';
import { ageOn, arrangeBy, assessmentStartDue, homeCareFee, HomeCareFeeError, homeCareFeeParametersOn } from './elderly-rules.ts';

const uuid = { type: 'string', pattern: UUID_PATTERN } as const;
const date = { type: 'string', format: 'date' } as const;
const text = (max = 10000) => ({ type: 'string', minLength: 1, maxLength: max }) as const;
const personParams = { type: 'object', properties: { personId: uuid }, required: ['personId'] } as const;
const created = { 201: { type: 'object', additionalProperties: true } };

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
    summary: "A client's relationships, contacts, applications, latest plan and decisions",
    action: elderlyActions.clientRead.name,
    audit: 'ElderlyClientRead',
    datasetId: 'contacts',
    target: ({ params }) => [params.personId],
    schema: { params: personParams },
    handler: async ({ tx, params, audit }) => {
      const clients = await tx.selectFrom('elderly_client').select(['id', 'unit_id', 'start_date', 'end_date']).where('person_id', '=', params.personId).execute();
      if (clients.length === 0) throw notFoundOrDenied();
      const contacts = await tx
        .selectFrom('elderly_contact_person')
        .select(['client_id', 'person_id', 'name', 'phone', 'relation'])
        .where('client_id', 'in', clients.map((c) => c.id))
        .execute();
      audit.persons(contacts.flatMap((c) => (c.person_id ? [c.person_id] : [])));
      const applications = await tx.selectFrom('elderly_application').selectAll().where('person_id', '=', params.personId).orderBy('received_on').execute();
      const plan = await tx.selectFrom('elderly_service_plan').selectAll().where('person_id', '=', params.personId).orderBy('version', 'desc').executeTakeFirst();
      const decisions = await tx.selectFrom('elderly_service_decision').selectAll().where('person_id', '=', params.personId).orderBy('decided_on').execute();
      const fees = await tx.selectFrom('elderly_fee_decision').selectAll().where('person_id', '=', params.personId).orderBy('valid_from').execute();
      return {
        clients: clients.map((c) => ({
          id: c.id,
          unitId: c.unit_id,
          startDate: c.start_date,
          endDate: c.end_date,
          contacts: contacts.filter((x) => x.client_id === c.id).map((x) => ({ personId: x.person_id, name: x.name, phone: x.phone, relation: x.relation })),
        })),
        applications: applications.map((a) => ({ id: a.id, kind: a.kind, receivedOn: a.received_on, assessmentStartDue: a.assessment_start_due, status: a.status })),
        servicePlan: plan ? { version: plan.version, validFrom: plan.valid_from, goals: plan.goals, services: plan.services } : null,
        decisions: decisions.map((d) => ({ id: d.id, serviceType: d.service_type, outcome: d.outcome, decidedOn: d.decided_on, arrangeBy: d.arrange_by, hoursPerMonth: d.hours_per_month })),
        feeDecisions: fees.map((f) => ({ id: f.id, validFrom: f.valid_from, monthlyFee: f.monthly_fee, percent: f.percent, incomeLimit: f.income_limit, parametersUnverified: f.parameters_unverified })),
      };
    },
  }),
  defineRoute<{ kind: string; receivedOn: string; highestCareAllowance?: boolean }, unknown, { personId: string }>({
    method: 'POST',
    url: '/elderly-care/clients/:personId/applications',
    summary: 'Register an application; sets the 7-working-day assessment start deadline for those aged 75+ (SHL 36 §)',
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
      const due = assessmentStartDue({ receivedOn: body.receivedOn, age: ageOn(person.birth_date, body.receivedOn), highestCareAllowance: body.highestCareAllowance ?? false });
      const row = await tx
        .insertInto('elderly_application')
        .values({ person_id: params.personId, kind: body.kind, received_on: body.receivedOn, urgent_statutory: due !== null, assessment_start_due: due })
        .returning('id')
        .executeTakeFirstOrThrow();
      audit.objects([row.id]);
      reply.status(201);
      return { id: row.id, assessmentStartDue: due };
    },
  }),
  defineRoute<
    { applicationId?: string | null; serviceType: string; outcome: 'granted' | 'rejected'; decidedOn: string; hoursPerMonth?: number | null; grossIncome?: number | null; householdSize?: number | null },
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
          hoursPerMonth: { type: ['number', 'null'], minimum: 0, maximum: 744 },
          grossIncome: { type: ['number', 'null'], minimum: 0, maximum: 1000000 },
          householdSize: { type: ['integer', 'null'], minimum: 1, maximum: 30 },
        },
        required: ['serviceType', 'outcome', 'decidedOn'],
        additionalProperties: false,
      },
      response: created,
    },
    handler: async ({ tx, params, body, user, reply, audit }) => {
      const homeCareFeeAsked = body.outcome === 'granted' && body.serviceType === 'home_care' && body.grossIncome != null;
      if (homeCareFeeAsked && (body.hoursPerMonth == null || body.householdSize == null)) {
        throw badRequest('fee_inputs_missing', {
          fi: 'Kotihoidon maksuun tarvitaan palvelutunnit kuukaudessa ja perheen koko.',
          sv: 'Avgiften för hemvård kräver servicetimmar per månad och hushållets storlek.',
          en: 'The home-care fee needs the monthly service hours and the household size.',
        });
      }
      if (body.applicationId) {
        const app = await tx.selectFrom('elderly_application').select('id').where('id', '=', body.applicationId).where('person_id', '=', params.personId).executeTakeFirst();
        if (!app) throw notFoundOrDenied();
      }
      const decision = await tx
        .insertInto('elderly_service_decision')
        .values({
          person_id: params.personId,
          application_id: body.applicationId ?? null,
          service_type: body.serviceType,
          outcome: body.outcome,
          decided_on: body.decidedOn,
          arrange_by: body.outcome === 'granted' ? arrangeBy(body.decidedOn) : null,
          hours_per_month: body.hoursPerMonth ?? null,
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
    summary: 'Add a new version of the care and service plan',
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
      const last = await tx.selectFrom('elderly_service_plan').select('version').where('person_id', '=', params.personId).orderBy('version', 'desc').executeTakeFirst();
      const version = (last?.version ?? 0) + 1;
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
  defineRoute<{ unitId: string; kind: 'visit' | 'observation' | 'medication' | 'other'; text: string }, unknown, { personId: string }>({
    method: 'POST',
    url: '/elderly-care/clients/:personId/care-records',
    summary: 'Write a care record',
    action: elderlyActions.careRecordCreate.name,
    audit: 'ElderlyCareRecordCreate',
    datasetId: 'care_records',
    target: ({ params }) => [params.personId],
    schema: {
      params: personParams,
      body: {
        type: 'object',
        properties: { unitId: uuid, kind: { type: 'string', enum: ['visit', 'observation', 'medication', 'other'] }, text: text() },
        required: ['unitId', 'kind', 'text'],
        additionalProperties: false,
      },
      response: created,
    },
    handler: async ({ tx, params, body, user, clock, reply, audit }) => {
      // The record goes to a unit where the writer works and the person is a client.
      const ok = await tx.selectFrom('elderly_client').select('id').where('person_id', '=', params.personId).where('unit_id', '=', body.unitId).executeTakeFirst();
      if (!ok || !(user?.grants.some((g) => g.unitId === body.unitId) ?? false)) throw notFoundOrDenied();
      const row = await tx
        .insertInto('elderly_care_record')
        .values({ person_id: params.personId, unit_id: body.unitId, recorded_at: clock.now(), kind: body.kind, text: body.text, author_user_id: user?.userId ?? null })
        .returning('id')
        .executeTakeFirstOrThrow();
      audit.objects([row.id]);
      reply.status(201);
      return { id: row.id };
    },
  }),
];
