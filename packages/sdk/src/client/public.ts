/** What both entry points (`@shanzhi/sdk` and `@shanzhi/sdk/browser`) export of the client, besides their `createClient`. */
export {
  type Client,
  type ClientOptions,
  type CallOptions,
  type ApiResult,
  type ClientHooks,
  type RetryOptions,
  type TokenGetter,
  type RequestEvent,
  type ResponseEvent,
  type RetryEvent,
} from './create-client.js';
export { ShanzhiError, ProblemError, NetworkError, TimeoutError, ResponseValidationError } from './errors.js';
export { randomId } from './ids.js';
