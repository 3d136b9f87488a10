import { defineRoute, type RouteDefinition } from '../../../core/http/route.ts';
import { badRequest, notFoundOrDenied } from '../../../core/http/errors.ts';
import type { ReadTx } from '../../../core/db/database.ts';
import { A } from '../access.ts';
import { DS } from '../datasets.ts';
import { assertPeriod, assertSchool, date, idParams, nullableDate, nullableText, objectBody, schoolYear, text, uuid } from '../http-schemas.ts';
import { parametersOn, schoolYearOf, schoolYearStart } from '../parameters.ts';
import { getPupilBasics } from '../pupil/pupil.queries.ts';
import { transportEligibility } from './transport.ts';

type PupilP = { pupilId: string };

/** Eligibility of a pupil for a school year from the latest stored trip and decisions in force. */
export async function eligibilityFor(db: ReadTx, pupilId: string, year: number) {
  const start = schoolYearStart(year);
  const pupil = await getPupilBasics(db, pupilId);
  if (!pupil) return null;
  const trip = await db.selectFrom('be_school_trip').selectAll().where('pupil_id', '=', pupilId).where('measured_on', '<=', `${year + 1}-07-31`).orderBy('measured_on', 'desc').executeTakeFirst();
  const unsafe = await db
    .selectFrom('be_transport_decision')
    .select('id')
    .where('pupil_id', '=', pupilId)
    .where('kind', '=', 'unsafe_route')
    .where('eligible', '=', true)
    .where('valid_from', '<=', `${year + 1}-07-31`)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', start)]))
    .executeTakeFirst();
  const p = await parametersOn(db, ['transport.min_distance_km', 'transport.max_daily_minutes', 'transport.max_daily_minutes_age13'], start);
  const result = transportEligibility(
    { birthDate: pupil.birth_date, schoolYearStart: start, distanceKm: trip ? Number(trip.distance_km) : null, dailyTravelMinutes: trip?.daily_travel_minutes ?? null, unsafeRouteDecision: !!unsafe },
    { minDistanceKm: p['transport.min_distance_km'], maxDailyMinutes: p['transport.max_daily_minutes'], maxDailyMinutesAge13: p['transport.max_daily_minutes_age13'] },
  );
  return { schoolYear: year, trip: trip ?? null, ...result };
}

export const transportRoutes: RouteDefinition[] = [
  defineRoute<{ schoolId: string; homeAddress?: string | null; distanceKm: number; dailyTravelMinutes?: number | null; measuredOn: string; method?: string }, unknown, PupilP>({
    method: 'POST',
    url: '/basic-education/pupils/:pupilId/school-trips',
    summary: 'Store the measured school trip (distance and daily travel time with waiting) from the home address',
    action: A.transportWrite.name,
    audit: 'SchoolTripCreate',
    datasetId: DS.other,
    target: ({ params }) => [params.pupilId],
    schema: {
      params: idParams('pupilId'),
      body: objectBody(
        { schoolId: uuid, homeAddress: nullableText(300), distanceKm: { type: 'number', minimum: 0, maximum: 500 }, dailyTravelMinutes: { type: ['integer', 'null'], minimum: 0, maximum: 1440 }, measuredOn: date, method: { type: 'string', maxLength: 50 } },
        ['schoolId', 'distanceKm', 'measuredOn'],
      ),
    },
    handler: async ({ tx, params, body, audit, reply }) => {
      await assertSchool(tx, body.schoolId);
      const row = await tx
        .insertInto('be_school_trip')
        .values({ pupil_id: params.pupilId, school_id: body.schoolId, home_address: body.homeAddress ?? null, distance_km: body.distanceKm, daily_travel_minutes: body.dailyTravelMinutes ?? null, measured_on: body.measuredOn, method: body.method ?? 'route_planner' })
        .returning('id')
        .executeTakeFirstOrThrow();
      audit.objects([row.id]);
      reply.status(201);
      return { id: row.id };
    },
  }),
  defineRoute<unknown, { schoolYear?: number }, PupilP>({
    method: 'GET',
    url: '/basic-education/pupils/:pupilId/transport-eligibility',
    summary: 'School transport eligibility by Perusopetuslaki 32 § for a school year, from the stored trip and unsafe-route decisions',
    action: A.transportRead.name,
    audit: 'TransportEligibilityRead',
    datasetId: DS.other,
    target: ({ params }) => [params.pupilId],
    schema: { params: idParams('pupilId'), querystring: { type: 'object', properties: { schoolYear }, additionalProperties: false } },
    handler: async ({ tx, params, query, clock }) => {
      const out = await eligibilityFor(tx, params.pupilId, query.schoolYear ?? schoolYearOf(clock.today()));
      if (!out) throw notFoundOrDenied();
      return out;
    },
  }),
  defineRoute<{ schoolId: string; kind: 'transport' | 'unsafe_route'; eligible: boolean; mode?: string | null; decidedOn: string; validFrom: string; validTo?: string | null; decidedBy: string; grounds?: string[] }, unknown, PupilP>({
    method: 'POST',
    url: '/basic-education/pupils/:pupilId/transport-decisions',
    summary: 'Record a transport decision or a decision that the route is unsafe for the pupil',
    action: A.transportWrite.name,
    audit: 'TransportDecisionCreate',
    datasetId: DS.other,
    target: ({ params }) => [params.pupilId],
    schema: {
      params: idParams('pupilId'),
      body: objectBody(
        {
          schoolId: uuid,
          kind: { type: 'string', enum: ['transport', 'unsafe_route'] },
          eligible: { type: 'boolean' },
          mode: { type: ['string', 'null'], enum: ['taxi', 'bus', 'public_transport_card', 'allowance', 'other', null] },
          decidedOn: date,
          validFrom: date,
          validTo: nullableDate,
          decidedBy: text(200),
          grounds: { type: 'array', items: { type: 'string', maxLength: 200 }, maxItems: 10 },
        },
        ['schoolId', 'kind', 'eligible', 'decidedOn', 'validFrom', 'decidedBy'],
      ),
    },
    handler: async ({ tx, params, body, audit, reply }) => {
      assertPeriod(body.validFrom, body.validTo);
      await assertSchool(tx, body.schoolId);
      let grounds = body.grounds ?? [];
      if (body.kind === 'transport' && body.eligible) {
        // A positive transport decision must rest on the law: the computed grounds are stored with it.
        const e = await eligibilityFor(tx, params.pupilId, schoolYearOf(body.validFrom));
        if (!e?.eligible && grounds.length === 0) {
          throw badRequest('transport_grounds_required', {
            fi: 'Koulumatka ei ylitä 5 kilometriä eikä reittiä ole todettu vaaralliseksi; anna päätöksen peruste.',
            sv: 'Skolvägen överstiger inte 5 km och vägen har inte konstaterats farlig; ange grunden för beslutet.',
            en: 'The trip is not over 5 km and the route has not been found unsafe; give the grounds of the decision.',
          });
        }
        grounds = [...new Set([...(e?.grounds ?? []), ...grounds])];
      }
      const row = await tx
        .insertInto('be_transport_decision')
        .values({ pupil_id: params.pupilId, school_id: body.schoolId, kind: body.kind, eligible: body.eligible, grounds, mode: body.mode ?? null, decided_on: body.decidedOn, valid_from: body.validFrom, valid_to: body.validTo ?? null, decided_by: body.decidedBy })
        .returning('id')
        .executeTakeFirstOrThrow();
      audit.objects([row.id]);
      reply.status(201);
      return { id: row.id, grounds };
    },
  }),
];
