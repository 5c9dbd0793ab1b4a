import type { Client } from '@shanzhi/sdk/browser';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { DeskFormPart } from '../internal/desk-form.js';
import type { Localizer } from '../internal/localize.js';
import type { DeskChange, PanelContext } from './panel-context.js';
import { panelMessages } from './panel-messages.js';

export type PanelWords = Localizer<(typeof panelMessages)['zh-CN']>;

/** A text, date or number input of a form, bound to one of its string values by name. */
export interface InputSpec {
  readonly type: 'text' | 'date' | 'number';
  readonly maxLength?: number;
  readonly max?: string;
}

/**
 * What the panel's forms share besides a desk form's frame (DeskFormPart: the attempt's key, the problem, the
 * buttons): their values as typed (strings, kept on a refusal and forgotten after a send), and field problems next to
 * their fields (the form's own checks, the rules' live check and the server's problem+json issues, by path:
 * `meeting.present`).
 */
export abstract class FormBase extends DeskFormPart<PanelContext, DeskChange> {
  protected readonly t: PanelWords;
  protected values: Record<string, string> = {};
  /** Problems the last send was refused with, by path; a field's goes when it is changed. */
  protected refused = new Map<string, string>();
  /** Set after a send was tried: required fields left empty are shown from then on. */
  protected tried = false;

  constructor(host: ReactiveControllerHost, options: PanelContext) {
    super(host, options);
    this.t = this.localize(panelMessages);
  }

  /** Field problems of the form as it is now: path → words (its own checks and, for a step, the rules'). */
  protected abstract problems(): Map<string, string>;

  /** Which path a field shows the problems of (a meeting's `votes` problem shows at its `votes.for`). */
  protected fieldOf(path: string): string {
    return path;
  }

  protected set(name: string, value: string): void {
    this.values = { ...this.values, [name]: value };
    this.endAttempt();
    this.refused.delete(name);
    this.update();
  }

  /** What typing in (or choosing from) the control of `path` does: keeps its value (see `set`). */
  protected typedInto(path: string): (event: Event) => void {
    return (event) => {
      this.set(path, (event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value);
    };
  }

  /** The client and village to send with (a form is only open while the desk has both). */
  protected where(): readonly [Client, string] {
    const place = this.place;
    if (!place) throw new Error('The desk has no client or village');
    return place;
  }

  /** Whether the form's files (if any) are all uploaded; a form with files says what to do when they are not. */
  protected filesReady(): boolean {
    return true;
  }

  /** What the form forgets after a send besides its values (its files). */
  protected forget(): void {
    this.values = {};
  }

  /** Where a refused path shows when no field of the form has it (the files' `attachmentIds.N`): true when it took it. */
  protected refusedElsewhere?: (path: string, message: string) => boolean;

  /** A send is tried: from now on required fields left empty show, and files still uploading hold it. */
  protected ready(): boolean {
    this.tried = true;
    const filesReady = this.filesReady();
    return this.blockingProblems().size === 0 && filesReady;
  }

  protected async sent(change: DeskChange): Promise<void> {
    this.forget();
    this.tried = false;
    await this.options.changed(change);
  }

  protected refuse(path: string, message: string): void {
    const field = this.fieldOf(path);
    if (this.refusedElsewhere?.(field, message) !== true) this.refused.set(field, message);
  }

  protected refusedFields(): boolean {
    return this.refused.size > 0;
  }

  protected buttonWords(): { readonly sending: string; readonly cancel: string } {
    return { sending: this.t.t('sending'), cancel: this.t.t('cancel') };
  }

  /** The problems that stop a send (a step's findings of an invalid meeting do not: it happened, so it is recorded). */
  protected blockingProblems(): Map<string, string> {
    return this.problems();
  }

  private memo: { readonly values: Record<string, string>; readonly tried: boolean; readonly problems: Map<string, string> } | undefined;

  /** `problems()` once per change of the values: every field of a render asks for it. */
  protected currentProblems(): Map<string, string> {
    if (this.memo?.values !== this.values || this.memo.tried !== this.tried)
      this.memo = { values: this.values, tried: this.tried, problems: this.problems() };
    return this.memo.problems;
  }

  /** Every problem a field shows now: the server's refusal first, then the form's own. */
  protected shown(): Map<string, string> {
    const found = new Map<string, string>();
    for (const [path, words] of this.currentProblems()) found.set(this.fieldOf(path), words);
    for (const [path, words] of this.refused) found.set(path, words);
    return found;
  }

  /** A labelled control with its hint and its problem, tied to it by `aria-describedby`. */
  protected field(
    path: string,
    label: string,
    control: (id: string, described: string, invalid: boolean) => TemplateResult,
    hint?: string,
  ): TemplateResult {
    const id = `dd-${path.replace(/\./g, '-')}`;
    return this.labelled({ id, label, problem: this.shown().get(path), hint, path }, (described, invalid) =>
      control(id, described, invalid),
    );
  }

  /** A labelled `<input>` whose value lives in `values[path]` and is set on every keystroke. */
  protected input(path: string, label: string, spec: InputSpec, hint?: string): TemplateResult {
    const number = spec.type === 'number';
    return this.field(
      path,
      label,
      (id, described, invalid) =>
        html`<input
          id=${id}
          type=${spec.type}
          inputmode=${number ? 'numeric' : nothing}
          min=${number ? '0' : nothing}
          step=${number ? '1' : nothing}
          max=${spec.max ?? nothing}
          maxlength=${spec.maxLength ?? nothing}
          aria-describedby=${described}
          aria-invalid=${invalid ? 'true' : 'false'}
          .value=${live(this.values[path] ?? '')}
          @input=${this.typedInto(path)}
        />`,
      hint,
    );
  }

  protected textarea(path: string, label: string, maxLength: number, hint?: string): TemplateResult {
    return this.field(
      path,
      label,
      (id, described, invalid) =>
        html`<textarea
          id=${id}
          rows="3"
          maxlength=${maxLength}
          aria-describedby=${described}
          aria-invalid=${invalid ? 'true' : 'false'}
          .value=${live(this.values[path] ?? '')}
          @input=${this.typedInto(path)}
        ></textarea>`,
      hint,
    );
  }

  protected select(path: string, label: string, options: readonly (readonly [string, string])[]): TemplateResult {
    return this.field(
      path,
      label,
      (id, described, invalid) =>
        html`<select id=${id} aria-describedby=${described} aria-invalid=${invalid ? 'true' : 'false'} @change=${this.typedInto(path)}>
          ${options.map(([value, words]) => html`<option value=${value} ?selected=${(this.values[path] ?? '') === value}>${words}</option>`)}
        </select>`,
    );
  }

  /** A required value: `required` when empty, once a send was tried. */
  protected requireText(found: Map<string, string>, path: string): void {
    if (this.tried && (this.values[path] ?? '').trim() === '') found.set(path, this.t.t('required'));
  }

  /** A whole number typed in `path`, or undefined (empty); a problem when it is not one. */
  protected count(found: Map<string, string>, path: string, required: boolean): number | undefined {
    const text = (this.values[path] ?? '').trim();
    if (text === '') {
      if (required && this.tried) found.set(path, this.t.t('required'));
      return undefined;
    }
    if (!/^\d{1,7}$/.test(text)) {
      found.set(path, this.t.t('wholeNumber'));
      return undefined;
    }
    return Number(text);
  }
}
