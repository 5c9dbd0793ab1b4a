import { css, type CSSResult } from 'lit';
import type { PaperSize } from './paper.js';

/*
 * Printing from inside a shadow root. `@page` (the paper size) only works in the document's own style sheets, and a
 * component cannot style the page around it with its own; so while it prints, the poster adopts two constructable
 * style sheets into `document.adoptedStyleSheets`: the paper (`@page`, A4 or A3 portrait), and a print-only rule
 * that hides everything of the page but this element (`visibility`, which the element's shadow content inherits
 * back). Both are constants — no style text is ever built from data — and both go again on `afterprint`.
 *
 * How far that reaches (docs: usage-disclosure-poster): the page's own chrome is hidden, but it keeps its place in
 * the flow, so the poster is lifted to the top left of the first sheet; a page whose own print styles use
 * `!important` visibility, or a browser without constructable style sheets (Safari before 16.4), prints the page as it
 * is, poster included, with the browser's paper size.
 */

/** Margins as printed notice boards have them: room for drawing pins, a little more on the larger sheet. */
const pages: Readonly<Record<PaperSize, CSSResult>> = {
  A4: css`
    @page {
      size: A4 portrait;
      margin: 12mm;
    }
  `,
  A3: css`
    @page {
      size: A3 portrait;
      margin: 16mm;
    }
  `,
};

/** The attribute that marks the element being printed (the only one the rule below leaves visible). */
export const printingAttribute = 'data-sz-poster-printing';

const isolate = css`
  @media print {
    body * {
      visibility: hidden !important;
    }
    [data-sz-poster-printing] {
      visibility: visible !important;
      position: absolute !important;
      inset-block-start: 0 !important;
      inset-inline-start: 0 !important;
      inline-size: 100% !important;
      margin: 0 !important;
    }
  }
`;

function sheetsOf(paper: PaperSize, whole: boolean): CSSStyleSheet[] {
  return [pages[paper], ...(whole ? [isolate] : [])].map((one) => one.styleSheet).filter((sheet) => sheet !== undefined);
}

/** The sheets the poster added to the document, so that only they are taken away. */
let adopted: CSSStyleSheet[] = [];

/** Adds the paper size and, with `whole`, the rule that hides the rest of the page (see above). */
export function adoptPrintSheets(paper: PaperSize, whole: boolean): void {
  releasePrintSheets();
  adopted = sheetsOf(paper, whole).filter((sheet) => !document.adoptedStyleSheets.includes(sheet));
  if (adopted.length > 0) document.adoptedStyleSheets = [...document.adoptedStyleSheets, ...adopted];
}

/** Takes away what `adoptPrintSheets` added, and nothing the page adopted itself. */
export function releasePrintSheets(): void {
  if (adopted.length === 0) return;
  const mine = new Set(adopted);
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => !mine.has(sheet));
  adopted = [];
}

/** Whether the document holds the poster's sheet for `paper` (tests, and the element's own checks). */
export function printSheetAdopted(paper: PaperSize): boolean {
  const sheet = pages[paper].styleSheet;
  return sheet !== undefined && document.adoptedStyleSheets.includes(sheet);
}
