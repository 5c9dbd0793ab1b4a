import { issue, type RuleIssue } from '../shared/result.js';

/**
 * The tracking code an applicant keeps to follow their case without an account. 31 symbols with no
 * 0/O, 1/I/L: elderly applicants read them aloud over the phone and copy them from paper slips.
 * Eight symbols give 31^8 ≈ 8.5 × 10^11 codes; servers still pair a code with the applicant's mobile
 * and limit lookups, because a code alone is a bearer secret.
 */
export const trackingCodeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** The length of a tracking code. */
export const trackingCodeLength = 8;
/** Bytes to pass to `trackingCodeFromBytes`; with 16, a null result has odds below 10^-9. */
export const trackingCodeRandomBytes = 16;

const trackingCodePattern = new RegExp(`^[${trackingCodeAlphabet}]{${String(trackingCodeLength)}}$`);
/** The largest multiple of the alphabet size that fits in a byte: bytes at or above it are skipped. */
const acceptBelow = Math.floor(256 / trackingCodeAlphabet.length) * trackingCodeAlphabet.length;

/** Whether `value` is a tracking code: {@link trackingCodeLength} characters of {@link trackingCodeAlphabet}. */
export function isTrackingCode(value: string): boolean {
  return trackingCodePattern.test(value);
}

/** What a person typed, tidied: upper case, without spaces or dashes (codes are shown as ABCD-EFGH). */
export function normalizeTrackingCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

/** `mediation.trackingCode.invalid` unless `value` is a tracking code. */
export function validateTrackingCode(value: string): RuleIssue | null {
  return isTrackingCode(value) ? null : issue('mediation.trackingCode.invalid');
}

/** Splits a code in two halves for display and dictation: 'ABCD-EFGH'. */
export function formatTrackingCode(code: string): string {
  const half = trackingCodeLength / 2;
  return `${code.slice(0, half)}-${code.slice(half)}`;
}

/**
 * A tracking code from random bytes the caller draws (crypto.getRandomValues in a browser,
 * crypto.randomFillSync on a server): the rules package stays free of platform APIs. Bytes that would
 * bias the alphabet are skipped (rejection sampling), so every code is equally likely; returns null if
 * too few bytes were usable — draw again.
 */
export function trackingCodeFromBytes(bytes: Uint8Array): string | null {
  let code = '';
  for (const byte of bytes) {
    if (byte >= acceptBelow) continue;
    code += trackingCodeAlphabet.charAt(byte % trackingCodeAlphabet.length);
    if (code.length === trackingCodeLength) return code;
  }
  return null;
}
