import { askAboutDisclosure, randomId, type Client, type RouteOutput } from '@shanzhi/sdk/browser';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { commonMessages } from '../internal/common-messages.js';
import type { Localizer } from '../internal/localize.js';
import { plainFailure } from '../internal/plain-failure.js';
import type { SzEventDetails } from '../internal/events.js';
import { AnswerLookup, failureNote, fieldError, inputField } from './answer-lookup.js';
import { BoardForm, type FieldErrors } from './board-form.js';
import type { Words } from './parts.js';

type QueryKind = 'question' | 'objection';
type Receipt = RouteOutput<typeof askAboutDisclosure>;
type Field = 'text' | 'contactPhone';

/** What the form needs from the board: where to send, its words, and how to announce a received question. */
export interface QueryFormHost {
  readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
  readonly common: Localizer<(typeof commonMessages)['zh-CN']>;
  /** The client, village and open item, once all are known. */
  readonly target: () => { readonly client: Client; readonly villageId: string; readonly disclosureId: string } | undefined;
  readonly submitted: (detail: SzEventDetails['sz-query-submitted']) => void;
}

/**
 * The board as the form's host sees it: SzElement's `mayHaveCredentials`, false when the widget knows no credentials
 * can go with its requests (no token getter; its own `api-base`, or a provider's without a client of the portal's).
 * Protected on the element, it is read here, in the lazily loaded form, rather than handed down by the board, whose
 * first download is within bytes of its goal (bench/size.mjs).
 */
interface CredentialsHost {
  readonly mayHaveCredentials?: boolean;
}

/**
 * The question / objection form under an opened item (村民委员会组织法 Art 30 查询), with the detail views: only someone
 * who opened an item ever sees it, so a board that only lists never downloads it. Its state lives here and the board
 * renders it again whenever it changes.
 */
export class QueryForm extends BoardForm<Field> {
  private kind: QueryKind = 'question';
  private text = '';
  private phone = '';
  private receipt: Receipt | undefined;
  /** One Idempotency-Key per question: made on the first send, reused when the same text is sent again after a failure. */
  private attemptKey: string | undefined;
  /** "查看答复": reading an answer back with the receipt code. */
  private readonly lookup: AnswerLookup;

  constructor(board: QueryFormHost) {
    super(board);
    this.lookup = new AnswerLookup(board);
  }

  /**
   * Asking is for signed-in villagers (`askAboutDisclosure`'s access): false when the board knows no one is signed in,
   * and then the form says so instead of being filled in and refused.
   */
  private mayAsk(): boolean {
    return (this.board.host as unknown as CredentialsHost).mayHaveCredentials !== false;
  }

  /** Another item (or village): a fresh form. Called while the board updates, so it asks for no render itself. */
  reset(): void {
    this.kind = 'question';
    this.text = '';
    this.phone = '';
    this.errors = {};
    this.failure = undefined;
    this.receipt = undefined;
    this.attemptKey = undefined;
    this.lookup.reset();
  }

  /** Typing in the question or the phone number. */
  private readonly onInput = (event: Event): void => {
    const field = event.target as HTMLInputElement | HTMLTextAreaElement;
    if (field.name === 'text') this.text = field.value;
    else this.phone = field.value;
    this.edited();
  };

  /** Any edit makes a new question: the next send gets a fresh Idempotency-Key. */
  private edited(): void {
    this.attemptKey = undefined;
    this.failure = undefined;
    this.changed();
  }

  private validate(t: Words): FieldErrors<Field> {
    const text = this.text.trim();
    const phone = this.phone.trim();
    // askDisclosureBodySchema's limits, checked by hand so the board carries no zod (the server checks the schema).
    const errors: FieldErrors<Field> = {};
    if (text.length < 5) errors.text = t.t('textTooShort');
    else if (text.length > 1000) errors.text = t.t('textTooLong');
    if (phone.length > 20) errors.contactPhone = t.t('phoneTooLong');
    return errors;
  }

  private async send(event: SubmitEvent, t: Words): Promise<void> {
    event.preventDefault();
    const target = this.board.target();
    if (!target || this.sending) return;
    const { client, villageId, disclosureId } = target;
    this.errors = this.validate(t);
    this.changed();
    if (Object.keys(this.errors).length > 0) {
      await this.focus('[aria-invalid="true"]');
      return;
    }
    this.attemptKey ??= randomId();
    const phone = this.phone.trim();
    this.sending = true;
    this.failure = undefined;
    try {
      const result = await client.request(
        askAboutDisclosure,
        {
          params: { villageId, disclosureId },
          body: { kind: this.kind, text: this.text.trim(), ...(phone ? { contactPhone: phone } : {}) },
        },
        { idempotencyKey: this.attemptKey },
      );
      this.receipt = result.data;
      this.text = '';
      this.phone = '';
      this.attemptKey = undefined;
      this.board.submitted({ villageId, disclosureId, queryId: result.data.id, kind: result.data.kind });
      this.changed();
      await this.focus('[part~="receipt"]');
    } catch (error) {
      // A 401 (no token, or an expired one): said in plain words; what was typed stays, to send once signed in.
      this.failure = plainFailure(error, this.board.common, 401, t.t('signInAgain'));
    } finally {
      this.sending = false;
      this.changed();
    }
  }

  render(t: Words): TemplateResult {
    return html`${this.renderAsk(t)}${this.lookup.render(t)}`;
  }

  /**
   * The receipt shows the query number and the receipt code this once (the server keeps only the code's hash): it
   * stays on screen until the villager asks another question or opens another item, and is kept nowhere else.
   */
  private renderAsk(t: Words): TemplateResult {
    if (this.receipt) {
      const r = this.receipt;
      return html`<section class="query" aria-label=${t.t('queryTitle')}>
        <div class="receipt" part="receipt" role="status" tabindex="-1">
          <p><strong>${t.t('receipt', r.id)}</strong></p>
          <p>${t.t('receiptCode')}: <strong class="code" part="receipt-code">${r.receiptCode}</strong></p>
          <p class="keep" part="keep-code">${t.t('keepCode')}</p>
          <p>${t.t('received', t.date(r.receivedOn))} · ${t.t('answerDue', t.date(r.answerDueOn))}</p>
        </div>
        <button
          type="button"
          @click=${() => {
            this.reset();
            this.changed();
          }}
        >
          ${t.t('askAnother')}
        </button>
      </section>`;
    }
    const errors = this.errors;
    const failure = this.failure;
    const heading = html`<h3 id="query-title">${t.t('queryTitle')}</h3>
      <p class="muted">${t.t('queryIntro')}</p>`;
    if (!this.mayAsk())
      return html`<section class="query" aria-labelledby="query-title">
        ${heading}
        <p class="sign-in" id="query-sign-in" role="note">${t.t('signInToAsk')}</p>
      </section>`;
    return html`<section class="query" aria-labelledby="query-title">
      ${heading}
      <form part="query-form" novalidate @submit=${(e: SubmitEvent) => void this.send(e, t)}>
        <fieldset class="kinds">
          <legend>${t.t('kind')}</legend>
          ${(['question', 'objection'] as const).map(
            (kind) =>
              html`<label class="check"
                ><input
                  type="radio"
                  name="kind"
                  value=${kind}
                  .checked=${this.kind === kind}
                  @change=${() => {
                    this.kind = kind;
                    this.edited();
                  }}
                />${t.t(`kind_${kind}`)}</label
              >`,
          )}
        </fieldset>
        <label for="query-text">${t.t('queryText')}</label>
        <textarea
          id="query-text"
          name="text"
          rows="4"
          maxlength="1000"
          .value=${this.text}
          aria-invalid=${errors.text ? 'true' : 'false'}
          aria-describedby=${errors.text ? 'query-text-error' : nothing}
          @input=${this.onInput}
        ></textarea>
        ${fieldError('query-text-error', errors.text)}
        ${inputField({
          id: 'query-phone',
          name: 'contactPhone',
          label: t.t('contactPhone'),
          value: this.phone,
          error: errors.contactPhone,
          maxLength: 20,
          onInput: this.onInput,
          type: 'tel',
          autocomplete: 'tel',
        })}
        ${failure ? failureNote(failure, this.board.common) : nothing}
        <button type="submit" class="primary" ?disabled=${this.sending}>${this.sending ? t.t('sending') : t.t('send')}</button>
      </form>
    </section>`;
  }
}
