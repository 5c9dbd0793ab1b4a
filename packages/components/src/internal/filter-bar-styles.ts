import { css } from 'lit';

/**
 * The filter bar above a widget's list (`<div class="filters">`): the controls wrap, and sit on one bottom line so
 * labels of different lengths keep the controls level. Only for widgets that have one; only private `--_*` variables.
 */
export const filterBarStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-3);
    align-items: flex-end;
    margin-bottom: var(--_space-3);
  }
`;
