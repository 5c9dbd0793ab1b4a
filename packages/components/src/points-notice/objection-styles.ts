import { css } from 'lit';

/** The objection form's, receipt's and "my objections" styles: they arrive with their chunk (addLateStyles). */
export const objectionStyles = css`
  .objection,
  .receipt,
  .mine {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-3);
    background: var(--_surface);
  }
  .objection h3,
  .receipt h3,
  .mine h3 {
    font-size: var(--_size-lg);
    margin: 0 0 var(--_space-2);
  }
  .objection textarea {
    width: 100%;
  }
  .about {
    margin: 0 0 var(--_space-3);
  }
  .count.over {
    color: var(--_negative);
    font-weight: 600;
  }
  .receipt dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_space-1) var(--_space-3);
    margin: 0 0 var(--_space-3);
  }
  .receipt dt {
    font-weight: 600;
  }
  .receipt dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .objections {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-2);
  }
  .objection-item {
    border-top: 1px solid var(--_border);
    padding-top: var(--_space-2);
  }
  .objection-item p {
    margin: 0 0 var(--_space-1);
  }
  .objection-head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
  }
  .status {
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0 var(--_space-1);
  }
  .status.upheld {
    font-weight: 600;
  }
  .answer {
    border-inline-start: 4px solid var(--_primary);
    padding-inline-start: var(--_space-2);
  }
`;
