import * as client from 'openid-client';

/** OIDC login for production (e.g. the organisation's Entra ID or Keycloak), configured by environment. */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** Claim whose value is matched to a staff user's username (default preferred_username). */
  usernameClaim: string;
}

export function oidcConfigFromEnv(env: NodeJS.ProcessEnv): OidcConfig | null {
  if (!env.OIDC_ISSUER) return null;
  const missing = ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI'].filter((k) => !env[k]);
  if (missing.length) throw new Error(`OIDC_ISSUER is set but ${missing.join(', ')} missing`);
  return {
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID!,
    clientSecret: env.OIDC_CLIENT_SECRET!,
    redirectUri: env.OIDC_REDIRECT_URI!,
    usernameClaim: env.OIDC_USERNAME_CLAIM ?? 'preferred_username',
  };
}

/**
 * Residents' Suomi.fi identification through an OIDC provider (e.g. a Keycloak brokering
 * Suomi.fi's SAML), configured by CITIZEN_OIDC_*. The henkilötunnus claim is matched to the
 * person register; it is never logged nor put in a URL.
 */
export interface CitizenOidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** Claim carrying the henkilötunnus (default national_identification_number). */
  hetuClaim: string;
  scope: string;
}

export function citizenOidcConfigFromEnv(env: NodeJS.ProcessEnv): CitizenOidcConfig | null {
  if (!env.CITIZEN_OIDC_ISSUER) return null;
  const missing = ['CITIZEN_OIDC_CLIENT_ID', 'CITIZEN_OIDC_CLIENT_SECRET', 'CITIZEN_OIDC_REDIRECT_URI'].filter((k) => !env[k]);
  if (missing.length) throw new Error(`CITIZEN_OIDC_ISSUER is set but ${missing.join(', ')} missing`);
  return {
    issuer: env.CITIZEN_OIDC_ISSUER,
    clientId: env.CITIZEN_OIDC_CLIENT_ID!,
    clientSecret: env.CITIZEN_OIDC_CLIENT_SECRET!,
    redirectUri: env.CITIZEN_OIDC_REDIRECT_URI!,
    hetuClaim: env.CITIZEN_OIDC_HETU_CLAIM ?? 'national_identification_number',
    scope: env.CITIZEN_OIDC_SCOPE ?? 'openid',
  };
}

type Provider = { issuer: string; clientId: string; clientSecret: string; redirectUri: string };
const discovered = new Map<string, Promise<client.Configuration>>();
function configuration(c: Provider) {
  const key = `${c.issuer}|${c.clientId}`;
  let config = discovered.get(key);
  if (!config) {
    const allowHttp = new URL(c.issuer).hostname === 'localhost' || new URL(c.issuer).hostname === '127.0.0.1';
    config = client.discovery(new URL(c.issuer), c.clientId, c.clientSecret, undefined, allowHttp ? { execute: [client.allowInsecureRequests] } : undefined);
    // A failed discovery is retried on the next login.
    config.catch(() => discovered.delete(key));
    discovered.set(key, config);
  }
  return config;
}

export async function oidcAuthorizationUrl(c: Provider, scope = 'openid profile email') {
  const config = await configuration(c);
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: c.redirectUri,
    scope,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
  });
  return { url: url.href, verifier, state };
}

/** Completes the code flow and returns the subject and the username claim. */
export async function oidcCallback(c: OidcConfig, currentUrl: URL, verifier: string, state: string) {
  const config = await configuration(c);
  const tokens = await client.authorizationCodeGrant(config, currentUrl, { pkceCodeVerifier: verifier, expectedState: state });
  const claims = tokens.claims();
  if (!claims) throw new Error('No ID token');
  let username = claims[c.usernameClaim];
  // Providers that keep profile claims out of the ID token give them at the userinfo endpoint.
  if (!username) username = (await client.fetchUserInfo(config, tokens.access_token, claims.sub))[c.usernameClaim];
  return { subject: String(claims.sub), username: username ? String(username) : null };
}

/** Completes a resident's code flow and returns the henkilötunnus claim (or null). */
export async function citizenOidcCallback(c: CitizenOidcConfig, currentUrl: URL, verifier: string, state: string): Promise<string | null> {
  const config = await configuration(c);
  const tokens = await client.authorizationCodeGrant(config, currentUrl, { pkceCodeVerifier: verifier, expectedState: state });
  const claims = tokens.claims();
  if (!claims) throw new Error('No ID token');
  let hetu = claims[c.hetuClaim];
  if (!hetu) hetu = (await client.fetchUserInfo(config, tokens.access_token, claims.sub))[c.hetuClaim];
  return typeof hetu === 'string' ? hetu : null;
}
