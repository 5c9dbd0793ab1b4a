import { issue, type RuleIssue } from '../shared/result.js';

/** Bounds of a person's name in characters (code points, so 𠮷 counts once). */
export const personNameLength = { minimum: 2, maximum: 20 } as const;

/** The middle dot U+00B7 (间隔号) that joins the parts of many minority and transliterated names: 阿沛·阿旺晋美. */
export const middleDot = '·';

/*
 * Names of many ethnic minorities and transliterated names join their parts with the middle dot
 * (U+00B7). Phones and IMEs often produce look-alikes instead: bullet U+2022, katakana middle dot
 * U+30FB and its half-width form U+FF65, hyphenation point U+2027, dot operator U+22C5.
 */
const dotLookalikes = /[\u2022\u30fb\uff65\u2027\u22c5]/g;

/** Trims, composes accents (NFC), and turns look-alike dots into `·`. */
export function normalizePersonName(value: string): string {
  return value.trim().normalize('NFC').replace(dotLookalikes, middleDot);
}

/** Splits by code point (not UTF-16 unit): names are counted as the person sees the characters. */
export function codePoints(value: string): string[] {
  return Array.from(value);
}

/** The length of a string in characters (code points), as a person counts them: 𠮷 is one. */
export function codePointLength(value: string): number {
  return codePoints(value).length;
}

/** Checks a person's name: 2–20 characters, letters (any script) and `·` only, the dot between two parts. */
export function validatePersonName(value: string): RuleIssue | null {
  const name = normalizePersonName(value);
  if (name === '') return issue('field.required');
  if (/\p{Nd}/u.test(name)) return issue('identity.name.digits');
  if (!/^[\p{L}\p{M}·]+$/u.test(name)) return issue('identity.name.invalidCharacters');
  if (name.startsWith(middleDot) || name.endsWith(middleDot) || name.includes(middleDot + middleDot))
    return issue('identity.name.misplacedDot');
  const length = codePointLength(name);
  if (length < personNameLength.minimum) return issue('identity.name.tooShort', { minimum: personNameLength.minimum });
  if (length > personNameLength.maximum) return issue('identity.name.tooLong', { maximum: personNameLength.maximum });
  return null;
}
