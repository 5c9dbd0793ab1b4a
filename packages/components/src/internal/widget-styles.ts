import { css } from 'lit';
import { formFieldStyles } from './form-styles.js';
import { stateStyles } from './state-styles.js';
import { tokenDefaults } from './tokens.js';

/**
 * The layout every widget starts from: a block host, the title, and the caption row (title on one side, the
 * elder-mode switch or "as of" on the other) that wraps on a phone instead of squeezing. Only `--_*` variables.
 */
export const layoutStyles = css`
  :host {
    display: block;
  }
  .title {
    font-size: var(--_size-lg);
    font-weight: 600;
    margin: 0;
  }
  .caption-row,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-3);
    align-items: center;
    justify-content: space-between;
    margin-bottom: var(--_space-2);
  }
  .actions {
    justify-content: flex-start;
    margin-top: var(--_space-3);
  }
`;

/** What every widget's `static styles` begins with: tokens, the shared states, form fields and layout. */
export const widgetStyles = [tokenDefaults, stateStyles, formFieldStyles, layoutStyles] as const;
