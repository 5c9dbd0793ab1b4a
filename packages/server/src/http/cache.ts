import { createHash } from 'node:crypto';
import type { RouteSpec } from '@shanzhi/sdk';

/** How long a browser or proxy may reuse a public read without asking: short, so a correction shows soon. */
export const publicMaxAgeSeconds = 60;

export type CacheClass = 'public' | 'private';

/**
 * Whether a response may be shared. Only reads that anyone may make, asked without credentials and not unlocked
 * by a relation (a tracking code) are public; everything else — a staff view with full names, a ledger, a case,
 * every write — is `private, no-store`, so no shared cache or back button keeps personal data.
 */
export function cacheClassOf(route: RouteSpec, authenticated: boolean): CacheClass {
  const publicRead =
    route.method === 'GET' && route.access.roles === 'anyone' && route.access.relation === undefined && route.personal !== true;
  return publicRead && !authenticated ? 'public' : 'private';
}

/** A strong validator for a JSON body in a language: sha-256 of both, base64url, quoted (RFC 9110 §8.8.3). */
export function entityTag(json: string, language: string): string {
  return `"${createHash('sha256').update(language).update('\n').update(json).digest('base64url').slice(0, 27)}"`;
}

/** RFC 9110 §13.1.2 If-None-Match: `*` or a list of (weak or strong) tags, compared weakly. */
export function matchesIfNoneMatch(header: string | undefined, tag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  const opaque = tag.replace(/^W\//, '');
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === opaque);
}
