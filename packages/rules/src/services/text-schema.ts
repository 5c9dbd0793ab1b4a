import * as z from 'zod/mini';

/** A trimmed, non-empty string of at most `max` characters. */
export function plainText(max: number) {
  return z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
}

/**
 * Guide content in Chinese, with English where a portal has translated it. Chinese is required:
 * villagers read it first, and a guide with no Chinese text is not a guide.
 */
export const localizedTextSchema = z.strictObject({
  'zh-CN': plainText(2000),
  en: z.optional(plainText(2000)),
});
/** A value parsed by {@link localizedTextSchema}. */
export type LocalizedText = z.output<typeof localizedTextSchema>;

/** Text a rule shows to the applicant (a reason it failed): written in both languages up front. */
export const bilingualTextSchema = z.strictObject({
  'zh-CN': plainText(500),
  en: plainText(500),
});
/** A value parsed by {@link bilingualTextSchema}. */
export type BilingualText = z.output<typeof bilingualTextSchema>;

/** Codes are stable keys shared with other backends: ASCII letters and digits, starting with a letter. */
export const codeSchema = z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/));

/** Only http(s): a `javascript:` link in a guide would run in the portal that embeds it. */
export const webAddressSchema = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

/** A county's own code with its labels (a department, a life event): data a county extends, unlike the fixed lists. */
export const codeLabelSchema = z.strictObject({
  code: codeSchema,
  'zh-CN': plainText(40),
  en: plainText(80),
});
