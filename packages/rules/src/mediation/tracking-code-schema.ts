import * as z from 'zod/mini';
import { ruleCheck } from '../messages/rule-check.js';
import { normalizeTrackingCode, validateTrackingCode } from './tracking-code.js';

/** A tracking code as typed (spaces, dashes and lower case forgiven); the parsed value is the bare code. */
export const trackingCodeSchema = z.string().check(z.overwrite(normalizeTrackingCode), ruleCheck(validateTrackingCode));
