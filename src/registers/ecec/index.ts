// The ECEC register (varhaiskasvatus): one RegisterModule behind the module contract.
import { readMigrationDir } from '../../core/db/migrate.ts';
import { defineRegister } from '../../core/module.ts';
import { coreActions } from '../../core/access/actions.ts';
import { actions, ececPersonRead, roles, ROLES } from './access.ts';
import { datasets } from './datasets.ts';
import { unitRoutes } from './units/unit.routes.ts';
import { applicationRoutes } from './application/application.routes.ts';
import { placementRoutes } from './placement/placement.routes.ts';
import { feeDecisionRoutes } from './fees/fee-decision.routes.ts';
import { feeParameterRoutes } from './fees/fee-parameter.routes.ts';
import { monthlyFeeRoutes } from './fees/monthly-fee.routes.ts';
import { attendanceRoutes } from './attendance/attendance.routes.ts';
import { vasuRoutes } from './vasu/vasu.routes.ts';
import { citizenActions } from './citizen/citizen-access.ts';
import { citizenRoutes } from './citizen/citizen.routes.ts';
import { statistics } from './statistics/ecec-statistics.ts';
import { findByPerson, personUnitLinks } from './person-records.ts';
import { benchmarks, seedDemo } from './demo.ts';
import { onPersonsChanged } from './fees/fee-person-changes.ts';

export const ececRegister = defineRegister({
  id: 'ecec',
  names: { fi: 'Varhaiskasvatuksen tietovaranto', sv: 'Informationsresurs för småbarnspedagogik', en: 'Early childhood education and care (ECEC) register' },
  purpose: {
    fi: 'Varhaiskasvatukseen ja esiopetukseen liittyvät rutiinit: varhaiskasvatuspaikkojen ylläpito, hakemukset, sijoitukset, asiakasmaksut, läsnäolot, varhaiskasvatussuunnitelmat sekä perhepäivähoitajien ja yksityisten palveluntuottajien tiedot.',
    sv: 'Rutiner inom småbarnspedagogik och förskola: platser, ansökningar, placeringar, klientavgifter, närvaro, planer för småbarnspedagogik samt uppgifter om familjedagvårdare och privata serviceproducenter.',
    en: 'Running ECEC and preschool: places, applications, placements, client fees, attendance, ECEC plans, and family day-care and private provider data.',
  },
  systems: ['Varanto'],
  datasets,
  openInterfaces: true,
  migrations: readMigrationDir('ecec', new URL('./migrations/', import.meta.url)),
  roles,
  actions: [...Object.values(actions), ...Object.values(citizenActions)],
  coreActionRules: [
    { action: coreActions.personSearchAll.name, rules: [{ kind: 'global', roles: [ROLES.applicationHandler] }] },
    { action: coreActions.personRead.name, rules: [ececPersonRead] },
  ],
  routes: [...unitRoutes, ...applicationRoutes, ...placementRoutes, ...feeDecisionRoutes, ...feeParameterRoutes, ...monthlyFeeRoutes, ...attendanceRoutes, ...vasuRoutes, ...citizenRoutes],
  findByPerson: (db, personId) => findByPerson(db, personId),
  personUnitLinks,
  onPersonsChanged,
  statistics,
  seedDemo,
  benchmarks,
});
