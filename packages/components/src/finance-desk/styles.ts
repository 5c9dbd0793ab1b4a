import { css } from 'lit';

/** `<sz-finance-desk>`'s first-paint styles, after the kit's widgetStyles and deskListStyles. Only private `--_*` variables. */
export const financeDeskStyles = css`
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
