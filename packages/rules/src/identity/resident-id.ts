import { isCalendarDate, type CalendarDate } from '../calendar/date.js';
import { todayInShanghai } from '../calendar/shanghai.js';
import { issue, type RuleIssue } from '../shared/result.js';

/*
 * Citizen identity number, GB 11643-1999: 6-digit administrative division code (GB/T 2260) of the
 * place of first registration, 8-digit date of birth, 3-digit sequence (odd for men, even for
 * women), and a check character computed with ISO 7064 MOD 11-2.
 */

// 2^(17−i) mod 11 for positions 1…17, per ISO 7064 MOD 11-2.
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const checkCharacters = '10X98765432';

/**
 * Province-level codes of GB/T 2260 (first two digits), with 71 Taiwan, and 81/82/83 which the
 * residence permits of Hong Kong, Macao and Taiwan residents use (港澳台居民居住证申领发放办法,
 * 国办发〔2018〕81号); those permits follow the same number scheme.
 */
const provinceCodes = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);

/**
 * The earliest birth date accepted by default: earlier ones are typing mistakes, not living people. A deployment that
 * records historical holders relaxes it with `earliestBirthDate` (see {@link ResidentIdOptions}).
 */
export const earliestResidentBirthDate: CalendarDate = '1900-01-01';

/** How strictly {@link validateResidentId} and {@link isResidentId} check a number. */
export interface ResidentIdOptions {
  /** Bounds the birth date from above (Asia/Shanghai); defaults to today, a parameter so batch jobs reproduce. */
  readonly today?: CalendarDate | undefined;
  /**
   * The birth-date floor: {@link earliestResidentBirthDate} unless given; `null` drops the floor, leaving only the
   * calendar's own check (a real date).
   */
  readonly earliestBirthDate?: CalendarDate | null | undefined;
}

/** Trims and upper-cases, so a typed lower-case x check character is accepted. */
export function normalizeResidentId(value: string): string {
  return value.trim().toUpperCase();
}

/** The check character for the first 17 digits, or null if they are not 17 digits. */
export function residentIdCheckCharacter(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17.charAt(i)) * (weights[i] ?? 0);
  return checkCharacters.charAt(sum % 11);
}

function birthDateOf(id: string): CalendarDate {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

/**
 * A quick look for ID numbers in free text (`scrubPersonalData`, `findRawPersonalData`): 18 characters, a real
 * calendar date in positions 7–14, the right check character. It does NOT check the region code, the 1900 floor or a
 * future birth date — a mistyped but checksum-correct number should still be scrubbed from a log. To accept a number
 * a person typed, use {@link isResidentId} (a yes/no) or {@link validateResidentId} (the reason).
 */
export function hasResidentIdShape(value: string): boolean {
  const id = normalizeResidentId(value);
  return /^\d{17}[\dX]$/.test(id) && isCalendarDate(birthDateOf(id)) && residentIdCheckCharacter(id.slice(0, 17)) === id.charAt(17);
}

function optionsOf(todayOrOptions: CalendarDate | ResidentIdOptions | undefined): Required<ResidentIdOptions> {
  const options = typeof todayOrOptions === 'string' ? { today: todayOrOptions } : (todayOrOptions ?? {});
  return {
    today: options.today ?? todayInShanghai(),
    earliestBirthDate: options.earliestBirthDate === undefined ? earliestResidentBirthDate : options.earliestBirthDate,
  };
}

/**
 * Checks a resident ID number (GB 11643-1999): 18 characters, a province code in use, a real birth date not before
 * the floor (`identity.residentId.birthDateTooEarly`, relaxable) nor after today, and the ISO 7064 MOD 11-2 check
 * character. The second argument is today's date (Asia/Shanghai, default the current date) or {@link ResidentIdOptions}.
 */
export function validateResidentId(value: string, todayOrOptions?: CalendarDate | ResidentIdOptions): RuleIssue | null {
  const id = normalizeResidentId(value);
  if (id === '') return issue('field.required');
  // First-generation cards (with 15-digit numbers) stopped being valid on 2013-01-01 (居民身份证法 as
  // amended in 2011), so every holder has an 18-character number to give instead.
  if (/^\d{15}$/.test(id)) return issue('identity.residentId.legacy15');
  if (!/^\d{17}[\dX]$/.test(id)) return issue('identity.residentId.format');
  if (!provinceCodes.has(id.slice(0, 2))) return issue('identity.residentId.region');
  const { today, earliestBirthDate } = optionsOf(todayOrOptions);
  const birthDate = birthDateOf(id);
  if (!isCalendarDate(birthDate)) return issue('identity.residentId.birthDate');
  // A real date before the floor is most likely a typing slip: say so, rather than call a real date unreal.
  if (earliestBirthDate !== null && birthDate < earliestBirthDate)
    return issue('identity.residentId.birthDateTooEarly', { earliest: earliestBirthDate });
  if (birthDate > today) return issue('identity.residentId.birthDateFuture');
  if (residentIdCheckCharacter(id.slice(0, 17)) !== id.charAt(17)) return issue('identity.residentId.checksum');
  return null;
}

/** Whether `value` is a resident ID number {@link validateResidentId} accepts: region, real birth date, floor, checksum. */
export function isResidentId(value: string, todayOrOptions?: CalendarDate | ResidentIdOptions): boolean {
  return validateResidentId(value, todayOrOptions) === null;
}

/** What a valid resident ID number says about its holder. */
export interface ResidentIdFacts {
  readonly regionCode: string;
  readonly birthDate: CalendarDate;
  readonly sex: 'male' | 'female';
}

/** What the number itself says about its holder, or null if it does not validate. */
export function parseResidentId(value: string, todayOrOptions?: CalendarDate | ResidentIdOptions): ResidentIdFacts | null {
  if (!isResidentId(value, todayOrOptions)) return null;
  const id = normalizeResidentId(value);
  return {
    regionCode: id.slice(0, 6),
    birthDate: birthDateOf(id),
    // GB 11643-1999 §5.3: the sequence code is odd for men and even for women.
    sex: Number(id.charAt(16)) % 2 === 1 ? 'male' : 'female',
  };
}
