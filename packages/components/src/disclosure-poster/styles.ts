import { css } from 'lit';

/**
 * `<sz-disclosure-poster>`'s own styles, after the kit's widgetStyles (tokens and 长辈版 sizes, the shared states, form
 * fields, the title and caption row live there). Only private `--_*` variables from tokens.ts. On paper only the sheet
 * is left: the widget's heading, toolbar, form and states are screen things.
 */
export const disclosurePosterStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    margin-block-end: var(--_space-3);
  }
  .paper-field {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
  }
  .staff-only {
    color: var(--_text-muted);
  }
  @media print {
    .caption-row,
    .no-print,
    [role='status'] {
      display: none !important;
    }
    .widget {
      border: none;
      padding: 0;
      box-shadow: none;
    }
  }
`;
