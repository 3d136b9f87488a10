import { sql } from 'kysely';
import type { ReadTx, Tx } from '../../../core/db/database.ts';
import { badRequest } from '../../../core/http/errors.ts';
import { calculateDueDate, placeGuaranteeAtRisk, type ApplicationStatus, type ApplicationType } from './application.ts';

export interface NewApplication {
  childId: string;
  guardianId: string;
  type: ApplicationType;
  sentDate: string;
  preferredStartDate: string;
  hoursPerMonth?: number | null;
  urgent?: boolean;
  attachmentReceivedDate?: string | null;
  siblingBasis?: boolean;
  siblingId?: string | null;
  preferredUnitIds: string[];
  /** A due date set by hand is never recalculated. */
  dueDate?: string | null;
}

const validOn = (date: string) => sql<boolean>`r.valid_from <= ${date}::date and (r.valid_to is null or r.valid_to >= ${date}::date)`;

export async function guardiansOf(db: ReadTx, childId: string, date: string): Promise<string[]> {
  const rows = await db
    .selectFrom('person_relationship as r')
    .select('r.person_id')
    .where('r.kind', '=', 'guardian')
    .where('r.related_person_id', '=', childId)
    .where(validOn(date))
    .execute();
  return [...new Set(rows.map((r) => r.person_id))];
}

async function currentAddress(db: ReadTx, personId: string, date: string) {
  const a = await db
    .selectFrom('person_address')
    .select(['street_address', 'postal_code'])
    .where('person_id', '=', personId)
    .where('valid_from', '<=', date)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', date)]))
    .orderBy('valid_from', 'desc')
    .executeTakeFirst();
  return a ? `${a.street_address.trim().toLowerCase()}|${a.postal_code ?? ''}` : null;
}

const msg = (fi: string, sv: string, en: string) => ({ fi, sv, en });

export async function insertApplication(tx: Tx, a: NewApplication): Promise<{ id: string; otherGuardianId: string | null }> {
  const guardians = await guardiansOf(tx, a.childId, a.sentDate);
  if (!guardians.includes(a.guardianId)) {
    throw badRequest('not_guardian', msg('Hakija ei ole lapsen huoltaja.', 'Sökanden är inte barnets vårdnadshavare.', 'The applicant is not a guardian of the child.'));
  }
  if (a.siblingBasis && !a.siblingId) {
    throw badRequest('sibling_required', msg('Sisarusperusteelle on annettava sisarus.', 'För syskonförtur ska syskonet anges.', 'The sibling basis needs the sibling.'));
  }
  const units = await tx.selectFrom('ecec_unit').select('unit_id').where('unit_id', 'in', a.preferredUnitIds).execute();
  if (units.length !== new Set(a.preferredUnitIds).size) {
    throw badRequest('unknown_unit', msg('Hakutoiveissa on tuntematon yksikkö.', 'Önskemålen innehåller en okänd enhet.', 'A preferred unit does not exist.'));
  }
  // Guardians living apart: the other guardian must consent (eVaka "otherGuardianAgreementStatus").
  let otherGuardianId: string | null = null;
  const own = await currentAddress(tx, a.guardianId, a.sentDate);
  for (const g of guardians.filter((g) => g !== a.guardianId)) {
    if ((await currentAddress(tx, g, a.sentDate)) !== own) otherGuardianId = g;
  }
  const urgent = a.urgent ?? false;
  const computed = calculateDueDate({
    type: a.type,
    sentDate: a.sentDate,
    urgent,
    attachmentReceivedDate: a.attachmentReceivedDate ?? null,
    preferredStartDate: a.preferredStartDate,
  });
  const row = await tx
    .insertInto('ecec_application')
    .values({
      child_id: a.childId,
      guardian_id: a.guardianId,
      type: a.type,
      sent_date: a.sentDate,
      preferred_start_date: a.preferredStartDate,
      hours_per_month: a.hoursPerMonth ?? null,
      urgent,
      attachment_received_date: a.attachmentReceivedDate ?? null,
      sibling_basis: a.siblingBasis ?? false,
      sibling_id: a.siblingId ?? null,
      other_guardian_id: otherGuardianId,
      other_guardian_consent: otherGuardianId ? 'pending' : null,
      due_date: a.dueDate ?? computed,
      due_date_set_manually: a.dueDate != null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('ecec_application_unit')
    .values(a.preferredUnitIds.map((unitId, i) => ({ application_id: row.id, unit_id: unitId, priority: i + 1 })))
    .execute();
  return { id: row.id, otherGuardianId };
}

export async function getApplication(db: ReadTx, id: string, today: string) {
  const a = await db.selectFrom('ecec_application').selectAll().where('id', '=', id).executeTakeFirst();
  if (!a) return null;
  const units = await db
    .selectFrom('ecec_application_unit')
    .select(['unit_id', 'priority'])
    .where('application_id', '=', id)
    .orderBy('priority')
    .execute();
  return {
    id: a.id,
    childId: a.child_id,
    guardianId: a.guardian_id,
    type: a.type as ApplicationType,
    status: a.status as ApplicationStatus,
    sentDate: a.sent_date,
    preferredStartDate: a.preferred_start_date,
    hoursPerMonth: a.hours_per_month,
    urgent: a.urgent,
    attachmentReceivedDate: a.attachment_received_date,
    siblingBasis: a.sibling_basis,
    siblingId: a.sibling_id,
    otherGuardianId: a.other_guardian_id,
    otherGuardianConsent: a.other_guardian_consent,
    dueDate: a.due_date,
    dueDateSetManually: a.due_date_set_manually,
    proposedUnitId: a.proposed_unit_id,
    proposedGroupId: a.proposed_group_id,
    proposedStartDate: a.proposed_start_date,
    proposedEndDate: a.proposed_end_date,
    proposedHoursPerMonth: a.proposed_hours_per_month,
    proposedFreeHoursPerMonth: a.proposed_free_hours_per_month,
    rejectionReason: a.rejection_reason,
    preferredUnitIds: units.map((u) => u.unit_id),
    placeGuaranteeAtRisk: placeGuaranteeAtRisk({ status: a.status as ApplicationStatus, dueDate: a.due_date }, today),
  };
}
export type Application = NonNullable<Awaited<ReturnType<typeof getApplication>>>;

/** The unit's queue: open applications that name it, ordered by due date (none last), then by sending. */
export async function getUnitQueue(db: ReadTx, unitId: string, today: string) {
  const rows = await db
    .selectFrom('ecec_application_unit as u')
    .innerJoin('ecec_application as a', 'a.id', 'u.application_id')
    .innerJoin('person as c', 'c.id', 'a.child_id')
    .select([
      'a.id',
      'a.child_id as childId',
      'c.first_names as firstNames',
      'c.last_name as lastName',
      'c.birth_date as birthDate',
      'a.type',
      'a.status',
      'u.priority',
      'a.sent_date as sentDate',
      'a.preferred_start_date as preferredStartDate',
      'a.due_date as dueDate',
      'a.urgent',
      'a.sibling_basis as siblingBasis',
    ])
    .where('u.unit_id', '=', unitId)
    .where('a.status', 'in', ['sent', 'processing', 'placement_proposal'])
    .orderBy(sql`a.due_date asc nulls last`)
    .orderBy('a.sent_date')
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({ ...r, placeGuaranteeAtRisk: placeGuaranteeAtRisk({ status: r.status as ApplicationStatus, dueDate: r.dueDate }, today) }));
}

/** Names of the people on an application; addresses are never part of it (turvakielto). */
async function personNames(db: ReadTx, ids: string[]) {
  if (ids.length === 0) return new Map<string, { id: string; firstNames: string; lastName: string; birthDate: string }>();
  const rows = await db
    .selectFrom('person')
    .select(['id', 'first_names as firstNames', 'last_name as lastName', 'birth_date as birthDate'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * An application with what a handler needs to process it: the names of the child and the
 * guardians, the preferred and proposed units by name, and the placement made from it.
 */
export async function getApplicationDetails(db: ReadTx, id: string, today: string) {
  const application = await getApplication(db, id, today);
  if (!application) return null;
  const a = application;
  const people = await personNames(db, [a.childId, a.guardianId, a.otherGuardianId, a.siblingId].filter((x): x is string => !!x));
  const unitIds = [...new Set([...a.preferredUnitIds, ...(a.proposedUnitId ? [a.proposedUnitId] : [])])];
  const units = await db.selectFrom('organisation_unit').select(['id', 'name']).where('id', 'in', unitIds).execute();
  const unitName = (u: string) => units.find((x) => x.id === u)?.name ?? '';
  const group = a.proposedGroupId ? await db.selectFrom('ecec_group').select(['id', 'name']).where('id', '=', a.proposedGroupId).executeTakeFirst() : undefined;
  const placement = await db
    .selectFrom('ecec_placement')
    .select(['id', 'start_date as startDate'])
    .where('application_id', '=', id)
    .orderBy('start_date')
    .executeTakeFirst();
  const person = (pid: string | null) => (pid ? (people.get(pid) ?? null) : null);
  return {
    application,
    child: person(a.childId)!,
    guardian: person(a.guardianId)!,
    otherGuardian: person(a.otherGuardianId),
    sibling: person(a.siblingId),
    preferredUnits: a.preferredUnitIds.map((u, i) => ({ id: u, name: unitName(u), priority: i + 1 })),
    proposedUnit: a.proposedUnitId ? { id: a.proposedUnitId, name: unitName(a.proposedUnitId) } : null,
    proposedGroup: group ?? null,
    placementId: placement?.id ?? null,
  };
}

/** A child's applications, newest first. */
export async function getChildApplications(db: ReadTx, childId: string, today: string) {
  const rows = await db
    .selectFrom('ecec_application as a')
    .leftJoin('organisation_unit as o', (j) =>
      j.on(sql<boolean>`o.id = coalesce(a.proposed_unit_id, (select u.unit_id from ecec_application_unit u where u.application_id = a.id and u.priority = 1))`),
    )
    .select(['a.id', 'a.type', 'a.status', 'a.sent_date as sentDate', 'a.preferred_start_date as preferredStartDate', 'a.due_date as dueDate', 'o.name as unitName'])
    .where('a.child_id', '=', childId)
    .orderBy('a.sent_date', 'desc')
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({ ...r, placeGuaranteeAtRisk: placeGuaranteeAtRisk({ status: r.status as ApplicationStatus, dueDate: r.dueDate }, today) }));
}
