// Reads of the social-work client card and the unit's worklist.
import { workingDaysBetween } from '../../core/calendar/working-days.ts';
import type { ReadTx } from '../../core/db/database.ts';
import { withCorrections } from '../../core/records/client-records.ts';

const iso = (d: Date) => d.toISOString();

interface DeadlineRow {
  notification_id: string | null;
  application_id: string | null;
  kind: string;
  due_on: string;
  met_on: string | null;
}

const deadlinesOf = (rows: DeadlineRow[], key: 'notification_id' | 'application_id', id: string) =>
  rows.filter((d) => d[key] === id).map((d) => ({ kind: d.kind, dueOn: d.due_on, metOn: d.met_on }));

/** The nearest deadline not yet met, with the working days left until it (negative when overdue). */
export function nextDeadline(deadlines: { kind: string; dueOn: string; metOn: string | null }[], today: string) {
  const open = deadlines.filter((d) => d.metOn === null).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const next = open[0];
  return next
    ? { nextDue: next.dueOn, nextDueKind: next.kind, workingDaysLeft: workingDaysBetween(today, next.dueOn), overdue: next.dueOn < today }
    : { nextDue: null, nextDueKind: null, workingDaysLeft: null, overdue: false };
}

/** The card: relationships, notifications (the notifier only for those who may see it), applications and plan versions. */
export async function getClientOverview(db: ReadTx, personId: string, opts: { notifier: boolean }) {
  const clients = await db
    .selectFrom('social_client as c')
    .innerJoin('organisation_unit as u', 'u.id', 'c.unit_id')
    .select(['c.id', 'c.unit_id', 'u.name as unit_name', 'c.service_area', 'c.start_date', 'c.end_date'])
    .where('c.person_id', '=', personId)
    .orderBy('c.start_date', 'desc')
    .execute();
  const contacts = clients.length
    ? await db
        .selectFrom('social_contact as x')
        .leftJoin('person as p', 'p.id', 'x.person_id')
        .select(['x.client_id', 'x.person_id', 'x.name', 'p.first_names', 'p.last_name', 'x.phone', 'x.relation'])
        .where('x.client_id', 'in', clients.map((c) => c.id))
        .execute()
    : [];
  const notifications = await db
    .selectFrom('social_notification as n')
    .leftJoin('social_notifier as r', 'r.notification_id', 'n.id')
    .select(['n.id', 'n.unit_id', 'n.kind', 'n.received_on', 'n.summary', 'n.urgent', 'r.person_id as notifier_person_id', 'r.name as notifier_name', 'r.notifier_role', 'r.identity_protected'])
    .where('n.person_id', '=', personId)
    .orderBy('n.received_on', 'desc')
    .execute();
  const applications = await db.selectFrom('social_application').selectAll().where('person_id', '=', personId).orderBy('received_on', 'desc').execute();
  const deadlines = await db.selectFrom('social_deadline').select(['notification_id', 'application_id', 'kind', 'due_on', 'met_on']).where('person_id', '=', personId).orderBy('due_on').execute();
  const plans = await db
    .selectFrom('social_client_plan as s')
    .leftJoin('app_user as a', 'a.id', 's.created_by')
    .select(['s.id', 's.version', 's.valid_from', 's.goals', 's.measures', 's.client_participated', 's.created_at', 'a.display_name'])
    .where('s.person_id', '=', personId)
    .orderBy('s.version', 'desc')
    .execute();
  const contactIds = contacts.flatMap((c) => (c.person_id ? [c.person_id] : []));
  const notifierIds = opts.notifier ? notifications.flatMap((n) => (n.notifier_person_id ? [n.notifier_person_id] : [])) : [];
  return {
    clients: clients.map((c) => ({
      id: c.id,
      unitId: c.unit_id,
      unitName: c.unit_name,
      serviceArea: c.service_area,
      startDate: c.start_date,
      endDate: c.end_date,
      contacts: contacts
        .filter((x) => x.client_id === c.id)
        .map((x) => ({ personId: x.person_id, name: x.name ?? (x.first_names ? `${x.first_names} ${x.last_name}` : null), phone: x.phone, relation: x.relation })),
    })),
    notifications: notifications.map((n) => ({
      id: n.id,
      unitId: n.unit_id,
      kind: n.kind,
      receivedOn: n.received_on,
      summary: n.summary,
      urgent: n.urgent,
      // Family workers never see who notified; social workers see it, flagged if protected.
      notifier: opts.notifier
        ? { personId: n.notifier_person_id, name: n.notifier_name, role: n.notifier_role, identityProtected: n.identity_protected ?? true }
        : { identityProtected: true },
      deadlines: deadlinesOf(deadlines, 'notification_id', n.id),
    })),
    applications: applications.map((a) => ({
      id: a.id,
      kind: a.kind,
      receivedOn: a.received_on,
      status: a.status,
      summary: a.summary,
      deadlines: deadlinesOf(deadlines, 'application_id', a.id),
    })),
    clientPlans: plans.map((p) => ({
      id: p.id,
      version: p.version,
      validFrom: p.valid_from,
      goals: p.goals,
      measures: p.measures,
      clientParticipated: p.client_participated,
      createdAt: iso(p.created_at),
      createdBy: p.display_name,
    })),
    personIds: [...contactIds, ...notifierIds],
  };
}

export async function getDecisions(db: ReadTx, personId: string) {
  const rows = await db
    .selectFrom('social_decision as d')
    .leftJoin('app_user as a', 'a.id', 'd.decided_by')
    .select(['d.id', 'd.kind', 'd.decided_on', 'd.text', 'd.application_id', 'd.notification_id', 'a.display_name'])
    .where('d.person_id', '=', personId)
    .orderBy('d.decided_on', 'desc')
    .execute();
  return rows.map((d) => ({ id: d.id, kind: d.kind, decidedOn: d.decided_on, text: d.text, applicationId: d.application_id, notificationId: d.notification_id, decidedBy: d.display_name }));
}

export async function getSituation(db: ReadTx, personId: string) {
  const rows = await db.selectFrom('social_situation').selectAll().where('person_id', '=', personId).orderBy('recorded_on', 'desc').execute();
  return rows.map((s) => ({ id: s.id, area: s.area, recordedOn: s.recorded_on, text: s.text }));
}

/** The client narrative, newest first, with who wrote each entry and the corrections folded in. */
export async function getNarrative(db: ReadTx, personId: string, limit: number) {
  const rows = await db
    .selectFrom('social_narrative_entry as e')
    .innerJoin('organisation_unit as u', 'u.id', 'e.unit_id')
    .leftJoin('app_user as a', 'a.id', 'e.author_user_id')
    .select(['e.id', 'e.unit_id', 'u.name as unit_name', 'e.recorded_at', 'e.text', 'e.corrects_id', 'e.correction_reason', 'a.display_name'])
    .where('e.person_id', '=', personId)
    .orderBy('e.recorded_at', 'desc')
    .orderBy('e.id')
    .limit(limit)
    .execute();
  return withCorrections(rows).map((e) => ({
    id: e.id,
    unitId: e.unit_id,
    unitName: e.unit_name,
    recordedAt: iso(e.recorded_at),
    text: e.text,
    author: e.display_name,
    correctsId: e.corrects_id,
    correctionReason: e.correction_reason,
    correctedById: e.correctedById,
  }));
}

/**
 * The unit's worklist: notifications and applications with a deadline not yet met (or, for a
 * notification without deadlines, not yet decided), by their nearest deadline.
 */
export async function getWorklist(db: ReadTx, unitId: string, today: string) {
  const notifications = await db
    .selectFrom('social_notification as n')
    .innerJoin('person as p', 'p.id', 'n.person_id')
    .select(['n.id', 'n.person_id', 'p.first_names', 'p.last_name', 'p.birth_date', 'n.kind', 'n.received_on', 'n.urgent', 'n.summary'])
    .where('n.unit_id', '=', unitId)
    .where((eb) =>
      eb.or([
        eb.exists(eb.selectFrom('social_deadline as d').select('d.id').whereRef('d.notification_id', '=', 'n.id').where('d.met_on', 'is', null)),
        eb.and([
          eb.not(eb.exists(eb.selectFrom('social_deadline as d').select('d.id').whereRef('d.notification_id', '=', 'n.id'))),
          eb.not(eb.exists(eb.selectFrom('social_decision as s').select('s.id').whereRef('s.notification_id', '=', 'n.id'))),
        ]),
      ]),
    )
    .limit(500)
    .execute();
  const applications = await db
    .selectFrom('social_application as a')
    .innerJoin('person as p', 'p.id', 'a.person_id')
    .select(['a.id', 'a.person_id', 'p.first_names', 'p.last_name', 'p.birth_date', 'a.kind', 'a.received_on', 'a.status', 'a.summary'])
    .where('a.unit_id', '=', unitId)
    .where('a.status', '=', 'pending')
    .limit(500)
    .execute();
  const ids = [...notifications.map((n) => n.id), ...applications.map((a) => a.id)];
  const deadlines = ids.length
    ? await db
        .selectFrom('social_deadline')
        .select(['notification_id', 'application_id', 'kind', 'due_on', 'met_on'])
        .where((eb) => eb.or([eb('notification_id', 'in', ids), eb('application_id', 'in', ids)]))
        .execute()
    : [];
  const byDue = <T extends { nextDue: string | null; receivedOn: string }>(a: T, b: T) =>
    (a.nextDue ?? '9999').localeCompare(b.nextDue ?? '9999') || a.receivedOn.localeCompare(b.receivedOn);
  const person = (r: { person_id: string; first_names: string; last_name: string; birth_date: string }) => ({
    personId: r.person_id,
    firstNames: r.first_names,
    lastName: r.last_name,
    birthDate: r.birth_date,
  });
  return {
    notifications: notifications
      .map((n) => {
        const d = deadlinesOf(deadlines, 'notification_id', n.id);
        return { id: n.id, ...person(n), kind: n.kind, receivedOn: n.received_on, urgent: n.urgent, summary: n.summary, deadlines: d, ...nextDeadline(d, today) };
      })
      .sort((a, b) => Number(b.urgent) - Number(a.urgent) || byDue(a, b)),
    applications: applications
      .map((a) => {
        const d = deadlinesOf(deadlines, 'application_id', a.id);
        return { id: a.id, ...person(a), kind: a.kind, receivedOn: a.received_on, status: a.status, summary: a.summary, deadlines: d, ...nextDeadline(d, today) };
      })
      .sort(byDue),
  };
}

const ns = { type: ['string', 'null'] } as const;
const deadlineSchema = {
  type: 'array',
  items: { type: 'object', properties: { kind: { type: 'string' }, dueOn: { type: 'string' }, metOn: ns }, required: ['kind', 'dueOn', 'metOn'] },
} as const;
const nextSchema = { nextDue: ns, nextDueKind: ns, workingDaysLeft: { type: ['integer', 'null'] }, overdue: { type: 'boolean' } } as const;
const personSchema = { personId: { type: 'string' }, firstNames: { type: 'string' }, lastName: { type: 'string' }, birthDate: { type: 'string' } } as const;

export const worklistSchema = {
  type: 'object',
  properties: {
    today: { type: 'string' },
    unit: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } }, required: ['id', 'name'] },
    notifications: {
      type: 'array',
      items: {
        type: 'object',
        properties: { id: { type: 'string' }, ...personSchema, kind: { type: 'string' }, receivedOn: { type: 'string' }, urgent: { type: 'boolean' }, summary: { type: 'string' }, deadlines: deadlineSchema, ...nextSchema },
        required: ['id', 'personId', 'firstNames', 'lastName', 'birthDate', 'kind', 'receivedOn', 'urgent', 'summary', 'deadlines', 'nextDue', 'nextDueKind', 'workingDaysLeft', 'overdue'],
      },
    },
    applications: {
      type: 'array',
      items: {
        type: 'object',
        properties: { id: { type: 'string' }, ...personSchema, kind: { type: 'string' }, receivedOn: { type: 'string' }, status: { type: 'string' }, summary: ns, deadlines: deadlineSchema, ...nextSchema },
        required: ['id', 'personId', 'firstNames', 'lastName', 'birthDate', 'kind', 'receivedOn', 'status', 'summary', 'deadlines', 'nextDue', 'nextDueKind', 'workingDaysLeft', 'overdue'],
      },
    },
  },
  required: ['today', 'unit', 'notifications', 'applications'],
} as const;

const contactSchema = {
  type: 'object',
  properties: { personId: ns, name: ns, phone: ns, relation: { type: 'string' } },
  required: ['personId', 'name', 'phone', 'relation'],
} as const;

export const clientOverviewSchema = {
  type: 'object',
  properties: {
    clients: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          unitId: { type: 'string' },
          unitName: { type: 'string' },
          serviceArea: { type: 'string' },
          startDate: { type: 'string' },
          endDate: ns,
          contacts: { type: 'array', items: contactSchema },
        },
        required: ['id', 'unitId', 'unitName', 'serviceArea', 'startDate', 'endDate', 'contacts'],
      },
    },
    notifications: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          unitId: { type: 'string' },
          kind: { type: 'string' },
          receivedOn: { type: 'string' },
          summary: { type: 'string' },
          urgent: { type: 'boolean' },
          notifier: {
            description: 'Only identityProtected for users who may not see the notifier.',
            type: 'object',
            properties: { personId: ns, name: ns, role: ns, identityProtected: { type: 'boolean' } },
            required: ['identityProtected'],
          },
          deadlines: deadlineSchema,
        },
        required: ['id', 'unitId', 'kind', 'receivedOn', 'summary', 'urgent', 'notifier', 'deadlines'],
      },
    },
    applications: {
      type: 'array',
      items: {
        type: 'object',
        properties: { id: { type: 'string' }, kind: { type: 'string' }, receivedOn: { type: 'string' }, status: { type: 'string' }, summary: ns, deadlines: deadlineSchema },
        required: ['id', 'kind', 'receivedOn', 'status', 'summary', 'deadlines'],
      },
    },
    clientPlans: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          version: { type: 'integer' },
          validFrom: { type: 'string' },
          goals: { type: 'string' },
          measures: { type: 'string' },
          clientParticipated: { type: 'boolean' },
          createdAt: { type: 'string' },
          createdBy: ns,
        },
        required: ['id', 'version', 'validFrom', 'goals', 'measures', 'clientParticipated', 'createdAt', 'createdBy'],
      },
    },
    decisions: {
      description: "Null for users who may not see the client's decisions (family workers).",
      type: ['array', 'null'],
      items: {
        type: 'object',
        properties: { id: { type: 'string' }, kind: { type: 'string' }, decidedOn: { type: 'string' }, text: { type: 'string' }, applicationId: ns, notificationId: ns, decidedBy: ns },
        required: ['id', 'kind', 'decidedOn', 'text', 'applicationId', 'notificationId', 'decidedBy'],
      },
    },
    situation: {
      description: 'Null for users who may not see the situation data (family workers).',
      type: ['array', 'null'],
      items: {
        type: 'object',
        properties: { id: { type: 'string' }, area: { type: 'string' }, recordedOn: { type: 'string' }, text: { type: 'string' } },
        required: ['id', 'area', 'recordedOn', 'text'],
      },
    },
  },
  required: ['clients', 'notifications', 'applications', 'clientPlans', 'decisions', 'situation'],
} as const;

export const narrativeSchema = {
  type: 'object',
  properties: {
    entries: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          unitId: { type: 'string' },
          unitName: { type: 'string' },
          recordedAt: { type: 'string' },
          text: { type: 'string' },
          author: ns,
          correctsId: ns,
          correctionReason: ns,
          correctedById: ns,
        },
        required: ['id', 'unitId', 'unitName', 'recordedAt', 'text', 'author', 'correctsId', 'correctionReason', 'correctedById'],
      },
    },
  },
  required: ['entries'],
} as const;
