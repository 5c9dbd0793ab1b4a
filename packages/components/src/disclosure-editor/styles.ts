import { css } from 'lit';

/**
 * `<sz-disclosure-editor>`'s first-screen styles, after the kit's widgetStyles (tokens, buttons, the shared states,
 * form fields, the title and caption row live there). The form's are in ./form-styles.ts (its late chunk). Only
 * private `--_*` variables from tokens.ts.
 */
export const disclosureEditorStyles = css`
  h3 {
    font-size: var(--_size-md);
    margin: var(--_space-3) 0 var(--_space-1);
  }
  .count {
    color: var(--_text-muted);
    font-size: var(--_size-sm);
    font-weight: 400;
  }
  .rows {
    display: grid;
    gap: var(--_space-2);
    list-style: none;
    margin: var(--_space-2) 0 0;
    padding: 0;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    align-items: center;
    padding: var(--_space-2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /* Overdue is said in words too (the badge), never by colour alone. */
  .row.overdue {
    border-inline-start: 4px solid var(--_negative);
  }
  .row-main {
    display: grid;
    flex: 1 1 14em;
  }
  .row-meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-2);
    color: var(--_text-muted);
    font-size: var(--_size-sm);
  }
  .badge {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 var(--_space-1);
    color: var(--_text);
  }
  .badge.overdue {
    border-color: var(--_negative);
    color: var(--_negative);
    font-weight: 600;
  }
  .badge.met {
    border-color: var(--_positive);
    color: var(--_positive);
  }
  /* The supervisor's line: said in words, framed like the other notices. */
  .read-only {
    margin: 0;
    padding: var(--_space-2);
    border-inline-start: 4px solid var(--_border);
    background: var(--_surface);
  }
`;
