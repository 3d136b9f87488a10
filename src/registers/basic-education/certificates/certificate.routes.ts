import { defineRoute, type RouteDefinition } from '../../../core/http/route.ts';
import { badRequest, notFoundOrDenied } from '../../../core/http/errors.ts';
import { A } from '../access.ts';
import { DS } from '../datasets.ts';
import { date, idParams, schoolYear } from '../http-schemas.ts';
import { schoolYearOf } from '../parameters.ts';
import { loadCertificateData, renderCertificates, type CertificateKind, type CertificateLang } from './certificate.ts';

type Q = { kind: CertificateKind; lang?: CertificateLang; schoolYear?: number; issuedOn?: string };
const query = {
  type: 'object',
  properties: { kind: { type: 'string', enum: ['annual', 'final'] }, lang: { type: 'string', enum: ['fi', 'sv'] }, schoolYear, issuedOn: date },
  required: ['kind'],
  additionalProperties: false,
} as const;

const noAssessments = () =>
  badRequest('no_assessments', { fi: 'Todistukselle ei ole arviointeja.', sv: 'Det finns inga bedömningar för betyget.', en: 'There are no assessments for the certificate.' });

export const certificateRoutes: RouteDefinition[] = [
  defineRoute<unknown, Q, { pupilId: string }>({
    method: 'GET',
    url: '/basic-education/pupils/:pupilId/certificate',
    summary: 'A pupil’s school-year certificate or basic education certificate as PDF, in Finnish or Swedish',
    action: A.pupilRead.name,
    audit: 'CertificatePrint',
    datasetId: DS.studies,
    target: ({ params }) => [params.pupilId],
    schema: { params: idParams('pupilId'), querystring: query, produces: ['application/pdf'] },
    handler: async ({ tx, params, query: q, clock, reply }) => {
      const year = q.schoolYear ?? schoolYearOf(clock.today());
      const [pupil] = await loadCertificateData(tx, [params.pupilId], year, q.kind);
      if (!pupil) throw notFoundOrDenied();
      if (pupil.assessments.length === 0) throw noAssessments();
      const pdf = await renderCertificates([pupil], q.kind, year, q.lang ?? 'fi', q.issuedOn ?? clock.today(), clock.now());
      reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="certificate-${year}.pdf"`);
      return pdf;
    },
  }),
  defineRoute<unknown, Q, { groupId: string }>({
    method: 'GET',
    url: '/basic-education/groups/:groupId/certificates',
    summary: 'Certificates of a class as one PDF, one pupil per page',
    action: A.certificatePrint.name,
    audit: 'CertificatePrint',
    datasetId: DS.studies,
    target: ({ params }) => [params.groupId],
    schema: { params: idParams('groupId'), querystring: query, produces: ['application/pdf'] },
    handler: async ({ tx, params, query: q, clock, reply, audit }) => {
      const group = await tx.selectFrom('be_group').select(['school_year']).where('id', '=', params.groupId).executeTakeFirst();
      if (!group) throw notFoundOrDenied();
      const members = await tx
        .selectFrom('be_group_member')
        .select('pupil_id')
        .distinct()
        .where('group_id', '=', params.groupId)
        .where('valid_from', '<=', `${group.school_year + 1}-07-31`)
        .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', `${group.school_year}-08-01`)]))
        .execute();
      const pupils = (await loadCertificateData(tx, members.map((m) => m.pupil_id), group.school_year, q.kind)).filter((p) => p.assessments.length > 0);
      if (pupils.length === 0) throw noAssessments();
      audit.persons(pupils.map((p) => p.id));
      const pdf = await renderCertificates(pupils, q.kind, group.school_year, q.lang ?? 'fi', q.issuedOn ?? clock.today(), clock.now());
      reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="certificates-${group.school_year}.pdf"`);
      return pdf;
    },
  }),
];
