import * as z from 'zod/mini';
import { mobileSchema, personNameSchema, residentIdSchema, usccSchema } from '../identity/index.js';
import { ruleCheck } from '../messages/rule-check.js';
import type { MessageCode } from '../messages/catalogue.js';
import { fen } from '../shared/money.js';
import { issue, type RuleIssue } from '../shared/result.js';
import { disputeTypeCodes } from './dispute-types.js';
import { defaultMediationSettings, type MediationSettings } from './settings.js';
import { textSchema } from './text.js';

/** Who else already has the dispute; anything but `none` means the committee does not accept it. */
export const otherBodies = ['none', 'court', 'police', 'arbitration', 'otherAgency'] as const;
export type OtherBody = (typeof otherBodies)[number];

/** 人民调解法 Art 23: parties may ask for the mediation to be held in public or not. */
export const publicityOptions = ['closed', 'public'] as const;
export type Publicity = (typeof publicityOptions)[number];

/** The order of the steps of the intake form; each step validates only its own top-level keys. */
export const mediationIntakeStepOrder = ['dispute', 'applicant', 'respondents', 'safety', 'consent'] as const;
export type MediationIntakeStep = (typeof mediationIntakeStepOrder)[number];

const gridCodePattern = /^[A-Za-z0-9_-]{1,32}$/;

function mustBeTrue(code: MessageCode) {
  // Consent must be a deliberate yes (个人信息保护法 Art 14: consent is given voluntarily and
  // explicitly), so a missing or false answer fails instead of defaulting.
  return z.pipe(z.boolean().check(ruleCheck((value: boolean) => (value ? null : issue(code)))), z.literal(true));
}

/** An agency "already handling it" must be named, so the applicant can be sent there. */
export function checkOtherAgencyNamed(safety: {
  readonly alreadyBefore: OtherBody;
  readonly otherAgencyName?: string | undefined;
}): RuleIssue | null {
  if (safety.alreadyBefore === 'otherAgency' && !safety.otherAgencyName) {
    return issue('mediation.safety.otherAgencyNameMissing', undefined, ['otherAgencyName']);
  }
  return null;
}

export function checkAttachmentType(mediaType: string, allowed: readonly string[]): RuleIssue | null {
  // Media types are case-insensitive (RFC 6838 §4.2).
  return allowed.includes(mediaType.toLowerCase()) ? null : issue('mediation.attachment.typeNotAllowed');
}

export function checkAttachmentSize(sizeBytes: number, maxBytes: number): RuleIssue | null {
  return sizeBytes <= maxBytes ? null : issue('mediation.attachment.tooLarge', { maximumMb: Math.floor(maxBytes / (1024 * 1024)) });
}

/**
 * Builds every intake schema for one village's settings. The browser form and the server parse with
 * the same schemas, so issue paths (['respondents', 0, 'uscc']) are a contract: never rename a key.
 */
export function createMediationIntakeSchemas(settings: MediationSettings = defaultMediationSettings) {
  const allowedTypes = settings.allowedMediaTypes.map((type) => type.toLowerCase());

  const dispute = z.object({
    type: z.enum(disputeTypeCodes),
    description: textSchema(settings.descriptionMinChars, settings.descriptionMaxChars),
    desiredOutcome: textSchema(settings.desiredOutcomeMinChars, settings.desiredOutcomeMaxChars),
    /** Only where money is at stake; mediation itself is free (人民调解法 Art 4). */
    amountFen: z.optional(fen.check(z.minimum(0), z.maximum(settings.maxAmountFen))),
  });

  const attachment = z.object({
    name: textSchema(1, 255),
    mediaType: z.string().check(ruleCheck((value: string) => checkAttachmentType(value, allowedTypes))),
    sizeBytes: z.int().check(
      z.minimum(1),
      ruleCheck((value: number) => checkAttachmentSize(value, settings.maxAttachmentBytes)),
    ),
  });
  const attachments = z._default(z.array(attachment).check(z.maxLength(settings.maxAttachments)), []);

  const applicant = z.object({
    name: personNameSchema,
    mobile: mobileSchema,
    residentId: z.optional(residentIdSchema),
    address: z.optional(textSchema(1, settings.addressMaxChars)),
    gridCode: z.optional(z.string().check(z.regex(gridCodePattern))),
  });

  const personRespondent = z.object({
    kind: z.literal('person'),
    name: personNameSchema,
    mobile: z.optional(mobileSchema),
  });
  // GB 32100-2015: an organisation is identified by its unified social credit code.
  const organisationRespondent = z.object({
    kind: z.literal('organisation'),
    name: textSchema(2, 100),
    uscc: usccSchema,
  });
  const respondent = z.discriminatedUnion('kind', [personRespondent, organisationRespondent]);
  const respondents = z.array(respondent).check(z.minLength(1), z.maxLength(settings.maxRespondents));

  // Every screening answer is required: a skipped question must not read as "no risk".
  const safety = z
    .object({
      violenceThreatened: z.boolean(),
      weaponsInvolved: z.boolean(),
      groupIncident: z.boolean(),
      alreadyBefore: z.enum(otherBodies),
      otherAgencyName: z.optional(textSchema(2, 100)),
      otherPartyRefusedMediation: z.boolean(),
    })
    .check(ruleCheck(checkOtherAgencyNamed));

  // Closed by default: mediators must keep parties' privacy (人民调解法 Art 15), so publicity is opt-in.
  const preferences = z._default(
    z.object({
      publicity: z._default(z.enum(publicityOptions), 'closed'),
      preferredMediator: z.optional(textSchema(2, 50)),
      preferredTime: z.optional(textSchema(1, 100)),
    }),
    { publicity: 'closed' },
  );

  const consent = z.object({
    mediation: mustBeTrue('mediation.consent.mediationMissing'),
    personalData: mustBeTrue('mediation.consent.personalDataMissing'),
  });

  const steps = {
    dispute: z.object({ dispute, attachments }),
    applicant: z.object({ applicant }),
    respondents: z.object({ respondents }),
    safety: z.object({ safety }),
    consent: z.object({ preferences, consent }),
  } as const;

  const intake = z.object({ dispute, attachments, applicant, respondents, safety, preferences, consent });

  return { dispute, attachment, attachments, applicant, respondent, respondents, safety, preferences, consent, steps, intake };
}

const defaults = createMediationIntakeSchemas();

/** The whole intake with the default settings; use `createMediationIntakeSchemas(settings)` for others. */
export const mediationIntakeSchema = defaults.intake;
/** Per-step schemas whose issue paths equal the whole schema's (['dispute', 'description']). */
export const mediationIntakeSteps = defaults.steps;
export const mediationDisputeSchema = defaults.dispute;
export const mediationAttachmentSchema = defaults.attachment;
export const mediationApplicantSchema = defaults.applicant;
export const mediationRespondentSchema = defaults.respondent;
export const mediationRespondentsSchema = defaults.respondents;
export const mediationSafetySchema = defaults.safety;
export const mediationPreferencesSchema = defaults.preferences;
export const mediationConsentSchema = defaults.consent;

export type MediationIntake = z.output<typeof mediationIntakeSchema>;
export type MediationIntakeInput = z.input<typeof mediationIntakeSchema>;
export type MediationDispute = z.output<typeof mediationDisputeSchema>;
export type MediationApplicant = z.output<typeof mediationApplicantSchema>;
export type MediationRespondent = z.output<typeof mediationRespondentSchema>;
export type MediationSafety = z.output<typeof mediationSafetySchema>;
export type MediationPreferences = z.output<typeof mediationPreferencesSchema>;
export type MediationAttachment = z.output<typeof mediationAttachmentSchema>;
