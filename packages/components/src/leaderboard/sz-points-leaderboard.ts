import {
  getLeaderboard,
  getPointsRules,
  leaderboardListKinds,
  leaderboardMaxLimit,
  leaderboardPeriods,
  type Client,
  type LeaderboardPage,
  type LeaderboardRow,
} from '@shanzhi/sdk/browser';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { lazyImport } from '../internal/before-import.js';
import { defaultBoardInterval } from '../internal/board-display.js';
import { isAbort, isOffline } from '../internal/connectivity.js';
import { ElderControls } from '../internal/elder-controls.js';
import { filterBarStyles } from '../internal/filter-bar-styles.js';
import { ImeSearch } from '../internal/ime-search.js';
import { Localizer } from '../internal/localize.js';
import { RemoteData } from '../internal/remote-data.js';
import { searchField, searchFieldStyles } from '../internal/search-field.js';
import { describeFailure, emptyState, errorState, loadingState, type LoadFailure } from '../internal/states.js';
import { SzElement } from '../internal/sz-element.js';
import { widgetStyles } from '../internal/widget-styles.js';
import { periodName } from './format.js';
import type * as HouseholdDetailModule from './household-detail.js';
import { leaderboardMessages } from './messages.js';
import { defaultPageSize, searchDelayMs, virtualThreshold, type LeaderboardDisplay, type LeaderboardList } from './options.js';
import type * as RowsModule from './rows.js';
import type * as ScreenModule from './board-screen.js';
import { leaderboardStyles } from './styles.js';
import type * as VirtualRows from './virtual-rows.js';

type HouseholdDetail = HouseholdDetailModule.HouseholdDetail;
type BoardRows = RowsModule.BoardRows;
type Meta = Omit<LeaderboardPage, 'items' | 'nextCursor'>;
/** Where the rows come from and for which village: what both reads depend on (a new token or language is not a new board). */
type Place = readonly [source: Client | string, villageId: string];

/** The period switcher: the village's own board period is 'current'; a period key is shown as an extra choice. */
const switchablePeriods = leaderboardPeriods.filter((period) => period !== 'current');

function clampPageSize(value: number): number {
  return Number.isFinite(value) ? Math.min(leaderboardMaxLimit, Math.max(1, Math.round(value))) : defaultPageSize;
}

/**
 * A village's civility-points board (积分排行榜, 红黑榜): ranks with ties, names as the API publishes them (masked
 * unless the household consented, 个人信息保护法 Art 25), points, star level, movement since the previous period
 * and red/black list badges. Search is IME-aware; a table with ARIA roles, row and column counts and roving focus
 * keeps 10,000 virtualized households usable by keyboard and screen reader; Enter opens the household's ledger.
 *
 * @element sz-points-leaderboard
 *
 * @fires sz-period-change - The user picked another period. `detail: { period, villageId }`.
 * @fires sz-household-select - The user opened a household (Enter, Space or click). `detail: { householdId, rank, villageId }` — never a name.
 *
 * @csspart table - The ARIA table (header and rows).
 * @csspart column-header - Each column header cell.
 * @csspart rows - The row group (virtualized for long boards); it scrolls in its own box only on wide layouts and the board display.
 * @csspart row - One household row.
 * @csspart rank - The rank cell.
 * @csspart name - The name cell (published name, household number, badges).
 * @csspart points - The points cell.
 * @csspart stars - The star-level cell.
 * @csspart movement - The movement cell (↑3, ↓1, –, 新).
 * @csspart badge - A red- or black-list badge.
 * @csspart search-form - The search form (label and field).
 * @csspart search - The search field.
 * @csspart periods - The period switcher.
 * @csspart category - The category select.
 * @csspart tabs - The list tabs (all, red, black).
 * @csspart tab - One list tab.
 * @csspart black-list-off - The notice shown on the black-list tab when the village has switched its black list off.
 * @csspart board-controls - Pause and screen buttons of the board display.
 * @csspart detail - The household detail dialog.
 * @csspart detail-title - The dialog's heading.
 * @csspart detail-close - The dialog's close button (top right, ≥ 44 px).
 * @csspart detail-balance - The balance line in the dialog.
 * @csspart detail-denied - The notice shown when the ledger is not for this viewer.
 * @csspart ledger - The ledger table in the dialog.
 * @csspart redemptions - The redemptions table in the dialog.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The retry button.
 * @csspart offline - The offline state.
 * @csspart elder-controls - The 长辈版 switch, text size and read-aloud buttons.
 *
 * @cssprop --sz-color-primary - Selected tab and period.
 * @cssprop --sz-color-on-primary - Text on the selected period.
 * @cssprop --sz-color-accent - "New on the board" marker.
 * @cssprop --sz-color-text - Text.
 * @cssprop --sz-color-text-muted - Household numbers, headers, "as of".
 * @cssprop --sz-color-surface - Rows and dialog.
 * @cssprop --sz-color-surface-alt - Header row, row hover, skeleton.
 * @cssprop --sz-color-border - Row rules, empty stars, field borders.
 * @cssprop --sz-color-positive - Upward movement, awards in the ledger.
 * @cssprop --sz-color-negative - Downward movement, deductions in the ledger.
 * @cssprop --sz-color-red-list - The red-list (红榜) badge, apart from the brand colour.
 * @cssprop --sz-color-warning-surface - Black-list-off, offline and error notices.
 * @cssprop --sz-color-focus - Focus ring.
 * @cssprop --sz-elder-color-primary - The brand colour in 长辈版 (default: --sz-color-primary, else a darker red).
 * @cssprop --sz-elder-color-accent - The accent in 长辈版 (default: --sz-color-accent).
 * @cssprop --sz-elder-color-red-list - The red-list badge in 长辈版 (default: --sz-color-red-list).
 * @cssprop --sz-font-family - Typeface.
 * @cssprop --sz-font-size-sm - Small text.
 * @cssprop --sz-font-size-md - Body text and rows.
 * @cssprop --sz-font-size-lg - Title, board header.
 * @cssprop --sz-font-size-xl - Board-display rows, close button.
 * @cssprop --sz-line-height - Line height.
 * @cssprop --sz-space-1 - Smallest gap.
 * @cssprop --sz-space-2 - Small gap.
 * @cssprop --sz-space-3 - Medium gap, row padding.
 * @cssprop --sz-space-4 - Large gap, dialog padding.
 * @cssprop --sz-radius - Corner radius.
 * @cssprop --sz-focus-ring-width - Focus ring width.
 * @cssprop --sz-target-size - Least row and button height (44 px; 60 px in 长辈版).
 */
export class SzPointsLeaderboard extends SzElement {
  static override styles = [...widgetStyles, searchFieldStyles, filterBarStyles, leaderboardStyles];

  /** Village id; falls back to the enclosing provider's `village`. */
  @property() village?: string;
  /** `current` (the village's board period, default), `month`, `quarter`, `year`, `all`, or a period key such as `2026-11`, `2026-Q4`, `2026`. */
  @property() period = 'current';
  /** A category code from the village's rule catalogue; empty for all categories. */
  @property() category = '';
  /** `all` (default), `red` (红榜) or `black` (黑榜). */
  @property() list: LeaderboardList = 'all';
  /** Households per request, 1–200 (default 50); more load as the user scrolls (the page, on a phone). */
  @property({ attribute: 'page-size', type: Number }) pageSize: number = defaultPageSize;
  /** `embedded` (default) or `board`: large type and automatic paging for a village TV, pausable, and paused in 长辈版. */
  @property({ reflect: true }) display: LeaderboardDisplay = 'embedded';
  /** Seconds between automatic pages in the board display (default 12). */
  @property({ attribute: 'board-interval', type: Number }) boardInterval: number = defaultBoardInterval;

  @state() private rows: readonly LeaderboardRow[] = [];
  @state() private meta: Meta | undefined;
  @state() private nextCursor: string | null = null;
  /** The next pages: what "load more" and "load all" are doing, on the board read's signal. */
  @state() private more: 'idle' | 'loading' | 'error' | 'offline' = 'idle';
  @state() private moreFailure: LoadFailure | undefined;
  @state() private query = '';
  @state() private announcement = '';
  /** The village-TV board's paging and buttons, once its chunk is in (display="board" only). */
  @state() private screen: ScreenModule.BoardScreen | undefined;
  @state() private virtual: typeof VirtualRows | undefined;
  @state() private virtualFailed = false;
  /** A phone or a portal's side column (by the widget's own width): the page scrolls, not a box inside it. */
  @state() private narrow = false;
  /** The table (its rows, keyboard and focus), once its chunk is in (see rowsLoad). */
  @state() private table: BoardRows | undefined;
  /** The table's chunk could not be loaded (offline): why; the retry loads it again. */
  @state() private tableFailure: LoadFailure | undefined;
  /** The household dialog, once its chunk is in (see detailLoad). */
  @state() private detail: HouseholdDetail | undefined;
  /** The dialog's chunk could not be loaded (offline): why, and how to try opening the household again. */
  @state() private detailFailure: { readonly failure: LoadFailure; readonly retry: () => void } | undefined;

  private readonly t = new Localizer(leaderboardMessages, () => this.effectiveLocale);
  private readonly board = new RemoteData(this, {
    common: this.common,
    args: () => {
      const place = this.place;
      return place && ([...place, this.period || 'current', this.category, this.listKind, this.query, this.limit] as const);
    },
    load: ([, villageId], signal) => this.fetchPage(villageId, this.boardQuery(), signal),
    onReady: ({ items, nextCursor, ...meta }) => {
      this.meta = meta;
      this.rows = items;
      this.nextCursor = nextCursor;
      if (this.table) this.table.focusIndex = 0;
      this.more = 'idle';
      this.loadingMore = undefined;
      this.announce();
    },
  });
  /** The catalogue and settings; the board still works without them (no category switcher, rule codes for labels). */
  private readonly rules = new RemoteData(this, {
    common: this.common,
    args: () => this.place,
    load: ([, villageId], signal) =>
      this.api
        .request(getPointsRules, { params: { villageId } }, { signal })
        .then(({ data }) => ({ catalogue: data.catalogue, settings: data.settings })),
  });
  private readonly elderControls = new ElderControls(this, this.common);
  private readonly search = new ImeSearch(this, (value) => (this.query = value), searchDelayMs);
  private loadingMore: Promise<void> | undefined;
  /** The village-TV board's part: fetched only when the widget is put on a public screen. */
  private readonly screenLoad = this.latePart(
    lazyImport(
      'leaderboard/board-screen',
      () => import('./board-screen.js'),
      ({ BoardScreen }) =>
        (this.screen = new BoardScreen({
          host: this,
          locale: () => this.effectiveLocale,
          elder: () => this.effectiveElder,
          onBoard: () => this.display === 'board',
          interval: () => this.boardInterval,
          held: () => this.pagingHeld,
          advance: (wrap, direction) => {
            this.table?.advanceScreen(wrap, direction);
          },
        })),
    ),
    { preload: 'on-demand' },
  );
  /** The table: fetched while the first page is on its way (rows.ts says why). */
  private readonly rowsLoad = this.latePart(
    lazyImport(
      'leaderboard/rows',
      () => import('./rows.js'),
      ({ BoardRows }) => (this.table = new BoardRows(this.rowsView())),
    ),
    { preload: 'first-paint' },
  );
  /** The household dialog (its chunk, words and styles), loaded after the board is on screen. */
  private readonly detailLoad = this.latePart(
    lazyImport(
      'leaderboard/household-detail',
      () => import('./household-detail.js'),
      ({ HouseholdDetail }) =>
        (this.detail = new HouseholdDetail(
          this,
          {
            root: () => this.renderRoot,
            locale: () => this.effectiveLocale,
            client: () => this.client,
            mayRead: () => this.mayHaveCredentials,
            scheme: () => this.scheme,
            returnFocus: (index) => void this.table?.focusRow(index),
          },
          this.common,
        )),
    ),
    { preload: 'first-paint' },
  );
  private virtualImport: Promise<void> | undefined;
  private hovered = false;
  private shownMode: 'virtual' | 'plain' | 'waiting' | undefined;
  private restore: { readonly scrollTop: number; readonly focused: number } | undefined;
  /** The end of the rows is near the bottom of the screen (page scrolling): fetch the next page. */
  private nearEnd = false;
  private watched: Element | undefined;
  private readonly endObserver =
    typeof IntersectionObserver === 'undefined'
      ? undefined
      : new IntersectionObserver(
          (entries) => {
            this.nearEnd = entries.some((entry) => entry.isIntersecting);
            if (this.nearEnd && this.more === 'idle') void this.loadMore();
          },
          { rootMargin: '0px 0px 100% 0px' },
        );

  // ——— configuration ———

  private get villageId(): string | undefined {
    return this.village ?? this.config.village;
  }

  private get limit(): number {
    return clampPageSize(this.pageSize);
  }

  private get listKind(): LeaderboardList {
    return (leaderboardListKinds as readonly string[]).includes(this.list) ? this.list : 'all';
  }

  /** The server and village, or undefined while either is missing (nothing to load yet). */
  private get place(): Place | undefined {
    const source = this.apiBase === undefined && this.config.client ? this.config.client : (this.apiBase ?? this.config.apiBase);
    const villageId = this.villageId;
    return source === undefined || villageId === undefined ? undefined : [source, villageId];
  }

  /** The client of a read that has a `place`, so there is one. */
  private get api(): Client {
    const client = this.client;
    if (!client) throw new Error('sz-points-leaderboard: no API client');
    return client;
  }

  private get scheme() {
    return this.rules.value;
  }

  /** The rows are part of the page (it scrolls, not a box inside it); the village-TV board keeps its own box. */
  private get pageScroll(): boolean {
    return this.narrow && this.display !== 'board';
  }

  private get blackListOff(): boolean {
    return this.listKind === 'black' && (this.meta?.blackListEnabled === false || this.scheme?.settings.blackListEnabled === false);
  }

  /**
   * How rows render: a long board waits (skeleton) for the virtualizer rather than rendering plain rows it would
   * replace a moment later; a board that grows long while shown stays plain until the module is in.
   */
  private get rowMode(): 'virtual' | 'plain' | 'waiting' {
    if (!this.table) return 'waiting';
    if (!this.isLong) return 'plain';
    if (this.virtual) return 'virtual';
    if (this.virtualFailed || this.body) return 'plain';
    return 'waiting';
  }

  /** Long boards are virtualized; the virtualizer module is only fetched then. */
  private get isLong(): boolean {
    if (this.rows.length > virtualThreshold) return true;
    return this.nextCursor !== null && this.knownTotal > virtualThreshold;
  }

  /** Rows in the whole list (all pages): the server's `total`, else what can be inferred, else -1 (unknown). */
  private get knownTotal(): number {
    if (this.meta?.total !== undefined) return this.meta.total;
    if (this.nextCursor === null) return this.rows.length;
    // Without `total` (an older backend), only the unfiltered board of every household has a known size.
    if (this.meta && this.listKind === 'all' && this.query === '') return this.meta.totalHouseholds;
    return -1;
  }

  // ——— board paging ———

  private get pagingHeld(): boolean {
    const focused = this.shadowRoot?.activeElement;
    return (
      this.hovered || this.detail?.isOpen === true || (focused !== null && focused !== undefined && this.body?.contains(focused) === true)
    );
  }

  // ——— lifecycle ———

  /** Narrow or wide by the widget's own width (a portal's side column is narrow on a wide screen). */
  private readonly sizeObserver =
    typeof ResizeObserver === 'undefined'
      ? undefined
      : new ResizeObserver(() => {
          // Outside the observer's delivery: switching layout inside it would trip the browser's "ResizeObserver loop" notice.
          setTimeout(() => {
            this.checkWidth();
          });
        });

  private checkWidth(): void {
    const em = parseFloat(getComputedStyle(this).fontSize) || 16;
    this.narrow = this.clientWidth > 0 && this.clientWidth < 36 * em;
    this.toggleAttribute('data-sz-narrow', this.narrow);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.sizeObserver?.observe(this);
    this.addEventListener('pointerenter', this.onPointerEnter);
    this.addEventListener('pointerleave', this.onPointerLeave);
  }

  override disconnectedCallback(): void {
    this.sizeObserver?.disconnect();
    this.endObserver?.disconnect();
    this.watched = undefined;
    this.removeEventListener('pointerenter', this.onPointerEnter);
    this.removeEventListener('pointerleave', this.onPointerLeave);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A failed download is tried again at the next update (LazyModule); the board works without it meanwhile.
    if (this.display === 'board' && !this.screen) this.screenLoad.preload();
    if (this.isLong) this.importVirtualizer();
    // Switching between plain and virtual rows replaces the row group: keep the scroll position and focus.
    const mode = this.rowMode;
    const body = this.body;
    if (body && this.shownMode !== undefined && mode !== this.shownMode) {
      const active = this.shadowRoot?.activeElement;
      this.restore = { scrollTop: body.scrollTop, focused: active && body.contains(active) ? (this.table?.focusIndex ?? -1) : -1 };
    }
    this.shownMode = mode;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const restore = this.restore;
    this.restore = undefined;
    if (restore && this.body) {
      this.body.scrollTop = restore.scrollTop;
      if (restore.focused >= 0) void this.table?.focusRow(restore.focused);
    }
    const end = this.renderRoot.querySelector('.end') ?? undefined;
    if (end !== this.watched) {
      this.endObserver?.disconnect();
      this.nearEnd = false;
      this.watched = end;
      if (end) this.endObserver?.observe(end);
    }
    // A short first page in a tall box, or the end of the rows still on screen: fetch the next, so scrolling can reach the rest.
    const body = this.body;
    const wantsMore = this.pageScroll ? this.nearEnd : body !== null && body.scrollHeight <= body.clientHeight + 1;
    if (wantsMore && this.board.phase === 'ready' && this.nextCursor !== null && this.more === 'idle') void this.loadMore();
  }

  /** The board itself reloads when the connection returns (RemoteData); the next pages that failed load here. */
  protected override onReconnect(): void {
    if (this.more === 'error' || this.more === 'offline') void this.loadMore();
  }

  // ——— data ———

  private boardQuery(cursor?: string, limit = this.limit) {
    return {
      period: this.period || 'current',
      list: this.listKind,
      limit,
      ...(this.category ? { category: this.category } : {}),
      ...(this.query ? { q: this.query } : {}),
      ...(cursor === undefined ? {} : { cursor }),
    };
  }

  private fetchPage(villageId: string, query: ReturnType<typeof this.boardQuery>, signal: AbortSignal): Promise<LeaderboardPage> {
    return this.api.request(getLeaderboard, { params: { villageId }, query }, { signal }).then(({ data }) => data);
  }

  private announce(): void {
    if (this.blackListOff) this.announcement = this.t.t('blackListOff');
    else if (this.rows.length === 0) this.announcement = this.query ? this.t.t('noMatch') : this.t.t('noRows');
    else
      this.announcement = this.t.t('found', this.t.number(this.knownTotal > 0 ? this.knownTotal : this.rows.length), this.knownTotal > 0);
  }

  /** The next page (or up to `pages` of them); concurrent callers share one request. */
  private loadMore(limit = this.limit, pages = 1): Promise<void> {
    if (this.loadingMore) return this.loadingMore;
    const run: Promise<void> = this.fetchPages(limit, pages).finally(() => {
      if (this.loadingMore === run) this.loadingMore = undefined;
    });
    this.loadingMore = run;
    return run;
  }

  /** Every remaining page (End key): fetched at the contract's largest page size and shown in one update. */
  private async loadAll(): Promise<void> {
    await this.loadingMore;
    if (this.nextCursor === null) return;
    this.announcement = this.t.t('loadingAll');
    await this.loadMore(leaderboardMaxLimit, Number.POSITIVE_INFINITY);
    this.announce();
  }

  /** Up to `pages` pages after the last row, on the board read's signal, appended in one update when they are all in. */
  private async fetchPages(limit: number, pages: number): Promise<void> {
    const { signal } = this.board;
    const villageId = this.villageId;
    let cursor = this.nextCursor;
    if (cursor === null || !signal || villageId === undefined || this.board.phase !== 'ready') return;
    this.more = 'loading';
    const added: LeaderboardRow[] = [];
    try {
      for (let page = 0; page < pages && cursor !== null; page++) {
        const data: LeaderboardPage = await this.fetchPage(villageId, this.boardQuery(cursor, limit), signal);
        added.push(...data.items);
        cursor = data.nextCursor;
      }
      this.more = 'idle';
    } catch (error) {
      if (isAbort(error, signal)) return;
      this.more = isOffline(error) ? 'offline' : 'error';
      this.moreFailure = describeFailure(error, this.common);
    }
    if (signal.aborted) return;
    this.rows = [...this.rows, ...added];
    this.nextCursor = cursor;
  }

  private importVirtualizer(): void {
    this.virtualImport ??= lazyImport('leaderboard/virtual-rows', () => import('./virtual-rows.js'))().then(
      (module) => {
        this.virtual = module;
      },
      () => {
        // Without the module (a blocked chunk) the board renders every row: slower, still complete.
        this.virtualFailed = true;
      },
    );
  }

  /** Opens the household's dialog, or shows why it could not be loaded, with a retry that opens it then. */
  private async openDetail(row: LeaderboardRow, index: number, villageId: string): Promise<void> {
    this.detailFailure = undefined;
    let detail: HouseholdDetail;
    try {
      detail = await this.detailLoad.get();
    } catch (error) {
      this.detailFailure = { failure: describeFailure(error, this.common), retry: () => void this.openDetail(row, index, villageId) };
      return;
    }
    await detail.open(row, index, villageId);
  }

  // ——— focus and keyboard ———

  private get body(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.body');
  }

  private readonly onPointerEnter = (): void => {
    this.hovered = true;
  };

  private readonly onPointerLeave = (): void => {
    this.hovered = false;
  };

  private select(index: number): void {
    const row = this.rows[index];
    const villageId = this.meta?.villageId ?? this.villageId;
    if (!row || villageId === undefined) return;
    this.emit('sz-household-select', { householdId: row.householdId, rank: row.rank, villageId });
    void this.openDetail(row, index, villageId);
  }

  // ——— switchers ———

  private readonly onPeriodChange = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    this.period = value;
    this.emit('sz-period-change', { period: value, villageId: this.meta?.villageId ?? this.villageId ?? '' });
  };

  private readonly onCategoryChange = (event: Event): void => {
    this.category = (event.target as HTMLSelectElement).value;
  };

  private selectList(list: LeaderboardList, focus: boolean): void {
    this.list = list;
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${list}`)?.focus());
  }

  private readonly onTabKeyDown = (event: KeyboardEvent): void => {
    const at = leaderboardListKinds.indexOf(this.listKind);
    const last = leaderboardListKinds.length - 1;
    const to =
      event.key === 'ArrowRight'
        ? (at + 1) % (last + 1)
        : event.key === 'ArrowLeft'
          ? (at + last) % (last + 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    const list = leaderboardListKinds[to];
    if (list === undefined) return;
    event.preventDefault();
    this.selectList(list, true);
  };

  // ——— rendering ———

  private maxStars(): number {
    const count = this.scheme?.settings.starThresholds.length ?? 0;
    return count > 0 ? count : 5;
  }

  private renderPeriods(): TemplateResult {
    const t = this.t;
    const labels = { month: t.t('periodMonth'), quarter: t.t('periodQuarter'), year: t.t('periodYear'), all: t.t('periodAll') };
    const requested = this.period || 'current';
    const current = requested === 'current' ? (this.meta?.periodKind ?? this.scheme?.settings.periodKind ?? 'month') : requested;
    const choices: { value: string; label: string }[] = switchablePeriods.map((value) => ({ value, label: labels[value] }));
    if (!(switchablePeriods as readonly string[]).includes(current)) choices.push({ value: current, label: periodName(current, t) });
    return html`<fieldset part="periods">
      <legend>${t.t('periods')}</legend>
      <div class="segments">
        ${choices.map(
          (choice) =>
            html`<label class=${choice.value === current ? 'checked' : ''}>
              <input
                type="radio"
                name="period"
                .value=${choice.value}
                .checked=${choice.value === current}
                @change=${this.onPeriodChange}
              />${choice.label}
            </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderCategory(): TemplateResult | typeof nothing {
    const scheme = this.scheme;
    if (!scheme) return nothing;
    const t = this.t;
    const en = t.lang === 'en';
    return html`<div>
      <label class="field-label" for="category">${t.t('category')}</label>
      <select id="category" part="category" @change=${this.onCategoryChange}>
        <option value="" ?selected=${this.category === ''}>${t.t('categoryAll')}</option>
        ${scheme.catalogue.categories.map((one) => {
          // No whitespace around the words: an option's text is what a script (and a test) reads back.
          const label = en ? (one.label.en ?? one.label['zh-CN']) : one.label['zh-CN'];
          return html`<option value=${one.code} ?selected=${one.code === this.category}>${label}</option>`;
        })}
      </select>
    </div>`;
  }

  private renderTabs(): TemplateResult {
    const t = this.t;
    const names: Record<LeaderboardList, string> = { all: t.t('listAll'), red: t.t('listRed'), black: t.t('listBlack') };
    return html`<div role="tablist" part="tabs" aria-label=${t.t('lists')} @keydown=${this.onTabKeyDown}>
      ${leaderboardListKinds.map(
        (list) =>
          html`<button
            type="button"
            role="tab"
            part="tab"
            id=${`tab-${list}`}
            aria-selected=${list === this.listKind ? 'true' : 'false'}
            aria-controls="panel"
            tabindex=${list === this.listKind ? '0' : '-1'}
            @click=${() => {
              this.selectList(list, false);
            }}
          >
            ${names[list]}
          </button>`,
      )}
    </div>`;
  }

  private renderPanel(): TemplateResult | undefined {
    const t = this.t;
    if (this.villageId === undefined) return emptyState(t.t('noVillage'));
    if (this.blackListOff) return html`<p class="notice" part="black-list-off" role="status">${t.t('blackListOff')}</p>`;
    const loading = () => loadingState(this.common, 6);
    return this.board.render({
      skeletonRows: 6,
      idle: loading,
      empty: { when: () => this.rows.length === 0, message: () => (this.query ? t.t('noMatch') : t.t('noRows')) },
      ready: () => {
        const table = this.rowMode === 'waiting' ? undefined : this.table;
        if (!table) return this.waitForTable() ?? loading();
        return html`${this.online ? nothing : html`<p class="notice" part="offline" role="status">${this.common.t('offline')}</p>`}${table.render()}`;
      },
    });
  }

  /** Loads the table for a render that needs it; while offline without it, says why and offers to try again. */
  private waitForTable(): TemplateResult | undefined {
    const failure = this.tableFailure;
    if (failure)
      return errorState(this.common, failure, () => {
        this.tableFailure = undefined;
      });
    if (!this.table)
      this.rowsLoad.get().catch((error: unknown) => {
        this.tableFailure = describeFailure(error, this.common);
      });
    return undefined;
  }

  /** What the table reads from the board and asks of it (rows.ts). */
  private rowsView(): RowsModule.RowsView {
    return {
      host: this,
      locale: () => this.effectiveLocale,
      common: this.common,
      rows: () => this.rows,
      meta: () => this.meta,
      hasMore: () => this.nextCursor !== null,
      more: () => ({ state: this.more, failure: this.moreFailure }),
      knownTotal: () => this.knownTotal,
      narrow: () => this.narrow,
      pageScroll: () => this.pageScroll,
      virtual: () => (this.rowMode === 'virtual' ? this.virtual : undefined),
      maxStars: () => this.maxStars(),
      pageSize: () => this.limit,
      loadMore: (limit) => this.loadMore(limit),
      loadAll: () => this.loadAll(),
      select: (index) => {
        this.select(index);
      },
      speak: (text) => {
        this.elderControls.speak(text);
      },
    };
  }

  override render(): TemplateResult {
    const t = this.t;
    const meta = this.meta;
    const listNames: Record<LeaderboardList, string> = { all: t.t('listAll'), red: t.t('listRed'), black: t.t('listBlack') };
    const caption = [t.t('title'), meta ? periodName(meta.period, t) : undefined, listNames[this.listKind]].filter(Boolean).join(' · ');
    return html`<div class="caption-row">
        <p class="title" id="caption">${caption}</p>
        ${meta ? html`<span class="as-of">${t.t('asOf', t.date(meta.asOf))}</span>` : nothing} ${this.elderControls.render()}
      </div>
      <div class="filters">
        ${this.renderPeriods()} ${this.renderCategory()}
        ${searchField({ search: this.search, label: t.t('search'), placeholder: t.t('searchPlaceholder'), landmark: false })}
      </div>
      ${this.renderTabs()}
      <div role="tabpanel" id="panel" aria-labelledby=${`tab-${this.listKind}`}>${this.renderPanel()}</div>
      ${this.display === 'board' ? (this.screen?.render() ?? nothing) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.detailFailure ? html`<div class="more">${errorState(this.common, this.detailFailure.failure, this.detailFailure.retry)}</div>` : nothing}
      ${this.detail?.render() ?? nothing}`;
  }
}
