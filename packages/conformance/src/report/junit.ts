import { suites, type CheckResult, type ConformanceReport, type Suite } from '../types.js';

/**
 * XML 1.0 allows tab, newline, carriage return and the characters from U+0020 on, less the surrogates and U+FFFE/FFFF
 * (XML 1.0 §2.2 "Char"). A backend's answer quoted in a failure may hold anything (a NUL, a lone surrogate): such a
 * character is dropped, or a CI server would reject the whole file.
 */
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text for an XML attribute or element: invalid characters dropped, the five markup characters escaped. */
export function xmlText(value: string): string {
  return value
    .replace(notXmlChar, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Attribute values keep their line breaks only as character references (a parser folds a raw one to a space). */
function attr(value: string): string {
  return xmlText(value).replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

/** A JUnit test case name: `<route> — <expectation>`, or the expectation alone for a check about the whole API. */
export function caseName(result: Pick<CheckResult, 'route' | 'name'>): string {
  return result.route === undefined ? result.name : `${result.route} — ${result.name}`;
}

function testCase(result: CheckResult): string {
  const open = `    <testcase classname="${attr(`shanzhi.${result.suite}`)}" name="${attr(caseName(result))}" time="${seconds(result.ms)}"`;
  if (result.outcome === 'passed') return `${open}/>`;
  const message = attr(result.message ?? '');
  if (result.outcome === 'skipped') return `${open}>\n      <skipped message="${message}"/>\n    </testcase>`;
  const body = xmlText([result.message ?? '', result.details ?? ''].filter((part) => part !== '').join('\n\n'));
  return `${open}>\n      <failure message="${message}" type="${attr(result.suite)}">${body}</failure>\n    </testcase>`;
}

/**
 * The run as JUnit XML (the Ant/Surefire dialect Jenkins, GitLab and GitHub's test reporters read): one `<testsuite>`
 * per suite of the kit, one `<testcase>` per check, classname `shanzhi.<suite>` so a CI groups them.
 */
export function toJUnitXml(report: ConformanceReport): string {
  const bySuite = new Map<Suite, CheckResult[]>();
  for (const result of report.results) bySuite.set(result.suite, [...(bySuite.get(result.suite) ?? []), result]);
  const properties = [
    ['baseUrl', report.baseUrl],
    ['contractVersion', report.contractVersion],
    ['serverVersion', report.serverVersion ?? 'unknown'],
    ['readOnly', String(report.readOnly)],
  ]
    .map(([name = '', value = '']) => `      <property name="${attr(name)}" value="${attr(value)}"/>`)
    .join('\n');
  const blocks = suites.flatMap((suite) => {
    const results = bySuite.get(suite);
    if (results === undefined) return [];
    const count = (outcome: CheckResult['outcome']) => String(results.filter((result) => result.outcome === outcome).length);
    const ms = results.reduce((sum, result) => sum + result.ms, 0);
    return [
      `  <testsuite name="${attr(suite)}" tests="${String(results.length)}" failures="${count('failed')}" errors="0" skipped="${count('skipped')}" time="${seconds(ms)}" timestamp="${attr(report.startedAt)}">`,
      `    <properties>\n${properties}\n    </properties>`,
      ...results.map(testCase),
      '  </testsuite>',
    ];
  });
  const { passed, failed, skipped } = report.counts;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="shanzhi-conformance" tests="${String(passed + failed + skipped)}" failures="${String(failed)}" errors="0" skipped="${String(skipped)}" time="${seconds(report.ms)}">`,
    ...blocks,
    '</testsuites>',
    '',
  ].join('\n');
}
