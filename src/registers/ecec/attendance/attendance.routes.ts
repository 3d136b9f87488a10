// Attendance (hoitotapahtumat): reservations by guardians, realised times by staff, absences
// by type, and the month's hours compared with the service need (overrun alert).
import { sql } from 'kysely';
import type { ReadTx } from '../../../core/db/database.ts';
import { defineRoute, type RouteDefinition } from '../../../core/http/route.ts';
import { badRequest } from '../../../core/http/errors.ts';
import { actions } from '../access.ts';
import { DATASET } from '../datasets.ts';
import { monthRange } from '../dates.ts';
import { date, idParams, time } from '../schemas.ts';

const tags = ['ecec'];
const msg = (fi: string, sv: string, en: string) => ({ fi, sv, en });
export const ABSENCE_TYPES = ['sickness', 'planned', 'other', 'unknown', 'force_majeure', 'parent_leave'] as const;
const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

async function placementUnitOn(db: ReadTx, childId: string, day: string) {
  return db
    .selectFrom('ecec_placement')
    .select(['unit_id', 'hours_per_month'])
    .where('child_id', '=', childId)
    .where('start_date', '<=', day)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', day)]))
    .executeTakeFirst();
}
const noPlacement = () => badRequest('no_placement', msg('Lapsella ei ole sijoitusta tälle päivälle.', 'Barnet har ingen placering för dagen.', 'The child has no placement on that day.'));

/** Realised hours of a month against the service need; an overrun of the hours is flagged. */
export async function monthlySummary(db: ReadTx, childId: string, month: string) {
  const { from, to } = monthRange(month);
  const attendances = await db
    .selectFrom('ecec_attendance')
    .select(['date', sql<string>`to_char(arrived, 'HH24:MI')`.as('arrived'), sql<string | null>`to_char(departed, 'HH24:MI')`.as('departed')])
    .where('child_id', '=', childId)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .orderBy('date')
    .execute();
  const reservations = await db
    .selectFrom('ecec_reservation')
    .select(['date', sql<string>`to_char(start_time, 'HH24:MI')`.as('start'), sql<string>`to_char(end_time, 'HH24:MI')`.as('end')])
    .where('child_id', '=', childId)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .orderBy('date')
    .execute();
  const absences = await db.selectFrom('ecec_absence').select(['date', 'type']).where('child_id', '=', childId).where('date', '>=', from).where('date', '<=', to).orderBy('date').execute();
  const placement = await db
    .selectFrom('ecec_placement')
    .select(sql<number>`max(hours_per_month)`.as('hours'))
    .where('child_id', '=', childId)
    .where('start_date', '<=', to)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', from)]))
    .executeTakeFirst();
  const realisedMinutes = attendances.reduce((s, a) => s + (a.departed ? minutes(a.departed) - minutes(a.arrived) : 0), 0);
  const reservedMinutes = reservations.reduce((s, r) => s + minutes(r.end) - minutes(r.start), 0);
  const serviceNeedHours = placement?.hours === null || placement?.hours === undefined ? null : Number(placement.hours);
  const realisedHours = Math.round((realisedMinutes / 60) * 100) / 100;
  return {
    month,
    serviceNeedHours,
    realisedHours,
    reservedHours: Math.round((reservedMinutes / 60) * 100) / 100,
    overrun: serviceNeedHours !== null && realisedHours > serviceNeedHours,
    absencesByType: Object.fromEntries(ABSENCE_TYPES.map((t) => [t, absences.filter((a) => a.type === t).length])),
    attendances,
    reservations,
    absences,
  };
}

export const attendanceRoutes: RouteDefinition[] = [
  defineRoute<{ date: string; start: string; end: string }, unknown, { id: string }>({
    method: 'POST',
    url: '/ecec/children/:id/reservations',
    summary: "A guardian's reservation of care time for a day (entered for the guardian by staff until citizen login exists)",
    tags,
    action: actions.reservationWrite.name,
    audit: 'EcecReservationCreate',
    datasetId: DATASET.attendance,
    target: ({ params }) => [params.id],
    schema: { params: idParams, body: { type: 'object', properties: { date, start: time, end: time }, required: ['date', 'start', 'end'], additionalProperties: false } },
    handler: async ({ tx, params, body, user, reply }) => {
      if (minutes(body.end) <= minutes(body.start)) throw badRequest('invalid_time_range', msg('Loppuaika on ennen alkuaikaa.', 'Sluttiden är före starttiden.', 'The end time is before the start time.'));
      if (!(await placementUnitOn(tx, params.id, body.date))) throw noPlacement();
      const row = await tx
        .insertInto('ecec_reservation')
        .values({ child_id: params.id, date: body.date, start_time: body.start, end_time: body.end, created_by_user_id: user?.userId ?? null })
        .onConflict((oc) => oc.columns(['child_id', 'date', 'start_time']).doUpdateSet({ end_time: body.end }))
        .returning('id')
        .executeTakeFirstOrThrow();
      reply.status(201);
      return { id: row.id };
    },
  }),
  defineRoute<{ date: string; arrived: string; departed?: string | null }, unknown, { id: string }>({
    method: 'POST',
    url: '/ecec/children/:id/attendances',
    summary: 'Record the realised arrival and departure time of a child',
    tags,
    action: actions.attendanceWrite.name,
    audit: 'EcecAttendanceCreate',
    datasetId: DATASET.attendance,
    target: ({ params }) => [params.id],
    schema: {
      params: idParams,
      body: { type: 'object', properties: { date, arrived: time, departed: { anyOf: [time, { type: 'null' }] } }, required: ['date', 'arrived'], additionalProperties: false },
    },
    handler: async ({ tx, params, body, reply }) => {
      if (body.departed && minutes(body.departed) <= minutes(body.arrived)) {
        throw badRequest('invalid_time_range', msg('Lähtöaika on ennen tuloaikaa.', 'Avgångstiden är före ankomsttiden.', 'The departure is before the arrival.'));
      }
      const p = await placementUnitOn(tx, params.id, body.date);
      if (!p) throw noPlacement();
      const row = await tx
        .insertInto('ecec_attendance')
        .values({ child_id: params.id, unit_id: p.unit_id, date: body.date, arrived: body.arrived, departed: body.departed ?? null })
        .onConflict((oc) => oc.columns(['child_id', 'date', 'arrived']).doUpdateSet({ departed: body.departed ?? null }))
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx.deleteFrom('ecec_absence').where('child_id', '=', params.id).where('date', '=', body.date).execute();
      reply.status(201);
      return { id: row.id };
    },
  }),
  defineRoute<{ date: string; type: (typeof ABSENCE_TYPES)[number] }, unknown, { id: string }>({
    method: 'POST',
    url: '/ecec/children/:id/absences',
    summary: 'Record an absence by type (sickness, planned, …) for a day',
    tags,
    action: actions.attendanceWrite.name,
    audit: 'EcecAbsenceCreate',
    datasetId: DATASET.attendance,
    target: ({ params }) => [params.id],
    schema: { params: idParams, body: { type: 'object', properties: { date, type: { type: 'string', enum: [...ABSENCE_TYPES] } }, required: ['date', 'type'], additionalProperties: false } },
    handler: async ({ tx, params, body, reply }) => {
      if (!(await placementUnitOn(tx, params.id, body.date))) throw noPlacement();
      const row = await tx
        .insertInto('ecec_absence')
        .values({ child_id: params.id, date: body.date, type: body.type })
        .onConflict((oc) => oc.columns(['child_id', 'date']).doUpdateSet({ type: body.type }))
        .returning('id')
        .executeTakeFirstOrThrow();
      reply.status(201);
      return { id: row.id };
    },
  }),
  defineRoute<unknown, { month: string }, { id: string }>({
    method: 'GET',
    url: '/ecec/children/:id/attendance',
    summary: "A child's month: reservations, realised times, absences, and hours against the service need",
    tags,
    action: actions.attendanceRead.name,
    audit: 'EcecAttendanceRead',
    datasetId: DATASET.attendance,
    target: ({ params }) => [params.id],
    schema: { params: idParams, querystring: { type: 'object', properties: { month: { type: 'string', pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$' } }, required: ['month'], additionalProperties: false } },
    handler: async ({ tx, params, query }) => monthlySummary(tx, params.id, query.month),
  }),
];
