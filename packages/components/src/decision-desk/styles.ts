import { css } from 'lit';

/**
 * `<sz-decision-desk>`'s own styles (the list), after the kit's widgetStyles (tokens and 长辈版 sizes, the shared
 * states, form fields, the title and caption row live there). The open decision's styles load with it (panel-styles.ts).
 * Only private `--_*` variables from tokens.ts.
 */
export const decisionDeskStyles = css`
  .intro {
    color: var(--_text-muted);
    font-size: var(--_size-sm);
  }
  .section-title {
    font-size: var(--_size-md);
    margin: var(--_space-3) 0 var(--_space-2);
  }
  .count {
    color: var(--_text-muted);
    font-weight: 400;
  }
  .decisions {
    display: grid;
    gap: var(--_space-2);
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .decision {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-2);
    background: var(--_surface);
  }
  .decision-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
  }
  .decision-title {
    margin: 0;
    flex: 1 1 12rem;
    font-size: var(--_size-md);
  }
  .status {
    font-weight: 600;
  }
  .status.complete {
    color: var(--_positive);
  }
  .status.invalid,
  .concern {
    color: var(--_negative);
  }
  .meta {
    color: var(--_text-muted);
    font-size: var(--_size-sm);
    margin: var(--_space-1) 0 0;
  }
`;
