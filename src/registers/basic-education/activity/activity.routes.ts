import { defineRoute, type RouteDefinition } from '../../../core/http/route.ts';
import { badRequest } from '../../../core/http/errors.ts';
import type { ReadTx } from '../../../core/db/database.ts';
import { A } from '../access.ts';
import { DS } from '../datasets.ts';
import { assertPeriod, assertSchool, date, idParams, nullableDate, objectBody, uuid } from '../http-schemas.ts';
import { parametersOn } from '../parameters.ts';
import { getGuardians } from '../pupil/pupil.queries.ts';
import { assertFeeWithinCap, monthlyCharge, type ActivityFeeCaps } from './activity-fee.ts';

type PupilP = { pupilId: string };

export async function feeCapsOn(db: ReadTx, day: string): Promise<ActivityFeeCaps> {
  const p = await parametersOn(db, ['activity.max_monthly_fee_570h', 'activity.max_monthly_fee_760h'], day);
  return { cap570: p['activity.max_monthly_fee_570h'], cap760: p['activity.max_monthly_fee_760h'] };
}

const monthEnd = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, '0')}`;
};

export const activityRoutes: RouteDefinition[] = [
  defineRoute<{ schoolId: string; payerId?: string | null; hoursPerSchoolYear: number; monthlyFee: number; reductionPercent?: number; validFrom: string; validTo?: string | null }, unknown, PupilP>({
    method: 'POST',
    url: '/basic-education/pupils/:pupilId/activity-enrolments',
    summary: 'Enrol a pupil in morning/afternoon activity; the monthly fee must be within the statutory cap',
    action: A.activityWrite.name,
    audit: 'ActivityEnrolmentCreate',
    datasetId: DS.other,
    target: ({ params }) => [params.pupilId],
    schema: {
      params: idParams('pupilId'),
      body: objectBody(
        {
          schoolId: uuid,
          payerId: { type: ['string', 'null'], pattern: uuid.pattern },
          hoursPerSchoolYear: { type: 'integer', minimum: 1, maximum: 2000 },
          monthlyFee: { type: 'number', minimum: 0, maximum: 10000 },
          reductionPercent: { type: 'number', minimum: 0, maximum: 100 },
          validFrom: date,
          validTo: nullableDate,
        },
        ['schoolId', 'hoursPerSchoolYear', 'monthlyFee', 'validFrom'],
      ),
    },
    handler: async ({ tx, params, body, audit, reply }) => {
      assertPeriod(body.validFrom, body.validTo);
      await assertSchool(tx, body.schoolId);
      assertFeeWithinCap(body.monthlyFee, body.hoursPerSchoolYear, await feeCapsOn(tx, body.validFrom));
      if (body.payerId) {
        const guardians = await getGuardians(tx, params.pupilId, body.validFrom);
        if (!guardians.some((g) => g.id === body.payerId)) throw badRequest('not_guardian', { fi: 'Maksaja ei ole oppilaan huoltaja.', sv: 'Betalaren är inte elevens vårdnadshavare.', en: 'The payer is not the pupil’s guardian.' });
        audit.persons([body.payerId]);
      }
      const row = await tx
        .insertInto('be_activity_enrolment')
        .values({ pupil_id: params.pupilId, school_id: body.schoolId, payer_id: body.payerId ?? null, hours_per_school_year: body.hoursPerSchoolYear, monthly_fee: body.monthlyFee, reduction_percent: body.reductionPercent ?? 0, valid_from: body.validFrom, valid_to: body.validTo ?? null })
        .returning('id')
        .executeTakeFirstOrThrow();
      audit.objects([row.id]);
      reply.status(201);
      return { id: row.id };
    },
  }),
  defineRoute<{ enrolmentId: string; days: { date: string; present: boolean }[] }, unknown, PupilP>({
    method: 'POST',
    url: '/basic-education/pupils/:pupilId/activity-attendance',
    summary: 'Record a pupil’s attendance days in morning/afternoon activity',
    action: A.activityWrite.name,
    audit: 'ActivityAttendanceWrite',
    datasetId: DS.other,
    target: ({ params }) => [params.pupilId],
    schema: {
      params: idParams('pupilId'),
      body: objectBody({ enrolmentId: uuid, days: { type: 'array', minItems: 1, maxItems: 62, items: objectBody({ date, present: { type: 'boolean' } }, ['date', 'present']) } }, ['enrolmentId', 'days']),
    },
    handler: async ({ tx, params, body, audit }) => {
      const e = await tx.selectFrom('be_activity_enrolment').select(['id', 'valid_from', 'valid_to']).where('id', '=', body.enrolmentId).where('pupil_id', '=', params.pupilId).executeTakeFirst();
      if (!e) throw badRequest('unknown_enrolment', { fi: 'Oppilaalla ei ole tätä toimintaan ilmoittautumista.', sv: 'Eleven har inte denna anmälan.', en: 'The pupil has no such activity enrolment.' });
      if (body.days.some((d) => d.date < e.valid_from || (e.valid_to !== null && d.date > e.valid_to))) {
        throw badRequest('outside_enrolment', { fi: 'Päivä on ilmoittautumisen voimassaolon ulkopuolella.', sv: 'Dagen ligger utanför anmälans giltighetstid.', en: 'A day is outside the enrolment period.' });
      }
      for (const d of body.days) {
        await tx
          .insertInto('be_activity_attendance')
          .values({ enrolment_id: e.id, attendance_date: d.date, present: d.present })
          .onConflict((oc) => oc.columns(['enrolment_id', 'attendance_date']).doUpdateSet({ present: d.present }))
          .execute();
      }
      audit.objects([e.id]);
      return { recorded: body.days.length };
    },
  }),
  defineRoute<unknown, { month: string }, { schoolId: string }>({
    method: 'GET',
    url: '/basic-education/schools/:schoolId/activity-fees',
    summary: 'Monthly morning/afternoon activity fees of a school’s pupils, within the cap in force that month',
    action: A.activityFees.name,
    audit: 'ActivityFeesRead',
    datasetId: DS.other,
    target: ({ params }) => [params.schoolId],
    schema: { params: idParams('schoolId'), querystring: { type: 'object', properties: { month: { type: 'string', pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$' } }, required: ['month'], additionalProperties: false } },
    handler: async ({ tx, params, query, audit }) => {
      const first = `${query.month}-01`;
      const last = monthEnd(query.month);
      const caps = await feeCapsOn(tx, first);
      const rows = await tx
        .selectFrom('be_activity_enrolment as e')
        .innerJoin('person as p', 'p.id', 'e.pupil_id')
        .select(['e.id', 'e.pupil_id', 'e.payer_id', 'p.first_names', 'p.last_name', 'e.hours_per_school_year', 'e.monthly_fee', 'e.reduction_percent'])
        .select((eb) =>
          eb
            .selectFrom('be_activity_attendance as a')
            .select((x) => x.fn.countAll<number>().as('n'))
            .whereRef('a.enrolment_id', '=', 'e.id')
            .where('a.present', '=', true)
            .where('a.attendance_date', '>=', first)
            .where('a.attendance_date', '<=', last)
            .as('days_present'),
        )
        .where('e.school_id', '=', params.schoolId)
        .where('e.valid_from', '<=', last)
        .where((eb) => eb.or([eb('e.valid_to', 'is', null), eb('e.valid_to', '>=', first)]))
        .orderBy('p.last_name')
        .execute();
      audit.persons(rows.flatMap((r) => (r.payer_id ? [r.pupil_id, r.payer_id] : [r.pupil_id])));
      return {
        month: query.month,
        caps,
        fees: rows.map((r) => ({
          enrolmentId: r.id,
          pupilId: r.pupil_id,
          payerId: r.payer_id,
          name: `${r.last_name} ${r.first_names}`,
          hoursPerSchoolYear: r.hours_per_school_year,
          daysPresent: Number(r.days_present ?? 0),
          fee: monthlyCharge({ monthlyFee: Number(r.monthly_fee), reductionPercent: Number(r.reduction_percent), hoursPerSchoolYear: r.hours_per_school_year }, caps),
        })),
      };
    },
  }),
];
