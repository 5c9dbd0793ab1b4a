import { findRawPersonalData, scrubRawPersonalData, type RuleIssue } from '@shanzhi/rules';
import { HttpProblem } from './problem.js';

/**
 * Write time: a body that will be published (a disclosure) may not carry a full mobile or resident ID number
 * anywhere. 422 'validation' names every field, so the cadre sees where the typo is (个人信息保护法 Art 25).
 */
export function refuseRawPersonalData(body: unknown): void {
  const paths = findRawPersonalData(body);
  if (paths.length === 0) return;
  const issues: RuleIssue[] = paths.map((path) => ({ code: 'identity.publicField.rawPersonalData', path: [...path] }));
  throw new HttpProblem(422, 'validation', { issues });
}

/**
 * Read time, the last line of defence for a caller who is not staff: stray raw numbers (data written before the
 * write-time check, or through another door) are masked where they stand and reported by path — never the
 * value — instead of failing a whole public list.
 */
export function redactResponse<T>(payload: T): { readonly payload: T; readonly paths: readonly string[] } {
  const found = findRawPersonalData(payload);
  if (found.length === 0) return { payload, paths: [] };
  return { payload: scrubRawPersonalData(payload), paths: found.map((path) => path.join('.')) };
}
