import type { LoadFailure } from '../internal/states.js';
import type { QueryFormHost } from './query-form.js';

/** The problems of a form's fields, by field name: shown under each field and tied to it by `aria-describedby`. */
export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

/**
 * A form under an opened item whose state lives here and which the board renders again whenever it changes (the
 * question form, the answer look-up): its fields' problems, whether a send is under way, and why the last one failed.
 */
export abstract class BoardForm<Field extends string> {
  protected errors: FieldErrors<Field> = {};
  protected sending = false;
  protected failure: LoadFailure | undefined;

  constructor(protected readonly board: QueryFormHost) {}

  protected changed(): void {
    this.board.host.requestUpdate();
  }

  /** Moves focus, once the board has rendered, to what `selector` finds (the first invalid field, the receipt). */
  protected async focus(selector: string): Promise<void> {
    const host = this.board.host;
    await host.updateComplete;
    host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
