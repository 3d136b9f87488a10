// Reads of the elderly-services client card: one query per table, each by the person's indexed id.
import { sql } from 'kysely';
import { workingDaysBetween } from '../../core/calendar/working-days.ts';
import type { ReadTx } from '../../core/db/database.ts';
import { withCorrections } from '../../core/records/client-records.ts';

const iso = (d: Date) => d.toISOString();

/** A person's relationships with contacts, applications with their deadlines, plan versions and service decisions. */
export async function getClientOverview(db: ReadTx, personId: string) {
  const clients = await db
    .selectFrom('elderly_client as c')
    .innerJoin('organisation_unit as u', 'u.id', 'c.unit_id')
    .select(['c.id', 'c.unit_id', 'u.name as unit_name', 'c.start_date', 'c.end_date'])
    .where('c.person_id', '=', personId)
    .orderBy('c.start_date', 'desc')
    .execute();
  const contacts = clients.length
    ? await db
        .selectFrom('elderly_contact_person as x')
        .leftJoin('person as p', 'p.id', 'x.person_id')
        .select(['x.client_id', 'x.person_id', 'x.name', 'p.first_names', 'p.last_name', 'x.phone', 'x.relation'])
        .where('x.client_id', 'in', clients.map((c) => c.id))
        .orderBy('x.relation')
        .execute()
    : [];
  const applications = await db.selectFrom('elderly_application').selectAll().where('person_id', '=', personId).orderBy('received_on', 'desc').execute();
  const plans = await db
    .selectFrom('elderly_service_plan as s')
    .leftJoin('app_user as a', 'a.id', 's.created_by')
    .select(['s.id', 's.version', 's.valid_from', 's.goals', 's.services', 's.client_participated', 's.created_at', 'a.display_name'])
    .where('s.person_id', '=', personId)
    .orderBy('s.version', 'desc')
    .execute();
  const decisions = await db
    .selectFrom('elderly_service_decision as d')
    .leftJoin('elderly_provider as p', 'p.id', 'd.provider_id')
    .select(['d.id', 'd.application_id', 'd.service_type', 'd.outcome', 'd.decided_on', 'd.arrange_by', 'd.starts_on', 'd.hours_per_month', 'd.reasoning', 'p.name as provider_name'])
    .where('d.person_id', '=', personId)
    .orderBy('d.decided_on', 'desc')
    .execute();
  return {
    clients: clients.map((c) => ({
      id: c.id,
      unitId: c.unit_id,
      unitName: c.unit_name,
      startDate: c.start_date,
      endDate: c.end_date,
      contacts: contacts
        .filter((x) => x.client_id === c.id)
        .map((x) => ({ personId: x.person_id, name: x.name ?? (x.first_names ? `${x.first_names} ${x.last_name}` : null), phone: x.phone, relation: x.relation })),
    })),
    applications: applications.map((a) => ({
      id: a.id,
      kind: a.kind,
      receivedOn: a.received_on,
      status: a.status,
      urgentStatutory: a.urgent_statutory,
      assessmentStartDue: a.assessment_start_due,
      assessmentStartedOn: a.assessment_started_on,
      assessmentCompletedOn: a.assessment_completed_on,
      processingDue: a.processing_due,
    })),
    servicePlans: plans.map((p) => ({
      id: p.id,
      version: p.version,
      validFrom: p.valid_from,
      goals: p.goals,
      services: p.services,
      clientParticipated: p.client_participated,
      createdAt: iso(p.created_at),
      createdBy: p.display_name,
    })),
    decisions: decisions.map((d) => ({
      id: d.id,
      applicationId: d.application_id,
      serviceType: d.service_type,
      outcome: d.outcome,
      decidedOn: d.decided_on,
      arrangeBy: d.arrange_by,
      startsOn: d.starts_on,
      hoursPerMonth: d.hours_per_month === null ? null : Number(d.hours_per_month),
      providerName: d.provider_name,
      reasoning: d.reasoning,
    })),
    personIds: contacts.flatMap((c) => (c.person_id ? [c.person_id] : [])),
  };
}

/** Fee decisions and invoices: the coordinator's part of the card. */
export async function getClientFees(db: ReadTx, personId: string) {
  const fees = await db.selectFrom('elderly_fee_decision').selectAll().where('person_id', '=', personId).orderBy('valid_from', 'desc').execute();
  const invoices = await db.selectFrom('elderly_invoice').selectAll().where('person_id', '=', personId).orderBy('month', 'desc').limit(24).execute();
  return {
    feeDecisions: fees.map((f) => ({
      id: f.id,
      serviceDecisionId: f.service_decision_id,
      validFrom: f.valid_from,
      validTo: f.valid_to,
      grossIncome: Number(f.gross_income),
      householdSize: f.household_size,
      serviceHours: f.service_hours,
      incomeLimit: Number(f.income_limit),
      percent: Number(f.percent),
      monthlyFee: Number(f.monthly_fee),
      parametersUnverified: f.parameters_unverified,
    })),
    invoices: invoices.map((i) => ({ id: i.id, feeDecisionId: i.fee_decision_id, month: i.month.slice(0, 7), days: i.days, amount: Number(i.amount), invoiceDate: i.invoice_date })),
  };
}

/** Care records, newest first, with who wrote them and the corrections folded in. */
export async function getCareRecords(db: ReadTx, personId: string, limit: number) {
  const rows = await db
    .selectFrom('elderly_care_record as r')
    .innerJoin('organisation_unit as u', 'u.id', 'r.unit_id')
    .leftJoin('app_user as a', 'a.id', 'r.author_user_id')
    .select(['r.id', 'r.unit_id', 'u.name as unit_name', 'r.recorded_at', 'r.kind', 'r.text', 'r.corrects_id', 'r.correction_reason', 'a.display_name'])
    .where('r.person_id', '=', personId)
    .orderBy('r.recorded_at', 'desc')
    .orderBy('r.id')
    .limit(limit)
    .execute();
  return withCorrections(rows).map((r) => ({
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    recordedAt: iso(r.recorded_at),
    kind: r.kind,
    text: r.text,
    author: r.display_name,
    correctsId: r.corrects_id,
    correctionReason: r.correction_reason,
    correctedById: r.correctedById,
  }));
}

/**
 * The coordinator's worklist: applications (open ones only, unless `openOnly` is false) by their
 * nearest unmet statutory deadline (the assessment start until it has started, then the
 * processing deadline), with the working days left until it.
 */
export const WORKLIST_LIMIT = 500;

export async function getApplicationWorklist(db: ReadTx, today: string, openOnly: boolean) {
  const nextDue = sql<string | null>`least(case when a.assessment_started_on is null then a.assessment_start_due end, a.processing_due)`;
  let q = db
    .selectFrom('elderly_application as a')
    .innerJoin('person as p', 'p.id', 'a.person_id')
    .select((eb) => [
      'a.id',
      'a.person_id',
      'p.first_names',
      'p.last_name',
      'p.birth_date',
      'a.kind',
      'a.status',
      'a.received_on',
      'a.urgent_statutory',
      'a.assessment_start_due',
      'a.assessment_started_on',
      'a.assessment_completed_on',
      'a.processing_due',
      nextDue.as('next_due'),
      eb
        .exists(
          eb
            .selectFrom('elderly_client as c')
            .select('c.id')
            .whereRef('c.person_id', '=', 'a.person_id')
            .where('c.start_date', '<=', today)
            .where((e) => e.or([e('c.end_date', 'is', null), e('c.end_date', '>=', today)])),
        )
        .as('is_client'),
    ]);
  if (openOnly) q = q.where('a.status', 'in', ['pending', 'assessing']);
  const rows = await q.orderBy(sql`${nextDue} nulls last`).orderBy('a.received_on').orderBy('a.id').limit(WORKLIST_LIMIT).execute();
  return rows.map((r) => {
    const open = r.status === 'pending' || r.status === 'assessing';
    const due = open ? (r.next_due ?? null) : null;
    return {
      id: r.id,
      personId: r.person_id,
      firstNames: r.first_names,
      lastName: r.last_name,
      birthDate: r.birth_date,
      kind: r.kind,
      status: r.status,
      receivedOn: r.received_on,
      urgentStatutory: r.urgent_statutory,
      assessmentStartDue: r.assessment_start_due,
      assessmentStartedOn: r.assessment_started_on,
      assessmentCompletedOn: r.assessment_completed_on,
      processingDue: r.processing_due,
      nextDue: due,
      nextDueKind: due === null ? null : r.assessment_started_on === null && r.assessment_start_due === due ? ('assessment_start' as const) : ('processing' as const),
      workingDaysLeft: due === null ? null : workingDaysBetween(today, due),
      overdue: due !== null && due < today,
      isClient: Boolean(r.is_client),
    };
  });
}

/** How many applications the worklist would list without its limit. */
export async function countApplications(db: ReadTx, openOnly: boolean) {
  let q = db.selectFrom('elderly_application').select((eb) => eb.fn.countAll<string>().as('n'));
  if (openOnly) q = q.where('status', 'in', ['pending', 'assessing']);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/** A unit's current clients with their latest plan version and latest care record in the unit. */
export async function getUnitClients(db: ReadTx, unitId: string, today: string) {
  const rows = await db
    .selectFrom('elderly_client as c')
    .innerJoin('person as p', 'p.id', 'c.person_id')
    .select((eb) => [
      'c.person_id',
      'p.first_names',
      'p.last_name',
      'p.birth_date',
      'c.start_date',
      eb.selectFrom('elderly_service_plan as s').select('s.version').whereRef('s.person_id', '=', 'c.person_id').orderBy('s.version', 'desc').limit(1).as('plan_version'),
      eb.selectFrom('elderly_service_plan as s').select('s.valid_from').whereRef('s.person_id', '=', 'c.person_id').orderBy('s.version', 'desc').limit(1).as('plan_valid_from'),
      eb
        .selectFrom('elderly_care_record as r')
        .select('r.recorded_at')
        .whereRef('r.person_id', '=', 'c.person_id')
        .whereRef('r.unit_id', '=', 'c.unit_id')
        .orderBy('r.recorded_at', 'desc')
        .limit(1)
        .as('last_record_at'),
    ])
    .where('c.unit_id', '=', unitId)
    .where('c.start_date', '<=', today)
    .where((eb) => eb.or([eb('c.end_date', 'is', null), eb('c.end_date', '>=', today)]))
    .orderBy('p.last_name')
    .orderBy('p.first_names')
    .execute();
  return rows.map((r) => ({
    personId: r.person_id,
    firstNames: r.first_names,
    lastName: r.last_name,
    birthDate: r.birth_date,
    startDate: r.start_date,
    planVersion: r.plan_version ?? null,
    planValidFrom: r.plan_valid_from ?? null,
    lastRecordAt: r.last_record_at ? new Date(r.last_record_at as unknown as string).toISOString() : null,
  }));
}

const contactSchema = {
  type: 'object',
  properties: { personId: { type: ['string', 'null'] }, name: { type: ['string', 'null'] }, phone: { type: ['string', 'null'] }, relation: { type: 'string' } },
  required: ['personId', 'name', 'phone', 'relation'],
} as const;
const nullableString = { type: ['string', 'null'] } as const;

/** Response schemas: they type the generated web client and keep anything else out of the answer. */
export const clientOverviewSchema = {
  type: 'object',
  properties: {
    clients: {
      type: 'array',
      items: {
        type: 'object',
        properties: { id: { type: 'string' }, unitId: { type: 'string' }, unitName: { type: 'string' }, startDate: { type: 'string' }, endDate: nullableString, contacts: { type: 'array', items: contactSchema } },
        required: ['id', 'unitId', 'unitName', 'startDate', 'endDate', 'contacts'],
      },
    },
    applications: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          kind: { type: 'string' },
          receivedOn: { type: 'string' },
          status: { type: 'string' },
          urgentStatutory: { type: 'boolean' },
          assessmentStartDue: nullableString,
          assessmentStartedOn: nullableString,
          assessmentCompletedOn: nullableString,
          processingDue: nullableString,
        },
        required: ['id', 'kind', 'receivedOn', 'status', 'urgentStatutory', 'assessmentStartDue', 'assessmentStartedOn', 'assessmentCompletedOn', 'processingDue'],
      },
    },
    servicePlans: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          version: { type: 'integer' },
          validFrom: { type: 'string' },
          goals: { type: 'string' },
          services: { type: 'string' },
          clientParticipated: { type: 'boolean' },
          createdAt: { type: 'string' },
          createdBy: nullableString,
        },
        required: ['id', 'version', 'validFrom', 'goals', 'services', 'clientParticipated', 'createdAt', 'createdBy'],
      },
    },
    decisions: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          applicationId: nullableString,
          serviceType: { type: 'string' },
          outcome: { type: 'string' },
          decidedOn: { type: 'string' },
          arrangeBy: nullableString,
          startsOn: nullableString,
          hoursPerMonth: { type: ['number', 'null'] },
          providerName: nullableString,
          reasoning: nullableString,
        },
        required: ['id', 'applicationId', 'serviceType', 'outcome', 'decidedOn', 'arrangeBy', 'startsOn', 'hoursPerMonth', 'providerName', 'reasoning'],
      },
    },
    fees: {
      description: 'Fee decisions and invoices; null for users who may not see the client\'s income and fees.',
      type: ['object', 'null'],
      properties: {
        feeDecisions: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              id: { type: 'string' },
              serviceDecisionId: { type: 'string' },
              validFrom: { type: 'string' },
              validTo: nullableString,
              grossIncome: { type: 'number' },
              householdSize: { type: 'integer' },
              serviceHours: { type: 'integer' },
              incomeLimit: { type: 'number' },
              percent: { type: 'number' },
              monthlyFee: { type: 'number' },
              parametersUnverified: { type: 'boolean' },
            },
            required: ['id', 'serviceDecisionId', 'validFrom', 'validTo', 'grossIncome', 'householdSize', 'serviceHours', 'incomeLimit', 'percent', 'monthlyFee', 'parametersUnverified'],
          },
        },
        invoices: {
          type: 'array',
          items: {
            type: 'object',
            properties: { id: { type: 'string' }, feeDecisionId: { type: 'string' }, month: { type: 'string' }, days: { type: 'integer' }, amount: { type: 'number' }, invoiceDate: { type: 'string' } },
            required: ['id', 'feeDecisionId', 'month', 'days', 'amount', 'invoiceDate'],
          },
        },
      },
      required: ['feeDecisions', 'invoices'],
    },
  },
  required: ['clients', 'applications', 'servicePlans', 'decisions', 'fees'],
} as const;

export const careRecordsSchema = {
  type: 'object',
  properties: {
    records: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          unitId: { type: 'string' },
          unitName: { type: 'string' },
          recordedAt: { type: 'string' },
          kind: { type: 'string' },
          text: { type: 'string' },
          author: nullableString,
          correctsId: nullableString,
          correctionReason: nullableString,
          correctedById: nullableString,
        },
        required: ['id', 'unitId', 'unitName', 'recordedAt', 'kind', 'text', 'author', 'correctsId', 'correctionReason', 'correctedById'],
      },
    },
  },
  required: ['records'],
} as const;
