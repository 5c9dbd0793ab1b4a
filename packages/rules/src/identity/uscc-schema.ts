import * as z from 'zod/mini';
import { ruleCheck } from '../messages/rule-check.js';
import { validateUscc } from './uscc.js';

/** A unified social credit code; the parsed value is trimmed and upper-cased. */
export const usccSchema = z.string().check(z.trim(), z.toUpperCase(), ruleCheck(validateUscc));
