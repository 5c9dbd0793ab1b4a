import { css } from 'lit';

/**
 * `<sz-__kebab__>`'s own styles, after tokenDefaults, stateStyles and formFieldStyles (the shared states, form
 * fields and 长辈版 sizes live there). Only private `--_*` variables from tokens.ts.
 */
export const __camel__Styles = css`
  .header {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-3);
    align-items: center;
    justify-content: space-between;
    margin-bottom: var(--_space-3);
  }
  .title {
    font-size: var(--_size-lg);
    font-weight: 600;
    margin: 0;
  }
  .elder-controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1);
  }
  .list {
    display: grid;
    gap: var(--_space-2);
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .list button {
    width: 100%;
    text-align: start;
  }
  .list button[aria-current='true'] {
    border: 2px solid var(--_primary);
    font-weight: 600;
  }
`;
