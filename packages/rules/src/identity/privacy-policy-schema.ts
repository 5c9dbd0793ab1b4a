import * as z from 'zod/mini';
import { roles } from '../shared/roles.js';
import { personalDataKinds } from './privacy-policy.js';

const roleList = z.array(z.enum(roles));

/** A {@link PrivacyPolicy} as a deployment configures it. */
export const privacyPolicySchema = z.object({
  fields: z.record(z.string(), z.enum(personalDataKinds)),
  reveal: z.object({ name: roleList, phone: roleList, residentId: roleList, uscc: roleList, address: roleList, secret: roleList }),
  consentFields: z.array(z.string()),
  scrubFreeText: z.boolean(),
});
