import type { DisclosureCategory, Locale } from '@shanzhi/rules';

/**
 * A category's name from the village's categories, which every list and item answer carries (the categories are data
 * a deployment changes without a release, so the widget keeps no copy of its own); the code until they have arrived.
 * Apart from format.ts, which only the detail views use: the list needs this at once, the finance formats not until
 * an item is opened.
 */
export function categoryLabel(code: string, categories: readonly DisclosureCategory[], locale: Locale): string {
  return categories.find((one) => one.code === code)?.label[locale] ?? code;
}
