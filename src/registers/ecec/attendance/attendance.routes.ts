// Attendance (hoitotapahtumat): reservations by guardians, realised times by staff, absences
// by type, and the month's hours compared with the service need (overrun alert); a unit's day
// and month for the staff who mark them.
import type { Tx } from '../../../core/db/database.ts';
import { defineRoute, type RouteContext, type RouteDefinition } from '../../../core/http/route.ts';
import { badRequest, notFoundOrDenied } from '../../../core/http/errors.ts';
import { actions } from '../access.ts';
import { DATASET } from '../datasets.ts';
import { date, idParams, time, uuid } from '../schemas.ts';
import { ABSENCE_TYPES, checkDay, checkReservations, minutes, type AttendanceDay, type ReservationInterval } from './attendance.ts';
import { getUnitDay, getUnitMonth, monthlySummary, placementOn, replaceDay, replaceReservations } from './attendance.queries.ts';
import { unitDaySchema, unitMonthSchema, attendanceDaySchema, reservationDaySchema } from './attendance.schemas.ts';

const tags = ['ecec'];
const msg = (fi: string, sv: string, en: string) => ({ fi, sv, en });
const monthPattern = { type: 'string', pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$' } as const;

const noPlacement = () => badRequest('no_placement', msg('Lapsella ei ole sijoitusta tälle päivälle.', 'Barnet har ingen placering för dagen.', 'The child has no placement on that day.'));

/**
 * The child's placement on the day, in a unit where the user marks attendance. Access to the
 * child is checked against today's placements; this also checks the day's unit, so that staff
 * of one unit never write into another unit's days of a child who moved.
 */
async function markableUnit(ctx: Pick<RouteContext, 'allowed'> & { tx: Tx }, childId: string, day: string): Promise<string> {
  const p = await placementOn(ctx.tx, childId, day);
  if (!p) throw noPlacement();
  const ok = await ctx.allowed(actions.unitAttendanceWrite.name, [p.unit_id]);
  if (!ok.has(p.unit_id)) throw notFoundOrDenied();
  return p.unit_id;
}

export const attendanceRoutes: RouteDefinition[] = [
  defineRoute<{ date: string; start: string; end: string }, unknown, { id: string }>({
    method: 'POST',
    url: '/ecec/children/:id/reservations',
    summary: "A guardian's reservation of care time for a day, entered by staff on the guardian's behalf (guardians reserve themselves under /citizen/ecec)",
    tags,
    action: actions.reservationWrite.name,
    audit: 'EcecReservationCreate',
    datasetId: DATASET.attendance,
    target: ({ params }) => [params.id],
    schema: { params: idParams, body: { type: 'object', properties: { date, start: time, end: time }, required: ['date', 'start', 'end'], additionalProperties: false } },
    handler: async ({ tx, params, body, user, reply, allowed }) => {
      if (minutes(body.end) <= minutes(body.start)) throw badRequest('invalid_time_range', msg('Loppuaika on ennen alkuaikaa.', 'Sluttiden är före starttiden.', 'The end time is before the start time.'));
      await markableUnit({ tx, allowed }, params.id, body.date);
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
    handler: async ({ tx, params, body, reply, allowed }) => {
      if (body.departed && minutes(body.departed) <= minutes(body.arrived)) {
        throw badRequest('invalid_time_range', msg('Lähtöaika on ennen tuloaikaa.', 'Avgångstiden är före ankomsttiden.', 'The departure is before the arrival.'));
      }
      const unitId = await markableUnit({ tx, allowed }, params.id, body.date);
      const row = await tx
        .insertInto('ecec_attendance')
        .values({ child_id: params.id, unit_id: unitId, date: body.date, arrived: body.arrived, departed: body.departed ?? null })
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
    handler: async ({ tx, params, body, reply, allowed }) => {
      await markableUnit({ tx, allowed }, params.id, body.date);
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
    schema: { params: idParams, querystring: { type: 'object', properties: { month: monthPattern }, required: ['month'], additionalProperties: false } },
    handler: async ({ tx, params, query }) => monthlySummary(tx, params.id, query.month),
  }),
  defineRoute<AttendanceDay, unknown, { id: string; date: string }>({
    method: 'PUT',
    url: '/ecec/children/:id/attendance-days/:date',
    summary: "Replace what is marked for a child on a day: the realised stays (arrival, departure) or an absence by type, or nothing",
    tags,
    action: actions.attendanceWrite.name,
    audit: 'EcecAttendanceUpdate',
    datasetId: DATASET.attendance,
    purpose: 'care',
    target: ({ params }) => [params.id],
    schema: {
      params: { type: 'object', properties: { id: uuid, date }, required: ['id', 'date'] },
      body: {
        type: 'object',
        properties: {
          attendances: {
            type: 'array',
            maxItems: 6,
            items: { type: 'object', properties: { arrived: time, departed: { anyOf: [time, { type: 'null' }] } }, required: ['arrived', 'departed'], additionalProperties: false },
          },
          absenceType: { anyOf: [{ type: 'string', enum: [...ABSENCE_TYPES] }, { type: 'null' }] },
        },
        required: ['attendances', 'absenceType'],
        additionalProperties: false,
      },
      response: { 200: attendanceDaySchema },
    },
    handler: async ({ tx, params, body, clock, allowed, audit }) => {
      const stays = checkDay(body, params.date, clock.today());
      const unitId = await markableUnit({ tx, allowed }, params.id, params.date);
      await replaceDay(tx, params.id, unitId, params.date, stays, body.absenceType);
      audit.persons([params.id]);
      return { date: params.date, attendances: stays, absenceType: body.absenceType };
    },
  }),
  defineRoute<{ reservations: ReservationInterval[] }, unknown, { id: string; date: string }>({
    method: 'PUT',
    url: '/ecec/children/:id/reservation-days/:date',
    summary: "Replace a guardian's reservations of care time for a coming day (entered or changed for the guardian by staff); none removes the reservation",
    tags,
    action: actions.reservationWrite.name,
    audit: 'EcecReservationUpdate',
    datasetId: DATASET.attendance,
    purpose: 'care',
    target: ({ params }) => [params.id],
    schema: {
      params: { type: 'object', properties: { id: uuid, date }, required: ['id', 'date'] },
      body: {
        type: 'object',
        properties: {
          reservations: {
            type: 'array',
            maxItems: 4,
            items: { type: 'object', properties: { start: time, end: time }, required: ['start', 'end'], additionalProperties: false },
          },
        },
        required: ['reservations'],
        additionalProperties: false,
      },
      response: { 200: reservationDaySchema },
    },
    handler: async ({ tx, params, body, clock, allowed, audit, user }) => {
      const reservations = checkReservations(body.reservations, params.date, clock.today());
      await markableUnit({ tx, allowed }, params.id, params.date);
      await replaceReservations(tx, params.id, params.date, reservations, user?.userId ?? null);
      audit.persons([params.id]);
      return { date: params.date, reservations };
    },
  }),
  defineRoute<unknown, { date: string; groupId?: string }, { id: string }>({
    method: 'GET',
    url: '/ecec/units/:id/attendance',
    summary: "A unit's day: the children placed in it (or in one group), their reservations, realised stays and absences",
    tags,
    action: actions.unitAttendanceRead.name,
    audit: 'EcecUnitAttendanceRead',
    datasetId: DATASET.attendance,
    target: ({ params }) => [params.id],
    schema: {
      params: idParams,
      querystring: { type: 'object', properties: { date, groupId: uuid }, required: ['date'], additionalProperties: false },
      response: { 200: unitDaySchema },
    },
    handler: async ({ tx, params, query, audit }) => {
      const children = await getUnitDay(tx, params.id, query.date, query.groupId ?? null);
      audit.persons(children.map((c) => c.id));
      return { date: query.date, children };
    },
  }),
  defineRoute<unknown, { month: string; groupId?: string }, { id: string }>({
    method: 'GET',
    url: '/ecec/units/:id/attendance-month',
    summary: "A unit's month: each child's realised and reserved hours against the service need, with the overrun alert",
    tags,
    action: actions.unitAttendanceRead.name,
    audit: 'EcecUnitAttendanceRead',
    datasetId: DATASET.attendance,
    target: ({ params }) => [params.id],
    schema: {
      params: idParams,
      querystring: { type: 'object', properties: { month: monthPattern, groupId: uuid }, required: ['month'], additionalProperties: false },
      response: { 200: unitMonthSchema },
    },
    handler: async ({ tx, params, query, audit }) => {
      const children = await getUnitMonth(tx, params.id, query.month, query.groupId ?? null);
      audit.persons(children.map((c) => c.id));
      return { month: query.month, children, overruns: children.filter((c) => c.overrun).length };
    },
  }),
];
