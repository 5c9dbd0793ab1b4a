import { fillPlaceholders, type Locale, type MessageParams, type MessageTable, type RuleIssue } from '@shanzhi/rules';

/**
 * Rule messages by code from the given rules tables only (e.g. `identityMessages, mediationMessages`): the shared
 * `ruleMessage` reads the whole catalogue, every module's words in both languages, which one widget never shows.
 * An unknown code is shown as is, as `ruleMessage` does, so a missing table shows up in review.
 */
export function ruleTextFrom(...tables: readonly MessageTable[]) {
  const text = (locale: Locale, code: string, params: MessageParams = {}): string => {
    const entry = tables.find((table) => Object.prototype.hasOwnProperty.call(table, code))?.[code];
    return entry ? fillPlaceholders(entry[locale], params) : code;
  };
  /** `localizeIssues` of the rules package, from these tables. */
  const issues = (found: readonly RuleIssue[], locale: Locale) =>
    found.map((one) => ({ ...one, message: text(locale, one.code, one.params) }));
  return { text, issues };
}
