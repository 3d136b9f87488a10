// JSON schemas and small helpers shared by the register's routes.
import { UUID_PATTERN } from '../../core/ids.ts';
import { badRequest } from '../../core/http/errors.ts';
import type { ReadTx } from '../../core/db/database.ts';

export const uuid = { type: 'string', pattern: UUID_PATTERN } as const;
export const date = { type: 'string', format: 'date' } as const;
export const nullableDate = { type: ['string', 'null'], format: 'date' } as const;
export const text = (maxLength = 2000) => ({ type: 'string', minLength: 1, maxLength }) as const;
export const nullableText = (maxLength = 2000) => ({ type: ['string', 'null'], maxLength }) as const;
export const schoolYear = { type: 'integer', minimum: 1990, maximum: 2200 } as const;

export const idParams = (...names: string[]) => ({
  type: 'object',
  properties: Object.fromEntries(names.map((n) => [n, uuid])),
  required: names,
}) as const;

export const objectBody = (properties: Record<string, object>, required: string[]) => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});

export function assertPeriod(from: string, to: string | null | undefined) {
  if (to && to < from) {
    throw badRequest('invalid_period', { fi: 'Päättymispäivä on ennen alkamispäivää.', sv: 'Slutdatumet är före startdatumet.', en: 'The end date is before the start date.' });
  }
}

export async function assertSchool(db: ReadTx, schoolId: string) {
  const s = await db.selectFrom('be_school').select('unit_id').where('unit_id', '=', schoolId).executeTakeFirst();
  if (!s) throw badRequest('not_a_school', { fi: 'Yksikkö ei ole peruskoulu.', sv: 'Enheten är inte en grundskola.', en: 'The unit is not a school.' });
}

/** Active enrolments of a pupil on a date. */
export async function activeEnrolment(db: ReadTx, pupilId: string, on: string) {
  return db
    .selectFrom('be_enrolment')
    .selectAll()
    .where('pupil_id', '=', pupilId)
    .where('start_date', '<=', on)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', on)]))
    .orderBy('start_date', 'desc')
    .executeTakeFirst();
}

export async function requireEnrolment(db: ReadTx, pupilId: string, on: string) {
  const e = await activeEnrolment(db, pupilId, on);
  if (!e) {
    throw badRequest('no_enrolment', { fi: 'Oppilaalla ei ole voimassa olevaa oppilaspaikkaa tälle päivälle.', sv: 'Eleven har ingen gällande elevplats för dagen.', en: 'The pupil has no enrolment in force on that date.' });
  }
  return e;
}

export const personName = (p: { first_names: string; calling_name?: string | null; last_name: string }) => `${p.last_name} ${p.first_names}`;
