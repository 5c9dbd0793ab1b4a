import { ProblemError } from '@shanzhi/sdk/browser';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { addLateStyles } from '../internal/late-styles.js';
import { Localizer } from '../internal/localize.js';
import { describeFailure, errorState } from '../internal/states.js';
import { SendingPart } from '../internal/widget-part.js';
import type { DeskForm, FormContext, SentChange } from './form-context.js';
import { formMessages } from './form-messages.js';
import { formStyles } from './form-styles.js';

/** An input of a desk form: its type, limits and where its value lives. */
export interface InputSpec {
  readonly type: 'text' | 'date' | 'number';
  readonly value: string;
  readonly set: (value: string) => void;
  /** An id or code, not words: no autocomplete, no spellcheck. */
  readonly identifier?: boolean;
  readonly maxLength?: number;
  readonly min?: string | number;
  readonly max?: number;
  /** The id of a `<datalist>` of suggestions. */
  readonly list?: string;
}

/**
 * What the desk's three forms share: field problems next to their fields (the form's own checks and the server's
 * problem+json issues, by path: `milestones.0.title`), one Idempotency-Key per attempt kept across retries until
 * the form changes (so a retry over a dropped connection never assigns twice), the problem with its request id and
 * a retry, and the buttons. What was typed stays on error and goes after a send.
 */
export abstract class DeskFormBase<O extends FormContext> extends SendingPart<O> implements DeskForm {
  protected readonly t: Localizer<(typeof formMessages)['zh-CN']>;
  protected issues = new Map<string, string>();

  constructor(host: ReactiveControllerHost, options: O) {
    super(host, options);
    this.t = new Localizer(formMessages, options.locale);
    addLateStyles(options.root(), formStyles);
  }

  /** The form's fields by path (what the server's issues may name). */
  protected abstract readonly fields: () => readonly string[];
  /** The form's own checks: field path → words. */
  protected abstract check(): Map<string, string>;
  /** Sends with the attempt's key; resolves with what changed (after announcing it). */
  protected abstract send(idempotencyKey: string): Promise<SentChange>;
  /** Forgets what was typed (after a send). */
  protected abstract clear(): void;
  abstract render(): TemplateResult;

  focusFirst(): void {
    this.options.root().querySelector<HTMLElement>('[part~="form"] input, [part~="form"] textarea')?.focus();
  }

  /** The user changed the form: the next send is a new attempt with a new key. */
  protected changed(path?: string): void {
    this.endAttempt();
    if (path !== undefined && this.issues.delete(path)) this.update();
  }

  protected readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.submit();
  };

  async submit(): Promise<void> {
    if (this.sending) return;
    this.issues = this.check();
    if (this.issues.size > 0) {
      this.problem = undefined;
      this.update();
      await this.focus('[part~="form"] [aria-invalid="true"]');
      return;
    }
    await this.sendAttempt('', (key) => this.send(key), {
      done: async (change) => {
        this.clear();
        await this.options.sent(change);
        return undefined;
      },
      failed: (error) => {
        this.problem = describeFailure(error, this.options.common);
        if (error instanceof ProblemError) {
          const known = new Set(this.fields());
          for (const issue of error.issues) {
            const path = issue.path.join('.');
            if (known.has(path)) this.issues.set(path, issue.message);
          }
        }
        return this.issues.size > 0 ? '[part~="form"] [aria-invalid="true"]' : '[part~="form-problem"]';
      },
    });
  }

  /** A labelled field with its hint and its problem, tied to the control by `aria-describedby`. */
  protected field(
    path: string,
    id: string,
    label: string,
    control: (described: string, invalid: boolean) => TemplateResult,
    hint?: string,
  ) {
    const issue = this.issues.get(path);
    const described = [hint === undefined ? '' : `${id}-hint`, `${id}-error`].filter(Boolean).join(' ');
    return html`<div class=${issue === undefined ? 'field' : 'field invalid'}>
      <label for=${id}>${label}</label>
      ${hint === undefined ? nothing : html`<p class="hint" id=${`${id}-hint`}>${hint}</p>`} ${control(described, issue !== undefined)}
      <p class="field-error" id=${`${id}-error`}>${issue ?? ''}</p>
    </div>`;
  }

  /** A labelled `<input>` (see `field`) whose value lives in the form and is set on every keystroke. */
  protected input(path: string, id: string, label: string, spec: InputSpec, hint?: string): TemplateResult {
    const number = spec.type === 'number';
    return this.field(
      path,
      id,
      label,
      (described, invalid) =>
        html`<input
          id=${id}
          type=${spec.type}
          autocomplete=${spec.identifier ? 'off' : nothing}
          spellcheck=${spec.identifier ? 'false' : nothing}
          inputmode=${number ? 'numeric' : nothing}
          step=${number ? '1' : nothing}
          maxlength=${spec.maxLength ?? nothing}
          min=${spec.min ?? nothing}
          max=${spec.max ?? nothing}
          list=${spec.list ?? nothing}
          aria-describedby=${described}
          aria-invalid=${invalid ? 'true' : 'false'}
          .value=${live(spec.value)}
          @input=${(event: Event) => {
            spec.set((event.target as HTMLInputElement).value);
          }}
        />`,
      hint,
    );
  }

  /** The form around `body`: its heading, the last problem, and the send and cancel buttons. */
  protected frame(heading: string, body: TemplateResult, confirm: string): TemplateResult {
    return html`<form class="desk-form" part="form" novalidate aria-label=${heading} @submit=${this.onSubmit}>
      <p class="form-title">${heading}</p>
      ${body}
      ${
        this.problem
          ? html`<div part="form-problem" tabindex="-1">
              ${errorState(this.options.common, this.problem, () => {
                void this.submit();
              })}
            </div>`
          : nothing
      }
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.sending}>${this.sending ? this.t.t('sending') : confirm}</button>
        <button
          type="button"
          @click=${() => {
            this.options.close();
          }}
        >
          ${this.t.t('cancel')}
        </button>
      </div>
    </form>`;
  }
}
