import * as z from 'zod/mini';
import { ruleCheck } from '../messages/rule-check.js';
import { timeLimitUnits, validateTimeLimit } from './time-limit.js';

/** A {@link TimeLimit} as a guide gives it: a value 0–999 and its unit. */
export const timeLimitSchema = z
  .strictObject({
    value: z.int().check(z.gte(0), z.lte(999)),
    unit: z.enum(timeLimitUnits),
  })
  .check(ruleCheck(validateTimeLimit));
