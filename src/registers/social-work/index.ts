import { anyUnitRole } from '../../core/access/actions.ts';
import { readMigrationDir } from '../../core/db/migrate.ts';
import { defineRegister } from '../../core/module.ts';
import { SOCIAL_WORKER, socialActions, socialRoles } from './social-access.ts';
import { socialDatasets, socialNames, socialPurpose, socialSystems } from './social-metadata.ts';
import { findSocialRecords, socialPersonUnitLinks } from './social-records.ts';
import { socialRoutes } from './social.routes.ts';
import { socialWorklistRoutes } from './social-worklist.routes.ts';
import { socialDecisionRoutes } from './social-decision.routes.ts';
import { socialStatistics } from './social-statistics.ts';
import { seedSocialDemo } from './social-demo.ts';
import { socialBenchmarks } from './social-bench.ts';

/** Perhetyön ja aikuissosiaalityön tietovaranto. */
export const socialWork = defineRegister({
  id: 'social-work',
  names: socialNames,
  purpose: socialPurpose,
  systems: socialSystems,
  datasets: Object.values(socialDatasets),
  openInterfaces: false,
  migrations: readMigrationDir('social-work', new URL('./migrations/', import.meta.url)),
  roles: socialRoles,
  actions: Object.values(socialActions),
  // Social workers receive notifications about people who are not clients yet.
  coreActionRules: [{ action: 'Person.SEARCH_ALL', rules: [anyUnitRole(SOCIAL_WORKER)] }],
  routes: [...socialRoutes, ...socialWorklistRoutes, ...socialDecisionRoutes],
  findByPerson: (db, personId) => findSocialRecords(db, personId),
  personUnitLinks: socialPersonUnitLinks,
  statistics: socialStatistics,
  seedDemo: seedSocialDemo,
  benchmarks: socialBenchmarks,
});
