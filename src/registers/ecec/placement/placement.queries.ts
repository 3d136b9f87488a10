// Placements (sijoitus) and placement decisions (sijoituspäätös).
import type { ReadTx, Tx } from '../../../core/db/database.ts';
import { badRequest } from '../../../core/http/errors.ts';
import { addDays } from '../dates.ts';
import { regenerateForPersons } from '../fees/fee-decision.ts';

export const PLACEMENT_TYPES = ['daycare', 'daycare_part_day', 'preschool', 'preschool_daycare', 'club', 'family_daycare'] as const;
export type PlacementType = (typeof PLACEMENT_TYPES)[number];

export interface NewPlacement {
  childId: string;
  unitId: string;
  groupId?: string | null;
  applicationId?: string | null;
  type: PlacementType;
  startDate: string;
  endDate?: string | null;
  hoursPerMonth: number;
  freeHoursPerMonth?: number;
}

const msg = (fi: string, sv: string, en: string) => ({ fi, sv, en });

function isDbError(e: unknown, code: string): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: string }).code === code;
}

/**
 * Inserts a placement and its placement decision, and regenerates the fee decisions of the
 * child's family from the start date. Overlapping placements of a child are refused.
 */
export async function createPlacement(tx: Tx, p: NewPlacement, ctx: { today: string; userId: string | null }) {
  if (p.endDate && p.endDate < p.startDate) {
    throw badRequest('invalid_range', msg('Alkupäivä on loppupäivän jälkeen.', 'Startdatumet är efter slutdatumet.', 'The start date is after the end date.'));
  }
  const free = p.type === 'preschool' || p.type === 'club' ? p.hoursPerMonth : (p.freeHoursPerMonth ?? 0);
  if (p.type === 'preschool_daycare' && p.freeHoursPerMonth === undefined) {
    throw badRequest('free_hours_required', msg(
      'Esiopetuksen ja liittyvän varhaiskasvatuksen sijoitukselle on annettava maksuttomat esiopetustunnit.',
      'För förskola med kompletterande småbarnspedagogik ska de avgiftsfria förskoletimmarna anges.',
      'A preschool with connected ECEC placement needs its free preschool hours.',
    ));
  }
  if (free > p.hoursPerMonth) {
    throw badRequest('invalid_free_hours', msg('Maksuttomia tunteja on enemmän kuin tunteja.', 'Fler avgiftsfria timmar än timmar.', 'More free hours than hours.'));
  }
  const unit = await tx.selectFrom('ecec_unit').select('unit_id').where('unit_id', '=', p.unitId).executeTakeFirst();
  if (!unit) throw badRequest('unknown_unit', msg('Yksikköä ei ole.', 'Enheten finns inte.', 'No such unit.'));
  if (p.groupId) {
    const g = await tx.selectFrom('ecec_group').select('id').where('id', '=', p.groupId).where('unit_id', '=', p.unitId).executeTakeFirst();
    if (!g) throw badRequest('unknown_group', msg('Ryhmä ei kuulu yksikköön.', 'Gruppen hör inte till enheten.', 'The group is not in the unit.'));
  }
  let id: string;
  try {
    const row = await tx
      .insertInto('ecec_placement')
      .values({
        child_id: p.childId,
        unit_id: p.unitId,
        group_id: p.groupId ?? null,
        application_id: p.applicationId ?? null,
        type: p.type,
        start_date: p.startDate,
        end_date: p.endDate ?? null,
        hours_per_month: p.hoursPerMonth,
        free_hours_per_month: free,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    id = row.id;
  } catch (e) {
    if (isDbError(e, '23P01')) {
      throw badRequest('overlapping_placement', msg(
        'Lapsella on jo sijoitus samalle ajalle.',
        'Barnet har redan en placering för samma tid.',
        'The child already has a placement for the same period.',
      ));
    }
    throw e;
  }
  const language = await placementDecisionLanguage(tx, p.childId, p.unitId, p.startDate);
  const decision = await tx
    .insertInto('ecec_placement_decision')
    .values({ placement_id: id, application_id: p.applicationId ?? null, decision_date: ctx.today, decided_by: ctx.userId, language })
    .returning('id')
    .executeTakeFirstOrThrow();
  const fees = await regenerateForPersons(tx, { personIds: [p.childId], from: p.startDate, decisionDate: ctx.today });
  return { id, decisionId: decision.id, feeDecisionIds: fees.feeDecisionIds, voucherValueDecisionIds: fees.voucherDecisionIds, feesMissingFiguresFrom: fees.missingFiguresFrom };
}

/**
 * The family's language for the decision: Swedish when a guardian of the child has Swedish as
 * contact language or the unit is Swedish-speaking (eVaka decides by the unit), otherwise Finnish.
 */
async function placementDecisionLanguage(db: ReadTx, childId: string, unitId: string, date: string): Promise<'fi' | 'sv'> {
  const u = await db.selectFrom('ecec_unit').select('language').where('unit_id', '=', unitId).executeTakeFirst();
  if (u?.language === 'sv') return 'sv';
  const sv = await db
    .selectFrom('person_relationship as r')
    .innerJoin('person as g', 'g.id', 'r.person_id')
    .select('g.id')
    .where('r.kind', '=', 'guardian')
    .where('r.related_person_id', '=', childId)
    .where('r.valid_from', '<=', date)
    .where((eb) => eb.or([eb('r.valid_to', 'is', null), eb('r.valid_to', '>=', date)]))
    .where('g.contact_language', '=', 'sv')
    .executeTakeFirst();
  return sv ? 'sv' : 'fi';
}

/**
 * Changes the service need from a date: the placement ends the day before and a new one with
 * the new hours continues, so that both periods stay on record.
 */
export async function changeServiceNeed(tx: Tx, placementId: string, input: { from: string; hoursPerMonth: number; freeHoursPerMonth?: number }, ctx: { today: string; userId: string | null }) {
  const p = await tx.selectFrom('ecec_placement').selectAll().where('id', '=', placementId).executeTakeFirst();
  if (!p) return null;
  if (input.from <= p.start_date || (p.end_date !== null && input.from > p.end_date)) {
    throw badRequest('date_outside_placement', msg('Muutospäivä ei ole sijoituksen aikana.', 'Ändringsdagen ligger inte inom placeringen.', 'The change date is not within the placement.'));
  }
  await tx.updateTable('ecec_placement').set({ end_date: addDays(input.from, -1) }).where('id', '=', placementId).execute();
  return createPlacement(
    tx,
    {
      childId: p.child_id,
      unitId: p.unit_id,
      groupId: p.group_id,
      applicationId: p.application_id,
      type: p.type as PlacementType,
      startDate: input.from,
      endDate: p.end_date,
      hoursPerMonth: input.hoursPerMonth,
      freeHoursPerMonth: input.freeHoursPerMonth ?? Number(p.free_hours_per_month),
    },
    ctx,
  );
}

export async function getChildPlacements(db: ReadTx, childId: string) {
  const placements = await db
    .selectFrom('ecec_placement as p')
    .innerJoin('organisation_unit as o', 'o.id', 'p.unit_id')
    .select([
      'p.id',
      'p.unit_id as unitId',
      'o.name as unitName',
      'p.group_id as groupId',
      'p.type',
      'p.start_date as startDate',
      'p.end_date as endDate',
      'p.hours_per_month as hoursPerMonth',
      'p.free_hours_per_month as freeHoursPerMonth',
      'p.application_id as applicationId',
    ])
    .where('p.child_id', '=', childId)
    .orderBy('p.start_date')
    .execute();
  const decisions = placements.length
    ? await db
        .selectFrom('ecec_placement_decision')
        .select(['id', 'decision_number as decisionNumber', 'placement_id as placementId', 'decision_date as decisionDate', 'language'])
        .where('placement_id', 'in', placements.map((p) => p.id))
        .execute()
    : [];
  return placements.map((p) => ({ ...p, decisions: decisions.filter((d) => d.placementId === p.id) }));
}
