import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { toJUnitXml, xmlText } from '../src/report/junit.js';
import { toMarkdown } from '../src/report/markdown.js';
import type { CheckResult, ConformanceReport } from '../src/types.js';
import { xmlProblems } from './support/xml-shape.js';

/** Evidence as a backend may send it: markup, quotes, a CDATA end, a NUL, a lone surrogate, an emoji, backticks. */
const nastyDetails = 'GET /v1/x → 500\n<b>"boom"</b> & \'more\' ]]> \u0000nul \uD800lone 😀 ```fenced``` ````';

const results: CheckResult[] = [
  {
    id: 'shape/getHealth/answers-200',
    suite: 'shape',
    name: 'answers 200 with a body the schema accepts',
    route: 'getHealth',
    outcome: 'passed',
    ms: 12,
  },
  {
    id: 'shape/getDisclosure/answers-200',
    suite: 'shape',
    name: "answers 200 with a body the contract's response schema accepts",
    route: 'getDisclosure',
    outcome: 'failed',
    message: 'the body does not match: 2 issues, first at items[0].title <"&">',
    details: nastyDetails,
    ms: 1500,
  },
  { id: 'shape/openapi', suite: 'shape', name: 'GET /v1/openapi.json is OpenAPI 3.1', outcome: 'passed', ms: 3 },
  {
    id: 'problems/listGrids/answers-401',
    suite: 'problems',
    name: 'answers 401 problem+json without a token',
    route: 'listGrids',
    outcome: 'skipped',
    message: 'needs a token of one of: gridWorker, cadre, supervisor',
    ms: 0,
  },
  {
    id: 'problems/getGrid/answers-401',
    suite: 'problems',
    name: 'answers 401 problem+json without a token',
    route: 'getGrid',
    outcome: 'skipped',
    message: 'needs a token of one of: gridWorker, cadre, supervisor',
    ms: 0,
  },
  {
    id: 'privacy/getLeaderboard/masks-names',
    suite: 'privacy',
    name: 'public boards show masked household names only',
    route: 'getLeaderboard',
    outcome: 'failed',
    message: 'items[0].name is not masked',
    ms: 40,
  },
  { id: 'cors/preflight', suite: 'cors', name: 'answers a preflight', outcome: 'skipped', message: 'no --origin given', ms: 0 },
];

const report: ConformanceReport = {
  baseUrl: 'https://gov.example/api',
  startedAt: '2026-12-05T16:00:00.000Z',
  ms: 4321,
  readOnly: true,
  contractVersion: '1.0.0',
  serverVersion: '1.2.0',
  results,
  counts: { passed: 2, failed: 2, skipped: 3 },
};

/**
 * The elements of a document the kit wrote, in order, with attributes and text decoded: after `xmlProblems` found it
 * well-formed, a tag regex is enough. Also asserts that only XML 1.0 characters and only known references appear.
 */
function parseXml(xml: string): { name: string; attributes: Record<string, string>; text: string }[] {
  assert.deepEqual(xmlProblems(xml), [], 'well-formed');
  assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n'), 'starts with the XML declaration');
  assert.doesNotMatch(xml, /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u, 'only XML 1.0 characters');
  const decode = (text: string) =>
    text
      .replace(/&#(\d+);/g, (_all, code: string) => String.fromCodePoint(Number(code)))
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return [...xml.matchAll(/<([A-Za-z]+)((?:\s+[A-Za-z]+="[^"]*")*)\s*(\/?)>([^<]*)/g)].map(
    ([, name = '', attributes = '', selfClosing, text = '']) => ({
      name,
      attributes: Object.fromEntries(
        [...attributes.matchAll(/([A-Za-z]+)="([^"]*)"/g)].map(([, key = '', value = '']) => [key, decode(value)]),
      ),
      text: selfClosing === '/' ? '' : decode(text),
    }),
  );
}

describe('toJUnitXml', () => {
  const xml = toJUnitXml(report);
  const elements = parseXml(xml);
  const named = (name: string) => elements.filter((element) => element.name === name);

  test('is well-formed XML with one testsuite per suite that ran, in the suites order, and the right counts', () => {
    const root = elements[0];
    assert.equal(root?.name, 'testsuites');
    assert.deepEqual(root.attributes, { name: 'shanzhi-conformance', tests: '7', failures: '2', errors: '0', skipped: '3', time: '4.321' });
    const suites = named('testsuite').map((suite) => [
      suite.attributes.name,
      suite.attributes.tests,
      suite.attributes.failures,
      suite.attributes.skipped,
    ]);
    assert.deepEqual(suites, [
      ['shape', '3', '1', '0'],
      ['problems', '2', '0', '2'],
      ['privacy', '1', '1', '0'],
      ['cors', '1', '0', '1'],
    ]);
    assert.equal(named('testsuite')[0]?.attributes.time, '1.515');
    assert.equal(named('testcase').length, 7);
  });

  test('each testcase is named `<route> — <expectation>` with classname shanzhi.<suite> and its time in seconds', () => {
    const cases = named('testcase');
    assert.deepEqual(cases[1]?.attributes, {
      classname: 'shanzhi.shape',
      name: "getDisclosure — answers 200 with a body the contract's response schema accepts",
      time: '1.500',
    });
    assert.equal(cases[2]?.attributes.name, 'GET /v1/openapi.json is OpenAPI 3.1', 'a check about no route keeps its name alone');
    assert.equal(cases[5]?.attributes.classname, 'shanzhi.privacy');
  });

  test('a failure carries the message as an attribute and message plus details as text, escaped; invalid characters dropped', () => {
    const failures = named('failure');
    assert.equal(failures.length, 2);
    assert.equal(failures[0]?.attributes.message, 'the body does not match: 2 issues, first at items[0].title <"&">');
    const [first] = failures;
    assert.ok(first);
    const text = first.text;
    assert.ok(text.startsWith('the body does not match'), 'the message leads the text');
    assert.ok(text.includes('<b>"boom"</b> & \'more\' ]]>'), 'markup in the evidence survives as text');
    assert.ok(text.includes('nul') && !text.includes('\u0000'), 'NUL dropped');
    assert.ok(text.includes('lone 😀'), 'the lone surrogate dropped, the emoji (a valid pair) kept');
    assert.equal(failures[1]?.text, 'items[0].name is not masked', 'no details: the message alone');
  });

  test('a skip carries its reason; a pass has no child', () => {
    const skipped = named('skipped');
    assert.deepEqual(
      skipped.map((element) => element.attributes.message),
      [
        'needs a token of one of: gridWorker, cadre, supervisor',
        'needs a token of one of: gridWorker, cadre, supervisor',
        'no --origin given',
      ],
    );
    assert.ok(
      xml.includes('<testcase classname="shanzhi.shape" name="getHealth — answers 200 with a body the schema accepts" time="0.012"/>'),
    );
  });

  test('the run is described in each suite properties: backend, contract checked, the backend version, read-only', () => {
    const properties = Object.fromEntries(
      named('property')
        .slice(0, 4)
        .map((element): [string, string | undefined] => [element.attributes.name ?? '', element.attributes.value]),
    );
    assert.deepEqual(properties, {
      baseUrl: 'https://gov.example/api',
      contractVersion: '1.0.0',
      serverVersion: '1.2.0',
      readOnly: 'true',
    });
  });

  test('line breaks in an attribute survive as character references', () => {
    const xmlWithBreak = toJUnitXml({
      ...report,
      results: [{ ...results[5]!, message: 'first\nsecond' }],
      counts: { passed: 0, failed: 1, skipped: 0 },
    });
    assert.ok(xmlWithBreak.includes('message="first&#10;second"'));
    assert.equal(parseXml(xmlWithBreak).find((element) => element.name === 'failure')?.attributes.message, 'first\nsecond');
  });

  test('xmlText escapes the five markup characters and drops what XML 1.0 cannot hold', () => {
    assert.equal(xmlText(`<a href="x">'&'</a>\u0001\uFFFE\uDC00`), '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  test('an empty run is still a well-formed document', () => {
    const empty = parseXml(toJUnitXml({ ...report, results: [], counts: { passed: 0, failed: 0, skipped: 0 } }));
    assert.deepEqual(
      empty.map((element) => element.name),
      ['testsuites'],
    );
  });
});

describe('toMarkdown', () => {
  const markdown = toMarkdown(report);

  test('opens with the verdict and the run: backend, versions, mode', () => {
    assert.match(markdown, /^# shanzhi contract conformance report\n\n\*\*FAILED\*\*: 2 of 7 checks failed\./);
    assert.match(markdown, /\*\*Backend:\*\* `https:\/\/gov\.example\/api`/);
    assert.match(markdown, /\*\*Contract checked:\*\* 1\.0\.0; the backend says it speaks 1\.2\.0/);
    assert.match(markdown, /took 4\.3 s, read-only \(nothing written\)/);
  });

  test('a summary table per suite with passed, failed and skipped, and a total', () => {
    const table = [
      '| Suite | Passed | Failed | Skipped |',
      '| shape | 2 | **1** | 0 |',
      '| problems | 0 | 0 | 2 |',
      '| cors | 0 | 0 | 1 |',
    ];
    for (const row of [...table, '| **All** | **2** | **2** | **3** |']) assert.ok(markdown.includes(`\n${row}\n`), row);
    assert.ok(!markdown.includes('| language |'), 'a suite that did not run has no row');
  });

  test('each failure names the suite, the route and its call, the expectation, the finding and the evidence in a fence', () => {
    const first = [
      '## Failures (2)',
      '### 1. shape · `getDisclosure` (`GET /v1/villages/{villageId}/disclosures/{disclosureId}`)',
      "- **Expected:** answers 200 with a body the contract's response schema accepts",
      '- **Found:** the body does not match: 2 issues, first at items[0].title &lt;"&">',
      '- **Check id:** `shape/getDisclosure/answers-200`',
    ];
    for (const line of first) assert.ok(markdown.includes(`${line}\n`), line);
    // The evidence holds runs of three and four backticks: the fence is longer, so the block cannot close early.
    assert.ok(markdown.includes(`\`\`\`\`\`text\n${nastyDetails}\n\`\`\`\`\``));
    assert.ok(markdown.includes('### 2. privacy · `getLeaderboard` (`GET /v1/villages/{villageId}/points/leaderboard`)'));
    assert.ok(markdown.indexOf('### 1.') < markdown.indexOf('### 2.'));
  });

  test('skipped checks are grouped by reason, the largest group first, with a count and each check id', () => {
    assert.ok(markdown.includes('## Skipped (3)'));
    // Whole ids: a route has several checks in one suite, and `problems/listGrids` twice would read like a mistake.
    const tokenLine = markdown.indexOf(
      '- **needs a token of one of: gridWorker, cadre, supervisor** (2): `problems/listGrids/answers-401`, `problems/getGrid/answers-401`',
    );
    const originLine = markdown.indexOf('- **no --origin given** (1): `cors/preflight`');
    assert.ok(tokenLine > 0 && originLine > tokenLine);
  });

  test('a clean run says PASSED and lists no failures', () => {
    const clean = toMarkdown({ ...report, readOnly: false, results: [results[0]!], counts: { passed: 1, failed: 0, skipped: 0 } });
    assert.match(clean, /\*\*PASSED\*\*: 1 check passed, none failed\./);
    assert.ok(clean.includes('## Failures (0)\n\nNone.'));
    assert.ok(clean.includes('with test writes (their text starts with 【shanzhi-conformance 测试记录】)'));
  });
});
