import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { HttpProblem } from '../http/problem.js';
import { principalFromClaims, type ClaimMapping } from './claims.js';
import type { Principal } from './principal.js';

/** Asymmetric signature algorithms an access token may use. Never `none`, never HS* (a shared secret). */
export const asymmetricAlgorithms = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
] as const;
export const defaultAlgorithms = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512'] as const;

/** Sign-in through an OIDC / OAuth 2 identity provider: its access tokens (JWTs) are verified locally. */
export interface OidcSettings {
  /** Expected `iss`, exactly as the IdP writes it. */
  readonly issuer: string;
  /** Accepted `aud` values (the token must name at least one). */
  readonly audience: readonly string[];
  /** Where the IdP publishes its signing keys (`jwks_uri` of its discovery document). */
  readonly jwksUrl: string;
  /** Allowed `alg` values; a subset of `asymmetricAlgorithms`. */
  readonly algorithms: readonly string[];
  /** Seconds of clock difference tolerated on `exp`, `nbf` and `iat`. */
  readonly clockToleranceSec: number;
  readonly claims: ClaimMapping;
  /** Least time between two JWKS fetches, even for unknown `kid`s (jose's cooldown, default 30 s): a flood of forged kids cannot hammer the IdP. */
  readonly jwksCooldownMs?: number;
  /** Keys are refetched after this long even when every `kid` is known (default 10 minutes). */
  readonly jwksCacheMaxAgeMs?: number;
  /** Give up fetching the JWKS after this long (default 5 s). */
  readonly jwksTimeoutMs?: number;
}

export type TokenVerifier = (token: string) => Promise<Principal | undefined>;

/** JOSE errors that mean "the IdP's key set could not be had", not "this token is bad". */
const unavailableCodes = new Set([errors.JWKSTimeout.code, errors.JWKSInvalid.code, errors.JOSEError.code]);

/**
 * Builds the verifier. jose's remote key set caches the keys, refetches on an unknown `kid` (key rotation) at
 * most once per cooldown, and shares one in-flight fetch between concurrent requests. A bad token resolves to
 * `undefined` (401); an unreachable IdP throws 503, so clients retry instead of discarding a good token.
 */
export function createOidcVerifier(settings: OidcSettings, keys?: JWTVerifyGetKey): TokenVerifier {
  const getKey =
    keys ??
    createRemoteJWKSet(new URL(settings.jwksUrl), {
      cooldownDuration: settings.jwksCooldownMs ?? 30_000,
      cacheMaxAge: settings.jwksCacheMaxAgeMs ?? 10 * 60_000,
      timeoutDuration: settings.jwksTimeoutMs ?? 5_000,
    });
  const algorithms = settings.algorithms.filter((alg) => (asymmetricAlgorithms as readonly string[]).includes(alg));
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, getKey, {
        issuer: settings.issuer,
        audience: [...settings.audience],
        algorithms,
        clockTolerance: settings.clockToleranceSec,
        requiredClaims: ['sub', 'exp'],
      });
      if (typeof payload.sub !== 'string' || payload.sub === '') return undefined;
      return principalFromClaims({ ...payload, sub: payload.sub }, settings.claims);
    } catch (error) {
      if (error instanceof errors.JOSEError && !unavailableCodes.has(error.code)) return undefined;
      throw new HttpProblem(503, 'internal', { headers: { 'Retry-After': '30' }, cause: error });
    }
  };
}
