import { css } from 'lit';

/**
 * `<sz-request-desk>`'s own styles, after the kit's widgetStyles, elderControlsStyles, deskListStyles, deskDueStyles and
 * filterBarStyles. Only private `--_*` variables from tokens.ts. The panel's styles come with its chunk (./panel-styles.ts).
 */
export const requestDeskStyles = css`
  .meta,
  .muted,
  .closed .due {
    color: var(--_text-muted);
  }
  .ratings {
    margin-block-start: var(--_space-3);
  }
  .ratings table {
    border-collapse: collapse;
    width: 100%;
  }
  .ratings th,
  .ratings td {
    text-align: start;
    padding: var(--_space-1) var(--_space-2);
    border-bottom: 1px solid var(--_border);
  }
`;
