import { problemSchema, type Problem } from '@shanzhi/sdk';
import * as z from 'zod/mini';
import { answerEvidence as evidence } from './evidence.js';
import { CheckFailure, type KitResponse } from './types.js';

/** RFC 9457 §3: the media type of a problem document. */
export const problemMediaType = 'application/problem+json';

/** What a problem answer must be, beyond being one. */
export interface ProblemExpectation {
  /** The status(es) the contract allows for this refusal. */
  readonly status: number | readonly number[];
  /** The stable code (docs/api.md, Errors: generic codes), when the contract names one. */
  readonly code?: string;
  /** A field the refusal must name: some `issues[].path` starts with it (docs/api.md: the widgets place messages by path). */
  readonly field?: string;
  /** What was wrong with the request, for the failure's message ("limit=0 in the query"). */
  readonly sent: string;
}

/** The media type without its parameters, lower case. */
export function mediaTypeOf(response: KitResponse): string {
  return (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

const problemTypePrefix = 'urn:shanzhi:problem:';

/**
 * docs/api.md, Errors: `type` is `urn:shanzhi:problem:` + the code in kebab case (`points.rule.inactive` →
 * `…:points-rule-inactive`): lower-case words joined by single dashes, with the code's letters and digits in order.
 */
export function isProblemTypeOf(type: string, code: string): boolean {
  if (!type.startsWith(problemTypePrefix)) return false;
  const kebab = type.slice(problemTypePrefix.length);
  const letters = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(kebab) && letters(kebab) === letters(code);
}

/**
 * Holds one refusal to the error promises of the contract (RFC 9457 and docs/api.md, Errors) and returns the problem.
 * Each broken promise fails with its own sentence, so a report says what a backend must change.
 */
export function expectProblemDocument(response: KitResponse, expected: ProblemExpectation): Problem {
  const statuses = typeof expected.status === 'number' ? [expected.status] : expected.status;
  const want = statuses.map(String).join(' or ');
  if (!statuses.includes(response.status)) {
    throw new CheckFailure(`${expected.sent} must be refused with ${want}, got ${String(response.status)}`, evidence(response));
  }
  const mediaType = mediaTypeOf(response);
  if (mediaType !== problemMediaType) {
    throw new CheckFailure(`errors must be ${problemMediaType} (RFC 9457), got ${mediaType || '(no Content-Type)'}`, evidence(response));
  }
  const parsed = z.safeParse(problemSchema, response.json);
  if (!parsed.success) {
    const wrong = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`).join('; ');
    throw new CheckFailure(
      `the problem document must have type, title, status and code (RFC 9457 + docs/api.md): ${wrong}`,
      evidence(response),
    );
  }
  const problem = parsed.data;
  if (problem.status !== response.status) {
    throw new CheckFailure(
      `the problem's status must repeat the HTTP status ${String(response.status)}, got ${String(problem.status)}`,
      evidence(response),
    );
  }
  if (!isProblemTypeOf(problem.type, problem.code)) {
    throw new CheckFailure(
      `the problem's type must be ${problemTypePrefix} + its code ${problem.code} in kebab case, got ${problem.type}`,
      evidence(response),
    );
  }
  const requestId = response.headers.get('x-request-id');
  if (problem.requestId !== undefined && problem.requestId !== requestId) {
    throw new CheckFailure(`the problem's requestId must equal the X-Request-Id header (${requestId ?? 'absent'})`, evidence(response));
  }
  if (expected.code !== undefined && problem.code !== expected.code) {
    throw new CheckFailure(`${expected.sent} must answer code ${expected.code}, got ${problem.code}`, evidence(response));
  }
  if (expected.field !== undefined) {
    const paths = (problem.issues ?? []).map((issue) => issue.path);
    if (!paths.some((path) => path[0] === expected.field)) {
      const named = paths.map((path) => JSON.stringify(path)).join(', ') || 'no issues';
      throw new CheckFailure(
        `the problem must name the bad field ${JSON.stringify([expected.field])} in issues[].path, named ${named}`,
        evidence(response),
      );
    }
  }
  return problem;
}

/** Chinese text: at least one Han character (the zh-CN messages of the catalogue all have some; English ones none). */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
