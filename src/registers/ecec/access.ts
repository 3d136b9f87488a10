// Roles and actions of the ECEC register (eVaka Action.kt: a closed list, everything else denied).
import { sql } from 'kysely';
import { defineAction, globalRole, anyUnitRole, personInUnitRole, unitRole, type Rule } from '../../core/access/actions.ts';
import type { RoleDefinition } from '../../core/access/roles.ts';

export const ROLES = {
  unitSupervisor: 'ecec.unit_supervisor',
  staff: 'ecec.staff',
  applicationHandler: 'ecec.application_handler',
  feeHandler: 'ecec.fee_handler',
  serviceDirector: 'ecec.service_director',
} as const;
const R = ROLES;


export const roles: RoleDefinition[] = [
  { id: R.unitSupervisor, scope: 'unit', names: { fi: 'Varhaiskasvatusyksikön johtaja', sv: 'Enhetschef inom småbarnspedagogik', en: 'ECEC unit supervisor' } },
  { id: R.staff, scope: 'unit', names: { fi: 'Varhaiskasvatuksen henkilökunta', sv: 'Personal inom småbarnspedagogik', en: 'ECEC staff' } },
  { id: R.applicationHandler, scope: 'global', names: { fi: 'Varhaiskasvatuksen palveluohjaaja', sv: 'Servicehandledare inom småbarnspedagogik', en: 'ECEC application handler' } },
  { id: R.feeHandler, scope: 'global', names: { fi: 'Varhaiskasvatuksen maksukäsittelijä', sv: 'Avgiftshandläggare inom småbarnspedagogik', en: 'ECEC fee handler' } },
  { id: R.serviceDirector, scope: 'global', names: { fi: 'Varhaiskasvatuksen palvelujohtaja', sv: 'Servicedirektör för småbarnspedagogik', en: 'ECEC service director' } },
];

/** An application is visible to the supervisors of its preferred or proposed units. */
const applicationInUnit: Rule = {
  kind: 'custom',
  roles: [R.unitSupervisor],
  allowed: async (db, { unitIds, ids }) => {
    if (unitIds.length === 0) return [];
    const rows = await db
      .selectFrom('ecec_application as a')
      .select('a.id')
      .where('a.id', 'in', ids)
      .where((eb) =>
        eb.or([
          eb('a.proposed_unit_id', 'in', unitIds),
          eb.exists(eb.selectFrom('ecec_application_unit as u').select(sql`1`.as('x')).whereRef('u.application_id', '=', 'a.id').where('u.unit_id', 'in', unitIds)),
        ]),
      )
      .execute();
    return rows.map((r) => r.id);
  },
};

/**
 * Application, fee and service-direction work begins before a child has a place: these roles
 * may open the person card of anyone the ECEC register holds (an applicant child, a guardian,
 * a placed child and its guardians, a family on a fee decision), and of nobody else.
 */
export const ececPersonRead: Rule = {
  kind: 'custom',
  roles: [R.applicationHandler, R.feeHandler, R.serviceDirector],
  allowed: async (db, { ids }) => {
    if (ids.length === 0) return [];
    // The nullable columns first, so that the union's row type allows null.
    const rows = await db
      .selectFrom('ecec_application')
      .select('other_guardian_id as id')
      .where('other_guardian_id', 'in', ids)
      .union(db.selectFrom('ecec_fee_decision').select('partner_id as id').where('partner_id', 'in', ids))
      .union(db.selectFrom('ecec_application').select('child_id as id').where('child_id', 'in', ids))
      .union(db.selectFrom('ecec_application').select('guardian_id as id').where('guardian_id', 'in', ids))
      .union(db.selectFrom('ecec_placement').select('child_id as id').where('child_id', 'in', ids))
      .union(
        db
          .selectFrom('person_relationship as r')
          .innerJoin('ecec_placement as p', 'p.child_id', 'r.related_person_id')
          .select('r.person_id as id')
          .where('r.kind', '=', 'guardian')
          .where('r.person_id', 'in', ids),
      )
      .union(db.selectFrom('ecec_fee_decision').select('head_of_family_id as id').where('head_of_family_id', 'in', ids))
      .execute();
    return rows.flatMap((r) => (r.id ? [r.id] : []));
  },
};

export const actions = {
  unitRead: defineAction('ecec.Unit.READ', 'unit', globalRole(R.serviceDirector, R.applicationHandler, R.feeHandler), unitRole(R.unitSupervisor, R.staff)),
  unitList: defineAction('ecec.Unit.LIST', 'none', globalRole(R.serviceDirector, R.applicationHandler, R.feeHandler), anyUnitRole(R.unitSupervisor, R.staff)),
  unitManage: defineAction('ecec.Unit.MANAGE', 'none', globalRole(R.serviceDirector)),
  groupManage: defineAction('ecec.Group.MANAGE', 'unit', globalRole(R.serviceDirector), unitRole(R.unitSupervisor)),
  staffManage: defineAction('ecec.Staff.MANAGE', 'unit', globalRole(R.serviceDirector), unitRole(R.unitSupervisor)),
  providerRead: defineAction('ecec.Provider.READ', 'none', globalRole(R.serviceDirector, R.applicationHandler, R.feeHandler)),
  providerManage: defineAction('ecec.Provider.MANAGE', 'none', globalRole(R.serviceDirector)),
  queueRead: defineAction('ecec.Unit.READ_QUEUE', 'unit', globalRole(R.serviceDirector, R.applicationHandler), unitRole(R.unitSupervisor)),
  applicationCreate: defineAction('ecec.Application.CREATE', 'person', globalRole(R.applicationHandler)),
  applicationRead: defineAction('ecec.Application.READ', 'object', globalRole(R.applicationHandler, R.serviceDirector), applicationInUnit),
  applicationUpdate: defineAction('ecec.Application.UPDATE', 'object', globalRole(R.applicationHandler)),
  childRead: defineAction('ecec.Child.READ', 'person', globalRole(R.serviceDirector, R.applicationHandler, R.feeHandler), personInUnitRole(R.unitSupervisor, R.staff)),
  placementCreate: defineAction('ecec.Placement.CREATE', 'person', globalRole(R.applicationHandler, R.serviceDirector)),
  placementUpdate: defineAction('ecec.Placement.UPDATE', 'object', globalRole(R.applicationHandler, R.serviceDirector)),
  feeDecisionPrint: defineAction('ecec.FeeDecision.PRINT', 'object', globalRole(R.feeHandler)),
  placementDecisionPrint: defineAction('ecec.PlacementDecision.PRINT', 'object', globalRole(R.applicationHandler, R.serviceDirector)),
  incomeRead: defineAction('ecec.Income.READ', 'person', globalRole(R.feeHandler)),
  incomeWrite: defineAction('ecec.Income.WRITE', 'person', globalRole(R.feeHandler)),
  feeDecisionRead: defineAction('ecec.FeeDecision.READ', 'person', globalRole(R.feeHandler)),
  feeDecisionGenerate: defineAction('ecec.FeeDecision.GENERATE', 'person', globalRole(R.feeHandler)),
  // A child's charge for a month (kuukausimaksu): fee handlers, and the supervisor of a unit the
  // child is placed in, who answers the family's questions on absences and the charge. Not unit
  // staff in general: the charge reveals the family's income bracket (need-to-know).
  monthlyFeeRead: defineAction('ecec.MonthlyFee.READ', 'person', globalRole(R.feeHandler), personInUnitRole(R.unitSupervisor)),
  // Every child's charge for a month, of a unit or the municipality: fee handlers only.
  monthlyFeeList: defineAction('ecec.MonthlyFee.LIST', 'none', globalRole(R.feeHandler)),
  // The national fee figures by period (asiakasmaksujen perusteet): no personal data.
  feeParametersRead: defineAction('ecec.FeeParameters.READ', 'none', globalRole(R.feeHandler, R.serviceDirector)),
  feeParametersManage: defineAction('ecec.FeeParameters.MANAGE', 'none', globalRole(R.serviceDirector)),
  // A unit's attendance list of a day and its month summary; marking checks the child's unit on the day.
  unitAttendanceRead: defineAction('ecec.Unit.READ_ATTENDANCE', 'unit', globalRole(R.serviceDirector), unitRole(R.unitSupervisor, R.staff)),
  unitAttendanceWrite: defineAction('ecec.Unit.WRITE_ATTENDANCE', 'unit', unitRole(R.unitSupervisor, R.staff)),
  attendanceRead: defineAction('ecec.Attendance.READ', 'person', globalRole(R.serviceDirector), personInUnitRole(R.unitSupervisor, R.staff)),
  attendanceWrite: defineAction('ecec.Attendance.WRITE', 'person', personInUnitRole(R.unitSupervisor, R.staff)),
  reservationWrite: defineAction('ecec.Reservation.WRITE', 'person', personInUnitRole(R.unitSupervisor, R.staff)),
  vasuRead: defineAction('ecec.Vasu.READ', 'person', personInUnitRole(R.unitSupervisor, R.staff)),
  vasuWrite: defineAction('ecec.Vasu.WRITE', 'person', personInUnitRole(R.unitSupervisor, R.staff)),
  statisticsRead: defineAction('ecec.Statistics.READ', 'none', globalRole(R.serviceDirector, R.applicationHandler), anyUnitRole(R.unitSupervisor)),
};
