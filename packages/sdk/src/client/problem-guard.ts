import type { Problem, ProblemIssue } from '../contract/problem.js';

/**
 * Whether a parsed error body is an RFC 9457 problem as `problemSchema` describes it, checked by hand: the client
 * reads every error body, and zod must not load for that (it stays out of a widget's first load).
 */
export function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  const optionalString = (v: unknown) => v === undefined || typeof v === 'string';
  return (
    typeof p.type === 'string' &&
    typeof p.title === 'string' &&
    Number.isInteger(p.status) &&
    typeof p.code === 'string' &&
    optionalString(p.detail) &&
    optionalString(p.requestId) &&
    (p.issues === undefined || (Array.isArray(p.issues) && p.issues.every(isIssue)))
  );
}

function isIssue(value: unknown): value is ProblemIssue {
  if (typeof value !== 'object' || value === null) return false;
  const i = value as Record<string, unknown>;
  return (
    Array.isArray(i.path) &&
    i.path.every((part) => typeof part === 'string' || typeof part === 'number') &&
    typeof i.code === 'string' &&
    typeof i.message === 'string'
  );
}
