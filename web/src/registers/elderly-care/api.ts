// The elderly-services routes used by the views, typed by the generated client (the routes
// declare their response schemas in src/registers/elderly-care/).
import * as gen from '../../generated/api-client.ts';
import type { ApiTransport } from '../../generated/api-client.ts';
import { downloadUrl } from '../../api/api.ts';

/** Actions of the register (src/registers/elderly-care/elderly-access.ts) that decide what the views show. */
export const ELDERLY = {
  careWorker: 'elderly-care.care_worker',
  clientRead: 'elderly-care.Client.READ',
  unitClients: 'elderly-care.Unit.READ_CLIENTS',
  applicationList: 'elderly-care.Application.LIST',
  applicationCreate: 'elderly-care.Application.CREATE',
  applicationUpdate: 'elderly-care.Application.UPDATE',
  planCreate: 'elderly-care.ServicePlan.CREATE',
  recordRead: 'elderly-care.CareRecord.READ',
  recordCreate: 'elderly-care.CareRecord.CREATE',
  decisionPrint: 'elderly-care.Decision.PRINT',
  feeDecisionPrint: 'elderly-care.FeeDecision.PRINT',
} as const;

export type ClientCard = gen.GetElderlyCareClientsByPersonIdResponse;
export type ServicePlan = ClientCard['servicePlans'][number];
export type CareRecord = gen.GetElderlyCareClientsByPersonIdCareRecordsResponse['records'][number];
export type WorklistItem = gen.GetElderlyCareApplicationsResponse['applications'][number];
export type RecordBody = gen.PostElderlyCareClientsByPersonIdCareRecordsBody;
export type PlanBody = gen.PostElderlyCareClientsByPersonIdServicePlansBody;

export const elderlyApi = (http: ApiTransport) => ({
  card: (personId: string) => gen.getElderlyCareClientsByPersonId(http, { personId }),
  records: (personId: string) => gen.getElderlyCareClientsByPersonIdCareRecords(http, { personId }, {}),
  writeRecord: async (personId: string, body: RecordBody) => (await gen.postElderlyCareClientsByPersonIdCareRecords(http, { personId }, body)) as { id: string },
  writePlan: async (personId: string, body: PlanBody) => (await gen.postElderlyCareClientsByPersonIdServicePlans(http, { personId }, body)) as { id: string; version: number },
  worklist: () => gen.getElderlyCareApplications(http, { status: 'open' }),
  startAssessment: (id: string, startedOn: string) => gen.postElderlyCareApplicationsByIdAssessment(http, { id }, { startedOn }),
  units: () => gen.getElderlyCareUnits(http),
  unitClients: (unitId: string) => gen.getElderlyCareUnitsByUnitIdClients(http, { unitId }),
});

/** PDF documents: plain links with the session cookie, in Finnish or Swedish. */
export const decisionPdfUrl = (id: string, lang: 'fi' | 'sv') => downloadUrl(`/elderly-care/decisions/${encodeURIComponent(id)}/pdf`, { lang });
export const feeDecisionPdfUrl = (id: string, lang: 'fi' | 'sv') => downloadUrl(`/elderly-care/fee-decisions/${encodeURIComponent(id)}/pdf`, { lang });

/** Today in the browser's time zone as yyyy-mm-dd. */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
