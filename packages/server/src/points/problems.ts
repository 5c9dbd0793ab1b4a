import type { MessageCode, RuleIssue } from '@shanzhi/rules';
import { HttpProblem } from '../http/problem.js';

/**
 * HTTP status of a rule refusal. State conflicts (an illegal or stale step, a notice still running) are
 * 409; a role the rules do not allow for this step is 403; every other business refusal is 422.
 */
const statusByCode: Readonly<Partial<Record<MessageCode, 403 | 409 | 422>>> = {
  'points.transition.illegal': 409,
  'points.transition.noticeNotElapsed': 409,
  'points.transition.backdated': 409,
  'points.transition.notPermitted': 403,
};

/** The problem for a rule's refusal: its code and params (message in the caller's language), field issues when it names a field. */
export function ruleRefusal(issues: readonly RuleIssue[]): HttpProblem {
  const first = issues[0];
  if (first === undefined) return HttpProblem.of('internal');
  const status = statusByCode[first.code] ?? 422;
  const fieldIssues = issues.filter((one) => one.path.length > 0);
  return new HttpProblem(status, first.code, { params: first.params ?? {}, ...(fieldIssues.length > 0 ? { issues: fieldIssues } : {}) });
}
