import { issue, type RuleIssue } from '../shared/result.js';

/** Who else already has the dispute; anything but `none` means the committee does not accept it. */
export const otherBodies = ['none', 'court', 'police', 'arbitration', 'otherAgency'] as const;
/** One of {@link otherBodies}. */
export type OtherBody = (typeof otherBodies)[number];

/** 人民调解法 Art 23: parties may ask for the mediation to be held in public or not. */
export const publicityOptions = ['closed', 'public'] as const;
/** One of {@link publicityOptions}. */
export type Publicity = (typeof publicityOptions)[number];

/** The order of the steps of the intake form; each step validates only its own top-level keys. */
export const mediationIntakeStepOrder = ['dispute', 'applicant', 'respondents', 'safety', 'consent'] as const;
/** One of {@link mediationIntakeStepOrder}. */
export type MediationIntakeStep = (typeof mediationIntakeStepOrder)[number];

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

/**
 * `mediation.attachment.typeNotAllowed` unless the file's media type is one the village allows (compared
 * case-insensitively).
 */
export function checkAttachmentType(mediaType: string, allowed: readonly string[]): RuleIssue | null {
  // Media types are case-insensitive (RFC 6838 §4.2).
  return allowed.includes(mediaType.toLowerCase()) ? null : issue('mediation.attachment.typeNotAllowed');
}

/** `mediation.attachment.tooLarge` when a file is larger than the village allows. */
export function checkAttachmentSize(sizeBytes: number, maxBytes: number): RuleIssue | null {
  return sizeBytes <= maxBytes ? null : issue('mediation.attachment.tooLarge', { maximumMb: Math.floor(maxBytes / (1024 * 1024)) });
}
