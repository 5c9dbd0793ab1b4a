import { css } from 'lit';

/**
 * `<sz-request-status>`'s own styles, after the kit's widgetStyles (tokens and 长辈版 sizes, the shared states, form
 * fields, the title and caption row live there). Only private `--_*` variables from tokens.ts. The forms' styles come
 * with their chunk (./form-styles.ts).
 */
export const requestStatusStyles = css`
  .intro {
    margin-bottom: var(--_space-2);
  }
  .lookup input {
    width: 100%;
    max-width: 24rem;
  }
  .receipt {
    padding: var(--_space-3);
    margin-block: var(--_space-3);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .receipt h3,
  .status h3,
  .status h4 {
    margin: var(--_space-2) 0 var(--_space-1);
  }
  .code {
    font-family: ui-monospace, monospace;
    font-size: var(--_size-lg);
    font-weight: 600;
    letter-spacing: 0.05em;
  }
  dd {
    margin: 0 0 var(--_space-2);
  }
  .steps {
    display: grid;
    gap: var(--_space-1);
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .steps .step-name {
    font-weight: 600;
  }
  .steps .next {
    font-weight: 600;
  }
  .steps .next::marker {
    color: var(--_primary);
  }
  .steps .later,
  .muted {
    color: var(--_text-muted);
  }
  .quoted {
    white-space: pre-wrap;
  }
`;
