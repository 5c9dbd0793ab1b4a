import { css } from 'lit';

/**
 * `<sz-points-desk>`'s own styles, after the kit's widgetStyles (tokens and 长辈版 sizes, the shared states, form
 * fields, the title and caption row live there). Only private `--_*` variables from tokens.ts. On a phone the
 * household's record follows the queue; from 48rem on it stands beside it.
 */
export const pointsDeskStyles = css`
  .elder-controls,
  .actions,
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: center;
  }
  .tools {
    margin-bottom: var(--_space-2);
  }
  .queue-title {
    font-size: var(--_size-md);
    margin: var(--_space-3) 0 var(--_space-1);
  }
  .count,
  .meta,
  .selected-count {
    color: var(--_text-muted);
    font-weight: 400;
  }
  .desk {
    display: grid;
    gap: var(--_space-3);
  }
  @media (min-width: 48rem) {
    .desk {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
  }
  .queue {
    display: grid;
    gap: var(--_space-2);
    list-style: none;
    margin: 0 0 var(--_space-3);
    padding: 0;
  }
  .entry {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--_space-2);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-2);
  }
  .entry.current {
    border: 2px solid var(--_primary);
  }
  .entry input,
  .select-all input {
    width: var(--_target);
    height: var(--_target);
    margin: 0;
  }
  .select-all {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    margin-bottom: var(--_space-2);
  }
  .entry-main {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-2);
    align-items: center;
    min-height: var(--_target);
  }
  .meta {
    grid-column: 2;
    margin: 0;
    overflow-wrap: anywhere;
  }
  .points {
    font-weight: 700;
  }
  .negative {
    color: var(--_negative);
  }
  .recused {
    display: block;
    background: var(--_warning-surface);
    color: var(--_text);
    padding: var(--_space-1);
  }
  .history {
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    padding: var(--_space-2) var(--_space-3);
  }
  .history h4 {
    margin: 0 0 var(--_space-1);
  }
  .history-list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .history-list li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-2);
    border-top: 1px solid var(--_border);
    padding: var(--_space-1) 0;
  }
  .reject-form {
    margin-top: var(--_space-2);
  }
  .results {
    border-inline-start: 4px solid var(--_primary);
    margin: var(--_space-2) 0;
    padding-inline-start: var(--_space-2);
  }
  .refused-list li {
    color: var(--_negative);
  }
  .staff-only {
    background: var(--_warning-surface);
    border-radius: var(--_radius);
    padding: var(--_space-3);
  }
`;
