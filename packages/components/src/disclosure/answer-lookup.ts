import { normalizeTrackingCode, trackingCodeAlphabet } from '@shanzhi/rules';
import type { lookUpDisclosureQuery as LookUpRoute } from '@shanzhi/sdk';
import type { RouteOutput, RouteRef } from '@shanzhi/sdk/browser';
import { html, nothing, type TemplateResult } from 'lit';
import { plainFailure } from '../internal/plain-failure.js';
import type { LoadFailure } from '../internal/states.js';
import { BoardForm } from './board-form.js';
import type { QueryFormHost } from './query-form.js';
import type { Words } from './parts.js';

/**
 * The read-back route's reference, checked by the compiler against the contract's route. Written here rather than
 * imported from `@shanzhi/sdk/browser`: the board's first screen reaches that module through the SDK's index, so its
 * code would join the first download; here it stays in the detail views' chunk, which only an opened item loads.
 */
const lookUpDisclosureQuery: RouteRef<typeof LookUpRoute> = {
  id: 'lookUpDisclosureQuery',
  method: 'POST',
  path: '/v1/villages/{villageId}/disclosure-queries/{queryId}/lookup',
  idempotency: 'none',
  readOnly: true,
};

type Found = RouteOutput<typeof lookUpDisclosureQuery>;

/** A field's error message, referred to by the field's `aria-describedby`. */
export function fieldError(id: string, message: string | undefined): TemplateResult | typeof nothing {
  return message === undefined ? nothing : html`<p id=${id} class="field-error">${message}</p>`;
}

/** A one-line field of the board's forms: its label, the input and its error (by `aria-describedby`). */
export interface InputSpec {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly error: string | undefined;
  readonly maxLength: number;
  readonly onInput: (event: Event) => void;
  readonly type?: 'text' | 'tel';
  readonly autocomplete?: string;
  /** A code read off a slip: capitals, no spellcheck. */
  readonly code?: boolean;
}

export function inputField(spec: InputSpec): TemplateResult {
  const errorId = `${spec.id}-error`;
  return html`<label for=${spec.id}>${spec.label}</label>
    <input
      id=${spec.id}
      name=${spec.name}
      type=${spec.type ?? 'text'}
      autocomplete=${spec.autocomplete ?? 'off'}
      autocapitalize=${spec.code ? 'characters' : nothing}
      spellcheck=${spec.code ? 'false' : nothing}
      maxlength=${spec.maxLength}
      .value=${spec.value}
      aria-invalid=${spec.error ? 'true' : 'false'}
      aria-describedby=${spec.error ? errorId : nothing}
      @input=${spec.onInput}
    />
    ${fieldError(errorId, spec.error)}`;
}

/** Why a send failed, with the request id to quote: an alert, focusable so focus can move to it. */
export function failureNote(failure: LoadFailure, common: QueryFormHost['common'], part?: string): TemplateResult {
  return html`<div class="state error" part=${part ?? nothing} role="alert" tabindex=${part ? '-1' : nothing}>
    <p>${failure.message}</p>
    ${failure.requestId ? html`<p class="request-id">${common.t('requestId', failure.requestId)}</p>` : nothing}
  </div>`;
}

/** A receipt code as the server checks it (`receiptCodeSchema`): 12 symbols of the tracking codes' alphabet. */
const receiptCodePattern = new RegExp(`^[${trackingCodeAlphabet}]{12}$`);

/**
 * "查看答复": the asker types the query number and the receipt code from their receipt and reads the answer. The code
 * is a password: it goes in the body of a POST (never a URL), is kept only in this form while typed, and is forgotten
 * as soon as it was sent, whatever the answer.
 */
export class AnswerLookup extends BoardForm<'queryId' | 'receiptCode'> {
  private queryId = '';
  private code = '';
  private found: Found | undefined;

  reset(): void {
    this.queryId = '';
    this.code = '';
    this.errors = {};
    this.failure = undefined;
    this.found = undefined;
  }

  private readonly onInput = (event: Event): void => {
    const field = event.target as HTMLInputElement;
    if (field.name === 'queryId') this.queryId = field.value;
    else this.code = field.value;
    this.failure = undefined;
    this.changed();
  };

  private async send(event: SubmitEvent, t: Words): Promise<void> {
    event.preventDefault();
    const target = this.board.target();
    if (!target || this.sending) return;
    const queryId = this.queryId.trim();
    const receiptCode = normalizeTrackingCode(this.code);
    this.errors = {};
    if (queryId === '') this.errors.queryId = t.t('lookupIdMissing');
    if (!receiptCodePattern.test(receiptCode)) this.errors.receiptCode = t.t('lookupCodeInvalid');
    if (Object.keys(this.errors).length > 0) {
      this.changed();
      await this.focus('.lookup [aria-invalid="true"]');
      return;
    }
    this.sending = true;
    this.failure = undefined;
    this.found = undefined;
    this.changed();
    try {
      const result = await target.client.request(lookUpDisclosureQuery, {
        params: { villageId: target.villageId, queryId },
        body: { receiptCode },
      });
      this.found = result.data;
    } catch (error) {
      // A wrong code and an unknown number answer the same 404: say so plainly, without telling which.
      this.failure = plainFailure(error, this.board.common, 404, t.t('lookupNotFound'));
    } finally {
      this.code = '';
      this.sending = false;
      this.changed();
    }
    await this.focus('[part~="lookup-result"]');
  }

  private renderFound(found: Found, t: Words): TemplateResult {
    return html`<div class="receipt" part="lookup-result" role="status" tabindex="-1">
      <p><strong>${t.t('yourQuestion')}</strong></p>
      <p class="quoted">${found.text}</p>
      ${
        found.answer
          ? html`<p>
                <strong>${t.t('answerLabel')}</strong> <span class="muted">${t.t('answeredOn', t.date(found.answer.answeredOn))}</span>
              </p>
              <p class="quoted">${found.answer.text}</p>`
          : html`<p>${t.t('notAnsweredYet', t.date(found.answerDueOn))}</p>`
      }
    </div>`;
  }

  render(t: Words): TemplateResult {
    const { errors, failure, found } = this;
    return html`<section class="query lookup" aria-labelledby="lookup-title">
      <h3 id="lookup-title">${t.t('lookupTitle')}</h3>
      <p class="muted">${t.t('lookupIntro')}</p>
      <form part="lookup-form" novalidate @submit=${(e: SubmitEvent) => void this.send(e, t)}>
        ${inputField({
          id: 'lookup-id',
          name: 'queryId',
          label: t.t('lookupId'),
          value: this.queryId,
          error: errors.queryId,
          maxLength: 64,
          onInput: this.onInput,
        })}
        ${inputField({
          id: 'lookup-code',
          name: 'receiptCode',
          label: t.t('lookupCode'),
          value: this.code,
          error: errors.receiptCode,
          maxLength: 20,
          onInput: this.onInput,
          code: true,
        })}
        <button type="submit" ?disabled=${this.sending}>${this.sending ? t.t('sending') : t.t('lookupSend')}</button>
      </form>
      ${failure ? failureNote(failure, this.board.common, 'lookup-result') : nothing} ${found ? this.renderFound(found, t) : nothing}
    </section>`;
  }
}
