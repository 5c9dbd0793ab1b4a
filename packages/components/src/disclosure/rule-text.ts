import { disclosureMessages, type Locale, type MessageParams } from '@shanzhi/rules';

/**
 * A disclosure rule's message by its stable code, from the disclosure table only: the shared `ruleMessage`
 * would bundle every module's catalogue (mediation, services …), which this widget never shows.
 */
export function ruleText(locale: Locale, code: string, params: MessageParams = {}): string {
  const entry = (disclosureMessages as Readonly<Record<string, Readonly<Record<Locale, string>> | undefined>>)[code];
  if (!entry) return code;
  return entry[locale].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
