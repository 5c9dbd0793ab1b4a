import * as z from 'zod/mini';
import { calendarDateSchema } from '../calendar/date-schema.js';
import { ruleCheck } from '../messages/rule-check.js';
import { validatePeriod } from './period.js';

/** A period whose ends are real dates, the first not after the last. */
export const periodSchema = z.object({ from: calendarDateSchema, to: calendarDateSchema }).check(ruleCheck(validatePeriod));
