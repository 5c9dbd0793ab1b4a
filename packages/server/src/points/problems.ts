import type { MessageCode, RuleIssue } from '@shanzhi/rules';
import { HttpProblem } from '../http/problem.js';

/**
 * HTTP status of a rule refusal. State conflicts (an illegal or stale step, a notice still running) are
 * 409; a role the rules do not allow for this step is 403; every other business refusal is 422.
 */
const statusByCode: Readonly<Partial<Record<MessageCode, 403 | 404 | 409 | 422>>> = {
  'points.transition.illegal': 409,
  'points.transition.noticeNotElapsed': 409,
  'points.transition.backdated': 409,
  'points.transition.notPermitted': 403,
  // The objection process and recusal (docs/rules/points.md "The process").
  'points.objection.noticeOver': 409,
  'points.objection.duplicate': 409,
  'points.objection.notUnderNotice': 409,
  'points.objection.open': 409,
  'points.objection.alreadyRuled': 409,
  'points.objection.unknown': 404,
  'points.objection.outsideVillage': 403,
  'points.recusal.ownHousehold': 403,
  'points.recusal.familyTie': 403,
};

/** The HTTP status a rule code is refused with (422 unless listed above). */
export function refusalStatus(code: MessageCode): 403 | 404 | 409 | 422 {
  return statusByCode[code] ?? 422;
}

/** The problem for a rule's refusal: its code and params (message in the caller's language), field issues when it names a field. */
export function ruleRefusal(issues: readonly RuleIssue[]): HttpProblem {
  const first = issues[0];
  if (first === undefined) return HttpProblem.of('internal');
  const status = refusalStatus(first.code);
  const fieldIssues = issues.filter((one) => one.path.length > 0);
  return new HttpProblem(status, first.code, { params: first.params ?? {}, ...(fieldIssues.length > 0 ? { issues: fieldIssues } : {}) });
}
