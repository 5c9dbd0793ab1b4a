/**
 * @shanzhi/sdk/browser — the client for web pages: the same transport, and route references without schemas,
 * so a page downloads neither zod nor the contract's schemas, and this client does not validate responses. A portal
 * that wants validation in the page makes its client with `@shanzhi/sdk` (`createClient`, validating by default; the
 * schemas arrive with a dynamic `import()` on the first response) and hands it to `<sz-provider .client>`. Node code
 * imports `@shanzhi/sdk`, whose full routes carry their schemas and whose client validates by default.
 */
export { createClient, type BrowserClientOptions } from './client.js';
export * from '../client/public.js';
export type {
  RouteRef,
  Callable,
  FullRoute,
  RefInput as RouteInput,
  RefOutput as RouteOutput,
  RefPageItem as PageItem,
} from '../contract/route-ref.js';
export type { RouteSpec } from '../contract/route.js';
export type * from '../contract/types.js';
export * from './routes/points.js';
export * from './routes/points-desk.js';
export * from './routes/points-revoke.js';
export * from './routes/disclosure.js';
export * from './routes/finance.js';
export * from './routes/disclosure-drafts.js';
export * from './routes/disclosure-queries.js';
export * from './routes/postings.js';
export * from './routes/powers.js';
export * from './routes/mediation.js';
export * from './routes/services.js';
export * from './routes/requests.js';
export * from './routes/grid.js';
export * from './routes/attachments.js';
export * from './routes/supermarket.js';
export * from './routes/mentoring.js';
export * from './routes/decisions.js';
export * from './routes/mediation-desk.js';
