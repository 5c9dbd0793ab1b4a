import { css } from 'lit';
import { deskPanelBoxStyles } from '../internal/desk-panel-styles.js';

/** The query panel's styles, adopted when its chunk arrives (late-styles.ts). Only private `--_*` variables. */
export const panelStyles = css`
  ${deskPanelBoxStyles}
  .panel {
    gap: var(--_space-3);
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_space-1) var(--_space-3);
    margin: 0;
  }
  .facts dd {
    margin: 0;
  }
  .quoted {
    white-space: pre-wrap;
  }
  form {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    max-width: 40rem;
  }
  h3 {
    margin: 0;
  }
  .hint {
    margin: 0;
    color: var(--_text-muted);
  }
  .preview {
    padding: var(--_space-2) var(--_space-3);
    border: 1px dashed var(--_border);
    background: var(--_surface);
  }
  .preview dt {
    font-weight: 600;
  }
  .preview dd {
    margin: 0;
    white-space: pre-wrap;
  }
  .published {
    margin: 0;
    font-weight: 600;
  }
`;
