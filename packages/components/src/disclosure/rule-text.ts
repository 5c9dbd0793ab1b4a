import { disclosureMessages, fillPlaceholders, type Locale, type MessageParams } from '@shanzhi/rules';

/**
 * A disclosure rule's message by its stable code, from the disclosure table only: the shared `ruleMessage`
 * would bundle every module's catalogue (mediation, services …), which this widget never shows.
 */
export function ruleText(locale: Locale, code: string, params: MessageParams = {}): string {
  const entry = (disclosureMessages as Readonly<Record<string, Readonly<Record<Locale, string>> | undefined>>)[code];
  if (!entry) return code;
  return fillPlaceholders(entry[locale], params);
}
