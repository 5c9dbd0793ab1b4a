import { css } from 'lit';

/**
 * The styles of the desk's late parts (the forms, an opened report, the rounds), adopted with them. Text inputs take
 * the whole width of a phone; on a narrow screen the send button sits just above the views' switch at the bottom of
 * the screen, in thumb reach, however long the form. Only private `--_*` variables.
 */
export const partStyles = css`
  form input[type='text'],
  form input[type='date'],
  form select,
  form textarea {
    width: 100%;
  }
  .form-title {
    font-size: var(--_size-md);
    margin: 0 0 var(--_space-2);
  }
  .notice {
    background: var(--_warning-surface);
    border-radius: var(--_radius);
    padding: var(--_space-2) var(--_space-3);
  }
  .position {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    margin-bottom: var(--_space-3);
  }
  .position p {
    margin: 0;
  }
  .send-bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    padding: var(--_space-2) 0;
    background: var(--_surface);
  }
  .send-bar .primary {
    flex: 1 1 12rem;
  }
  .form-problem {
    text-align: start;
    margin: var(--_space-2) 0;
  }
  .panel {
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    padding: var(--_space-3);
    margin-top: var(--_space-2);
  }
  .panel h3,
  .panel h4 {
    font-size: var(--_size-md);
    margin: var(--_space-3) 0 var(--_space-1);
  }
  /* One fact under another: a phone has no room for two columns. */
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0 0 var(--_space-2);
    overflow-wrap: anywhere;
  }
  .history {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .steps [aria-pressed='true'] {
    border: 2px solid var(--_primary);
    font-weight: 600;
  }
  .intake {
    border-top: 1px solid var(--_border);
    padding-top: var(--_space-2);
  }
  .household {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-2);
    background: var(--_surface);
  }
  .household.visited .household-state {
    color: var(--_positive);
  }
  .household.overdue {
    background: var(--_warning-surface);
  }
  .household.overdue .household-state::before {
    content: '⚠ ';
  }
  .household-state {
    font-weight: 600;
  }
  @media (max-width: 40em) {
    .send-bar {
      position: sticky;
      bottom: calc(var(--_target) + 2 * var(--_space-1) + 1px);
      z-index: 1;
    }
    .send-bar button {
      flex: 1 1 100%;
    }
  }
  /* The report form's household picker (the desk's list of thumb-sized rows): the village group after the name. */
  .household-options .muted {
    color: var(--_text-muted);
    margin-inline-start: auto;
  }
`;
