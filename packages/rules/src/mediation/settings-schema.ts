import * as z from 'zod/mini';
import { mediationDefaults as defaults } from './settings.js';

const count = (min: number) => z.int().check(z.minimum(min));

/**
 * What a county or village may set differently. Every field has a default, so `{}` parses to the
 * defaults: `mediationDefaults` (settings.ts), where each value and its statute are written once.
 */
export const mediationSettingsSchema = z.object({
  /** Description of the dispute, counted in characters (a rare CJK character counts as one). */
  descriptionMinChars: z._default(count(1), defaults.descriptionMinChars),
  descriptionMaxChars: z._default(count(1), defaults.descriptionMaxChars),
  desiredOutcomeMinChars: z._default(count(1), defaults.desiredOutcomeMinChars),
  desiredOutcomeMaxChars: z._default(count(1), defaults.desiredOutcomeMaxChars),
  addressMaxChars: z._default(count(1), defaults.addressMaxChars),
  /** Ceiling of the amount in dispute, in fen; ¥100,000,000 by default, far above any village dispute. */
  maxAmountFen: z._default(count(0), defaults.maxAmountFen),
  maxRespondents: z._default(count(1), defaults.maxRespondents),
  maxAttachments: z._default(count(0), defaults.maxAttachments),
  /** 20 MiB: a phone photo or a short voice note fits, a long video does not. */
  maxAttachmentBytes: z._default(count(1), defaults.maxAttachmentBytes),
  /** Media types a villager's phone produces for photos, scans and voice notes (WeChat voice is AMR). */
  allowedMediaTypes: z._default(z.array(z.string().check(z.minLength(3))), defaults.allowedMediaTypes),
  /** 司法部《人民调解工作若干规定》(2002) Art 33: a mediation is normally concluded within one month. */
  concludeWithinMonths: z._default(count(1), defaults.concludeWithinMonths),
  /** 人民调解法 Art 33: judicial confirmation is applied for within 30 days of the agreement taking effect. */
  judicialConfirmationDays: z._default(count(1), defaults.judicialConfirmationDays),
  /** Working days from submission until someone at that level contacts the applicant. */
  contactWithinWorkingDays: z._default(
    z.object({ grid: count(0), village: count(0), township: count(0), county: count(0) }),
    defaults.contactWithinWorkingDays,
  ),
  /** Priority cases (e.g. unpaid wages before the Spring Festival) are contacted sooner. */
  priorityContactWithinWorkingDays: z._default(count(0), defaults.priorityContactWithinWorkingDays),
});

/** A value parsed by {@link mediationSettingsSchema}. */
export type MediationSettings = z.output<typeof mediationSettingsSchema>;
/** What {@link mediationSettingsSchema} accepts, before defaults are filled in. */
export type MediationSettingsInput = z.input<typeof mediationSettingsSchema>;
