import { issue, type RuleIssue } from '../shared/result.js';

/*
 * Unified social credit code, GB 32100-2015: registration authority (1), organisation type (1),
 * administrative division code (6 digits), organisation code (9) and a check character. The
 * alphabet is 0-9 and capital letters without I, O, Z, S, V (they look like 1, 0, 2, 5, U).
 */
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const shape = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** Trims and upper-cases, so a code typed in lower case is read as printed on the licence. */
export function normalizeUscc(value: string): string {
  return value.trim().toUpperCase();
}

/** The check character for the first 17 characters (weights 3^i mod 31), or null if they use other characters. */
export function usccCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  let weight = 1;
  for (const ch of first17) {
    const value = alphabet.indexOf(ch);
    if (value < 0) return null;
    sum += value * weight;
    weight = (weight * 3) % 31;
  }
  return alphabet.charAt((31 - (sum % 31)) % 31);
}

/**
 * Checks a unified social credit code (GB 32100-2015): 18 characters of its alphabet and the MOD 31 check character.
 * Empty → `field.required`, wrong characters or length → `identity.uscc.format`, wrong check → `identity.uscc.checksum`.
 */
export function validateUscc(value: string): RuleIssue | null {
  const code = normalizeUscc(value);
  if (code === '') return issue('field.required');
  if (!shape.test(code)) return issue('identity.uscc.format');
  if (usccCheckCharacter(code.slice(0, 17)) !== code.charAt(17)) return issue('identity.uscc.checksum');
  return null;
}

/** Whether `value` is a unified social credit code {@link validateUscc} accepts (shape and GB 32100-2015 checksum). */
export function isUscc(value: string): boolean {
  return validateUscc(value) === null;
}
