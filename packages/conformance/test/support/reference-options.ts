import { roles, type Role } from '@shanzhi/rules';
import assert from 'node:assert/strict';
import type { ConformanceOptions, ConformanceReport, Suite } from '../../src/types.js';

/** The origin the test servers allow by CORS (`corsOrigins`), so the kit's CORS checks run instead of skipping. */
export const portalOrigin = 'https://portal.example';

/** The village of the reference server's demo staff (and of the demo villager's household): the kit writes only there. */
export const demoVillage = 'v-qs-01';

/** The reference server's demo token of every signed-in role: `demo-<role>` (packages/server/src/start.ts). */
export const demoTokens: Readonly<Partial<Record<Role, string>>> = Object.fromEntries(
  roles.filter((role) => role !== 'public').map((role) => [role, `demo-${role}`]),
);

/**
 * A full run (every token, writes allowed) against the reference server, on SQLite or PostgreSQL, passes at least this
 * many checks: all 700 passed on 2026-12-05 on both (a read-only run: 677 passed, 23 skipped for want of a write).
 */
export const minimumPassedWithWrites = 650;

/** What an operator of the reference server would pass: every token, the demo village (so writes run), the portal origin. */
export function referenceOptions(baseUrl: string, extra: Partial<ConformanceOptions> = {}): ConformanceOptions {
  return { baseUrl, tokens: demoTokens, village: demoVillage, origin: portalOrigin, ...extra };
}

/** The failed checks, one line each: what an assertion prints when a run it expected to pass did not. */
export function failuresOf(report: ConformanceReport, suite?: Suite): string[] {
  return report.results
    .filter((result) => result.outcome === 'failed' && (suite === undefined || result.suite === suite))
    .map((result) => `${result.id}: ${result.message ?? ''}${result.details === undefined ? '' : `\n    ${result.details}`}`);
}

/** Passed, failed and skipped checks of one suite. */
export function countsOf(report: ConformanceReport, suite: Suite): Record<'passed' | 'failed' | 'skipped', number> {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const result of report.results) if (result.suite === suite) counts[result.outcome] += 1;
  return counts;
}

/** Fails with one line per failed check (and its evidence, cut short) unless none failed. */
export function assertNoFailures(report: ConformanceReport, what: string, suite?: Suite): void {
  const failures = failuresOf(report, suite);
  assert.equal(
    failures.length,
    0,
    `${what}: ${String(failures.length)} checks failed\n${failures.map((line) => line.slice(0, 600)).join('\n')}`,
  );
}
