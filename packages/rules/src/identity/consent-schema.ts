import * as z from 'zod/mini';
import { consentPurposes } from './consent.js';

export const consentPurposeSchema = z.enum(consentPurposes);
