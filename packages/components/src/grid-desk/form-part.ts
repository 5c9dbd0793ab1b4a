import { ProblemError, type Client } from '@shanzhi/sdk/browser';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { AttachmentField } from '../internal/attachment-field.js';
import { addLateStyles } from '../internal/late-styles.js';
import { Localizer } from '../internal/localize.js';
import { describeFailure, type LoadFailure } from '../internal/states.js';
import { SendingPart, type PartBasics } from '../internal/widget-part.js';
import { partMessages } from './part-messages.js';
import { partStyles } from './part-styles.js';
import type { DeskData } from './sz-grid-desk.js';

/** What every part of the grid desk gets: the kit's basics and what the desk read (grids, matters, reports). */
export interface GridPartOptions extends PartBasics {
  readonly desk: () => DeskData | undefined;
}

/** A refusal as the desk shows it beside its form: the server's title, its detail when it says more, the request id. */
export interface FormProblem extends LoadFailure {
  readonly detail: string | undefined;
}

/** The photos a report or a 处置 may carry: the contract's `attachmentIds` (rules, grid/schema.ts). */
const photoMax = 9;

/**
 * What the grid desk's forms share (report, steps, visits, rounds): values as typed, kept on a refusal and forgotten
 * after a send; problems next to their fields — the form's own checks and the server's problem+json issues by path
 * (`place.text`, `department`) — and the refusal itself (403 outside one's grid, 409 a step out of order) next to the
 * button; one Idempotency-Key per attempt, the same across retries until the form changes (SendingPart).
 */
export abstract class FormPart<O extends GridPartOptions> extends SendingPart<O, FormProblem> {
  protected values: Record<string, string> = {};
  protected issues = new Map<string, string>();
  /** The form's ids start with this (unique in the desk). */
  protected abstract readonly prefix: string;
  /** The words of every late part of the desk (part-messages.ts); their styles come with them. */
  protected readonly t: Localizer<(typeof partMessages)['zh-CN']>;

  constructor(host: ReactiveControllerHost, options: O) {
    super(host, options);
    this.t = new Localizer(partMessages, options.locale);
    addLateStyles(options.root(), partStyles);
  }

  /** A photo field (purpose `grid-report`) whose changes make the next send a new attempt. */
  protected photoField(id: string): AttachmentField {
    return new AttachmentField(this.host, {
      ...this.options,
      purpose: 'grid-report',
      id,
      max: photoMax,
      changed: () => {
        this.endAttempt();
      },
    });
  }

  protected where(): readonly [Client, string] {
    const place = this.place;
    if (!place) throw new Error('The desk has no client or village');
    return place;
  }

  /**
   * One read of what the part shows: `keep` takes the answer; a failure is returned (the part shows it with a retry),
   * undefined when it went through. The part renders before and after.
   */
  protected async readInto<T>(
    load: (client: Client, villageId: string) => Promise<{ readonly data: T }>,
    keep: (value: T) => void,
  ): Promise<LoadFailure | undefined> {
    const [client, villageId] = this.where();
    this.update();
    let failure: LoadFailure | undefined;
    try {
      keep((await load(client, villageId)).data);
    } catch (error) {
      failure = describeFailure(error, this.options.common);
    }
    this.update();
    return failure;
  }

  protected set(name: string, value: string): void {
    this.values = { ...this.values, [name]: value };
    this.issues.delete(name);
    this.endAttempt();
    this.changed();
    this.update();
  }

  /** After each change (the report form keeps its draft on the phone). */
  protected changed(): void {
    // Most forms keep nothing.
  }

  protected value(name: string): string {
    return this.values[name] ?? '';
  }

  /** Marks each empty required field; true when none is. */
  protected requireAll(...names: readonly string[]): boolean {
    for (const name of names) if (this.value(name).trim() === '') this.issues.set(name, this.t.t('required'));
    return names.every((name) => !this.issues.has(name));
  }

  /** Puts a failure where it belongs: the server's issues at their fields, anything else beside the button. */
  protected placeFailure(error: unknown): string {
    this.issues = new Map(this.issues);
    let atField = false;
    if (error instanceof ProblemError)
      for (const issue of error.issues) {
        this.issues.set(issue.path.join('.'), issue.message);
        atField = true;
      }
    const detail = error instanceof ProblemError && error.detail !== error.title ? error.detail : undefined;
    this.problem = { ...describeFailure(error, this.options.common), detail };
    return atField ? `[part~="${this.formPart}"] [aria-invalid="true"]` : `[part~="form-problem"]`;
  }

  /** The form's part name (`report-form`, `step-form`, `visit-form`). */
  protected abstract readonly formPart: string;

  protected id(name: string): string {
    return `${this.prefix}-${name.replace(/\./g, '-')}`;
  }

  /** A labelled control with its hint and its problem, described by both. */
  protected field(name: string, label: string, control: (id: string, described: string | typeof nothing) => TemplateResult, hint?: string) {
    const id = this.id(name);
    const issue = this.issues.get(name);
    const described = [hint ? `${id}-hint` : '', issue ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
    return html`<div class=${issue ? 'field invalid' : 'field'}>
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing} ${control(id, described)}
      ${issue ? html`<p class="field-error" id=${`${id}-error`}>${issue}</p>` : nothing}
    </div>`;
  }

  private invalid(name: string): 'true' | 'false' {
    return this.issues.has(name) ? 'true' : 'false';
  }

  protected text(
    name: string,
    label: string,
    options: { readonly max: number; readonly type?: 'text' | 'date'; readonly hint?: string; readonly maxDate?: string },
  ) {
    return this.field(
      name,
      label,
      (id, described) =>
        html`<input
          id=${id}
          type=${options.type ?? 'text'}
          maxlength=${options.max}
          max=${options.maxDate ?? nothing}
          aria-describedby=${described}
          aria-invalid=${this.invalid(name)}
          .value=${live(this.value(name))}
          @input=${(event: Event) => {
            this.set(name, (event.target as HTMLInputElement).value);
          }}
        />`,
      options.hint,
    );
  }

  protected area(name: string, label: string, max: number, hint?: string) {
    return this.field(
      name,
      label,
      (id, described) =>
        html`<textarea
          id=${id}
          rows="4"
          maxlength=${max}
          aria-describedby=${described}
          aria-invalid=${this.invalid(name)}
          .value=${live(this.value(name))}
          @input=${(event: Event) => {
            this.set(name, (event.target as HTMLTextAreaElement).value);
          }}
        ></textarea>`,
      hint,
    );
  }

  /** A `<select>`; `choices` are [value, words], the first usually the empty “please choose”. */
  protected choice(name: string, label: string, choices: readonly (readonly [string, string])[]) {
    return this.field(
      name,
      label,
      (id, described) =>
        html`<select
          id=${id}
          aria-describedby=${described}
          aria-invalid=${this.invalid(name)}
          @change=${(event: Event) => {
            this.set(name, (event.target as HTMLSelectElement).value);
          }}
        >
          ${choices.map(([value, words]) => html`<option value=${value} ?selected=${this.value(name) === value}>${words}</option>`)}
        </select>`,
    );
  }

  /** Radio buttons in a fieldset: large rows a thumb can hit, the problem after them. */
  protected radios(name: string, legend: string, choices: readonly (readonly [string, string])[]) {
    const id = this.id(name);
    const issue = this.issues.get(name);
    return html`<fieldset class=${issue ? 'invalid' : ''} aria-describedby=${issue ? `${id}-error` : nothing}>
      <legend>${legend}</legend>
      ${choices.map(
        ([value, words]) =>
          html`<label class="check"
            ><input
              type="radio"
              name=${id}
              value=${value}
              aria-invalid=${this.invalid(name)}
              .checked=${live(this.value(name) === value)}
              @change=${() => {
                this.set(name, value);
              }}
            />${words}</label
          >`,
      )}
      ${issue ? html`<p class="field-error" id=${`${id}-error`}>${issue}</p>` : nothing}
    </fieldset>`;
  }

  /** A checkbox whose value is 'yes' or ''. */
  protected check(name: string, label: string) {
    const issue = this.issues.get(name);
    return html`<label class="check"
        ><input
          type="checkbox"
          aria-invalid=${this.invalid(name)}
          .checked=${live(this.value(name) === 'yes')}
          @change=${(event: Event) => {
            this.set(name, (event.target as HTMLInputElement).checked ? 'yes' : '');
          }}
        />${label}</label
      >${issue ? html`<p class="field-error">${issue}</p>` : nothing}`;
  }

  /** The refusal beside the button: the server's words, its detail, the request id; focus lands here. */
  protected renderProblem(): TemplateResult | typeof nothing {
    const problem = this.problem;
    if (!problem) return nothing;
    return html`<div class="state error form-problem" part="form-problem" role="alert" tabindex="-1">
      <p class="error-title">${problem.message}</p>
      ${problem.detail ? html`<p>${problem.detail}</p>` : nothing}
      ${problem.requestId ? html`<p class="request-id">${this.options.common.t('requestId', problem.requestId)}</p>` : nothing}
    </div>`;
  }

  /** The send button, in thumb reach at the bottom of a phone's screen (styles: `.send-bar`). */
  protected sendBar(words: string, extra: TemplateResult | typeof nothing = nothing): TemplateResult {
    return html`<div class="send-bar">
      <button type="submit" class="primary" ?disabled=${this.sending}>${this.sending ? this.t.t('sending') : words}</button>
      ${extra}
    </div>`;
  }
}
