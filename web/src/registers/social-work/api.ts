// The social-work routes used by the views, typed by the generated client (the routes declare
// their response schemas in src/registers/social-work/).
import * as gen from '../../generated/api-client.ts';
import type { ApiTransport } from '../../generated/api-client.ts';
import { downloadUrl } from '../../api/api.ts';

/** Roles and actions of the register (src/registers/social-work/social-access.ts) that decide what the views show. */
export const SOCIAL = {
  socialWorker: 'social-work.social_worker',
  familyWorker: 'social-work.family_worker',
  worklistRead: 'social-work.Unit.READ_WORKLIST',
  notificationDecide: 'social-work.Notification.DECIDE',
  planCreate: 'social-work.ClientPlan.CREATE',
  narrativeRead: 'social-work.NarrativeEntry.READ',
  narrativeCreate: 'social-work.NarrativeEntry.CREATE',
  decisionPrint: 'social-work.Decision.PRINT',
} as const;

export type ClientCard = gen.GetSocialWorkClientsByPersonIdResponse;
export type ClientPlan = ClientCard['clientPlans'][number];
export type Deadline = ClientCard['notifications'][number]['deadlines'][number];
export type NarrativeEntry = gen.GetSocialWorkClientsByPersonIdNarrativeResponse['entries'][number];
export type Worklist = gen.GetSocialWorkUnitsByUnitIdWorklistResponse;

export const socialApi = (http: ApiTransport) => ({
  card: (personId: string) => gen.getSocialWorkClientsByPersonId(http, { personId }),
  narrative: (personId: string) => gen.getSocialWorkClientsByPersonIdNarrative(http, { personId }, {}),
  writeNarrative: async (personId: string, body: gen.PostSocialWorkClientsByPersonIdNarrativeBody) => (await gen.postSocialWorkClientsByPersonIdNarrative(http, { personId }, body)) as { id: string },
  writePlan: async (personId: string, body: gen.PostSocialWorkClientsByPersonIdPlansBody) => (await gen.postSocialWorkClientsByPersonIdPlans(http, { personId }, body)) as { id: string; version: number },
  decideAssessment: async (notificationId: string, body: gen.PostSocialWorkNotificationsByIdAssessmentDecisionBody) =>
    (await gen.postSocialWorkNotificationsByIdAssessmentDecision(http, { id: notificationId }, body)) as { id: string; withinDeadline: boolean | null },
  units: () => gen.getSocialWorkUnits(http),
  worklist: (unitId: string) => gen.getSocialWorkUnitsByUnitIdWorklist(http, { unitId }),
});

/** A decision as PDF: a plain link with the session cookie, in Finnish or Swedish. */
export const decisionPdfUrl = (id: string, lang: 'fi' | 'sv') => downloadUrl(`/social-work/decisions/${encodeURIComponent(id)}/pdf`, { lang });

/** Today in the browser's time zone as yyyy-mm-dd. */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
