import { css } from 'lit';

/**
 * A staff desk's list of rows, each a full-width opener button (`.open`, see DeskPanels) whose open state shows as a
 * primary border, not colour alone: after widgetStyles, before the desk's own styles. Only private `--_*` variables.
 */
export const deskListStyles = css`
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
`;

/**
 * A row's deadline in words (`.due`, bold) and an overdue row (`.overdue`) flagged by a ⚠ before its words as well as
 * the warning surface, never by colour alone (WCAG 1.4.1). For desks whose rows wait for an answer by a date.
 */
export const deskDueStyles = css`
  .due {
    font-weight: 600;
  }
  .overdue .open {
    background: var(--_warning-surface);
  }
  .overdue .due::before {
    content: '⚠ ';
  }
`;
