import type { Role } from '@shanzhi/rules';
import { CONTRACT_VERSION, routes, type RouteSpec } from '@shanzhi/sdk';
import { allChecks } from './checks/index.js';
import { sendRequest, type HttpOptions } from './http.js';
import { createSamples } from './samples.js';
import {
  CheckFailure,
  SkipCheck,
  suites as allSuites,
  type Check,
  type CheckContext,
  type CheckResult,
  type ConformanceOptions,
  type ConformanceReport,
  type Outcome,
} from './types.js';

/** Text fields of every record the kit writes start with this, so an operator can find and remove them. */
export const testRecordMarker = '【shanzhi-conformance 测试记录】';

/** Runs every check (or the chosen suites) against one backend. Never throws for a backend's fault: that is a result. */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  const tokens = options.tokens ?? {};
  const http: HttpOptions = {
    baseUrl: options.baseUrl,
    tokens,
    timeoutMs: options.timeoutMs ?? 30_000,
    fetch: options.fetch ?? globalThis.fetch,
  };
  const roles = Object.keys(tokens) as Role[];
  const readOnly = options.readOnly ?? options.village === undefined;
  const send: CheckContext['send'] = (request) => sendRequest(http, request);
  const samples = await createSamples({ send, village: options.village, roles, routes, readOnly, marker: testRecordMarker });
  const context: CheckContext = {
    options: { ...options, readOnly, timeoutMs: http.timeoutMs },
    send,
    paramsFor: (route) => samples.paramsFor(route),
    village: samples.village,
    marker: testRecordMarker,
    roles,
  };
  const wanted = new Set(options.suites ?? allSuites);
  const checks = allChecks(routes as readonly RouteSpec[]).filter((check) => wanted.has(check.suite));
  const results = await runAll(checks, context, Math.max(1, options.concurrency ?? 4), options.onResult);
  const order = new Map(allSuites.map((suite, index) => [suite, index]));
  const sorted = [...results].sort((a, b) => (order.get(a.suite) ?? 0) - (order.get(b.suite) ?? 0));
  const counts: Record<Outcome, number> = { passed: 0, failed: 0, skipped: 0 };
  for (const result of sorted) counts[result.outcome] += 1;
  return {
    baseUrl: options.baseUrl,
    startedAt,
    ms: Date.now() - started,
    readOnly,
    contractVersion: CONTRACT_VERSION,
    ...(samples.serverVersion === undefined ? {} : { serverVersion: samples.serverVersion }),
    results: sorted,
    counts,
  };
}

function idOf(check: Check): string {
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9\u4e00-\u9fff]+/g, '-')
      .replace(/^-|-$/g, '');
  return [check.suite, check.route, slug(check.name)].filter(Boolean).join('/');
}

async function runOne(check: Check, context: CheckContext): Promise<CheckResult> {
  const at = Date.now();
  const base = { id: idOf(check), suite: check.suite, name: check.name, ...(check.route === undefined ? {} : { route: check.route }) };
  try {
    await check.run(context);
    return { ...base, outcome: 'passed', ms: Date.now() - at };
  } catch (error) {
    const ms = Date.now() - at;
    if (error instanceof SkipCheck) return { ...base, outcome: 'skipped', message: error.message, ms };
    if (error instanceof CheckFailure) {
      return { ...base, outcome: 'failed', message: error.message, ...(error.details === undefined ? {} : { details: error.details }), ms };
    }
    // A check that could not complete (a timeout, a refused connection) failed: the backend did not answer as it must.
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ...base, outcome: 'failed', message: `the check could not complete: ${message}`, ms };
  }
}

async function runAll(
  checks: readonly Check[],
  context: CheckContext,
  concurrency: number,
  onResult: ((result: CheckResult) => void) | undefined,
): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  let next = 0;
  const worker = async () => {
    while (next < checks.length) {
      const check = checks[next++];
      if (check === undefined) break;
      const result = await runOne(check, context);
      results.push(result);
      onResult?.(result);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, checks.length) }, worker));
  return results;
}
