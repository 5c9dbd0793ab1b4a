import { css } from 'lit';

/**
 * `<sz-request-status>`'s own styles, after the kit's widgetStyles (tokens and 长辈版 sizes, the shared states, form
 * fields, the title and caption row live there). Only private `--_*` variables from tokens.ts.
 */
export const requestStatusStyles = css`
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
  .list button {
    width: 100%;
    text-align: start;
  }
  .list button[aria-current='true'] {
    border: 2px solid var(--_primary);
    font-weight: 600;
  }
`;
