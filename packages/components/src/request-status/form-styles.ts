import { css } from 'lit';

/** The order and rating forms' styles, adopted when their chunk arrives (late-styles.ts). Only private `--_*` variables. */
export const formStyles = css`
  .late-form {
    display: grid;
    gap: var(--_space-2);
    max-width: 40rem;
    margin-block: var(--_space-3);
    padding: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .late-form h3 {
    margin: 0;
  }
  .choices .check {
    cursor: pointer;
  }
  .late-form textarea,
  .late-form input[type='text'],
  .late-form input[type='tel'] {
    width: 100%;
  }
`;
