import * as z from 'zod/mini';
import { ruleCheck } from '../messages/rule-check.js';
import { validateCaseNumber } from './case-number.js';

/** A case number as typed; the parsed value is trimmed and upper-cased. */
export const caseNumberSchema = z.string().check(z.trim(), z.toUpperCase(), ruleCheck(validateCaseNumber));
