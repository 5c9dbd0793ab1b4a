import { css } from 'lit';

/**
 * The request panel's own styles, adopted when its chunk arrives (late-styles.ts), after the desk panel's shared look
 * (the query desk's panel styles: the panel box, the facts list, quoted text, forms). Only private `--_*` variables.
 */
export const panelStyles = css`
  .steps {
    display: grid;
    gap: var(--_space-2);
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .steps li {
    display: grid;
    gap: var(--_space-1);
  }
  .steps .next {
    font-weight: 600;
  }
  .steps .later,
  .muted {
    color: var(--_text-muted);
  }
  .notes {
    display: grid;
    gap: var(--_space-1);
    list-style: none;
    margin: 0;
    padding: 0;
  }
`;
