// The residents' API (kuntalainen): the generated client over a transport that carries the
// resident's CSRF token. A henkilötunnus travels only in the test identification's POST body.
import * as gen from '../generated/api-client.ts';
import { createTransport } from '../api/client.ts';
import type { Lang } from '../i18n/i18n.tsx';

export function createCitizenApi(opts: { lang(): Lang; csrfToken(): string | null; onSessionExpired(): void }) {
  const http = createTransport(opts);
  return {
    loginOptions: () => gen.getPublicCitizenLogin(http),
    testLogin: (hetu: string) => gen.postCitizenAuthTestLogin(http, { hetu }),
    logout: () => gen.postCitizenAuthLogout(http),
    me: () => gen.getCitizenMe(http),
    auditTrail: () => gen.getCitizenAuditTrail(http),
    children: () => gen.getCitizenEcecChildren(http),
    placements: (id: string) => gen.getCitizenEcecChildrenByIdPlacements(http, { id }),
    calendar: (id: string, month: string) => gen.getCitizenEcecChildrenByIdCalendar(http, { id }, { month }),
    saveDay: (id: string, date: string, body: gen.PutCitizenEcecChildrenByIdDaysByDateBody) => gen.putCitizenEcecChildrenByIdDaysByDate(http, { id, date }, body),
    vasu: (id: string) => gen.getCitizenEcecChildrenByIdVasu(http, { id }),
    decisions: () => gen.getCitizenEcecDecisions(http),
  };
}

export type CitizenApi = ReturnType<typeof createCitizenApi>;
export type CitizenMe = gen.GetCitizenMeResponse;
export type CalendarMonth = gen.GetCitizenEcecChildrenByIdCalendarResponse;
export type CalendarDay = CalendarMonth['days'][number];

/** Where the web shows the residents' pages (the server redirects here after Suomi.fi). */
export const CITIZEN_BASE = '/kuntalainen';
