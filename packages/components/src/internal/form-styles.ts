import { css } from 'lit';

/**
 * The one set of form-field styles: labels, hints, errors and controls at the target size (44 px, 长辈版 larger
 * through `--_target`), with the invalid state shown by more than colour (a thicker border beside the message).
 * Only private `--_*` variables from tokens.ts.
 */
export const formFieldStyles = css`
  .field {
    margin-bottom: var(--_space-3);
  }
  .field-label,
  label,
  legend {
    display: block;
    font-weight: 600;
  }
  fieldset {
    border: 0;
    margin: 0 0 var(--_space-3);
    padding: 0;
  }
  .hint {
    color: var(--_text-muted);
    font-size: var(--_size-sm);
    margin: 0;
  }
  .field-error {
    color: var(--_negative);
    font-weight: 600;
    margin: var(--_space-1) 0;
  }
  .invalid input,
  .invalid select,
  .invalid textarea,
  [aria-invalid='true'] {
    border-color: var(--_negative);
    border-width: 2px;
  }
  input[type='search'],
  input[type='text'],
  input[type='tel'],
  input[type='number'],
  input[type='date'],
  select,
  textarea {
    font: inherit;
    min-height: var(--_target);
    box-sizing: border-box;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 var(--_space-2);
    background: var(--_surface);
    color: var(--_text);
    max-width: 100%;
  }
  textarea {
    min-height: 6em;
    padding: var(--_space-2);
  }
  .check {
    display: flex;
    gap: var(--_space-2);
    align-items: center;
    min-height: var(--_target);
    font-weight: 400;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.25em;
    height: 1.25em;
    flex: none;
  }
`;
