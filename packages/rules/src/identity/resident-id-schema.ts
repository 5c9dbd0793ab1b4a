import * as z from 'zod/mini';
import { ruleCheck } from '../messages/rule-check.js';
import { validateResidentId } from './resident-id.js';

/** A resident ID number; the parsed value is trimmed and upper-cased (…x → …X). */
export const residentIdSchema = z.string().check(
  z.trim(),
  z.toUpperCase(),
  ruleCheck((value: string) => validateResidentId(value)),
);
