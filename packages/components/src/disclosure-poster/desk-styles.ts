import { css } from 'lit';

/** The record form and the unposted list (the desk's chunk); never printed. */
export const deskStyles = css`
  .record-form {
    display: grid;
    gap: var(--_space-2);
    margin-block-start: var(--_space-4);
    padding: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .record-form h3 {
    margin: 0;
    font-size: var(--_size-lg);
  }
  .record-form input[type='text'],
  .record-form textarea {
    inline-size: min(100%, 28em);
  }
  .receipt {
    margin: 0;
    padding: var(--_space-2);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .summary {
    margin: 0 0 var(--_space-2);
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th,
  td {
    text-align: start;
    padding: var(--_space-1) var(--_space-2);
    border-block-end: 1px solid var(--_border);
    vertical-align: top;
  }
  .amount {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  @media print {
    .record-form {
      display: none;
    }
  }
`;
