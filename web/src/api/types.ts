// Response types of routes whose schemas do not declare a response yet; the rest come from
// ../generated/api-client.ts.
import type { Localized } from '../i18n/i18n.tsx';
import type { GetAuthMeResponse, GetPersonsByIdResponse, PostPersonsSearchResponse } from '../generated/api-client.ts';

export type Me = GetAuthMeResponse;
export type PersonDetails = GetPersonsByIdResponse['person'];
export type PersonSearchResult = PostPersonsSearchResponse['results'][number];

export interface RegisterInfo {
  id: string;
  names: Localized;
  purpose?: Localized | string;
  datasets: { id: string; names: Localized; sensitive: boolean }[];
  statistics: { id: string; names: Localized; public: boolean }[];
}

export interface AuditTrailEntry {
  occurredAt: string;
  event: string;
  outcome: string;
  actor: { userId: string | null; displayName: string | null; kind: string; roles: string[]; units: string[] };
  registerId: string | null;
  datasetId: string | null;
  purpose: string | null;
}

export interface StatisticResult {
  id: string;
  names: Localized;
  description?: Localized;
  chart: 'bar' | 'line' | 'pie';
  dimensions: { id: string; names: Localized }[];
  measures: { id: string; names: Localized }[];
  rows: { dims: Record<string, string | number | null>; values: Record<string, number | null> }[];
}
