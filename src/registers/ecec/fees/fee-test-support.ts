// Test support: the fee tests read their parameters from the real migration run on an
// in-memory PGlite, so that what is tested is the data production uses.
import { PGlite } from '@electric-sql/pglite';
import { readFileSync } from 'node:fs';
import {
  rowToFeeParameters,
  rowToServiceNeedTier,
  type FeeParameters,
  type FeeParametersRow,
  type ServiceNeedTier,
  type ServiceNeedTierRow,
} from './fee-parameters.ts';

export const FEE_MIGRATION_URL = new URL('../migrations/0001_ecec_fee_parameters.sql', import.meta.url);

export const readFeeMigration = (): string => readFileSync(FEE_MIGRATION_URL, 'utf8');

/** A fresh in-memory database with the fee migration applied; PGlite's own type parsers (numerics as strings, dates as Date). */
export async function migratedFeeDatabase(): Promise<PGlite> {
  const db = await PGlite.create();
  await db.exec(readFeeMigration());
  return db;
}

export interface FeeData {
  parameters: FeeParameters[];
  tiers: ServiceNeedTier[];
}

export async function loadFeeData(db: PGlite): Promise<FeeData> {
  const params = await db.query<FeeParametersRow>('select * from ecec_fee_parameters order by effective_from');
  const tiers = await db.query<ServiceNeedTierRow>('select * from ecec_service_need_tier order by effective_from, max_hours_per_month');
  return { parameters: params.rows.map(rowToFeeParameters), tiers: tiers.rows.map(rowToServiceNeedTier) };
}
