import { coreActions } from '../access/actions.ts';
import { appendAudit } from '../audit/audit.ts';
import type { Tx } from '../db/database.ts';
import { renderPdf } from '../documents/pdf.ts';
import { ApiError, badRequest, conflict, notFoundOrDenied } from '../http/errors.ts';
import { defineRoute, type RouteContext, type RouteDefinition } from '../http/route.ts';
import type { Lang } from '../i18n.ts';
import { UUID_PATTERN, type PersonId } from '../ids.ts';
import type { RegisterModule } from '../module.ts';
import { findPersonIdByHetu, getPersonSummaries, searchPersonsByName } from '../persons/person.queries.ts';
import type { PersonSummary } from '../persons/person.ts';
import { organisationName } from '../description/settings.ts';
import { accessReportDocument, buildAccessReport } from './access-report.ts';
import {
  closed,
  decideRequest,
  extendDeadline,
  getInformationRequest,
  getItems,
  insertInformationRequest,
  listInformationRequests,
  markDelivered,
  reviewItems,
  storeSearchResult,
  type InformationRequestView,
  type ItemReview,
} from './information-request.queries.ts';
import { deliveryDocument, deliveryExport } from './information-request.report.ts';
import { findInAllRegisters, groupByRegister } from './information-request.search.ts';
import {
  appealInstructions,
  CHANNELS,
  DELIVERY_CHANNELS,
  IDENTIFICATION_METHODS,
  ITEM_DECISIONS,
  LEGAL_GROUNDS,
  REQUEST_KINDS,
  REQUESTER_KINDS,
  type RequestKind,
} from './information-request.ts';

const MANAGE = coreActions.informationRequestManage.name;
const PURPOSE = 'information_request';
const idParams = { type: 'object', properties: { id: { type: 'string', pattern: UUID_PATTERN } }, required: ['id'] } as const;
const date = { type: 'string', format: 'date' } as const;
const langQuery = { type: 'object', properties: { lang: { type: 'string', enum: ['fi', 'sv', 'en'] } }, additionalProperties: false } as const;
const subjectSchema = {
  type: 'object',
  properties: {
    personId: { type: 'string', pattern: UUID_PATTERN },
    hetu: { type: 'string', maxLength: 20 },
    name: { type: 'string', minLength: 2, maxLength: 200 },
    birthDate: date,
  },
  additionalProperties: false,
} as const;

type SubjectQuery = { personId?: string; hetu?: string; name?: string; birthDate?: string };

const subjectNotFound = () =>
  badRequest('subject_not_found', {
    fi: 'Henkilöä ei löytynyt henkilörekisteristä.',
    sv: 'Personen hittades inte i personregistret.',
    en: 'The person was not found in the person register.',
  });

/** Candidates for the subject: exact by henkilötunnus (in the body, never the URL) or fuzzy by name. */
async function subjectCandidates(tx: Tx, s: SubjectQuery): Promise<{ exact: boolean; candidates: PersonSummary[] }> {
  if (s.personId) return { exact: true, candidates: await getPersonSummaries(tx, [s.personId]) };
  if (s.hetu) {
    const id = await findPersonIdByHetu(tx, s.hetu);
    return { exact: true, candidates: id ? await getPersonSummaries(tx, [id]) : [] };
  }
  if (s.name) {
    const hits = await searchPersonsByName(tx, { query: s.name, birthDate: s.birthDate ?? null, limit: 20 });
    // A fuzzy name alone never picks a person; with the birth date a single hit may.
    return { exact: !!s.birthDate && hits.length === 1, candidates: hits };
  }
  throw badRequest('subject_required', {
    fi: 'Anna henkilötunnus tai nimi ja syntymäaika.',
    sv: 'Ange personbeteckning eller namn och födelsedatum.',
    en: 'Give a personal identity code, or a name and birth date.',
  });
}

async function loadRequest(ctx: RouteContext<any, any, { id: string }>): Promise<InformationRequestView> {
  const req = await getInformationRequest(ctx.tx, ctx.params.id, ctx.clock.today());
  if (!req) throw notFoundOrDenied();
  ctx.audit.persons([req.subjectPersonId]);
  ctx.audit.objects([req.id]);
  ctx.audit.purpose(PURPOSE, req.id);
  return req;
}

const requireOpen = (r: InformationRequestView) => {
  if (r.status === 'decided' || r.status === 'delivered') throw closed();
};
const requireDecided = (r: InformationRequestView) => {
  if (r.status !== 'decided' && r.status !== 'delivered') {
    throw conflict('not_decided', {
      fi: 'Tietopyyntöä ei ole vielä ratkaistu.',
      sv: 'Begäran har ännu inte avgjorts.',
      en: 'The request has not been decided yet.',
    });
  }
};

async function subjectOf(ctx: RouteContext<any, any, any>, id: string): Promise<PersonSummary> {
  const [p] = await getPersonSummaries(ctx.tx, [id]);
  if (!p) throw notFoundOrDenied();
  return p;
}

function grouped(registers: RegisterModule[], items: Awaited<ReturnType<typeof getItems>>) {
  const byRegister = new Map<string, typeof items>();
  for (const i of items) byRegister.set(i.registerId, [...(byRegister.get(i.registerId) ?? []), i]);
  const groups = groupByRegister(registers, byRegister);
  return { total: items.length, registers: groups };
}

/** Information requests (tietopyynnöt) across every enabled register, and "who viewed my data". */
export function informationRequestRoutes(registers: RegisterModule[]): RouteDefinition[] {
  return [
    defineRoute<SubjectQuery>({
      method: 'POST',
      url: '/information-requests/subject-search',
      summary: 'Candidates for the subject of an information request, by henkilötunnus (in the body) or fuzzy name and birth date',
      tags: ['information-requests'],
      action: MANAGE,
      audit: 'InformationRequestSubjectSearch',
      purpose: PURPOSE,
      schema: { body: subjectSchema },
      handler: async ({ tx, body, audit }) => {
        const { exact, candidates } = await subjectCandidates(tx, body);
        audit.persons(candidates.map((c) => c.id));
        return { exact, candidates };
      },
    }),

    defineRoute<{
      kind: RequestKind;
      subject: SubjectQuery;
      requesterKind: string;
      requesterPersonId?: string | null;
      requesterName?: string | null;
      identificationMethod: string;
      channel: string;
      receivedOn: string;
      language?: Lang;
    }>({
      method: 'POST',
      url: '/information-requests',
      summary: 'Record an information request; deadlines follow from the kind and the date of receipt',
      tags: ['information-requests'],
      action: MANAGE,
      audit: 'InformationRequestCreate',
      purpose: PURPOSE,
      schema: {
        body: {
          type: 'object',
          properties: {
            kind: { type: 'string', enum: [...REQUEST_KINDS] },
            subject: subjectSchema,
            requesterKind: { type: 'string', enum: [...REQUESTER_KINDS] },
            requesterPersonId: { type: ['string', 'null'], pattern: UUID_PATTERN },
            requesterName: { type: ['string', 'null'], maxLength: 200 },
            identificationMethod: { type: 'string', enum: [...IDENTIFICATION_METHODS] },
            channel: { type: 'string', enum: [...CHANNELS] },
            receivedOn: date,
            language: { type: 'string', enum: ['fi', 'sv', 'en'] },
          },
          required: ['kind', 'subject', 'requesterKind', 'identificationMethod', 'channel', 'receivedOn'],
          additionalProperties: false,
        },
      },
      handler: async ({ tx, body, user, clock, audit, reply }) => {
        const { exact, candidates } = await subjectCandidates(tx, body.subject);
        if (candidates.length === 0) throw subjectNotFound();
        if (!exact) {
          audit.persons(candidates.map((c) => c.id));
          throw new ApiError(
            409,
            'ambiguous_subject',
            {
              fi: 'Henkilö ei yksilöidy. Valitse oikea henkilö ehdokkaista.',
              sv: 'Personen kunde inte identifieras entydigt. Välj rätt person bland kandidaterna.',
              en: 'The person is not uniquely identified. Choose the right one from the candidates.',
            },
            { candidates },
          );
        }
        const subject = candidates[0]!;
        if (body.receivedOn > clock.today()) {
          throw badRequest('received_in_future', {
            fi: 'Saapumispäivä ei voi olla tulevaisuudessa.',
            sv: 'Ankomstdagen kan inte vara i framtiden.',
            en: 'The date of receipt cannot be in the future.',
          });
        }
        if (body.kind === 'access_log' && subject.dateOfDeath) {
          throw badRequest('subject_deceased', {
            fi: 'Lokitietoja voi pyytää vain elossa oleva henkilö itse (asiakastietolaki 11 §).',
            sv: 'Endast en levande person kan begära loggdata (klientdatalagen 11 §).',
            en: 'Only a living person can request access logs (Client Data Act, section 11).',
          });
        }
        const requesterPersonId = body.requesterKind === 'subject' ? subject.id : (body.requesterPersonId ?? null);
        if (body.requesterKind !== 'subject' && !requesterPersonId && !body.requesterName?.trim()) {
          throw badRequest('requester_required', {
            fi: 'Pyytäjä on yksilöitävä (henkilö tai nimi).',
            sv: 'Den som begär måste anges (person eller namn).',
            en: 'The requester must be identified (person or name).',
          });
        }
        const id = await insertInformationRequest(
          tx,
          {
            kind: body.kind,
            subjectPersonId: subject.id,
            requesterKind: body.requesterKind,
            requesterPersonId,
            requesterName: body.requesterKind === 'subject' ? null : (body.requesterName ?? null),
            identificationMethod: body.identificationMethod,
            channel: body.channel,
            receivedOn: body.receivedOn,
            language: body.language ?? 'fi',
          },
          user?.userId ?? null,
        );
        audit.persons([subject.id, ...(requesterPersonId ? [requesterPersonId] : [])]);
        audit.objects([id]);
        audit.purpose(PURPOSE, id);
        reply.status(201);
        return { id, request: await getInformationRequest(tx, id, clock.today()) };
      },
    }),

    defineRoute<unknown, { includeDelivered?: boolean }>({
      method: 'GET',
      url: '/information-requests',
      summary: 'Information requests by the deadline in force, with warnings when near or over',
      tags: ['information-requests'],
      action: MANAGE,
      audit: 'InformationRequestList',
      purpose: PURPOSE,
      schema: { querystring: { type: 'object', properties: { includeDelivered: { type: 'boolean' } }, additionalProperties: false } },
      handler: async ({ tx, query, clock, audit }) => {
        const requests = await listInformationRequests(tx, { today: clock.today(), includeDelivered: query.includeDelivered ?? false, limit: 500 });
        const subjects = await getPersonSummaries(tx, [...new Set(requests.map((r) => r.subjectPersonId))]);
        audit.persons(subjects.map((s) => s.id));
        const byId = new Map(subjects.map((s) => [s.id as string, s]));
        return { requests: requests.map((r) => ({ ...r, subject: byId.get(r.subjectPersonId) ?? null })) };
      },
    }),

    defineRoute<unknown, unknown, { id: string }>({
      method: 'GET',
      url: '/information-requests/:id',
      summary: 'One information request with its deadlines and the items found, grouped by register and dataset',
      tags: ['information-requests'],
      action: MANAGE,
      audit: 'InformationRequestRead',
      purpose: PURPOSE,
      schema: { params: idParams },
      handler: async (ctx) => {
        const request = await loadRequest(ctx);
        const items = await getItems(ctx.tx, request.id);
        ctx.audit.persons(items.flatMap((i) => i.otherPersonIds));
        return { request, subject: await subjectOf(ctx, request.subjectPersonId), result: grouped(registers, items) };
      },
    }),

    defineRoute<{ reason: string }, unknown, { id: string }>({
      method: 'POST',
      url: '/information-requests/:id/extend',
      summary: 'Extend the deadline with a recorded reason (GDPR 12(3): two more months; Julkisuuslaki 14 §: a large request, one month)',
      tags: ['information-requests'],
      action: MANAGE,
      audit: 'InformationRequestExtend',
      purpose: PURPOSE,
      schema: {
        params: idParams,
        body: { type: 'object', properties: { reason: { type: 'string', minLength: 3, maxLength: 2000 } }, required: ['reason'], additionalProperties: false },
      },
      handler: async (ctx) => {
        const request = await loadRequest(ctx);
        await extendDeadline(ctx.tx, request.id, ctx.body.reason.trim(), ctx.clock.today());
        return { request: await getInformationRequest(ctx.tx, request.id, ctx.clock.today()) };
      },
    }),

    defineRoute<unknown, unknown, { id: string }>({
      method: 'POST',
      url: '/information-requests/:id/search',
      summary: 'Search every enabled register for the subject; the result is stored for review',
      tags: ['information-requests'],
      action: MANAGE,
      audit: 'InformationRequestSearch',
      purpose: PURPOSE,
      schema: { params: idParams },
      handler: async (ctx) => {
        const request = await loadRequest(ctx);
        requireOpen(request);
        const found = await findInAllRegisters(ctx.tx, registers, request.subjectPersonId as PersonId, { clock: ctx.clock });
        await storeSearchResult(ctx.tx, request.id, found);
        // One event per register searched, so that the subject's access report shows each
        // register, and each with this request as its purpose.
        const user = ctx.user!;
        await appendAudit(
          ctx.tx,
          registers.map((r) => ({
            event: 'InformationRequestRegisterSearch',
            actorUserId: user.userId,
            actorKind: 'user' as const,
            actorRoles: [...new Set(user.grants.map((g) => g.role))],
            actorUnitIds: [...new Set(user.grants.flatMap((g) => (g.unitId ? [g.unitId] : [])))],
            registerId: r.id,
            personIds: [request.subjectPersonId, ...(found.get(r.id) ?? []).flatMap((i) => i.otherPersonIds ?? [])],
            objectIds: [request.id],
            purpose: PURPOSE,
            informationRequestId: request.id,
            requestId: ctx.requestId,
          })),
        );
        const items = await getItems(ctx.tx, request.id);
        ctx.audit.persons(items.flatMap((i) => i.otherPersonIds));
        return { request: await getInformationRequest(ctx.tx, request.id, ctx.clock.today()), result: grouped(registers, items) };
      },
    }),

    defineRoute<{ items: ItemReview[] }, unknown, { id: string }>({
      method: 'POST',
      url: '/information-requests/:id/review',
      summary: 'Mark items to release, redact (naming the fields) or withhold, with a legal ground',
      tags: ['information-requests'],
      action: MANAGE,
      audit: 'InformationRequestReview',
      purpose: PURPOSE,
      schema: {
        params: idParams,
        body: {
          type: 'object',
          properties: {
            items: {
              type: 'array',
              minItems: 1,
              maxItems: 5000,
              items: {
                type: 'object',
                properties: {
                  id: { type: 'string', pattern: UUID_PATTERN },
                  decision: { type: 'string', enum: [...ITEM_DECISIONS] },
                  legalGround: { type: ['string', 'null'], enum: [...Object.keys(LEGAL_GROUNDS), null] },
                  redactedFields: { type: 'array', items: { type: 'string', maxLength: 200 }, maxItems: 200 },
                },
                required: ['id', 'decision'],
                additionalProperties: false,
              },
            },
          },
          required: ['items'],
          additionalProperties: false,
        },
      },
      handler: async (ctx) => {
        const request = await loadRequest(ctx);
        requireOpen(request);
        if (request.status !== 'searched') throw notSearched();
        await reviewItems(ctx.tx, request.id, ctx.body.items, ctx.user!.userId);
        const items = await getItems(ctx.tx, request.id);
        return { pending: items.filter((i) => i.decision === 'pending').length, result: grouped(registers, items) };
      },
    }),

    defineRoute<unknown, unknown, { id: string }>({
      method: 'POST',
      url: '/information-requests/:id/decision',
      summary: 'Decide the request once every item is reviewed: full, partial or negative, with grounds and appeal instructions',
      tags: ['information-requests'],
      action: MANAGE,
      audit: 'InformationRequestDecide',
      purpose: PURPOSE,
      schema: { params: idParams },
      handler: async (ctx) => {
        const request = await loadRequest(ctx);
        requireOpen(request);
        if (request.status !== 'searched') throw notSearched();
        const outcome = await decideRequest(ctx.tx, request.id, ctx.clock.today());
        const items = await getItems(ctx.tx, request.id);
        const grounds = [...new Set(items.flatMap((i) => (i.legalGround ? [i.legalGround] : [])))];
        return {
          outcome,
          grounds: grounds.map((g) => ({ code: g, ...LEGAL_GROUNDS[g] })),
          appealInstructions: outcome === 'full' ? null : appealInstructions(request.kind),
          request: await getInformationRequest(ctx.tx, request.id, ctx.clock.today()),
        };
      },
    }),

    defineRoute<unknown, { lang?: Lang }, { id: string }>({
      method: 'GET',
      url: '/information-requests/:id/report/pdf',
      summary: 'The answer as PDF (fi/sv/en): contents by register, released items, redactions shown as such',
      tags: ['information-requests'],
      action: MANAGE,
      audit: 'InformationRequestReportPrint',
      purpose: PURPOSE,
      schema: { params: idParams, querystring: langQuery, produces: ['application/pdf'] },
      handler: async (ctx) => {
        const input = await deliveryInput(ctx, registers);
        const pdf = await renderPdf({ ...deliveryDocument(input), createdAt: ctx.clock.now() });
        ctx.reply.type('application/pdf').header('content-disposition', `attachment; filename="information-request-${input.request.id}.pdf"`);
        return pdf;
      },
    }),

    defineRoute<unknown, { lang?: Lang }, { id: string }>({
      method: 'GET',
      url: '/information-requests/:id/report/json',
      summary: 'The answer as a machine-readable JSON export (GDPR Art. 20 style)',
      tags: ['information-requests'],
      action: MANAGE,
      audit: 'InformationRequestExport',
      purpose: PURPOSE,
      schema: { params: idParams, querystring: langQuery },
      handler: async (ctx) => {
        const input = await deliveryInput(ctx, registers);
        ctx.reply.header('content-disposition', `attachment; filename="information-request-${input.request.id}.json"`);
        return deliveryExport({ ...input, generatedOn: ctx.clock.today() });
      },
    }),

    defineRoute<{ channel: string }, unknown, { id: string }>({
      method: 'POST',
      url: '/information-requests/:id/deliver',
      summary: 'Record that the answer was delivered to the requester',
      tags: ['information-requests'],
      action: MANAGE,
      audit: 'InformationRequestDeliver',
      purpose: PURPOSE,
      schema: {
        params: idParams,
        body: { type: 'object', properties: { channel: { type: 'string', enum: [...DELIVERY_CHANNELS] } }, required: ['channel'], additionalProperties: false },
      },
      handler: async (ctx) => {
        const request = await loadRequest(ctx);
        if (request.status === 'delivered') throw closed();
        requireDecided(request);
        await markDelivered(ctx.tx, request.id, ctx.body.channel, ctx.clock.today());
        return { request: await getInformationRequest(ctx.tx, request.id, ctx.clock.today()) };
      },
    }),

    ...accessReportRoutes(registers),
  ];
}

const notSearched = () =>
  conflict('not_searched', {
    fi: 'Rekistereistä ei ole vielä haettu tietoja.',
    sv: 'Registren har ännu inte genomsökts.',
    en: 'The registers have not been searched yet.',
  });

async function deliveryInput(ctx: RouteContext<unknown, { lang?: Lang }, { id: string }>, registers: RegisterModule[]) {
  const request = await loadRequest(ctx);
  requireDecided(request);
  const lang: Lang = ctx.query.lang ?? request.language;
  const items = await getItems(ctx.tx, request.id);
  ctx.audit.persons(items.filter((i) => i.decision !== 'withhold').flatMap((i) => i.otherPersonIds));
  return {
    request,
    subject: await subjectOf(ctx, request.subjectPersonId),
    items,
    registers,
    organisation: await organisationName(ctx.tx, lang),
    lang,
  };
}

type AccessReportQuery = { from?: string; to?: string; lang?: Lang; informationRequestId?: string };

const accessReportQuery = {
  type: 'object',
  properties: {
    from: date,
    to: date,
    lang: { type: 'string', enum: ['fi', 'sv', 'en'] },
    informationRequestId: { type: 'string', pattern: UUID_PATTERN },
  },
  additionalProperties: false,
} as const;

const badRange = () =>
  badRequest('invalid_range', {
    fi: 'Aikavälin alku on loppua myöhemmin.',
    sv: 'Periodens början är senare än dess slut.',
    en: 'The start of the period is after its end.',
  });

/** "Who viewed my data": staff accesses from the audit log, itself logged like any read. */
function accessReportRoutes(registers: RegisterModule[]): RouteDefinition[] {
  const build = async (ctx: RouteContext<unknown, AccessReportQuery, { id: string }>) => {
    const q = ctx.query;
    if (q.from && q.to && q.from > q.to) throw badRange();
    if (q.informationRequestId) {
      const req = await getInformationRequest(ctx.tx, q.informationRequestId, ctx.clock.today());
      if (!req || req.subjectPersonId !== ctx.params.id) throw notFoundOrDenied();
      ctx.audit.purpose(PURPOSE, req.id);
      ctx.audit.objects([req.id]);
    }
    const lang: Lang = q.lang ?? ctx.lang;
    const report = await buildAccessReport(ctx.tx, registers, ctx.params.id, { from: q.from ?? null, to: q.to ?? null, today: ctx.clock.today(), lang });
    return { report, lang, subject: await subjectOf(ctx, ctx.params.id) };
  };
  return [
    defineRoute<unknown, AccessReportQuery, { id: string }>({
      method: 'GET',
      url: '/persons/:id/access-report',
      summary: 'Who has viewed this person’s data: staff accesses by register, dataset, role and unit over a period',
      tags: ['information-requests'],
      action: coreActions.personReadAuditTrail.name,
      audit: 'PersonAccessReportRead',
      purpose: 'access_log_request',
      reportsAuditLog: true,
      target: ({ params }) => [params.id],
      schema: { params: idParams, querystring: accessReportQuery },
      handler: async (ctx) => {
        const { report, subject } = await build(ctx);
        return { subject, ...report };
      },
    }),
    defineRoute<unknown, AccessReportQuery, { id: string }>({
      method: 'GET',
      url: '/persons/:id/access-report/pdf',
      summary: 'Who has viewed this person’s data, as PDF',
      tags: ['information-requests'],
      action: coreActions.personReadAuditTrail.name,
      audit: 'PersonAccessReportPrint',
      purpose: 'access_log_request',
      reportsAuditLog: true,
      target: ({ params }) => [params.id],
      schema: { params: idParams, querystring: accessReportQuery, produces: ['application/pdf'] },
      handler: async (ctx) => {
        const { report, subject, lang } = await build(ctx);
        const pdf = await renderPdf({ ...accessReportDocument(report, subject, await organisationName(ctx.tx, lang), lang), createdAt: ctx.clock.now() });
        ctx.reply.type('application/pdf').header('content-disposition', `attachment; filename="access-report.pdf"`);
        return pdf;
      },
    }),
  ];
}
