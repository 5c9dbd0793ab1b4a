import * as z from 'zod/mini';
import { ruleCheck } from '../messages/rule-check.js';
import { normalizeMobile, validateMobile } from './mobile.js';

/** A mainland mobile number; the parsed value is the bare 11 digits. */
export const mobileSchema = z.string().check(z.overwrite(normalizeMobile), ruleCheck(validateMobile));
