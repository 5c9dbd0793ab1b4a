import { defaultDisclosureCategories, type DisclosureCategory, type Locale } from '@shanzhi/rules';

/**
 * A category's name: from the village's categories, else the default ones, else its code. Apart from format.ts,
 * which only the detail views use: the list needs this at once, the finance formats not until an item is opened.
 */
export function categoryLabel(code: string, categories: readonly DisclosureCategory[], locale: Locale): string {
  const found = categories.find((one) => one.code === code) ?? defaultDisclosureCategories.find((one) => one.code === code);
  return found ? found.label[locale] : code;
}
