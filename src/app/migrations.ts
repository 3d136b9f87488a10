import { coreMigrations, type Migration } from '../core/db/migrate.ts';
import type { RegisterModule } from '../core/module.ts';

/** Core migrations first, then each register's in registry order. */
export const allMigrations = (registers: RegisterModule[]): Migration[] => [...coreMigrations(), ...registers.flatMap((r) => r.migrations)];
