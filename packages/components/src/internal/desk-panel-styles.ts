import { css } from 'lit';

/**
 * The box of a desk row's opened panel (`.panel`, below its opener in the list): tinted, with a primary bar on its
 * reading side, so the open row's details stand apart from the list. Each panel sets its own `gap`. Interpolated into
 * the panel's late styles (`css` nests it), which arrive with its chunk (late-styles.ts). Only private `--_*` variables.
 */
export const deskPanelBoxStyles = css`
  .panel {
    display: grid;
    margin-block-start: var(--_space-2);
    padding: var(--_space-3);
    border-inline-start: 4px solid var(--_primary);
    background: var(--_surface-alt);
  }
`;
