import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Search as the user types, the way Chinese input needs it (TDesign's input does the same): nothing is sent
 * while an IME composition is open — pinyin letters are not the query — and after it ends, or after a plain
 * keystroke, the query waits `delay` ms for the next one so a word typed quickly costs one request. A delay of 0
 * searches on every keystroke at once (a local search needs no wait).
 */
export class ImeSearch implements ReactiveController {
  private composing = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private last = '';

  constructor(
    host: ReactiveControllerHost,
    private readonly commit: (value: string) => void,
    private readonly delay: number,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
    this.composing = false;
  }

  readonly onCompositionStart = (): void => {
    this.composing = true;
    this.cancel();
  };

  readonly onCompositionEnd = (event: CompositionEvent): void => {
    this.composing = false;
    this.schedule((event.target as HTMLInputElement).value);
  };

  readonly onInput = (event: Event): void => {
    // `isComposing` also covers browsers that fire input before compositionstart reaches us.
    if (this.composing || (event as InputEvent).isComposing) return;
    this.schedule((event.target as HTMLInputElement).value);
  };

  /** Enter searches at once — unless it is the Enter that confirms an IME candidate. */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || this.composing || event.isComposing) return;
    event.preventDefault();
    this.cancel();
    this.fire((event.target as HTMLInputElement).value);
  };

  /** Searches for `raw` at once (a search button, a form submit), dropping any wait already scheduled. */
  flush(raw: string): void {
    this.cancel();
    this.fire(raw);
  }

  /** The query was set from elsewhere (the URL, a reset): remember it so typing the same text again is not lost. */
  reset(value = ''): void {
    this.cancel();
    this.last = value.trim();
  }

  private schedule(value: string): void {
    this.cancel();
    if (this.delay <= 0) {
      this.fire(value);
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.fire(value);
    }, this.delay);
  }

  private fire(raw: string): void {
    const value = raw.trim();
    if (value === this.last) return;
    this.last = value;
    this.commit(value);
  }

  private cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
