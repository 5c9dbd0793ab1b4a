/** The languages every message of shanzhi exists in. zh-CN is the default: villagers read Chinese first. */
export const locales = ['zh-CN', 'en'] as const;
/** One of {@link locales}: 'zh-CN' or 'en'. */
export type Locale = (typeof locales)[number];
/** The locale used when none is asked for: zh-CN, since villagers read Chinese first. */
export const defaultLocale: Locale = 'zh-CN';

/** Picks a supported locale from an Accept-Language header, a `lang` attribute or a user setting. */
export function resolveLocale(input: string | null | undefined): Locale {
  if (!input) return defaultLocale;
  for (const part of input.split(',')) {
    const tag = (part.split(';')[0] ?? '').trim().toLowerCase();
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return defaultLocale;
}
