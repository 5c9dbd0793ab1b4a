import { defaultFinanceClassifications, fenToYuanString, type Locale } from '@shanzhi/rules';

/** Yuan from integer fen, exact, with thousands separators for reading ("12,345.60"); the sign stays in front. */
export function yuan(fen: number): string {
  const exact = fenToYuanString(fen);
  const negative = exact.startsWith('-');
  const [whole = '0', cents = '00'] = (negative ? exact.slice(1) : exact).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}.${cents}`;
}

export function classificationLabel(code: string, locale: Locale): string {
  return defaultFinanceClassifications.find((one) => one.code === code)?.label[locale] ?? code;
}
