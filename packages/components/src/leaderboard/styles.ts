import { css } from 'lit';

/**
 * Only private `--_*` variables (fed from the public tokens in tokens.ts) appear here. Row heights come from the
 * text and the target size — the virtualizer measures them — so WeChat's font setting and the 长辈版 text sizes
 * reflow the board instead of clipping it.
 */
export const leaderboardStyles = css`
  /* The title and the "as of" date share a text baseline. */
  .caption-row {
    align-items: baseline;
  }
  .as-of {
    color: var(--_text-muted);
    font-size: var(--_size-sm);
  }
  fieldset {
    margin: 0;
    min-width: 0;
  }
  legend,
  .field-label {
    font-size: var(--_size-sm);
    color: var(--_text-muted);
    margin-bottom: var(--_space-1);
    padding: 0;
  }
  .segments {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1);
  }
  .segments label {
    position: relative;
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
    padding: 0 var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-weight: 400;
    cursor: pointer;
  }
  .segments input {
    position: absolute;
    opacity: 0;
    inset: 0;
    width: auto;
    height: auto;
    margin: 0;
    cursor: pointer;
  }
  .segments label:has(input:checked),
  .segments label.checked {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }
  .segments label:focus-within {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .filters .search {
    flex: 1 1 12em;
    margin: 0;
  }

  [role='tablist'] {
    display: flex;
    gap: var(--_space-1);
    border-bottom: 2px solid var(--_border);
    margin-bottom: var(--_space-2);
  }
  [role='tab'] {
    border: 1px solid transparent;
    border-bottom: 0;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: transparent;
    margin-bottom: -2px;
  }
  [role='tab'][aria-selected='true'] {
    border-color: var(--_border);
    border-bottom: 3px solid var(--_primary);
    background: var(--_surface);
    font-weight: 600;
  }

  .more {
    padding: var(--_space-2) var(--_space-3);
    text-align: center;
    color: var(--_text-muted);
  }
  .notice {
    padding: var(--_space-3);
    border-radius: var(--_radius);
    background: var(--_warning-surface);
    color: var(--_text);
    margin: var(--_space-2) 0;
  }

  .elder-controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1);
    margin-inline-start: auto;
  }

  @media (forced-colors: active) {
    .segments label:has(input:checked),
    .segments label.checked,
    [role='tab'][aria-selected='true'] {
      border: 2px solid Highlight;
    }
  }
`;
