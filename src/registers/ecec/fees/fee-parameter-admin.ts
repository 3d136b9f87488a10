// Management of the national ECEC fee figures (varhaiskasvatuksen asiakasmaksujen perusteet):
// the municipality enters a new period when the Ministry of Education and Culture publishes the
// index-revised figures (every other 1 August), and completes or corrects a period whose figures
// were unknown or unverified when it was entered (the reference data marks the 2026-08-01
// income limits as not found). Periods are never deleted; a corrected period keeps its earlier
// versions, and the answer tells how many sent fee decisions used the period so that the fee
// handler can regenerate them.
import type { ReadTx, Tx } from '../../../core/db/database.ts';
import { badRequest, notFoundOrDenied } from '../../../core/http/errors.ts';
import { addDays } from '../dates.ts';
import { FEE_PARAMETER_STATUSES, type FeeParameterStatus } from './fee-parameters.ts';

/** The figures of one period as staff enter them; amounts in whole euros per month. */
export interface FeeFigures {
  feePercent: number;
  /** Income limits for families of 2, 3, 4, 5 and 6 persons; null while unknown. */
  incomeLimits: [number, number, number, number, number] | null;
  incrementPerAdditionalChild: number | null;
  maxFee: number;
  minFee: number;
  secondChildPercent: number;
  furtherChildPercent: number;
  status: FeeParameterStatus;
  /** Where the figures come from (e.g. "OKM ilmoitus 1028/2025"). */
  source: string;
}

const msg = (fi: string, sv: string, en: string) => ({ fi, sv, en });

/** Refuses figures that cannot be a lawful fee table, with a message in three languages. */
export function assertValidFigures(f: FeeFigures): void {
  if (!(f.feePercent > 0 && f.feePercent <= 100)) {
    throw badRequest('fee_percent_range', msg('Maksuprosentin on oltava yli 0 ja enintään 100.', 'Avgiftsprocenten ska vara över 0 och högst 100.', 'The fee percentage must be above 0 and at most 100.'));
  }
  if (f.incomeLimits !== null) {
    const l = f.incomeLimits;
    if (l.some((x) => !Number.isInteger(x) || x < 0)) {
      throw badRequest('income_limit_value', msg('Tulorajojen on oltava kokonaisia euroja.', 'Inkomstgränserna ska vara hela euro.', 'The income limits must be whole euros.'));
    }
    if (l.some((x, i) => i > 0 && x < l[i - 1]!)) {
      throw badRequest(
        'income_limit_order',
        msg(
          'Suuremman perheen tuloraja ei voi olla pienempi kuin pienemmän perheen.',
          'Inkomstgränsen för en större familj kan inte vara lägre än för en mindre familj.',
          "A larger family's income limit cannot be lower than a smaller family's.",
        ),
      );
    }
  } else if (f.status !== 'unverified') {
    throw badRequest(
      'income_limits_missing',
      msg(
        'Kausi, jolta puuttuvat tulorajat, voi olla vain tarkistamaton: maksuja ei voi laskea ennen kuin tulorajat on syötetty.',
        'En period utan inkomstgränser kan endast vara overifierad: avgifter kan inte beräknas förrän inkomstgränserna har förts in.',
        'A period without income limits can only be unverified: no fee can be calculated until the limits are entered.',
      ),
    );
  }
  if (f.minFee > f.maxFee) {
    throw badRequest('min_fee_above_max', msg('Pienin perittävä maksu ei voi olla korkeinta maksua suurempi.', 'Den lägsta avgiften kan inte vara högre än den högsta.', 'The minimum fee cannot be above the maximum fee.'));
  }
  if (f.furtherChildPercent > f.secondChildPercent || f.secondChildPercent > 100) {
    throw badRequest(
      'sibling_percent_order',
      msg(
        'Seuraavien sisarusten prosentti ei voi olla toisen lapsen prosenttia suurempi, eikä kumpikaan yli 100.',
        'Procenten för följande syskon kan inte vara högre än för det andra barnet, och ingen över 100.',
        "The further siblings' percentage cannot exceed the second child's, nor either exceed 100.",
      ),
    );
  }
  if (!(FEE_PARAMETER_STATUSES as readonly string[]).includes(f.status)) {
    throw badRequest('fee_parameter_status', msg('Tuntematon tila.', 'Okänd status.', 'Unknown status.'));
  }
}

const columns = (f: FeeFigures) => ({
  fee_percent: f.feePercent,
  income_limit_2: f.incomeLimits?.[0] ?? null,
  income_limit_3: f.incomeLimits?.[1] ?? null,
  income_limit_4: f.incomeLimits?.[2] ?? null,
  income_limit_5: f.incomeLimits?.[3] ?? null,
  income_limit_6: f.incomeLimits?.[4] ?? null,
  increment_per_child: f.incrementPerAdditionalChild,
  max_fee: f.maxFee,
  min_fee: f.minFee,
  second_child_percent: f.secondChildPercent,
  further_child_percent: f.furtherChildPercent,
  status: f.status,
  source: f.source.trim(),
});

/** Sent fee decisions that were calculated with the period starting `effectiveFrom`. */
async function decisionsUsing(db: ReadTx, effectiveFrom: string): Promise<number> {
  const r = await db
    .selectFrom('ecec_fee_decision')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('parameters_effective_from', '=', effectiveFrom)
    .where('status', '=', 'sent')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Every period, oldest first, with who entered and changed it and how many decisions used it. */
export async function listFeeParameterPeriods(db: ReadTx, today: string) {
  const rows = await db
    .selectFrom('ecec_fee_parameters as p')
    .leftJoin('app_user as c', 'c.id', 'p.created_by')
    .leftJoin('app_user as u', 'u.id', 'p.updated_by')
    .select((eb) => [
      'p.id',
      'p.effective_from',
      'p.effective_to',
      'p.fee_percent',
      'p.income_limit_2',
      'p.income_limit_3',
      'p.income_limit_4',
      'p.income_limit_5',
      'p.income_limit_6',
      'p.increment_per_child',
      'p.max_fee',
      'p.min_fee',
      'p.second_child_percent',
      'p.further_child_percent',
      'p.status',
      'p.source',
      'p.updated_at',
      'c.display_name as created_by_name',
      'u.display_name as updated_by_name',
      eb.selectFrom('ecec_fee_parameters_version as v').select((v) => v.fn.countAll<string>().as('n')).whereRef('v.parameters_id', '=', 'p.id').as('versions'),
      eb
        .selectFrom('ecec_fee_decision as d')
        .select((d) => d.fn.countAll<string>().as('n'))
        .whereRef('d.parameters_effective_from', '=', 'p.effective_from')
        .where('d.status', '=', 'sent')
        .as('decisions'),
    ])
    .orderBy('p.effective_from')
    .execute();
  return rows.map((r) => {
    const limits = [r.income_limit_2, r.income_limit_3, r.income_limit_4, r.income_limit_5, r.income_limit_6];
    return {
      id: r.id,
      effectiveFrom: r.effective_from,
      effectiveTo: r.effective_to,
      inForce: r.effective_from <= today && (r.effective_to === null || r.effective_to >= today),
      feePercent: Number(r.fee_percent),
      incomeLimits: limits.every((x) => x !== null) ? limits.map(Number) : null,
      incrementPerAdditionalChild: r.increment_per_child === null ? null : Number(r.increment_per_child),
      maxFee: Number(r.max_fee),
      minFee: Number(r.min_fee),
      secondChildPercent: Number(r.second_child_percent),
      furtherChildPercent: Number(r.further_child_percent),
      status: r.status,
      source: r.source,
      createdByName: r.created_by_name,
      updatedAt: r.updated_at ? r.updated_at.toISOString() : null,
      updatedByName: r.updated_by_name,
      versions: Number(r.versions ?? 0),
      decisions: Number(r.decisions ?? 0),
    };
  });
}

/**
 * Adds a period from `effectiveFrom` (open-ended). The period in force on that day ends the day
 * before; a period starting on or after that day is refused (periods are not overwritten:
 * correct that period instead).
 */
export async function addFeeParameterPeriod(tx: Tx, p: FeeFigures & { effectiveFrom: string }, userId: string | null) {
  assertValidFigures(p);
  const later = await tx.selectFrom('ecec_fee_parameters').select('id').where('effective_from', '>=', p.effectiveFrom).executeTakeFirst();
  if (later) {
    throw badRequest(
      'fee_parameter_period_exists',
      msg(
        'Samana tai myöhempänä päivänä alkava kausi on jo olemassa. Kausia ei korvata: korjaa sen luvut.',
        'En period som börjar samma eller en senare dag finns redan. Perioder ersätts inte: rätta dess siffror.',
        'A period starting on that day or later already exists. Periods are not overwritten: correct its figures instead.',
      ),
    );
  }
  const closed = await tx
    .updateTable('ecec_fee_parameters')
    .set({ effective_to: addDays(p.effectiveFrom, -1) })
    .where('effective_from', '<', p.effectiveFrom)
    .where((eb) => eb.or([eb('effective_to', 'is', null), eb('effective_to', '>=', p.effectiveFrom)]))
    .returning('id')
    .execute();
  const row = await tx
    .insertInto('ecec_fee_parameters')
    .values({ ...columns(p), effective_from: p.effectiveFrom, effective_to: null, created_by: userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, closedIds: closed.map((c) => c.id) };
}

/**
 * Completes or corrects a period's figures (its dates stay). The row as it was is kept as a
 * version. Returns how many sent fee decisions used the period: they were calculated with the
 * old figures and are regenerated by the fee handler.
 */
export async function correctFeeParameterPeriod(tx: Tx, id: string, f: FeeFigures, userId: string | null) {
  assertValidFigures(f);
  const before = await tx.selectFrom('ecec_fee_parameters').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!before) throw notFoundOrDenied();
  await tx
    .insertInto('ecec_fee_parameters_version')
    .values({ parameters_id: id, previous: JSON.stringify(before), changed_by: userId })
    .execute();
  await tx
    .updateTable('ecec_fee_parameters')
    .set({ ...columns(f), updated_at: new Date(), updated_by: userId })
    .where('id', '=', id)
    .execute();
  return { id, decisionsToReview: await decisionsUsing(tx, before.effective_from) };
}
