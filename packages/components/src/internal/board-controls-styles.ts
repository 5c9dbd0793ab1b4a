import { css } from 'lit';

/**
 * The row of a board's pause and page buttons (class `board-controls`), wrapping on a narrow screen; each widget
 * sets the space around it. A module of its own: a board that draws these controls in a later chunk (the
 * disclosure board's views) keeps the rules out of its first download.
 */
export const boardControlsStyles = css`
  .board-controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: center;
  }
  .board-controls p {
    margin: 0;
  }
`;
