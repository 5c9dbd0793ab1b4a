export { localizeIssue, localizeIssues } from '../messages/localize-issues.js';
export { ok, fail, issue, RuleViolation, type RuleIssue, type LocalizedIssue, type Result, type IssuePath } from './result.js';
export { roles, type Role } from './roles.js';
export { fen, type Fen } from './money.js';
