import { css } from 'lit';

/**
 * The styles of the staff's list of attached files (internal/attachment-list.ts), adopted with the part that renders
 * it after the file field's (its list, rows and states look the same: attachment-field-styles.ts). Every button and
 * link has the kit's target size (larger in 长辈版 through `--_target`). Only private `--_*` variables.
 */
export const attachmentListStyles = css`
  .att-caption {
    margin: 0;
    color: var(--_text-muted);
    font-size: var(--_size-sm);
  }
  .att-thumb {
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: zoom-in;
  }
  .att-thumb img {
    display: block;
    width: calc(var(--_target) * 1.5);
    height: calc(var(--_target) * 1.5);
    object-fit: cover;
    border-radius: var(--_radius);
  }
  .att-save {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
    color: var(--_primary);
  }
  .att-dialog {
    max-width: min(90vw, 60rem);
    max-height: 90vh;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-2);
    background: var(--_surface);
    color: var(--_text);
  }
  .att-dialog::backdrop {
    background: rgb(0 0 0 / 60%);
  }
  .att-dialog-bar {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: var(--_space-2);
  }
  .att-dialog img {
    display: block;
    max-width: 100%;
    max-height: 75vh;
    margin-top: var(--_space-2);
  }
`;
