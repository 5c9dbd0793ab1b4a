import { issue, type RuleIssue } from '../shared/result.js';

/**
 * Length in characters as a reader counts them. `String#length` counts UTF-16 units, so a rare
 * character outside the Basic Multilingual Plane (common in names and place names: 𠮷, 𡈽) or an
 * emoji would count twice and a villager would be told their text is too long when it is not.
 */
export function charCount(value: string): number {
  return Array.from(value).length;
}

/**
 * Checks a text's length in characters (code points): empty is `field.required`, then `field.tooShort` and
 * `field.tooLong`.
 */
export function checkCharLength(value: string, min: number, max: number): RuleIssue | null {
  const length = charCount(value);
  if (length === 0) return issue('field.required');
  if (length < min) return issue('field.tooShort', { minimum: min });
  if (length > max) return issue('field.tooLong', { maximum: max });
  return null;
}
