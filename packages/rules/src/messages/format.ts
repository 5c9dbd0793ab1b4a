import { catalogue, type MessageCode } from './catalogue.js';
import { defaultLocale, type Locale } from './locale.js';
import { fillPlaceholders, type MessageParams } from './placeholders.js';

export type { MessageParams } from './placeholders.js';

/** Whether `code` is a code of the catalogue: for codes that arrive as data (a problem+json body, a stored issue). */
export function isMessageCode(code: unknown): code is MessageCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(catalogue, code);
}

/** Renders a coded message in the locale; `{name}` placeholders take params, unknown ones stay visible. */
export function formatMessage(code: MessageCode, locale: Locale = defaultLocale, params: MessageParams = {}): string {
  const entry: Readonly<Record<Locale, string>> = catalogue[code];
  return fillPlaceholders(entry[locale], params);
}
