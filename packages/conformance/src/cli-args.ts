import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { roles as allRoles, type Role } from '@shanzhi/rules';
import { suites, type ConformanceOptions, type Suite } from './types.js';

/** Roles a token can be given for: every role but `public`, which is the caller without a token. */
export const tokenRoles: readonly Role[] = allRoles.filter((role) => role !== 'public');

/** A command line the kit cannot run: the CLI prints the message and exits 2. Never holds a token. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** What the command line asks for. */
export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'run';
      readonly options: ConformanceOptions;
      /** Where the JUnit XML and the Markdown report are written. */
      readonly junit: string;
      readonly report: string;
      /** No dot per passed check: only failures and the summary. */
      readonly quiet: boolean;
    };

export const usage = `Usage: shanzhi-conformance --base-url <url> [options]

Checks a backend against the shanzhi HTTP contract and writes a JUnit XML file and a Markdown report.

Options:
  --base-url <url>        The backend's origin and prefix, without /v1 (required): https://gov.example/api
  --token <role>=<token>  A bearer token for a role; repeat for each role (${tokenRoles.join(', ')})
  --token-file <path>     A JSON file {"cadre": "…", "villager": "…"}: keeps tokens out of the shell history
  --village <id>          The village to read and to write test records in; without it the kit reads the first
                          village listed and writes nothing
  --read-only             Send no request that could change data (the checks that need one are skipped)
  --origin <origin>       A browser origin the backend allows, for the CORS checks: https://portal.example
  --suite <name>          Run only this suite; repeatable (${suites.join(', ')})
  --junit <file>          JUnit XML output (default conformance-junit.xml)
  --report <file>         Markdown report output (default conformance-report.md)
  --timeout <ms>          Per request (default 30000)
  --concurrency <n>       Checks at once (default 4)
  --quiet                 Print failures and the summary only
  --help                  This text
  --version               The kit's version

Exit codes: 0 nothing failed, 1 a check failed, 2 usage error, 3 the backend cannot be reached.
`;

const flags = {
  'base-url': { type: 'string' },
  token: { type: 'string', multiple: true },
  'token-file': { type: 'string' },
  village: { type: 'string' },
  'read-only': { type: 'boolean' },
  origin: { type: 'string' },
  suite: { type: 'string', multiple: true },
  junit: { type: 'string' },
  report: { type: 'string' },
  timeout: { type: 'string' },
  concurrency: { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

/**
 * parseArgs quotes the argument it stumbled on, which may be a token (`--token cadre eyJ…` leaves `eyJ…` as a stray
 * argument). Only words that look like a flag's name are kept in its message; anything else is replaced.
 */
function withoutValues(message: string, argv: readonly string[]): string {
  let safe = message;
  for (const arg of argv) if (!/^--?[A-Za-z][\w-]*$/.test(arg)) safe = safe.split(arg).join('<value not shown>');
  return safe;
}

/** A role name as typed is shown back only when it looks like one, so a token typed without `role=` never is. */
function shownRole(text: string): string {
  return /^[A-Za-z]{1,24}$/.test(text) ? `"${text}"` : 'the text before "="';
}

/** A value as typed, shown back only when it is too short to be a token (a misplaced token must not reach a CI log). */
function shown(value: string): string {
  return value.length <= 16 && !value.includes('=') ? `"${value}"` : 'the value given';
}

function roleOf(text: string): Role {
  if ((tokenRoles as readonly string[]).includes(text)) return text as Role;
  throw new UsageError(`${shownRole(text)} is not a role; a token is for one of: ${tokenRoles.join(', ')}`);
}

function tokenFlag(value: string): [Role, string] {
  const at = value.indexOf('=');
  if (at <= 0) throw new UsageError(`--token wants <role>=<token> (a role of ${tokenRoles.join(', ')}); the value given has no role`);
  const token = value.slice(at + 1);
  const role = roleOf(value.slice(0, at));
  if (token.trim() === '') throw new UsageError(`--token ${role}= has an empty token`);
  return [role, token];
}

function tokenFile(path: string, read: (path: string) => string): [Role, string][] {
  let text: string;
  try {
    text = read(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new UsageError(`--token-file ${path} cannot be read${typeof code === 'string' ? ` (${code})` : ''}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // The parser's message quotes the text around the error: a token. Say only where to look.
    throw new UsageError(`--token-file ${path} is not valid JSON: write {"cadre": "<token>", …}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new UsageError(`--token-file ${path} must hold one JSON object {"<role>": "<token>", …}`);
  return Object.entries(json).map(([role, token]): [Role, string] => {
    const known = roleOf(role);
    if (typeof token !== 'string' || token.trim() === '')
      throw new UsageError(`--token-file ${path}: the token of ${known} is not a non-empty string`);
    return [known, token];
  });
}

function positiveInt(flag: string, value: string | undefined, max: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < 1 || number > max)
    throw new UsageError(`--${flag} wants a whole number from 1 to ${String(max)}, not ${shown(value)}`);
  return number;
}

function httpUrl(flag: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--${flag} is not a URL: ${shown(value)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--${flag} must be an http(s) URL, not ${url.protocol}`);
  if (url.username !== '' || url.password !== '') throw new UsageError(`--${flag} must not carry credentials (use --token)`);
  return url;
}

/**
 * Reads the command line (without node and the script: `process.argv.slice(2)`). Throws UsageError for anything it
 * cannot run, with a message that names the flag and never repeats a token. `read` reads --token-file (tests).
 */
export function parseCliArgs(argv: readonly string[], read: (path: string) => string = (path) => readFileSync(path, 'utf8')): CliCommand {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...argv], options: flags, strict: true, allowPositionals: true }));
  } catch (error) {
    throw new UsageError(withoutValues(error instanceof Error ? error.message : String(error), argv));
  }
  if (values.help === true) return { kind: 'help' };
  if (values.version === true) return { kind: 'version' };
  if (positionals.length > 0)
    throw new UsageError(
      `unexpected argument${positionals.length === 1 ? '' : 's'} (not shown: it may be a token); every value follows its flag, as --token cadre=<token>`,
    );

  const baseUrlText = values['base-url'];
  if (baseUrlText === undefined)
    throw new UsageError("--base-url is required: the backend's origin and prefix, e.g. https://gov.example/api");
  const baseUrl = httpUrl('base-url', baseUrlText);
  if (/\/v1\/?$/.test(baseUrl.pathname))
    throw new UsageError('--base-url is the prefix before /v1 (the kit adds /v1/…): drop the trailing /v1');
  if (baseUrl.search !== '' || baseUrl.hash !== '') throw new UsageError('--base-url must have no query or fragment');

  const tokens: Partial<Record<Role, string>> = {};
  const given = [
    ...(values['token-file'] === undefined ? [] : tokenFile(values['token-file'], read)),
    ...(values.token ?? []).map(tokenFlag),
  ];
  for (const [role, token] of given) tokens[role] = token;

  const suiteNames = values.suite ?? [];
  for (const suite of suiteNames)
    if (!(suites as readonly string[]).includes(suite))
      throw new UsageError(`--suite ${shown(suite)} is not a suite: one of ${suites.join(', ')}`);

  let origin: string | undefined;
  if (values.origin !== undefined) {
    const url = httpUrl('origin', values.origin);
    if (url.origin !== values.origin.replace(/\/$/, ''))
      throw new UsageError(`--origin is an origin (scheme, host and port only), e.g. ${url.origin}`);
    origin = url.origin;
  }
  const village = values.village;
  if (village?.trim() === '') throw new UsageError('--village is empty');
  const timeoutMs = positiveInt('timeout', values.timeout, 600_000);
  const concurrency = positiveInt('concurrency', values.concurrency, 64);

  const options: ConformanceOptions = {
    baseUrl: baseUrlText.replace(/\/+$/, ''),
    tokens,
    ...(village === undefined ? {} : { village }),
    ...(values['read-only'] === true ? { readOnly: true } : {}),
    ...(origin === undefined ? {} : { origin }),
    ...(suiteNames.length === 0 ? {} : { suites: suiteNames as Suite[] }),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    ...(concurrency === undefined ? {} : { concurrency }),
  };
  return {
    kind: 'run',
    options,
    junit: values.junit ?? 'conformance-junit.xml',
    report: values.report ?? 'conformance-report.md',
    quiet: values.quiet === true,
  };
}
