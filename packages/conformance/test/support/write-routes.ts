import { routes, type RouteSpec } from '@shanzhi/sdk';
import type { SentRequest } from './recording-fetch.js';

/**
 * Whether calling a route can change data, by what the route table declares: every route that writes takes an
 * Idempotency-Key (required or optional, packages/sdk/src/contract/routes/answers.ts), so a non-GET with
 * `idempotency: 'none'` only computes an answer (the eligibility check) or only reads (`readOnly`: the code lookups).
 */
export function changesData(route: RouteSpec): boolean {
  return route.method !== 'GET' && route.readOnly !== true && route.idempotency !== 'none';
}

// Routes with fewer params first, so that a literal segment (`/entries/reviews`) wins over a param (`/entries/{entryId}`).
const matchers = [...(routes as readonly RouteSpec[])]
  .sort((a, b) => a.path.split('{').length - b.path.split('{').length)
  .map((route) => ({ route, pattern: new RegExp(`^${route.path.replace(/\{[^}]+\}/g, '[^/]+')}$`) }));

/** The route a request went to (by method and path; the query is ignored), or undefined for a path the table lacks. */
export function routeOf(method: string, url: string): RouteSpec | undefined {
  const path = new URL(url).pathname.replace(/^.*?(?=\/v1\/)/, '');
  return matchers.find((one) => one.route.method === method && one.pattern.test(path))?.route;
}

/** The requests that wrote: to a route that changes data (or to no route of the table, with a method that could), answered 2xx. */
export function appliedWrites(sent: readonly SentRequest[]): SentRequest[] {
  return sent.filter((one) => {
    const route = routeOf(one.method, one.url);
    const writes = route === undefined ? !['GET', 'HEAD', 'OPTIONS'].includes(one.method) : changesData(route);
    return writes && one.status >= 200 && one.status < 300;
  });
}

/** The village a request's path names (`/v1/villages/{villageId}/…`), if any. */
export function villageOf(url: string): string | undefined {
  return /\/v1\/villages\/([^/]+)/.exec(new URL(url).pathname)?.[1];
}

/**
 * Whether a write the kit made is marked as a test record: a JSON body has a text field that starts with `marker`;
 * an upload's body is the file itself, with no field to start (uploadAttachment: the bytes, no name, no JSON), so
 * its text must hold the marker (the kit's test PDF has it on its second line and as its title, test-attachment.ts).
 * A binary upload the recorder could not read as text (`body` undefined) is unmarked.
 */
export function markedWrite(one: SentRequest, marker: string): boolean {
  if (routeOf(one.method, one.url)?.upload !== undefined) return one.body?.includes(marker) === true;
  return marked(one.body, marker);
}

/** Whether some text field of a JSON body starts with `marker` (a record the kit created says it is a test record). */
export function marked(body: string | undefined, marker: string): boolean {
  const has = (value: unknown): boolean =>
    typeof value === 'string' ? value.startsWith(marker) : typeof value === 'object' && value !== null && Object.values(value).some(has);
  try {
    return has(JSON.parse(body ?? 'null'));
  } catch {
    return false;
  }
}
