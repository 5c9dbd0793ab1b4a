import { css } from 'lit';

/** Only private `--_*` variables from tokens.ts. The kiosk display enlarges targets; print keeps the checklist only. */
export const catalogueStyles = css`
  /* The filter bar (filterBarStyles) sits closer to the results here; the caption row and actions align like it. */
  .filters {
    margin-bottom: var(--_space-2);
  }
  .caption-row,
  .actions {
    align-items: flex-end;
  }
  .actions {
    justify-content: space-between;
    margin-top: 0;
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  ul.results {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .results li {
    border-bottom: 1px solid var(--_border);
  }
  .result {
    display: block;
    width: 100%;
    text-align: start;
    min-height: var(--_target);
    padding: var(--_space-2) var(--_space-3);
    background: var(--_surface);
    color: var(--_text);
    border: 0;
    font: inherit;
    cursor: pointer;
  }
  .result:hover {
    background: var(--_surface-alt);
  }
  .result .name {
    font-weight: 600;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    color: var(--_text-muted);
    font-size: var(--_size-sm);
  }
  .badge {
    color: var(--_primary);
    font-weight: 600;
  }
  .suggestions button,
  .chip {
    margin: var(--_space-1);
  }
  section {
    margin: var(--_space-3) 0;
  }
  h2 {
    font-size: var(--_size-lg);
    margin: 0 0 var(--_space-2);
  }
  h3 {
    font-size: var(--_size-md);
    margin: 0 0 var(--_space-2);
  }
  ol.materials,
  ul.plain {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .materials li {
    margin-bottom: var(--_space-2);
  }
  .muted {
    color: var(--_text-muted);
    font-size: var(--_size-sm);
  }
  .due {
    font-weight: 600;
  }
  .outcome {
    padding: var(--_space-3);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .outcome.eligible {
    border-inline-start: 4px solid var(--_positive);
  }
  .outcome.notEligible {
    border-inline-start: 4px solid var(--_negative);
  }
  .outcome.needMoreInfo {
    border-inline-start: 4px solid var(--_accent);
  }
  /* A question with choices is framed (formFieldStyles leaves fieldsets bare). */
  fieldset.question {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 var(--_space-2);
    padding: var(--_space-2);
  }
  ol.steps {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    list-style: none;
    padding: 0;
  }
  .steps li {
    padding: var(--_space-1) var(--_space-2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .steps li.done {
    background: var(--_surface-alt);
  }
  .steps li[aria-current='step'] {
    border-color: var(--_primary);
    font-weight: 600;
  }
  a {
    color: var(--_primary);
  }
  :host([display='kiosk']) {
    font-size: var(--_size-lg);
  }
  :host([display='kiosk']) .result,
  :host([display='kiosk']) button {
    min-height: calc(var(--_target) * 1.4);
  }
  @media print {
    .no-print,
    .search,
    .elder-controls {
      display: none;
    }
  }
`;
