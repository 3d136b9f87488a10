// Loads the effective-dated fee, tier, voucher and occupancy rows of the database.
import type { ReadTx } from '../../../core/db/database.ts';
import { badRequest } from '../../../core/http/errors.ts';
import { FeeCalculationError } from './fee-error.ts';
import { rowToFeeParameters, rowToServiceNeedTier, type FeeParameters, type ServiceNeedTier } from './fee-parameters.ts';

import type { VoucherCoefficient, VoucherValue } from './voucher-value.ts';

export interface FeeData {
  parameters: FeeParameters[];
  tiers: ServiceNeedTier[];
  voucherValues: VoucherValue[];
  voucherCoefficients: VoucherCoefficient[];
}

export async function loadFeeData(db: ReadTx): Promise<FeeData> {
  const [params, tiers, vouchers, coefficients] = await Promise.all([
    db.selectFrom('ecec_fee_parameters').selectAll().orderBy('effective_from').execute(),
    db.selectFrom('ecec_service_need_tier').selectAll().orderBy('effective_from').orderBy('max_hours_per_month').execute(),
    db.selectFrom('ecec_voucher_value').selectAll().orderBy('effective_from').execute(),
    db.selectFrom('ecec_voucher_coefficient').selectAll().orderBy('effective_from').orderBy('max_hours_per_month').execute(),
  ]);
  return {
    parameters: params.map((r) => rowToFeeParameters(r as any)),
    tiers: tiers.map((r) => rowToServiceNeedTier(r as any)),
    voucherValues: vouchers.map((v) => ({
      effectiveFrom: v.effective_from,
      effectiveTo: v.effective_to,
      baseValue: Number(v.base_value),
      baseValueUnder3: Number(v.base_value_under_3),
    })),
    voucherCoefficients: coefficients.map((c) => ({
      effectiveFrom: c.effective_from,
      effectiveTo: c.effective_to,
      maxHoursPerMonth: c.max_hours_per_month === null ? null : Number(c.max_hours_per_month),
      coefficient: Number(c.coefficient),
    })),
  };
}

/** A fee calculation error as an HTTP 400 with its three-language message. */
export function feeErrorToApi(e: unknown): never {
  if (e instanceof FeeCalculationError) throw badRequest(e.code, e.messages);
  throw e;
}
