import * as z from 'zod/mini';
import type { RuleIssue } from '../shared/result.js';

/**
 * Wraps a plain rule function as a zod check, so a rule is written once as a function (testable,
 * callable from servers in other shapes) and reused in every schema.
 */
export function ruleCheck<T>(rule: (value: T) => RuleIssue | null | undefined): z.core.$ZodCheck<T> {
  return findingsCheck((value: T) => {
    const found = rule(value);
    return found ? [found] : [];
  });
}

/**
 * Wraps a rule over a whole value that finds every problem at once (a guide's fields against each other, a power
 * list) as a zod check: one issue per finding, each at the path of the field to fix, carrying its message code.
 */
export function findingsCheck<T>(rule: (value: T) => readonly RuleIssue[]): z.core.$ZodCheck<T> {
  return z.superRefine<T>((value, ctx) => {
    for (const found of rule(value)) {
      ctx.addIssue({ code: 'custom', input: value, params: { ...found.params, code: found.code }, path: [...found.path] });
    }
  });
}
