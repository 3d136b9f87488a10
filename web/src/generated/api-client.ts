// GENERATED FILE: no manual modifications
// Source: the OpenAPI document of the Varanto API (the `defineRoute` schemas in src/core and
// src/registers). Regenerate with `npx tsx scripts/generate-web-client.ts`.
/* eslint-disable */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export interface ApiRequest {
  method: HttpMethod;
  /** Path under /api/v1, parameters already encoded. */
  path: string;
  query?: Record<string, unknown> | undefined;
  body?: unknown;
}
/** Sends a request and resolves to the parsed JSON body of a 2xx response. */
export type ApiTransport = (req: ApiRequest) => Promise<unknown>;

// GET /audit/verify — Verify the hash chain of the audit log
export type GetAuditVerifyResponse = unknown;
export function getAuditVerify(http: ApiTransport): Promise<GetAuditVerifyResponse> {
  return http({ method: 'GET', path: `/audit/verify` }) as Promise<GetAuditVerifyResponse>;
}

// POST /auth/login — Log in with username and password
export type PostAuthLoginBody = {
  username: string;
  password: string;
};
export type PostAuthLoginResponse = {
  user: {
    id: string;
    username: string;
    displayName: string;
    language: string;
    grants: Array<{
      role: string;
      unitId: string | null;
      unitName: string | null;
    }>;
  };
  csrfToken: string;
  permissions: string[];
  registers: string[];
};
export function postAuthLogin(http: ApiTransport, body: PostAuthLoginBody): Promise<PostAuthLoginResponse> {
  return http({ method: 'POST', path: `/auth/login`, body }) as Promise<PostAuthLoginResponse>;
}

// POST /auth/logout — Log out
export type PostAuthLogoutResponse = {
  ok: boolean;
};
export function postAuthLogout(http: ApiTransport): Promise<PostAuthLogoutResponse> {
  return http({ method: 'POST', path: `/auth/logout` }) as Promise<PostAuthLogoutResponse>;
}

// GET /auth/me — The logged-in user, their roles and permitted actions
export type GetAuthMeResponse = {
  user: {
    id: string;
    username: string;
    displayName: string;
    language: string;
    grants: Array<{
      role: string;
      unitId: string | null;
      unitName: string | null;
    }>;
  };
  csrfToken: string;
  permissions: string[];
  registers: string[];
};
export function getAuthMe(http: ApiTransport): Promise<GetAuthMeResponse> {
  return http({ method: 'GET', path: `/auth/me` }) as Promise<GetAuthMeResponse>;
}

// GET /auth/oidc/callback — OIDC redirect target
export type GetAuthOidcCallbackResponse = unknown;
export function getAuthOidcCallback(http: ApiTransport): Promise<GetAuthOidcCallbackResponse> {
  return http({ method: 'GET', path: `/auth/oidc/callback` }) as Promise<GetAuthOidcCallbackResponse>;
}

// GET /auth/oidc/login — Start an OIDC login (when configured)
export type GetAuthOidcLoginResponse = unknown;
export function getAuthOidcLogin(http: ApiTransport): Promise<GetAuthOidcLoginResponse> {
  return http({ method: 'GET', path: `/auth/oidc/login` }) as Promise<GetAuthOidcLoginResponse>;
}

// POST /persons — Add a person to the person register
export type PostPersonsBody = {
  hetu?: string | null;
  firstNames: string;
  callingName?: string | null;
  lastName: string;
  birthDate?: string | null;
  sex?: "male" | "female" | null;
  nativeLanguage?: string | null;
  contactLanguage?: "fi" | "sv" | "en";
  municipalityCode?: string | null;
  phone?: string | null;
  email?: string | null;
  nonDisclosure?: boolean;
  address?: {
    streetAddress: string;
    postalCode?: string | null;
    postOffice?: string | null;
    validFrom: string;
  } | null;
};
export type PostPersonsResponse = {
  id: string;
};
export function postPersons(http: ApiTransport, body: PostPersonsBody): Promise<PostPersonsResponse> {
  return http({ method: 'POST', path: `/persons`, body }) as Promise<PostPersonsResponse>;
}

// POST /persons/search — Search persons by henkilötunnus (exact) or name (fuzzy); the code travels in the body, never in a URL
export type PostPersonsSearchBody = {
  query?: string;
  hetu?: string;
  birthDate?: string;
  limit?: number;
};
export type PostPersonsSearchResponse = {
  results: Array<{
    id: string;
    firstNames: string;
    callingName: string | null;
    lastName: string;
    birthDate: string;
    sex: "male" | "female" | null;
    dateOfDeath: string | null;
    nonDisclosure: boolean;
    score: number;
    matchedPreviousName: boolean;
  }>;
};
export function postPersonsSearch(http: ApiTransport, body: PostPersonsSearchBody): Promise<PostPersonsSearchResponse> {
  return http({ method: 'POST', path: `/persons/search`, body }) as Promise<PostPersonsSearchResponse>;
}

// GET /persons/{id} — A person card: identity, names, addresses (hidden under turvakielto), relationships
export type GetPersonsByIdParams = {
  id: string;
};
export type GetPersonsByIdResponse = {
  person: {
    id: string;
    firstNames: string;
    callingName: string | null;
    lastName: string;
    birthDate: string;
    sex: "male" | "female" | null;
    dateOfDeath: string | null;
    nonDisclosure: boolean;
    hetu: string | null;
    hetuTemporary: boolean;
    previousNames: Array<{
      firstNames: string;
      lastName: string;
      changedOn: string | null;
    }>;
    nativeLanguage: string | null;
    contactLanguage: string;
    municipalityCode: string | null;
    addresses: Array<{
      id: string;
      streetAddress: string;
      postalCode: string | null;
      postOffice: string | null;
      validFrom: string;
      validTo: string | null;
    }>;
    phone: string | null;
    email: string | null;
    addressHidden: boolean;
    relationships: Array<{
      kind: string;
      person: {
        id: string;
        firstNames: string;
        callingName: string | null;
        lastName: string;
        birthDate: string;
        sex: "male" | "female" | null;
        dateOfDeath: string | null;
        nonDisclosure: boolean;
      };
      validFrom: string;
      validTo: string | null;
    }>;
  };
};
export function getPersonsById(http: ApiTransport, params: GetPersonsByIdParams): Promise<GetPersonsByIdResponse> {
  return http({ method: 'GET', path: `/persons/${encodeURIComponent(String(params.id))}` }) as Promise<GetPersonsByIdResponse>;
}

// GET /persons/{id}/audit-trail — Who has processed this person’s data (käyttöloki), by register, dataset, role and unit
export type GetPersonsByIdAuditTrailParams = {
  id: string;
};
export type GetPersonsByIdAuditTrailQuery = {
  from?: string;
  to?: string;
};
export type GetPersonsByIdAuditTrailResponse = unknown;
export function getPersonsByIdAuditTrail(http: ApiTransport, params: GetPersonsByIdAuditTrailParams, query?: GetPersonsByIdAuditTrailQuery): Promise<GetPersonsByIdAuditTrailResponse> {
  return http({ method: 'GET', path: `/persons/${encodeURIComponent(String(params.id))}/audit-trail`, query }) as Promise<GetPersonsByIdAuditTrailResponse>;
}

// POST /persons/{id}/relationships — Add a relationship: this person is guardian or parent of the related (child), or partner
export type PostPersonsByIdRelationshipsParams = {
  id: string;
};
export type PostPersonsByIdRelationshipsBody = {
  kind: "guardian" | "parent" | "partner";
  relatedPersonId: string;
  validFrom: string;
  validTo?: string | null;
};
export type PostPersonsByIdRelationshipsResponse = {
  id: string | null;
};
export function postPersonsByIdRelationships(http: ApiTransport, params: PostPersonsByIdRelationshipsParams, body: PostPersonsByIdRelationshipsBody): Promise<PostPersonsByIdRelationshipsResponse> {
  return http({ method: 'POST', path: `/persons/${encodeURIComponent(String(params.id))}/relationships`, body }) as Promise<PostPersonsByIdRelationshipsResponse>;
}

// GET /public/statistics/{registerId}/{statisticId} — A public statistic; counts of fewer than 5 persons are suppressed
export type GetPublicStatisticsByRegisterIdByStatisticIdParams = {
  registerId: string;
  statisticId: string;
};
export type GetPublicStatisticsByRegisterIdByStatisticIdQuery = {
  from: string;
  to: string;
  format?: "json" | "csv" | "xlsx";
  lang?: "fi" | "sv" | "en";
};
export type GetPublicStatisticsByRegisterIdByStatisticIdResponse = unknown;
export function getPublicStatisticsByRegisterIdByStatisticId(http: ApiTransport, params: GetPublicStatisticsByRegisterIdByStatisticIdParams, query: GetPublicStatisticsByRegisterIdByStatisticIdQuery): Promise<GetPublicStatisticsByRegisterIdByStatisticIdResponse> {
  return http({ method: 'GET', path: `/public/statistics/${encodeURIComponent(String(params.registerId))}/${encodeURIComponent(String(params.statisticId))}`, query }) as Promise<GetPublicStatisticsByRegisterIdByStatisticIdResponse>;
}

// GET /registers — Enabled registers and their datasets
export type GetRegistersResponse = unknown;
export function getRegisters(http: ApiTransport): Promise<GetRegistersResponse> {
  return http({ method: 'GET', path: `/registers` }) as Promise<GetRegistersResponse>;
}

// GET /roles — Roles that can be granted
export type GetRolesResponse = unknown;
export function getRoles(http: ApiTransport): Promise<GetRolesResponse> {
  return http({ method: 'GET', path: `/roles` }) as Promise<GetRolesResponse>;
}

// GET /statistics/{registerId}/{statisticId} — A statistic in full for staff (JSON for charts, CSV or XLSX)
export type GetStatisticsByRegisterIdByStatisticIdParams = {
  registerId: string;
  statisticId: string;
};
export type GetStatisticsByRegisterIdByStatisticIdQuery = {
  from: string;
  to: string;
  format?: "json" | "csv" | "xlsx";
  lang?: "fi" | "sv" | "en";
};
export type GetStatisticsByRegisterIdByStatisticIdResponse = unknown;
export function getStatisticsByRegisterIdByStatisticId(http: ApiTransport, params: GetStatisticsByRegisterIdByStatisticIdParams, query: GetStatisticsByRegisterIdByStatisticIdQuery): Promise<GetStatisticsByRegisterIdByStatisticIdResponse> {
  return http({ method: 'GET', path: `/statistics/${encodeURIComponent(String(params.registerId))}/${encodeURIComponent(String(params.statisticId))}`, query }) as Promise<GetStatisticsByRegisterIdByStatisticIdResponse>;
}

// GET /units — Organisational units (schools, ECEC units, libraries…)
export type GetUnitsResponse = {
  units: Array<{
    id: string;
    name: string;
    kind: string;
    registerId: string | null;
    language: string;
    active: boolean;
  }>;
};
export function getUnits(http: ApiTransport): Promise<GetUnitsResponse> {
  return http({ method: 'GET', path: `/units` }) as Promise<GetUnitsResponse>;
}

// POST /units — Add an organisational unit
export type PostUnitsBody = {
  name: string;
  kind: string;
  registerId?: null;
  language?: "fi" | "sv" | "en";
  parentId?: string | null;
};
export type PostUnitsResponse = {
  id: string;
};
export function postUnits(http: ApiTransport, body: PostUnitsBody): Promise<PostUnitsResponse> {
  return http({ method: 'POST', path: `/units`, body }) as Promise<PostUnitsResponse>;
}

// GET /users — Staff users and their role grants
export type GetUsersResponse = unknown;
export function getUsers(http: ApiTransport): Promise<GetUsersResponse> {
  return http({ method: 'GET', path: `/users` }) as Promise<GetUsersResponse>;
}

// POST /users — Add a staff user with role grants
export type PostUsersBody = {
  username: string;
  displayName: string;
  password?: string;
  language?: "fi" | "sv" | "en";
  grants: Array<{
    role: string;
    unitId?: string | null;
  }>;
};
export type PostUsersResponse = unknown;
export function postUsers(http: ApiTransport, body: PostUsersBody): Promise<PostUsersResponse> {
  return http({ method: 'POST', path: `/users`, body }) as Promise<PostUsersResponse>;
}

/** Every operation of the API, for tests and diagnostics. */
export const operations = [
  { name: 'getAuditVerify', method: 'GET', path: '/audit/verify' },
  { name: 'postAuthLogin', method: 'POST', path: '/auth/login' },
  { name: 'postAuthLogout', method: 'POST', path: '/auth/logout' },
  { name: 'getAuthMe', method: 'GET', path: '/auth/me' },
  { name: 'getAuthOidcCallback', method: 'GET', path: '/auth/oidc/callback' },
  { name: 'getAuthOidcLogin', method: 'GET', path: '/auth/oidc/login' },
  { name: 'postPersons', method: 'POST', path: '/persons' },
  { name: 'postPersonsSearch', method: 'POST', path: '/persons/search' },
  { name: 'getPersonsById', method: 'GET', path: '/persons/{id}' },
  { name: 'getPersonsByIdAuditTrail', method: 'GET', path: '/persons/{id}/audit-trail' },
  { name: 'postPersonsByIdRelationships', method: 'POST', path: '/persons/{id}/relationships' },
  { name: 'getPublicStatisticsByRegisterIdByStatisticId', method: 'GET', path: '/public/statistics/{registerId}/{statisticId}' },
  { name: 'getRegisters', method: 'GET', path: '/registers' },
  { name: 'getRoles', method: 'GET', path: '/roles' },
  { name: 'getStatisticsByRegisterIdByStatisticId', method: 'GET', path: '/statistics/{registerId}/{statisticId}' },
  { name: 'getUnits', method: 'GET', path: '/units' },
  { name: 'postUnits', method: 'POST', path: '/units' },
  { name: 'getUsers', method: 'GET', path: '/users' },
  { name: 'postUsers', method: 'POST', path: '/users' },
] as const;
