/**
 * @shanzhi/sdk — the shanzhi HTTP contract and its typed client. Import the routes you call and pass them to
 * `client.request`: bundlers then keep only those routes' schemas.
 */
export { createClient } from './client/validating-client.js';
export * from './client/public.js';
export {
  defineRoute,
  isAnyone,
  type RouteSpec,
  type RouteInput,
  type RouteOutput,
  type PageItem,
  type Output,
  type StripIndexSignatures,
  type Access,
  type HttpMethod,
  type Schema,
} from './contract/route.js';
export {
  genericProblemStatus,
  genericProblemCodes,
  isGenericProblemCode,
  type GenericProblemCode,
  type ProblemCode,
} from './contract/problem-codes.js';
export type * from './contract/types.js';
export { problemSchema, problemIssueSchema, type Problem, type ProblemIssue } from './contract/problem.js';
export { pageOf, cursorQuery } from './contract/page.js';
export { generateOpenApi, type OpenApiInfo } from './openapi/generate.js';
export type { RouteRef, Callable, FullRoute } from './contract/route-ref.js';
export { CONTRACT_VERSION, CONTRACT_VERSION_HEADER } from './contract/version.js';
export * from './contract/routes/index.js';
