import { applicationChannels, prepareServiceSearch, searchServices, type PreparedService } from '@shanzhi/rules';
import { getService, listServices, type Client, type PageItem, type RouteOutput } from '@shanzhi/sdk/browser';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { lazyImport } from '../internal/before-import.js';
import { ElderControls } from '../internal/elder-controls.js';
import { filterBarStyles } from '../internal/filter-bar-styles.js';
import { ImeSearch } from '../internal/ime-search.js';
import { Localizer } from '../internal/localize.js';
import { RemoteData } from '../internal/remote-data.js';
import { searchField, searchFieldStyles } from '../internal/search-field.js';
import { emptyState, errorState, loadingState, type LoadFailure } from '../internal/states.js';
import { SzElement } from '../internal/sz-element.js';
import { widgetStyles } from '../internal/widget-styles.js';
import { itemLimit, viewAllLink, viewAllLinkStyles } from '../internal/view-all-link.js';
import './events.js';
import type * as GuidePanel from './guide-panel.js';
import type { ServiceDetail } from './guide-view.js';
import { catalogueMessages } from './messages.js';
import { cataloguePageSize, deepLinkParam, maxCataloguePages, resultsShown, type CatalogueDisplay } from './options.js';
import { catalogueStyles } from './styles.js';

export type ServiceSummary = PageItem<typeof listServices>;
type ListMeta = Pick<RouteOutput<typeof listServices>, 'departments' | 'lifeEvents'>;
type ChannelCode = (typeof applicationChannels)[number]['code'];

/** The whole catalogue of a region as read once, with the keys it is searched by on the device. */
interface Catalogue {
  readonly services: readonly ServiceSummary[];
  readonly prepared: readonly PreparedService<ServiceSummary>[];
  readonly meta: ListMeta;
}

const noMeta: ListMeta = { departments: [], lifeEvents: [] };

function isChannel(value: string): value is ChannelCode {
  return applicationChannels.some((channel) => channel.code === value);
}

/** Reads the whole catalogue once, page by page; every keystroke then searches it on the device. */
async function readCatalogue(client: Client, regionId: string, signal: AbortSignal): Promise<Catalogue> {
  const all: ServiceSummary[] = [];
  let cursor: string | undefined;
  let meta: ListMeta | undefined;
  for (let page = 0; page < maxCataloguePages; page++) {
    const { data } = await client.request(
      listServices,
      { params: { regionId }, query: { limit: cataloguePageSize, ...(cursor === undefined ? {} : { cursor }) } },
      { signal },
    );
    all.push(...data.items);
    meta ??= { departments: data.departments, lifeEvents: data.lifeEvents };
    if (data.nextCursor === null) break;
    cursor = data.nextCursor;
  }
  return { services: all, prepared: prepareServiceSearch(all), meta: meta ?? noMeta };
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
 * @csspart search-form - The search landmark around the field.
 * @csspart search - The search field.
 * @csspart filters - The filter bar.
 * @csspart results - The result list.
 * @csspart result - One service in the list.
 * @csspart count - The result count.
 * @csspart view-all - The link to the portal's page with all services (with `max-items` and `view-all-href`).
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
 * @csspart follow-code - On the receipt: the request number and receipt code to follow and rate it, shown once.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The retry button.
 * @csspart offline - The offline state.
 * @csspart elder-controls - The 长辈版 switch, text size and read-aloud buttons.
 */
export class SzServiceCatalogue extends SzElement {
  static override styles = [...widgetStyles, searchFieldStyles, viewAllLinkStyles, filterBarStyles, catalogueStyles];

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
  /** List at most this many services (a portal home page); the rest are behind search, or the `view-all-href` link. */
  @property({ type: Number, attribute: 'max-items' }) maxItems?: number;
  /** The portal's page with all services (http(s) or relative): linked as 查看全部（共 N 项） when `max-items` cuts the list. */
  @property({ attribute: 'view-all-href' }) viewAllHref?: string;

  @state() private query = '';
  @state() private channel = '';
  @state() private proxyOnly = false;
  @state() private shown = resultsShown;
  @state() private announcement = '';
  /** What the user does in the guides (./guide-panel.ts), made when that chunk arrives after the first render. */
  @state() private session: GuidePanel.GuideSession | undefined;
  /** The guide's chunk could not be fetched (offline, a CDN hiccup). */
  @state() private panelFailed = false;

  private readonly t = new Localizer(catalogueMessages, () => this.effectiveLocale);
  private readonly elderControls = new ElderControls(this, this.common);

  /** The whole catalogue, read again when the client, region or language changes. */
  private readonly list = new RemoteData<Catalogue, [Client, string, string]>(this, {
    common: this.common,
    args: () => {
      const client = this.client;
      const regionId = this.regionId;
      return client && regionId !== undefined ? [client, regionId, this.effectiveLocale] : undefined;
    },
    load: ([client, regionId], signal) => readCatalogue(client, regionId, signal),
    onReady: () => {
      this.announceSoon(0);
    },
  });
  /** The opened guide. */
  private readonly guideData = new RemoteData<ServiceDetail, [Client, string]>(this, {
    common: this.common,
    args: () => {
      const client = this.client;
      return client && this.service !== '' ? [client, this.service] : undefined;
    },
    load: ([client, serviceCode], signal) => client.request(getService, { params: { serviceCode } }, { signal }).then(({ data }) => data),
    onReady: (guide) => {
      this.emit('sz-service-open', { serviceCode: guide.code, regionId: this.regionId ?? '' });
      this.focusAfterUpdate = '#guide-title';
    },
  });
  // The catalogue is searched locally, so every keystroke searches at once (delay 0) — but never mid-composition.
  private readonly search = new ImeSearch(
    this,
    (value) => {
      this.setQuery(value);
    },
    0,
  );
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private openedCode = '';
  /** What gets focus once an update has rendered it (a guide's title, an outcome, a receipt). */
  private focusAfterUpdate: string | undefined;
  /** The guide's chunk, fetched after the first render; after a failed download (offline, a CDN hiccup) the retry button asks again. */
  private readonly panel = this.latePart(
    () =>
      lazyImport('services/guide-panel', () => import('./guide-panel.js'))().then(
        (module) => {
          this.session = new module.GuideSession({
            element: this,
            locale: () => this.effectiveLocale,
            common: this.common,
            client: () => this.client,
            villageId: () => this.villageId,
            guide: () => this.guide,
            focusSoon: (selector) => {
              this.focusAfterUpdate = selector;
            },
          });
          this.session.reset(this.service);
          this.panelFailed = false;
        },
        (error: unknown) => {
          this.panelFailed = true;
          throw error;
        },
      ),
    { preload: 'first-paint' },
  );

  // ——— configuration ———

  private get regionId(): string | undefined {
    return this.region ?? this.config.region ?? this.config.village;
  }

  private get villageId(): string | undefined {
    return this.village ?? this.config.village;
  }

  private get guide(): ServiceDetail | undefined {
    return this.guideData.value;
  }

  private get services(): readonly ServiceSummary[] {
    return this.list.value?.services ?? [];
  }

  private get meta(): ListMeta {
    return this.list.value?.meta ?? noMeta;
  }

  private get prepared(): readonly PreparedService<ServiceSummary>[] {
    return this.list.value?.prepared ?? [];
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
    if (this.announceTimer !== undefined) clearTimeout(this.announceTimer);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.service !== this.openedCode) {
      this.openedCode = this.service;
      this.resetGuide(this.service);
    }
    if (changed.has('query') || changed.has('department') || changed.has('lifeEvent') || changed.has('channel') || changed.has('proxyOnly'))
      this.shown = resultsShown;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const selector = this.focusAfterUpdate;
    const target = selector ? this.renderRoot.querySelector<HTMLElement>(selector) : null;
    // Kept until its element is on screen: a guide's title waits while the guide's chunk is still loading.
    if (target) {
      this.focusAfterUpdate = undefined;
      target.focus();
    }
  }

  protected override onReconnect(): void {
    // The reads reload by themselves (RemoteData); the guide's chunk is asked for again here.
    if (this.panelFailed) this.panel.preload();
  }

  private get panelFailure(): LoadFailure {
    return { message: this.common.t(this.online ? 'unexpected' : 'networkError'), requestId: undefined };
  }

  // ——— data ———

  /** A guide was opened (or closed): what the user did in the last one starts over; the guide itself loads by `guideData`. */
  private resetGuide(code: string): void {
    // Before the guide's chunk has arrived there is nothing to start over: the session starts from `service` when it does.
    this.session?.reset(code);
    this.focusAfterUpdate = undefined;
    this.writeDeepLink(code);
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

  private renderList(): TemplateResult | undefined {
    return this.list.render({
      ready: () => this.renderResults(),
      skeletonRows: 6,
      idle: () => (this.regionId === undefined ? emptyState(this.t.t('noRegion')) : html``),
    });
  }

  private renderResults(): TemplateResult {
    const t = this.t;
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
    const limit = itemLimit(this.maxItems);
    const visible = results.slice(0, limit ?? this.shown);
    // With max-items the list stays that short: the rest is behind the search or the portal's own page.
    const rest = limit === undefined ? results.length - visible.length : 0;
    return html`${count}
      <ul class="results" part="results" aria-label=${t.t('title')}>
        ${repeat(visible, (item) => item.code, this.renderResult)}
      </ul>
      ${limit === undefined ? nothing : viewAllLink({ href: this.viewAllHref, shown: visible.length, total: results.length, label: (total) => t.t('viewAll', total) })}
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

  private renderGuide(): TemplateResult {
    const backButton = html`<button type="button" class="no-print" @click=${this.back}>${this.t.t('back')}</button>`;
    const view = this.guideData.render({
      ready: (guide) => this.withSession((session) => session.render(guide, backButton)),
      skeletonRows: 8,
    });
    // The guide carries its own back button; the loading, error and offline states get one above them.
    return this.guideData.phase === 'ready' && this.session ? html`${view}` : html`${backButton}${view ?? nothing}`;
  }

  /** What needs the guide's chunk: its state while it loads (or failed to), then `render`. */
  private withSession(render: (session: GuidePanel.GuideSession) => TemplateResult): TemplateResult {
    if (this.panelFailed)
      return errorState(this.common, this.panelFailure, () => {
        this.panel.preload();
      });
    return this.session ? render(this.session) : loadingState(this.common, 8);
  }

  override render(): TemplateResult {
    const t = this.t;
    const inGuide = this.service !== '';
    return html`<div class="caption-row no-print">
        <p class="title">${t.t('title')}</p>
        ${this.elderControls.render()}
      </div>
      <div ?hidden=${inGuide}>
        ${searchField({ search: this.search, label: t.t('search'), hint: t.t('searchHint') })} ${this.renderFilters()}
        ${inGuide ? nothing : this.renderList()}
      </div>
      ${inGuide ? this.renderGuide() : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }
}
