import * as z from 'zod/mini';
import { consentPurposes } from './consent.js';

/** A consent purpose, as the API accepts it: one of {@link consentPurposes}. */
export const consentPurposeSchema = z.enum(consentPurposes);
