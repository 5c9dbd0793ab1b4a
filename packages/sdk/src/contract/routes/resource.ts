import type { HttpMethod, RouteSpec, Schema } from '../route.js';
import { villageParams, villageResourceParams } from './common.js';

/** The parts of a route that say what it acts on: the area's tag and the path parameters naming the resource. */
export interface ResourcePath<T extends string, P extends Schema> {
  readonly tags: readonly [T];
  readonly params: P;
}
/** …and the view of the resource the route answers with. */
export type ResourceParts<T extends string, P extends Schema, R extends Schema> = ResourcePath<T, P> & { readonly response: R };

/**
 * What the routes on one resource of an area share: the area's tag, the path parameters naming the resource and,
 * when most of them answer with the same view of it, that view. `resourceAt` and `villageAt` (below) build the routes
 * on them; a route written out with `defineRoute` says who may call it and how it answers (answers.ts), then spreads
 * these parts and adds its own body (and its own `response` after the spread where it answers otherwise):
 * `defineRoute({ id, method, path, summary, ...signedInCreate(mediators), ...desk, body })`.
 */
export function resourceParts<const T extends string, const P extends Schema>(tag: T, params: P): ResourcePath<T, P>;
export function resourceParts<const T extends string, const P extends Schema, const R extends Schema>(
  tag: T,
  params: P,
  response: R,
): ResourceParts<T, P, R>;
export function resourceParts(
  tag: string,
  params: Schema,
  response?: Schema,
): ResourcePath<string, Schema> & { readonly response?: Schema } {
  return response ? { tags: [tag], params, response } : { tags: [tag], params };
}

/** How a route answers, as answers.ts states it: its status, who may call it, its Idempotency-Key and its flags. */
export type Answer = Pick<RouteSpec, 'status' | 'access' | 'idempotency' | 'personal' | 'paged' | 'readOnly'>;
/**
 * What a route on a resource says itself: its id and summary, its body and query, its flags, and its `response`
 * where the resource names no view or the route answers otherwise.
 */
export type OwnFields<Parts> = Pick<RouteSpec, 'id' | 'summary'> &
  Partial<Pick<RouteSpec, 'body' | 'query' | 'publishes' | 'upload' | 'download'>> &
  (Parts extends { readonly response: Schema } ? Partial<Pick<RouteSpec, 'response'>> : Pick<RouteSpec, 'response'>);
/** A route on a resource, as one object: its own fields over the resource's parts, over how it answers. */
type Merged<M extends HttpMethod, P extends string, A extends Answer, Parts, F> = {
  readonly [K in 'method' | 'path' | keyof A | keyof Parts | keyof F]: K extends keyof F
    ? F[K]
    : K extends keyof Parts
      ? Parts[K]
      : K extends keyof A
        ? A[K]
        : K extends 'method'
          ? M
          : P;
};
/** …written out field by field (as `defineRoute` would have typed it), so a route's type reads as its fields. */
export type Route<M extends HttpMethod, P extends string, A extends Answer, Parts, F> =
  Merged<M, P, A, Parts, F> extends infer R ? { readonly [K in keyof R]: R[K] } : never;

/**
 * The routes of one method on a resource: on the resource's own path (`decision.get(staffRead, { id, summary })`), or
 * on a path below it (`report.post('/assessment', reportStep, { id, summary, body })`: a step a report takes).
 */
export interface Requests<M extends HttpMethod, P extends string, Parts> {
  <const A extends Answer, const F extends OwnFields<Parts>>(answer: A, route: F): Route<M, P, A, Parts, F>;
  <const S extends `/${string}`, const A extends Answer, const F extends OwnFields<Parts>>(
    below: S,
    answer: A,
    route: F,
  ): Route<M, `${P}${S}`, A, Parts, F>;
}

/** The routes a resource takes, by method. */
export interface ResourceRoutes<P extends string, Parts> {
  readonly get: Requests<'GET', P, Parts>;
  readonly post: Requests<'POST', P, Parts>;
  readonly put: Requests<'PUT', P, Parts>;
}

/**
 * The routes on one resource of an area, where it stands: `resourceParts` and its path. A route is one request on it
 * (a method, and the path below it if any), how that request answers (answers.ts), and the route's own fields:
 * `export const assessGridReport = report.post('/assessment', reportStep, { id, summary, body: gridAssessmentSchema })`
 * is a POST to `/v1/villages/{villageId}/grid-reports/{reportId}/assessment` answered with the report.
 */
export function resourceAt<const T extends string, const P extends RouteSpec['path'], const S extends Schema>(
  tag: T,
  path: P,
  params: S,
): ResourceRoutes<P, ResourcePath<T, S>>;
export function resourceAt<const T extends string, const P extends RouteSpec['path'], const S extends Schema, const R extends Schema>(
  tag: T,
  path: P,
  params: S,
  response: R,
): ResourceRoutes<P, ResourceParts<T, S, R>>;
export function resourceAt(tag: string, path: string, params: Schema, response?: Schema): ResourceRoutes<string, object> {
  const parts = response ? resourceParts(tag, params, response) : resourceParts(tag, params);
  function routes<M extends HttpMethod>(method: M): Requests<M, string, object> {
    return (...request: [Answer, OwnFields<object>] | [string, Answer, OwnFields<object>]) => {
      const [below, answer, { id, summary, ...own }] = request.length === 3 ? request : (['', ...request] as const);
      // The order of a route written out: its id, request and summary, how it answers, the resource, its own fields.
      return { id, method, path: path + below, summary, ...answer, ...parts, ...own };
    };
  }
  return { get: routes('GET'), post: routes('POST'), put: routes('PUT') };
}

/** The parameters a path names below the village: `'/grid-reports/{reportId}'` names `'reportId'`. */
type PathKeys<P extends string> = P extends `${string}{${infer K}}${infer Rest}` ? K | PathKeys<Rest> : never;
/** The path parameters of a village's resource: the village's id, then the ids below it. */
type VillagePathParams<K extends string> = [K] extends [never] ? typeof villageParams : ReturnType<typeof villageResourceParams<K>>;
/** Where a village's resources stand: the village, or a path below it. */
type Below = '' | `/${string}`;
type VillagePath<B extends Below> = `/v1/villages/{villageId}${B}`;

/**
 * A resource of a village: `resourceAt` at `/v1/villages/{villageId}` and the path below it, whose parameters are the
 * village's id and the ids the path names. `villageAt('grid', '/grid-reports/{reportId}', gridReportDetailSchema)` is
 * one grid report, named by `villageId` and `reportId`; `villageAt('grid')` is the village, where its lists are.
 */
export function villageAt<const T extends string, const B extends Below = ''>(
  tag: T,
  below?: B,
): ResourceRoutes<VillagePath<B>, ResourcePath<T, VillagePathParams<PathKeys<B>>>>;
export function villageAt<const T extends string, const B extends Below, const R extends Schema>(
  tag: T,
  below: B,
  view: R,
): ResourceRoutes<VillagePath<B>, ResourceParts<T, VillagePathParams<PathKeys<B>>, R>>;
export function villageAt(tag: string, below: Below = '', view?: Schema): ResourceRoutes<string, object> {
  const keys = Array.from(below.matchAll(/\{(\w+)\}/g), ([, key]) => key ?? '');
  const params = keys.length > 0 ? villageResourceParams(...keys) : villageParams;
  const path = `/v1/villages/{villageId}${below}` as const;
  return view ? resourceAt(tag, path, params, view) : resourceAt(tag, path, params);
}
