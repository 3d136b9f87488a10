import { anyUnitRole, defineAction, personInUnitRole, unitRole, type Rule } from '../../core/access/actions.ts';
import type { RoleDefinition } from '../../core/access/roles.ts';

export const SOCIAL_WORKER = 'social-work.social_worker';
export const FAMILY_WORKER = 'social-work.family_worker';

export const socialRoles: RoleDefinition[] = [
  { id: SOCIAL_WORKER, scope: 'unit', names: { fi: 'Sosiaalityöntekijä', sv: 'Socialarbetare', en: 'Social worker' } },
  { id: FAMILY_WORKER, scope: 'unit', names: { fi: 'Perhetyöntekijä', sv: 'Familjearbetare', en: 'Family worker' } },
];

/** A notification belongs to the unit that received it. */
const notificationOfUnit: Rule = {
  kind: 'custom',
  roles: [SOCIAL_WORKER],
  allowed: async (db, { unitIds, ids }) => {
    if (unitIds.length === 0) return [];
    const rows = await db.selectFrom('social_notification').select('id').where('id', 'in', ids).where('unit_id', 'in', unitIds).execute();
    return rows.map((r) => r.id);
  },
};

/** An application received by the unit. */
const applicationOfUnit: Rule = {
  kind: 'custom',
  roles: [SOCIAL_WORKER],
  allowed: async (db, { unitIds, ids }) => {
    if (unitIds.length === 0) return [];
    const rows = await db.selectFrom('social_application').select('id').where('id', 'in', ids).where('unit_id', 'in', unitIds).execute();
    return rows.map((r) => r.id);
  },
};

/** A decision about a person who is currently a client of the social worker's unit. */
const decisionOfUnitClient: Rule = {
  kind: 'custom',
  roles: [SOCIAL_WORKER],
  allowed: async (db, { unitIds, ids, date }) => {
    if (unitIds.length === 0) return [];
    const rows = await db
      .selectFrom('social_decision as d')
      .innerJoin('social_client as c', 'c.person_id', 'd.person_id')
      .select('d.id')
      .where('d.id', 'in', ids)
      .where('c.unit_id', 'in', unitIds)
      .where('c.start_date', '<=', date)
      .where((eb) => eb.or([eb('c.end_date', 'is', null), eb('c.end_date', '>=', date)]))
      .execute();
    return rows.map((r) => r.id);
  },
};

// Decisions, situation data and the notifier's identity are for the social worker (the
// responsible professional); family workers see the client work they take part in: the
// notifications without the notifier, the plan and the narrative.
export const socialActions = {
  clientCreate: defineAction('social-work.Client.CREATE', 'unit', unitRole(SOCIAL_WORKER)),
  clientRead: defineAction('social-work.Client.READ', 'person', personInUnitRole(SOCIAL_WORKER, FAMILY_WORKER)),
  unitList: defineAction('social-work.Unit.LIST', 'none', anyUnitRole(SOCIAL_WORKER, FAMILY_WORKER)),
  worklistRead: defineAction('social-work.Unit.READ_WORKLIST', 'unit', unitRole(SOCIAL_WORKER)),
  applicationCreate: defineAction('social-work.Application.CREATE', 'unit', unitRole(SOCIAL_WORKER)),
  applicationUpdate: defineAction('social-work.Application.UPDATE', 'object', applicationOfUnit),
  notificationCreate: defineAction('social-work.Notification.CREATE', 'unit', unitRole(SOCIAL_WORKER)),
  notificationDecide: defineAction('social-work.Notification.DECIDE', 'object', notificationOfUnit),
  notifierRead: defineAction('social-work.Notifier.READ', 'person', personInUnitRole(SOCIAL_WORKER)),
  clientPlanCreate: defineAction('social-work.ClientPlan.CREATE', 'person', personInUnitRole(SOCIAL_WORKER, FAMILY_WORKER)),
  decisionCreate: defineAction('social-work.Decision.CREATE', 'person', personInUnitRole(SOCIAL_WORKER)),
  decisionRead: defineAction('social-work.Decision.READ', 'person', personInUnitRole(SOCIAL_WORKER)),
  decisionPrint: defineAction('social-work.Decision.PRINT', 'object', decisionOfUnitClient),
  narrativeRead: defineAction('social-work.NarrativeEntry.READ', 'person', personInUnitRole(SOCIAL_WORKER, FAMILY_WORKER)),
  narrativeCreate: defineAction('social-work.NarrativeEntry.CREATE', 'person', personInUnitRole(SOCIAL_WORKER, FAMILY_WORKER)),
  situationRead: defineAction('social-work.Situation.READ', 'person', personInUnitRole(SOCIAL_WORKER)),
  situationCreate: defineAction('social-work.Situation.CREATE', 'person', personInUnitRole(SOCIAL_WORKER)),
  statisticsRead: defineAction('social-work.Statistics.READ', 'none', anyUnitRole(SOCIAL_WORKER)),
};
