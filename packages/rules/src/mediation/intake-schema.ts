import * as z from 'zod/mini';
import { mobileSchema } from '../identity/mobile-schema.js';
import { personNameSchema } from '../identity/person-name-schema.js';
import { residentIdSchema } from '../identity/resident-id-schema.js';
import { usccSchema } from '../identity/uscc-schema.js';
import { ruleCheck } from '../messages/rule-check.js';
import type { MessageCode } from '../messages/catalogue.js';
import { attachmentIdSchema } from '../points/goods.js';
import { fen } from '../shared/money.js';
import { issue } from '../shared/result.js';
import { disputeTypeCodes } from './dispute-types.js';
import { checkAttachmentSize, checkAttachmentType, checkOtherAgencyNamed, otherBodies, publicityOptions } from './intake.js';
import { defaultMediationSettings, type MediationSettings } from './settings.js';
import { textSchema } from './text-schema.js';

const gridCodePattern = /^[A-Za-z0-9_-]{1,32}$/;

function mustBeTrue(code: MessageCode) {
  // Consent must be a deliberate yes (个人信息保护法 Art 14: consent is given voluntarily and
  // explicitly), so a missing or false answer fails instead of defaulting.
  return z.pipe(z.boolean().check(ruleCheck((value: boolean) => (value ? null : issue(code)))), z.literal(true));
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

  /*
   * A file the applicant chose. `attachmentId` names the file once the form uploaded it (purpose `mediation-intake`,
   * docs/attachments.md); the server then checks it and links it to the case. Both it and `name` are optional, so a
   * client from before uploads keeps working (it sends the name, the file stays on the device): a client that
   * uploads leaves the name out, since a file name (张三身份证.jpg) is personal data the case does not need.
   */
  const attachment = z.object({
    attachmentId: z.optional(attachmentIdSchema),
    name: z.optional(textSchema(1, 255)),
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
/** The dispute step of the intake (type, description, amount), with the default settings. */
export const mediationDisputeSchema = defaults.dispute;
/** One attachment of the intake, with the default settings. */
export const mediationAttachmentSchema = defaults.attachment;
/** The applicant step of the intake (a person or an organisation and how to reach them), with the default settings. */
export const mediationApplicantSchema = defaults.applicant;
/** One respondent of the intake, with the default settings. */
export const mediationRespondentSchema = defaults.respondent;
/** The respondents of the intake, with the default settings. */
export const mediationRespondentsSchema = defaults.respondents;
/** The safety step of the intake (threats, violence: the Art 25 risk), with the default settings. */
export const mediationSafetySchema = defaults.safety;
/** The preferences step of the intake (mediator, public or closed mediation, Art 23), with the default settings. */
export const mediationPreferencesSchema = defaults.preferences;
/** The consent step of the intake, with the default settings. */
export const mediationConsentSchema = defaults.consent;

/** A value parsed by {@link mediationIntakeSchema}. */
export type MediationIntake = z.output<typeof mediationIntakeSchema>;
/** What {@link mediationIntakeSchema} accepts, before defaults are filled in. */
export type MediationIntakeInput = z.input<typeof mediationIntakeSchema>;
/** A value parsed by {@link mediationDisputeSchema}. */
export type MediationDispute = z.output<typeof mediationDisputeSchema>;
/** A value parsed by {@link mediationApplicantSchema}. */
export type MediationApplicant = z.output<typeof mediationApplicantSchema>;
/** A value parsed by {@link mediationRespondentSchema}. */
export type MediationRespondent = z.output<typeof mediationRespondentSchema>;
/** A value parsed by {@link mediationSafetySchema}. */
export type MediationSafety = z.output<typeof mediationSafetySchema>;
/** A value parsed by {@link mediationPreferencesSchema}. */
export type MediationPreferences = z.output<typeof mediationPreferencesSchema>;
/** A value parsed by {@link mediationAttachmentSchema}. */
export type MediationAttachment = z.output<typeof mediationAttachmentSchema>;
