import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { defaultBoardInterval } from './board-display.js';

export { boardDisplays, defaultBoardInterval, isBoardDisplay, type BoardDisplay } from './board-display.js';

export interface PagerOptions {
  /** True while automatic paging may run: board display, not in elder mode (the pager adds its own pause). */
  readonly enabled: () => boolean;
  /** Seconds between pages, as the host's `board-interval` says; anything but a positive number means the default. */
  readonly interval: () => number;
  /** Whether paging should wait this turn beyond someone reading the list (which the pager tracks), e.g. a dialog is open. */
  readonly held?: () => boolean;
  readonly advance: () => void;
}

/**
 * Automatic paging for the village-TV board. It runs only while the host says so: in 长辈版 nothing moves by
 * itself (MIIT 2021 elderly-friendly spec), a visible button pauses it (WCAG 2.2.2), and it waits while someone
 * is reading with the pointer or keyboard on it or while the page is hidden. The pause, the reading and the device's
 * reduced-motion setting are kept here, so each board widget only wires them to its list and its pause button.
 */
export class BoardPager implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;
  private interval = 0;
  /** Paused with the board's pause button. */
  paused = false;
  /** The device asks for reduced motion (prefers-reduced-motion): the host pages only by hand then. */
  reducedMotion = false;
  private motionQuery: MediaQueryList | undefined;
  private pointerOnBoard = false;
  private focusOnBoard = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PagerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.motionQuery = globalThis.matchMedia('(prefers-reduced-motion: reduce)');
    this.reducedMotion = this.motionQuery.matches;
    this.motionQuery.addEventListener('change', this.onMotionChange);
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.motionQuery?.removeEventListener('change', this.onMotionChange);
    this.stop();
  }

  /**
   * The board's list of the page's items (keyed by id), wired so that paging waits while someone reads it.
   * `className` is the widget's own class for it; `label`, its accessible name when the heading above gives none.
   */
  renderList<T extends { readonly id: string }>(
    className: string,
    items: readonly T[],
    render: (item: T) => TemplateResult,
    label?: string,
  ): TemplateResult {
    return html`<ul
      class=${className}
      part="list"
      aria-label=${label ?? nothing}
      @pointerenter=${this.onBoardPointer}
      @pointerleave=${this.onBoardPointer}
      @focusin=${this.onBoardFocus}
      @focusout=${this.onBoardFocus}
    >
      ${repeat(items, (item) => item.id, render)}
    </ul>`;
  }

  /** The pause button's click. */
  readonly togglePause = (): void => {
    this.paused = !this.paused;
    this.host.requestUpdate();
  };

  private readonly onBoardPointer = (event: PointerEvent): void => {
    this.pointerOnBoard = event.type === 'pointerenter';
  };

  /** Focus moving within the list keeps it held. */
  private readonly onBoardFocus = (event: FocusEvent): void => {
    const list = event.currentTarget as HTMLElement;
    this.focusOnBoard = event.type === 'focusin' || (event.relatedTarget instanceof Node && list.contains(event.relatedTarget));
  };

  private readonly onMotionChange = (event: MediaQueryListEvent): void => {
    this.reducedMotion = event.matches;
    this.host.requestUpdate();
  };

  private sync(): void {
    const wanted = !this.paused && this.options.enabled();
    const seconds = this.options.interval();
    const interval = Math.max(0.1, Number.isFinite(seconds) && seconds > 0 ? seconds : defaultBoardInterval) * 1000;
    if (wanted && (this.timer === undefined || interval !== this.interval)) {
      this.stop();
      this.interval = interval;
      this.timer = setInterval(this.tick, interval);
    } else if (!wanted) this.stop();
  }

  private readonly tick = (): void => {
    // Someone is reading (the pointer or the keyboard focus is on the list), or the host holds it.
    if (
      this.paused ||
      !this.options.enabled() ||
      this.pointerOnBoard ||
      this.focusOnBoard ||
      this.options.held?.() === true ||
      document.visibilityState === 'hidden'
    )
      return;
    this.options.advance();
  };

  private stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }
}
