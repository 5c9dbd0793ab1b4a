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
`;
