// The daily lists of elderly services: the coordinator's open applications by their nearest
// statutory deadline, assessment follow-up, and the care unit's current clients.
import { unitsWith, hasGlobal } from '../../core/access/actions.ts';
import { badRequest, notFoundOrDenied } from '../../core/http/errors.ts';
import { defineRoute, type RouteDefinition } from '../../core/http/route.ts';
import { UUID_PATTERN } from '../../core/ids.ts';
import { CARE_WORKER, elderlyActions, SERVICE_COORDINATOR } from './elderly-access.ts';
import { countApplications, getApplicationWorklist, getUnitClients, WORKLIST_LIMIT } from './elderly.queries.ts';

const uuid = { type: 'string', pattern: UUID_PATTERN } as const;
const nullableString = { type: ['string', 'null'] } as const;
const nullableDate = { type: ['string', 'null'], format: 'date' } as const;

const worklistSchema = {
  type: 'object',
  properties: {
    today: { type: 'string' },
    total: { type: 'integer' },
    applications: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          personId: { type: 'string' },
          firstNames: { type: 'string' },
          lastName: { type: 'string' },
          birthDate: { type: 'string' },
          kind: { type: 'string' },
          status: { type: 'string' },
          receivedOn: { type: 'string' },
          urgentStatutory: { type: 'boolean' },
          assessmentStartDue: nullableString,
          assessmentStartedOn: nullableString,
          assessmentCompletedOn: nullableString,
          processingDue: nullableString,
          nextDue: nullableString,
          nextDueKind: { type: ['string', 'null'], enum: ['assessment_start', 'processing', null] },
          workingDaysLeft: { type: ['integer', 'null'] },
          overdue: { type: 'boolean' },
          isClient: { type: 'boolean' },
        },
        required: [
          'id', 'personId', 'firstNames', 'lastName', 'birthDate', 'kind', 'status', 'receivedOn', 'urgentStatutory', 'assessmentStartDue',
          'assessmentStartedOn', 'assessmentCompletedOn', 'processingDue', 'nextDue', 'nextDueKind', 'workingDaysLeft', 'overdue', 'isClient',
        ],
      },
    },
  },
  required: ['today', 'total', 'applications'],
} as const;

const unitClientsSchema = {
  type: 'object',
  properties: {
    unit: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } }, required: ['id', 'name'] },
    clients: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          personId: { type: 'string' },
          firstNames: { type: 'string' },
          lastName: { type: 'string' },
          birthDate: { type: 'string' },
          startDate: { type: 'string' },
          planVersion: { type: ['integer', 'null'] },
          planValidFrom: nullableString,
          lastRecordAt: nullableString,
        },
        required: ['personId', 'firstNames', 'lastName', 'birthDate', 'startDate', 'planVersion', 'planValidFrom', 'lastRecordAt'],
      },
    },
  },
  required: ['unit', 'clients'],
} as const;

export const elderlyWorklistRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/elderly-care/units',
    summary: 'Elderly-services units the user works in (all of them for the service coordinator)',
    action: elderlyActions.unitList.name,
    audit: null,
    readOnly: true,
    schema: {
      response: {
        200: {
          type: 'object',
          properties: { units: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, kind: { type: 'string' } }, required: ['id', 'name', 'kind'] } } },
          required: ['units'],
        },
      },
    },
    handler: async ({ tx, user }) => {
      const global = hasGlobal(user!.grants, [SERVICE_COORDINATOR]);
      const own = unitsWith(user!.grants, [CARE_WORKER]);
      if (!global && own.length === 0) return { units: [] };
      let q = tx.selectFrom('organisation_unit').select(['id', 'name', 'kind']).where('register_id', '=', 'elderly-care');
      if (!global) q = q.where('id', 'in', own);
      return { units: await q.orderBy('name').execute() };
    },
  }),
  defineRoute<unknown, unknown, { unitId: string }>({
    method: 'GET',
    url: '/elderly-care/units/:unitId/clients',
    summary: "The unit's current clients with their plan version and latest care record",
    action: elderlyActions.unitClientsRead.name,
    audit: 'ElderlyUnitClientsRead',
    datasetId: 'contacts',
    readOnly: true,
    target: ({ params }) => [params.unitId],
    schema: { params: { type: 'object', properties: { unitId: uuid }, required: ['unitId'] }, response: { 200: unitClientsSchema } },
    handler: async ({ tx, params, clock, audit }) => {
      const unit = await tx.selectFrom('organisation_unit').select(['id', 'name']).where('id', '=', params.unitId).where('register_id', '=', 'elderly-care').executeTakeFirst();
      if (!unit) throw notFoundOrDenied();
      const clients = await getUnitClients(tx, params.unitId, clock.today());
      audit.persons(clients.map((c) => c.personId));
      return { unit, clients };
    },
  }),
  defineRoute<unknown, { status?: 'open' | 'all' }>({
    method: 'GET',
    url: '/elderly-care/applications',
    summary: 'The application worklist: open applications by their nearest statutory deadline (SHL 36 § start, SHL 45 § processing)',
    action: elderlyActions.applicationList.name,
    audit: 'ElderlyApplicationList',
    datasetId: 'applications',
    readOnly: true,
    schema: {
      querystring: { type: 'object', properties: { status: { type: 'string', enum: ['open', 'all'] } }, additionalProperties: false },
      response: { 200: worklistSchema },
    },
    handler: async ({ tx, query, clock, audit }) => {
      const today = clock.today();
      const open = (query.status ?? 'open') === 'open';
      const applications = await getApplicationWorklist(tx, today, open);
      audit.persons(applications.map((a) => a.personId));
      // The list stops at the most pressing ones; the total tells how many there are.
      return { today, total: applications.length < WORKLIST_LIMIT ? applications.length : await countApplications(tx, open), applications };
    },
  }),
  defineRoute<{ startedOn?: string | null; completedOn?: string | null }, unknown, { id: string }>({
    method: 'POST',
    url: '/elderly-care/applications/:id/assessment',
    summary: 'Record that the service-need assessment started or was completed (meets the SHL 36 § start deadline)',
    action: elderlyActions.applicationUpdate.name,
    audit: 'ElderlyAssessmentUpdate',
    datasetId: 'applications',
    target: ({ params }) => [params.id],
    schema: {
      params: { type: 'object', properties: { id: uuid }, required: ['id'] },
      body: { type: 'object', properties: { startedOn: nullableDate, completedOn: nullableDate }, additionalProperties: false },
    },
    handler: async ({ tx, params, body, clock, audit }) => {
      const a = await tx.selectFrom('elderly_application').selectAll().where('id', '=', params.id).forUpdate().executeTakeFirst();
      if (!a) throw notFoundOrDenied();
      audit.persons([a.person_id]);
      if (a.status !== 'pending' && a.status !== 'assessing') {
        throw badRequest('application_closed', { fi: 'Hakemus on jo ratkaistu tai peruttu.', sv: 'Ansökan är redan avgjord eller återtagen.', en: 'The application is already decided or withdrawn.' });
      }
      if (!body.startedOn && !body.completedOn) {
        throw badRequest('nothing_to_record', { fi: 'Anna arvioinnin aloitus- tai valmistumispäivä.', sv: 'Ange dagen då bedömningen inleddes eller slutfördes.', en: 'Give the day the assessment started or was completed.' });
      }
      const started = body.startedOn ?? a.assessment_started_on;
      const completed = body.completedOn ?? a.assessment_completed_on;
      const today = clock.today();
      if ((started && (started < a.received_on || started > today)) || (completed && (!started || completed < started || completed > today))) {
        throw badRequest('invalid_assessment_dates', {
          fi: 'Arviointi alkaa aikaisintaan hakemuksen saapumispäivänä ja valmistuu aloituksen jälkeen, eikä kumpikaan voi olla tulevaisuudessa.',
          sv: 'Bedömningen inleds tidigast den dag ansökan kom in och slutförs efter att den inletts; ingendera kan ligga i framtiden.',
          en: 'The assessment starts at the earliest on the day the application arrived and completes after it started; neither can be in the future.',
        });
      }
      await tx.updateTable('elderly_application').set({ assessment_started_on: started, assessment_completed_on: completed, status: 'assessing' }).where('id', '=', a.id).execute();
      return { id: a.id, assessmentStartedOn: started, assessmentCompletedOn: completed, startedInTime: a.assessment_start_due && started ? started <= a.assessment_start_due : null };
    },
  }),
];
