import type { Locale } from '@shanzhi/rules';
import ky, { HTTPError, TimeoutError as KyTimeoutError } from 'ky';
import type { Problem } from '../contract/problem.js';
import type { Callable } from '../contract/route-ref.js';
import type { PageItem, RouteInput, RouteOutput, RouteSpec } from '../contract/route.js';
import { NetworkError, ProblemError, ResponseValidationError, TimeoutError } from './errors.js';
import { randomId } from './ids.js';
import { isProblem } from './problem-guard.js';
import type { validateResponse } from './validate.js';
import { deadlineSignal } from './signals.js';
import { fillPath, joinUrl, toSearchParams } from './url.js';

export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  readonly limit?: number;
  /** Longest wait (ms) taken from a Retry-After header; a longer one is capped to it (the final ProblemError still carries `retryAfter`). Default 10 s. */
  readonly maxRetryAfter?: number;
  /** Upper bound (ms) of one exponential backoff delay. Default 5 s. */
  readonly backoffLimit?: number;
}

export interface RequestEvent {
  readonly routeId: string;
  readonly method: string;
  readonly url: string;
  readonly requestId: string;
  readonly attempt: number;
}
export interface ResponseEvent extends RequestEvent {
  readonly status: number;
  readonly durationMs: number;
}
export interface RetryEvent extends RequestEvent {
  readonly error: Error;
}

/** Telemetry hooks. They receive no bodies and no headers, so personal data never reaches a logger through them. */
export interface ClientHooks {
  readonly beforeRequest?: (event: RequestEvent) => void;
  readonly afterResponse?: (event: ResponseEvent) => void;
  readonly beforeRetry?: (event: RetryEvent) => void;
}

export type TokenGetter = (context: { readonly refresh: boolean }) => string | undefined | Promise<string | undefined>;

export interface ClientOptions {
  /** Where the contract is served, e.g. `https://portal.example.gov.cn/api` (routes start with /v1). */
  readonly baseUrl: string;
  readonly token?: string;
  /** Called before each call; with `refresh: true` once after a 401 (shared by concurrent calls). */
  readonly getToken?: TokenGetter;
  readonly fetch?: typeof globalThis.fetch;
  /** Per attempt, ms. Default 10 s. */
  readonly timeout?: number;
  /** Across all attempts and waits, ms. Default 30 s. */
  readonly deadline?: number;
  readonly retry?: RetryOptions | number;
  readonly locale?: Locale | (() => Locale);
  /**
   * Check every response against the contract's schemas (zod, loaded with a dynamic `import()` on the first
   * response). Default `true` with `@shanzhi/sdk`; the widgets' client (`@shanzhi/sdk/browser`) has no validation
   * at all, so a page's first load never pays for it (docs/sdk.md: what a portal gives up, and how to opt in).
   */
  readonly validate?: boolean;
  /** What to do when a response does not match the contract, once validation is on. Default `throw`. */
  readonly validateResponses?: 'throw' | 'warn' | 'off';
  readonly hooks?: ClientHooks;
}

export interface CallOptions {
  readonly signal?: AbortSignal;
  /** Reuse a key across separate calls (e.g. a form's attempt-to-submit kept across reloads). */
  readonly idempotencyKey?: string;
  readonly requestId?: string;
  readonly timeout?: number;
  readonly deadline?: number;
}

export interface ApiResult<T> {
  readonly data: T;
  readonly status: number;
  readonly requestId: string;
  /** The server replayed the first response of this idempotency key. */
  readonly replayed: boolean;
  readonly idempotencyKey: string | undefined;
}

export interface Client {
  request<R extends RouteSpec>(route: Callable<R>, input: RouteInput<R>, options?: CallOptions): Promise<ApiResult<RouteOutput<R>>>;
  /** Every page of a cursor-paged route, one result at a time. */
  pages<R extends RouteSpec & { readonly paged: true }>(
    route: Callable<R>,
    input: RouteInput<R>,
    options?: CallOptions,
  ): AsyncGenerator<ApiResult<RouteOutput<R>>, void, undefined>;
  /** Every item of a cursor-paged route, following `nextCursor` until it is null. */
  paginate<R extends RouteSpec & { readonly paged: true }>(
    route: Callable<R>,
    input: RouteInput<R>,
    options?: CallOptions,
  ): AsyncGenerator<PageItem<R>, void, undefined>;
  readonly baseUrl: string;
}

const retryableStatuses = [408, 429, 500, 502, 503, 504];
const safeMethods = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);

function retryAfterSeconds(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000));
}

async function problemOf(response: Response): Promise<Problem> {
  // Always read the body: an unread error body keeps the connection busy (ky 1.x trap).
  const text = await response.text().catch(() => '');
  try {
    const parsed: unknown = JSON.parse(text);
    if (isProblem(parsed)) return parsed;
  } catch {
    // not JSON: fall through to a synthesized problem
  }
  return {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    code: `http-${response.status}`,
  };
}

/** Loads response validation (./validate.js); `@shanzhi/sdk` passes one, `@shanzhi/sdk/browser` does not. */
export type ValidatorLoader = () => Promise<{ readonly validateResponse: typeof validateResponse }>;

/** The client both entries share; without `loadValidator` it never validates a response and never loads zod. */
export function createClient(options: ClientOptions, loadValidator?: ValidatorLoader): Client {
  const retry: RetryOptions = typeof options.retry === 'number' ? { limit: options.retry } : (options.retry ?? {});
  const validation = options.validate === false ? 'off' : (options.validateResponses ?? 'throw');
  const loadChecks = validation === 'off' ? undefined : loadValidator;
  let validator: ReturnType<ValidatorLoader> | undefined;
  const hooks = options.hooks ?? {};
  let refreshing: Promise<string | undefined> | undefined;

  const localeNow = (): Locale => (typeof options.locale === 'function' ? options.locale() : (options.locale ?? 'zh-CN'));

  async function token(refresh: boolean): Promise<string | undefined> {
    if (!options.getToken) return options.token;
    if (!refresh) return options.getToken({ refresh: false });
    // One refresh shared by every call that got a 401 at the same time.
    refreshing ??= Promise.resolve(options.getToken({ refresh: true })).finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  }

  async function request<R extends RouteSpec>(
    route: Callable<R>,
    input: RouteInput<R>,
    call: CallOptions = {},
  ): Promise<ApiResult<RouteOutput<R>>> {
    const parts = input as { params?: Record<string, unknown>; query?: Record<string, unknown>; body?: unknown };
    const requestId = call.requestId ?? randomId();
    // Made once per call and reused on every retry, so a retried create can never be applied twice.
    const idempotencyKey = route.idempotency === 'none' ? undefined : (call.idempotencyKey ?? randomId());
    const url = joinUrl(options.baseUrl, fillPath(route.path, parts.params), toSearchParams(parts.query));
    const retryable = safeMethods.has(route.method) || route.readOnly === true || idempotencyKey !== undefined;
    const deadline = deadlineSignal(call.deadline ?? options.deadline ?? 30_000, call.signal);

    const send = async (refresh: boolean): Promise<Response> => {
      const bearer = await token(refresh);
      const headers: Record<string, string> = {
        Accept: 'application/json, application/problem+json',
        'Accept-Language': localeNow(),
        'X-Request-Id': requestId,
      };
      if (bearer) headers.Authorization = `Bearer ${bearer}`;
      if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
      // An upload route's body is the file itself (attachments.ts), sent as bytes in a type the route lists.
      if (route.upload && parts.body !== undefined) headers['Content-Type'] = uploadContentType(parts.body, route.upload.mediaTypes);
      let attempt = 0;
      let started = 0;
      const event = (): RequestEvent => ({ routeId: route.id, method: route.method, url, requestId, attempt });
      return ky(url, {
        method: route.method,
        headers,
        ...(parts.body === undefined ? {} : route.upload ? { body: parts.body as BodyInit } : { json: parts.body }),
        signal: deadline.signal,
        timeout: call.timeout ?? options.timeout ?? 10_000,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        throwHttpErrors: true,
        retry: {
          limit: retryable ? (retry.limit ?? 2) : 0,
          methods: retryable ? [route.method.toLowerCase() as 'get'] : [],
          statusCodes: retryableStatuses,
          afterStatusCodes: [429, 503],
          maxRetryAfter: retry.maxRetryAfter ?? 10_000,
          backoffLimit: retry.backoffLimit ?? 5_000,
          jitter: true,
          retryOnTimeout: true,
        },
        hooks: {
          beforeRequest: [
            () => {
              attempt += 1;
              started = Date.now();
              hooks.beforeRequest?.(event());
            },
          ],
          afterResponse: [
            (_request, _options, response) => {
              hooks.afterResponse?.({ ...event(), status: response.status, durationMs: Date.now() - started });
            },
          ],
          beforeRetry: [
            ({ error }) => {
              hooks.beforeRetry?.({ ...event(), error });
            },
          ],
        },
      });
    };

    try {
      let response: Response;
      try {
        response = await send(false);
      } catch (error) {
        if (error instanceof HTTPError && error.response.status === 401 && options.getToken) {
          await error.response.body?.cancel();
          response = await send(true);
        } else throw error;
      }
      const answeredId = response.headers.get('x-request-id') ?? requestId;
      const replayed = response.headers.get('idempotent-replayed') === 'true';
      const json: unknown = response.status === 204 ? undefined : route.download ? await response.blob() : await response.json();
      let data = json as RouteOutput<R>;
      if (loadChecks) {
        validator ??= loadChecks();
        const parsed = (await validator).validateResponse(route, json);
        if (parsed.ok) data = parsed.data as RouteOutput<R>;
        else {
          const issues = parsed.issues;
          if (validation === 'throw') throw new ResponseValidationError(route.id, answeredId, issues);
          console.warn(`[shanzhi] ${route.id}: response does not match the contract`, issues);
        }
      }
      return { data, status: response.status, requestId: answeredId, replayed, idempotencyKey };
    } catch (error) {
      throw await translate(error, route, requestId, deadline.expired(), call.signal);
    } finally {
      deadline.dispose();
    }
  }

  async function* pages<R extends RouteSpec & { readonly paged: true }>(route: Callable<R>, input: RouteInput<R>, call?: CallOptions) {
    const base = input as { query?: Record<string, unknown> };
    let cursor = base.query?.cursor as string | undefined;
    for (;;) {
      const page = await request(route, { ...(input as object), query: { ...base.query, cursor } } as RouteInput<R>, call);
      yield page;
      const next = (page.data as { nextCursor?: string | null }).nextCursor;
      if (!next) return;
      cursor = next;
    }
  }

  async function* paginate<R extends RouteSpec & { readonly paged: true }>(route: Callable<R>, input: RouteInput<R>, call?: CallOptions) {
    for await (const page of pages(route, input, call)) {
      for (const item of (page.data as { items: PageItem<R>[] }).items) yield item;
    }
  }

  return { request, pages, paginate, baseUrl: options.baseUrl };
}

/** The Content-Type of an upload: the Blob's own type when the route lists it, else `application/octet-stream`. */
function uploadContentType(body: unknown, mediaTypes: readonly string[]): string {
  const type = typeof Blob !== 'undefined' && body instanceof Blob ? body.type.toLowerCase() : '';
  return mediaTypes.includes(type) ? type : 'application/octet-stream';
}

async function translate(
  error: unknown,
  route: Pick<RouteSpec, 'id'>,
  requestId: string,
  deadlineExpired: boolean,
  outer: AbortSignal | undefined,
): Promise<unknown> {
  if (error instanceof ProblemError || error instanceof ResponseValidationError) return error;
  if (error instanceof HTTPError) {
    const response = error.response;
    const problem = await problemOf(response);
    return new ProblemError(
      problem,
      route.id,
      response.headers.get('x-request-id') ?? problem.requestId ?? requestId,
      retryAfterSeconds(response),
    );
  }
  if (deadlineExpired) return new TimeoutError('deadline', route.id, requestId, error);
  if (error instanceof KyTimeoutError) return new TimeoutError('attempt', route.id, requestId, error);
  if (outer?.aborted) return outer.reason ?? error;
  if (error instanceof TypeError) return new NetworkError(route.id, requestId, error);
  return error;
}
