import { defineRoute, type RouteDefinition } from '../../../core/http/route.ts';
import { badRequest, notFoundOrDenied } from '../../../core/http/errors.ts';
import type { Updateable } from 'kysely';
import type { Tx } from '../../../core/db/database.ts';
import type { DB } from '../../../core/db/schema.generated.ts';
import { actions } from '../access.ts';
import { DATASET } from '../datasets.ts';
import { date, idParams, nullableDate, uuid } from '../schemas.ts';
import { applicationDetailsSchema, childApplicationsSchema } from './application.schemas.ts';
import { createPlacement, type PlacementType } from '../placement/placement.queries.ts';
import { APPLICATION_TYPES, APPLICATION_STATUSES, STATUS_FLOW, calculateDueDate, type ApplicationStatus } from './application.ts';
import { getApplication, getApplicationDetails, getChildApplications, getUnitQueue, insertApplication, type Application, type NewApplication } from './application.queries.ts';
import { addDays, maxDate } from '../dates.ts';

const tags = ['ecec'];
const msg = (fi: string, sv: string, en: string) => ({ fi, sv, en });
const hours = { type: 'number', minimum: 0, maximum: 744 } as const;

async function load(tx: Tx, id: string, today: string): Promise<Application> {
  const a = await getApplication(tx, id, today);
  if (!a) throw notFoundOrDenied();
  return a;
}

function placementTypeOf(a: Application, hoursPerMonth: number): PlacementType {
  switch (a.type) {
    case 'preschool':
      return 'preschool';
    case 'preschool_daycare':
      return 'preschool_daycare';
    case 'club':
      return 'club';
    default:
      return hoursPerMonth <= 86 ? 'daycare_part_day' : 'daycare';
  }
}

export const applicationRoutes: RouteDefinition[] = [
  defineRoute<Omit<NewApplication, 'sentDate'> & { sentDate?: string }>({
    method: 'POST',
    url: '/ecec/applications',
    summary: 'Record an application (ECEC, preschool, preschool + ECEC, club, transfer) with up to 3 preferred units',
    tags,
    action: actions.applicationCreate.name,
    audit: 'EcecApplicationCreate',
    datasetId: DATASET.applications,
    target: ({ body }) => [body.childId],
    schema: {
      body: {
        type: 'object',
        properties: {
          childId: uuid,
          guardianId: uuid,
          type: { type: 'string', enum: [...APPLICATION_TYPES] },
          sentDate: date,
          preferredStartDate: date,
          hoursPerMonth: { type: ['number', 'null'], minimum: 1, maximum: 744 },
          urgent: { type: 'boolean' },
          attachmentReceivedDate: nullableDate,
          siblingBasis: { type: 'boolean' },
          siblingId: { type: ['string', 'null'], pattern: uuid.pattern },
          preferredUnitIds: { type: 'array', items: uuid, minItems: 1, maxItems: 3, uniqueItems: true },
          dueDate: nullableDate,
        },
        required: ['childId', 'guardianId', 'type', 'preferredStartDate', 'preferredUnitIds'],
        additionalProperties: false,
      },
    },
    handler: async ({ tx, body, clock, audit, reply }) => {
      const r = await insertApplication(tx, { ...body, sentDate: body.sentDate ?? clock.today() });
      audit.persons([body.guardianId, ...(r.otherGuardianId ? [r.otherGuardianId] : []), ...(body.siblingId ? [body.siblingId] : [])]);
      audit.objects([r.id]);
      reply.status(201);
      return { application: await load(tx, r.id, clock.today()) };
    },
  }),
  defineRoute<unknown, unknown, { id: string }>({
    method: 'GET',
    url: '/ecec/applications/:id',
    summary: 'An application with its due date, place-guarantee alert, the names of the child and guardians, the units and the placement made from it',
    tags,
    action: actions.applicationRead.name,
    audit: 'EcecApplicationRead',
    datasetId: DATASET.applications,
    target: ({ params }) => [params.id],
    schema: { params: idParams, response: { 200: applicationDetailsSchema } },
    handler: async ({ tx, params, clock, audit }) => {
      const d = await getApplicationDetails(tx, params.id, clock.today());
      if (!d) throw notFoundOrDenied();
      const a = d.application;
      audit.persons([a.childId, a.guardianId, ...(a.otherGuardianId ? [a.otherGuardianId] : []), ...(a.siblingId ? [a.siblingId] : [])]);
      return d;
    },
  }),
  defineRoute<unknown, unknown, { id: string }>({
    method: 'GET',
    url: '/ecec/children/:id/applications',
    summary: "A child's applications that the user may see, newest first",
    tags,
    action: actions.childRead.name,
    audit: 'EcecApplicationList',
    datasetId: DATASET.applications,
    target: ({ params }) => [params.id],
    schema: { params: idParams, response: { 200: childApplicationsSchema } },
    handler: async ({ tx, params, clock, allowed }) => {
      const all = await getChildApplications(tx, params.id, clock.today());
      // Unit supervisors see only the applications that name their unit.
      const ok = await allowed(actions.applicationRead.name, all.map((a) => a.id));
      return { applications: all.filter((a) => ok.has(a.id)) };
    },
  }),
  defineRoute<{ urgent: boolean; attachmentReceivedDate?: string | null }, unknown, { id: string }>({
    method: 'POST',
    url: '/ecec/applications/:id/urgency',
    summary: 'Mark an application urgent (work or studies) or not; the due date is recalculated from today unless set by hand',
    tags,
    action: actions.applicationUpdate.name,
    audit: 'EcecApplicationUpdate',
    datasetId: DATASET.applications,
    target: ({ params }) => [params.id],
    schema: {
      params: idParams,
      body: { type: 'object', properties: { urgent: { type: 'boolean' }, attachmentReceivedDate: nullableDate }, required: ['urgent'], additionalProperties: false },
    },
    handler: async ({ tx, params, body, clock, audit }) => {
      const a = await load(tx, params.id, clock.today());
      if (STATUS_FLOW[a.status].length === 0) throw closed();
      const attachment = body.attachmentReceivedDate === undefined ? a.attachmentReceivedDate : body.attachmentReceivedDate;
      // An application that becomes urgent later is counted from the current day (eVaka).
      const base = a.urgent === body.urgent ? a.sentDate : maxDate(a.sentDate, clock.today());
      const dueDate = a.dueDateSetManually
        ? a.dueDate
        : calculateDueDate({ type: a.type, sentDate: base, urgent: body.urgent, attachmentReceivedDate: attachment, preferredStartDate: a.preferredStartDate });
      await tx
        .updateTable('ecec_application')
        .set({ urgent: body.urgent, attachment_received_date: attachment, due_date: dueDate, updated_at: clock.now() })
        .where('id', '=', a.id)
        .execute();
      audit.persons([a.childId]);
      return { application: await load(tx, a.id, clock.today()) };
    },
  }),
  defineRoute<{ consent: 'given' | 'refused' }, unknown, { id: string }>({
    method: 'POST',
    url: '/ecec/applications/:id/other-guardian-consent',
    summary: "Record the other guardian's consent when the guardians live apart",
    tags,
    action: actions.applicationUpdate.name,
    audit: 'EcecApplicationUpdate',
    datasetId: DATASET.applications,
    target: ({ params }) => [params.id],
    schema: { params: idParams, body: { type: 'object', properties: { consent: { type: 'string', enum: ['given', 'refused'] } }, required: ['consent'], additionalProperties: false } },
    handler: async ({ tx, params, body, clock, audit }) => {
      const a = await load(tx, params.id, clock.today());
      if (!a.otherGuardianId) {
        throw badRequest('no_other_guardian', msg('Hakemus ei tarvitse toisen huoltajan suostumusta.', 'Ansökan kräver inte den andra vårdnadshavarens samtycke.', "The application needs no other guardian's consent."));
      }
      await tx.updateTable('ecec_application').set({ other_guardian_consent: body.consent, updated_at: clock.now() }).where('id', '=', a.id).execute();
      audit.persons([a.childId, a.otherGuardianId]);
      return { application: await load(tx, a.id, clock.today()) };
    },
  }),
  defineRoute<StatusChange, unknown, { id: string }>({
    method: 'POST',
    url: '/ecec/applications/:id/status',
    summary:
      'Move an application: sent → processing → placement proposal (unit, group, dates, service need) → accepted (creates the placement and its decision) or rejected (with grounds)',
    tags,
    action: actions.applicationUpdate.name,
    audit: 'EcecApplicationUpdate',
    datasetId: DATASET.applications,
    purpose: 'decision',
    target: ({ params }) => [params.id],
    schema: {
      params: idParams,
      body: {
        type: 'object',
        properties: {
          status: { type: 'string', enum: [...APPLICATION_STATUSES] },
          unitId: uuid,
          groupId: { type: ['string', 'null'], pattern: uuid.pattern },
          startDate: date,
          endDate: nullableDate,
          hoursPerMonth: hours,
          freeHoursPerMonth: hours,
          reason: { type: 'string', maxLength: 2000 },
        },
        required: ['status'],
        additionalProperties: false,
      },
    },
    handler: async ({ tx, params, body, clock, user, audit }) => {
      const a = await load(tx, params.id, clock.today());
      audit.persons([a.childId]);
      if (!STATUS_FLOW[a.status].includes(body.status)) {
        throw badRequest('invalid_status_change', msg('Hakemuksen tilaa ei voi muuttaa näin.', 'Ansökans status kan inte ändras så.', 'The application status cannot change this way.'), {
          from: a.status,
          to: body.status,
        });
      }
      const set: Updateable<DB['ecec_application']> = { status: body.status, updated_at: clock.now() };
      let placementId: string | null = null;
      // The first day without a fee decision because the official figures are not entered yet.
      let feesMissingFiguresFrom: string | null = null;
      if (body.status === 'placement_proposal') {
        const p = await validateProposal(tx, a, body);
        set.proposed_unit_id = p.unitId;
        set.proposed_group_id = p.groupId;
        set.proposed_start_date = p.startDate;
        set.proposed_end_date = p.endDate;
        set.proposed_hours_per_month = p.hoursPerMonth;
        set.proposed_free_hours_per_month = p.freeHoursPerMonth;
      }
      if (body.status === 'rejected') {
        const reason = body.reason?.trim();
        if (!reason) {
          throw badRequest('reason_required', msg(
            'Hylkäävä päätös on perusteltava: kirjoita hylkäyksen syy.',
            'Ett avslagsbeslut ska motiveras: skriv grunden för avslaget.',
            'A rejection must state its grounds: write the reason.',
          ));
        }
        set.rejection_reason = reason;
      }
      if (body.status === 'accepted') {
        const hoursPerMonth = body.hoursPerMonth ?? a.proposedHoursPerMonth ?? a.hoursPerMonth;
        if (hoursPerMonth == null) throw hoursRequired();
        const freeHours = body.freeHoursPerMonth ?? a.proposedFreeHoursPerMonth ?? undefined;
        const startDate = a.proposedStartDate!;
        if (a.type === 'transfer') {
          // A transfer ends the current placement the day before the new one starts.
          await tx
            .updateTable('ecec_placement')
            .set({ end_date: addDays(startDate, -1) })
            .where('child_id', '=', a.childId)
            .where('start_date', '<', startDate)
            .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', startDate)]))
            .execute();
        }
        const p = await createPlacement(
          tx,
          {
            childId: a.childId,
            unitId: a.proposedUnitId!,
            groupId: body.groupId !== undefined ? body.groupId : a.proposedGroupId,
            applicationId: a.id,
            type: placementTypeOf(a, hoursPerMonth),
            startDate,
            endDate: a.proposedEndDate,
            hoursPerMonth,
            ...(freeHours != null ? { freeHoursPerMonth: freeHours } : {}),
          },
          { today: clock.today(), userId: user?.userId ?? null },
        );
        placementId = p.id;
        feesMissingFiguresFrom = p.feesMissingFiguresFrom;
        audit.objects([p.id, p.decisionId, ...p.feeDecisionIds]);
      }
      await tx.updateTable('ecec_application').set(set).where('id', '=', a.id).execute();
      return { application: await load(tx, a.id, clock.today()), placementId, feesMissingFiguresFrom };
    },
  }),
  defineRoute<unknown, unknown, { id: string }>({
    method: 'GET',
    url: '/ecec/units/:id/queue',
    summary: "The unit's application queue ordered by due date, with place-guarantee alerts",
    tags,
    action: actions.queueRead.name,
    audit: 'EcecApplicationQueueRead',
    datasetId: DATASET.applications,
    target: ({ params }) => [params.id],
    schema: { params: idParams },
    handler: async ({ tx, params, clock, audit }) => {
      const queue = await getUnitQueue(tx, params.id, clock.today());
      audit.persons(queue.map((q) => q.childId));
      return { queue, placeGuaranteeAtRisk: queue.filter((q) => q.placeGuaranteeAtRisk).length };
    },
  }),
];

const hoursRequired = () =>
  badRequest('hours_required', msg('Palveluntarve (tuntia kuukaudessa) puuttuu.', 'Servicebehovet (timmar per månad) saknas.', 'The service need (hours per month) is missing.'));

interface StatusChange {
  status: ApplicationStatus;
  unitId?: string;
  groupId?: string | null;
  startDate?: string;
  endDate?: string | null;
  hoursPerMonth?: number;
  freeHoursPerMonth?: number;
  /** Grounds of a rejection. */
  reason?: string;
}

/**
 * Checks a placement proposal before it is recorded, so that the handler hears now, not at
 * acceptance, what would stop the placement: the consent of a guardian living apart, a group
 * outside the unit, a missing service need, or another placement of the child at that time.
 */
async function validateProposal(tx: Tx, a: Application, body: StatusChange) {
  if (!body.unitId || !body.startDate) {
    throw badRequest('proposal_incomplete', msg('Sijoitusehdotukseen tarvitaan yksikkö ja alkupäivä.', 'Placeringsförslaget kräver enhet och startdatum.', 'A placement proposal needs a unit and a start date.'));
  }
  if (a.otherGuardianConsent === 'pending' || a.otherGuardianConsent === 'refused') {
    throw badRequest('other_guardian_consent_missing', msg(
      'Eri osoitteissa asuvan toisen huoltajan suostumus puuttuu.',
      'Samtycke saknas från den andra vårdnadshavaren som bor på en annan adress.',
      'The consent of the other guardian living apart is missing.',
    ));
  }
  const { unitId, startDate } = body;
  const endDate = body.endDate ?? null;
  const unit = await tx.selectFrom('ecec_unit').select('unit_id').where('unit_id', '=', unitId).executeTakeFirst();
  if (!unit) throw badRequest('unknown_unit', msg('Yksikköä ei ole.', 'Enheten finns inte.', 'No such unit.'));
  if (endDate !== null && endDate < startDate) {
    throw badRequest('invalid_range', msg('Alkupäivä on loppupäivän jälkeen.', 'Startdatumet är efter slutdatumet.', 'The start date is after the end date.'));
  }
  const groupId = body.groupId ?? null;
  if (groupId) {
    const g = await tx
      .selectFrom('ecec_group')
      .select('id')
      .where('id', '=', groupId)
      .where('unit_id', '=', unitId)
      .where('start_date', '<=', startDate)
      .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', startDate)]))
      .executeTakeFirst();
    if (!g) {
      throw badRequest('unknown_group', msg(
        'Ryhmä ei kuulu yksikköön tai ei toimi aloituspäivänä.',
        'Gruppen hör inte till enheten eller är inte verksam på startdagen.',
        'The group is not in the unit or does not run on the start date.',
      ));
    }
  }
  const hoursPerMonth = body.hoursPerMonth ?? a.hoursPerMonth;
  if (hoursPerMonth == null) throw hoursRequired();
  const freeHoursPerMonth = body.freeHoursPerMonth ?? null;
  if (a.type === 'preschool_daycare' && freeHoursPerMonth === null) {
    throw badRequest('free_hours_required', msg(
      'Esiopetuksen ja liittyvän varhaiskasvatuksen sijoitukselle on annettava maksuttomat esiopetustunnit.',
      'För förskola med kompletterande småbarnspedagogik ska de avgiftsfria förskoletimmarna anges.',
      'A preschool with connected ECEC placement needs its free preschool hours.',
    ));
  }
  if (freeHoursPerMonth !== null && freeHoursPerMonth > hoursPerMonth) {
    throw badRequest('invalid_free_hours', msg('Maksuttomia tunteja on enemmän kuin tunteja.', 'Fler avgiftsfria timmar än timmar.', 'More free hours than hours.'));
  }
  // A transfer ends the placement that began before it; any other overlap is a conflict.
  const overlapping = await tx
    .selectFrom('ecec_placement')
    .select('id')
    .where('child_id', '=', a.childId)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', startDate)]))
    .$if(endDate !== null, (q) => q.where('start_date', '<=', endDate!))
    .$if(a.type === 'transfer', (q) => q.where('start_date', '>=', startDate))
    .executeTakeFirst();
  if (overlapping) {
    throw badRequest('overlapping_placement', msg(
      'Lapsella on jo sijoitus samalle ajalle.',
      'Barnet har redan en placering för samma tid.',
      'The child already has a placement for the same period.',
    ));
  }
  return { unitId, groupId, startDate, endDate, hoursPerMonth, freeHoursPerMonth };
}

const closed = () => badRequest('application_closed', msg('Hakemus on jo käsitelty.', 'Ansökan är redan behandlad.', 'The application is already closed.'));
