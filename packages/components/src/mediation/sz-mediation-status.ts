import { formatTrackingCode, noAgreementRoutes, normalizeTrackingCode, type MediationLevel } from '@shanzhi/rules';
import { NetworkError, ProblemError, lookUpMediationCase, type RouteOutput } from '@shanzhi/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { commonMessages } from '../internal/common-messages.js';
import { ElderControls } from '../internal/elder-controls.js';
import { Localizer } from '../internal/localize.js';
import { describeFailure, errorState, loadingState, offlineState, type LoadFailure } from '../internal/states.js';
import { stateStyles } from '../internal/state-styles.js';
import { SzElement } from '../internal/sz-element.js';
import { tokenDefaults } from '../internal/tokens.js';
import { mediationMessages } from './messages.js';
import { mediationStyles } from './styles.js';

export type CaseStatus = RouteOutput<typeof lookUpMediationCase>;
type Phase = 'idle' | 'loading' | 'ready' | 'error' | 'offline' | 'notFound';

const levelLabels = { grid: 'levelGrid', village: 'levelVillage', township: 'levelTownship', county: 'levelCounty' } as const;
const stateLabels = {
  submitted: 'stateSubmitted',
  accepted: 'stateAccepted',
  assigned: 'stateAssigned',
  inMediation: 'stateInMediation',
  concluded: 'stateConcluded',
  refused: 'stateRefused',
  withdrawn: 'stateWithdrawn',
  escalated: 'stateEscalated',
} as const;
const refusalLabels = {
  otherPartyRefused: 'refusalOtherPartyRefused',
  alreadyBeforeAnotherBody: 'refusalAlreadyBeforeAnotherBody',
  reservedToAnotherOrgan: 'refusalReservedToAnotherOrgan',
} as const;

/**
 * Follow a mediation case with its case number and tracking code: status, the level handling it, deadlines (one month;
 * the 30-day 司法确认 window), the history, the reason on refusal and the Art 26 routes when no agreement was reached.
 *
 * @element sz-mediation-status
 *
 * @csspart lookup - The case number and tracking code form.
 * @csspart status - The case status.
 * @csspart history - The history of events.
 * @csspart routes - The other routes (Art 26).
 * @csspart elder-controls - The 长辈版 switch, text size and read-aloud buttons.
 */
export class SzMediationStatus extends SzElement {
  static override styles = [tokenDefaults, stateStyles, mediationStyles];

  /** The case number (e.g. from the intake receipt); with `trackingCode` set too, the status loads at once. */
  @property({ attribute: 'case-number' }) caseNumber = '';
  /**
   * The tracking code, which works like a password. Normally typed by the person from their receipt; a page that
   * holds it may hand it over as this JS property. Deliberately not an attribute (it would sit in the DOM, in
   * outerHTML and in server-rendered pages); it is sent only in the body of the look-up, never in a URL.
   */
  @property({ attribute: false }) trackingCode = '';

  @state() private phase: Phase = 'idle';
  @state() private status: CaseStatus | undefined;
  @state() private failure: LoadFailure | undefined;

  private readonly t = new Localizer(mediationMessages, () => this.effectiveLocale);
  private readonly elderControls = new ElderControls(this, this.common);
  private abort: AbortController | undefined;
  private loadKey = '';

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const key = JSON.stringify([
      this.caseNumber,
      this.trackingCode,
      this.apiBase,
      this.config.apiBase,
      this.effectiveLocale,
      this.config.client !== undefined,
    ]);
    if (key !== this.loadKey && this.caseNumber !== '' && this.trackingCode !== '') {
      this.loadKey = key;
      void this.load();
    }
  }

  override disconnectedCallback(): void {
    this.abort?.abort();
    this.loadKey = '';
    super.disconnectedCallback();
  }

  protected override onReconnect(): void {
    if (this.phase === 'offline' || this.phase === 'error') void this.load();
  }

  async load(): Promise<void> {
    this.abort?.abort();
    const client = this.client;
    if (!client || this.caseNumber === '' || this.trackingCode === '') return;
    const abort = new AbortController();
    this.abort = abort;
    this.phase = 'loading';
    this.failure = undefined;
    try {
      // POST with the code in the body: a URL would leave it in proxy logs and the browser's history.
      const { data } = await client.request(
        lookUpMediationCase,
        { params: { caseNumber: this.caseNumber.trim().toUpperCase() }, body: { trackingCode: normalizeTrackingCode(this.trackingCode) } },
        { signal: abort.signal },
      );
      if (abort.signal.aborted) return;
      this.status = data;
      this.phase = 'ready';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#status-title')?.focus();
    } catch (error) {
      if (abort.signal.aborted) return;
      this.status = undefined;
      if (!navigator.onLine || (error instanceof NetworkError && !this.online)) this.phase = 'offline';
      else if (error instanceof ProblemError && (error.status === 404 || error.status === 403 || error.status === 400))
        this.phase = 'notFound';
      else {
        this.failure = describeFailure(error, this.common);
        this.phase = 'error';
      }
    }
  }

  private readonly onLookup = (event: Event): void => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const read = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value.trim() ?? '';
    this.caseNumber = read('caseNumber');
    this.trackingCode = read('trackingCode');
    this.loadKey = '';
  };

  private renderLookup(): TemplateResult {
    const t = this.t;
    // method="post": should the submit handler ever not run, the browser's own submission must not put the code in a URL.
    return html`<form part="lookup" class="no-print" method="post" @submit=${this.onLookup}>
      <div class="field">
        <label for="s-case">${t.t('caseNumber')}</label>
        <input
          id="s-case"
          name="caseNumber"
          type="text"
          autocomplete="off"
          spellcheck="false"
          autocapitalize="characters"
          required
          maxlength="40"
          .value=${this.caseNumber}
        />
      </div>
      <div class="field">
        <label for="s-code">${t.t('trackingCode')}</label>
        <input
          id="s-code"
          name="trackingCode"
          type="text"
          autocomplete="off"
          spellcheck="false"
          autocapitalize="characters"
          required
          maxlength="20"
          .value=${this.trackingCode}
        />
      </div>
      <div class="actions">
        <button type="submit" class="primary" aria-disabled=${this.phase === 'loading' ? 'true' : 'false'}>
          ${this.phase === 'loading' ? t.t('looking') : t.t('lookup')}
        </button>
      </div>
    </form>`;
  }

  private renderStatus(status: CaseStatus): TemplateResult {
    const t = this.t;
    const en = t.lang === 'en';
    const level = (code: MediationLevel) => t.t(levelLabels[code]);
    const routes =
      status.routes.length > 0
        ? status.routes.map((one) => one.label)
        : status.outcome === 'noAgreement'
          ? noAgreementRoutes.map((one) => (en ? one.en : one['zh-CN']))
          : [];
    return html`<section part="status" aria-labelledby="status-title">
      <h2 id="status-title" tabindex="-1">${status.displayCaseNumber}</h2>
      <dl>
        <dt>${t.t('state')}</dt>
        <dd><strong data-state=${status.state}>${t.t(stateLabels[status.state])}</strong></dd>
        <dt>${t.t('level')}</dt>
        <dd>${level(status.escalatedTo ?? status.level)}</dd>
        <dt>${t.t('trackingCode')}</dt>
        <dd>${formatTrackingCode(normalizeTrackingCode(this.trackingCode))}</dd>
        <dt>${t.t('submittedOn')}</dt>
        <dd>${t.date(status.submittedOn)}</dd>
        ${
          status.acceptedOn
            ? html`<dt>${t.t('acceptedOn')}</dt>
                <dd>${t.date(status.acceptedOn)}</dd>`
            : nothing
        }
        ${
          status.concludeBy
            ? html`<dt>${t.t('concludeByLabel')}</dt>
                <dd>${t.date(status.concludeBy)}</dd>`
            : nothing
        }
      </dl>
      ${status.outcome ? html`<p><strong>${t.t(status.outcome === 'agreement' ? 'outcomeAgreement' : 'outcomeNoAgreement')}</strong></p>` : nothing}
      ${status.judicialConfirmationBy ? html`<p class="box">${t.t('judicialConfirmationBy', t.date(status.judicialConfirmationBy))}</p>` : nothing}
      ${
        status.refusalReason
          ? html`<h3>${t.t('refusal')}</h3>
              <p>${t.t(refusalLabels[status.refusalReason])}</p>`
          : nothing
      }
      ${
        routes.length > 0
          ? html`<div part="routes">
              <h3>${t.t('routes')}</h3>
              <ul class="plain">
                ${routes.map((one) => html`<li>${one}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      <h3>${t.t('history')}</h3>
      <ol class="history" part="history">
        ${status.history.map((one) => html`<li><span class="muted">${t.date(one.on, 'short')}</span> ${historyLabel(t, one.type)}</li>`)}
      </ol>
    </section>`;
  }

  private renderResult(): TemplateResult | typeof nothing {
    switch (this.phase) {
      case 'idle':
        return nothing;
      case 'loading':
        return loadingState(this.common, 4);
      case 'offline':
        return offlineState(this.common);
      case 'notFound':
        return html`<p class="field-error" role="alert">${this.t.t('notFound')}</p>`;
      case 'error':
        return errorState(
          this.common,
          this.failure ?? { message: this.common.t('unexpected'), requestId: undefined },
          () => void this.load(),
        );
      case 'ready':
        return this.status ? this.renderStatus(this.status) : nothing;
    }
  }

  override render(): TemplateResult {
    return html`<div class="caption-row no-print">
        <p class="title">${this.t.t('statusTitle')}</p>
        ${this.elderControls.render()}
      </div>
      ${this.renderLookup()} ${this.renderResult()}`;
  }
}

type T = Localizer<(typeof mediationMessages)['zh-CN']>;

/** History event types are the lifecycle's event names; known ones in plain words, others as sent. */
function historyLabel(t: T, type: string): string {
  const map: Readonly<Record<string, keyof typeof stateLabels>> = {
    submitted: 'submitted',
    submit: 'submitted',
    accept: 'accepted',
    accepted: 'accepted',
    assign: 'assigned',
    assigned: 'assigned',
    start: 'inMediation',
    conclude: 'concluded',
    concluded: 'concluded',
    refuse: 'refused',
    refused: 'refused',
    withdraw: 'withdrawn',
    withdrawn: 'withdrawn',
    escalate: 'escalated',
    escalated: 'escalated',
  };
  const state = map[type];
  return state === undefined ? type : t.t(stateLabels[state]);
}
