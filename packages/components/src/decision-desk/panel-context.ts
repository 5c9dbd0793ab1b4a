import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { PartBasics } from '../internal/widget-part.js';
import type { DeskView } from './sz-decision-desk.js';

/** What a write changed: the desk fires its event (ids and codes only) and reloads the list. */
export interface DeskChange {
  readonly decisionId: string;
  readonly action: 'open' | 'record' | 'reconvene' | 'observe' | 'publish';
  readonly step?: string;
}

/** What the desk gives its panel (a late part): what every late part gets, and the desk's view, day and hooks. */
export interface PanelContext extends PartBasics {
  readonly host: ReactiveControllerHost;
  readonly view: () => DeskView;
  /** The server's today (the list's `asOf`): no step can be dated after it. */
  readonly today: () => string | undefined;
  /** The desk closes the panel and gives the focus back to its button. */
  readonly close: () => void;
  readonly changed: (change: DeskChange) => Promise<void>;
}

/** The open decision (or the form opening a new one) as the desk renders it. */
export interface DeskPanel {
  /** Shows a decision (loading it), or the form that opens a new one (`undefined`). */
  open(decisionId: string | undefined): Promise<void>;
  render(): TemplateResult;
}
