import type { DisclosureCategory } from '@shanzhi/rules';
import {
  disclosureStatuses,
  getDisclosure,
  getDisclosureCompliance,
  listDisclosures,
  type Client,
  type PageItem,
  type RouteOutput,
} from '@shanzhi/sdk/browser';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { BoardPager, defaultBoardInterval, isBoardDisplay } from '../internal/board-pager.js';
import { beforeImport } from '../internal/before-import.js';
import { ElderControls } from '../internal/elder-controls.js';
import { filterBarStyles } from '../internal/filter-bar-styles.js';
import { ImeSearch } from '../internal/ime-search.js';
import { addLateStyles } from '../internal/late-styles.js';
import { Localizer } from '../internal/localize.js';
import { RemoteData } from '../internal/remote-data.js';
import { searchField, searchFieldStyles } from '../internal/search-field.js';
import { emptyState, errorState, loadingState, type LoadFailure } from '../internal/states.js';
import { SzElement } from '../internal/sz-element.js';
import { widgetStyles } from '../internal/widget-styles.js';
import { itemLimit, viewAllLink, viewAllLinkStyles } from '../internal/view-all-link.js';
import './events.js';
import { categoryLabel } from './categories.js';
import { disclosureMessages } from './messages.js';
import {
  boardPageSize,
  defaultPageSize,
  disclosureViews,
  firstYear,
  isStatusFilter,
  maxPageSize,
  searchDelayMs,
  searchMaxLength,
  urlKeys,
  type DisclosureDisplay,
  type DisclosureStatusFilter,
  type DisclosureView,
} from './options.js';
import type { Compliance, Detail } from './parts.js';
import { disclosureStyles } from './styles.js';
import type * as Views from './views.js';

type Summary = PageItem<typeof listDisclosures>;
/** What the list depends on: client, village, category, year, month, status, search text and page size. */
type ListArgs = readonly [Client, string, string, number | undefined, number | undefined, DisclosureStatusFilter, string, number];

/** The detail views once their chunk is here: the module, its words in the board's locale and the question form. */
interface LoadedViews {
  readonly render: typeof Views;
  readonly t: Views.Words;
  readonly query: Views.QueryForm;
  /** The words of a public screen's page controls. */
  readonly boardT: Views.BoardWords;
  /** The 小微权力清单 view (`view="powers"`). */
  readonly powers: Views.PowerView;
}

function positiveInt(value: string | null): number | undefined {
  if (value === null || value === '') return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** One page of the list: the first (the list's read) or the one after `cursor` ("load more", a public board). */
async function fetchPage(args: ListArgs, signal: AbortSignal, cursor?: string): Promise<RouteOutput<typeof listDisclosures>> {
  const [client, villageId, category, year, month, status, q, limit] = args;
  // The client leaves undefined values out of the query string; an empty filter is sent as none.
  const query = { limit, category: category || undefined, year, month, status: status || undefined, q: q || undefined, cursor };
  const result = await client.request(listDisclosures, { params: { villageId }, query }, { signal });
  return result.data;
}

/**
 * A village's public disclosure board (三务公开: 党务, 村务, 财务 …): browse by category, year, month and status,
 * search, open an item to read its body (allow-listed rich text rendered with templates), attachments, finance
 * statement with the reconciliation check, the 四议两公开 trail of a major decision with each meeting's validity,
 * relief lists with masked names, and every correction with what it changed. Villagers can ask a question or
 * object (村民委员会组织法 Art 30 查询). A compliance view shows which Art 30 obligations are met or overdue, and the
 * 小微权力清单 view (`view="powers"`) the village's small and micro powers, each procedure as a flowchart: an ordered
 * list of steps with an SVG drawing beside it (in the detail views' chunk: nothing of it loads before it is shown).
 *
 * On a portal's home page, `compact` with `max-items` and `view-all-href` keeps it short: the newest few items in
 * dense rows without filters or views, and a "view all (N)" link to the portal's full disclosure page:
 * `<sz-disclosure-board compact max-items="5" view-all-href="/gongkai/"></sz-disclosure-board>`.
 *
 * @element sz-disclosure-board
 *
 * @fires sz-disclosure-open - An item was opened. `detail: { villageId, disclosureId, category }`.
 * @fires sz-query-submitted - A question or objection was received. `detail: { villageId, disclosureId, queryId, kind }` — never its text or phone.
 *
 * @csspart filters - The filter bar.
 * @csspart list - The list of items.
 * @csspart item - One item in the list.
 * @csspart status - An item's status badge.
 * @csspart detail - The opened item.
 * @csspart body - The item's text.
 * @csspart attachments - The attachment list.
 * @csspart finance - The finance statement section.
 * @csspart finance-table - The statement table.
 * @csspart budget-table - Planned vs actual.
 * @csspart reconciliation-warning - Shown when a statement does not add up.
 * @csspart trail - The 四议两公开 timeline.
 * @csspart relief - Relief lists.
 * @csspart history - The corrections.
 * @csspart query-form - The question / objection form.
 * @csspart receipt - The receipt after sending.
 * @csspart compliance - The compliance view.
 * @csspart compliance-mandate - At the top of the compliance view: how many published expenses lack a valid decision, with a button to them.
 * @csspart mandate-alarms - The list of expenses without a valid 四议两公开 decision (★ money without mandate).
 * @csspart mandate-alarm - One such expense: a button that opens its statement, and why it is flagged.
 * @csspart obligation-item - In the compliance view, the link that opens the item that met an obligation.
 * @csspart powers - The 小微权力清单 view (`view="powers"`).
 * @csspart power-list - The list of powers.
 * @csspart power - One power in the list.
 * @csspart power-detail - An opened power: basis, answerable post and procedure.
 * @csspart legal-basis - An opened power's legal basis.
 * @csspart flowchart - The procedure: the drawing and the ordered list of steps.
 * @csspart flowchart-drawing - The SVG drawing of the steps (hidden from screen readers, which read the list).
 * @csspart flow-steps - The ordered list of steps.
 * @csspart flow-step - One step: its post, time limit and supervision points.
 * @csspart supervision-point - Who supervises a step, and what they check.
 * @csspart view-all - The "view all (N)" link to the portal's full disclosure page (`view-all-href`).
 * @csspart board-controls - On a public board: the pause / play button and the page buttons.
 * @csspart pause - The pause / play button of automatic paging.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The retry button.
 * @csspart offline - The offline state.
 * @csspart elder-controls - The 长辈版 controls.
 */
export class SzDisclosureBoard extends SzElement {
  static override styles = [...widgetStyles, searchFieldStyles, viewAllLinkStyles, filterBarStyles, disclosureStyles];

  /** Village id; falls back to the enclosing provider's `village`. */
  @property() village?: string;
  /** A category code (from the village's categories); empty for all. */
  @property() category = '';
  /** Year to show, e.g. 2026; unset for all. */
  @property({ type: Number }) year?: number;
  /** Month 1–12 within `year`; unset for all. */
  @property({ type: Number }) month?: number;
  /** The id of the item to open. */
  @property() item = '';
  /**
   * `embedded` (default) or `board`: large type for a public screen, turning pages by itself every `board-interval`
   * seconds — pausable with a visible button, and never by itself in 长辈版 or when the device asks for reduced motion.
   */
  @property({ reflect: true }) display: DisclosureDisplay = 'embedded';
  /** Seconds between automatic pages on a public board. */
  @property({ attribute: 'board-interval', type: Number }) boardInterval: number = defaultBoardInterval;
  /** Reflect the category, year, month, status, search and open item in the page URL (`?sz-item=…`), so they can be shared. Off unless set. */
  @property({ attribute: 'sync-url', type: Boolean }) syncUrl = false;
  /**
   * List at most this many items (a portal's home page: 5), never paging beyond them; with `view-all-href`, a link to
   * the rest. Unset for every item, page by page.
   */
  @property({ attribute: 'max-items', type: Number }) maxItems?: number;
  /**
   * Compact density for a portal's home page: dense rows showing title, category, status and date, no filters, no
   * search and no switch to the compliance view. Ignored with `display="board"`. Pair it with `max-items`.
   */
  @property({ type: Boolean, reflect: true }) compact = false;
  /**
   * Address of the portal's full disclosure page. When set and there are more items than shown, a "查看全部（共 N 条）"
   * link leads there. Only http(s) or relative addresses are used; anything else (a `javascript:` URL) is ignored.
   */
  @property({ attribute: 'view-all-href' }) viewAllHref?: string;

  /**
   * The view shown: `items` (default), `compliance` (the Art 30 report) or `powers` (the 小微权力清单 with each power's
   * flowchart). The view buttons switch it; set it to open the board on a view (a portal's 小微权力 page).
   */
  @property() view: DisclosureView = 'items';
  @state() private statusFilter: DisclosureStatusFilter = '';
  @state() private q = '';
  @state() private items: readonly Summary[] = [];
  @state() private categories: readonly DisclosureCategory[] = [];
  @state() private total = 0;
  @state() private nextCursor: string | null = null;
  @state() private moreLoading = false;
  @state() private shownVersion = 0;
  /** How the detail views' chunk last ended; `failed` (offline, a CDN hiccup) until the retry button, or reconnecting, loads it. */
  @state() private viewsChunk: 'loaded' | 'failed' | undefined;
  @state() private boardPage = 0;

  private readonly t = new Localizer(disclosureMessages, () => this.effectiveLocale);
  private readonly elderControls = new ElderControls(this, this.common);
  /** Search as you type: nothing is asked while an IME composes, then once the typing stops. */
  private readonly typing = new ImeSearch(
    this,
    (value) => {
      this.q = value.slice(0, searchMaxLength);
      this.writeUrl(false);
    },
    searchDelayMs,
  );
  private readonly pager = new BoardPager(this, {
    // Not before the page controls (in the views chunk) are on screen: the first page gets its whole interval, and
    // the pause button is there from the first turn (WCAG 2.2.2). A chunk that failed does not stop the screen.
    enabled: () => this.autoPaging && this.boardPages > 1 && this.viewsChunk !== undefined,
    interval: () => this.boardInterval,
    advance: () => {
      this.turnBoardPage(1);
    },
  });
  /** Where the back button returns: an item opened from the compliance report goes back to it. */
  private returnView: DisclosureView = 'items';
  /** The compliance report is loaded the first time it is shown, then kept while the village stays the same. */
  private complianceWanted = false;

  /** The first page of items; further pages (`loadMore`) extend it with its signal. */
  private readonly list = new RemoteData<RouteOutput<typeof listDisclosures>, ListArgs>(this, {
    common: this.common,
    args: () => this.listArgs(),
    load: (args, signal) => fetchPage(args, signal),
    onReady: (page) => {
      this.items = page.items;
      this.categories = page.categories;
      this.total = page.total;
      this.nextCursor = page.nextCursor;
      this.boardPage = 0;
    },
  });

  private readonly detail = new RemoteData<Detail, readonly [Client, string, string]>(this, {
    common: this.common,
    args: () => {
      const source = this.source();
      return source && this.item ? [...source, this.item] : undefined;
    },
    load: ([client, villageId, disclosureId], signal) =>
      client.request(getDisclosure, { params: { villageId, disclosureId } }, { signal }).then((r) => r.data),
    onReady: (detail, [, villageId]) => {
      this.shownVersion = detail.versions.length;
      this.emit('sz-disclosure-open', { villageId, disclosureId: detail.id, category: detail.category });
      const title = detail.versions[detail.versions.length - 1]?.title;
      if (title !== undefined) this.elderControls.speak(title);
      // Focus moves to the title once it is on screen (the detail views may still be loading).
      this.focusTitle = true;
    },
  });

  private readonly compliance = new RemoteData<Compliance, readonly [Client, string]>(this, {
    common: this.common,
    args: () => (this.complianceWanted ? this.source() : undefined),
    load: ([client, villageId], signal) =>
      client.request(getDisclosureCompliance, { params: { villageId }, query: {} }, { signal }).then((r) => r.data),
  });
  /** The detail views (also a public screen's page controls): loaded when first needed or on first intent (see `preloadViews`). */
  private readonly views = this.latePart<LoadedViews>(
    () =>
      beforeImport('disclosure/views')
        .then(() => import('./views.js'))
        .then((module) => {
          addLateStyles(this.renderRoot, module.detailStyles, module.boardPageStyles);
          return {
            // The 小微权力清单 reads nothing until its view is shown.
            powers: new module.PowerView(this),
            boardT: new Localizer(module.boardPageMessages, () => this.effectiveLocale),
            render: module,
            t: new Localizer(module.detailMessages, () => this.effectiveLocale),
            query: new module.QueryForm({
              host: this,
              common: this.common,
              target: () => {
                const source = this.source();
                const disclosureId = this.detail.value?.id;
                return source && disclosureId !== undefined ? { client: source[0], villageId: source[1], disclosureId } : undefined;
              },
              submitted: (detail) => {
                this.emit('sz-query-submitted', detail);
              },
            }),
          };
        }),
    { preload: 'on-demand' },
  );
  private readUrlDone = false;
  private focusTitle = false;

  /**
   * The village shown: `village`, or the provider's. Read by the 小微权力清单 view (./powers.ts).
   * @internal
   */
  get villageId(): string | undefined {
    return this.village ?? this.config.village;
  }

  /** The year filter when it is a real year (an empty `year=""` attribute converts to 0). */
  private get yearFilter(): number | undefined {
    const year = this.year;
    return year !== undefined && Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined;
  }

  private get monthFilter(): number | undefined {
    const month = this.month;
    return this.yearFilter !== undefined && month !== undefined && Number.isInteger(month) && month >= 1 && month <= 12 ? month : undefined;
  }

  /** `max-items` when it is a real count. */
  private get itemLimit(): number | undefined {
    return itemLimit(this.maxItems);
  }

  private get isCompact(): boolean {
    return this.compact && this.display !== 'board';
  }

  /** The items on the list: all loaded, or the first `max-items`. */
  private get listed(): readonly Summary[] {
    const limit = this.itemLimit;
    return limit === undefined ? this.items : this.items.slice(0, limit);
  }

  /** Whether another page may be asked for (never beyond `max-items`). */
  private get hasMore(): boolean {
    return this.nextCursor !== null && this.items.length < (this.itemLimit ?? Infinity);
  }

  /** The client and village every read needs, once both are known. */
  private source(): readonly [Client, string] | undefined {
    const client = this.client;
    const village = this.villageId;
    return client && village !== undefined ? [client, village] : undefined;
  }

  private listArgs(): ListArgs | undefined {
    const source = this.source();
    const limit = Math.min(this.itemLimit ?? defaultPageSize, maxPageSize);
    return source && [...source, this.category, this.yearFilter, this.monthFilter, this.statusFilter, this.q, limit];
  }

  /** Whether this board may turn pages by itself at all (the pause button aside). */
  private get autoPaging(): boolean {
    return (
      this.display === 'board' &&
      !this.effectiveElder &&
      !this.pager.reducedMotion &&
      this.isConnected &&
      this.view === 'items' &&
      !this.item &&
      this.list.phase === 'ready'
    );
  }

  private get boardPages(): number {
    const limit = this.itemLimit ?? Infinity;
    return Math.max(1, Math.ceil(Math.min(this.total, limit) / boardPageSize));
  }

  /**
   * The village's categories as the server sent them; until they arrive, a category asked for by attribute or shared
   * link stays selected under its code, so the select never claims "all" while the list is filtered.
   */
  private get categoryOptions(): readonly Pick<DisclosureCategory, 'code' | 'label'>[] {
    const asked = this.category;
    if (asked === '' || this.categories.some((one) => one.code === asked)) return this.categories;
    return [...this.categories, { code: asked, label: { 'zh-CN': asked, en: asked } }];
  }

  // ——— URL (opt-in) ———

  /** The browser's back and forward buttons: the board follows the URL. */
  private readonly onPopState = this.listenOnWindow('popstate', () => {
    this.readUrl();
  });

  private readUrl(): void {
    if (!this.syncUrl) return;
    const params = new URLSearchParams(globalThis.location.search);
    this.category = params.get(urlKeys.category) ?? '';
    this.year = positiveInt(params.get(urlKeys.year));
    this.month = positiveInt(params.get(urlKeys.month));
    const status = params.get(urlKeys.status) ?? '';
    this.statusFilter = isStatusFilter(status) ? status : '';
    this.q = (params.get(urlKeys.q) ?? '').trim().slice(0, searchMaxLength);
    this.typing.reset(this.q);
    this.item = params.get(urlKeys.item) ?? '';
  }

  private writeUrl(push: boolean): void {
    if (!this.syncUrl) return;
    const url = new URL(globalThis.location.href);
    const set = (key: string, value: string | number | undefined) => {
      if (value === undefined || value === '') url.searchParams.delete(key);
      else url.searchParams.set(key, String(value));
    };
    set(urlKeys.category, this.category);
    set(urlKeys.year, this.yearFilter);
    set(urlKeys.month, this.monthFilter);
    set(urlKeys.status, this.statusFilter);
    set(urlKeys.q, this.q);
    set(urlKeys.item, this.item);
    if (url.href === globalThis.location.href) return;
    if (push) globalThis.history.pushState(globalThis.history.state, '', url);
    else globalThis.history.replaceState(globalThis.history.state, '', url);
  }

  // ——— lifecycle ———

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.readUrlDone && this.syncUrl) {
      this.readUrlDone = true;
      this.readUrl();
    }
    if (changed.has('display') && !isBoardDisplay(this.display)) this.display = 'embedded';
    // Another item (or village): a fresh question form.
    if (changed.has('item') || changed.has('village')) this.views.value?.query.reset();
    if (this.display === 'board') this.fillBoardPage();
    // A public screen's page controls are in the detail views too: on a touch screen its items get opened.
    if (this.item || this.view !== 'items' || this.display === 'board') this.importViews();
    if (this.view === 'compliance') this.complianceWanted = true;
  }

  private importViews(): void {
    if (this.views.value) return;
    this.views.get().then(
      () => (this.viewsChunk = 'loaded'),
      () => (this.viewsChunk = 'failed'),
    );
  }

  /**
   * First intent (the pointer over, or the focus in, what opens an item or the report): the detail views start
   * loading so opening does not wait for them. A chunk that failed stays failed until it is needed (its retry).
   */
  private readonly preloadViews = (): void => {
    if (this.viewsChunk !== 'failed') this.importViews();
  };

  /** Why a lazy chunk is missing: offline, or something unexpected (a CDN hiccup, a failed integrity check). */
  private get chunkFailure(): LoadFailure {
    return { message: this.common.t(this.online ? 'unexpected' : 'networkError'), requestId: undefined };
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusTitle) {
      const title = this.renderRoot.querySelector<HTMLElement>('#detail-title');
      if (title) {
        this.focusTitle = false;
        title.focus();
      }
    }
  }

  protected override onReconnect(): void {
    // The reads reload by themselves (RemoteData); the detail views' chunk is asked for again here.
    if (this.viewsChunk === 'failed') this.importViews();
  }

  // ——— data ———

  /** The next page of items, on the list's signal: a change of filters or leaving the page stops it. */
  private async loadMore(): Promise<void> {
    const args = this.listArgs();
    const cursor = this.nextCursor;
    const signal = this.list.signal;
    if (!args || !signal || cursor === null || this.moreLoading) return;
    this.moreLoading = true;
    try {
      const page = await fetchPage(args, signal, cursor);
      if (signal.aborted) return;
      this.items = [...this.items, ...page.items];
      this.nextCursor = page.nextCursor;
    } catch {
      // The "load more" button stays and is the retry; a new list load replaces these items anyway.
    } finally {
      this.moreLoading = false;
    }
  }

  // ——— actions ———

  private open(id: string): void {
    this.returnView = 'items';
    this.item = id;
    this.writeUrl(true);
  }

  /** From the compliance report: show the item that met the obligation; back returns to the report. */
  private readonly openFromCompliance = (id: string): void => {
    this.view = 'items';
    this.open(id);
    this.returnView = 'compliance';
  };

  private close(): void {
    const id = this.item;
    const returnView = this.returnView;
    this.item = '';
    this.view = returnView;
    this.returnView = 'items';
    this.focusTitle = false;
    this.writeUrl(true);
    const selector = returnView === 'compliance' ? `[data-item="${CSS.escape(id)}"]` : `[data-id="${CSS.escape(id)}"]`;
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    });
  }

  // ——— public board ———

  /** The items of the page on screen may not be loaded yet (a board pages past the first request): ask for more. */
  private fillBoardPage(): void {
    if (this.list.phase !== 'ready' || this.moreLoading || !this.hasMore) return;
    if ((this.boardPage + 1) * boardPageSize > this.items.length) void this.loadMore();
  }

  private turnBoardPage(step: 1 | -1): void {
    const pages = this.boardPages;
    this.boardPage = (((this.boardPage + step) % pages) + pages) % pages;
  }

  private readonly onFilter = (event: Event): void => {
    const target = event.target as HTMLSelectElement;
    const value = target.value;
    switch (target.name) {
      case 'category':
        this.category = value;
        break;
      case 'year':
        this.year = positiveInt(value);
        if (this.year === undefined) this.month = undefined;
        break;
      case 'month':
        this.month = positiveInt(value);
        break;
      case 'status':
        this.statusFilter = isStatusFilter(value) ? value : '';
        break;
    }
    this.writeUrl(false);
  };

  // ——— rendering ———

  private renderFilters(): TemplateResult {
    const t = this.t;
    const locale = this.effectiveLocale;
    const thisYear = new Date().getUTCFullYear();
    const years: number[] = [];
    const year = this.yearFilter;
    const month = this.monthFilter;
    for (let y = Math.max(thisYear, year ?? 0); y >= firstYear; y--) years.push(y);
    return html`<div class="filters" part="filters">
      <label class="field"
        ><span class="field-label">${t.t('category')}</span>
        <select name="category" .value=${this.category} @change=${this.onFilter}>
          <option value="" ?selected=${this.category === ''}>${t.t('allCategories')}</option>
          ${this.categoryOptions.map((one) => html`<option value=${one.code} ?selected=${one.code === this.category}>${one.label[locale]}</option>`)}
        </select>
      </label>
      <label class="field"
        ><span class="field-label">${t.t('year')}</span>
        <select name="year" @change=${this.onFilter}>
          <option value="" ?selected=${year === undefined}>${t.t('allYears')}</option>
          ${years.map((y) => html`<option value=${y} ?selected=${y === year}>${y}</option>`)}
        </select>
      </label>
      <label class="field"
        ><span class="field-label">${t.t('month')}</span>
        <select name="month" ?disabled=${year === undefined} @change=${this.onFilter}>
          <option value="" ?selected=${month === undefined}>${t.t('allMonths')}</option>
          ${Array.from({ length: 12 }, (_, i) => html`<option value=${i + 1} ?selected=${i + 1 === month}>${t.t('monthName', i + 1)}</option>`)}
        </select>
      </label>
      <label class="field"
        ><span class="field-label">${t.t('status')}</span>
        <select name="status" @change=${this.onFilter}>
          <option value="" ?selected=${this.statusFilter === ''}>${t.t('allStatuses')}</option>
          ${disclosureStatuses.map((s) => html`<option value=${s} ?selected=${s === this.statusFilter}>${t.t(`status_${s}`)}</option>`)}
        </select>
      </label>
      ${searchField({ search: this.typing, label: t.t('search'), value: this.q, maxLength: searchMaxLength, button: t.t('searchButton') })}
    </div>`;
  }

  private renderItem(item: Summary): TemplateResult {
    const t = this.t;
    // Compact rows (a home page) leave out the notice end, finance and attachments.
    const full = !this.isCompact;
    return html`<li part="item" class="item">
      <button
        type="button"
        class="item-button"
        data-id=${item.id}
        @click=${() => {
          this.open(item.id);
        }}
      >
        <span class="item-title">${item.title}</span>
        <span class="item-meta">
          <span class="category">${categoryLabel(item.category, this.categories, this.effectiveLocale)}</span>
          <span part="status" class=${`status ${item.status}`}>${t.t(`status_${item.status}`)}</span>
          <span>${t.t('published', t.date(item.published))}</span>
          ${full ? html`<span>${item.noticeUntil === undefined ? t.t('noNoticeEnd') : t.t('noticeUntil', t.date(item.noticeUntil))}</span>` : nothing}
          ${item.versions > 1 ? html`<span class="corrected">${t.t('corrected', item.versions)}</span>` : nothing}
          ${full && item.hasFinance ? html`<span>${t.t('hasFinance')}</span>` : nothing}
          ${full && item.attachments > 0 ? html`<span>${t.t('attachmentsCount', item.attachments)}</span>` : nothing}
        </span>
      </button>
    </li>`;
  }

  private renderList(): TemplateResult {
    const t = this.t;
    const content = this.list.render({
      ready: () => (this.display === 'board' ? this.renderBoardPage() : this.renderItems()),
      empty: { when: (page) => page.items.length === 0, message: () => t.t('noItems') },
      skeletonRows: Math.min(this.itemLimit ?? 5, 5),
      idle: () => (this.villageId === undefined ? emptyState(t.t('chooseVillage')) : loadingState(this.common)),
    });
    return html`${this.display === 'board' || this.isCompact ? nothing : this.renderFilters()}${content}`;
  }

  private renderItems(): TemplateResult {
    const t = this.t;
    return html`${this.isCompact ? nothing : html`<p class="muted" role="status">${t.t('results', this.total)}</p>`}
      <ul class="list" part="list" @pointerover=${this.preloadViews} @focusin=${this.preloadViews}>
        ${repeat(
          this.listed,
          (item) => item.id,
          (item) => this.renderItem(item),
        )}
      </ul>
      ${this.hasMore ? html`<button type="button" class="more" ?disabled=${this.moreLoading} @click=${() => void this.loadMore()}>${t.t('loadMore')}</button>` : nothing}
      ${viewAllLink({ href: this.viewAllHref, shown: this.listed.length, total: this.total, label: (n) => this.t.t('viewAll', n) })}`;
  }

  /** A public screen shows one page of items at a time and turns the pages itself (see `autoPaging`). */
  private renderBoardPage(): TemplateResult {
    const pages = this.boardPages;
    const page = Math.min(this.boardPage, pages - 1);
    let still: 'elder' | 'reducedMotion' | undefined;
    if (this.effectiveElder) still = 'elder';
    else if (this.pager.reducedMotion) still = 'reducedMotion';
    const shown = this.listed.slice(page * boardPageSize, (page + 1) * boardPageSize);
    return this.withViews((views) =>
      views.render.renderBoardPage({
        t: views.boardT,
        results: this.t.t('results', this.total),
        page,
        pages,
        items: shown.length === 0 ? loadingState(this.common) : this.pager.renderList('list', shown, (item) => this.renderItem(item)),
        still,
        paused: this.pager.paused,
        togglePause: this.pager.togglePause,
        turn: (step) => {
          this.turnBoardPage(step);
        },
      }),
    );
  }

  /** The opened item: the read's state under the back button, then the item once it and the detail views are here. */
  private renderDetail(): TemplateResult {
    const back = html`<button
      type="button"
      class="back"
      @click=${() => {
        this.close();
      }}
    >
      ← ${this.t.t('back')}
    </button>`;
    const content = this.detail.render({
      ready: (detail) =>
        this.withViews((views) =>
          views.render.renderOpened({
            detail,
            shownVersion: this.shownVersion,
            showVersion: (n) => {
              this.shownVersion = n;
            },
            t: views.t,
            locale: this.effectiveLocale,
            categories: this.categories,
            back,
            query: this.display === 'board' ? undefined : views.query,
            emptyText: this.common.t('empty'),
          }),
        ),
      idle: () => loadingState(this.common),
    });
    // An item on screen has the back button in its own actions.
    const shown = this.detail.phase === 'ready' && this.views.value !== undefined;
    return html`${shown ? nothing : back}${content}`;
  }

  /** What needs the detail views: their state while the chunk loads (or failed to), then `render`. */
  private withViews(render: (views: LoadedViews) => TemplateResult): TemplateResult {
    if (this.viewsChunk === 'failed')
      return errorState(this.common, this.chunkFailure, () => {
        this.importViews();
      });
    return this.views.value ? render(this.views.value) : loadingState(this.common);
  }

  override render(): TemplateResult {
    const t = this.t;
    return html`<div class="board">
      <header class="caption-row head">
        <h2 class="title">${t.t('title')}</h2>
        ${this.elderControls.render()}
      </header>
      ${
        this.isCompact
          ? nothing
          : html`<div class="views" role="group" aria-label=${t.t('views')} @pointerover=${this.preloadViews} @focusin=${this.preloadViews}>
              ${disclosureViews.map(
                (view) =>
                  html`<button
                    type="button"
                    aria-pressed=${String(this.view === view)}
                    @click=${() => {
                      this.view = view;
                    }}
                  >
                    ${t.t(`view_${view}`)}
                  </button>`,
              )}
            </div>`
      }
      ${
        this.view === 'compliance'
          ? this.compliance.render({
              ready: (report) =>
                this.withViews((views) =>
                  views.render.renderCompliance(report, this.categories, views.t, this.effectiveLocale, this.openFromCompliance),
                ),
              idle: () => loadingState(this.common),
            })
          : this.view === 'powers'
            ? this.withViews((loaded) => loaded.powers.render())
            : this.item
              ? this.renderDetail()
              : this.renderList()
      }
    </div>`;
  }
}
