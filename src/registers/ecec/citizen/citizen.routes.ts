// A guardian's own ECEC pages (kuntalainen, eVaka's citizen side): for each of their children
// in ECEC the placements, the calendar month with reservations and absence notices for coming
// days, the ECEC plan versions made visible to guardians, and the decisions as PDFs. Every
// route names a citizen action (access: guardianship in force today) and is audit-logged with
// the acting person.
import { guardedChildren } from '../../../core/access/access-control.ts';
import { defineRoute, type RouteDefinition } from '../../../core/http/route.ts';
import { badRequest, notFoundOrDenied } from '../../../core/http/errors.ts';
import { DATASET } from '../datasets.ts';
import { date, idParams, time, uuid } from '../schemas.ts';
import { placementOn } from '../attendance/attendance.queries.ts';
import { getChildPlacements } from '../placement/placement.queries.ts';
import { placementDecisionPdf } from '../placement/placement-decision-pdf.ts';
import { feeDecisionPdf } from '../fees/fee-decision-pdf.ts';
import { voucherDecisionPdf } from '../fees/voucher-decision-pdf.ts';
import { citizenActions } from './citizen-access.ts';
import { calendarRuleOn, checkCitizenDay, CITIZEN_ABSENCE_TYPES, type CitizenDay } from './citizen-calendar.ts';
import { citizenDecisions, citizenMonth, ececChildren, replaceCitizenDay, visibleVasuVersions } from './citizen.queries.ts';

const tags = ['citizen'];
const str = { type: 'string' } as const;
const nstr = { type: ['string', 'null'] } as const;
const num = { type: 'number' } as const;
const nnum = { type: ['number', 'null'] } as const;
const obj = (properties: Record<string, object>) => ({ type: 'object', properties, required: Object.keys(properties) }) as const;
const arr = (items: object) => ({ type: 'array', items }) as const;
const monthPattern = { type: 'string', pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$' } as const;
const interval = obj({ start: str, end: str });

const childrenSchema = obj({
  children: arr(obj({ id: str, firstNames: str, lastName: str, birthDate: str, placement: obj({ unitName: str, type: str, startDate: str, endDate: nstr }) })),
});
const monthSchema = obj({
  month: str,
  serviceNeedHours: nnum,
  reservedHours: num,
  realisedHours: num,
  rule: obj({ reservationClosingDays: num, absenceClosingDays: num, maxDaysAhead: num }),
  days: arr(
    obj({
      date: str,
      unitName: nstr,
      reservations: arr(interval),
      attendances: arr(obj({ arrived: str, departed: nstr })),
      absenceType: nstr,
      reservable: { type: 'boolean' },
      absenceReportable: { type: 'boolean' },
    }),
  ),
});
const vasuSchema = obj({ versions: arr(obj({ id: str, version: num, createdAt: str, sections: arr(obj({ id: str, title: str, content: str })) })) });
const decisionsSchema = obj({
  placementDecisions: arr(obj({ id: str, decisionDate: str, childId: str, childFirstNames: str, unitName: str, startDate: str, endDate: nstr })),
  feeDecisions: arr(obj({ id: str, decisionNumber: num, decisionDate: str, validFrom: str, validTo: nstr, totalFee: num })),
  voucherValueDecisions: arr(obj({ id: str, decisionNumber: num, decisionDate: str, validFrom: str, validTo: nstr, coPayment: num, childFirstNames: str })),
});
const placementsSchema = obj({
  placements: arr(
    obj({
      id: str,
      unitName: str,
      type: str,
      startDate: str,
      endDate: nstr,
      hoursPerMonth: num,
      decisions: arr(obj({ id: str, decisionDate: str })),
    }),
  ),
});

const pdfRoute = (url: string, summary: string, action: string, audit: string, render: typeof feeDecisionPdf, filename: string) =>
  defineRoute<unknown, unknown, { id: string }>({
    method: 'GET',
    url,
    summary,
    tags,
    action,
    audit,
    datasetId: DATASET.placementsAndFees,
    purpose: 'citizen_self_service',
    readOnly: true,
    target: ({ params }) => [params.id],
    schema: { params: idParams, produces: ['application/pdf'] },
    handler: async ({ tx, params, reply, audit }) => {
      const r = await render(tx, params.id);
      if (!r) throw notFoundOrDenied();
      audit.persons(r.personIds);
      reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="${filename}"`);
      return r.pdf;
    },
  });

export const citizenRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/citizen/ecec/children',
    summary: 'My children in ECEC (a placement today or later), with the placement',
    tags,
    action: citizenActions.childrenList.name,
    audit: 'EcecCitizenChildrenRead',
    datasetId: DATASET.placementsAndFees,
    purpose: 'citizen_self_service',
    readOnly: true,
    schema: { response: { 200: childrenSchema } },
    handler: async ({ tx, citizen, clock, audit }) => {
      const today = clock.today();
      const children = await ececChildren(tx, await guardedChildren(tx, citizen!.personId, today), today);
      audit.persons(children.map((c) => c.id));
      return { children };
    },
  }),
  defineRoute<unknown, unknown, { id: string }>({
    method: 'GET',
    url: '/citizen/ecec/children/:id/placements',
    summary: "My child's placements with their placement decisions",
    tags,
    action: citizenActions.childRead.name,
    audit: 'EcecPlacementRead',
    datasetId: DATASET.placementsAndFees,
    purpose: 'citizen_self_service',
    readOnly: true,
    target: ({ params }) => [params.id],
    schema: { params: idParams, response: { 200: placementsSchema } },
    handler: async ({ tx, params }) => {
      const placements = await getChildPlacements(tx, params.id);
      return {
        placements: placements.map((p) => ({
          id: p.id,
          unitName: p.unitName,
          type: p.type,
          startDate: p.startDate,
          endDate: p.endDate,
          hoursPerMonth: Number(p.hoursPerMonth),
          decisions: p.decisions.map((d) => ({ id: d.id, decisionDate: d.decisionDate })),
        })),
      };
    },
  }),
  defineRoute<unknown, { month: string }, { id: string }>({
    method: 'GET',
    url: '/citizen/ecec/children/:id/calendar',
    summary: "My child's month: reservations, absences and realised stays per day, and which days I may still change",
    tags,
    action: citizenActions.childRead.name,
    audit: 'EcecAttendanceRead',
    datasetId: DATASET.attendance,
    purpose: 'citizen_self_service',
    readOnly: true,
    target: ({ params }) => [params.id],
    schema: { params: idParams, querystring: { type: 'object', properties: { month: monthPattern }, required: ['month'], additionalProperties: false }, response: { 200: monthSchema } },
    handler: async ({ tx, params, query, clock }) => {
      const today = clock.today();
      return citizenMonth(tx, params.id, query.month, today, await calendarRuleOn(tx, today));
    },
  }),
  defineRoute<CitizenDay, unknown, { id: string; date: string }>({
    method: 'PUT',
    url: '/citizen/ecec/children/:id/days/:date',
    summary: "Replace my reservations or absence notice (sick/other) of my child's coming day; an empty day deletes them",
    tags,
    action: citizenActions.calendarWrite.name,
    audit: 'EcecCitizenDayUpdate',
    datasetId: DATASET.attendance,
    purpose: 'care',
    target: ({ params }) => [params.id],
    schema: {
      params: { type: 'object', properties: { id: uuid, date }, required: ['id', 'date'] },
      body: {
        type: 'object',
        properties: {
          reservations: { type: 'array', maxItems: 2, items: { type: 'object', properties: { start: time, end: time }, required: ['start', 'end'], additionalProperties: false } },
          absence: { anyOf: [{ type: 'string', enum: [...CITIZEN_ABSENCE_TYPES] }, { type: 'null' }] },
        },
        required: ['reservations', 'absence'],
        additionalProperties: false,
      },
      response: { 200: obj({ date: str, reservations: arr(interval), absence: nstr }) },
    },
    handler: async ({ tx, params, body, clock, citizen }) => {
      const today = clock.today();
      const stays = checkCitizenDay(body, params.date, today, await calendarRuleOn(tx, today));
      if (!(await placementOn(tx, params.id, params.date))) {
        throw badRequest('no_placement', { fi: 'Lapsella ei ole sijoitusta tälle päivälle.', sv: 'Barnet har ingen placering för dagen.', en: 'The child has no placement on that day.' });
      }
      await replaceCitizenDay(tx, params.id, params.date, stays, body.absence, citizen!.personId);
      return { date: params.date, reservations: stays, absence: body.absence };
    },
  }),
  defineRoute<unknown, unknown, { id: string }>({
    method: 'GET',
    url: '/citizen/ecec/children/:id/vasu',
    summary: "The versions of my child's ECEC plan (vasu) that staff made visible to guardians, newest first (read-only)",
    tags,
    action: citizenActions.vasuRead.name,
    audit: 'EcecVasuRead',
    datasetId: DATASET.vasu,
    purpose: 'citizen_self_service',
    readOnly: true,
    target: ({ params }) => [params.id],
    schema: { params: idParams, response: { 200: vasuSchema } },
    handler: async ({ tx, params, audit }) => {
      const versions = await visibleVasuVersions(tx, params.id);
      audit.objects(versions.map((v) => v.id));
      return { versions };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/citizen/ecec/decisions',
    summary: "Placement decisions of my children, and my fee and voucher value decisions",
    tags,
    action: citizenActions.decisionsList.name,
    audit: 'EcecCitizenDecisionsRead',
    datasetId: DATASET.placementsAndFees,
    purpose: 'citizen_self_service',
    readOnly: true,
    schema: { response: { 200: decisionsSchema } },
    handler: async ({ tx, citizen, clock, audit }) => {
      const childIds = await guardedChildren(tx, citizen!.personId, clock.today());
      const r = await citizenDecisions(tx, citizen!.personId, childIds);
      audit.persons([citizen!.personId, ...new Set(r.placementDecisions.map((d) => d.childId))]);
      audit.objects([...r.placementDecisions, ...r.feeDecisions, ...r.voucherValueDecisions].map((d) => d.id));
      return r;
    },
  }),
  pdfRoute('/citizen/ecec/placement-decisions/:id/pdf', "My child's placement decision as PDF", citizenActions.placementDecisionPrint.name, 'EcecPlacementDecisionPrint', placementDecisionPdf, 'placement-decision.pdf'),
  pdfRoute('/citizen/ecec/fee-decisions/:id/pdf', 'My fee decision as PDF', citizenActions.feeDecisionPrint.name, 'EcecFeeDecisionPrint', feeDecisionPdf, 'fee-decision.pdf'),
  pdfRoute('/citizen/ecec/voucher-value-decisions/:id/pdf', 'My voucher value decision as PDF', citizenActions.voucherDecisionPrint.name, 'EcecVoucherValueDecisionPrint', voucherDecisionPdf, 'voucher-value-decision.pdf'),
];
