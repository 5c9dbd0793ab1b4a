import { css } from 'lit';

/** The styles of the desk's revocation and family-ties panels, adopted when either loads (with the late parts' own). */
export const staffToolsStyles = css`
  .revoke-panel,
  .family-ties {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: var(--_space-3) 0;
    padding: var(--_space-3);
  }
  .tool-list {
    display: grid;
    gap: var(--_space-2);
    list-style: none;
    margin: 0 0 var(--_space-3);
    padding: 0;
  }
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
