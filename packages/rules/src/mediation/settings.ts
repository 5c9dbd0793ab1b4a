import type { MediationSettings } from './settings-schema.js';

export type { MediationSettings, MediationSettingsInput } from './settings-schema.js';

/**
 * Every setting's default, written here (not in the schema) so the widgets that only read a setting do not bundle
 * zod; `mediationSettingsSchema` takes its defaults from this object, and a test checks that it parses `{}` to it.
 */
export const mediationDefaults = {
  descriptionMinChars: 10,
  descriptionMaxChars: 2000,
  desiredOutcomeMinChars: 2,
  desiredOutcomeMaxChars: 500,
  addressMaxChars: 200,
  maxAmountFen: 10_000_000_000,
  maxRespondents: 20,
  maxAttachments: 9,
  maxAttachmentBytes: 20 * 1024 * 1024,
  allowedMediaTypes: [
    'image/jpeg',
    'image/png',
    'image/webp',
    'image/heic',
    'application/pdf',
    'audio/mpeg',
    'audio/mp4',
    'audio/amr',
    'video/mp4',
  ] as string[],
  // 司法部《人民调解工作若干规定》(2002) Art 33: one month.
  concludeWithinMonths: 1,
  // 人民调解法 Art 33: 30 days.
  judicialConfirmationDays: 30,
  contactWithinWorkingDays: { grid: 3, village: 3, township: 3, county: 3 },
  priorityContactWithinWorkingDays: 1,
};

/** The same defaults, typed as the settings the schema parses (the schema takes its defaults from `mediationDefaults`). */
export const defaultMediationSettings: MediationSettings = mediationDefaults;
