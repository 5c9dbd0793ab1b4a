import { css } from 'lit';

/**
 * `<sz-points-notice>`'s board styles, after the kit's widgetStyles (tokens and 长辈版 sizes, the shared states, form
 * fields, the title and caption row live there). Only private `--_*` variables from tokens.ts. Text sizes are in the
 * tokens' rem/em, so WeChat's largest font and 200 % zoom reflow instead of clipping.
 */
export const pointsNoticeStyles = css`
  .muted,
  .as-of,
  .intro {
    color: var(--_text-muted);
  }
  .intro,
  .help {
    margin: 0 0 var(--_space-3);
  }
  .help {
    padding: var(--_space-3);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .help h3 {
    font-size: var(--_size-md);
    margin: 0 0 var(--_space-1);
  }
  .help p {
    margin: 0;
  }
  .notices {
    display: grid;
    gap: var(--_space-2);
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .notice-item {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: var(--_space-3);
    display: grid;
    gap: var(--_space-1);
  }
  .notice-item.revocation {
    border-style: dashed;
  }
  .notice-item p {
    margin: 0;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    align-items: baseline;
  }
  .name {
    font-weight: 600;
    font-size: var(--_size-lg);
  }
  .points {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .tag {
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0 var(--_space-1);
    font-size: var(--_size-sm);
  }
  .objected {
    background: var(--_warning-surface);
    color: var(--_text);
    font-weight: 600;
  }
  .left {
    font-weight: 600;
  }
  .more,
  .notice {
    margin-top: var(--_space-3);
  }
  .notice {
    padding: var(--_space-2) var(--_space-3);
    background: var(--_warning-surface);
    border-radius: var(--_radius);
  }
  .board-controls {
    margin-top: var(--_space-3);
  }
  .view-switch {
    margin-bottom: var(--_space-3);
  }
  :host([display='board']) {
    font-size: var(--_size-xl);
  }
  :host([display='board']) .title {
    font-size: 1.4em;
  }
  :host([display='board']) .name {
    font-size: 1.2em;
  }
  :host([display='board']) .notice-item {
    padding: var(--_space-4);
  }
`;
