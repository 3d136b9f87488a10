// Legal and municipal parameters of basic education, read from effective-dated rows
// (be_parameter, migration 0001). Code never holds the figures.
import type { ReadTx, Tx } from '../../core/db/database.ts';
import { ApiError, badRequest } from '../../core/http/errors.ts';

export type ParameterStatus = 'official' | 'verified' | 'unverified' | 'municipal';

/**
 * What a period of each parameter may hold. Statutory caps (fees) cannot be a municipal
 * decision; the absence threshold is only ever one. Bounds catch typing errors, not law.
 */
export const PARAMETER_RULES = {
  'transport.min_distance_km': { integer: false, min: 0.1, max: 50, statuses: ['official', 'verified', 'unverified', 'municipal'] },
  'transport.max_daily_minutes': { integer: true, min: 1, max: 600, statuses: ['official', 'verified', 'unverified', 'municipal'] },
  'transport.max_daily_minutes_age13': { integer: true, min: 1, max: 600, statuses: ['official', 'verified', 'unverified', 'municipal'] },
  'activity.max_monthly_fee_570h': { integer: false, min: 0, max: 10_000, statuses: ['official', 'verified', 'unverified'] },
  'activity.max_monthly_fee_760h': { integer: false, min: 0, max: 10_000, statuses: ['official', 'verified', 'unverified'] },
  'absence.unauthorised_alert_lessons': { integer: true, min: 1, max: 1000, statuses: ['municipal'] },
} as const satisfies Record<string, { integer: boolean; min: number; max: number; statuses: readonly ParameterStatus[] }>;

export type ParameterKey = keyof typeof PARAMETER_RULES;
export const PARAMETER_KEYS = Object.keys(PARAMETER_RULES) as ParameterKey[];

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

export interface NewParameterPeriod {
  key: ParameterKey;
  effectiveFrom: string;
  effectiveTo?: string | null;
  value: number;
  basis: string;
  status: ParameterStatus;
}

const dayBefore = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

/**
 * Adds an effective period of a parameter. The open-ended period in force on the new start day
 * ends the day before; every other period stays as it was, so a period that would overlap a
 * closed or a later one is refused rather than rewriting history.
 */
export async function addParameterPeriod(tx: Tx, p: NewParameterPeriod, userId: string | null): Promise<{ id: string; closedId: string | null }> {
  const rule = PARAMETER_RULES[p.key];
  if (rule.integer && !Number.isInteger(p.value)) {
    throw badRequest('parameter_integer', { fi: 'Parametrin arvon on oltava kokonaisluku.', sv: 'Parameterns värde ska vara ett heltal.', en: 'The parameter value must be a whole number.' });
  }
  if (p.value < rule.min || p.value > rule.max) {
    throw badRequest('parameter_range', {
      fi: `Parametrin arvon on oltava välillä ${rule.min}–${rule.max}.`,
      sv: `Parameterns värde ska vara mellan ${rule.min} och ${rule.max}.`,
      en: `The parameter value must be between ${rule.min} and ${rule.max}.`,
    });
  }
  if (!(rule.statuses as readonly string[]).includes(p.status)) {
    throw badRequest('parameter_status', {
      fi: 'Parametrin lähteen tila ei sovi tälle parametrille (lakisääteistä enimmäismäärää ei voi asettaa kunnan päätöksellä, kunnan omaa rajaa ei lailla).',
      sv: 'Statusen passar inte parametern (ett lagstadgat maximum kan inte fastställas genom kommunens beslut, kommunens egen gräns inte genom lag).',
      en: 'The status does not fit this parameter (a statutory cap cannot be a municipal decision, nor a municipal limit a statute).',
    });
  }
  const to = p.effectiveTo ?? null;
  const periods = await tx.selectFrom('be_parameter').select(['id', 'effective_from', 'effective_to']).where('key', '=', p.key).orderBy('effective_from').execute();
  const open = periods.find((x) => x.effective_to === null && x.effective_from < p.effectiveFrom);
  const after = periods.map((x) => (x === open ? { ...x, effective_to: dayBefore(p.effectiveFrom) } : x));
  const overlaps = after.some((x) => x.effective_from <= (to ?? '9999-12-31') && (x.effective_to === null || x.effective_to >= p.effectiveFrom));
  if (overlaps) {
    throw badRequest('parameter_period_overlap', {
      fi: 'Uusi voimassaolojakso menee päällekkäin aiemman tai myöhemmän jakson kanssa. Jaksoja ei korvata: lisää jakso, joka alkaa voimassa olevan jakson jälkeen.',
      sv: 'Den nya giltighetsperioden överlappar en tidigare eller senare period. Perioder ersätts inte: lägg till en period som börjar efter den gällande.',
      en: 'The new period overlaps an earlier or a later one. Periods are not overwritten: add a period that starts after the one in force.',
    });
  }
  if (open) await tx.updateTable('be_parameter').set({ effective_to: dayBefore(p.effectiveFrom) }).where('id', '=', open.id).execute();
  const row = await tx
    .insertInto('be_parameter')
    .values({ key: p.key, effective_from: p.effectiveFrom, effective_to: to, value: p.value, basis: p.basis, status: p.status, created_by: userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, closedId: open?.id ?? null };
}
