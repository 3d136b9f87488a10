// Decision documents as PDF in Finnish or Swedish: the client's language decides which one is sent.
import { organisationName } from '../../core/description/settings.ts';
import { notFoundOrDenied } from '../../core/http/errors.ts';
import { defineRoute, type RouteDefinition } from '../../core/http/route.ts';
import { UUID_PATTERN } from '../../core/ids.ts';
import { elderlyActions } from './elderly-access.ts';
import { feeDecisionDocument, renderDocument, serviceDecisionDocument, type DocumentLang } from './elderly-pdf.ts';

const idParams = { type: 'object', properties: { id: { type: 'string', pattern: UUID_PATTERN } }, required: ['id'] } as const;
const langQuery = { type: 'object', properties: { lang: { type: 'string', enum: ['fi', 'sv'] } }, additionalProperties: false } as const;

export const elderlyDocumentRoutes: RouteDefinition[] = [
  defineRoute<unknown, { lang?: DocumentLang }, { id: string }>({
    method: 'GET',
    url: '/elderly-care/decisions/:id/pdf',
    summary: 'A service decision as PDF (fi/sv) with appeal instructions',
    action: elderlyActions.decisionPrint.name,
    audit: 'ElderlyDecisionPrint',
    datasetId: 'decisions',
    readOnly: true,
    target: ({ params }) => [params.id],
    schema: { params: idParams, querystring: langQuery, produces: ['application/pdf'] },
    handler: async ({ tx, params, query, reply, audit }) => {
      const lang = query.lang ?? 'fi';
      const doc = await serviceDecisionDocument(tx, params.id, lang, await organisationName(tx, lang));
      if (!doc) throw notFoundOrDenied();
      audit.persons([doc.personId]);
      reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="service-decision-${lang}.pdf"`);
      return renderDocument(doc);
    },
  }),
  defineRoute<unknown, { lang?: DocumentLang }, { id: string }>({
    method: 'GET',
    url: '/elderly-care/fee-decisions/:id/pdf',
    summary: 'A home-care fee decision as PDF (fi/sv) with its calculation basis and appeal instructions',
    action: elderlyActions.feeDecisionPrint.name,
    audit: 'ElderlyFeeDecisionPrint',
    datasetId: 'decisions',
    readOnly: true,
    target: ({ params }) => [params.id],
    schema: { params: idParams, querystring: langQuery, produces: ['application/pdf'] },
    handler: async ({ tx, params, query, reply, audit }) => {
      const lang = query.lang ?? 'fi';
      const doc = await feeDecisionDocument(tx, params.id, lang, await organisationName(tx, lang));
      if (!doc) throw notFoundOrDenied();
      audit.persons([doc.personId]);
      reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="fee-decision-${lang}.pdf"`);
      return renderDocument(doc);
    },
  }),
];
