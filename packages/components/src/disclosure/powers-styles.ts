import { css } from 'lit';

/**
 * The 小微权力清单 view: in its own chunk, adopted when it loads. Only private `--_*` variables from tokens.ts. The
 * chart and the list sit side by side and wrap under each other on a narrow screen or in 长辈版 (larger type); in
 * print both are kept, a step never split across pages.
 */
export const powerStyles = css`
  .power-facts {
    display: grid;
    gap: var(--_space-1) var(--_space-3);
    grid-template-columns: max-content minmax(0, 1fr);
    margin: var(--_space-2) 0;
  }
  .power-facts dt {
    font-weight: 600;
  }
  .power-facts dd,
  .power-facts ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .flow {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    align-items: flex-start;
  }
  .flow-drawing {
    flex: 1 1 16rem;
    max-width: 26rem;
  }
  .flow-drawing svg {
    display: block;
    width: 100%;
    height: auto;
  }
  .flow-steps {
    flex: 2 1 20rem;
    margin: 0;
    padding-inline-start: var(--_space-4);
  }
  .flow-steps > li {
    padding: var(--_space-2) 0;
    break-inside: avoid;
  }
  .flow-steps > li + li {
    border-top: 1px solid var(--_border);
  }
  .step-name {
    font-weight: 600;
  }
  .step-facts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    margin: var(--_space-1) 0;
    font-size: var(--_size-sm);
  }
  .step-facts > div {
    display: flex;
    gap: var(--_space-1);
  }
  .step-facts dd {
    margin: 0;
  }
  .step-facts dt {
    color: var(--_text-muted);
  }
  .watch-point {
    border-inline-start: 3px solid var(--_accent);
    padding-inline-start: var(--_space-2);
    margin: var(--_space-1) 0;
  }
  .node rect {
    fill: var(--_surface);
    stroke: var(--_text-muted);
    stroke-width: 1.5;
  }
  .node.outside rect {
    stroke-dasharray: 5 3;
  }
  .node text,
  .mark text {
    fill: var(--_text);
    font-size: 14px;
  }
  .node .meta {
    fill: var(--_text-muted);
    font-size: 12px;
  }
  .arrow,
  .watch-line {
    stroke: var(--_text-muted);
    stroke-width: 1.5;
    fill: none;
  }
  .arrow-head {
    fill: var(--_text-muted);
  }
  .watch-line {
    stroke-dasharray: 3 3;
  }
  .mark circle {
    fill: var(--_surface);
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .mark text {
    font-weight: 600;
  }
  @media print {
    .power .back {
      display: none;
    }
    .node rect,
    .mark circle {
      fill: none;
    }
  }
`;
