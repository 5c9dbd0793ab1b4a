import { css } from 'lit';

/** The panel's styles (late chunk), adopted into the desk's shadow root when it first opens. */
export const panelStyles = css`
  .panel {
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    padding: var(--_space-3);
    display: grid;
    gap: var(--_space-2);
  }
  .panel h3 {
    margin: 0;
    font-size: var(--_size-md);
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: var(--_space-2);
  }
  .problems,
  .alarms li {
    background: var(--_warning-surface);
    border-radius: var(--_radius);
    padding: var(--_space-2);
  }
  .problems ul,
  .alarms,
  .history {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .facts {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--_space-1) var(--_space-3);
    margin: 0;
  }
  .facts dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .quoted {
    white-space: pre-wrap;
  }
  /* The lines: one row per voucher, amounts aligned on the right, the alarmed lines on the warning colour. */
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption,
  th {
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    border-bottom: 1px solid var(--_border);
    padding: var(--_space-1);
  }
  .amount {
    text-align: end;
    white-space: nowrap;
  }
  .alarm-line td {
    background: var(--_warning-surface);
  }
`;
