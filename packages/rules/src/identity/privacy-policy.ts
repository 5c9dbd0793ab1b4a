import type { Role } from '../shared/roles.js';

/** What a property holds, which decides how it is masked and who may see it whole. */
export const personalDataKinds = ['name', 'phone', 'residentId', 'uscc', 'address', 'secret'] as const;
/** One of {@link personalDataKinds}. */
export type PersonalDataKind = (typeof personalDataKinds)[number];

/**
 * Which properties hold personal data, who may see each kind whole, and where consents are recorded: what {@link
 * redact} applies.
 */
export interface PrivacyPolicy {
  /**
   * Property name → kind. Matching ignores case, `_` and `-`, so `contact_phone` from a Java or Go
   * backend is the same field as `contactPhone`.
   */
  readonly fields: Readonly<Record<string, PersonalDataKind>>;
  /** Roles that see each kind unmasked; the subject always does, and `secret` goes to the subject only. */
  readonly reveal: Readonly<Record<PersonalDataKind, readonly Role[]>>;
  /**
   * Properties by which a record lists the purposes (`consentPurposes`) its person separately
   * consented to having their name published for (个人信息保护法 Arts 14, 25).
   */
  readonly consentFields: readonly string[];
  /** Also mask raw mobiles and ID numbers found in any other text (descriptions, notes, keys). */
  readonly scrubFreeText: boolean;
}

/** The property names shanzhi's domain uses for personal data. */
export const defaultPersonalDataFields: Readonly<Record<string, PersonalDataKind>> = {
  name: 'name',
  fullName: 'name',
  householdName: 'name',
  headName: 'name',
  applicantName: 'name',
  contactName: 'name',
  partyName: 'name',
  respondentName: 'name',
  declarantName: 'name',
  recipientName: 'name',
  beneficiaryName: 'name',
  representativeName: 'name',
  agentName: 'name',
  phone: 'phone',
  mobile: 'phone',
  contactPhone: 'phone',
  phoneNumber: 'phone',
  mobilePhone: 'phone',
  telephone: 'phone',
  residentId: 'residentId',
  idNumber: 'residentId',
  idCard: 'residentId',
  idCardNumber: 'residentId',
  identityNumber: 'residentId',
  uscc: 'uscc',
  creditCode: 'uscc',
  socialCreditCode: 'uscc',
  unifiedSocialCreditCode: 'uscc',
  address: 'address',
  homeAddress: 'address',
  householdAddress: 'address',
  residentialAddress: 'address',
  // A tracking code lets its holder look up a dispute or application without logging in: a bearer secret.
  trackingCode: 'secret',
  password: 'secret',
  passwordHash: 'secret',
  token: 'secret',
  accessToken: 'secret',
  refreshToken: 'secret',
  verificationCode: 'secret',
};

/**
 * Default audiences. Phones, ID numbers and credit codes: only the cadre, mediator or administrator
 * handling the record — they must reach the person (人民调解法 Art 15 binds mediators to keep
 * them confidential). Names: the officials who review and supervise records, never the public or
 * other villagers without consent (个人信息保护法 Art 25; Arts 13 and 34 give no other basis to
 * publish). Addresses: the officials who visit households.
 */
export const defaultPrivacyPolicy: PrivacyPolicy = {
  fields: defaultPersonalDataFields,
  reveal: {
    name: ['gridWorker', 'cadre', 'supervisor', 'mediator', 'admin'],
    phone: ['cadre', 'mediator', 'admin'],
    residentId: ['cadre', 'mediator', 'admin'],
    uscc: ['cadre', 'mediator', 'admin'],
    address: ['gridWorker', 'cadre', 'mediator', 'admin'],
    secret: [],
  },
  consentFields: ['consentPurposes'],
  scrubFreeText: true,
};
