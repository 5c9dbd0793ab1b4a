import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { DeskFormPart } from '../internal/desk-form.js';
import type { Localizer } from '../internal/localize.js';
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
 * What the desk's three forms share besides a desk form's frame (DeskFormPart: the attempt's key, so a retry over a
 * dropped connection never assigns twice; the problem; the buttons): field problems next to their fields (the form's
 * own checks and the server's problem+json issues, by path: `milestones.0.title`). What was typed stays on error and
 * goes after a send.
 */
export abstract class DeskFormBase<O extends FormContext> extends DeskFormPart<O, SentChange> implements DeskForm {
  protected readonly t: Localizer<(typeof formMessages)['zh-CN']>;
  protected issues = new Map<string, string>();

  constructor(host: ReactiveControllerHost, options: O) {
    super(host, options);
    this.t = this.localize(formMessages, formStyles);
  }

  /** The form's fields by path (what the server's issues may name). */
  protected abstract readonly fields: () => readonly string[];
  /** The form's own checks: field path → words. */
  protected abstract check(): Map<string, string>;
  /** Forgets what was typed (after a send). */
  protected abstract clear(): void;

  focusFirst(): void {
    this.options.root().querySelector<HTMLElement>('[part~="form"] input, [part~="form"] textarea')?.focus();
  }

  /** The user changed the form: the next send is a new attempt with a new key. */
  protected changed(path?: string): void {
    this.endAttempt();
    if (path !== undefined && this.issues.delete(path)) this.update();
  }

  protected ready(): boolean {
    this.issues = this.check();
    return this.issues.size === 0;
  }

  protected async sent(change: SentChange): Promise<void> {
    this.clear();
    await this.options.sent(change);
  }

  /** Only a path the form has a field for shows there; any other stays in the form's problem. */
  protected refuse(path: string, message: string): void {
    if (this.fields().includes(path)) this.issues.set(path, message);
  }

  protected refusedFields(): boolean {
    return this.issues.size > 0;
  }

  protected buttonWords(): { readonly sending: string; readonly cancel: string } {
    return { sending: this.t.t('sending'), cancel: this.t.t('cancel') };
  }

  /** A labelled field with its hint and its problem, tied to the control by `aria-describedby`. */
  protected field(
    path: string,
    id: string,
    label: string,
    control: (described: string, invalid: boolean) => TemplateResult,
    hint?: string,
  ): TemplateResult {
    return this.labelled({ id, label, problem: this.issues.get(path), hint }, control);
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
}
