import { formatTrackingCode, noAgreementRoutes, normalizeTrackingCode, type MediationLevel } from '@shanzhi/rules';
import { ProblemError, lookUpMediationCase, type Client, type RouteOutput } from '@shanzhi/sdk/browser';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ElderControls } from '../internal/elder-controls.js';
import { Localizer } from '../internal/localize.js';
import { lookupForm } from '../internal/lookup-form.js';
import { RemoteData } from '../internal/remote-data.js';
import { SzElement } from '../internal/sz-element.js';
import { widgetStyles } from '../internal/widget-styles.js';
import { levelLabels, mediationMessages } from './messages.js';
import { mediationStyles } from './styles.js';
import { terms } from './terms.js';

export type CaseStatus = RouteOutput<typeof lookUpMediationCase>;
/** What a look-up finds: the case, or nothing for this number and code (a wrong code answers as an unknown case). */
type Lookup = { readonly kind: 'found'; readonly status: CaseStatus } | { readonly kind: 'notFound' };
type LookupArgs = readonly [Client, string, string];

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
  static override styles = [...widgetStyles, mediationStyles];

  /** The case number (e.g. from the intake receipt); with `trackingCode` set too, the status loads at once. */
  @property({ attribute: 'case-number' }) caseNumber = '';
  /**
   * The tracking code, which works like a password. Normally typed by the person from their receipt; a page that
   * holds it may hand it over as this JS property. Deliberately not an attribute (it would sit in the DOM, in
   * outerHTML and in server-rendered pages); it is sent only in the body of the look-up, never in a URL.
   */
  @property({ attribute: false }) trackingCode = '';

  private readonly t = new Localizer(mediationMessages, () => this.effectiveLocale);
  private readonly elderControls = new ElderControls(this, this.common);
  /** The arguments of the last look-up started, so a change of case, code, server or language looks up again. */
  private lookedUp: LookupArgs | undefined;
  /** The person pressed "look up": run even with the same numbers, and move focus to the result when it comes. */
  private requested = false;
  /** Only a look-up the person asked for moves focus; a page that hands over the numbers keeps its own focus. */
  private focusResult = false;

  private readonly lookup = new RemoteData<Lookup, LookupArgs>(this, {
    common: this.common,
    auto: false,
    args: () => this.lookupArgs(),
    load: async ([client, caseNumber, trackingCode], signal) => {
      try {
        // POST with the code in the body: a URL would leave it in proxy logs and the browser's history.
        const { data } = await client.request(
          lookUpMediationCase,
          { params: { caseNumber: caseNumber.trim().toUpperCase() }, body: { trackingCode: normalizeTrackingCode(trackingCode) } },
          { signal },
        );
        return { kind: 'found', status: data };
      } catch (error) {
        if (error instanceof ProblemError && [400, 403, 404].includes(error.status)) return { kind: 'notFound' };
        throw error;
      }
    },
  });

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const args = this.lookupArgs();
    const requested = this.requested;
    this.requested = false;
    if (args === undefined || (!requested && this.lookedUp?.every((item, i) => item === args[i]))) return;
    this.focusResult = requested;
    this.lookedUp = args;
    void this.lookup.run();
  }

  /** Looks the case up again with the current case number and tracking code. */
  load(): Promise<void> {
    return this.lookup.run();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.focusResult || this.lookup.phase === 'loading') return;
    this.focusResult = false;
    if (this.lookup.value?.kind === 'found') this.renderRoot.querySelector<HTMLElement>('#status-title')?.focus();
  }

  private lookupArgs(): LookupArgs | undefined {
    const client = this.client;
    return client && this.caseNumber !== '' && this.trackingCode !== '' ? [client, this.caseNumber, this.trackingCode] : undefined;
  }

  private readonly onLookup = (event: Event): void => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const read = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value.trim() ?? '';
    this.caseNumber = read('caseNumber');
    this.trackingCode = read('trackingCode');
    this.requested = true;
    this.requestUpdate();
  };

  private renderLookup(): TemplateResult {
    const t = this.t;
    return lookupForm({ className: 'no-print', busy: this.lookup.phase === 'loading', words: t, submit: this.onLookup }, [
      { name: 'caseNumber', id: 's-case', label: t.t('caseNumber'), maxlength: 40, value: this.caseNumber, caps: 'characters' },
      { name: 'trackingCode', id: 's-code', label: t.t('trackingCode'), maxlength: 20, value: this.trackingCode, caps: 'characters' },
    ]);
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
      ${terms([
        [t.t('state'), html`<strong data-state=${status.state}>${t.t(stateLabels[status.state])}</strong>`],
        [t.t('level'), level(status.escalatedTo ?? status.level)],
        [t.t('trackingCode'), formatTrackingCode(normalizeTrackingCode(this.trackingCode))],
        [t.t('submittedOn'), t.date(status.submittedOn)],
        status.acceptedOn ? [t.t('acceptedOn'), t.date(status.acceptedOn)] : undefined,
        status.concludeBy ? [t.t('concludeByLabel'), t.date(status.concludeBy)] : undefined,
      ])}
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

  override render(): TemplateResult {
    return html`<div class="caption-row no-print">
        <p class="title">${this.t.t('statusTitle')}</p>
        ${this.elderControls.render()}
      </div>
      ${this.renderLookup()}
      ${this.lookup.render({
        skeletonRows: 4,
        ready: (result) =>
          result.kind === 'found'
            ? this.renderStatus(result.status)
            : html`<p class="field-error" role="alert">${this.t.t('notFound')}</p>`,
      })}`;
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
