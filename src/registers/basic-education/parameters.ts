// Legal and municipal parameters of basic education, read from effective-dated rows
// (be_parameter, migration 0001). Code never holds the figures.
import type { ReadTx } from '../../core/db/database.ts';
import { ApiError } from '../../core/http/errors.ts';

export type ParameterKey =
  | 'transport.min_distance_km'
  | 'transport.max_daily_minutes'
  | 'transport.max_daily_minutes_age13'
  | 'activity.max_monthly_fee_570h'
  | 'activity.max_monthly_fee_760h'
  | 'absence.unauthorised_alert_lessons';

/** The value of a parameter on a date; a missing row is an error, never a guess. */
export async function parameterOn(db: ReadTx, key: ParameterKey, date: string): Promise<number> {
  const row = await db
    .selectFrom('be_parameter')
    .select('value')
    .where('key', '=', key)
    .where('effective_from', '<=', date)
    .where((eb) => eb.or([eb('effective_to', 'is', null), eb('effective_to', '>=', date)]))
    .executeTakeFirst();
  if (!row) {
    throw new ApiError(422, 'parameter_missing', {
      fi: `Parametria ${key} ei ole voimassa päivänä ${date}.`,
      sv: `Parametern ${key} gäller inte ${date}.`,
      en: `No value of parameter ${key} is in force on ${date}.`,
    });
  }
  return Number(row.value);
}

/** The value of a parameter on a date, or null when no period covers the date (for display). */
export async function parameterOrNull(db: ReadTx, key: ParameterKey, date: string): Promise<number | null> {
  try {
    return await parameterOn(db, key, date);
  } catch (e) {
    if (e instanceof ApiError && e.code === 'parameter_missing') return null;
    throw e;
  }
}

export async function parametersOn<K extends ParameterKey>(db: ReadTx, keys: K[], date: string): Promise<Record<K, number>> {
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = await parameterOn(db, k, date);
  return out;
}

/** The school year (lukuvuosi) a date belongs to, named by its starting calendar year: 1.8.–31.7. */
export function schoolYearOf(date: string): number {
  const y = Number(date.slice(0, 4));
  return date.slice(5) >= '08-01' ? y : y - 1;
}
export const schoolYearStart = (year: number) => `${year}-08-01`;
export const schoolYearEnd = (year: number) => `${year + 1}-07-31`;
