import type { Schema } from '../route.js';

/** The parts of a route that say what it acts on: the area's tag and the path parameters naming the resource. */
interface ResourcePath<T extends string, P extends Schema> {
  readonly tags: readonly [T];
  readonly params: P;
}
/** …and the view of the resource the route answers with. */
type ResourceParts<T extends string, P extends Schema, R extends Schema> = ResourcePath<T, P> & { readonly response: R };

/**
 * What the routes on one resource of an area share: the area's tag, the path parameters naming the resource and,
 * when most of them answer with the same view of it, that view. A route says first who may call it and how it answers
 * (answers.ts), then spreads these parts and adds its own body (and its own `response` after the spread where it
 * answers otherwise):
 * `defineRoute({ id, method, path, summary, ...signedInCreate(cadres), ...decision, body: stepDraftSchema })`.
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
