import { css } from 'lit';

/**
 * The styles of the desk's late parts (the declare form, the objections panel, the household's revocation and
 * family-ties tools, the villager's own view), adopted when they load; each part adds its own after these.
 */
export const lateStyles = css`
  .declare-form,
  .objections,
  .revoke-panel,
  .family-ties {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: var(--_space-3) 0;
    padding: var(--_space-3);
  }
  .search-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .search-row input {
    flex: 1 1 12rem;
  }
  .found,
  .objection-list,
  .tool-list,
  .own-entries {
    display: grid;
    gap: var(--_space-2);
    list-style: none;
    margin: 0 0 var(--_space-3);
    padding: 0;
  }
  .found button {
    width: 100%;
    text-align: start;
  }
  .objection {
    border-top: 1px solid var(--_border);
    padding-top: var(--_space-2);
  }
  .objection-reason {
    white-space: pre-line;
  }
  .receipt {
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    padding: var(--_space-2);
  }
`;
