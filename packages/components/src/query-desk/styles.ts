import { css } from 'lit';

/**
 * `<sz-query-desk>`'s own styles, after the kit's widgetStyles (tokens and 长辈版 sizes, the shared states, form
 * fields, the title and caption row live there), deskListStyles and deskDueStyles (the list of openers, the
 * deadlines). Only private `--_*` variables from tokens.ts. The panel's styles come with its chunk (./panel-styles.ts).
 */
export const queryDeskStyles = css`
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
