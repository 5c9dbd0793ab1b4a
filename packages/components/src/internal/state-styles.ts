import { css } from 'lit';

export const stateStyles = css`
  .state {
    padding: var(--_space-4) var(--_space-3);
    text-align: center;
    color: var(--_text-muted);
  }
  .state.error,
  .state.offline {
    background: var(--_warning-surface);
    color: var(--_text);
    border-radius: var(--_radius);
  }
  .request-id {
    font-size: var(--_size-sm);
    color: var(--_text-muted);
  }
  .skeleton {
    height: 1.5em;
    margin: var(--_space-2) 0;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: sz-pulse 1.4s ease-in-out infinite;
    }
  }
  :host([data-sz-elder]) .skeleton {
    animation: none;
  }
  @keyframes sz-pulse {
    50% {
      opacity: 0.5;
    }
  }
`;
