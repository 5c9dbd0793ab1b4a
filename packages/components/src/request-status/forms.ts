import { orderCategories, ratingGrades, type OrderCategory } from '@shanzhi/rules';
import { fileOrderRequest, ProblemError, rateServiceRequest, type RouteOutput } from '@shanzhi/sdk/browser';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { checkOption } from '../internal/check-option.js';
import type { Localizer } from '../internal/localize.js';
import { describeFailure } from '../internal/states.js';
import { SendingPart, type PartBasics } from '../internal/widget-part.js';
import { formMessages } from './form-messages.js';
import { formStyles } from './form-styles.js';
import { sendRow } from './send-row.js';

export type Receipt = RouteOutput<typeof fileOrderRequest>;
export type RequestStatus = RouteOutput<typeof rateServiceRequest>;
type Words = Localizer<(typeof formMessages)['zh-CN']>;
/** A code of the rules' tables with its name in both languages (an order category, a rating grade). */
type LabelledCode = (typeof orderCategories)[number] | (typeof ratingGrades)[number];

/**
 * What the villager's two forms share: the values as typed (in memory only, never in storage), the problems at their
 * fields (the form's own, or the server's 400 issues by path), the server's refusal next to the button, and one
 * Idempotency-Key per attempt (SendingPart). After a success every value is forgotten.
 */
abstract class VillagerForm<O extends PartBasics> extends SendingPart<O> {
  protected readonly t: Words;
  protected values: Record<string, string> = {};
  protected issues = new Map<string, string>();

  constructor(host: ReactiveControllerHost, options: O) {
    super(host, options);
    this.t = this.localize(formMessages, formStyles);
  }

  /** The form's field for a server issue's path (`applicant.mobile` → `mobile`). */
  protected abstract fieldOf(path: string): string | undefined;

  protected failed(error: unknown): string {
    this.issues = new Map();
    if (error instanceof ProblemError) {
      for (const issue of error.issues) {
        const field = this.fieldOf(issue.path.join('.'));
        if (field !== undefined && !this.issues.has(field)) this.issues.set(field, issue.message);
      }
      if (this.issues.size > 0) return '[aria-invalid="true"]';
    }
    this.problem = describeFailure(error, this.options.common);
    return '[part~="form-problem"]';
  }

  /** The fields the form cannot be sent without; focus goes to the first one missing. */
  protected missing(required: readonly string[], message: string): boolean {
    this.issues = new Map(required.filter((name) => (this.values[name] ?? '').trim() === '').map((name) => [name, message]));
    if (this.issues.size === 0) return false;
    this.updateAndFocus('[aria-invalid="true"]');
    return true;
  }

  protected readonly onInput = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    this.values = { ...this.values, [target.name]: target.value };
    // A changed form is a new attempt; the problem at this field goes.
    this.endAttempt();
    this.issues.delete(target.name);
    this.update();
  };

  protected described(id: string, name: string, hint?: string): string | typeof nothing {
    const ids = [hint === undefined ? '' : `${id}-hint`, this.issues.has(name) ? `${id}-error` : ''].filter(Boolean).join(' ');
    return ids === '' ? nothing : ids;
  }

  protected fieldExtras(id: string, name: string, hint?: string): TemplateResult {
    const issue = this.issues.get(name);
    return html`${hint === undefined ? nothing : html`<p id=${`${id}-hint`} class="hint">${hint}</p>`}
    ${issue === undefined ? nothing : html`<p id=${`${id}-error`} class="field-error">${issue}</p>`}`;
  }

  /** A field's box: its label, the control, then its hint and problem. */
  private fieldBox(id: string, name: string, label: string, control: TemplateResult, hint?: string): TemplateResult {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${control} ${this.fieldExtras(id, name, hint)}
    </div>`;
  }

  protected input(name: string, label: string, options: { type?: string; maxlength: number; hint?: string }): TemplateResult {
    const id = `rs-${name}`;
    const control = html`<input
      id=${id}
      name=${name}
      type=${options.type ?? 'text'}
      autocomplete="off"
      maxlength=${options.maxlength}
      .value=${live(this.values[name] ?? '')}
      aria-invalid=${this.issues.has(name) ? 'true' : 'false'}
      aria-describedby=${this.described(id, name, options.hint)}
      @input=${this.onInput}
    />`;
    return this.fieldBox(id, name, label, control, options.hint);
  }

  protected textarea(name: string, label: string, hint: string): TemplateResult {
    const id = `rs-${name}`;
    const control = html`<textarea
      id=${id}
      name=${name}
      rows="4"
      maxlength="500"
      .value=${live(this.values[name] ?? '')}
      aria-invalid=${this.issues.has(name) ? 'true' : 'false'}
      aria-describedby=${this.described(id, name, hint)}
      @input=${this.onInput}
    ></textarea>`;
    return this.fieldBox(id, name, label, control, hint);
  }

  /**
   * A choice among the rules' labelled codes (categories, grades) as radio buttons, in the form's language: large
   * targets, every option visible (better than a select for elders).
   */
  protected radios(name: string, legend: string, options: readonly LabelledCode[]): TemplateResult {
    const id = `rs-${name}`;
    const locale = this.options.locale();
    return html`<fieldset
      class="choices"
      aria-invalid=${this.issues.has(name) ? 'true' : 'false'}
      aria-describedby=${this.described(id, name)}
    >
      <legend>${legend}</legend>
      ${options.map((one) =>
        checkOption({
          type: 'radio',
          name,
          value: one.code,
          checked: this.values[name] === one.code,
          label: one[locale],
          change: this.onInput,
        }),
      )}
      ${this.fieldExtras(id, name)}
    </fieldset>`;
  }

  /** Sends the form's body; `send` checks it first, then calls `sendValues`. */
  protected abstract send(event: SubmitEvent): Promise<void>;

  /**
   * One send of the form (SendingPart's attempt for `signature`): on success every value is forgotten before `done`
   * takes the answer (个人信息保护法 Art 19: kept no longer than needed); a failure goes to its field or by the button.
   */
  protected sendValues<T>(signature: string, request: (idempotencyKey: string) => Promise<T>, done: (answer: T) => void): Promise<void> {
    return this.sendAttempt(signature, request, {
      done: (answer) => {
        this.values = {};
        done(answer);
        return undefined;
      },
      failed: (error) => this.failed(error),
    });
  }

  /** The form around `body`: its heading (which labels it and takes focus), its intro, then the fields and buttons. */
  protected frame(
    words: { readonly part: string; readonly titleId: string; readonly title: string; readonly intro: string },
    body: TemplateResult,
  ): TemplateResult {
    return html`<form
      part=${words.part}
      class="late-form"
      method="post"
      novalidate
      aria-labelledby=${words.titleId}
      @submit=${(e: SubmitEvent) => void this.send(e)}
    >
      <h3 id=${words.titleId} tabindex="-1">${words.title}</h3>
      <p class="hint">${words.intro}</p>
      ${body}
    </form>`;
  }

  protected actions(sendWord: string, cancel?: () => void): TemplateResult {
    return sendRow(
      this.options.common,
      { problem: this.problem, sending: this.sending },
      { send: sendWord, sending: this.t.t('sending') },
      cancel ? html`<button type="button" @click=${cancel}>${this.t.t('cancel')}</button>` : nothing,
    );
  }
}

export interface OrderFormOptions extends PartBasics {
  /** The order went in: the widget shows the receipt (with the code, this once) and the status. */
  readonly filed: (receipt: Receipt) => void;
  readonly cancel: () => void;
}

const orderFields: Readonly<Record<string, string>> = {
  'applicant.name': 'name',
  'applicant.mobile': 'mobile',
  category: 'category',
  text: 'text',
};

/**
 * 群众点单 (seed 002): the villager says what they need, in which of the categories the village serves, and how to be
 * called back. Name and mobile go to the cadre and grid worker only (docs/requests.md); after the receipt the form
 * forgets all of it.
 */
export class OrderForm extends VillagerForm<OrderFormOptions> {
  protected fieldOf(path: string): string | undefined {
    return orderFields[path];
  }

  protected async send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const place = this.place;
    if (!place || this.sending || this.missing(['name', 'mobile', 'category', 'text'], this.t.t('required'))) return;
    const [client, villageId] = place;
    const v = this.values;
    const body = {
      applicant: { name: (v.name ?? '').trim(), mobile: (v.mobile ?? '').replace(/\s/g, '') },
      category: v.category as OrderCategory,
      text: (v.text ?? '').trim(),
    };
    await this.sendValues(
      JSON.stringify(body),
      (idempotencyKey) => client.request(fileOrderRequest, { params: { villageId }, body }, { idempotencyKey }),
      (result) => {
        this.options.filed(result.data);
      },
    );
  }

  render(): TemplateResult {
    return this.frame(
      { part: 'order-form', titleId: 'rs-order-title', title: this.t.t('orderTitle'), intro: this.t.t('orderIntro') },
      html`${this.input('name', this.t.t('name'), { maxlength: 40 })}
      ${this.input('mobile', this.t.t('mobile'), { type: 'tel', maxlength: 20, hint: this.t.t('mobileHint') })}
      ${this.radios('category', this.t.t('category'), orderCategories)} ${this.textarea('text', this.t.t('text'), this.t.t('textHint'))}
      ${this.actions(this.t.t('send'), () => {
        this.values = {};
        this.issues = new Map();
        this.problem = undefined;
        this.endAttempt();
        this.options.cancel();
      })}`,
    );
  }
}

export interface RatingFormOptions extends PartBasics {
  readonly requestId: () => string | undefined;
  /** The receipt code the status was read with: it travels in the body of the rating, never in a URL. */
  readonly receiptCode: () => string;
  readonly rated: (status: RequestStatus) => void;
}

/**
 * 评单 / 好差评 (国办发〔2019〕51号): five grades from 非常满意 to 非常不满意 and an optional comment, once per request.
 * A rating before the work is done, or a second one, is refused by the server with its own words, shown by the button.
 */
export class RatingForm extends VillagerForm<RatingFormOptions> {
  protected fieldOf(path: string): string | undefined {
    return path === 'grade' || path === 'comment' ? path : undefined;
  }

  protected async send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const place = this.place;
    const requestId = this.options.requestId();
    if (!place || requestId === undefined || this.sending || this.missing(['grade'], this.t.t('gradeRequired'))) return;
    const [client, villageId] = place;
    const comment = (this.values.comment ?? '').trim();
    const body = { receiptCode: this.options.receiptCode(), grade: Number(this.values.grade), ...(comment === '' ? {} : { comment }) };
    await this.sendValues(
      `${requestId}:${String(body.grade)}:${comment}`,
      (idempotencyKey) => client.request(rateServiceRequest, { params: { villageId, requestId }, body }, { idempotencyKey }),
      (result) => {
        this.options.announce(this.t.t('rated'));
        this.options.rated(result.data);
      },
    );
  }

  render(): TemplateResult {
    return this.frame(
      { part: 'rating-form', titleId: 'rs-rate-title', title: this.t.t('rateTitle'), intro: this.t.t('rateIntro') },
      html`${this.radios('grade', this.t.t('grade'), ratingGrades)}
      ${this.textarea('comment', this.t.t('comment'), this.t.t('commentHint'))} ${this.actions(this.t.t('rate'))}`,
    );
  }
}
