import {
  defaultDisclosureCategories,
  defaultFinanceClassifications,
  fenToYuanString,
  type DisclosureCategory,
  type Locale,
} from '@shanzhi/rules';

/** Yuan from integer fen, exact, with thousands separators for reading ("12,345.60"); the sign stays in front. */
export function yuan(fen: number): string {
  const exact = fenToYuanString(fen);
  const negative = exact.startsWith('-');
  const [whole = '0', cents = '00'] = (negative ? exact.slice(1) : exact).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}.${cents}`;
}

export function categoryLabel(code: string, categories: readonly DisclosureCategory[], locale: Locale): string {
  const found = categories.find((one) => one.code === code) ?? defaultDisclosureCategories.find((one) => one.code === code);
  return found ? found.label[locale] : code;
}

export function classificationLabel(code: string, locale: Locale): string {
  return defaultFinanceClassifications.find((one) => one.code === code)?.label[locale] ?? code;
}

export function fileSize(bytes: number): { readonly unit: 'kb' | 'mb'; readonly value: string } {
  if (bytes < 1024 * 1024) return { unit: 'kb', value: Math.max(1, Math.round(bytes / 1024)).toString() };
  return { unit: 'mb', value: (bytes / (1024 * 1024)).toFixed(1) };
}

/** The short type a villager recognises: PDF, JPG, XLSX … from the file name's extension. */
export function fileType(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toUpperCase();
}
