import { isCalendarDate } from '../calendar/date.js';
import { maskPhone, maskResidentId } from './mask.js';
import { hasResidentIdShape } from './resident-id.js';

/*
 * Finds raw mainland mobiles and resident ID numbers inside any text (free-text descriptions, log
 * lines, object keys). Separators people type (138 0013 8000, 110105 19491231 002X) are allowed.
 * ID candidates must have a real birth date and the right check character, which keeps long order
 * or voucher numbers from being taken for IDs; an 11-digit number starting 13–19 is always treated
 * as a mobile, erring on the side of hiding it.
 */
const idCandidate = /(?<![0-9A-Za-z])(?:\d{6}[ -]?\d{8}[ -]?\d{3}[\dXx]|\d{15})(?![0-9A-Za-z])/g;
const mobileCandidate = /(?<![0-9A-Za-z+])(?:(?:\+|00)?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?![0-9A-Za-z])/g;

const atLeastElevenDigits = /(?:\d[^\d]{0,3}){10}\d/;

function isLegacyId(digits: string): boolean {
  // 15-digit numbers (GB 11643-1989) carry a two-digit year of the 1900s at positions 7–12.
  return isCalendarDate(`19${digits.slice(6, 8)}-${digits.slice(8, 10)}-${digits.slice(10, 12)}`);
}

function isRawId(match: string): boolean {
  const compact = match.replace(/[ -]/g, '');
  return compact.length === 15 ? isLegacyId(compact) : hasResidentIdShape(compact);
}

/** Which raw personal data {@link scrubPersonalData} masks in a text: mainland mobiles, resident ID numbers. */
export interface TextScrubOptions {
  readonly phones: boolean;
  readonly residentIds: boolean;
}

/** True if the text holds an unmasked mobile or resident ID number. */
export function hasRawPersonalData(text: string): boolean {
  // Both shapes need at least 11 digits: most strings (names, codes, dates) are rejected without a regex.
  if (text.length < 11 || !atLeastElevenDigits.test(text)) return false;
  for (const match of text.matchAll(idCandidate)) if (isRawId(match[0])) return true;
  mobileCandidate.lastIndex = 0;
  return mobileCandidate.test(text);
}

/** Masks raw mobiles and/or resident ID numbers inside free text, leaving the rest as written. */
export function scrubPersonalData(text: string, options: TextScrubOptions = { phones: true, residentIds: true }): string {
  let result = text;
  if (options.residentIds)
    result = result.replace(idCandidate, (match) => (isRawId(match) ? maskResidentId(match.replace(/[ -]/g, '')) : match));
  if (options.phones) result = result.replace(mobileCandidate, (match) => maskPhone(match));
  return result;
}
