import { css } from 'lit';

/**
 * The styles of the desk's revocation and family-ties panels, adopted when either loads after the late parts' own
 * (late-styles.ts: their box and their lists).
 */
export const staffToolsStyles = css`
  .tool-list > li {
    border-top: 1px solid var(--_border);
    padding-top: var(--_space-2);
  }
  .tool-row {
    align-items: center;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    justify-content: space-between;
  }
  .revoked-mark {
    color: var(--_text-muted);
  }
  .confirm-box {
    background: var(--_warning-surface);
    border-radius: var(--_radius);
    margin: var(--_space-2) 0;
    padding: var(--_space-2);
  }
`;
