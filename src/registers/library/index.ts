import { anyUnitRole } from '../../core/access/actions.ts';
import { readMigrationDir } from '../../core/db/migrate.ts';
import { defineRegister } from '../../core/module.ts';
import { catalogueRoutes } from './catalogue/catalogue.routes.ts';
import { circulationRoutes } from './circulation/circulation.routes.ts';
import { libraryUnitRoutes } from './circulation/library-unit.routes.ts';
import { libraryRuleRoutes } from './circulation/rules.routes.ts';
import { LIBRARIAN, libraryActions, libraryRoles } from './library-access.ts';
import { libraryBenchmarks } from './library-bench.ts';
import { seedLibraryDemo } from './library-demo.ts';
import { libraryDatasets, libraryNames, libraryPurpose, librarySystems } from './library-metadata.ts';
import { findLibraryRecords, libraryPersonUnitLinks } from './library-records.ts';
import { libraryStatistics } from './library-statistics.ts';
import { patronRoutes } from './patron/patron.routes.ts';
import { selfServiceRoutes } from './self-service/self-service.routes.ts';
import { setupSip2 } from './sip2/sip2-server.ts';

/** Kirjastopalveluiden asiakasrekisteri: patrons, collection, loans, fees, self-service library. */
export const library = defineRegister({
  id: 'library',
  names: libraryNames,
  purpose: libraryPurpose,
  systems: librarySystems,
  datasets: Object.values(libraryDatasets),
  openInterfaces: false,
  migrations: readMigrationDir('library', new URL('./migrations/', import.meta.url)),
  roles: libraryRoles,
  actions: Object.values(libraryActions),
  // Librarians register new patrons who show an identity document at the desk.
  coreActionRules: [{ action: 'Person.SEARCH_ALL', rules: [anyUnitRole(LIBRARIAN)] }],
  routes: [...patronRoutes, ...circulationRoutes, ...libraryUnitRoutes, ...libraryRuleRoutes, ...catalogueRoutes, ...selfServiceRoutes],
  findByPerson: (db, personId) => findLibraryRecords(db, personId),
  personUnitLinks: libraryPersonUnitLinks,
  statistics: libraryStatistics,
  seedDemo: seedLibraryDemo,
  benchmarks: libraryBenchmarks,
  setup: setupSip2,
});
