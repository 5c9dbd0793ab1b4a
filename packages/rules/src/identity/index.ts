export { identityMessages } from './messages.js';
export {
  type ResidentIdFacts,
  residentIdSchema,
  validateResidentId,
  parseResidentId,
  normalizeResidentId,
  residentIdCheckCharacter,
  hasResidentIdShape,
  earliestResidentBirthDate,
} from './resident-id.js';
export { usccSchema, validateUscc, normalizeUscc, usccCheckCharacter } from './uscc.js';
export { mobileSchema, validateMobile, normalizeMobile, isMobile } from './mobile.js';
export {
  personNameSchema,
  validatePersonName,
  normalizePersonName,
  personNameLength,
  middleDot,
  codePoints,
  codePointLength,
} from './person-name.js';
export { maskName, maskPhone, maskResidentId, maskUscc, maskAddress, compoundSurnames } from './mask.js';
export {
  type PersonalDataKind,
  type PrivacyPolicy,
  personalDataKinds,
  privacyPolicySchema,
  defaultPrivacyPolicy,
  defaultPersonalDataFields,
} from './privacy-policy.js';
export { type RedactionContext, redact } from './redact.js';
export {
  type ConsentPurpose,
  type ConsentRecord,
  consentPurposes,
  consentPurposeSchema,
  isConsentActive,
  activeConsentPurposes,
  consentCovers,
  nameForPurpose,
  boardNamePurpose,
} from './consent.js';
export { type TextScrubOptions, scrubPersonalData, hasRawPersonalData } from './personal-data-text.js';
export { containsRawPersonalData, findRawPersonalData, scrubRawPersonalData, type PersonalDataPath } from './personal-data-scan.js';
