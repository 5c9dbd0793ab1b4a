import { CONTRACT_VERSION, CONTRACT_VERSION_HEADER, type RouteSpec } from '@shanzhi/sdk';
import * as z from 'zod/mini';
import { answerEvidence } from '../evidence.js';
import { callerFor, pathFor, pathParams } from '../samples.js';
import { CheckFailure, SkipCheck, type Check, type CheckContext, type KitRequest, type KitResponse } from '../types.js';

/** Issues a failure lists: enough to find the field, few enough to read. */
const issuesShown = 5;

/**
 * Shape: every read answers its documented status with a body its response schema accepts (the schemas the SDK's
 * clients and the widgets parse with, so a body they reject breaks a page), and the backend says which contract it
 * speaks and publishes it as OpenAPI (docs/api.md "Versioning"). POST reads carrying a tracking code are the
 * tracking-codes suite's.
 */
export function shapeChecks(routes: readonly RouteSpec[]): Check[] {
  const reads = routes.filter((route) => route.method === 'GET');
  return [versionCheck(routes), openApiCheck(routes), ...reads.map(readCheck)];
}

function readCheck(route: RouteSpec): Check {
  const download = route.download;
  const name =
    download === undefined
      ? `answers ${String(route.status)} with a body the contract's response schema accepts`
      : `answers ${String(route.status)} with a file of a listed media type (${download.mediaTypes.join(', ')})`;
  return {
    suite: 'shape',
    name,
    route: route.id,
    run: async (context) => {
      const response = await callAsAllowed(context, route, download === undefined ? {} : { accept: '*/*' });
      if (response.status !== route.status)
        throw new CheckFailure(
          `expected ${String(route.status)}, got ${String(response.status)}`,
          // A success body may hold names of the village's people: only its status and type are quoted.
          response.status < 300
            ? `${response.summary}\nContent-Type: ${response.headers.get('content-type') ?? '(none)'}`
            : answerEvidence(response),
        );
      if (download !== undefined) {
        const type = mediaType(response);
        if (!download.mediaTypes.includes(type))
          throw new CheckFailure(
            `the file came as ${type === '' ? 'no Content-Type' : type}, not one of ${download.mediaTypes.join(', ')}`,
            response.summary,
          );
        return;
      }
      if (response.json === undefined)
        throw new CheckFailure(`the body is not JSON (Content-Type ${mediaType(response) || 'none'})`, response.summary);
      const parsed = z.safeParse(route.response, response.json);
      if (!parsed.success) {
        const issues = parsed.error.issues;
        throw new CheckFailure(
          `the body does not match the response schema: ${String(issues.length)} issue${issues.length === 1 ? '' : 's'}, first at ${pathText(issues[0]?.path ?? [])}`,
          [response.summary, ...issues.slice(0, issuesShown).map(issueText), ...(issues.length > issuesShown ? ['…'] : [])].join('\n'),
        );
      }
    },
  };
}

/**
 * Calls a route as a caller it admits (see `callerFor`), with the params sampled on this backend; skips when no token
 * fits or nothing could be sampled.
 */
export async function callAsAllowed(
  context: CheckContext,
  route: RouteSpec,
  headers: Readonly<Record<string, string>> = {},
): Promise<KitResponse> {
  const caller = callerFor(route, context.roles);
  if (caller === undefined) {
    const needed = route.access.roles === 'anyone' ? [] : route.access.roles;
    throw new SkipCheck(`needs a token of one of: ${needed.join(', ')}${route.access.relation === 'household' ? ' (or villager)' : ''}`);
  }
  const params = await context.paramsFor(route);
  if (params === undefined)
    throw new SkipCheck(
      `found no ${
        pathParams(route)
          .filter((name) => name !== 'villageId')
          .join('/') || 'params'
      } to call it with on this backend`,
    );
  const request: KitRequest = { method: route.method, path: pathFor(route, params), headers, ...caller };
  return context.send(request);
}

/** The Content-Type without its parameters, lower case. */
function mediaType(response: KitResponse): string {
  return (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function pathText(path: readonly PropertyKey[]): string {
  return path.length === 0
    ? '(the body)'
    : path
        .map((part) => (typeof part === 'number' ? `[${String(part)}]` : `.${String(part)}`))
        .join('')
        .replace(/^\./, '');
}

function issueText(issue: z.core.$ZodIssue): string {
  const expected = 'expected' in issue && typeof issue.expected === 'string' ? ` (expected ${issue.expected})` : '';
  // zod/mini loads no locale: its message is the generic "Invalid input" unless a schema wrote its own.
  const message = issue.message === 'Invalid input' ? '' : ` — ${issue.message}`;
  return `  at ${pathText(issue.path)}: ${issue.code}${expected}${message}`;
}

const majorOf = (version: string) => version.split('.')[0] ?? '';

/**
 * Every /v1 answer names the contract version it speaks, successes and errors alike: a client compares the MAJOR
 * version with its own and refuses a backend of another major (docs/api.md "Versioning"). Sampled on a public read,
 * a refusal without a token and an unknown path.
 */
function versionCheck(routes: readonly RouteSpec[]): Check {
  const major = majorOf(CONTRACT_VERSION);
  const guarded = routes.find(
    (route) => route.method === 'GET' && route.access.roles !== 'anyone' && pathParams(route).every((name) => name === 'villageId'),
  );
  return {
    suite: 'shape',
    name: `every /v1 answer carries ${CONTRACT_VERSION_HEADER} with major version ${major}`,
    run: async (context) => {
      const requests: KitRequest[] = [
        { method: 'GET', path: '/v1/health' },
        { method: 'GET', path: '/v1/regions' },
        { method: 'GET', path: '/v1/shanzhi-conformance-no-such-route' },
        ...(guarded === undefined ? [] : [{ method: 'GET' as const, path: pathFor(guarded, { villageId: context.village }) }]),
      ];
      const wrong: string[] = [];
      for (const request of requests) {
        const response = await context.send(request);
        const version = response.headers.get(CONTRACT_VERSION_HEADER);
        if (version === null) wrong.push(`${response.summary}: no ${CONTRACT_VERSION_HEADER} header`);
        else if (majorOf(version.trim()) !== major)
          wrong.push(`${response.summary}: ${CONTRACT_VERSION_HEADER}: ${version} (the kit checks ${CONTRACT_VERSION})`);
      }
      if (wrong.length > 0)
        throw new CheckFailure(
          `${String(wrong.length)} of ${String(requests.length)} answers do not name contract major version ${major}`,
          wrong.join('\n'),
        );
    },
  };
}

/** The backend publishes the contract it serves as OpenAPI 3.1, with every route of the table (a generated client needs them). */
function openApiCheck(routes: readonly RouteSpec[]): Check {
  return {
    suite: 'shape',
    name: 'GET /v1/openapi.json is OpenAPI 3.1 and lists every route of the contract',
    run: async (context) => {
      const response = await context.send({ method: 'GET', path: '/v1/openapi.json' });
      if (response.status !== 200) throw new CheckFailure(`expected 200, got ${String(response.status)}`, answerEvidence(response));
      const doc = response.json;
      if (typeof doc !== 'object' || doc === null) throw new CheckFailure('the body is not a JSON object', answerEvidence(response));
      const { openapi, paths } = doc as { openapi?: unknown; paths?: unknown };
      if (typeof openapi !== 'string' || !openapi.startsWith('3.1'))
        throw new CheckFailure(`"openapi" is ${openapi === undefined ? 'missing' : JSON.stringify(openapi)}, not 3.1.x`, response.summary);
      const table = typeof paths === 'object' && paths !== null ? (paths as Record<string, unknown>) : {};
      const missing = routes.filter((route) => {
        const item = table[route.path];
        return typeof item !== 'object' || item === null || !(route.method.toLowerCase() in item);
      });
      if (missing.length > 0)
        throw new CheckFailure(
          `${String(missing.length)} route${missing.length === 1 ? ' is' : 's are'} missing from "paths", first ${missing[0]?.method ?? ''} ${missing[0]?.path ?? ''}`,
          missing.map((route) => `${route.method} ${route.path} (${route.id})`).join('\n'),
        );
    },
  };
}
