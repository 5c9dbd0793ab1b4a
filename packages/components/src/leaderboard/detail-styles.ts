import { css } from 'lit';

/** The household dialog's rules: adopted into the widget's shadow root with the dialog's chunk (household-detail.ts). */
export const detailStyles = css`
  dialog.detail {
    width: min(92vw, 48em);
    max-height: 88vh;
    padding: var(--_space-4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-sizing: border-box;
  }
  dialog.detail::backdrop {
    background: rgb(0 0 0 / 45%);
  }
  .detail-head {
    display: flex;
    gap: var(--_space-3);
    align-items: flex-start;
    justify-content: space-between;
  }
  .detail-head h2 {
    margin: 0;
    font-size: var(--_size-lg);
  }
  /* Top-right, at least 44 px (60 px in 长辈版) — MIIT: dialogs close from a corner with a large target. */
  .close {
    flex: none;
    padding: 0;
    font-size: var(--_size-xl);
    line-height: 1;
  }
  .detail-number {
    color: var(--_text-muted);
    margin: var(--_space-1) 0 var(--_space-3);
  }
  .detail h3 {
    font-size: var(--_size-md);
    margin: var(--_space-4) 0 var(--_space-2);
  }
  .table-scroll {
    overflow-x: auto;
  }
  .detail table {
    border-collapse: collapse;
    width: 100%;
  }
  .detail th,
  .detail td {
    text-align: start;
    padding: var(--_space-2);
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  .detail th.num,
  .detail td.num {
    text-align: end;
  }
  td.positive {
    color: var(--_positive);
  }
  td.negative {
    color: var(--_negative);
  }
  .denied {
    padding: var(--_space-3);
    background: var(--_warning-surface);
    border-radius: var(--_radius);
  }
`;
