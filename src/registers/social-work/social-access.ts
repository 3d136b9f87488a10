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

// Decisions and the notifier's identity are for the social worker (the responsible
// professional); family workers see the client work they take part in.
export const socialActions = {
  clientCreate: defineAction('social-work.Client.CREATE', 'unit', unitRole(SOCIAL_WORKER)),
  clientRead: defineAction('social-work.Client.READ', 'person', personInUnitRole(SOCIAL_WORKER, FAMILY_WORKER)),
  applicationCreate: defineAction('social-work.Application.CREATE', 'unit', unitRole(SOCIAL_WORKER)),
  notificationCreate: defineAction('social-work.Notification.CREATE', 'unit', unitRole(SOCIAL_WORKER)),
  notificationDecide: defineAction('social-work.Notification.DECIDE', 'object', notificationOfUnit),
  notifierRead: defineAction('social-work.Notifier.READ', 'person', personInUnitRole(SOCIAL_WORKER)),
  clientPlanCreate: defineAction('social-work.ClientPlan.CREATE', 'person', personInUnitRole(SOCIAL_WORKER, FAMILY_WORKER)),
  narrativeCreate: defineAction('social-work.NarrativeEntry.CREATE', 'person', personInUnitRole(SOCIAL_WORKER, FAMILY_WORKER)),
  situationCreate: defineAction('social-work.Situation.CREATE', 'person', personInUnitRole(SOCIAL_WORKER)),
  statisticsRead: defineAction('social-work.Statistics.READ', 'none', anyUnitRole(SOCIAL_WORKER)),
};
