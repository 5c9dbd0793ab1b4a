import type { MessageCode, RuleIssue } from '@shanzhi/rules';
import { HttpProblem } from '../http/problem.js';
import { ruleRefusal } from '../points/problems.js';

/**
 * HTTP status of a 爱心超市 or 帮教 refusal: running out of stock, a second active plan, a plan that has ended or a
 * milestone already done conflict with the current state (409); a grid worker acting on a plan they do not mentor
 * is 403; everything else is the points rules' status (422 for a business refusal such as too few points).
 */
const statusByCode: Readonly<Partial<Record<MessageCode, 403 | 409>>> = {
  'supermarket.cart.outOfStock': 409,
  'mentoring.plan.alreadyActive': 409,
  'mentoring.plan.notActive': 409,
  'mentoring.milestone.alreadyDone': 409,
  'mentoring.milestone.notMentor': 403,
};

export function supermarketRefusal(issues: readonly RuleIssue[]): HttpProblem {
  const first = issues[0];
  const status = first === undefined ? undefined : statusByCode[first.code];
  if (first === undefined || status === undefined) return ruleRefusal(issues);
  const fieldIssues = issues.filter((one) => one.path.length > 0);
  return new HttpProblem(status, first.code, { params: first.params ?? {}, ...(fieldIssues.length > 0 ? { issues: fieldIssues } : {}) });
}
