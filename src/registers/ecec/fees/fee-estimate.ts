// The public fee estimate (no login) and the CLI share this: the youngest child's fee for
// the family, from the parameter rows in force on the date.
import type { ReadTx } from '../../../core/db/database.ts';
import { calculateBaseFee, calculateChildFee } from './fee-calculation.ts';
import { selectParameters, selectServiceNeedTiers } from './fee-parameters.ts';
import { loadFeeData } from './fee-data.ts';

export interface FeeEstimateInput {
  date: string;
  familySize: number;
  grossIncome: number;
  hoursPerMonth: number;
  childOrder: number;
}

export interface FeeEstimate {
  fee: number;
  maxFee: number;
  minFee: number;
  incomeLimit: number;
  percentage: number;
  effectiveFrom: string;
}

/** Throws FeeCalculationError (with fi/sv/en messages) on bad input or missing parameters. */
export async function estimateFee(db: ReadTx, q: FeeEstimateInput): Promise<FeeEstimate> {
  const data = await loadFeeData(db);
  const params = selectParameters(data.parameters, q.date);
  const tiers = selectServiceNeedTiers(data.tiers, q.date);
  const r = calculateChildFee(params, tiers, { familySize: q.familySize, grossIncome: q.grossIncome, siblingOrder: q.childOrder, hoursPerMonth: q.hoursPerMonth });
  const { incomeLimit } = calculateBaseFee(params, { familySize: q.familySize, grossIncome: q.grossIncome });
  return { fee: r.fee, maxFee: params.maxFee, minFee: params.minFee, incomeLimit, percentage: params.feePercent, effectiveFrom: params.effectiveFrom };
}
