import { Task, TaskStatus, initialState } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { commonMessages } from './common-messages.js';
import { isAbort, isOffline } from './connectivity.js';
import type { Localizer } from './localize.js';
import { describeFailure, emptyState, errorState, loadingState, offlineState, type LoadFailure } from './states.js';

type Common = Localizer<(typeof commonMessages)['zh-CN']>;

/** What a remote read is doing, as every widget shows it. */
export type RemotePhase = 'idle' | 'loading' | 'ready' | 'error' | 'offline';

export interface RemoteDataOptions<T, A extends readonly unknown[]> {
  /** The shared words for the loading, error and offline states (`SzElement`'s `common`). */
  readonly common: Common;
  /**
   * What the data depends on (client, village, filters). A change aborts the load in flight and starts another.
   * `undefined` means "nothing to load yet" (no API base, no village): the phase is `idle`.
   */
  readonly args: () => A | undefined;
  /** Loads the data; pass `signal` on to the SDK so a newer load or a disconnect cancels the request. */
  readonly load: (args: A, signal: AbortSignal) => Promise<T>;
  /** Called once with each new value as it arrives, before the host renders it (announcements, events). Use the value given: `value` returns it only from the next update on. */
  readonly onReady?: (value: T, args: A) => void;
  /** Called once with each shown failure (not with aborts or offline). */
  readonly onError?: (failure: LoadFailure, error: unknown) => void;
  /**
   * `false` loads only when `run()` is called (a lookup on submit), never when the arguments change. Default `true`.
   */
  readonly auto?: boolean;
}

export interface RemoteRenderOptions<T> {
  readonly ready: (value: T) => TemplateResult;
  /** When the value counts as empty, and the words then; without it nothing is ever "empty". */
  readonly empty?: { readonly when: (value: T) => boolean; readonly message: () => string };
  /** Skeleton rows while loading (default 5). */
  readonly skeletonRows?: number;
  /** What `idle` shows (default: nothing). */
  readonly idle?: () => TemplateResult;
}

const noArgs = Symbol('no-args');

/**
 * One remote read of a widget, on the Lit team's `@lit/task`: phases, abort on change and on disconnect, the
 * one offline check with reload when the connection returns, retry, and the shared loading, empty, error and offline
 * states. Every widget loads through this; none keeps its own AbortController or phase for a read.
 */
export class RemoteData<T, A extends readonly unknown[] = readonly unknown[]> implements ReactiveController {
  private readonly task: Task<[A | typeof noArgs], T>;
  private readonly options: RemoteDataOptions<T, A>;
  private shownFailure: LoadFailure | undefined;
  private offline = false;
  /** A load was cut by a disconnect: run it again when the host is back in a page. */
  private interrupted = false;
  private loadedArgs: A | undefined;
  private signalOf: AbortSignal | undefined;

  constructor(host: ReactiveControllerHost, options: RemoteDataOptions<T, A>) {
    this.options = options;
    host.addController(this);
    this.task = new Task<[A | typeof noArgs], T>(host, {
      autoRun: options.auto ?? true,
      args: () => [options.args() ?? noArgs],
      // The argument arrays are rebuilt on every update; compare their items, as the widgets did with their keys.
      argsEqual: ([a], [b]) => a === b || (a !== noArgs && b !== noArgs && sameItems(a, b)),
      task: async ([args], { signal }) => {
        this.shownFailure = undefined;
        this.offline = false;
        this.loadedArgs = undefined;
        if (args === noArgs) return initialState;
        this.loadedArgs = args;
        this.signalOf = signal;
        try {
          const value = await options.load(args, signal);
          signal.throwIfAborted();
          return value;
        } catch (error) {
          this.settleFailure(error, signal);
          throw error;
        }
      },
      // Only the newest run completes (older ones were aborted), so `loadedArgs` are this value's arguments.
      onComplete: (value) => {
        if (this.loadedArgs !== undefined) options.onReady?.(value, this.loadedArgs);
      },
    });
  }

  /** `idle` before there is anything to load, then `loading`, `ready`, `error` or `offline`. */
  get phase(): RemotePhase {
    switch (this.task.status) {
      case TaskStatus.PENDING:
        return 'loading';
      case TaskStatus.COMPLETE:
        return 'ready';
      case TaskStatus.ERROR:
        if (this.offline) return 'offline';
        if (this.shownFailure) return 'error';
        // Aborted: by a disconnect (it runs again on reconnect, so it is still loading) or by `abort()`.
        return this.interrupted ? 'loading' : 'idle';
      default:
        return 'idle';
    }
  }

  /** The last value loaded for the current arguments (undefined while loading anew or after a failure). */
  get value(): T | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  /** The failure as the user sees it (localized title and request id), when the phase is `error`. */
  get failure(): LoadFailure | undefined {
    return this.phase === 'error' ? this.shownFailure : undefined;
  }

  /**
   * The signal of the newest load: follow-up requests that extend it (the next page) pass it on, so they stop
   * with it when the arguments change or the host leaves the page.
   */
  get signal(): AbortSignal | undefined {
    return this.signalOf;
  }

  /** Resolves when the current load settles (tests, and hosts that chain work after a load). */
  get settled(): Promise<unknown> {
    return this.task.taskComplete.catch(() => undefined);
  }

  /** Loads again with the current arguments (the retry button, a reconnect, a manual refresh). */
  readonly run = (): Promise<void> => {
    this.interrupted = false;
    return this.task.run([this.options.args() ?? noArgs]);
  };

  /** The retry button's handler. */
  readonly retry = (): void => {
    void this.run();
  };

  /** Cancels the load in flight, if any. */
  abort(): void {
    this.task.abort();
  }

  /** The state to show for any phase but `ready`, or `ready(value)`. */
  render(options: RemoteRenderOptions<T>): TemplateResult | undefined {
    const common = this.options.common;
    switch (this.phase) {
      case 'loading':
        return loadingState(common, options.skeletonRows);
      case 'offline':
        return offlineState(common);
      case 'error':
        return errorState(common, this.shownFailure ?? { message: common.t('unexpected'), requestId: undefined }, this.retry);
      case 'ready': {
        const value = this.task.value as T;
        if (options.empty?.when(value)) return emptyState(options.empty.message());
        return options.ready(value);
      }
      default:
        return options.idle?.();
    }
  }

  hostConnected(): void {
    globalThis.addEventListener('online', this.onOnline);
    if (this.interrupted) {
      this.interrupted = false;
      void this.run();
    }
  }

  hostDisconnected(): void {
    globalThis.removeEventListener('online', this.onOnline);
    if (this.task.status === TaskStatus.PENDING) {
      this.interrupted = true;
      this.task.abort();
    }
  }

  /** The connection is back: what failed loads again by itself (the offline notice promised it). */
  private readonly onOnline = (): void => {
    if (this.task.status === TaskStatus.ERROR) void this.run();
  };

  private settleFailure(error: unknown, signal: AbortSignal): void {
    if (isAbort(error, signal)) return;
    if (isOffline(error)) {
      this.offline = true;
      return;
    }
    this.shownFailure = describeFailure(error, this.options.common);
    this.options.onError?.(this.shownFailure, error);
  }
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
}
