export { identityMessages } from './messages.js';
export {
  type ResidentIdFacts,
  type ResidentIdOptions,
  validateResidentId,
  isResidentId,
  parseResidentId,
  normalizeResidentId,
  residentIdCheckCharacter,
  hasResidentIdShape,
  earliestResidentBirthDate,
} from './resident-id.js';
export { residentIdSchema } from './resident-id-schema.js';
export { validateUscc, isUscc, normalizeUscc, usccCheckCharacter } from './uscc.js';
export { usccSchema } from './uscc-schema.js';
export { validateMobile, normalizeMobile, isMobile } from './mobile.js';
export { mobileSchema } from './mobile-schema.js';
export { validatePersonName, normalizePersonName, personNameLength, middleDot, codePoints, codePointLength } from './person-name.js';
export { personNameSchema } from './person-name-schema.js';
export { maskName, maskPhone, maskResidentId, maskUscc, maskAddress, compoundSurnames } from './mask.js';
export {
  type PersonalDataKind,
  type PrivacyPolicy,
  personalDataKinds,
  defaultPrivacyPolicy,
  defaultPersonalDataFields,
} from './privacy-policy.js';
export { privacyPolicySchema } from './privacy-policy-schema.js';
export { type RedactionContext, redact } from './redact.js';
export {
  type ConsentPurpose,
  type ConsentRecord,
  consentPurposes,
  isConsentActive,
  activeConsentPurposes,
  consentCovers,
  nameForPurpose,
  boardNamePurpose,
} from './consent.js';
export { consentPurposeSchema } from './consent-schema.js';
export { type TextScrubOptions, scrubPersonalData, hasRawPersonalData } from './personal-data-text.js';
export { containsRawPersonalData, findRawPersonalData, scrubRawPersonalData, type PersonalDataPath } from './personal-data-scan.js';
