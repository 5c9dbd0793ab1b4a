import { css } from 'lit';

/**
 * Only private `--_*` variables from tokens.ts. Calm, one column, large targets; print keeps the receipt only. Fields,
 * buttons and focus rings come from the kit (form-styles.ts, tokens.ts); this adds the layout.
 */
export const mediationStyles = css`
  h2 {
    font-size: var(--_size-lg);
    margin: 0 0 var(--_space-2);
  }
  h3 {
    font-size: var(--_size-md);
    margin: var(--_space-3) 0 var(--_space-2);
  }
  ol.progress {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    list-style: none;
    margin: 0 0 var(--_space-3);
    padding: 0;
    font-size: var(--_size-sm);
    color: var(--_text-muted);
  }
  ol.progress [aria-current='step'] {
    color: var(--_text);
    font-weight: 600;
    text-decoration: underline;
  }
  .muted {
    color: var(--_text-muted);
    font-size: var(--_size-sm);
    margin: 0;
  }
  input[type='text'],
  input[type='tel'],
  select,
  textarea {
    width: 100%;
    max-width: 32em;
  }
  button.link {
    border: 0;
    background: none;
    color: var(--_primary);
    text-decoration: underline;
    padding: 0;
  }
  /* The summary takes focus after a failed step (tokens.ts draws the ring of every other focus). */
  .summary:focus {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .summary {
    border: 3px solid var(--_negative);
    padding: var(--_space-3);
    margin-bottom: var(--_space-3);
  }
  .summary a {
    color: var(--_negative);
    font-weight: 600;
  }
  .notice,
  .urgent,
  .box {
    padding: var(--_space-3);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    margin: var(--_space-3) 0;
  }
  .urgent {
    background: var(--_warning-surface);
    border: 3px solid var(--_negative);
  }
  .emergency {
    font-size: var(--_size-xl);
    font-weight: 700;
  }
  .respondent {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-3);
    margin-bottom: var(--_space-3);
  }
  ul.files,
  ul.plain,
  ol.history {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .files img {
    display: block;
    max-width: 8em;
    max-height: 8em;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: var(--_space-1) var(--_space-3);
    margin: 0;
  }
  dt {
    color: var(--_text-muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .code {
    font-size: var(--_size-lg);
    font-weight: 700;
    letter-spacing: 0.05em;
  }
  @media print {
    .no-print {
      display: none;
    }
  }
`;
