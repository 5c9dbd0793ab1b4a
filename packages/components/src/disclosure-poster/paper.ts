/** The sheets a poster prints on, portrait: A4 for an item, A3 for a month or a board read from a distance. */
export const paperSizes = ['A4', 'A3'] as const;
export type PaperSize = (typeof paperSizes)[number];

export function isPaperSize(value: unknown): value is PaperSize {
  return value === 'A4' || value === 'A3';
}
