import type { Locale } from '../messages/locale.js';
import type { BilingualText, LocalizedText } from './text-schema.js';

export type { BilingualText, LocalizedText } from './text-schema.js';

/** The text in the locale, falling back to Chinese where no English was written. */
export function textIn(text: LocalizedText | BilingualText, locale: Locale): string {
  return locale === 'en' ? (text.en ?? text['zh-CN']) : text['zh-CN'];
}
