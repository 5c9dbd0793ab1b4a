import type { LocalizedIssue, RuleIssue } from '../shared/result.js';
import { formatMessage } from './format.js';
import type { Locale } from './locale.js';

/** One issue with its message rendered in `locale`. */
export function localizeIssue(found: RuleIssue, locale: Locale): LocalizedIssue {
  return { ...found, message: formatMessage(found.code, locale, found.params) };
}

/** Issues with their messages rendered in `locale`, in the same order. */
export function localizeIssues(found: readonly RuleIssue[], locale: Locale): LocalizedIssue[] {
  return found.map((one) => localizeIssue(one, locale));
}
