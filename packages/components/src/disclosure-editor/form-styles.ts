import { css } from 'lit';

/** The draft form's styles (its late chunk): blocks, pairs of date fields, findings and the confirmation. Only `--_*` variables. */
export const formStyles = css`
  .draft h3 {
    margin-top: 0;
  }
  .pair {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-3);
  }
  .fields input[type='text'],
  .fields select,
  .fields textarea {
    width: 100%;
  }
  .block-list {
    display: grid;
    gap: var(--_space-2);
    margin: var(--_space-2) 0;
    padding: 0;
    list-style: none;
  }
  .block-item {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-2);
    background: var(--_surface);
  }
  .block-head,
  .add-row,
  .block-tools {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-2);
    align-items: center;
  }
  .block-tools {
    margin-inline-start: auto;
  }
  .blocks.invalid .block-list {
    border-inline-start: 4px solid var(--_negative);
    padding-inline-start: var(--_space-2);
  }
  .kept ul {
    margin: 0 0 var(--_space-2);
    padding-inline-start: var(--_space-3);
  }
  .note {
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    padding: var(--_space-2);
    margin: var(--_space-2) 0;
  }
  .preview {
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-2);
  }
  .findings,
  .problem,
  .confirm {
    background: var(--_warning-surface);
    border-radius: var(--_radius);
    padding: var(--_space-2);
    margin: var(--_space-3) 0;
  }
  .findings.ok {
    background: var(--_surface-alt);
  }
  .findings h4 {
    margin: 0 0 var(--_space-1);
  }
  .findings:focus,
  .problem:focus {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .confirm {
    border: 2px solid var(--_primary);
  }
  .confirm button {
    margin-inline-end: var(--_space-2);
  }
  button.danger {
    background: var(--_negative);
    border-color: var(--_negative);
    color: var(--_on-primary);
  }
  button.link {
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    min-width: 0;
  }
  .muted {
    color: var(--_text-muted);
  }
`;
