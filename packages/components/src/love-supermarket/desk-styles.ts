import { css } from 'lit';

/**
 * The keeper's desk styles, part of the desk's chunk and added to the widget's shadow root when it arrives
 * (addLateStyles). Only private `--_*` variables. The desk is used at a counter on a phone or a laptop: the number
 * field and the cart wrap instead of overflowing; a printed receipt shows the receipt alone.
 */
export const deskStyles = css`
  .desk {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-3);
    margin-bottom: var(--_space-3);
    background: var(--_surface);
  }
  .desk .section-title {
    margin-top: 0;
  }
  .desk-note {
    background: var(--_warning-surface);
    padding: var(--_space-2);
    border-radius: var(--_radius);
  }
  .find-row,
  .quantity {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: center;
  }
  .find-row input {
    flex: 1 1 12rem;
  }
  .scanner {
    display: block;
    width: 100%;
    max-width: 24rem;
    margin-top: var(--_space-2);
    background: var(--_surface-alt);
  }
  .household {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    align-items: center;
    margin-bottom: var(--_space-2);
  }
  .household p {
    margin: 0;
  }
  .household-name {
    font-weight: 600;
  }
  .cart-title {
    font-size: var(--_size-md);
    margin: var(--_space-3) 0 var(--_space-2);
  }
  .cart {
    width: 100%;
    border-collapse: collapse;
  }
  .cart th,
  .cart td {
    border-bottom: 1px solid var(--_border);
    padding: var(--_space-1) var(--_space-2);
    text-align: start;
    vertical-align: middle;
  }
  .cart th[scope='row'] {
    font-weight: 400;
  }
  .quantity input {
    width: 5em;
  }
  .step,
  .remove {
    min-width: var(--_target);
  }
  .invalid th[scope='row'] {
    border-inline-start: 4px solid var(--_negative);
  }
  .total {
    margin: var(--_space-2) 0 0;
  }
  .problem {
    border-inline-start: 4px solid var(--_negative);
    background: var(--_warning-surface);
    padding: var(--_space-2) var(--_space-3);
    margin-bottom: var(--_space-2);
  }
  .problem p {
    margin: 0 0 var(--_space-1);
  }
  .receipt {
    border: 2px solid var(--_positive);
    border-radius: var(--_radius);
    padding: var(--_space-3);
    margin-bottom: var(--_space-3);
  }
  .receipt h4 {
    margin: 0 0 var(--_space-2);
    font-size: var(--_size-lg);
  }
  .receipt dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_space-1) var(--_space-3);
    margin: var(--_space-2) 0;
  }
  .receipt dt {
    font-weight: 600;
  }
  .receipt dd {
    margin: 0;
  }
  @media print {
    .widget > :not(.desk),
    .desk > :not(.receipt),
    .no-print {
      display: none;
    }
  }
`;
