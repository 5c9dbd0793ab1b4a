import type { PageItem, RouteInput, RouteOutput, RouteSpec } from './route.js';

/** The type-only link from a reference to its full route (no value exists at run time). */
declare const fullRoute: unique symbol;

/**
 * What a client needs to call a route, without its schemas: id, method, path, idempotency and the paging and
 * read-only flags. Browsers import these (`@shanzhi/sdk/browser`) so a widget's bundle holds no zod; the full route's
 * type rides along for the input and output types, and the compiler checks every field against the full route.
 */
export type RouteRef<R extends RouteSpec = RouteSpec> = Pick<R, 'id' | 'method' | 'path' | 'idempotency'> &
  Pick<R, Extract<'paged' | 'readOnly', keyof R>> &
  Partial<Pick<RouteSpec, 'paged' | 'readOnly'>> & { readonly response?: undefined; readonly [fullRoute]?: R };

/** A full route or its reference: what `client.request` accepts. */
export type Callable<R extends RouteSpec> = R | RouteRef<R>;

/** The full route behind a reference (a full route stands for itself). */
export type FullRoute<R> = R extends { readonly [fullRoute]?: infer F extends RouteSpec } ? F : R extends RouteSpec ? R : never;

/** RouteInput, RouteOutput and PageItem for a full route or its reference (what `@shanzhi/sdk/browser` exports). */
export type RefInput<R> = RouteInput<FullRoute<R>>;
export type RefOutput<R> = RouteOutput<FullRoute<R>>;
export type RefPageItem<R> = PageItem<FullRoute<R>>;
