import { formatMessage, isMessageCode, type Locale, type MessageParams } from '@shanzhi/rules';

/**
 * A rules-package message by its stable code: validation and refusal texts are reused, never rewritten. A separate
 * function (not a Localizer method) so that widgets which never show rule messages do not bundle the catalogue.
 */
export function ruleMessage(locale: Locale, code: string, params?: MessageParams): string {
  return isMessageCode(code) ? formatMessage(code, locale, params) : code;
}
