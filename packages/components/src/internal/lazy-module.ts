import type { ReactiveControllerHost } from 'lit';
import type { commonMessages } from './common-messages.js';
import type { Localizer } from './localize.js';
import { describeFailure, type LoadFailure } from './states.js';

/**
 * A part of a widget that loads after the first paint (a dialog, a detail view, a form's checks): loaded once, shared
 * by every caller while it loads, and tried again at the next use after a failed download (a dropped connection on
 * rural mobile data) instead of failing for good. The widget's own `load` keeps the `beforeImport(…)` before its
 * `import()`, so the CDN build can check the chunk's integrity hash.
 *
 * Widgets make one with `SzElement.latePart`, which also preloads it after the first paint when asked and makes
 * `updateComplete` wait for it.
 */
export class LazyModule<T> {
  /** The loaded part, once it is here. */
  value: T | undefined;
  private loading: Promise<T> | undefined;

  constructor(private readonly load: () => Promise<T>) {}

  /** The part, loading it if need be; rejects when the download failed (the next call tries again). */
  get(): Promise<T> {
    this.loading ??= this.load().then(
      (value) => (this.value = value),
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }

  /** Starts loading without waiting (after the first paint, or on first intent); a failure waits for the next `get()`. */
  preload(): void {
    this.get().catch(() => undefined);
  }

  /** Resolves once a load in progress has ended, either way. */
  async settled(): Promise<void> {
    await this.loading?.catch(() => undefined);
  }
}

/**
 * Loads a late part for a render that needs it and renders `host` again once it is here; `failed` is told why it
 * could not be loaded (the widget shows that with a retry, which calls this again). A function rather than a method
 * of SzElement: a widget without such a part does not carry it.
 */
export function loadForRender(
  part: LazyModule<unknown>,
  host: ReactiveControllerHost,
  common: Localizer<(typeof commonMessages)['zh-CN']>,
  failed: (failure: LoadFailure) => void,
): void {
  part.get().then(
    () => {
      host.requestUpdate();
    },
    (error: unknown) => {
      failed(describeFailure(error, common));
    },
  );
}
