import { css } from 'lit';

/**
 * Only private `--_*` variables from tokens.ts. The list, filters and public board; what an opened item and the
 * compliance report need is in ./detail-styles.ts, adopted when the detail views load.
 */
export const disclosureStyles = css`
  .head {
    margin-bottom: var(--_space-3);
  }
  h2,
  h3 {
    font-size: var(--_size-lg);
    margin: var(--_space-3) 0 var(--_space-2);
  }
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1);
    margin-bottom: var(--_space-3);
  }
  .views button[aria-pressed='true'] {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }
  .filters > * {
    margin: 0;
  }
  .muted {
    color: var(--_text-muted);
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item + .item {
    border-top: 1px solid var(--_border);
  }
  .item-button {
    display: block;
    width: 100%;
    text-align: start;
    border: 0;
    padding: var(--_space-3);
    background: var(--_surface);
  }
  .item-button:hover {
    background: var(--_surface-alt);
  }
  .item-title {
    display: block;
    font-weight: 600;
    margin-bottom: var(--_space-1);
  }
  .item-meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    font-size: var(--_size-sm);
    color: var(--_text-muted);
  }
  .status {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 var(--_space-1);
    color: var(--_text);
  }
  .status.inNotice {
    border-color: var(--_positive);
    font-weight: 600;
  }
  .corrected {
    color: var(--_text);
    font-weight: 600;
  }
  .more {
    margin-top: var(--_space-3);
  }
  /* Compact (a portal's home page): dense rows, still at the target size. */
  :host([compact]:not([display='board'])) .head {
    margin-bottom: var(--_space-2);
  }
  :host([compact]:not([display='board'])) .item-button {
    padding: var(--_space-2);
  }
  :host([compact]:not([display='board'])) .item-title {
    margin-bottom: 0;
  }
  :host([display='board']) {
    font-size: var(--_size-xl);
  }
  :host([display='board']) .item-meta {
    font-size: var(--_size-lg);
  }
  @media print {
    .views,
    .filters,
    .elder-controls,
    .view-all,
    .more {
      display: none;
    }
  }
`;
