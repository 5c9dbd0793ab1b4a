import type { ProblemCode } from '../contract/problem-codes.js';
import type { Problem, ProblemIssue } from '../contract/problem.js';

/** Every error the client throws carries the route and the request id, so a villager's report can be traced. */
export class ShanzhiError extends Error {
  readonly routeId: string;
  readonly requestId: string | undefined;
  constructor(message: string, routeId: string, requestId: string | undefined, options?: { cause?: unknown }) {
    super(message);
    // Set by hand: the `cause` option of Error arrived only in Chromium 93.
    if (options?.cause !== undefined) Object.defineProperty(this, 'cause', { value: options.cause, writable: true, configurable: true });
    this.name = 'ShanzhiError';
    this.routeId = routeId;
    this.requestId = requestId;
  }
}

/** The server answered with an RFC 9457 problem. `title` and issue messages are already in the caller's locale. */
export class ProblemError extends ShanzhiError {
  readonly status: number;
  /** Switch on it: one of the contract's codes, or whatever code another backend added (kept, not rejected). */
  readonly code: ProblemCode | (string & Record<never, never>);
  readonly title: string;
  readonly detail: string | undefined;
  readonly issues: readonly ProblemIssue[];
  readonly problem: Problem;
  /** Seconds from Retry-After when the server sent one (e.g. 429 beyond the client's cap). */
  readonly retryAfter: number | undefined;
  constructor(problem: Problem, routeId: string, requestId: string | undefined, retryAfter?: number) {
    super(problem.detail ?? problem.title, routeId, requestId ?? problem.requestId);
    this.name = 'ProblemError';
    this.problem = problem;
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.issues = problem.issues ?? [];
    this.retryAfter = retryAfter;
  }
}

/** The request never got an answer: offline, DNS, connection reset. Safe to retry later with the same idempotency key. */
export class NetworkError extends ShanzhiError {
  constructor(routeId: string, requestId: string | undefined, cause: unknown) {
    super('The network request failed', routeId, requestId, { cause });
    this.name = 'NetworkError';
  }
}

/** One attempt exceeded `timeout`, or all attempts together exceeded `deadline`. */
export class TimeoutError extends ShanzhiError {
  readonly kind: 'attempt' | 'deadline';
  constructor(kind: 'attempt' | 'deadline', routeId: string, requestId: string | undefined, cause?: unknown) {
    super(kind === 'deadline' ? 'The request did not complete before its deadline' : 'The request timed out', routeId, requestId, {
      cause,
    });
    this.name = 'TimeoutError';
    this.kind = kind;
  }
}

/** The response did not match the contract (only in `validateResponses: 'throw'` mode). Paths only: never the data. */
export class ResponseValidationError extends ShanzhiError {
  readonly issues: readonly { readonly path: readonly (string | number)[]; readonly code: string }[];
  constructor(
    routeId: string,
    requestId: string | undefined,
    issues: readonly { readonly path: readonly (string | number)[]; readonly code: string }[],
  ) {
    super(`The response of ${routeId} does not match the contract`, routeId, requestId);
    this.name = 'ResponseValidationError';
    this.issues = issues;
  }
}
