import { css } from 'lit';

/**
 * `<sz-grid-desk>`'s own styles, after the kit's widgetStyles (tokens and 长辈版 sizes, the shared states, form
 * fields, the title and caption row live there) and the desks' list (deskListStyles). Only private `--_*` variables from tokens.ts.
 *
 * Made for a phone held in one hand in the field: every target is at least 48 px (the kit's 44 px is for a desk;
 * 长辈版 keeps its 60 px), and on a narrow screen the three views' switch sits at the bottom of the screen, where the
 * thumb is, with the form's send button just above it.
 */
export const gridDeskStyles = css`
  :host {
    --_target-default: 3rem;
  }
  .desk {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
  }
  .tabs {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: var(--_space-1);
  }
  .tabs button {
    padding: var(--_space-1);
    line-height: 1.2;
  }
  .tabs [aria-selected='true'] {
    border: 2px solid var(--_primary);
    background: var(--_surface-alt);
    font-weight: 600;
  }
  .badge {
    display: block;
    font-size: var(--_size-sm);
    font-weight: 400;
  }
  .outbox {
    background: var(--_warning-surface);
    border-radius: var(--_radius);
    padding: var(--_space-2) var(--_space-3);
    margin: 0;
  }
  .outbox p {
    margin: 0 0 var(--_space-1);
  }
  .open {
    padding: var(--_space-2) var(--_space-3);
  }
  .state-words {
    font-weight: 600;
  }
  .overdue .open {
    background: var(--_warning-surface);
  }
  .overdue .state-words::before {
    content: '⚠ ';
  }
  .meta {
    color: var(--_text-muted);
    font-size: var(--_size-sm);
  }
  /* A phone: the views' switch at the bottom of the screen, in thumb reach, while the desk is in view. */
  @media (max-width: 40em) {
    .tabs {
      order: 2;
      position: sticky;
      bottom: 0;
      z-index: 1;
      padding: var(--_space-1) 0;
      background: var(--_surface);
      border-top: 1px solid var(--_border);
    }
  }
`;
