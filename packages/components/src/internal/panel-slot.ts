import { html, type TemplateResult } from 'lit';
import { errorState, loadingState, type LoadFailure } from './states.js';

type Common = Parameters<typeof loadingState>[0];

/** What a desk's opened row shows below it, and what it can do. */
export interface PanelSlot {
  /** The row's late part, once loaded. */
  readonly panel: { render(): TemplateResult } | undefined;
  /** Why the part could not be loaded (offline, a refused chunk): shown with a retry. */
  readonly failure: LoadFailure | undefined;
  readonly retry: () => void;
  /** Escape closes the panel, wherever focus is inside it (unless something inside it used that Escape already). */
  readonly close: () => void;
  /** Skeleton rows while the part arrives (default 3). */
  readonly rows?: number | undefined;
  /** The slot's class (default `panel-slot`). */
  readonly className?: string | undefined;
}

/** The opened row's panel: its part, or the failure with a retry, or the loading state while the part arrives. */
export function panelSlot(common: Common, slot: PanelSlot): TemplateResult {
  return html`<div
    class=${slot.className ?? 'panel-slot'}
    @keydown=${(event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      slot.close();
    }}
  >
    ${slot.panel ? slot.panel.render() : slot.failure ? errorState(common, slot.failure, slot.retry) : loadingState(common, slot.rows ?? 3)}
  </div>`;
}
