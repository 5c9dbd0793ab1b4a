import * as z from 'zod/mini';
import { ruleCheck } from '../messages/rule-check.js';
import { validateCalendarDate } from './date.js';

/** A real 'YYYY-MM-DD' date; reports `field.invalidDate` otherwise. */
export const calendarDateSchema = z.string().check(ruleCheck(validateCalendarDate));
