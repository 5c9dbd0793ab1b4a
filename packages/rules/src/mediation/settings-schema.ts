import * as z from 'zod/mini';

const count = (min: number) => z.int().check(z.minimum(min));

/**
 * What a county or village may set differently. Every field has a default, so `{}` parses to the
 * defaults; `defaultMediationSettings` is that result.
 */
export const mediationSettingsSchema = z.object({
  /** Description of the dispute, counted in characters (a rare CJK character counts as one). */
  descriptionMinChars: z._default(count(1), 10),
  descriptionMaxChars: z._default(count(1), 2000),
  desiredOutcomeMinChars: z._default(count(1), 2),
  desiredOutcomeMaxChars: z._default(count(1), 500),
  addressMaxChars: z._default(count(1), 200),
  /** Ceiling of the amount in dispute, in fen; ¥100,000,000 by default, far above any village dispute. */
  maxAmountFen: z._default(count(0), 10_000_000_000),
  maxRespondents: z._default(count(1), 20),
  maxAttachments: z._default(count(0), 9),
  /** 20 MiB: a phone photo or a short voice note fits, a long video does not. */
  maxAttachmentBytes: z._default(count(1), 20 * 1024 * 1024),
  /** Media types a villager's phone produces for photos, scans and voice notes (WeChat voice is AMR). */
  allowedMediaTypes: z._default(z.array(z.string().check(z.minLength(3))), [
    'image/jpeg',
    'image/png',
    'image/webp',
    'image/heic',
    'application/pdf',
    'audio/mpeg',
    'audio/mp4',
    'audio/amr',
    'video/mp4',
  ]),
  /** 司法部《人民调解工作若干规定》(2002) Art 33: a mediation is normally concluded within one month. */
  concludeWithinMonths: z._default(count(1), 1),
  /** 人民调解法 Art 33: judicial confirmation is applied for within 30 days of the agreement taking effect. */
  judicialConfirmationDays: z._default(count(1), 30),
  /** Working days from submission until someone at that level contacts the applicant. */
  contactWithinWorkingDays: z._default(z.object({ grid: count(0), village: count(0), township: count(0), county: count(0) }), {
    grid: 3,
    village: 3,
    township: 3,
    county: 3,
  }),
  /** Priority cases (e.g. unpaid wages before the Spring Festival) are contacted sooner. */
  priorityContactWithinWorkingDays: z._default(count(0), 1),
});

export type MediationSettings = z.output<typeof mediationSettingsSchema>;
export type MediationSettingsInput = z.input<typeof mediationSettingsSchema>;
