import { anyUnitRole, defineAction, globalRole, personInUnitRole, unitRole, type Rule } from '../../core/access/actions.ts';
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

/** A service decision about a person who is a client of a unit where the user is a care worker. */
const decisionOfUnitClient: Rule = {
  kind: 'custom',
  roles: [CARE_WORKER],
  allowed: async (db, { unitIds, ids, date }) => {
    if (unitIds.length === 0) return [];
    const rows = await db
      .selectFrom('elderly_service_decision as d')
      .innerJoin('elderly_client as c', 'c.person_id', 'd.person_id')
      .select('d.id')
      .where('d.id', 'in', ids)
      .where('c.unit_id', 'in', unitIds)
      .where('c.start_date', '<=', date)
      .where((eb) => eb.or([eb('c.end_date', 'is', null), eb('c.end_date', '>=', date)]))
      .execute();
    return rows.map((r) => r.id);
  },
};

/**
 * The service coordinator handles applications of people who are not clients yet, so they may
 * open the person card of anyone with an elderly-services application or client relationship,
 * and of nobody else.
 */
export const coordinatorPersonRead: Rule = {
  kind: 'custom',
  roles: [SERVICE_COORDINATOR],
  allowed: async (db, { ids }) => {
    const rows = await db
      .selectFrom('elderly_application')
      .select('person_id')
      .where('person_id', 'in', ids)
      .union(db.selectFrom('elderly_client').select('person_id').where('person_id', 'in', ids))
      .execute();
    return rows.map((r) => r.person_id);
  },
};

// Care workers see the clients of their own unit and write their care records; the service
// coordinator takes in applications, decides services and fees and invoices them for the whole
// municipality. Fees and invoices are the coordinator's alone: care workers do not need a
// client's income to give care.
export const elderlyActions = {
  clientCreate: defineAction('elderly-care.Client.CREATE', 'unit', unitRole(CARE_WORKER), globalRole(SERVICE_COORDINATOR)),
  clientRead: defineAction('elderly-care.Client.READ', 'person', personInUnitRole(CARE_WORKER), globalRole(SERVICE_COORDINATOR)),
  unitList: defineAction('elderly-care.Unit.LIST', 'none', globalRole(SERVICE_COORDINATOR), anyUnitRole(CARE_WORKER)),
  unitClientsRead: defineAction('elderly-care.Unit.READ_CLIENTS', 'unit', unitRole(CARE_WORKER), globalRole(SERVICE_COORDINATOR)),
  applicationCreate: defineAction('elderly-care.Application.CREATE', 'person', globalRole(SERVICE_COORDINATOR)),
  applicationList: defineAction('elderly-care.Application.LIST', 'none', globalRole(SERVICE_COORDINATOR)),
  applicationUpdate: defineAction('elderly-care.Application.UPDATE', 'object', globalRole(SERVICE_COORDINATOR)),
  decisionCreate: defineAction('elderly-care.Decision.CREATE', 'person', globalRole(SERVICE_COORDINATOR)),
  decisionPrint: defineAction('elderly-care.Decision.PRINT', 'object', globalRole(SERVICE_COORDINATOR), decisionOfUnitClient),
  feeDecisionPrint: defineAction('elderly-care.FeeDecision.PRINT', 'object', globalRole(SERVICE_COORDINATOR)),
  feeRead: defineAction('elderly-care.Fee.READ', 'person', globalRole(SERVICE_COORDINATOR)),
  invoiceCreate: defineAction('elderly-care.Invoice.CREATE', 'none', globalRole(SERVICE_COORDINATOR)),
  invoiceList: defineAction('elderly-care.Invoice.LIST', 'none', globalRole(SERVICE_COORDINATOR)),
  servicePlanCreate: defineAction('elderly-care.ServicePlan.CREATE', 'person', personInUnitRole(CARE_WORKER), globalRole(SERVICE_COORDINATOR)),
  careRecordRead: defineAction('elderly-care.CareRecord.READ', 'person', personInUnitRole(CARE_WORKER), globalRole(SERVICE_COORDINATOR)),
  careRecordCreate: defineAction('elderly-care.CareRecord.CREATE', 'person', personInUnitRole(CARE_WORKER)),
  providerCreate: defineAction('elderly-care.Provider.CREATE', 'none', globalRole(SERVICE_COORDINATOR)),
  statisticsRead: defineAction('elderly-care.Statistics.READ', 'none', globalRole(SERVICE_COORDINATOR), anyUnitRole(CARE_WORKER)),
};
