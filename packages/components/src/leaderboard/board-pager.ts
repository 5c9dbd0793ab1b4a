import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface PagerHost extends ReactiveControllerHost {
  /** True while automatic paging should run: board display, not paused, not in elder mode. */
  readonly autoPaging: boolean;
  /** Seconds between pages. */
  readonly pagingInterval: number;
  /** Whether paging should wait this turn (the pointer or keyboard focus is on the board, a dialog is open). */
  readonly pagingHeld: boolean;
  advanceScreen(wrap: boolean): void;
}

/**
 * Automatic paging for the village-TV board. It runs only while the host says so: in 长辈版 nothing moves by
 * itself (MIIT 2021 elderly-friendly spec), a visible button pauses it (WCAG 2.2.2), and it waits while someone
 * is reading with the pointer or keyboard on it or while the page is hidden.
 */
export class BoardPager implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;
  private interval = 0;

  constructor(private readonly host: PagerHost) {
    host.addController(this);
  }

  get running(): boolean {
    return this.timer !== undefined;
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private sync(): void {
    const wanted = this.host.autoPaging;
    const interval = Math.max(0.1, this.host.pagingInterval) * 1000;
    if (wanted && (this.timer === undefined || interval !== this.interval)) {
      this.stop();
      this.interval = interval;
      this.timer = setInterval(this.tick, interval);
    } else if (!wanted) this.stop();
  }

  private readonly tick = (): void => {
    if (!this.host.autoPaging || this.host.pagingHeld || document.visibilityState === 'hidden') return;
    this.host.advanceScreen(true);
  };

  private stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }
}
