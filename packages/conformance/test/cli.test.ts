import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startBrokenServer, type BrokenServer } from './support/broken-server.js';
import { demoTokens, demoVillage, portalOrigin } from './support/reference-options.js';
import { xmlProblems } from './support/xml-shape.js';

/*
 * The CLI as a CI job runs it: a separate Node process, flags only, exit code and files as the contract of the tool.
 * Each run checks one suite, to keep the file fast; the whole kit's verdicts are proved by reference-sqlite.test.ts.
 */

const root = resolve(import.meta.dirname, '../../..');
const cli = resolve(import.meta.dirname, '../src/cli.ts');

interface Ran {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI without blocking this process's event loop, which also serves the backend it calls. */
function runCli(args: readonly string[]): Promise<Ran> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--conditions=shanzhi-source', '--import', 'tsx', cli, ...args], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      stdout.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr.push(chunk);
    });
    child.on('error', fail);
    child.on('close', (code) => {
      done({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') });
    });
  });
}

/** The tokens split as an operator would: two on the command line, the rest in a --token-file. */
function tokenArgs(dir: string): string[] {
  const entries = Object.entries(demoTokens);
  const file = join(dir, 'tokens.json');
  writeFileSync(file, JSON.stringify(Object.fromEntries(entries.slice(2))));
  return [...entries.slice(0, 2).flatMap(([role, token]) => ['--token', `${role}=${token}`]), '--token-file', file];
}

function assertNoToken(texts: Readonly<Record<string, string>>): void {
  for (const [where, text] of Object.entries(texts))
    for (const token of Object.values(demoTokens)) assert.ok(!text.includes(token), `${where} shows the token ${token}`);
}

/** The `tests`/`failures` counts of the JUnit root element. */
function junitCounts(xml: string): { tests: number; failures: number } {
  const rootTag = /<testsuites\b[^>]*>/.exec(xml)?.[0] ?? '';
  const count = (name: string) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(rootTag)?.[1] ?? Number.NaN);
  return { tests: count('tests'), failures: count('failures') };
}

const servers: { healthy?: BrokenServer; broken?: BrokenServer } = {};
let dir = '';

/**
 * The language suite (four checks, each a refused request, so wrongProblemType breaks them all) through the CLI, with every demo token and writes in
 * the demo village; the reports go to their own folder. Whatever the verdict, the files are well-formed and hold no token.
 */
async function checkLanguage(
  server: BrokenServer | undefined,
  name: string,
  extra: readonly string[] = [],
): Promise<{ ran: Ran; xml: string }> {
  if (!server) throw new Error('the server is not running');
  const junit = join(dir, name, 'junit.xml');
  const report = join(dir, name, 'report.md');
  const args = ['--base-url', server.url, ...tokenArgs(dir), '--village', demoVillage, '--suite', 'language', ...extra];
  const ran = await runCli([...args, '--junit', junit, '--report', report]);
  const xml = readFileSync(junit, 'utf8');
  const markdown = readFileSync(report, 'utf8');
  assert.deepEqual(xmlProblems(xml), []);
  assert.match(markdown, /language/);
  assertNoToken({ stdout: ran.stdout, stderr: ran.stderr, junit: xml, report: markdown });
  return { ran, xml };
}

describe('the shanzhi-conformance CLI', { timeout: 180_000 }, () => {
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sz-conformance-cli-'));
    servers.healthy = await startBrokenServer([]);
    servers.broken = await startBrokenServer(['wrongProblemType'], { upstream: servers.healthy });
  });
  after(async () => {
    await servers.broken?.stop();
    await servers.healthy?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a conforming backend: exit 0, a well-formed JUnit file and a report, no token anywhere', async () => {
    const { ran, xml } = await checkLanguage(servers.healthy, 'healthy', ['--origin', portalOrigin]);
    assert.equal(ran.code, 0, `${ran.stdout}\n${ran.stderr}`);
    const counts = junitCounts(xml);
    assert.ok(counts.tests > 0, 'the JUnit file holds no test case');
    assert.equal(counts.failures, 0);
    assert.match(ran.stdout, /\b0 failed\b/);
  });

  test('a backend answering problems as application/json: exit 1, each failing check named on stdout', async () => {
    const { ran, xml } = await checkLanguage(servers.broken, 'broken');
    assert.equal(ran.code, 1, `${ran.stdout}\n${ran.stderr}`);
    const named = ran.stdout.split('\n').filter((line) => line.startsWith('FAIL language/'));
    const { failures } = junitCounts(xml);
    assert.ok(failures > 0);
    assert.equal(named.length, failures, `stdout names ${String(named.length)} failing checks, the JUnit file ${String(failures)}`);
    assert.ok(
      named.some((line) => line.includes('application/problem+json')),
      `no failure names the problem media type:\n${named.join('\n')}`,
    );
    assert.match(ran.stdout, new RegExp(`\\b${String(failures)} failed\\b`));
  });

  test('a backend that does not answer: exit 3, no report', async () => {
    // A port nothing listens on: the healthy proxy's, once stopped, would race with reuse, so take the discard port.
    const ran = await runCli([
      '--base-url',
      'http://127.0.0.1:9',
      '--junit',
      join(dir, 'none.xml'),
      '--report',
      join(dir, 'none.md'),
      '--timeout',
      '5000',
    ]);
    assert.equal(ran.code, 3, `${ran.stdout}\n${ran.stderr}`);
    assert.throws(() => readFileSync(join(dir, 'none.xml')));
  });
});
