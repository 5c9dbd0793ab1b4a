import { css } from 'lit';

/**
 * The reconciliation's styles, adopted when its chunk loads. A difference is marked by more than colour (a thick
 * border and the word 不符). Printed, the page keeps the reconciliation alone: no controls, no shelf.
 */
export const reconciliationStyles = css`
  .reconciliation h3 {
    font-size: var(--_size-lg);
    margin: var(--_space-2) 0;
  }
  .month-form {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: flex-end;
  }
  .month-form .field {
    margin-bottom: 0;
  }
  .verdict {
    border-inline-start: 4px solid var(--_positive);
    padding: var(--_space-2) var(--_space-3);
    font-weight: 600;
  }
  .verdict.off,
  .reconciliation tr.mismatch,
  .findings li {
    border-inline-start: 4px solid var(--_negative);
    background: var(--_warning-surface);
  }
  .table-scroll {
    overflow-x: auto;
  }
  .reconciliation table {
    border-collapse: collapse;
    width: 100%;
    margin-bottom: var(--_space-3);
  }
  .reconciliation caption {
    text-align: start;
    font-weight: 600;
    padding: var(--_space-1) 0;
  }
  .reconciliation th,
  .reconciliation td {
    border-bottom: 1px solid var(--_border);
    padding: var(--_space-1) var(--_space-2);
    text-align: end;
  }
  .reconciliation th:first-child,
  .reconciliation td:first-child {
    text-align: start;
  }
  .reconciliation tr.mismatch td,
  .reconciliation .off-value {
    color: var(--_negative);
    font-weight: 600;
  }
  .findings {
    padding-inline-start: 0;
    list-style: none;
  }
  .findings li {
    padding: var(--_space-1) var(--_space-2);
    margin-bottom: var(--_space-1);
  }
  @media print {
    .widget > :not(.reconciliation, .caption-row),
    .caption-row > :not(.title),
    .reconciliation .no-print {
      display: none;
    }
    .reconciliation tr.mismatch,
    .verdict.off,
    .findings li {
      background: none;
      border-inline-start-width: 6px;
    }
    .table-scroll {
      overflow: visible;
    }
  }
`;
