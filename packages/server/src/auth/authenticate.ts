import type { MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { HttpProblem } from '../http/problem.js';
import { createOidcVerifier, type OidcSettings, type TokenVerifier } from './oidc.js';
import { anonymous, principalFromToken, type Principal } from './principal.js';
import { looksLikeServiceKey, principalFromServiceKey } from './service-keys.js';

/** Which kinds of bearer token the server accepts. */
export interface AuthSettings {
  /** The demo tokens of the `api_tokens` table (`demo-cadre` …). Demo mode only: they are printed on the console. */
  readonly demoTokens: boolean;
  /** Service API keys (`szk_…`) for machine clients, managed with `npm run keys`. */
  readonly serviceKeys: boolean;
  /** Access tokens (JWTs) of an OIDC / OAuth 2 identity provider. */
  readonly oidc?: OidcSettings | undefined;
  /** The clock for key expiry (tests). Never the app's pinned demo clock: expiry follows real time. */
  readonly clock?: () => Date;
}

/** What the demo has always done: demo tokens and service keys, no identity provider. */
export const demoAuth: AuthSettings = { demoTokens: true, serviceKeys: true };

// RFC 6750 b64token. 8 KiB fits any sane JWT (they grow with group claims) and bounds the work per request.
const bearerPattern = /^Bearer +([A-Za-z0-9._~+/-]{8,8192}=*)$/i;
const jwtPattern = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;

function invalidToken(): HttpProblem {
  return HttpProblem.of('unauthorized', { headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } });
}

/**
 * Sets `c.get('principal')`: anonymous without an `Authorization` header; otherwise the holder of a valid token
 * of an enabled kind, told apart by shape — `szk_…` is a service key, three dot-separated parts a JWT, anything
 * else a demo token. An invalid, expired, revoked or unsupported token answers 401 at once (RFC 6750
 * `invalid_token`) rather than falling back to anonymous, so a client notices its credentials went bad.
 */
export function authenticate(db: Kysely<Database>, settings: AuthSettings): MiddlewareHandler {
  const verifyJwt: TokenVerifier | undefined = settings.oidc ? createOidcVerifier(settings.oidc) : undefined;
  const clock = settings.clock ?? (() => new Date());
  const resolve = async (token: string): Promise<Principal | undefined> => {
    if (looksLikeServiceKey(token)) return settings.serviceKeys ? principalFromServiceKey(db, token, clock()) : undefined;
    if (jwtPattern.test(token)) return verifyJwt ? verifyJwt(token) : undefined;
    return settings.demoTokens ? principalFromToken(db, token) : undefined;
  };
  return async function authenticateMiddleware(c, next) {
    const header = c.req.header('authorization');
    if (header === undefined) {
      c.set('principal', anonymous);
      return next();
    }
    const token = bearerPattern.exec(header)?.[1];
    const principal = token === undefined ? undefined : await resolve(token);
    if (principal === undefined) throw invalidToken();
    c.set('principal', principal);
    return next();
  };
}
