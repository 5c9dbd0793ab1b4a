import { issue, type RuleIssue } from '../shared/result.js';

/**
 * Removes what people type around a mainland mobile number: spaces, dashes, dots, brackets and a
 * +86 / 0086 / 86 country prefix ("+86 138-0013-8000" → "13800138000"). Other input comes back
 * with only the separators removed, so validation still fails on it.
 */
export function normalizeMobile(value: string): string {
  const compact = value.trim().replace(/[\s\-.()（）\u00a0\u3000]/g, '');
  const prefixed = /^(?:\+86|0086|86)(1\d{10})$/.exec(compact);
  return prefixed?.[1] ?? compact;
}

/** Whether `value`, once {@link normalizeMobile}d, is a mainland mobile number: the yes/no of {@link validateMobile}. */
export function isMobile(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(normalizeMobile(value));
}

/** A mainland mobile number: 11 digits, 1 then 3–9 (numbering plan of the MIIT). */
export function validateMobile(value: string): RuleIssue | null {
  if (value.trim() === '') return issue('field.required');
  return isMobile(value) ? null : issue('identity.mobile.format');
}
