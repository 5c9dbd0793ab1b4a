import { defaultDisclosureCategories, type DisclosureCategory, type DisclosureVersion } from '@shanzhi/rules';
import {
  askAboutDisclosure,
  askDisclosureBodySchema,
  disclosureStatuses,
  getDisclosure,
  getDisclosureCompliance,
  listDisclosures,
  NetworkError,
  randomId,
  type PageItem,
  type RouteOutput,
} from '@shanzhi/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { BoardPager } from '../internal/board-pager.js';
import { beforeImport } from '../internal/before-import.js';
import { commonMessages } from '../internal/common-messages.js';
import { ElderControls } from '../internal/elder-controls.js';
import { ImeSearch } from '../internal/ime-search.js';
import { Localizer } from '../internal/localize.js';
import { describeFailure, emptyState, errorState, loadingState, offlineState, type LoadFailure } from '../internal/states.js';
import { stateStyles } from '../internal/state-styles.js';
import { SzElement } from '../internal/sz-element.js';
import { tokenDefaults } from '../internal/tokens.js';
import './events.js';
import { categoryLabel, fileSize, fileType } from './format.js';
import { disclosureMessages } from './messages.js';
import {
  boardPageSize,
  defaultBoardInterval,
  defaultPageSize,
  firstYear,
  isDisplay,
  isStatusFilter,
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
type Phase = 'idle' | 'loading' | 'ready' | 'error' | 'offline';
type QueryKind = 'question' | 'objection';
type Receipt = RouteOutput<typeof askAboutDisclosure>;
type FieldErrors = Partial<Record<'text' | 'contactPhone', string>>;

function positiveInt(value: string | null): number | undefined {
  if (value === null || value === '') return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * A village's public disclosure board (三务公开: 党务, 村务, 财务 …): browse by category, year, month and status,
 * search, open an item to read its body (allow-listed rich text rendered with templates), attachments, finance
 * statement with the reconciliation check, the 四议两公开 trail of a major decision with each meeting's validity,
 * relief lists with masked names, and every correction with what it changed. Villagers can ask a question or
 * object (村民委员会组织法 Art 30 查询). A compliance view shows which Art 30 obligations are met or overdue.
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
 * @csspart obligation-item - In the compliance view, the link that opens the item that met an obligation.
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
  static override styles = [tokenDefaults, stateStyles, disclosureStyles];

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

  @state() private view: DisclosureView = 'items';
  @state() private statusFilter: DisclosureStatusFilter = '';
  @state() private q = '';
  @state() private items: readonly Summary[] = [];
  @state() private categories: readonly DisclosureCategory[] = [];
  @state() private total = 0;
  @state() private nextCursor: string | null = null;
  @state() private phase: Phase = 'idle';
  @state() private failure: LoadFailure | undefined;
  @state() private moreLoading = false;
  @state() private detail: Detail | undefined;
  @state() private detailPhase: Phase = 'idle';
  @state() private detailFailure: LoadFailure | undefined;
  @state() private shownVersion = 0;
  @state() private compliance: Compliance | undefined;
  @state() private compliancePhase: Phase = 'idle';
  @state() private complianceFailure: LoadFailure | undefined;
  @state() private queryKind: QueryKind = 'question';
  @state() private queryText = '';
  @state() private queryPhone = '';
  @state() private queryErrors: FieldErrors = {};
  @state() private querySending = false;
  @state() private queryFailure: LoadFailure | undefined;
  @state() private receipt: Receipt | undefined;
  @state() private views: typeof Views | undefined;
  @state() private viewsFailed = false;
  @state() private boardPage = 0;
  @state() private paused = false;
  @state() private reducedMotion = false;

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
    enabled: () => this.autoPaging && !this.paused && this.boardPages > 1,
    interval: () => (Number.isFinite(this.boardInterval) && this.boardInterval > 0 ? this.boardInterval : defaultBoardInterval),
    held: () => this.boardHeld,
    advance: () => {
      this.turnBoardPage(1);
    },
  });
  private motionQuery: MediaQueryList | undefined;
  private pointerOnBoard = false;
  private focusOnBoard = false;
  /** Where the back button returns: an item opened from the compliance report goes back to it. */
  private returnView: DisclosureView = 'items';

  private listKey = '';
  private detailKey = '';
  private complianceKey = '';
  private listAbort: AbortController | undefined;
  private detailAbort: AbortController | undefined;
  private complianceAbort: AbortController | undefined;
  /** One Idempotency-Key per question: made on the first send, reused when the same text is sent again after a failure. */
  private attemptKey: string | undefined;
  private readUrlDone = false;
  private viewsImport: Promise<void> | undefined;
  private focusTitle = false;

  private get villageId(): string | undefined {
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

  private get clientKey(): string {
    return this.apiBase ?? this.config.apiBase ?? (this.config.client ? 'ctx' : '');
  }

  /** Whether this board may turn pages by itself at all (the pause button aside). */
  private get autoPaging(): boolean {
    return (
      this.display === 'board' &&
      !this.effectiveElder &&
      !this.reducedMotion &&
      this.isConnected &&
      this.view === 'items' &&
      !this.item &&
      this.phase === 'ready'
    );
  }

  private get boardPages(): number {
    return Math.max(1, Math.ceil(this.total / boardPageSize));
  }

  /** Someone is reading: the pointer or the keyboard focus is on the page of items. */
  private get boardHeld(): boolean {
    return this.pointerOnBoard || this.focusOnBoard;
  }

  private get knownCategories(): readonly DisclosureCategory[] {
    return this.categories.length > 0 ? this.categories : defaultDisclosureCategories;
  }

  // ——— URL (opt-in) ———

  private readonly onPopState = () => {
    this.readUrl();
  };

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

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener('popstate', this.onPopState);
    this.motionQuery = globalThis.matchMedia('(prefers-reduced-motion: reduce)');
    this.reducedMotion = this.motionQuery.matches;
    this.motionQuery.addEventListener('change', this.onMotionChange);
    if (this.hasUpdated) {
      this.listKey = '';
      this.detailKey = '';
      this.complianceKey = '';
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    globalThis.removeEventListener('popstate', this.onPopState);
    this.motionQuery?.removeEventListener('change', this.onMotionChange);
    this.listAbort?.abort();
    this.detailAbort?.abort();
    this.complianceAbort?.abort();
    super.disconnectedCallback();
  }

  private readonly onMotionChange = (event: MediaQueryListEvent): void => {
    this.reducedMotion = event.matches;
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.readUrlDone && this.syncUrl) {
      this.readUrlDone = true;
      this.readUrl();
    }
    if (changed.has('display') && !isDisplay(this.display)) this.display = 'embedded';
    const village = this.villageId;
    const listKey = JSON.stringify([this.clientKey, village, this.category, this.yearFilter, this.monthFilter, this.statusFilter, this.q]);
    if (listKey !== this.listKey) {
      this.listKey = listKey;
      void this.loadList();
    }
    const detailKey = JSON.stringify([this.clientKey, village, this.item]);
    if (detailKey !== this.detailKey) {
      this.detailKey = detailKey;
      void this.loadDetail();
    }
    if (this.display === 'board') this.fillBoardPage();
    if (this.item || this.view === 'compliance') this.importViews();
    if (this.view === 'compliance') {
      const complianceKey = JSON.stringify([this.clientKey, village]);
      if (complianceKey !== this.complianceKey) {
        this.complianceKey = complianceKey;
        void this.loadCompliance();
      }
    }
  }

  private importViews(): void {
    this.viewsImport ??= beforeImport('disclosure/views')
      .then(() => import('./views.js'))
      .then(
        (module) => {
          this.views = module;
          this.viewsFailed = false;
        },
        () => {
          // A chunk that failed to download (offline, a CDN hiccup): let the retry button ask again.
          this.viewsImport = undefined;
          this.viewsFailed = true;
        },
      );
  }

  private get viewsFailure(): LoadFailure {
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
    if (this.viewsFailed) this.importViews();
    if (this.phase === 'error' || this.phase === 'offline') void this.loadList();
    if (this.detailPhase === 'error' || this.detailPhase === 'offline') void this.loadDetail();
    if (this.compliancePhase === 'error' || this.compliancePhase === 'offline') void this.loadCompliance();
  }

  private failPhase(error: unknown): Phase {
    return error instanceof NetworkError && !navigator.onLine ? 'offline' : 'error';
  }

  // ——— data ———

  private listQuery(cursor?: string) {
    return {
      limit: defaultPageSize,
      ...(this.category ? { category: this.category } : {}),
      ...(this.yearFilter === undefined ? {} : { year: this.yearFilter }),
      ...(this.monthFilter === undefined ? {} : { month: this.monthFilter }),
      ...(this.statusFilter ? { status: this.statusFilter } : {}),
      ...(this.q ? { q: this.q } : {}),
      ...(cursor === undefined ? {} : { cursor }),
    };
  }

  private async loadList(): Promise<void> {
    this.listAbort?.abort();
    const client = this.client;
    const villageId = this.villageId;
    this.failure = undefined;
    if (!client || villageId === undefined) {
      this.phase = 'idle';
      return;
    }
    const abort = new AbortController();
    this.listAbort = abort;
    this.phase = 'loading';
    try {
      const result = await client.request(listDisclosures, { params: { villageId }, query: this.listQuery() }, { signal: abort.signal });
      if (abort.signal.aborted) return;
      this.items = result.data.items;
      this.categories = result.data.categories;
      this.total = result.data.total;
      this.nextCursor = result.data.nextCursor;
      this.boardPage = 0;
      this.phase = 'ready';
    } catch (error) {
      if (abort.signal.aborted || isAbort(error)) return;
      this.failure = describeFailure(error, this.common);
      this.phase = this.failPhase(error);
    }
  }

  private async loadMore(): Promise<void> {
    const client = this.client;
    const villageId = this.villageId;
    const cursor = this.nextCursor;
    if (!client || villageId === undefined || cursor === null || this.moreLoading) return;
    const abort = this.listAbort ?? new AbortController();
    this.moreLoading = true;
    try {
      const result = await client.request(
        listDisclosures,
        { params: { villageId }, query: this.listQuery(cursor) },
        { signal: abort.signal },
      );
      if (abort.signal.aborted) return;
      this.items = [...this.items, ...result.data.items];
      this.nextCursor = result.data.nextCursor;
    } catch (error) {
      if (!abort.signal.aborted && !isAbort(error)) this.failure = describeFailure(error, this.common);
    } finally {
      this.moreLoading = false;
    }
  }

  private async loadDetail(): Promise<void> {
    this.detailAbort?.abort();
    const client = this.client;
    const villageId = this.villageId;
    const id = this.item;
    this.detail = undefined;
    this.detailFailure = undefined;
    this.resetQuery();
    if (!client || villageId === undefined || !id) {
      this.detailPhase = 'idle';
      return;
    }
    const abort = new AbortController();
    this.detailAbort = abort;
    this.detailPhase = 'loading';
    try {
      const result = await client.request(getDisclosure, { params: { villageId, disclosureId: id } }, { signal: abort.signal });
      if (abort.signal.aborted) return;
      this.detail = result.data;
      this.shownVersion = result.data.versions.length;
      this.detailPhase = 'ready';
      this.emit('sz-disclosure-open', { villageId, disclosureId: result.data.id, category: result.data.category });
      const title = result.data.versions[result.data.versions.length - 1]?.title;
      if (title !== undefined) this.elderControls.speak(title);
      // Focus moves to the title once it is on screen (the detail views may still be loading).
      this.focusTitle = true;
    } catch (error) {
      if (abort.signal.aborted || isAbort(error)) return;
      this.detailFailure = describeFailure(error, this.common);
      this.detailPhase = this.failPhase(error);
    }
  }

  private async loadCompliance(): Promise<void> {
    this.complianceAbort?.abort();
    const client = this.client;
    const villageId = this.villageId;
    this.complianceFailure = undefined;
    if (!client || villageId === undefined) {
      this.compliancePhase = 'idle';
      return;
    }
    const abort = new AbortController();
    this.complianceAbort = abort;
    this.compliancePhase = 'loading';
    try {
      const result = await client.request(getDisclosureCompliance, { params: { villageId }, query: {} }, { signal: abort.signal });
      if (abort.signal.aborted) return;
      this.compliance = result.data;
      this.compliancePhase = 'ready';
    } catch (error) {
      if (abort.signal.aborted || isAbort(error)) return;
      this.complianceFailure = describeFailure(error, this.common);
      this.compliancePhase = this.failPhase(error);
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
    if (this.phase !== 'ready' || this.moreLoading || this.nextCursor === null) return;
    if ((this.boardPage + 1) * boardPageSize > this.items.length) void this.loadMore();
  }

  private turnBoardPage(step: 1 | -1): void {
    const pages = this.boardPages;
    this.boardPage = (((this.boardPage + step) % pages) + pages) % pages;
  }

  private readonly togglePause = (): void => {
    this.paused = !this.paused;
  };

  private readonly onBoardPointer = (event: PointerEvent): void => {
    this.pointerOnBoard = event.type === 'pointerenter';
  };

  private readonly onBoardFocus = (event: FocusEvent): void => {
    const list = event.currentTarget as HTMLElement;
    this.focusOnBoard = event.type === 'focusin' || (event.relatedTarget instanceof Node && list.contains(event.relatedTarget));
  };

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
        this.statusFilter = (disclosureStatuses as readonly string[]).includes(value) ? (value as DisclosureStatusFilter) : '';
        break;
    }
    this.writeUrl(false);
  };

  /** The search button (or a submit the IME controller did not take): search at once. */
  private readonly onSearch = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const input = form.elements.namedItem('q') as HTMLInputElement | null;
    this.typing.flush(input?.value ?? '');
  };

  private resetQuery(): void {
    this.queryKind = 'question';
    this.queryText = '';
    this.queryPhone = '';
    this.queryErrors = {};
    this.queryFailure = undefined;
    this.receipt = undefined;
    this.attemptKey = undefined;
  }

  /** Any edit makes a new question: the next send gets a fresh Idempotency-Key. */
  private edited(): void {
    this.attemptKey = undefined;
    this.queryFailure = undefined;
  }

  private validateQuery(): FieldErrors {
    const body = {
      kind: this.queryKind,
      text: this.queryText.trim(),
      ...(this.queryPhone.trim() ? { contactPhone: this.queryPhone.trim() } : {}),
    };
    const result = askDisclosureBodySchema.safeParse(body);
    if (result.success) return {};
    const errors: FieldErrors = {};
    for (const issue of result.error.issues) {
      const field = issue.path[0];
      if (field === 'text') errors.text = body.text.length < 5 ? this.t.t('textTooShort') : this.t.t('textTooLong');
      if (field === 'contactPhone') errors.contactPhone = this.t.t('phoneTooLong');
    }
    return errors;
  }

  private async sendQuery(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.client;
    const villageId = this.villageId;
    const detail = this.detail;
    if (!client || villageId === undefined || !detail || this.querySending) return;
    this.queryErrors = this.validateQuery();
    if (Object.keys(this.queryErrors).length > 0) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.attemptKey ??= randomId();
    const phone = this.queryPhone.trim();
    this.querySending = true;
    this.queryFailure = undefined;
    try {
      const result = await client.request(
        askAboutDisclosure,
        {
          params: { villageId, disclosureId: detail.id },
          body: { kind: this.queryKind, text: this.queryText.trim(), ...(phone ? { contactPhone: phone } : {}) },
        },
        { idempotencyKey: this.attemptKey },
      );
      this.receipt = result.data;
      this.queryText = '';
      this.queryPhone = '';
      this.attemptKey = undefined;
      this.emit('sz-query-submitted', { villageId, disclosureId: detail.id, queryId: result.data.id, kind: result.data.kind });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part~="receipt"]')?.focus();
    } catch (error) {
      this.queryFailure = describeFailure(error, this.common);
    } finally {
      this.querySending = false;
    }
  }

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
          ${this.knownCategories.map((one) => html`<option value=${one.code} ?selected=${one.code === this.category}>${one.label[locale]}</option>`)}
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
          ${Array.from({ length: 12 }, (_, i) => i + 1).map((m) => html`<option value=${m} ?selected=${m === month}>${t.t('monthName', m)}</option>`)}
        </select>
      </label>
      <label class="field"
        ><span class="field-label">${t.t('status')}</span>
        <select name="status" @change=${this.onFilter}>
          <option value="" ?selected=${this.statusFilter === ''}>${t.t('allStatuses')}</option>
          ${disclosureStatuses.map((s) => html`<option value=${s} ?selected=${s === this.statusFilter}>${t.t(`status_${s}`)}</option>`)}
        </select>
      </label>
      <form class="search" role="search" @submit=${this.onSearch}>
        <label class="field"
          ><span class="field-label">${t.t('search')}</span>
          <input
            type="search"
            name="q"
            maxlength=${searchMaxLength}
            .value=${this.q}
            autocomplete="off"
            enterkeyhint="search"
            @compositionstart=${this.typing.onCompositionStart}
            @compositionend=${this.typing.onCompositionEnd}
            @input=${this.typing.onInput}
            @keydown=${this.typing.onKeyDown}
          />
        </label>
        <button type="submit">${t.t('searchButton')}</button>
      </form>
    </div>`;
  }

  private renderItem(item: Summary): TemplateResult {
    const t = this.t;
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
          <span class="category">${categoryLabel(item.category, this.knownCategories, this.effectiveLocale)}</span>
          <span part="status" class=${`status ${item.status}`}>${t.t(`status_${item.status}`)}</span>
          <span>${t.t('published', t.date(item.published))}</span>
          <span>${item.noticeUntil === undefined ? t.t('noNoticeEnd') : t.t('noticeUntil', t.date(item.noticeUntil))}</span>
          ${item.versions > 1 ? html`<span class="corrected">${t.t('corrected', item.versions)}</span>` : nothing}
          ${item.hasFinance ? html`<span>${t.t('hasFinance')}</span>` : nothing}
          ${item.attachments > 0 ? html`<span>${t.t('attachmentsCount', item.attachments)}</span>` : nothing}
        </span>
      </button>
    </li>`;
  }

  private renderList(): TemplateResult {
    const t = this.t;
    let content: TemplateResult;
    if (this.villageId === undefined) content = emptyState(t.t('chooseVillage'));
    else if (this.phase === 'loading' || this.phase === 'idle') content = loadingState(this.common);
    else if (this.phase === 'offline') content = offlineState(this.common);
    else if (this.phase === 'error' && this.failure) content = errorState(this.common, this.failure, () => void this.loadList());
    else if (this.items.length === 0) content = emptyState(t.t('noItems'));
    else if (this.display === 'board') content = this.renderBoardPage();
    else
      content = html`<p class="muted" role="status">${t.t('results', this.total)}</p>
        <ul class="list" part="list">
          ${repeat(
            this.items,
            (item) => item.id,
            (item) => this.renderItem(item),
          )}
        </ul>
        ${this.nextCursor === null ? nothing : html`<button type="button" class="more" ?disabled=${this.moreLoading} @click=${() => void this.loadMore()}>${t.t('loadMore')}</button>`}`;
    return html`${this.display === 'board' ? nothing : this.renderFilters()}${content}`;
  }

  /** A public screen shows one page of items at a time and turns the pages itself (see `autoPaging`). */
  private renderBoardPage(): TemplateResult {
    const t = this.t;
    const pages = this.boardPages;
    const page = Math.min(this.boardPage, pages - 1);
    const shown = this.items.slice(page * boardPageSize, (page + 1) * boardPageSize);
    let auto: TemplateResult | typeof nothing = nothing;
    if (pages > 1) {
      if (this.effectiveElder) auto = html`<p>${t.t('elderNoAutoPaging')}</p>`;
      else if (this.reducedMotion) auto = html`<p>${t.t('reducedMotionNoAutoPaging')}</p>`;
      else
        auto = html`<button type="button" class="pause" part="pause" @click=${this.togglePause}>
          <span aria-hidden="true">${this.paused ? '▶' : '⏸'}</span> ${this.paused ? t.t('resumeBoard') : t.t('pauseBoard')}
        </button>`;
    }
    return html`<p class="muted">${t.t('results', this.total)}</p>
      ${
        pages > 1
          ? html`<div class="board-controls" part="board-controls" role="group" aria-label=${t.t('boardControls')}>
              ${auto}
              <button
                type="button"
                class="previous-page"
                @click=${() => {
                  this.turnBoardPage(-1);
                }}
              >
                ${t.t('previousPage')}
              </button>
              <span class="page-number" part="page-number">${t.t('boardPage', page + 1, pages)}</span>
              <button
                type="button"
                class="next-page"
                @click=${() => {
                  this.turnBoardPage(1);
                }}
              >
                ${t.t('nextPage')}
              </button>
            </div>`
          : nothing
      }
      ${
        shown.length === 0
          ? loadingState(this.common)
          : html`<ul
              class="list"
              part="list"
              @pointerenter=${this.onBoardPointer}
              @pointerleave=${this.onBoardPointer}
              @focusin=${this.onBoardFocus}
              @focusout=${this.onBoardFocus}
            >
              ${repeat(
                shown,
                (item) => item.id,
                (item) => this.renderItem(item),
              )}
            </ul>`
      }`;
  }

  private renderAttachments(version: DisclosureVersion, views: typeof Views): TemplateResult | typeof nothing {
    if (version.attachments.length === 0) return nothing;
    const t = this.t;
    return html`<section class="attachments" part="attachments" aria-label=${t.t('attachments')}>
      <h3>${t.t('attachments')}</h3>
      <ul>
        ${version.attachments.map((one) => {
          const size = fileSize(one.size);
          const sizeText = size.unit === 'kb' ? t.t('sizeKb', size.value) : t.t('sizeMb', size.value);
          // Only plain http(s) addresses become links (the rules' check, again on render); anything else stays text.
          const safe = views.validateHref(one.url) === null;
          return html`<li>
            ${safe ? html`<a href=${one.url} download=${one.name} rel="noopener noreferrer nofollow" aria-label=${t.t('download', one.name)}>${one.name}</a>` : html`<span>${one.name}</span>`}
            <span class="muted">${fileType(one.name)} · ${sizeText}</span>
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderQueryForm(): TemplateResult {
    const t = this.t;
    if (this.receipt) {
      const r = this.receipt;
      return html`<section class="query" aria-label=${t.t('queryTitle')}>
        <div class="receipt" part="receipt" role="status" tabindex="-1">
          <p><strong>${t.t('receipt', r.id)}</strong></p>
          <p>${t.t('received', t.date(r.receivedOn))} · ${t.t('answerDue', t.date(r.answerDueOn))}</p>
        </div>
        <button
          type="button"
          @click=${() => {
            this.resetQuery();
          }}
        >
          ${t.t('askAnother')}
        </button>
      </section>`;
    }
    const errors = this.queryErrors;
    return html`<section class="query" aria-labelledby="query-title">
      <h3 id="query-title">${t.t('queryTitle')}</h3>
      <p class="muted">${t.t('queryIntro')}</p>
      <form part="query-form" novalidate @submit=${(e: SubmitEvent) => void this.sendQuery(e)}>
        <fieldset class="kinds">
          <legend>${t.t('kind')}</legend>
          ${(['question', 'objection'] as const).map(
            (kind) =>
              html`<label class="radio"
                ><input
                  type="radio"
                  name="kind"
                  value=${kind}
                  .checked=${this.queryKind === kind}
                  @change=${() => {
                    this.queryKind = kind;
                    this.edited();
                  }}
                />${t.t(`kind_${kind}`)}</label
              >`,
          )}
        </fieldset>
        <label class="field" for="query-text"><span class="field-label">${t.t('queryText')}</span></label>
        <textarea
          id="query-text"
          name="text"
          rows="4"
          maxlength="1000"
          .value=${this.queryText}
          aria-invalid=${errors.text ? 'true' : 'false'}
          aria-describedby=${errors.text ? 'query-text-error' : nothing}
          @input=${(e: Event) => {
            this.queryText = (e.target as HTMLTextAreaElement).value;
            this.edited();
          }}
        ></textarea>
        ${errors.text ? html`<p id="query-text-error" class="field-error">${errors.text}</p>` : nothing}
        <label class="field" for="query-phone"><span class="field-label">${t.t('contactPhone')}</span></label>
        <input
          id="query-phone"
          name="contactPhone"
          type="tel"
          autocomplete="tel"
          maxlength="20"
          .value=${this.queryPhone}
          aria-invalid=${errors.contactPhone ? 'true' : 'false'}
          aria-describedby=${errors.contactPhone ? 'query-phone-error' : nothing}
          @input=${(e: Event) => {
            this.queryPhone = (e.target as HTMLInputElement).value;
            this.edited();
          }}
        />
        ${errors.contactPhone ? html`<p id="query-phone-error" class="field-error">${errors.contactPhone}</p>` : nothing}
        ${
          this.queryFailure
            ? html`<div class="state error" role="alert">
                <p>${this.queryFailure.message}</p>
                ${this.queryFailure.requestId ? html`<p class="request-id">${this.common.t('requestId', this.queryFailure.requestId)}</p>` : nothing}
              </div>`
            : nothing
        }
        <button type="submit" class="primary" ?disabled=${this.querySending}>${this.querySending ? t.t('sending') : t.t('send')}</button>
      </form>
    </section>`;
  }

  private renderDetail(): TemplateResult {
    const t = this.t;
    const locale = this.effectiveLocale;
    const back = html`<button
      type="button"
      class="back"
      @click=${() => {
        this.close();
      }}
    >
      ← ${t.t('back')}
    </button>`;
    if (this.detailPhase === 'loading' || this.detailPhase === 'idle') return html`${back}${loadingState(this.common)}`;
    if (this.detailPhase === 'offline') return html`${back}${offlineState(this.common)}`;
    if (this.detailPhase === 'error' || !this.detail)
      return html`${back}${errorState(this.common, this.detailFailure ?? { message: this.common.t('unexpected'), requestId: undefined }, () => void this.loadDetail())}`;
    const views = this.views;
    if (this.viewsFailed)
      return html`${back}${errorState(this.common, this.viewsFailure, () => {
        this.importViews();
      })}`;
    if (!views) return html`${back}${loadingState(this.common)}`;
    const detail = this.detail;
    const latest = detail.versions.length;
    const version = detail.versions[this.shownVersion - 1] ?? detail.versions[latest - 1];
    if (!version) return html`${back}${emptyState(this.common.t('empty'))}`;
    const isLatest = version.version === latest;
    return html`<article class="detail" part="detail" aria-labelledby="detail-title">
      <div class="detail-actions">
        ${back}<button
          type="button"
          class="print-button"
          @click=${() => {
            globalThis.print();
          }}
        >
          ${t.t('print')}
        </button>
      </div>
      <h2 id="detail-title" tabindex="-1">${version.title}</h2>
      <p class="item-meta">
        <span class="category">${categoryLabel(detail.category, this.knownCategories, locale)}</span>
        <span part="status" class=${`status ${detail.status}`}>${t.t(`status_${detail.status}`)}</span>
        <span>${t.t('published', t.date(version.notice.published))}</span>
        <span>${version.notice.until === undefined ? t.t('noNoticeEnd') : t.t('noticeUntil', t.date(version.notice.until))}</span>
        <span>${t.t('period', t.date(version.period.from), t.date(version.period.to))}</span>
      </p>
      ${isLatest ? nothing : html`<p class="warning" role="note">${t.t('viewingOld', version.version, latest)}</p>`}
      ${views.renderRichText(version.body)} ${this.renderAttachments(version, views)}
      ${version.finance ? views.renderFinance(version.finance, isLatest ? detail.findings.reconciliation : undefined, t, locale) : nothing}
      ${detail.decision ? views.renderTrail(detail.decision, detail.findings.trail, t, locale) : nothing}
      ${detail.reliefLists && detail.reliefLists.length > 0 ? views.renderRelief(detail.reliefLists, t) : nothing}
      ${
        latest > 1
          ? views.renderHistory(detail.versions, version.version, t, (n) => {
              this.shownVersion = n;
            })
          : nothing
      }
      ${this.display === 'board' ? nothing : this.renderQueryForm()}
    </article>`;
  }

  private renderCompliance(): TemplateResult {
    if (this.compliancePhase === 'loading' || this.compliancePhase === 'idle') return loadingState(this.common);
    if (this.compliancePhase === 'offline') return offlineState(this.common);
    if (this.compliancePhase === 'error' || !this.compliance)
      return errorState(
        this.common,
        this.complianceFailure ?? { message: this.common.t('unexpected'), requestId: undefined },
        () => void this.loadCompliance(),
      );
    if (this.viewsFailed)
      return errorState(this.common, this.viewsFailure, () => {
        this.importViews();
      });
    if (!this.views) return loadingState(this.common);
    return this.views.renderCompliance(this.compliance, this.knownCategories, this.t, this.effectiveLocale, this.openFromCompliance);
  }

  override render(): TemplateResult {
    const t = this.t;
    const views: readonly DisclosureView[] = ['items', 'compliance'];
    return html`<div class="board">
      <header class="head">
        <h2 class="title">${t.t('title')}</h2>
        ${this.elderControls.render()}
      </header>
      <div class="views" role="group" aria-label=${t.t('views')}>
        ${views.map(
          (view) =>
            html`<button
              type="button"
              aria-pressed=${this.view === view ? 'true' : 'false'}
              @click=${() => {
                this.view = view;
              }}
            >
              ${view === 'items' ? t.t('viewItems') : t.t('viewCompliance')}
            </button>`,
        )}
      </div>
      ${this.view === 'compliance' ? this.renderCompliance() : this.item ? this.renderDetail() : this.renderList()}
    </div>`;
  }
}
