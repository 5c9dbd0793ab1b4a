import { ProblemError } from '@shanzhi/sdk/browser';
import { html, nothing, type TemplateResult } from 'lit';
import { retryProblem } from './send-problem.js';
import { describeFailure } from './states.js';
import { SendingPart, type PartBasics } from './widget-part.js';

/** What a desk form needs of its desk besides the basics: a way to close it (its cancel button, Escape). */
export interface DeskFormOptions extends PartBasics {
  readonly close: () => void;
}

/** Where the focus goes when a field has a problem to show. */
const invalidField = '[part~="form"] [aria-invalid="true"]';

/**
 * A staff desk's form below its opener (the decision desk's steps, the mentoring desk's plans): one Idempotency-Key per
 * attempt kept across retries until the form changes (so a retry over a dropped connection never records twice), the
 * server's problem+json issues by path next to their fields, the problem with its request id and a retry, and the
 * send and cancel buttons. What was typed stays on error; each desk says what it checks, sends and forgets.
 */
export abstract class DeskFormPart<O extends DeskFormOptions, C> extends SendingPart<O> {
  /** Before a send: whether the form may go; false shows its problems and moves the focus to the first. */
  protected abstract ready(): boolean;
  /** Sends with the attempt's key; resolves with what changed (after announcing it). */
  protected abstract send(idempotencyKey: string): Promise<C>;
  /** After a send: forgets what was typed and hands the change to the desk. */
  protected abstract sent(change: C): Promise<void>;
  /** Keeps what the server refused at `path` (a field's problem), where the form shows it. */
  protected abstract refuse(path: string, message: string): void;
  /** Whether a field shows a refusal now: the focus goes there rather than to the form's problem. */
  protected abstract refusedFields(): boolean;
  /** The buttons' words in the desk's language. */
  protected abstract buttonWords(): { readonly sending: string; readonly cancel: string };
  abstract render(): TemplateResult;

  protected readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.submit();
  };

  async submit(): Promise<void> {
    if (this.sending) return;
    if (!this.ready()) {
      this.problem = undefined;
      this.update();
      await this.focus(invalidField);
      return;
    }
    await this.sendAttempt('', (key) => this.send(key), {
      done: async (change) => {
        await this.sent(change);
        return undefined;
      },
      failed: (error) => {
        this.problem = describeFailure(error, this.options.common);
        if (error instanceof ProblemError) for (const issue of error.issues) this.refuse(issue.path.join('.'), issue.message);
        return this.refusedFields() ? invalidField : '[part~="form-problem"]';
      },
    });
  }

  /** A labelled control with its hint and its problem, tied to it by `aria-describedby`; `path` marks the field. */
  protected labelled(
    field: {
      readonly id: string;
      readonly label: string;
      readonly problem: string | undefined;
      readonly hint?: string;
      readonly path?: string;
    },
    control: (described: string, invalid: boolean) => TemplateResult,
  ): TemplateResult {
    const { id, hint, problem } = field;
    const described = [hint === undefined ? '' : `${id}-hint`, `${id}-error`].filter(Boolean).join(' ');
    return html`<div class=${problem === undefined ? 'field' : 'field invalid'} data-field=${field.path ?? nothing}>
      <label for=${id}>${field.label}</label>
      ${hint === undefined ? nothing : html`<p class="hint" id=${`${id}-hint`}>${hint}</p>`} ${control(described, problem !== undefined)}
      <p class="field-error" id=${`${id}-error`}>${problem ?? ''}</p>
    </div>`;
  }

  /** The form around `body`: its heading, what `after` adds (a live check), the last problem, and the buttons. */
  protected frame(
    heading: string,
    body: TemplateResult,
    confirm: string,
    after: TemplateResult | typeof nothing = nothing,
  ): TemplateResult {
    const words = this.buttonWords();
    return html`<form class="desk-form" part="form" novalidate aria-label=${heading} @submit=${this.onSubmit}>
      <p class="form-title">${heading}</p>
      ${body} ${after}
      ${
        this.problem
          ? retryProblem(this.options.common, this.problem, 'form-problem', () => {
              void this.submit();
            })
          : nothing
      }
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.sending}>${this.sending ? words.sending : confirm}</button>
        <button
          type="button"
          @click=${() => {
            this.options.close();
          }}
        >
          ${words.cancel}
        </button>
      </div>
    </form>`;
  }
}
