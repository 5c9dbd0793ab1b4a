import { css } from 'lit';

/**
 * The file field's styles (internal/attachment-field.ts), adopted with the part that renders it. The picker's button
 * and every per-file button have the kit's target size (44 px, larger in 长辈版 through `--_target`); a failed file is
 * marked by its words and a thicker border, not by colour alone. Only private `--_*` variables.
 */
export const attachmentFieldStyles = css`
  .files-input {
    display: block;
    max-width: 100%;
    min-height: var(--_target);
    font: inherit;
    color: var(--_text);
  }
  .files-input::file-selector-button {
    font: inherit;
    min-height: var(--_target);
    padding: 0 var(--_space-3);
    margin-inline-end: var(--_space-2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  .file-list {
    display: grid;
    gap: var(--_space-2);
    list-style: none;
    margin: var(--_space-2) 0 0;
    padding: 0;
  }
  .file {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-1) var(--_space-2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-1) var(--_space-2);
  }
  .file.failed {
    border-color: var(--_negative);
    border-width: 2px;
  }
  .file img {
    width: var(--_target);
    height: var(--_target);
    object-fit: cover;
    border-radius: var(--_radius);
  }
  .file-name {
    flex: 1 1 10rem;
    overflow-wrap: anywhere;
  }
  .file-state,
  .file-size {
    color: var(--_text-muted);
    font-size: var(--_size-sm);
  }
  .file.failed .file-state {
    color: var(--_negative);
    font-weight: 600;
  }
`;
