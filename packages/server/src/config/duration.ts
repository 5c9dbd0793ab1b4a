/**
 * Durations as operators write them: `90d`, `12h`, `30m`, `45s`, `500ms`. A bare number is rejected on purpose —
 * "90" could be days, seconds or milliseconds, and guessing wrong on a key's expiry or a timeout is costly.
 */
const units: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Milliseconds, or `undefined` when the text is not `<positive integer><ms|s|m|h|d>`. */
export function parseDuration(text: string): number | undefined {
  const match = /^\s*(\d{1,9})\s*(ms|s|m|h|d)\s*$/i.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  const ms = Number(match[1]) * (units[match[2].toLowerCase()] ?? Number.NaN);
  return Number.isSafeInteger(ms) && ms > 0 ? ms : undefined;
}
