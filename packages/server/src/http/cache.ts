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

/** A public read's response as sent: the JSON text and its entity tag, computed once and served many times. */
export interface PublicPage {
  readonly status: number;
  readonly json: string;
  readonly etag: string;
}

/** What a public page is looked up by: the raw route parameters and query string, the answer's language and day. */
export interface PublicPageRequest {
  readonly params: Readonly<Record<string, string>>;
  /** The query string as sent (without `?`): equal strings ask for the same page. */
  readonly rawQuery: string;
  readonly locale: string;
  readonly today: string;
}

/** A page found (`page`) or a place to keep the one the route is about to compute (`store`). */
export interface PublicPageSlot {
  readonly page: PublicPage | undefined;
  store(page: PublicPage): void;
}

/**
 * Pre-serialized pages of one public read route, shared by every unauthenticated caller and by no one else:
 * `registerRoutes` consults it only for the `public` cache class (no credentials), so a signed-in view — a staff
 * member's above all — is never stored here nor served from here. `open` decides freshness itself (the board reads
 * its village's version row) and answers undefined when the request is not cacheable.
 */
export interface PublicPageCache {
  open(request: PublicPageRequest): Promise<PublicPageSlot | undefined>;
}

/** The raw query string of a request URL, without the `?`. */
export function rawQueryOf(url: string): string {
  const at = url.indexOf('?');
  return at === -1 ? '' : url.slice(at + 1);
}
