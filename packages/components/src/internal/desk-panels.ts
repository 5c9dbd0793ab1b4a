import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { panelSlot } from './panel-slot.js';
import { describeFailure, type LoadFailure } from './states.js';

type Common = Parameters<typeof panelSlot>[0];

/** What opens below a row: a late part's panel or form. */
export interface DeskPanel {
  render(): TemplateResult;
}

export interface DeskPanelsOptions<P extends DeskPanel> {
  readonly common: Common;
  /**
   * Loads the late part and makes the panel of `key` (a row's id, or a desk's own key such as `new`). Once the part
   * is here, a desk asks `stillOpen()` before it makes anything, and gives `undefined` when the key was closed or
   * another one opened meanwhile.
   */
  readonly load: (key: string, stillOpen: () => boolean) => Promise<P | undefined>;
  /** As a key is opened (the desk's `…-open` event). */
  readonly opened?: (key: string) => void;
  /** Once the panel is on screen (a form moves the focus into itself; a shared panel opens the key's record). */
  readonly shown?: (panel: P, key: string) => void;
  /** Words before a failed part's reason ("the form could not be loaded: …"). */
  readonly failedWords?: () => string;
  /** Skeleton rows while the part arrives (default 3). */
  readonly skeletonRows?: number;
  /** The slot's class (`panel-slot`, or a desk's own `form-slot`). */
  readonly slotClass?: string;
}

/** How an opener button names itself. */
export interface OpenerLook {
  readonly part: string;
  readonly className?: string;
  /** Names what the button is for when its visible words do not (「标记完成」 of which milestone). */
  readonly label?: string;
}

/**
 * A desk's list-with-panel: one row (or form) open at a time below its opener button, its late part loading on first
 * intent, the failure with a retry, Escape closing it from anywhere inside, and the focus given back to the opener. The
 * opener carries `data-opener` and `aria-expanded`; a second press closes. One controller, so every desk behaves alike.
 */
export class DeskPanels<P extends DeskPanel> implements ReactiveController {
  private current: { readonly key: string; readonly panel?: P } | undefined;
  private failure: LoadFailure | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly options: DeskPanelsOptions<P>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to start: a panel loads when a row is opened.
  }

  /** The open key, if any. */
  get key(): string | undefined {
    return this.current?.key;
  }

  /** The open panel, once made. */
  get panel(): P | undefined {
    return this.current?.panel;
  }

  isOpen(key: string): boolean {
    return this.current?.key === key;
  }

  toggle(key: string): void {
    if (this.isOpen(key)) this.close();
    else void this.open(key);
  }

  async open(key: string): Promise<void> {
    this.set({ key }, undefined);
    this.options.opened?.(key);
    try {
      const panel = await this.options.load(key, () => this.isOpen(key));
      if (!this.isOpen(key) || panel === undefined) return;
      this.set({ key, panel }, undefined);
      if (this.options.shown) {
        await this.host.updateComplete;
        this.options.shown(panel, key);
      }
    } catch (error) {
      if (this.isOpen(key)) this.set(this.current, describeFailure(error, this.options.common));
    }
  }

  /** The open panel now stands for another key (an import moves to the month it imported). */
  rekey(key: string): void {
    if (this.current) this.set({ ...this.current, key }, this.failure);
  }

  /** Closes the panel without moving the focus (the desk moves it to what the panel changed). */
  dismiss(): void {
    this.set(undefined, undefined);
  }

  /** Closes the panel and gives the focus back to the button that opened it. */
  close(): void {
    const key = this.current?.key;
    this.dismiss();
    if (key === undefined) return;
    void this.host.updateComplete.then(() => {
      this.host.renderRoot.querySelector<HTMLElement>(`[data-opener="${key}"]`)?.focus();
    });
  }

  /** The button that opens (and closes) `key`, with `content` as its visible words. */
  opener(key: string, look: OpenerLook, content: unknown): TemplateResult {
    return html`<button
      type="button"
      part=${look.part}
      class=${look.className ?? nothing}
      data-opener=${key}
      aria-label=${look.label ?? nothing}
      aria-expanded=${this.isOpen(key) ? 'true' : 'false'}
      @click=${() => {
        this.toggle(key);
      }}
    >
      ${content}
    </button>`;
  }

  /** Below the opener of `key`: its panel, the failure with a retry, or the skeleton; nothing while it is closed. */
  slot(key: string): TemplateResult | typeof nothing {
    if (!this.isOpen(key)) return nothing;
    const { failure } = this;
    const failedWords = this.options.failedWords?.() ?? '';
    return panelSlot(this.options.common, {
      panel: this.current?.panel,
      failure: failure && { ...failure, message: `${failedWords}${failure.message}` },
      retry: () => {
        void this.open(key);
      },
      close: () => {
        this.close();
      },
      rows: this.options.skeletonRows,
      className: this.options.slotClass,
    });
  }

  private set(current: typeof this.current, failure: LoadFailure | undefined): void {
    this.current = current;
    this.failure = failure;
    this.host.requestUpdate();
  }
}
