import * as gen from '../generated/api-client.ts';
import type { ApiTransport } from '../generated/api-client.ts';
import { API_BASE, queryString } from './client.ts';
import type { AuditTrailEntry, RegisterInfo, StatisticResult } from './types.ts';

/** The API bound to a transport; typed by the generated client, with a few response types added. */
export function createApi(http: ApiTransport) {
  return {
    login: (username: string, password: string) => gen.postAuthLogin(http, { username, password }),
    logout: () => gen.postAuthLogout(http),
    me: () => gen.getAuthMe(http),
    searchPersons: (body: gen.PostPersonsSearchBody) => gen.postPersonsSearch(http, body),
    person: (id: string) => gen.getPersonsById(http, { id }),
    createPerson: (body: gen.PostPersonsBody) => gen.postPersons(http, body),
    auditTrail: async (id: string, query: { from?: string; to?: string }) =>
      (await gen.getPersonsByIdAuditTrail(http, { id }, query)) as { events: AuditTrailEntry[] },
    registers: async () => (await gen.getRegisters(http)) as { registers: RegisterInfo[] },
    statistic: async (registerId: string, statisticId: string, q: { from: string; to: string }) =>
      (await gen.getStatisticsByRegisterIdByStatisticId(http, { registerId, statisticId }, { ...q, format: 'json' })) as StatisticResult,
    /** The raw transport, for register views whose routes are newer than this file. */
    http,
  };
}

export type Api = ReturnType<typeof createApi>;

/** A download link (CSV, XLSX, PDF): a plain GET with the session cookie. */
export const downloadUrl = (path: string, query?: Record<string, unknown>) => API_BASE + path + queryString(query);
