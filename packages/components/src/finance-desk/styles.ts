import { css } from 'lit';

/** `<sz-finance-desk>`'s first-paint styles (the list), after the kit's widgetStyles. Only private `--_*` variables. */
export const financeDeskStyles = css`
  .list {
    display: grid;
    gap: var(--_space-2);
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .open {
    width: 100%;
    text-align: start;
    display: grid;
    gap: var(--_space-1);
  }
  .open[aria-expanded='true'] {
    border: 2px solid var(--_primary);
  }
  .month {
    font-weight: 600;
  }
  .alarm {
    background: var(--_warning-surface);
    padding: 0 var(--_space-1);
    border-radius: var(--_radius);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-block: var(--_space-2);
  }
`;
