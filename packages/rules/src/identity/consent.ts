import { maskName } from './mask.js';

/*
 * Consent to publishing a person's full name, recorded per purpose. 个人信息保护法 Art 25 forbids
 * publishing personal information without SEPARATE consent; Art 14 requires consent to be specific and
 * informed, and a change of purpose needs consent anew; Art 15 lets the person withdraw it at any time,
 * and Art 16 forbids refusing a service because of a refusal or withdrawal. So one general "public name"
 * flag is not enough: agreeing to be named on the honour board (红榜) is not agreeing to be named on
 * a 公示 list, and never on the black list (黑榜).
 */

/**
 * What a household can consent to being named for. Add a purpose here (and to docs/rules/identity.md),
 * then choose which board shows names under it: nothing else needs to change. There is deliberately no
 * black-list purpose — naming someone on a list of deductions would need its own separate consent, and
 * no default offers one.
 */
export const consentPurposes = [
  /** 红榜 and the points board (积分榜): the household's name beside its points and rank. */
  'honourBoard',
  /** 公示 lists (a points entry or award under public notice): the name while the notice runs. */
  'publicNotice',
] as const;
/** One of {@link consentPurposes}: what a person separately consented to (个人信息保护法 Art 14). */
export type ConsentPurpose = (typeof consentPurposes)[number];

/** One recorded consent: who recorded it and when, and — once withdrawn — who withdrew it and when. */
export interface ConsentRecord {
  readonly purpose: ConsentPurpose;
  readonly givenBy: string;
  /** ISO-8601 instant. */
  readonly givenAt: string;
  readonly withdrawnBy?: string | null | undefined;
  readonly withdrawnAt?: string | null | undefined;
}

/** A withdrawal takes effect at once (个人信息保护法 Art 15): a withdrawn record grants nothing, whatever its dates. */
export function isConsentActive(record: ConsentRecord): boolean {
  return record.withdrawnAt === undefined || record.withdrawnAt === null;
}

/** The purposes the records currently grant, each once, in the order of `consentPurposes`. */
export function activeConsentPurposes(records: readonly ConsentRecord[]): ConsentPurpose[] {
  const active = new Set(records.filter(isConsentActive).map((record) => record.purpose));
  return consentPurposes.filter((purpose) => active.has(purpose));
}

/** Whether consent given for `granted` covers showing a name for `purpose`; no purpose (null) is never covered. */
export function consentCovers(granted: readonly ConsentPurpose[], purpose: ConsentPurpose | null | undefined): boolean {
  return purpose !== null && purpose !== undefined && granted.includes(purpose);
}

/** The name as a page shown for `purpose` may carry it: whole with consent for that purpose, else masked (张*明). */
export function nameForPurpose(
  name: string,
  granted: readonly ConsentPurpose[],
  purpose: ConsentPurpose | null,
): { readonly name: string; readonly masked: boolean } {
  return consentCovers(granted, purpose) ? { name, masked: false } : { name: maskName(name), masked: true };
}

/**
 * The purpose a leaderboard row's name is shown for. A household on the black list has no naming
 * purpose in ANY list — the 'all' list carries its black badge, so naming it there names it on the black
 * list — so it is always masked; every other row is shown for the honour board.
 */
export function boardNamePurpose(onBlackList: boolean): ConsentPurpose | null {
  return onBlackList ? null : 'honourBoard';
}
