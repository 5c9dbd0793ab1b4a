import { css } from 'lit';

/**
 * `<sz-mentoring-desk>`'s own styles, after the kit's widgetStyles (tokens and 长辈版 sizes, the shared states, form
 * fields, the title and caption row live there). Only private `--_*` variables from tokens.ts. States are said in
 * words as well as colours (逾期, 已完成, 已移出黑榜).
 */
export const mentoringDeskStyles = css`
  .elder-controls,
  .household-row,
  .milestone-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-2);
    align-items: center;
  }
  .settings {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: center;
    justify-content: space-between;
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    padding: var(--_space-2) var(--_space-3);
  }
  .settings p {
    margin: 0;
    flex: 1 1 20rem;
  }
  .section-title {
    font-size: var(--_size-md);
    margin: var(--_space-3) 0 var(--_space-1);
  }
  .count,
  .meta,
  .muted {
    color: var(--_text-muted);
    font-weight: 400;
  }
  .meta {
    font-size: var(--_size-sm);
  }
  .households,
  .plans,
  .milestones {
    display: grid;
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
  }
  .households,
  .plans {
    list-style: none;
  }
  .milestones {
    padding-inline-start: 1.5em;
  }
  .household,
  .plan {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-2);
  }
  .who,
  .milestone-title {
    flex: 1 1 12rem;
  }
  .plan-title {
    font-size: var(--_size-md);
    margin: 0;
  }
  .plan p {
    margin: var(--_space-1) 0;
  }
  .status {
    font-size: var(--_size-sm);
    font-weight: 400;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0 var(--_space-1);
  }
  .status.delisted,
  .delisted,
  .milestone.done .done-on {
    color: var(--_positive);
    font-weight: 600;
  }
  .overdue {
    color: var(--_negative);
    font-weight: 600;
  }
  .note {
    white-space: pre-line;
    font-size: var(--_size-sm);
  }
`;
