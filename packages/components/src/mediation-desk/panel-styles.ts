import { css } from 'lit';
import { deskPanelBoxStyles } from '../internal/desk-panel-styles.js';

/**
 * The opened case's styles, adopted when its chunk arrives (late-styles.ts), with the 调解协议书's print layout: when
 * printing, only the agreement is visible — serif-free plain type in black on white, the signature lines drawn — and
 * the rest of the widget is hidden. Only private `--_*` variables.
 */
export const panelStyles = css`
  ${deskPanelBoxStyles}
  .panel {
    gap: var(--_space-2);
  }
  .panel h3,
  .panel h4,
  .panel h5 {
    margin: var(--_space-2) 0 var(--_space-1);
  }
  .columns {
    display: grid;
    gap: var(--_space-3);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
  }
  .facts-list,
  .sessions {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .quoted {
    white-space: pre-wrap;
  }
  .late,
  .recused {
    font-weight: 600;
  }
  .late::before {
    content: '⚠ ';
  }
  .step-buttons,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .step-buttons button[aria-expanded='true'] {
    border: 2px solid var(--_primary);
  }
  .step-form {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    max-width: 40rem;
    margin-block-start: var(--_space-2);
    padding: var(--_space-2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .step-form textarea,
  .step-form input[type='text'] {
    width: 100%;
  }
  .note {
    color: var(--_text-muted);
  }
  .done {
    font-weight: 600;
  }
  .agreement {
    padding: var(--_space-3);
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
  }
  .agreement header {
    text-align: center;
  }
  .agreement-title {
    font-size: var(--_size-lg);
    letter-spacing: 0.2em;
  }
  .committee,
  .agreement-number {
    margin: 0;
  }
  .agreement-parties {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_space-1) var(--_space-3);
  }
  .agreement-parties dd {
    margin: 0;
  }
  .signature-lines {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_space-2);
  }
  .signature-lines li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .signature-lines .line {
    flex: 1 1 10rem;
    border-bottom: 1px solid var(--_border);
  }
  .print-note {
    font-size: var(--_size-sm);
  }
  .print-button {
    justify-self: start;
  }
  @media print {
    /* Only the agreement prints: everything else of the widget is hidden, the agreement fills the page. */
    :host {
      visibility: hidden;
    }
    .agreement {
      visibility: visible;
      position: absolute;
      inset: 0 0 auto 0;
      border: 0;
      padding: 0;
      background: #fff;
      color: #000;
      font-size: 12pt;
    }
    .agreement .signature-lines .line {
      border-bottom: 1px solid #000;
      min-height: 2.5em;
    }
  }
`;
