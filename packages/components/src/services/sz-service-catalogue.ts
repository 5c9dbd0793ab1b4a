import { applicationChannels, prepareServiceSearch, proxySteps, searchServices, type PreparedService } from '@shanzhi/rules';
import {
  NetworkError,
  checkEligibility,
  getService,
  listServices,
  randomId,
  requestProxyService,
  type PageItem,
  type RouteOutput,
} from '@shanzhi/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { commonMessages } from '../internal/common-messages.js';
import { ElderControls } from '../internal/elder-controls.js';
import { ImeSearch } from '../internal/ime-search.js';
import { Localizer } from '../internal/localize.js';
import { describeFailure, emptyState, errorState, loadingState, offlineState, type LoadFailure } from '../internal/states.js';
import { stateStyles } from '../internal/state-styles.js';
import { SzElement } from '../internal/sz-element.js';
import { tokenDefaults } from '../internal/tokens.js';
import {
  clearAnswers,
  loadAnswers,
  questionsOf,
  renderQuestion,
  saveAnswers,
  submittedAnswers,
  type AnswerMap,
  type AnswerValue,
} from './eligibility-form.js';
import './events.js';
import { renderGuideFacts, renderMaterials, type ServiceDetail } from './guide-view.js';
import { catalogueMessages } from './messages.js';
import { cataloguePageSize, deepLinkParam, maxCataloguePages, resultsShown, type CatalogueDisplay } from './options.js';
import { catalogueStyles } from './styles.js';

export type ServiceSummary = PageItem<typeof listServices>;
type ListMeta = Pick<RouteOutput<typeof listServices>, 'departments' | 'lifeEvents'>;
type Eligibility = RouteOutput<typeof checkEligibility>;
type Receipt = RouteOutput<typeof requestProxyService>;
type Phase = 'idle' | 'loading' | 'ready' | 'error' | 'offline';
type ChannelCode = (typeof applicationChannels)[number]['code'];

function isChannel(value: string): value is ChannelCode {
  return applicationChannels.some((channel) => channel.code === value);
}

/**
 * The public service catalogue of a region (办事指南): instant IME-aware search by name, keyword, full pinyin and
 * initials over the whole catalogue (read once, searched on the device with the rules' precomputed keys — no pinyin
 * dictionary in the browser); filters; the full guide with a printable materials checklist and the due date if
 * applied today; an eligibility check evaluated by the server; and a 村级代办 request with its 7-step receipt.
 *
 * @element sz-service-catalogue
 *
 * @fires sz-service-open - A guide was opened. `detail: { serviceCode, regionId }`.
 * @fires sz-eligibility-result - The eligibility check answered. `detail: { serviceCode, outcome }` — never the answers.
 * @fires sz-proxy-submitted - A proxy request was received. `detail: { serviceCode, receiptId, step }` — never the name or phone.
 *
 * @csspart search - The search field.
 * @csspart filters - The filter bar.
 * @csspart results - The result list.
 * @csspart result - One service in the list.
 * @csspart count - The result count.
 * @csspart suggestions - What to try when nothing matched.
 * @csspart guide - The guide view.
 * @csspart materials - The materials checklist.
 * @csspart print - The print button.
 * @csspart time-limits - The time limits.
 * @csspart due - The due date if applied today.
 * @csspart eligibility - The eligibility check.
 * @csspart outcome - The eligibility outcome.
 * @csspart proxy - The proxy request form.
 * @csspart receipt - The proxy receipt with its 7 steps.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The retry button.
 * @csspart offline - The offline state.
 * @csspart elder-controls - The 长辈版 switch, text size and read-aloud buttons.
 */
export class SzServiceCatalogue extends SzElement {
  static override styles = [tokenDefaults, stateStyles, catalogueStyles];

  /** Region id (county, town or village); the county's catalogue is shown. Falls back to the provider's `region`, then `village`. */
  @property() region?: string;
  /** Department code to filter by at start. */
  @property() department = '';
  /** Life-event code to filter by at start. */
  @property({ attribute: 'life-event' }) lifeEvent = '';
  /** Service code of the guide to open. */
  @property() service = '';
  /** The village whose station takes proxy requests; falls back to the provider's `village`. */
  @property() village?: string;
  /** `embedded` (default) or `kiosk` (touch screen at the village station). */
  @property({ reflect: true }) display: CatalogueDisplay = 'embedded';
  /** Opt in to deep links: the opened service is kept in the page address (`#sz-service=CODE`) and read from it. */
  @property({ type: Boolean, attribute: 'deep-link' }) deepLink = false;

  @state() private phase: Phase = 'idle';
  @state() private failure: LoadFailure | undefined;
  @state() private services: readonly ServiceSummary[] = [];
  @state() private meta: ListMeta = { departments: [], lifeEvents: [] };
  @state() private query = '';
  @state() private channel = '';
  @state() private proxyOnly = false;
  @state() private shown = resultsShown;
  @state() private announcement = '';
  @state() private guide: ServiceDetail | undefined;
  @state() private guidePhase: Phase = 'idle';
  @state() private guideFailure: LoadFailure | undefined;
  @state() private ticked: ReadonlySet<number> = new Set();
  @state() private answers: AnswerMap = {};
  @state() private stepMode = false;
  @state() private step = 0;
  @state() private result: Eligibility | undefined;
  @state() private checking = false;
  @state() private checkFailure: LoadFailure | undefined;
  @state() private proxyName = '';
  @state() private proxyMobile = '';
  @state() private proxyNote = '';
  @state() private sending = false;
  @state() private proxyFailure: LoadFailure | undefined;
  @state() private receipt: Receipt | undefined;

  private readonly t = new Localizer(catalogueMessages, () => this.effectiveLocale);
  private readonly elderControls = new ElderControls(this, this.common);

  private prepared: PreparedService<ServiceSummary>[] = [];
  private loadKey = '';
  private listAbort: AbortController | undefined;
  private guideAbort: AbortController | undefined;
  // The catalogue is searched locally, so every keystroke searches at once (delay 0) — but never mid-composition.
  private readonly search = new ImeSearch(
    this,
    (value) => {
      this.setQuery(value);
    },
    0,
  );
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** One key per attempt to send: reused when the same attempt is retried after a failure, new once the form changes. */
  private attemptKey: string | undefined;
  private openedCode = '';

  // ——— configuration ———

  private get regionId(): string | undefined {
    return this.region ?? this.config.region ?? this.config.village;
  }

  private get villageId(): string | undefined {
    return this.village ?? this.config.village;
  }

  // ——— lifecycle ———

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.deepLink) {
      const code = new URLSearchParams(globalThis.location.hash.slice(1)).get(deepLinkParam);
      if (code) this.service = code;
    }
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    this.listAbort?.abort();
    this.guideAbort?.abort();
    this.loadKey = '';
    this.openedCode = '';
    if (this.announceTimer !== undefined) clearTimeout(this.announceTimer);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const loadKey = JSON.stringify([
      this.apiBase,
      this.config.apiBase,
      this.regionId,
      this.effectiveLocale,
      this.config.client !== undefined,
    ]);
    if (loadKey !== this.loadKey || (this.config.client && changed.has('config'))) {
      this.loadKey = loadKey;
      void this.load();
    }
    if (this.service !== this.openedCode) {
      this.openedCode = this.service;
      void this.openGuide(this.service);
    }
    if (changed.has('query') || changed.has('department') || changed.has('lifeEvent') || changed.has('channel') || changed.has('proxyOnly'))
      this.shown = resultsShown;
  }

  protected override onReconnect(): void {
    if (this.phase === 'error' || this.phase === 'offline') void this.load();
    if (this.guidePhase === 'error' || this.guidePhase === 'offline') void this.openGuide(this.service);
  }

  // ——— data ———

  private offlineFailure(error: unknown): boolean {
    return !navigator.onLine || (error instanceof NetworkError && !this.online);
  }

  /** Reads the whole catalogue once, page by page; every keystroke then searches it on the device. */
  private async load(): Promise<void> {
    this.listAbort?.abort();
    const client = this.client;
    const regionId = this.regionId;
    this.services = [];
    this.prepared = [];
    if (!client || regionId === undefined) {
      this.phase = 'idle';
      return;
    }
    const abort = new AbortController();
    this.listAbort = abort;
    this.phase = 'loading';
    this.failure = undefined;
    try {
      const all: ServiceSummary[] = [];
      let cursor: string | undefined;
      let meta: ListMeta | undefined;
      for (let page = 0; page < maxCataloguePages; page++) {
        const { data } = await client.request(
          listServices,
          { params: { regionId }, query: { limit: cataloguePageSize, ...(cursor === undefined ? {} : { cursor }) } },
          { signal: abort.signal },
        );
        if (abort.signal.aborted) return;
        all.push(...data.items);
        meta ??= { departments: data.departments, lifeEvents: data.lifeEvents };
        if (data.nextCursor === null) break;
        cursor = data.nextCursor;
      }
      this.services = all;
      this.prepared = prepareServiceSearch(all);
      this.meta = meta ?? { departments: [], lifeEvents: [] };
      this.phase = 'ready';
      this.announceSoon(0);
    } catch (error) {
      if (abort.signal.aborted) return;
      if (this.offlineFailure(error)) this.phase = 'offline';
      else {
        this.failure = describeFailure(error, this.common);
        this.phase = 'error';
      }
    }
  }

  private async openGuide(code: string): Promise<void> {
    this.guideAbort?.abort();
    this.guide = undefined;
    this.result = undefined;
    this.receipt = undefined;
    this.checkFailure = undefined;
    this.proxyFailure = undefined;
    this.ticked = new Set();
    this.step = 0;
    this.attemptKey = undefined;
    this.writeDeepLink(code);
    const client = this.client;
    if (code === '' || !client) {
      this.guidePhase = 'idle';
      return;
    }
    const abort = new AbortController();
    this.guideAbort = abort;
    this.guidePhase = 'loading';
    this.answers = loadAnswers(code);
    try {
      const { data } = await client.request(getService, { params: { serviceCode: code } }, { signal: abort.signal });
      if (abort.signal.aborted) return;
      this.guide = data;
      this.guidePhase = 'ready';
      this.emit('sz-service-open', { serviceCode: data.code, regionId: this.regionId ?? '' });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#guide-title')?.focus();
    } catch (error) {
      if (abort.signal.aborted) return;
      if (this.offlineFailure(error)) this.guidePhase = 'offline';
      else {
        this.guideFailure = describeFailure(error, this.common);
        this.guidePhase = 'error';
      }
    }
  }

  private writeDeepLink(code: string): void {
    if (!this.deepLink) return;
    const params = new URLSearchParams(globalThis.location.hash.slice(1));
    if (code) params.set(deepLinkParam, code);
    else params.delete(deepLinkParam);
    const hash = params.toString();
    globalThis.history.replaceState(
      globalThis.history.state,
      '',
      `${globalThis.location.pathname}${globalThis.location.search}${hash ? `#${hash}` : ''}`,
    );
  }

  // ——— search ———

  private filtered(items: readonly ServiceSummary[]): ServiceSummary[] {
    const { department, lifeEvent, channel, proxyOnly } = this;
    return items.filter(
      (item) =>
        (department === '' || item.department === department) &&
        (lifeEvent === '' || item.lifeEvents.includes(lifeEvent)) &&
        (channel === '' || (isChannel(channel) && item.channels.includes(channel))) &&
        (!proxyOnly || item.villageProxy),
    );
  }

  /** The matching services, best first (search) or in catalogue order (no query). */
  get results(): ServiceSummary[] {
    const query = this.query.trim();
    const base = query === '' ? this.services : searchServices(this.prepared, query).map((hit) => hit.item);
    return this.filtered(base);
  }

  /** When nothing matched: services found by shorter forms of the query, ignoring filters. */
  private suggestionsFor(query: string): ServiceSummary[] {
    for (let length = query.length - 1; length >= 1; length--) {
      const hits = searchServices(this.prepared, query.slice(0, length), { limit: 3 });
      if (hits.length > 0) return hits.map((hit) => hit.item);
    }
    return [];
  }

  private get filtersActive(): boolean {
    return this.department !== '' || this.lifeEvent !== '' || this.channel !== '' || this.proxyOnly;
  }

  /** The count goes to the live region a moment after typing stops, so a screen reader is not flooded per key. */
  private announceSoon(delay = 400): void {
    if (this.announceTimer !== undefined) clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announceTimer = undefined;
      const count = this.results.length;
      const query = this.query.trim();
      this.announcement =
        query === '' ? this.t.t('count', count) : count === 0 ? this.t.t('noMatch', query) : this.t.t('found', count, query);
      this.elderControls.speak(this.announcement);
    }, delay);
  }

  private setQuery(value: string): void {
    if (value === this.query) return;
    this.query = value;
    this.announceSoon();
  }

  private readonly onFilter = (event: Event): void => {
    const target = event.target as HTMLSelectElement | HTMLInputElement;
    if (target.name === 'department') this.department = target.value;
    else if (target.name === 'lifeEvent') this.lifeEvent = target.value;
    else if (target.name === 'channel') this.channel = target.value;
    else if (target.name === 'proxy') this.proxyOnly = (target as HTMLInputElement).checked;
    this.announceSoon();
  };

  private readonly clearFilters = (): void => {
    this.department = '';
    this.lifeEvent = '';
    this.channel = '';
    this.proxyOnly = false;
    this.announceSoon();
  };

  private open(code: string): void {
    this.service = code;
  }

  private readonly back = (): void => {
    const code = this.service;
    this.service = '';
    void this.updateComplete.then(() => {
      const button = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-code]')].find((one) => one.dataset.code === code);
      (button ?? this.renderRoot.querySelector<HTMLElement>('#search'))?.focus();
    });
  };

  // ——— eligibility ———

  private readonly onAnswer = (code: string, value: AnswerValue): void => {
    this.answers = { ...this.answers, [code]: value };
    if (this.guide) saveAnswers(this.guide.code, this.answers);
  };

  private async check(): Promise<void> {
    const guide = this.guide;
    const client = this.client;
    if (!guide || !client || this.checking) return;
    this.checking = true;
    this.checkFailure = undefined;
    try {
      const { data } = await client.request(checkEligibility, {
        params: { serviceCode: guide.code },
        body: { answers: submittedAnswers(this.answers) },
      });
      if (this.guide?.code !== guide.code) return;
      this.result = data;
      this.emit('sz-eligibility-result', { serviceCode: guide.code, outcome: data.outcome });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part~="outcome"]')?.focus();
    } catch (error) {
      this.checkFailure = describeFailure(error, this.common);
    } finally {
      this.checking = false;
    }
  }

  private readonly onCheck = (event: Event): void => {
    event.preventDefault();
    void this.check();
  };

  private readonly answerAgain = (): void => {
    if (this.guide) clearAnswers(this.guide.code);
    this.answers = {};
    this.result = undefined;
    this.step = 0;
  };

  // ——— proxy ———

  private readonly onProxyField = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    if (target.name === 'applicant') this.proxyName = target.value;
    else if (target.name === 'mobile') this.proxyMobile = target.value;
    else this.proxyNote = target.value;
    // A changed request is a new attempt: it must not replay the first one's answer.
    this.attemptKey = undefined;
  };

  private async sendProxy(): Promise<void> {
    const guide = this.guide;
    const client = this.client;
    const villageId = this.villageId;
    if (!guide || !client || villageId === undefined || this.sending) return;
    this.attemptKey ??= randomId();
    this.sending = true;
    this.proxyFailure = undefined;
    try {
      const note = this.proxyNote.trim();
      const body = { villageId, applicant: { name: this.proxyName.trim(), mobile: this.proxyMobile.trim() }, ...(note ? { note } : {}) };
      const { data } = await client.request(
        requestProxyService,
        { params: { serviceCode: guide.code }, body },
        { idempotencyKey: this.attemptKey },
      );
      this.receipt = data;
      this.attemptKey = undefined;
      this.proxyName = '';
      this.proxyMobile = '';
      this.proxyNote = '';
      this.emit('sz-proxy-submitted', { serviceCode: guide.code, receiptId: data.id, step: data.step });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part~="receipt"]')?.focus();
    } catch (error) {
      this.proxyFailure = describeFailure(error, this.common);
    } finally {
      this.sending = false;
    }
  }

  private readonly onProxySubmit = (event: Event): void => {
    event.preventDefault();
    void this.sendProxy();
  };

  // ——— rendering ———

  private label(list: readonly { code: string; 'zh-CN': string; en: string }[], code: string): string {
    const found = list.find((one) => one.code === code);
    return found ? (this.t.lang === 'en' ? found.en : found['zh-CN']) : code;
  }

  private renderFilters(): TemplateResult {
    const t = this.t;
    const en = t.lang === 'en';
    const select = (name: string, labelText: string, value: string, options: readonly { code: string; 'zh-CN': string; en: string }[]) =>
      html`<div>
        <label class="field-label" for=${`f-${name}`}>${labelText}</label>
        <select id=${`f-${name}`} name=${name} @change=${this.onFilter}>
          <option value="" ?selected=${value === ''}>${t.t('any')}</option>
          ${options.map((one) => html`<option value=${one.code} ?selected=${one.code === value}>${en ? one.en : one['zh-CN']}</option>`)}
        </select>
      </div>`;
    return html`<div class="filters no-print" part="filters" role="group" aria-label=${t.t('filters')}>
      ${select('department', t.t('department'), this.department, this.meta.departments)}
      ${select('lifeEvent', t.t('lifeEvent'), this.lifeEvent, this.meta.lifeEvents)}
      ${select('channel', t.t('channel'), this.channel, applicationChannels)}
      <label class="check"
        ><input type="checkbox" name="proxy" .checked=${this.proxyOnly} @change=${this.onFilter} />${t.t('proxyOnly')}</label
      >
      ${this.filtersActive ? html`<button type="button" @click=${this.clearFilters}>${t.t('clearFilters')}</button>` : nothing}
    </div>`;
  }

  private readonly renderResult = (item: ServiceSummary): TemplateResult => {
    const t = this.t;
    const en = t.lang === 'en';
    return html`<li>
      <button
        type="button"
        class="result"
        part="result"
        data-code=${item.code}
        @click=${() => {
          this.open(item.code);
        }}
      >
        <span class="name">${en ? item.name.en : item.name['zh-CN']}</span>
        <span class="meta">
          <span>${this.label(this.meta.departments, item.department)}</span>
          <span>${t.t('visits', item.visits)}</span>
          ${item.villageProxy ? html`<span class="badge">${t.t('proxyBadge')}</span>` : nothing}
        </span>
      </button>
    </li>`;
  };

  private renderList(): TemplateResult {
    const t = this.t;
    if (this.regionId === undefined) return emptyState(t.t('noRegion'));
    if (!this.online && this.phase !== 'ready') return offlineState(this.common);
    switch (this.phase) {
      case 'idle':
      case 'loading':
        return loadingState(this.common, 6);
      case 'offline':
        return offlineState(this.common);
      case 'error':
        return errorState(
          this.common,
          this.failure ?? { message: this.common.t('unexpected'), requestId: undefined },
          () => void this.load(),
        );
      case 'ready':
        break;
    }
    const results = this.results;
    const query = this.query.trim();
    const count = html`<p class="muted" part="count" aria-hidden="true">
      ${query === '' ? t.t('count', results.length) : t.t('found', results.length, query)}
    </p>`;
    if (results.length === 0) {
      const suggestions = query === '' ? [] : this.suggestionsFor(query);
      return html`${emptyState(query === '' ? t.t('noMatchFiltered') : t.t('noMatch', query))}
        <div class="suggestions" part="suggestions">
          ${suggestions.length > 0 || this.filtersActive || this.meta.lifeEvents.length > 0 ? html`<p>${t.t('suggestions')}</p>` : nothing}
          ${this.filtersActive ? html`<button type="button" @click=${this.clearFilters}>${t.t('clearFilters')}</button>` : nothing}
          ${suggestions.map(
            (item) =>
              html`<button
                type="button"
                data-code=${item.code}
                @click=${() => {
                  this.open(item.code);
                }}
              >
                ${t.lang === 'en' ? item.name.en : item.name['zh-CN']}
              </button>`,
          )}
          ${
            this.filtersActive
              ? nothing
              : this.meta.lifeEvents.slice(0, 8).map(
                  (event) =>
                    html`<button
                      type="button"
                      class="chip"
                      @click=${() => {
                        this.lifeEvent = event.code;
                        this.setQuery('');
                        this.search.reset();
                        const input = this.renderRoot.querySelector<HTMLInputElement>('#search');
                        if (input) input.value = '';
                      }}
                    >
                      ${t.lang === 'en' ? event.en : event['zh-CN']}
                    </button>`,
                )
          }
        </div>`;
    }
    const visible = results.slice(0, this.shown);
    const rest = results.length - visible.length;
    return html`${count}
      <ul class="results" part="results" aria-label=${t.t('title')}>
        ${repeat(visible, (item) => item.code, this.renderResult)}
      </ul>
      ${
        rest > 0
          ? html`<button
              type="button"
              @click=${() => {
                this.shown += resultsShown;
              }}
            >
              ${t.t('showMore', Math.min(rest, resultsShown))}
            </button>`
          : nothing
      }`;
  }

  private renderEligibility(guide: ServiceDetail): TemplateResult | typeof nothing {
    const questions = questionsOf(guide);
    if (questions.length === 0) return nothing;
    const t = this.t;
    const flagged = new Set([...(this.result?.missing ?? []), ...(this.result?.invalid ?? [])]);
    const step = Math.min(this.step, questions.length - 1);
    const shownQuestions = this.stepMode ? questions.slice(step, step + 1) : questions;
    const result = this.result;
    const outcomeText = result ? t.t(result.outcome) : '';
    return html`<section part="eligibility" aria-labelledby="eligibility-title" class="no-print">
      <h3 id="eligibility-title">${t.t('eligibility')}</h3>
      <p class="muted">${t.t('eligibilityHint')}</p>
      <div class="actions" role="group" aria-label=${t.t('eligibility')}>
        <label class="check"
          ><input type="radio" name="mode" .checked=${!this.stepMode} @change=${() => (this.stepMode = false)} />${t.t('asForm')}</label
        >
        <label class="check"
          ><input type="radio" name="mode" .checked=${this.stepMode} @change=${() => (this.stepMode = true)} />${t.t('oneByOne')}</label
        >
      </div>
      <form @submit=${this.onCheck} novalidate>
        ${this.stepMode ? html`<p class="muted" aria-live="polite">${t.t('question', step + 1, questions.length)}</p>` : nothing}
        ${shownQuestions.map((question) => renderQuestion(question, this.answers[question.code], t, this.onAnswer, flagged.has(question.code)))}
        <div class="actions">
          ${this.stepMode && step > 0 ? html`<button type="button" @click=${() => (this.step = step - 1)}>${t.t('previous')}</button>` : nothing}
          ${
            this.stepMode && step < questions.length - 1
              ? html`<button type="button" @click=${() => (this.step = step + 1)}>${t.t('next')}</button>`
              : html`<button type="submit" class="primary" ?disabled=${this.checking}>
                  ${this.checking ? t.t('checking') : t.t('check')}
                </button>`
          }
        </div>
      </form>
      ${this.checkFailure ? errorState(this.common, this.checkFailure, () => void this.check()) : nothing}
      ${
        result
          ? html`<div class="outcome ${result.outcome}" part="outcome" tabindex="-1" role="status">
              <p><strong>${outcomeText}</strong></p>
              ${
                result.reasons.length > 0
                  ? html`<ul class="plain">
                      ${result.reasons.map((reason) => html`<li>${reason.text}</li>`)}
                    </ul>`
                  : nothing
              }
              <button type="button" @click=${this.answerAgain}>${t.t('answerAgain')}</button>
            </div>`
          : nothing
      }
    </section>`;
  }

  private renderProxy(guide: ServiceDetail): TemplateResult | typeof nothing {
    if (!guide.villageProxy) return nothing;
    const t = this.t;
    const receipt = this.receipt;
    if (receipt) {
      const at = receipt.steps.findIndex((one) => one.code === receipt.step);
      return html`<section part="receipt" tabindex="-1" aria-labelledby="receipt-title">
        <h3 id="receipt-title">${t.t('receipt')}</h3>
        <p>${t.t('receiptId', receipt.id)}</p>
        <p>${t.t('forwardBy', t.date(receipt.forwardBy))}</p>
        <ol class="steps">
          ${receipt.steps.map((one, index) => {
            const known = proxySteps.find((s) => s.code === one.code);
            const name = known ? (t.lang === 'en' ? known.en : known['zh-CN']) : one.label;
            const status = index === at ? t.t('stepCurrent') : one.done ? t.t('stepDone') : t.t('stepTodo');
            return html`<li class=${one.done ? 'done' : ''} aria-current=${index === at ? 'step' : 'false'}>
              ${name} <span class="muted">(${status}${one.on ? ` ${t.date(one.on, 'short')}` : ''})</span>
            </li>`;
          })}
        </ol>
      </section>`;
    }
    if (this.villageId === undefined)
      return html`<section part="proxy">
        <h3>${t.t('proxy')}</h3>
        <p>${t.t('noVillage')}</p>
      </section>`;
    return html`<section part="proxy" aria-labelledby="proxy-title" class="no-print">
      <h3 id="proxy-title">${t.t('proxy')}</h3>
      <p class="muted">${t.t('proxyHint')}</p>
      <form @submit=${this.onProxySubmit}>
        <label class="field-label" for="p-name">${t.t('applicant')}</label>
        <input
          id="p-name"
          name="applicant"
          type="text"
          autocomplete="name"
          required
          minlength="2"
          maxlength="20"
          .value=${this.proxyName}
          @input=${this.onProxyField}
        />
        <label class="field-label" for="p-mobile">${t.t('mobile')}</label>
        <input
          id="p-mobile"
          name="mobile"
          type="tel"
          autocomplete="tel"
          inputmode="tel"
          required
          maxlength="20"
          .value=${this.proxyMobile}
          @input=${this.onProxyField}
        />
        <label class="field-label" for="p-note">${t.t('note')}</label>
        <textarea id="p-note" name="note" maxlength="500" .value=${this.proxyNote} @input=${this.onProxyField}></textarea>
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.sending}>${this.sending ? t.t('sending') : t.t('send')}</button>
        </div>
      </form>
      ${this.proxyFailure ? errorState(this.common, this.proxyFailure, () => void this.sendProxy()) : nothing}
    </section>`;
  }

  private renderGuide(): TemplateResult {
    const t = this.t;
    const backButton = html`<button type="button" class="no-print" @click=${this.back}>${t.t('back')}</button>`;
    switch (this.guidePhase) {
      case 'idle':
      case 'loading':
        return html`${backButton}${loadingState(this.common, 8)}`;
      case 'offline':
        return html`${backButton}${offlineState(this.common)}`;
      case 'error':
        return html`${backButton}${errorState(this.common, this.guideFailure ?? { message: this.common.t('unexpected'), requestId: undefined }, () => void this.openGuide(this.service))}`;
      case 'ready':
        break;
    }
    const guide = this.guide;
    if (!guide) return backButton;
    return html`<article part="guide" aria-labelledby="guide-title">
      ${backButton}
      <h2 id="guide-title" tabindex="-1">${t.lang === 'en' ? (guide.name.en ?? guide.name['zh-CN']) : guide.name['zh-CN']}</h2>
      ${renderGuideFacts(guide, t)}
      ${renderMaterials(
        guide,
        t,
        this.ticked,
        (index, on) => {
          const next = new Set(this.ticked);
          if (on) next.add(index);
          else next.delete(index);
          this.ticked = next;
        },
        () => {
          globalThis.print();
        },
      )}
      ${this.renderEligibility(guide)} ${this.renderProxy(guide)}
    </article>`;
  }

  override render(): TemplateResult {
    const t = this.t;
    const inGuide = this.service !== '';
    return html`<div class="caption-row no-print">
        <p class="title">${t.t('title')}</p>
        ${this.elderControls.render()}
      </div>
      <div ?hidden=${inGuide}>
        <div class="search no-print">
          <label class="field-label" for="search">${t.t('search')}</label>
          <p class="hint" id="search-hint">${t.t('searchHint')}</p>
          <input
            id="search"
            part="search"
            type="search"
            maxlength="50"
            autocomplete="off"
            enterkeyhint="search"
            aria-describedby="search-hint"
            @compositionstart=${this.search.onCompositionStart}
            @compositionend=${this.search.onCompositionEnd}
            @input=${this.search.onInput}
          />
        </div>
        ${this.renderFilters()} ${inGuide ? nothing : this.renderList()}
      </div>
      ${inGuide ? this.renderGuide() : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }
}
