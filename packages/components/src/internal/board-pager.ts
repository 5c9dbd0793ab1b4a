import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The `display` values of a widget with a village-TV board: `embedded` (default) in a page, `board` on a public screen. */
export const boardDisplays = ['embedded', 'board'] as const;
export type BoardDisplay = (typeof boardDisplays)[number];

export function isBoardDisplay(value: string): value is BoardDisplay {
  return (boardDisplays as readonly string[]).includes(value);
}

/** Seconds between automatic pages: the `board-interval` default, and what a value that is not a positive number falls back to. */
export const defaultBoardInterval = 12;

export interface PagerOptions {
  /** True while automatic paging should run: board display, not paused, not in elder mode. */
  readonly enabled: () => boolean;
  /** Seconds between pages, as the host's `board-interval` says; anything but a positive number means the default. */
  readonly interval: () => number;
  /** Whether paging should wait this turn (the pointer or keyboard focus is on the board, a dialog is open). */
  readonly held: () => boolean;
  readonly advance: () => void;
}

/**
 * Automatic paging for the village-TV board. It runs only while the host says so: in 长辈版 nothing moves by
 * itself (MIIT 2021 elderly-friendly spec), a visible button pauses it (WCAG 2.2.2), and it waits while someone
 * is reading with the pointer or keyboard on it or while the page is hidden.
 */
export class BoardPager implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;
  private interval = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: PagerOptions,
  ) {
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
    const wanted = this.options.enabled();
    const seconds = this.options.interval();
    const interval = Math.max(0.1, Number.isFinite(seconds) && seconds > 0 ? seconds : defaultBoardInterval) * 1000;
    if (wanted && (this.timer === undefined || interval !== this.interval)) {
      this.stop();
      this.interval = interval;
      this.timer = setInterval(this.tick, interval);
    } else if (!wanted) this.stop();
  }

  private readonly tick = (): void => {
    if (!this.options.enabled() || this.options.held() || document.visibilityState === 'hidden') return;
    this.options.advance();
  };

  private stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }
}
