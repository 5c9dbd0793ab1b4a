import * as z from 'zod/mini';
import { ruleCheck } from '../messages/rule-check.js';
import { checkCharLength } from './text.js';

/** Free text, trimmed, with limits in characters; blank text counts as missing. */
export function textSchema(min: number, max: number) {
  return z.string().check(
    z.trim(),
    ruleCheck((value: string) => checkCharLength(value, min, max)),
  );
}
