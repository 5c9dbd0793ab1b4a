import { lookUpServiceRequest, ProblemError, type Client, type RouteOutput } from '@shanzhi/sdk/browser';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { beforeImport } from '../internal/before-import.js';
import { captionRow } from '../internal/caption-row.js';
import { elderControlsStyles } from '../internal/elder-controls-styles.js';
import { ElderControls } from '../internal/elder-controls.js';
import { Localizer } from '../internal/localize.js';
import { lookupForm, type LookupField } from '../internal/lookup-form.js';
import { partBasics } from '../internal/part-basics.js';
import { RemoteData } from '../internal/remote-data.js';
import { describeFailure, errorState, loadingState, type LoadFailure } from '../internal/states.js';
import { stepList } from '../internal/step-list.js';
import { SzElement } from '../internal/sz-element.js';
import { widgetStyles } from '../internal/widget-styles.js';
import './events.js';
import type * as FormsModule from './forms.js';
import type { OrderForm, RatingForm, Receipt } from './forms.js';
import { requestStatusMessages, type RequestStatusChinese } from './messages.js';
import { requestStatusStyles } from './styles.js';

export type RequestStatus = RouteOutput<typeof lookUpServiceRequest>;
/** What a look-up finds: the request, or nothing for this number and code (a wrong code answers as an unknown request). */
type Lookup = { readonly kind: 'found'; readonly status: RequestStatus } | { readonly kind: 'notFound' };
type LookupArgs = readonly [Client, string, string, string];

/**
 * For villagers: follow a 代办 or 点单 request with its request number and receipt code, see its steps in plain words
 * with dates and the next deadline, hear them read aloud (长辈版 voice readout, where the browser can speak), and rate
 * the service once it is done (评单 / 好差评, 国办发〔2019〕51号) — a bad rating goes to the village supervisory
 * committee, whose answer shows here. "我要点单" orders a service (群众点单, seed 002) and shows the receipt code once.
 * The receipt code travels only in request bodies, never in a URL or an attribute; what the villager typed into a form
 * is forgotten once it is sent. The order and rating forms are a chunk of their own, loaded on first use.
 *
 * @element sz-request-status
 *
 * @fires sz-request-status-order - A 点单 was filed. `detail: { requestId }` — an id only, never the receipt code.
 * @fires sz-request-status-rate - A request was rated. `detail: { requestId }` — never the grade's author or the comment.
 *
 * @csspart title - The heading.
 * @csspart order - The "order a service" button.
 * @csspart order-form - The 点单 form.
 * @csspart receipt - The receipt after ordering: the request number and the receipt code, shown once.
 * @csspart receipt-code - The receipt code.
 * @csspart lookup - The request number and receipt code form.
 * @csspart not-found - Said when no request matches the number and code.
 * @csspart status - The request's status.
 * @csspart steps - The steps, in order, with their dates.
 * @csspart read-aloud - The button that reads the status aloud (absent when the browser cannot speak).
 * @csspart rating - The villager's rating, or the button to rate.
 * @csspart rating-form - The rating form.
 * @csspart form-problem - The server's refusal of an order or a rating, by its button.
 * @csspart follow-up - The supervisory committee's follow-up of a bad rating.
 * @csspart loading - The loading skeleton.
 * @csspart error - The error state.
 * @csspart retry - The retry button.
 * @csspart offline - The offline state.
 * @csspart elder-controls - The 长辈版 switch, text size and read-aloud buttons.
 *
 * @cssprop --sz-color-primary - The current step and the primary buttons.
 * @cssprop --sz-color-text - Text.
 * @cssprop --sz-color-text-muted - Hints and steps not reached.
 * @cssprop --sz-color-surface - Fields.
 * @cssprop --sz-color-surface-alt - The receipt.
 * @cssprop --sz-color-border - Field and form borders.
 * @cssprop --sz-color-warning-surface - The error and offline notices.
 * @cssprop --sz-color-focus - Focus ring.
 * @cssprop --sz-font-family - Typeface.
 * @cssprop --sz-font-size-md - Body text.
 * @cssprop --sz-font-size-lg - The heading.
 * @cssprop --sz-space-2 - Gaps.
 * @cssprop --sz-radius - Corner radius.
 * @cssprop --sz-target-size - Minimum size of every button and field (larger in 长辈版).
 */
export class SzRequestStatus extends SzElement {
  static override styles = [...widgetStyles, elderControlsStyles, requestStatusStyles];

  /** The village the request belongs to; falls back to the provider's `village`. 点单 are filed with it. */
  @property() village?: string;
  /** The request number (e.g. `rq-qs-01-0007`); with `receiptCode` set too, the status loads at once. */
  @property({ attribute: 'request-id' }) requestId = '';
  /**
   * The receipt code, which works like a password. Normally typed by the villager from their receipt; a page that
   * holds it may hand it over as this JS property. Deliberately not an attribute (it would sit in the DOM and in
   * outerHTML); it is sent only in the bodies of the look-up and the rating, never in a URL.
   */
  @property({ attribute: false }) receiptCode = '';

  @state() private announcement = '';
  /** The status as an order or a rating answered it (newer than the last look-up). */
  @state() private answered: RequestStatus | undefined;
  /** The receipt of the order just filed: its code is shown this once. */
  @state() private receipt: { readonly requestId: string; readonly code: string } | undefined;
  @state() private ordering = false;
  @state() private rating = false;
  @state() private speaking = false;
  @state() private partFailure: LoadFailure | undefined;

  private readonly t = new Localizer<RequestStatusChinese>(requestStatusMessages, () => this.effectiveLocale);
  private readonly elderControls = new ElderControls(this, this.common);
  private orderForm: OrderForm | undefined;
  private ratingForm: RatingForm | undefined;
  /** The order and rating forms, their checks, words and styles: loaded when the villager first wants one. */
  private readonly forms = this.latePart(() => beforeImport('request-status/forms').then(() => import('./forms.js')), {
    preload: 'on-demand',
  });
  /** The arguments of the last look-up started, so a change of request, code, server or language looks up again. */
  private lookedUp: LookupArgs | undefined;
  private focusResult = false;

  private readonly lookup = new RemoteData<Lookup, LookupArgs>(this, {
    common: this.common,
    auto: false,
    args: () => this.lookupArgs(),
    load: async ([client, villageId, requestId, receiptCode], signal) => {
      try {
        // POST with the code in the body: a URL would leave it in proxy logs and the browser's history.
        const { data } = await client.request(
          lookUpServiceRequest,
          { params: { villageId, requestId }, body: { receiptCode } },
          { signal },
        );
        return { kind: 'found', status: data };
      } catch (error) {
        // A malformed number or code, and a wrong code, answer as no such request (the server counts the misses).
        if (error instanceof ProblemError && [400, 404].includes(error.status)) return { kind: 'notFound' };
        throw error;
      }
    },
    onReady: (result) => {
      this.answered = undefined;
      // 长辈版 with readout switched on (the elder controls): the result is read as it arrives (MIIT 2021, item 8).
      if (result.kind === 'found') this.elderControls.speak(this.spoken(result.status));
    },
  });

  private get villageId(): string | undefined {
    return this.village ?? this.config.village;
  }

  private lookupArgs(): LookupArgs | undefined {
    const client = this.client;
    const village = this.villageId;
    const id = this.requestId.trim();
    const code = this.receiptCode.trim();
    return client && village && id !== '' && code !== '' ? [client, village, id, code] : undefined;
  }

  /** A page that hands over the number and code (or a new client or language) looks up at once. */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const args = this.lookupArgs();
    const same = args && this.lookedUp && args.every((item, i) => item === this.lookedUp?.[i]);
    if (args && !same) this.startLookup(args, false);
  }

  /** A new look-up: what was shown for the last request (a receipt, an open rating form) goes. */
  private startLookup(args: LookupArgs, moveFocus: boolean): void {
    this.focusResult = moveFocus;
    this.lookedUp = args;
    this.receipt = undefined;
    this.answered = undefined;
    this.closeRating();
    void this.lookup.run();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.focusResult || this.lookup.phase === 'loading') return;
    this.focusResult = false;
    this.renderRoot.querySelector<HTMLElement>('#rs-status-title, [part~="not-found"]')?.focus();
  }

  override disconnectedCallback(): void {
    if (this.speaking && this.canSpeak) globalThis.speechSynthesis.cancel();
    super.disconnectedCallback();
  }

  /** Looks the request up again with the current number and receipt code. */
  load(): Promise<void> {
    return this.lookup.run();
  }

  /** The villager pressed "show progress": look up even with the same number and code, and move focus to the result. */
  private readonly onLookup = (event: Event): void => {
    event.preventDefault();
    const typed = (event.target as HTMLFormElement).elements;
    const value = (name: string) => (typed.namedItem(name) as HTMLInputElement | null)?.value.trim() ?? '';
    this.requestId = value('requestId').toLowerCase();
    this.receiptCode = value('receiptCode');
    const args = this.lookupArgs();
    if (args) this.startLookup(args, true);
  };

  private basics() {
    return partBasics(
      this,
      this.common,
      () => this.villageId,
      (text) => {
        this.announcement = text;
      },
    );
  }

  /** Loads the forms' chunk, then makes the form `make` builds; a failed download shows with a retry. */
  private async withForms(make: (module: typeof FormsModule) => void): Promise<void> {
    this.partFailure = undefined;
    try {
      make(await this.forms.get());
    } catch (error) {
      this.partFailure = describeFailure(error, this.common);
    }
    this.requestUpdate();
  }

  private async openOrder(): Promise<void> {
    this.ordering = true;
    await this.withForms((module) => {
      this.orderForm ??= new module.OrderForm(this, {
        ...this.basics(),
        filed: (receipt) => {
          this.filed(receipt);
        },
        cancel: () => {
          this.ordering = false;
          void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="order"]')?.focus());
        },
      });
    });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#rs-order-title')?.focus();
  }

  private filed(receipt: Receipt): void {
    this.ordering = false;
    this.receipt = { requestId: receipt.id, code: receipt.receiptCode };
    this.requestId = receipt.id;
    this.receiptCode = receipt.receiptCode;
    this.answered = receipt;
    // The status is the receipt's: no look-up for the same request.
    this.lookedUp = this.lookupArgs();
    this.announcement = this.t.t('receiptTitle');
    this.emit('sz-request-status-order', { requestId: receipt.id });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#rs-receipt-title')?.focus());
  }

  private async openRating(): Promise<void> {
    this.rating = true;
    await this.withForms((module) => {
      this.ratingForm ??= new module.RatingForm(this, {
        ...this.basics(),
        requestId: () => this.current?.id,
        receiptCode: () => this.receiptCode,
        rated: (status) => {
          this.answered = status;
          this.closeRating();
          this.emit('sz-request-status-rate', { requestId: status.id });
          void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="rating"]')?.focus());
        },
      });
    });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#rs-rate-title')?.focus();
  }

  /** The rating form goes, and with it anything typed into it. */
  private closeRating(): void {
    this.rating = false;
    this.ratingForm = undefined;
  }

  private get current(): RequestStatus | undefined {
    const found = this.lookup.value;
    return this.answered ?? (found?.kind === 'found' ? found.status : undefined);
  }

  private get canSpeak(): boolean {
    return this.elderControls.speechAvailable;
  }

  /** The status in a few spoken sentences: what it is, where it stands, the last step done, the next one and its date. */
  private spoken(status: RequestStatus): string {
    const t = this.t;
    const done = status.steps.filter((one) => one.done);
    const last = done[done.length - 1];
    const next = status.steps.find((one) => !one.done);
    return [
      t.t('spokenState', status.subject.label, t.t(`state_${status.state}`)),
      last?.on ? t.t('spokenDone', last.label, t.date(last.on)) : '',
      next?.dueOn ? t.t('spokenNext', next.label, t.date(next.dueOn)) : '',
      status.rating ? t.t('spokenRating', status.rating.label) : '',
    ].join('');
  }

  /** Reads the status aloud in the widget's language (zh-CN or English voice); pressing again stops it. */
  private readAloud(status: RequestStatus): void {
    const speech = globalThis.speechSynthesis;
    speech.cancel();
    if (this.speaking) {
      this.speaking = false;
      return;
    }
    const utterance = new SpeechSynthesisUtterance(this.spoken(status));
    const lang = this.effectiveLocale === 'en' ? 'en' : 'zh';
    utterance.lang = lang === 'en' ? 'en-US' : 'zh-CN';
    const voice = speech.getVoices().find((one) => one.lang.toLowerCase().startsWith(lang));
    if (voice) utterance.voice = voice;
    utterance.onend = () => {
      this.speaking = false;
    };
    utterance.onerror = utterance.onend;
    this.speaking = true;
    speech.speak(utterance);
  }

  /** The button that opens the 点单 form, beside the title while the form is closed. */
  private renderOrderButton(): TemplateResult | typeof nothing {
    if (!this.villageId || this.ordering) return nothing;
    return html`<button type="button" part="order" @click=${() => void this.openOrder()}>${this.t.t('order')}</button>`;
  }

  override render(): TemplateResult {
    const t = this.t;
    return html`<section class="widget" aria-labelledby="title">
      ${captionRow(t.t('title'), this.elderControls.render(), this.renderOrderButton())}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      <p class="hint intro">${t.t('intro')}</p>
      ${this.ordering ? this.renderLate(this.orderForm, () => void this.openOrder()) : nothing} ${this.renderReceipt()}
      ${this.renderLookup()}
      ${
        this.answered
          ? this.renderStatus(this.answered)
          : this.lookup.render({
              skeletonRows: 4,
              ready: (result) =>
                result.kind === 'found'
                  ? this.renderStatus(result.status)
                  : html`<p class="field-error" part="not-found" role="alert" tabindex="-1">${t.t('notFound')}</p>`,
            })
      }
    </section>`;
  }

  private renderLate(form: { render(): TemplateResult } | undefined, retry: () => void): TemplateResult {
    if (form) return form.render();
    return this.partFailure ? errorState(this.common, this.partFailure, retry) : loadingState(this.common, 3);
  }

  private renderReceipt(): TemplateResult | typeof nothing {
    const receipt = this.receipt;
    if (!receipt) return nothing;
    return html`<div class="receipt" part="receipt" aria-labelledby="rs-receipt-title">
      <h3 id="rs-receipt-title" tabindex="-1">${this.t.t('receiptTitle')}</h3>
      <dl>
        <dt>${this.t.t('requestId')}</dt>
        <dd class="code">${receipt.requestId}</dd>
        <dt>${this.t.t('receiptCode')}</dt>
        <dd class="code" part="receipt-code">${receipt.code}</dd>
      </dl>
      <p>${this.t.t('receiptKeep')}</p>
    </div>`;
  }

  private renderLookup(): TemplateResult {
    const t = this.t;
    // Request numbers are lower case (rq-qs-01-0007), receipt codes upper case: each field offers its own case.
    const field = (name: 'requestId' | 'receiptCode', caps: 'none' | 'characters', maxlength: number, value: string): LookupField => ({
      name,
      id: `rs-${name}`,
      label: t.t(name),
      maxlength,
      value,
      caps,
      hint: t.t(`${name}Hint`),
    });
    return lookupForm({ className: 'lookup', busy: this.lookup.phase === 'loading', words: t, submit: this.onLookup }, [
      field('requestId', 'none', 40, this.requestId),
      field('receiptCode', 'characters', 20, this.receiptCode),
    ]);
  }

  private stepWords(step: RequestStatus['steps'][number], isNext: boolean): string {
    const t = this.t;
    if (step.lapsed) return t.t('stepLapsed');
    if (step.done) return step.on ? t.t('stepDone', t.date(step.on)) : t.t('stepDone', '');
    if (isNext) return step.dueOn ? t.t('stepNext', t.date(step.dueOn)) : t.t('stepNextNoDate');
    return t.t('stepLater');
  }

  private renderStatus(status: RequestStatus): TemplateResult {
    const t = this.t;
    const next = status.state === 'closed' ? undefined : status.steps.find((one) => !one.done);
    return html`<section class="status" part="status" aria-labelledby="rs-status-title">
      <h3 id="rs-status-title" tabindex="-1">${t.t(`kind_${status.kind}`)} · ${status.subject.label}</h3>
      <p class="state" data-state=${status.state}>
        <strong>${t.t(`state_${status.state}`)}</strong> · ${t.t('receivedOn', t.date(status.receivedOn))}
      </p>
      ${
        this.canSpeak
          ? html`<button
              type="button"
              part="read-aloud"
              aria-pressed=${this.speaking ? 'true' : 'false'}
              @click=${() => {
                this.readAloud(status);
              }}
            >
              ${this.speaking ? t.t('stopReading') : t.t('readAloud')}
            </button>`
          : nothing
      }
      <h4>${t.t('steps')}</h4>
      ${stepList(
        status.steps,
        next,
        (step, isNext) => html`<span class="step-name">${step.label}</span> <span class="step-when">${this.stepWords(step, isNext)}</span>`,
      )}
      ${this.renderRating(status)} ${this.renderFollowUp(status)}
    </section>`;
  }

  private renderRating(status: RequestStatus): TemplateResult | typeof nothing {
    const t = this.t;
    if (status.rating)
      return html`<div part="rating" class="rating" tabindex="-1">
        <h4>${t.t('rating')}</h4>
        <p>${t.t('ratedOn', status.rating.label, t.date(status.rating.on))}</p>
        ${status.rating.comment ? html`<p class="quoted">${status.rating.comment}</p>` : nothing}
      </div>`;
    if (this.rating) return this.renderLate(this.ratingForm, () => void this.openRating());
    if (status.canRate)
      return html`<div part="rating" class="rating" tabindex="-1">
        <button type="button" class="primary" @click=${() => void this.openRating()}>${t.t('rateNow')}</button>
      </div>`;
    return status.state === 'closed' ? nothing : html`<p class="hint" part="rating">${t.t('rateLater')}</p>`;
  }

  private renderFollowUp(status: RequestStatus): TemplateResult | typeof nothing {
    const followUp = status.followUp;
    if (!followUp) return nothing;
    const t = this.t;
    return html`<div part="follow-up" class="follow-up">
      <h4>${t.t('followUp')}</h4>
      ${
        followUp.answer !== undefined && followUp.answeredOn !== undefined
          ? html`<p class="muted">${t.t('followUpAnswered', t.date(followUp.answeredOn))}</p>
              <p class="quoted">${followUp.answer}</p>`
          : html`<p>${t.t('followUpWaiting', t.date(followUp.dueOn))}</p>`
      }
    </div>`;
  }
}
