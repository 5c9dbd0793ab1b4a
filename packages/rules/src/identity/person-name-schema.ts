import * as z from 'zod/mini';
import { ruleCheck } from '../messages/rule-check.js';
import { normalizePersonName, validatePersonName } from './person-name.js';

/** A person's name; the parsed value is trimmed with look-alike dots turned into `·`. */
export const personNameSchema = z.string().check(z.overwrite(normalizePersonName), ruleCheck(validatePersonName));
