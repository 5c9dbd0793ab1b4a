import type { Locale } from '@shanzhi/rules';
import { randomId, type Client } from '@shanzhi/sdk/browser';
import type { CSSResult, ReactiveControllerHost } from 'lit';
import type { commonMessages } from './common-messages.js';
import { addLateStyles } from './late-styles.js';
import { Localizer, type Dictionary, type English } from './localize.js';
import type { LoadFailure } from './states.js';

/**
 * What a widget gives each of its late parts that works on its own (the supermarket's desk, the points desk's review,
 * declare form and objections): where they render, the language, the client and the village, the shared words, and
 * the live region. A widget's parts add what only they need (see `SzElement.partBasics`).
 */
export interface PartBasics {
  /** The widget's render root (its shadow root): late styles are adopted there, and focus moves within it. */
  readonly root: () => HTMLElement | DocumentFragment;
  readonly locale: () => Locale;
  readonly client: () => Client | undefined;
  readonly village: () => string | undefined;
  readonly common: Localizer<(typeof commonMessages)['zh-CN']>;
  /** Words for the widget's polite live region. */
  readonly announce: (text: string) => void;
}

/** A late part that keeps its own state and renders into its widget: it asks the widget to render, and moves focus within it. */
export abstract class WidgetPart<O extends PartBasics> {
  constructor(
    protected readonly host: ReactiveControllerHost,
    protected readonly options: O,
  ) {}

  protected update(): void {
    this.host.requestUpdate();
  }

  /** The part's words in the widget's language; its late styles, if any, join the widget's root first. */
  protected localize<D extends Dictionary>(
    messages: { readonly 'zh-CN': D; readonly en: English<D> | undefined },
    ...styles: CSSResult[]
  ): Localizer<D> {
    addLateStyles(this.options.root(), ...styles);
    return new Localizer(messages, this.options.locale);
  }

  /** The client and village the part reads and writes with, or undefined while either is missing (nothing to do yet). */
  protected get place(): readonly [Client, string] | undefined {
    const client = this.options.client();
    const village = this.options.village();
    return client && village ? [client, village] : undefined;
  }

  /** Renders what changed, then moves focus to `selector` in it (a refused field, a form just opened, the next step). */
  protected updateAndFocus(selector: string): void {
    this.update();
    void this.focus(selector);
  }

  /** Moves focus, once the widget has rendered, to what `selector` finds in its render root. */
  protected async focus(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.options.root().querySelector<HTMLElement>(selector)?.focus();
  }
}

/** A late part that sends one thing at a time (a redemption, a declaration, a review) and shows why a send failed. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- P is each part's failure type (a desk's has `retryable`), which its `problem` keeps
export abstract class SendingPart<O extends PartBasics, P extends LoadFailure = LoadFailure> extends WidgetPart<O> {
  protected sending = false;
  protected problem: P | undefined;

  /** What is being sent and its Idempotency-Key (see attemptKey). */
  private attempt: { readonly key: string; readonly signature: string } | undefined;

  /**
   * The send's Idempotency-Key: the same while `signature` (what is being sent) stays the same and until
   * `endAttempt()`, so a retry after a dropped connection is answered, not done twice; a changed form is a new attempt.
   */
  protected attemptKey(signature = ''): string {
    if (this.attempt?.signature !== signature) this.attempt = { key: randomId(), signature };
    return this.attempt.key;
  }

  /** The attempt went through (or the form was put away): the next send is a new one. */
  protected endAttempt(): void {
    this.attempt = undefined;
  }

  /** A send starts: the buttons are disabled and the last failure goes. */
  protected startSending(): void {
    this.sending = true;
    this.problem = undefined;
    this.update();
  }

  /**
   * One send, done the same way by every part: the attempt's Idempotency-Key for `signature` goes to `request`. When it
   * answers, the attempt ends and `done` takes the answer; when it (or `done`) fails, `failed` puts the failure where it
   * belongs (at a field, or in `problem`). Either way the part renders and focus moves to the selector they return
   * (none: focus stays where it is, e.g. when the widget around the part moves it).
   */
  protected async sendAttempt<T>(
    signature: string,
    request: (key: string) => Promise<T>,
    outcome: {
      readonly done: (answer: T) => Promise<string | undefined> | string | undefined;
      readonly failed: (error: unknown) => string;
    },
  ): Promise<void> {
    const key = this.attemptKey(signature);
    this.startSending();
    let focusOn: string | undefined;
    try {
      const answer = await request(key);
      this.endAttempt();
      this.sending = false;
      focusOn = await outcome.done(answer);
    } catch (error) {
      this.sending = false;
      focusOn = outcome.failed(error);
    }
    this.update();
    if (focusOn !== undefined) await this.focus(focusOn);
  }
}
