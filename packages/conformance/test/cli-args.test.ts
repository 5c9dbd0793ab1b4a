import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseCliArgs, tokenRoles, usage, UsageError, type CliCommand } from '../src/cli-args.js';
import { suites } from '../src/types.js';

/** Long enough to be a real bearer token; an error message must never contain any part of it. */
const secret = 'eyJhbGciOiJFUzI1NiJ9.c2VjcmV0LXBheWxvYWQ.c2lnbmF0dXJl';
const secretPart = 'c2VjcmV0LXBheWxvYWQ';

const noFile = (path: string): string => {
  throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
};

function run(argv: readonly string[], read: (path: string) => string = noFile): Extract<CliCommand, { kind: 'run' }> {
  const command = parseCliArgs(argv, read);
  assert.equal(command.kind, 'run');
  return command;
}

/** The usage error an argv causes; asserts that no token text reaches it. */
function usageError(argv: readonly string[], read: (path: string) => string = noFile): string {
  let caught: unknown;
  try {
    parseCliArgs(argv, read);
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof UsageError, `a UsageError for ${JSON.stringify(argv.map((arg) => arg.replace(secret, '<secret>')))}`);
  assert.ok(!caught.message.includes(secretPart), `the message repeats the token: ${caught.message}`);
  return caught.message;
}

const base = ['--base-url', 'https://gov.example/api'];

describe('parseCliArgs', () => {
  test('--help and --version win over everything else, even a missing --base-url', () => {
    assert.deepEqual(parseCliArgs(['--help']), { kind: 'help' });
    assert.deepEqual(parseCliArgs(['-h', '--suite', 'nonsense']), { kind: 'help' });
    assert.deepEqual(parseCliArgs(['--version']), { kind: 'version' });
  });

  test('the smallest command: a base URL, no tokens, the default file names, not quiet', () => {
    assert.deepEqual(run(base), {
      kind: 'run',
      options: { baseUrl: 'https://gov.example/api', tokens: {} },
      junit: 'conformance-junit.xml',
      report: 'conformance-report.md',
      quiet: false,
    });
    assert.equal(run(['--base-url', 'http://localhost:8080/']).options.baseUrl, 'http://localhost:8080', 'a trailing slash is dropped');
  });

  test('every flag reaches the options', () => {
    const command = run([
      ...base,
      '--token',
      `cadre=${secret}`,
      '--token=villager=v-token=with=equals',
      '--village',
      'v-qs-01',
      '--read-only',
      '--origin',
      'https://portal.example',
      '--suite',
      'shape',
      '--suite',
      'paging',
      '--junit',
      'out/junit.xml',
      '--report',
      'out/report.md',
      '--timeout',
      '5000',
      '--concurrency',
      '2',
      '--quiet',
    ]);
    assert.deepEqual(command, {
      kind: 'run',
      options: {
        baseUrl: 'https://gov.example/api',
        tokens: { cadre: secret, villager: 'v-token=with=equals' },
        village: 'v-qs-01',
        readOnly: true,
        origin: 'https://portal.example',
        suites: ['shape', 'paging'],
        timeoutMs: 5000,
        concurrency: 2,
      },
      junit: 'out/junit.xml',
      report: 'out/report.md',
      quiet: true,
    });
  });

  test('without --read-only the option is left out, so the runner decides (read-only unless --village is given)', () => {
    assert.ok(!('readOnly' in run([...base, '--village', 'v-1']).options));
  });

  test('--token-file holds {role: token}; a --token flag for the same role wins', () => {
    const files: Record<string, string> = { 'tokens.json': JSON.stringify({ cadre: secret, mediator: 'm-token' }) };
    const read = (path: string) => files[path] ?? noFile(path);
    assert.deepEqual(run([...base, '--token-file', 'tokens.json'], read).options.tokens, { cadre: secret, mediator: 'm-token' });
    assert.deepEqual(run([...base, '--token-file', 'tokens.json', '--token', 'cadre=from-flag'], read).options.tokens, {
      cadre: 'from-flag',
      mediator: 'm-token',
    });
  });

  test('every suite name is accepted', () => {
    for (const suite of suites) assert.deepEqual(run([...base, '--suite', suite]).options.suites, [suite]);
  });

  describe('usage errors name the flag and never repeat a token', () => {
    test('no --base-url, or one that is not an http(s) URL, or one that ends in /v1', () => {
      assert.match(usageError([]), /--base-url is required/);
      assert.match(usageError(['--base-url', 'gov.example']), /--base-url is not a URL/);
      assert.match(usageError(['--base-url', 'ftp://gov.example']), /http\(s\) URL/);
      assert.match(usageError(['--base-url', 'https://gov.example/api/v1']), /drop the trailing \/v1/);
      assert.match(usageError(['--base-url', 'https://gov.example/?x=1']), /no query or fragment/);
      assert.match(usageError(['--base-url', `https://user:${secret}@gov.example`]), /must not carry credentials/);
    });

    test('--token: an unknown role lists the roles a token can be for', () => {
      const message = usageError([...base, '--token', `chief=${secret}`]);
      assert.match(message, /"chief" is not a role/);
      for (const role of tokenRoles) assert.ok(message.includes(role), `lists ${role}`);
      assert.ok(!tokenRoles.includes('public'), 'public is the caller without a token');
      assert.match(usageError([...base, '--token', `public=${secret}`]), /"public" is not a role/);
    });

    test('--token: a token typed without its role, or with an empty token', () => {
      assert.match(usageError([...base, '--token', secret]), /--token wants <role>=<token>/);
      // The text before "=" may itself be a piece of a token: it is not shown unless it looks like a role name.
      assert.match(usageError([...base, '--token', `${secret}=${secret}`]), /the text before "=" is not a role/);
      assert.match(usageError([...base, '--token', 'cadre=']), /empty token/);
    });

    test('a token after a space instead of "=" is a stray argument, not shown', () => {
      assert.match(usageError([...base, '--token', 'cadre', secret]), /unexpected argument \(not shown/);
      assert.match(usageError([secret]), /unexpected argument/);
    });

    test('an unknown flag is named; a value glued to it is not', () => {
      assert.match(usageError([...base, '--tokens', 'x']), /--tokens/);
      assert.match(usageError([...base, `--bearer=${secret}`]), /Unknown option/);
      assert.match(usageError([...base, '--token']), /--token/);
    });

    test('--token-file: unreadable, not JSON, not an object, an unknown role, a token that is not a string', () => {
      assert.match(usageError([...base, '--token-file', 'missing.json']), /--token-file missing\.json cannot be read \(ENOENT\)/);
      const from = (text: string) => usageError([...base, '--token-file', 't.json'], () => text);
      assert.match(from(`{"cadre": ${secret}}`), /is not valid JSON/);
      assert.match(from(`["${secret}"]`), /must hold one JSON object/);
      assert.match(from(JSON.stringify({ boss: secret })), /"boss" is not a role/);
      assert.match(from(JSON.stringify({ cadre: 42 })), /the token of cadre is not a non-empty string/);
    });

    test('--suite outside the list names the suites', () => {
      assert.match(usageError([...base, '--suite', 'speed']), new RegExp(`--suite "speed" is not a suite: one of ${suites.join(', ')}`));
      assert.match(usageError([...base, '--suite', secret]), /--suite the value given is not a suite/);
    });

    test('--timeout and --concurrency want whole numbers in range', () => {
      assert.match(usageError([...base, '--timeout', '0']), /--timeout wants a whole number from 1 to 600000, not "0"/);
      assert.match(usageError([...base, '--timeout', '1.5']), /--timeout/);
      assert.match(usageError([...base, '--concurrency', '65']), /--concurrency wants a whole number from 1 to 64/);
      assert.match(usageError([...base, '--concurrency', secret]), /not the value given/);
    });

    test('--origin is an origin, not a page; --village is not empty', () => {
      assert.match(usageError([...base, '--origin', 'https://portal.example/app']), /--origin is an origin .* https:\/\/portal\.example/);
      assert.match(usageError([...base, '--origin', 'portal.example']), /--origin is not a URL/);
      assert.match(usageError([...base, '--village', ' ']), /--village is empty/);
    });
  });

  test('the usage text documents every flag and the exit codes', () => {
    for (const flag of [
      '--base-url',
      '--token',
      '--token-file',
      '--village',
      '--read-only',
      '--origin',
      '--suite',
      '--junit',
      '--report',
      '--timeout',
      '--concurrency',
      '--quiet',
      '--help',
      '--version',
    ])
      assert.ok(usage.includes(`  ${flag}`), `documents ${flag}`);
    assert.match(usage, /Exit codes: 0 nothing failed, 1 a check failed, 2 usage error, 3 the backend cannot be reached/);
  });
});
