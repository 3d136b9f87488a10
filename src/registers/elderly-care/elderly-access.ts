import { anyUnitRole, defineAction, globalRole, personInUnitRole, unitRole } from '../../core/access/actions.ts';
import type { RoleDefinition } from '../../core/access/roles.ts';

export const CARE_WORKER = 'elderly-care.care_worker';
export const SERVICE_COORDINATOR = 'elderly-care.service_coordinator';

export const elderlyRoles: RoleDefinition[] = [
  { id: CARE_WORKER, scope: 'unit', names: { fi: 'Hoitaja', sv: 'Vårdare', en: 'Care worker' } },
  {
    id: SERVICE_COORDINATOR,
    scope: 'global',
    names: { fi: 'Palveluohjaaja', sv: 'Servicehandledare', en: 'Service coordinator' },
  },
];

// Care workers see the clients of their own unit; the service coordinator takes in
// applications and decides services for the whole municipality.
export const elderlyActions = {
  clientCreate: defineAction('elderly-care.Client.CREATE', 'unit', unitRole(CARE_WORKER), globalRole(SERVICE_COORDINATOR)),
  clientRead: defineAction('elderly-care.Client.READ', 'person', personInUnitRole(CARE_WORKER), globalRole(SERVICE_COORDINATOR)),
  applicationCreate: defineAction('elderly-care.Application.CREATE', 'person', globalRole(SERVICE_COORDINATOR)),
  decisionCreate: defineAction('elderly-care.Decision.CREATE', 'person', globalRole(SERVICE_COORDINATOR)),
  servicePlanCreate: defineAction('elderly-care.ServicePlan.CREATE', 'person', personInUnitRole(CARE_WORKER), globalRole(SERVICE_COORDINATOR)),
  careRecordCreate: defineAction('elderly-care.CareRecord.CREATE', 'person', personInUnitRole(CARE_WORKER)),
  providerCreate: defineAction('elderly-care.Provider.CREATE', 'none', globalRole(SERVICE_COORDINATOR)),
  statisticsRead: defineAction('elderly-care.Statistics.READ', 'none', globalRole(SERVICE_COORDINATOR), anyUnitRole(CARE_WORKER)),
};
