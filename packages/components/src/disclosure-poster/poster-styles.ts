import { css } from 'lit';

/**
 * The poster's layout, on screen as a preview of the sheet and on paper as the sheet itself (the poster's chunk).
 * Black on white with large type: a notice board is read standing, often by older villagers (MIIT elderly spec).
 */
export const posterStyles = css`
  .sheet {
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    padding: var(--_space-4);
    margin-inline: auto;
    max-inline-size: 210mm;
    line-height: 1.6;
  }
  .sheet.a3 {
    max-inline-size: 297mm;
    font-size: 1.25em;
  }
  .sheet-head {
    text-align: center;
    border-block-end: 3px double var(--_text);
    margin-block-end: var(--_space-3);
  }
  .board-name {
    font-size: var(--_size-xl);
    font-weight: 700;
    letter-spacing: 0.1em;
    margin: 0;
  }
  .sheet-subtitle {
    margin: var(--_space-1) 0 var(--_space-2);
  }
  .poster-item + .poster-item {
    border-block-start: 2px solid var(--_text);
    margin-block-start: var(--_space-4);
    padding-block-start: var(--_space-3);
  }
  .item-head {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: var(--_space-3);
    align-items: start;
  }
  .item-title {
    font-size: var(--_size-xl);
    margin: var(--_space-1) 0;
    break-after: avoid;
  }
  .item-meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    margin: 0;
  }
  .poster-category {
    font-weight: 600;
    margin: 0;
  }
  .qr {
    inline-size: 34mm;
    margin: 0;
    text-align: center;
    font-size: var(--_size-sm);
  }
  .a3 .qr {
    inline-size: 46mm;
  }
  .qr-code {
    display: block;
    inline-size: 100%;
    block-size: auto;
  }
  .qr-url {
    overflow-wrap: anywhere;
  }
  .sheet-foot {
    margin-block-start: var(--_space-4);
    font-size: var(--_size-sm);
    border-block-start: 1px solid var(--_border);
  }
  @media print {
    .sheet {
      border: none;
      padding: 0;
      max-inline-size: none;
      color: #000;
      background: #fff;
    }
    .table-wrap {
      overflow: visible;
    }
  }
`;
