import { css } from 'lit';

/**
 * `<sz-query-desk>`'s own styles, after the kit's widgetStyles (tokens and 长辈版 sizes, the shared states, form
 * fields, the title and caption row live there). Only private `--_*` variables from tokens.ts. The panel's styles
 * come with its chunk (./panel-styles.ts).
 */
export const queryDeskStyles = css`
  .elder-controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1);
  }
  .list {
    display: grid;
    gap: var(--_space-2);
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .open {
    display: grid;
    gap: var(--_space-1);
    width: 100%;
    text-align: start;
  }
  .open[aria-expanded='true'] {
    border: 2px solid var(--_primary);
  }
  .due {
    font-weight: 600;
  }
  .overdue .open {
    background: var(--_warning-surface);
  }
  .overdue .due::before {
    content: '⚠ ';
  }
  .text {
    overflow: hidden;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
  }
  .meta,
  .answered .due {
    color: var(--_text-muted);
  }
  .staff-only {
    margin: 0;
  }
`;
