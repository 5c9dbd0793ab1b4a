import { css } from 'lit';

/**
 * The opened item, its tables, trail, corrections and question form, and the compliance report: in the detail views'
 * chunk, added to the board's styles when it loads (sz-disclosure-board.ts). The print rules turn the open item
 * into a plain document.
 */
export const detailStyles = css`
  h4,
  h5 {
    font-size: var(--_size-md);
    margin: var(--_space-2) 0;
  }
  .section-title {
    font-size: var(--_size-lg);
    font-weight: 600;
    margin: 0;
  }
  .detail-actions {
    display: flex;
    justify-content: space-between;
    gap: var(--_space-2);
  }
  .rich-text a,
  .attachments a {
    color: var(--_primary);
  }
  .attachments ul {
    padding-inline-start: var(--_space-4);
  }
  .attachments li {
    min-height: var(--_target);
  }
  .table-wrap {
    overflow-x: auto;
    margin: var(--_space-2) 0;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: var(--_space-1) 0;
  }
  th,
  td {
    border-bottom: 1px solid var(--_border);
    padding: var(--_space-1) var(--_space-2);
    text-align: start;
    vertical-align: top;
  }
  thead th,
  .group th {
    background: var(--_surface-alt);
  }
  .amount {
    text-align: end;
    white-space: nowrap;
  }
  .total th,
  .total td,
  tfoot th,
  tfoot td {
    font-weight: 600;
  }
  .balances {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-4);
    margin: var(--_space-2) 0;
  }
  .balances dt {
    font-size: var(--_size-sm);
    color: var(--_text-muted);
  }
  .balances dd {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .warning,
  .invalid,
  .trail-status.invalid,
  .ob-status.overdue {
    background: var(--_warning-surface);
    color: var(--_text);
    border-inline-start: 4px solid var(--_negative);
    padding: var(--_space-2) var(--_space-3);
    border-radius: var(--_radius);
  }
  .ob-status.overdue,
  .ob-status.late {
    font-weight: 600;
  }
  .valid {
    color: var(--_text);
    border-inline-start: 4px solid var(--_positive);
    padding-inline-start: var(--_space-2);
  }
  .flag {
    font-weight: 600;
  }
  .timeline {
    list-style: none;
    margin: 0;
    padding: 0;
    border-inline-start: 2px solid var(--_border);
  }
  .timeline li {
    position: relative;
    padding: var(--_space-2) var(--_space-3);
  }
  .timeline li::before {
    content: '';
    position: absolute;
    inset-inline-start: -7px;
    top: 1em;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: var(--_surface);
    border: 2px solid var(--_border);
  }
  .timeline li.done::before {
    background: var(--_primary);
    border-color: var(--_primary);
  }
  .step-label {
    font-weight: 600;
    margin-inline-end: var(--_space-2);
  }
  .meeting {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    margin-top: var(--_space-1);
  }
  .versions {
    padding-inline-start: var(--_space-4);
  }
  .diff-list {
    list-style: none;
    padding: 0;
  }
  .diff-list li {
    margin: var(--_space-1) 0;
  }
  del,
  ins {
    display: block;
  }
  del {
    text-decoration: line-through;
    color: var(--_text-muted);
  }
  ins {
    text-decoration: none;
    border-inline-start: 3px solid var(--_positive);
    padding-inline-start: var(--_space-2);
  }
  .diff-tag {
    font-size: var(--_size-sm);
    font-weight: 600;
    text-decoration: none;
  }
  .link-button {
    min-height: var(--_target);
  }
  .open-link {
    min-height: var(--_target);
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .query form {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    max-width: 40rem;
  }
  .kinds {
    margin: 0;
    display: flex;
    gap: var(--_space-3);
    flex-wrap: wrap;
  }
  .sign-in {
    max-width: 40rem;
    border-inline-start: 4px solid var(--_accent);
    padding: var(--_space-2) var(--_space-3);
    background: var(--_surface-alt);
  }
  .receipt {
    border-inline-start: 4px solid var(--_positive);
    padding: var(--_space-2) var(--_space-3);
    background: var(--_surface-alt);
  }
  .code {
    font-family: ui-monospace, monospace;
    font-size: 1.25em;
    letter-spacing: 0.1em;
  }
  .keep {
    font-weight: 600;
  }
  .quoted {
    white-space: pre-wrap;
  }
  .faq dt {
    font-weight: 600;
  }
  .faq dd {
    margin: 0 0 var(--_space-3);
    white-space: pre-wrap;
  }
  @media print {
    .detail-actions,
    .query,
    .link-button {
      display: none;
    }
    .table-wrap {
      overflow: visible;
    }
    table {
      font-size: 10pt;
    }
    th,
    td {
      border: 1px solid;
    }
    thead {
      display: table-header-group;
    }
    tr {
      break-inside: avoid;
    }
  }
`;
