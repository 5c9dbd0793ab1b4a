import { css } from 'lit';

/**
 * The 长辈版 controls (ElderControls' `.elder-controls`: the switch, text size and read-aloud buttons) as one row that
 * wraps on a phone instead of squeezing. For a widget whose caption row gives them no layout of its own; after
 * widgetStyles. Only private `--_*` variables.
 */
export const elderControlsStyles = css`
  .elder-controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1);
  }
`;
