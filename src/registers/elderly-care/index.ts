import { globalRole } from '../../core/access/actions.ts';
import { readMigrationDir } from '../../core/db/migrate.ts';
import { defineRegister } from '../../core/module.ts';
import { elderlyActions, elderlyRoles, SERVICE_COORDINATOR } from './elderly-access.ts';
import { elderlyDatasets, elderlyNames, elderlyPurpose, elderlySystems } from './elderly-metadata.ts';
import { elderlyPersonUnitLinks, findElderlyRecords } from './elderly-records.ts';
import { elderlyRoutes } from './elderly.routes.ts';
import { elderlyStatistics } from './elderly-statistics.ts';
import { seedElderlyDemo } from './elderly-demo.ts';

/** Ikäihmisten palveluiden tietovaranto. */
export const elderlyCare = defineRegister({
  id: 'elderly-care',
  names: elderlyNames,
  purpose: elderlyPurpose,
  systems: elderlySystems,
  datasets: Object.values(elderlyDatasets),
  openInterfaces: false,
  migrations: readMigrationDir('elderly-care', new URL('./migrations/', import.meta.url)),
  roles: elderlyRoles,
  actions: Object.values(elderlyActions),
  // Service coordinators take in applications from people who are not clients yet.
  coreActionRules: [{ action: 'Person.SEARCH_ALL', rules: [globalRole(SERVICE_COORDINATOR)] }],
  routes: elderlyRoutes,
  findByPerson: (db, personId) => findElderlyRecords(db, personId),
  personUnitLinks: elderlyPersonUnitLinks,
  statistics: elderlyStatistics,
  seedDemo: seedElderlyDemo,
});
