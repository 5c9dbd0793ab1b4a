import * as z from 'zod/mini';
import type { RuleIssue } from '../shared/result.js';

/**
 * Wraps a plain rule function as a zod check, so a rule is written once as a function (testable,
 * callable from servers in other shapes) and reused in every schema.
 */
export function ruleCheck<T>(rule: (value: T) => RuleIssue | null | undefined): z.core.$ZodCheck<T> {
  return z.superRefine<T>((value, ctx) => {
    const found = rule(value);
    if (found) {
      ctx.addIssue({ code: 'custom', input: value, params: { ...found.params, code: found.code }, path: [...found.path] });
    }
  });
}
