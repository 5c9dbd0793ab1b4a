import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { emptyState } from './states.js';

/** How a widget's keyed list is named and marked, and what stands in its place when it has no rows. */
export interface KeyedListOptions {
  /** What shows instead of the list when there are no rows (the empty state, a muted line). */
  readonly none: TemplateResult;
  readonly className: string;
  readonly part: string;
  /** The list's accessible name: the id of the heading above it, or words. */
  readonly labelledBy?: string;
  readonly label?: string;
  /** The id of a line that says more about the list (a count, a date). */
  readonly describedBy?: string;
  /** An ordered list (`<ol>`), where the order means something (newest first). */
  readonly ordered?: boolean;
}

/**
 * A widget's rows as one named list, or `none` when there are no rows. Rows are keyed, so a row changed in place (by
 * its panel, a new answer) keeps its DOM and the focus within it.
 */
export function keyedList<R>(
  rows: readonly R[],
  options: KeyedListOptions,
  key: (row: R) => string,
  renderRow: (row: R) => TemplateResult,
): TemplateResult {
  if (rows.length === 0) return options.none;
  const items = repeat(rows, key, renderRow);
  const { className, part } = options;
  const label = options.label ?? nothing;
  const labelledBy = options.labelledBy ?? nothing;
  const describedBy = options.describedBy ?? nothing;
  return options.ordered
    ? html`<ol class=${className} part=${part} aria-label=${label} aria-labelledby=${labelledBy} aria-describedby=${describedBy}>
        ${items}
      </ol>`
    : html`<ul class=${className} part=${part} aria-label=${label} aria-labelledby=${labelledBy} aria-describedby=${describedBy}>
        ${items}
      </ul>`;
}

/** A desk's rows as its labelled list (`part="list"`), or the empty state's words when there are none. */
export function rowList<R>(
  rows: readonly R[],
  words: { readonly empty: string; readonly label: string },
  key: (row: R) => string,
  renderRow: (row: R) => TemplateResult,
): TemplateResult {
  return keyedList(rows, { none: emptyState(words.empty), className: 'list', part: 'list', label: words.label }, key, renderRow);
}

/** The button that reads a desk's next page (cursor paging), while the server says there is one. */
export function moreButton(
  nextCursor: string | null,
  label: string,
  more: (cursor: string) => Promise<void>,
): TemplateResult | typeof nothing {
  if (!nextCursor) return nothing;
  return html`<button type="button" part="more" @click=${() => void more(nextCursor)}>${label}</button>`;
}
