import { globalRole } from '../../core/access/actions.ts';
import { readMigrationDir } from '../../core/db/migrate.ts';
import { defineRegister } from '../../core/module.ts';
import { coordinatorPersonRead, elderlyActions, elderlyRoles, SERVICE_COORDINATOR } from './elderly-access.ts';
import { elderlyDatasets, elderlyNames, elderlyPurpose, elderlySystems } from './elderly-metadata.ts';
import { elderlyPersonUnitLinks, findElderlyRecords } from './elderly-records.ts';
import { elderlyRoutes } from './elderly.routes.ts';
import { elderlyWorklistRoutes } from './elderly-worklist.routes.ts';
import { elderlyDocumentRoutes } from './elderly-document.routes.ts';
import { elderlyInvoiceRoutes } from './elderly-invoice.routes.ts';
import { elderlyStatistics } from './elderly-statistics.ts';
import { seedElderlyDemo } from './elderly-demo.ts';
import { elderlyBenchmarks } from './elderly-bench.ts';

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
  // Service coordinators take in applications from people who are not clients yet: they search
  // everyone, and open the card of applicants and clients (not of anybody else).
  coreActionRules: [
    { action: 'Person.SEARCH', rules: [globalRole(SERVICE_COORDINATOR)] },
    { action: 'Person.SEARCH_ALL', rules: [globalRole(SERVICE_COORDINATOR)] },
    { action: 'Person.READ', rules: [coordinatorPersonRead] },
  ],
  routes: [...elderlyRoutes, ...elderlyWorklistRoutes, ...elderlyDocumentRoutes, ...elderlyInvoiceRoutes],
  findByPerson: (db, personId) => findElderlyRecords(db, personId),
  personUnitLinks: elderlyPersonUnitLinks,
  statistics: elderlyStatistics,
  seedDemo: seedElderlyDemo,
  benchmarks: elderlyBenchmarks,
});
