import { css } from 'lit';

/** The styles of the desk's forms, adopted when their chunk loads. Only private `--_*` variables from tokens.ts. */
export const formStyles = css`
  .desk-form {
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    margin: var(--_space-2) 0;
    padding: var(--_space-3);
    background: var(--_surface);
  }
  .desk-form .form-title {
    font-weight: 600;
    font-size: var(--_size-md);
    margin: 0 0 var(--_space-2);
  }
  .milestone-input {
    display: grid;
    gap: 0 var(--_space-2);
    border-top: 1px solid var(--_border);
    padding-top: var(--_space-2);
  }
  @media (min-width: 40rem) {
    .milestone-input {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr) auto;
      align-items: end;
    }
  }
  .milestone-input input[type='text'],
  .desk-form textarea,
  .desk-form input[type='text'] {
    width: 100%;
  }
  .desk-form .field {
    margin-bottom: var(--_space-2);
  }
`;
