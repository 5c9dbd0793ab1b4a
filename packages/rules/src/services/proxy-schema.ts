import * as z from 'zod/mini';
import { calendarDateSchema } from '../calendar/date-schema.js';
import { mobileSchema } from '../identity/mobile-schema.js';
import { personNameSchema } from '../identity/person-name-schema.js';
import { serviceCodeSchema } from './guide.js';
import { plainText } from './text-schema.js';

/**
 * What a county sets for its stations. `{}` parses to the defaults (`defaultProxySettings`).
 */
export const proxySettingsSchema = z.object({
  /**
   * Working days within which the station forwards a case it received to the township centre.
   * 3 is the common rule of county 村级代办 schemes (not a national statute, hence a setting).
   */
  forwardWithinWorkingDays: z._default(z.int().check(z.gte(1), z.lte(30)), 3),
});
/** A value parsed by {@link proxySettingsSchema}. */
export type ProxySettings = z.output<typeof proxySettingsSchema>;

/** A villager's request that the station handle a service for them. */
export const proxyRequestSchema = z.strictObject({
  // The villager's own mobile, so the station can call back: personal data, never shown publicly.
  applicant: z.strictObject({
    name: personNameSchema,
    mobile: mobileSchema,
  }),
  serviceCode: serviceCodeSchema,
  note: z.optional(plainText(500)),
  receivedOn: calendarDateSchema,
});
/** A value parsed by {@link proxyRequestSchema}. */
export type ProxyRequest = z.output<typeof proxyRequestSchema>;
