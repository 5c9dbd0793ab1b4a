import type { PageItem, RouteInput, RouteOutput, RouteSpec } from './route.js';

/** The type-only link from a reference to its full route (no value exists at run time). */
declare const fullRoute: unique symbol;

/**
 * What a client needs to call a route, without its schemas: id, method, path, idempotency and the paging and
 * read-only flags. Browsers import these (`@shanzhi/sdk/browser`) so a widget's bundle holds no zod; the full route's
 * type rides along for the input and output types, and the compiler checks every field against the full route.
 */
export type RouteRef<R extends RouteSpec = RouteSpec> = Pick<R, 'id' | 'method' | 'path' | 'idempotency'> &
  Pick<R, Extract<'paged' | 'readOnly' | 'upload' | 'download', keyof R>> &
  Partial<Pick<RouteSpec, 'paged' | 'readOnly' | 'upload' | 'download'>> & { readonly response?: undefined; readonly [fullRoute]?: R };

/** A full route or its reference: what `client.request` accepts. */
export type Callable<R extends RouteSpec> = R | RouteRef<R>;

/** The full route behind a reference (a full route stands for itself). */
export type FullRoute<R> = R extends { readonly [fullRoute]?: infer F extends RouteSpec } ? F : R extends RouteSpec ? R : never;

/** RouteInput, RouteOutput and PageItem for a full route or its reference (what `@shanzhi/sdk/browser` exports). */
export type RefInput<R> = RouteInput<FullRoute<R>>;
export type RefOutput<R> = RouteOutput<FullRoute<R>>;
export type RefPageItem<R> = PageItem<FullRoute<R>>;

type RefFlags = Partial<Pick<RouteSpec, 'paged' | 'readOnly' | 'upload' | 'download'>>;
/** One row of `routeRefs`: method, path, idempotency and flags, each typed by the full route. */
type RefRow<R extends RouteSpec> = readonly [method: R['method'], path: R['path'], idempotency: R['idempotency'], flags?: RefFlags];

type RefPath = RouteSpec['path'];
/*
 * The rows of `routeRefs` by kind of request, named as answers.ts names the full routes' answers: each fixes the
 * method and the idempotency that kind has, so a row states only its path (and flags). A row of another kind is
 * written out: `['POST', path, 'none']`.
 */
/** A GET: it changes nothing, so no Idempotency-Key. */
export function read<const P extends RefPath>(path: P, flags?: RefFlags) {
  return ['GET', path, 'none', flags] as const;
}
/** A POST whose Idempotency-Key is required (answers.ts: `signedInCreate`, `publicSubmission`). */
export function create<const P extends RefPath>(path: P, flags?: RefFlags) {
  return ['POST', path, 'required', flags] as const;
}
/** A POST whose Idempotency-Key is honoured when sent (answers.ts: `signedInChange`). */
export function change<const P extends RefPath>(path: P) {
  return ['POST', path, 'optional'] as const;
}
/** A PUT that replaces something, its Idempotency-Key honoured when sent (`signedInChange`). */
export function replace<const P extends RefPath>(path: P) {
  return ['PUT', path, 'optional'] as const;
}
/** A POST that only reads, carrying a code in its body: retried like a GET (answers.ts: `codeHolderRead`). */
export function lookUp<const P extends RefPath>(path: P) {
  return ['POST', path, 'none', { readOnly: true }] as const;
}

/**
 * The references of one area as a table, one row a route; the key is the route's id (and its export name). A wrong
 * method, path or idempotency is a compile error, and `test/browser-path.test.ts` compares every reference with the
 * route table at run time.
 */
export function routeRefs<T extends Record<string, RouteSpec>>(rows: { readonly [K in keyof T]: RefRow<T[K]> }): {
  readonly [K in keyof T]: RouteRef<T[K]>;
} {
  const refs: Record<string, RouteRef> = {};
  for (const [id, [method, path, idempotency, flags]] of Object.entries(rows as Record<string, RefRow<RouteSpec>>))
    refs[id] = { id, method, path, idempotency, ...flags };
  return refs as { readonly [K in keyof T]: RouteRef<T[K]> };
}
