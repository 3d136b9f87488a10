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

let discovered: { key: string; config: Promise<client.Configuration> } | null = null;
function configuration(c: OidcConfig) {
  const key = `${c.issuer}|${c.clientId}`;
  if (!discovered || discovered.key !== key) {
    const allowHttp = new URL(c.issuer).hostname === 'localhost' || new URL(c.issuer).hostname === '127.0.0.1';
    discovered = {
      key,
      config: client.discovery(new URL(c.issuer), c.clientId, c.clientSecret, undefined, allowHttp ? { execute: [client.allowInsecureRequests] } : undefined),
    };
  }
  return discovered.config;
}

export async function oidcAuthorizationUrl(c: OidcConfig) {
  const config = await configuration(c);
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: c.redirectUri,
    scope: 'openid profile email',
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
