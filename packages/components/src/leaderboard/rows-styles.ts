import { css } from 'lit';

/**
 * The table's rules, adopted when the rows' chunk arrives (rows.ts), after the board's own. Row heights come from the
 * text and the target size — the virtualizer measures them — so WeChat's font setting and the 长辈版 text sizes reflow
 * the board instead of clipping it.
 */
export const rowsStyles = css`
  .table {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .row {
    display: grid;
    /* The cells fill the columns in their order: rank, name, points, stars, movement. */
    grid-template-columns: 4em minmax(0, 1fr) 5em 6em 4em;
    align-items: center;
    column-gap: var(--_space-3);
    box-sizing: border-box;
    width: 100%;
    min-height: var(--_target);
    padding: var(--_space-1) var(--_space-3);
    border-bottom: 1px solid var(--_border);
    font-size: var(--_size-md);
  }
  .no-movement .row {
    grid-template-columns: 4em minmax(0, 1fr) 5em 6em;
  }
  /* Column widths are in em of the row, so header cells change their own size, never the row's. */
  .header [role='columnheader'] {
    font-size: var(--_size-sm);
    font-weight: 600;
    color: var(--_text-muted);
  }
  .header {
    background: var(--_surface-alt);
    /* Same gutter as the scrolling body, so header and cells line up. */
    overflow: hidden;
    scrollbar-gutter: stable;
  }
  .body {
    position: relative;
    height: min(65vh, 36em);
    overflow: auto;
    scrollbar-gutter: stable;
    overscroll-behavior: contain;
  }
  .body .row {
    cursor: pointer;
    background: var(--_surface);
  }
  .body .row:hover {
    background: var(--_surface-alt);
  }
  .body .row:focus-visible {
    outline-offset: -3px;
  }
  .num,
  [part~='points'] {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .num-center {
    text-align: center;
  }
  [part~='rank'] {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  [part~='name'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-2);
    align-items: center;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .number {
    color: var(--_text-muted);
    font-size: var(--_size-sm);
    white-space: nowrap;
  }
  .badge {
    display: inline-block;
    padding: 0 var(--_space-1);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: var(--_size-sm);
    line-height: var(--_line);
  }
  /* The honour list has its own colour: a portal whose brand is blue still shows 红榜 in red. */
  .badge.red {
    color: var(--_red-list);
  }
  .badge.black {
    color: var(--_text);
  }
  [part~='stars'] {
    color: var(--_text);
    white-space: nowrap;
    letter-spacing: -0.05em;
  }
  .star-off {
    color: var(--_border);
  }
  [part~='movement'] {
    text-align: center;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  [part~='movement'].up {
    color: var(--_positive);
  }
  [part~='movement'].down {
    color: var(--_negative);
  }
  [part~='movement'].new {
    color: var(--_accent);
    font-weight: 600;
  }
  :host([display='board']) .row {
    font-size: var(--_size-xl);
    min-height: calc(var(--_target) * 1.5);
  }
  :host([display='board']) .number,
  :host([display='board']) .badge,
  :host([display='board']) .body [part~='stars'] {
    font-size: 0.7em;
  }
  :host([display='board']) .header [role='columnheader'] {
    font-size: var(--_size-lg);
  }
  :host([display='board']) .body {
    height: min(75vh, 60em);
  }

  :host([data-sz-elder]) .row {
    padding-block: var(--_space-2);
  }
  :host([data-sz-elder]) .header [role='columnheader'] {
    font-size: var(--_size-md);
  }

  /*
   * A narrow widget (a phone, a portal's side column): three columns, the rank over two lines, stars under the name,
   * movement under the points (the cells' own order fills them), and the household number on a line of its own, so
   * nothing overlaps at 390 px in 长辈版 either. The stars header is hidden there, so the movement header names its column.
   */
  :host([data-sz-narrow]) .row {
    column-gap: var(--_space-2);
    grid-template-columns: 3.25em minmax(0, 1fr) 4.5em;
  }
  :host([data-sz-narrow]) [part~='rank'],
  :host([data-sz-narrow]) [data-col='rank'] {
    grid-row: span 2;
  }
  :host([data-sz-narrow]) [data-col='movement'] {
    grid-column: 3;
  }
  :host([data-sz-narrow]) .number {
    order: 1;
    flex-basis: 100%;
    white-space: normal;
  }
  /* …and the rows are part of the page: it scrolls, not a box inside it (the village-TV board keeps its box). */
  :host([data-sz-narrow]:not([display='board'])) .body {
    height: auto;
    overflow: visible;
  }
  :host([data-sz-narrow]:not([display='board'])) .header {
    scrollbar-gutter: auto;
  }
  :host([data-sz-narrow]) .body [part~='stars'] {
    font-size: var(--_size-sm);
  }
  :host([data-sz-elder]) .star-off {
    color: var(--_text-muted);
  }
`;
