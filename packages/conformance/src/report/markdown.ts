import { routes, type RouteSpec } from '@shanzhi/sdk';
import { testRecordMarker } from '../runner.js';
import { suites, type CheckResult, type ConformanceReport, type Outcome } from '../types.js';

const routeById = new Map((routes as readonly RouteSpec[]).map((route) => [route.id, route]));

/** `getDisclosure` (`GET /v1/villages/{villageId}/disclosures/{disclosureId}`): the id a report names and the call. */
function routeLabel(route: string): string {
  const spec = routeById.get(route);
  return spec === undefined ? code(route) : `${code(route)} (${code(`${spec.method} ${spec.path}`)})`;
}

/** Inline code that survives backticks in the text (CommonMark: a longer backtick run delimits). */
function code(text: string): string {
  const fence = '`'.repeat(longestRun(text, '`') + 1);
  return fence.length > 1 || text.startsWith('`') || text.endsWith('`') ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** A fenced block no text can close early: the fence is longer than any backtick run inside. */
function fenced(text: string): string {
  const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
  return `${fence}text\n${text}\n${fence}`;
}

/** One line of prose: no line breaks, and nothing that would start a table cell or an HTML tag. */
function inline(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;');
}

const plural = (count: number, one: string, many = `${one}s`) => `${String(count)} ${count === 1 ? one : many}`;

function summaryTable(report: ConformanceReport): string[] {
  const rows = suites.flatMap((suite) => {
    const results = report.results.filter((result) => result.suite === suite);
    if (results.length === 0) return [];
    const count = (outcome: Outcome) => results.filter((result) => result.outcome === outcome).length;
    const failed = count('failed');
    return [`| ${suite} | ${String(count('passed'))} | ${failed > 0 ? `**${String(failed)}**` : '0'} | ${String(count('skipped'))} |`];
  });
  const { passed, failed, skipped } = report.counts;
  return [
    '| Suite | Passed | Failed | Skipped |',
    '| --- | ---: | ---: | ---: |',
    ...rows,
    `| **All** | **${String(passed)}** | **${String(failed)}** | **${String(skipped)}** |`,
  ];
}

function failure(result: CheckResult, index: number): string[] {
  return [
    `### ${String(index + 1)}. ${result.suite}${result.route === undefined ? '' : ` · ${routeLabel(result.route)}`}`,
    '',
    `- **Expected:** ${inline(result.name)}`,
    `- **Found:** ${inline(result.message ?? '(no message)')}`,
    `- **Check id:** ${code(result.id)}`,
    ...(result.details === undefined || result.details === '' ? [] : ['', fenced(result.details)]),
    '',
  ];
}

function skippedByReason(results: readonly CheckResult[]): string[] {
  const byReason = new Map<string, CheckResult[]>();
  for (const result of results) {
    const reason = result.message ?? '(no reason given)';
    byReason.set(reason, [...(byReason.get(reason) ?? []), result]);
  }
  return [...byReason.entries()]
    .sort((a, b) => b[1].length - a[1].length)
    .flatMap(([reason, group]) => [
      `- **${inline(reason)}** (${String(group.length)}): ${group.map((result) => code(result.id)).join(', ')}`,
    ]);
}

/**
 * The run as a Markdown report for the people who fix the backend: the verdict, a table per suite, then each failure
 * with what the contract expects, what the backend did and the evidence, then what could not be checked and why.
 */
export function toMarkdown(report: ConformanceReport): string {
  const failures = report.results.filter((result) => result.outcome === 'failed');
  const skipped = report.results.filter((result) => result.outcome === 'skipped');
  const total = report.counts.passed + report.counts.failed + report.counts.skipped;
  const verdict =
    failures.length === 0
      ? `**PASSED**: ${plural(report.counts.passed, 'check')} passed, none failed.`
      : `**FAILED**: ${String(failures.length)} of ${plural(total, 'check')} failed.`;
  return [
    '# shanzhi contract conformance report',
    '',
    verdict,
    '',
    `- **Backend:** ${code(report.baseUrl)}`,
    `- **Contract checked:** ${report.contractVersion}; the backend says it speaks ${report.serverVersion ?? 'no version (no Shanzhi-Contract-Version header)'}`,
    `- **Run:** started ${report.startedAt}, took ${(report.ms / 1000).toFixed(1)} s, ${report.readOnly ? 'read-only (nothing written)' : `with test writes (their text starts with ${testRecordMarker})`}`,
    '',
    '## Summary',
    '',
    ...summaryTable(report),
    '',
    `## Failures (${String(failures.length)})`,
    '',
    ...(failures.length === 0 ? ['None.', ''] : failures.flatMap(failure)),
    `## Skipped (${String(skipped.length)})`,
    '',
    ...(skipped.length === 0 ? ['None.'] : ['Grouped by the reason they could not run here:', '', ...skippedByReason(skipped)]),
    '',
  ].join('\n');
}
