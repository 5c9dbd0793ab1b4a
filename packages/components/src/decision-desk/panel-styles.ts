import { css } from 'lit';

/**
 * The styles of the open decision and its forms, adopted when their chunk loads. Only private `--_*` variables from
 * tokens.ts. Validity is shown by words and a mark (✓ ✗), never by colour alone.
 */
export const panelStyles = css`
  .panel {
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    margin: var(--_space-2) 0;
    padding: var(--_space-3);
    background: var(--_surface);
  }
  .panel-heading {
    margin: 0 0 var(--_space-2);
    color: var(--_text-muted);
  }
  .timeline {
    list-style: none;
    margin: 0 0 var(--_space-3);
    padding: 0;
    display: grid;
    gap: var(--_space-2);
  }
  .step {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: var(--_space-2);
  }
  .step.done {
    border-inline-start-color: var(--_positive);
  }
  .step.invalid {
    border-inline-start-color: var(--_negative);
  }
  .step p {
    margin: var(--_space-1) 0;
  }
  .step-head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    font-weight: 600;
  }
  .step.pending .step-head {
    color: var(--_text-muted);
    font-weight: 400;
  }
  .valid {
    color: var(--_positive);
    font-weight: 600;
  }
  .invalid-note,
  .findings,
  .blocked {
    color: var(--_negative);
    font-weight: 600;
  }
  .attempts {
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    padding: var(--_space-1) var(--_space-2);
  }
  .attempts summary {
    cursor: pointer;
    min-height: var(--_target);
    display: flex;
    align-items: center;
  }
  .observation.concern {
    font-weight: 600;
  }
  .muted {
    color: var(--_text-muted);
    font-size: var(--_size-sm);
  }
  .desk-form {
    border-top: 1px solid var(--_border);
    margin-top: var(--_space-2);
    padding-top: var(--_space-2);
  }
  .desk-form .form-title {
    font-weight: 600;
    margin: 0 0 var(--_space-2);
  }
  .desk-form textarea,
  .desk-form input[type='text'] {
    width: 100%;
  }
  .counts {
    display: grid;
    gap: 0 var(--_space-2);
    grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
  }
  .counts input {
    width: 100%;
  }
  .check {
    border-radius: var(--_radius);
    padding: 0 var(--_space-2);
    margin: var(--_space-2) 0;
  }
  .check.ok {
    border: 2px solid var(--_positive);
  }
  .check.invalid,
  .check.refused {
    border: 2px solid var(--_negative);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
`;
