import type { Role } from '@shanzhi/rules';
import type { RouteSpec } from '@shanzhi/sdk';

/**
 * The groups of checks, in the order a report lists them. Each names one promise of the contract (docs/api.md); a
 * backend that breaks it fails the checks of that group, named after what they expected.
 */
export const suites = [
  'shape',
  'problems',
  'idempotency',
  'paging',
  'roles',
  'privacy',
  'caching',
  'cors',
  'tracking-codes',
  'language',
] as const;
export type Suite = (typeof suites)[number];

/** What the operator tells the kit (the CLI's flags). */
export interface ConformanceOptions {
  /** The backend's origin and prefix, without `/v1` (https://gov.example/api). */
  readonly baseUrl: string;
  /** A bearer token per role (`--token cadre=eyJ…`): role checks run for the roles given and skip the others. */
  readonly tokens?: Readonly<Partial<Record<Role, string>>>;
  /**
   * The village the kit may write its test records in (`--village`). Staff tokens should belong to it. Without it the
   * kit picks the first village the backend lists for reads, and writes nothing.
   */
  readonly village?: string;
  /** Read only (`--read-only`): no request that could change data is sent; the checks that need one are skipped. */
  readonly readOnly?: boolean;
  /** An origin the backend is configured to allow (`--origin https://portal.example`); the CORS checks skip without it. */
  readonly origin?: string;
  /** Only these suites (`--suite shape --suite paging`); all of them by default. */
  readonly suites?: readonly Suite[];
  /** Per request, milliseconds (default 30 000). */
  readonly timeoutMs?: number;
  /** Requests at once (default 4). */
  readonly concurrency?: number;
  /** Replaces the global fetch (tests, proxies). */
  readonly fetch?: typeof fetch;
  /** Called as each check ends (the CLI prints a line). */
  readonly onResult?: (result: CheckResult) => void;
}

export type Outcome = 'passed' | 'failed' | 'skipped';

/** One check's verdict. */
export interface CheckResult {
  /** Stable, for a CI's history: `<suite>/<name>` or `<suite>/<route id>/<name>`. */
  readonly id: string;
  readonly suite: Suite;
  /** What the contract expects, in words (a JUnit test case name). */
  readonly name: string;
  /** The route the check called, when it is about one route. */
  readonly route?: string;
  readonly outcome: Outcome;
  /** Why it failed or was skipped, in one line. */
  readonly message?: string;
  /** The evidence of a failure: the request sent and what came back (personal data already masked out). */
  readonly details?: string;
  readonly ms: number;
}

/** The whole run. */
export interface ConformanceReport {
  readonly baseUrl: string;
  readonly startedAt: string;
  readonly ms: number;
  readonly readOnly: boolean;
  /** The contract version the kit checks (the SDK's), and what the backend's /v1/health said it speaks. */
  readonly contractVersion: string;
  readonly serverVersion?: string;
  readonly results: readonly CheckResult[];
  readonly counts: Readonly<Record<Outcome, number>>;
}

/** One request as the kit sends it. `token` names a role of `ConformanceOptions.tokens`, or is a raw token string. */
export interface KitRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'OPTIONS' | 'HEAD';
  /** A path with the query already in it: `/v1/regions?limit=3`. */
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** A value to send as JSON, or a string sent as it is. */
  readonly body?: unknown;
  readonly role?: Role;
  readonly token?: string;
}

/** One answer, read whole. `json` is the parsed body when it parsed. */
export interface KitResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly json: unknown;
  /** `GET /v1/… → 200` with the request's method and path, for a failure's evidence. */
  readonly summary: string;
}

/** What a check can use. */
export interface CheckContext {
  readonly options: ConformanceOptions & { readonly readOnly: boolean; readonly timeoutMs: number };
  send(request: KitRequest): Promise<KitResponse>;
  /** The path params a route can be called with on this backend (found by listing), or undefined when none were found. */
  paramsFor(route: RouteSpec): Promise<Record<string, string> | undefined>;
  /** The village the run reads (and writes in, when allowed). */
  readonly village: string;
  /** Marks a record the kit creates: text fields of test records start with it, so an operator can find and delete them. */
  readonly marker: string;
  /** The roles with a token. */
  readonly roles: readonly Role[];
}

/** A check that cannot run here (no token for the role, read-only, nothing to sample): reported as skipped, not failed. */
export class SkipCheck extends Error {
  override name = 'SkipCheck';
}

/** A check's finding: what was expected, and the evidence. */
export class CheckFailure extends Error {
  override name = 'CheckFailure';
  constructor(
    message: string,
    readonly details?: string,
  ) {
    super(message);
  }
}

/** One check, generated from the route table or written for one promise. */
export interface Check {
  readonly suite: Suite;
  readonly name: string;
  readonly route?: string;
  /** Throws CheckFailure (failed), SkipCheck (skipped); returning is passing. */
  run(context: CheckContext): Promise<void>;
}
