import { css } from 'lit';

/**
 * `<sz-mediation-desk>`'s own styles (the queue), after the kit's widgetStyles and deskListStyles (tokens and 长辈版
 * sizes, the shared states, form fields, the caption row, the list of full-width openers). The opened case's styles,
 * with the 调解协议书's print layout, load with it (panel-styles.ts). Only private `--_*` variables from tokens.ts.
 */
export const mediationDeskStyles = css`
  .intro,
  .summary {
    color: var(--_text-muted);
    font-size: var(--_size-sm);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-2);
  }
  .head,
  .due {
    font-weight: 600;
  }
  .overdue > .open {
    background: var(--_warning-surface);
  }
  .late::before {
    content: '⚠ ';
  }
  .meta {
    color: var(--_text-muted);
    font-size: var(--_size-sm);
  }
  .staff-only {
    margin: 0;
  }
`;
