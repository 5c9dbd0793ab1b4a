import { listPointsNotices, type Client, type RouteOutput } from '@shanzhi/sdk/browser';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { beforeImport } from '../internal/before-import.js';
import { boardControlsStyles } from '../internal/board-controls-styles.js';
import { BoardPager, defaultBoardInterval, isBoardDisplay, type BoardDisplay } from '../internal/board-pager.js';
import { captionRow } from '../internal/caption-row.js';
import { elderControlsStyles } from '../internal/elder-controls-styles.js';
import { ElderControls } from '../internal/elder-controls.js';
import { addLateStyles } from '../internal/late-styles.js';
import { Localizer } from '../internal/localize.js';
import { RemoteData } from '../internal/remote-data.js';
import { describeFailure, emptyState, errorState, type LoadFailure } from '../internal/states.js';
import { SzElement } from '../internal/sz-element.js';
import { widgetStyles } from '../internal/widget-styles.js';
import './events.js';
import { daysLeft, signedPoints, type Notice } from './format.js';
import { pointsNoticeMessages } from './messages.js';
import type * as ObjectionModule from './objection.js';
import { pointsNoticeStyles } from './styles.js';

type Page = RouteOutput<typeof listPointsNotices>;
type Meta = Omit<Page, 'items' | 'nextCursor'>;
/** Where the notices come from and for which village: a new token or language is not a new board. */
type Place = readonly [source: Client | string, villageId: string];

/** Notices per request: a village has a handful under notice at a time (seed: 10–20 a month). */
const pageSize = 20;
/** Notices on one screen of the TV board, at its large type. */
const boardPageSize = 4;

/**
 * The village's 公示 board for points (积分公示): the entries under public notice and the revocations being announced,
 * each with the household's name as published (masked, 张*明, unless it consented), the rule, the points, the reason,
 * the notice period and the days left, and an "objection being handled" marker that never says who objected. A
 * signed-in villager can object to an entry during its notice, with a reason, and read the 村务监督委员会's written
 * answers under "my objections"; both load after the board (a chunk of their own). With `display="board"` it is a
 * village-TV board with large type and pages that turn by themselves — paused by a button, and never in 长辈版 or
 * when the device asks for reduced motion.
 *
 * @element sz-points-notice
 *
 * @fires sz-objection-filed - The villager's objection was received. `detail: { objectionId, entryId }` — ids only, never the reason or a name.
 *
 * @csspart title - The heading.
 * @csspart list - The list of notices.
 * @csspart notice - One notice (an entry under notice or a revocation).
 * @csspart objected - The "objection being handled" marker.
 * @csspart days-left - The days of the notice left.
 * @csspart object - An entry's "object" button (signed-in viewers, embedded display).
 * @csspart more - The "load more" button.
 * @csspart help - Who may object and how (viewers who are not signed in).
 * @csspart view-switch - The "my objections" / "back to the notices" button.
 * @csspart board-controls - Pause and page buttons of the board display.
 * @csspart page-number - The page number of the board display.
 * @csspart objection-form - The objection form.
 * @csspart reason - The reason field.
 * @csspart field-error - The message next to the reason (the widget's checks or the server's problem).
 * @csspart submit - The submit button.
 * @csspart cancel - The cancel button.
 * @csspart attachments - An evidence field (the objection's): its label, hint, picker and files.
 * @csspart attachment-input - The file picker.
 * @csspart attachment-list - The chosen files.
 * @csspart attachment - One file; `data-state` is `uploading`, `done` or `failed`.
 * @csspart attachment-state - A file's state in words (with the server's reason when it failed).
 * @csspart attachment-retry - Uploads a failed file again.
 * @csspart attachment-remove - Removes a file.
 * @csspart receipt - The receipt after an objection was received.
 * @csspart objection-id - The objection's number on the receipt.
 * @csspart mine - "My objections".
 * @csspart objection - One of my objections.
 * @csspart status - An objection's status.
 * @csspart answer - The 村务监督委员会's written answer.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The retry button.
 * @csspart offline - The offline state.
 * @csspart elder-controls - The 长辈版 switch, text size and read-aloud buttons.
 *
 * @cssprop --sz-color-primary - Buttons and the answer's rule.
 * @cssprop --sz-color-on-primary - Text on the primary buttons.
 * @cssprop --sz-color-text - Text.
 * @cssprop --sz-color-text-muted - Dates, hints, the loading and empty states.
 * @cssprop --sz-color-surface - Notices and the form.
 * @cssprop --sz-color-surface-alt - The loading skeleton and the "how to object" box.
 * @cssprop --sz-color-border - Notice borders and fields.
 * @cssprop --sz-color-negative - Field errors.
 * @cssprop --sz-color-warning-surface - The "objection being handled" marker, error and offline notices.
 * @cssprop --sz-color-focus - Focus ring.
 * @cssprop --sz-font-family - Typeface.
 * @cssprop --sz-font-size-sm - Small text.
 * @cssprop --sz-font-size-md - Body text.
 * @cssprop --sz-font-size-lg - The heading and names.
 * @cssprop --sz-font-size-xl - Text of the board display.
 * @cssprop --sz-space-1 - Smallest gap.
 * @cssprop --sz-space-2 - Gap between notices.
 * @cssprop --sz-space-3 - Padding of a notice.
 * @cssprop --sz-space-4 - Padding on the board display.
 * @cssprop --sz-radius - Corner radius.
 * @cssprop --sz-target-size - Minimum size of every button (larger in 长辈版).
 */
export class SzPointsNotice extends SzElement {
  static override styles = [...widgetStyles, elderControlsStyles, boardControlsStyles, pointsNoticeStyles];

  /** The village whose notices to show; falls back to the provider's `village`. */
  @property() village?: string;
  /** `embedded` (default) or `board`: large type and pages that turn by themselves for a village TV (no objection buttons). */
  @property({ reflect: true }) display: BoardDisplay = 'embedded';
  /** Seconds between automatic pages in the board display (default 12). */
  @property({ attribute: 'board-interval', type: Number }) boardInterval: number = defaultBoardInterval;

  @state() private items: readonly Notice[] = [];
  @state() private meta: Meta | undefined;
  @state() private nextCursor: string | null = null;
  @state() private moreLoading = false;
  @state() private moreFailed = false;
  @state() private boardPage = 0;
  /** What the main area shows: the board, the form (or its receipt) for an entry, or "my objections". */
  @state() private view: 'board' | 'form' | 'mine' = 'board';
  @state() private announcement = '';
  @state() private panelFailure: LoadFailure | undefined;
  /** What the viewer asked for when the chunk failed to load: the error's retry does it again. */
  private panelRetry: () => void = () => undefined;
  @state() private panel: ObjectionModule.ObjectionPanel | undefined;

  private readonly t = new Localizer(pointsNoticeMessages, () => this.effectiveLocale);
  private readonly elderControls = new ElderControls(this, this.common);
  private readonly board = new RemoteData(this, {
    common: this.common,
    args: () => this.place,
    load: ([, villageId], signal) => this.fetchPage(villageId, signal),
    onReady: ({ items, nextCursor, ...meta }) => {
      this.items = items;
      this.nextCursor = nextCursor;
      this.meta = meta;
      this.moreFailed = false;
      if (this.boardPage >= this.boardPages) this.boardPage = 0;
      // On the board only: after an objection the receipt's announcement stays.
      if (this.view === 'board') this.announcement = this.t.t('count', meta.total);
    },
  });
  private readonly pager = new BoardPager(this, {
    enabled: () => this.autoPaging,
    interval: () => this.boardInterval,
    advance: () => {
      this.turnPage(1);
    },
  });
  /** The objection form, receipt and "my objections": a chunk of their own, fetched on a signed-in viewer's first paint. */
  private readonly objectionPart = this.latePart<typeof ObjectionModule>(
    () => beforeImport('points-notice/objection').then(() => import('./objection.js')),
    { preload: 'on-demand' },
  );

  // ——— configuration ———

  private get villageId(): string | undefined {
    return this.village ?? this.config.village;
  }

  private get place(): Place | undefined {
    const source = this.apiBase === undefined && this.config.client ? this.config.client : (this.apiBase ?? this.config.apiBase);
    const villageId = this.villageId;
    return source === undefined || villageId === undefined ? undefined : [source, villageId];
  }

  /**
   * Whether the viewer may be a signed-in villager (SzElement's credentials check). The server decides (a villager of
   * this village, during the notice); without credentials the widget explains who may object and how.
   */
  private get signedIn(): boolean {
    return this.mayHaveCredentials;
  }

  private get onBoard(): boolean {
    return this.display === 'board';
  }

  private get autoPaging(): boolean {
    // Nothing moves by itself in 长辈版 or under reduced motion (access.md, MIIT 2021, WCAG 2.2.2).
    return (
      this.onBoard &&
      !this.effectiveElder &&
      !this.pager.reducedMotion &&
      this.isConnected &&
      this.board.phase === 'ready' &&
      this.boardPages > 1
    );
  }

  private get boardPages(): number {
    return Math.max(1, Math.ceil((this.meta?.total ?? this.items.length) / boardPageSize));
  }

  // ——— data ———

  private async fetchPage(villageId: string, signal: AbortSignal, cursor?: string): Promise<Page> {
    const client = this.client;
    if (!client) throw new Error('sz-points-notice: no API client');
    const query = { limit: pageSize, ...(cursor === undefined ? {} : { cursor }) };
    const { data } = await client.request(listPointsNotices, { params: { villageId }, query }, { signal });
    return data;
  }

  /** The next page, on the board read's signal: a new village or leaving the page stops it. */
  private async loadMore(): Promise<void> {
    const cursor = this.nextCursor;
    const signal = this.board.signal;
    const villageId = this.meta?.villageId ?? this.villageId;
    if (cursor === null || !signal || villageId === undefined || this.moreLoading) return;
    this.moreLoading = true;
    this.moreFailed = false;
    try {
      const page = await this.fetchPage(villageId, signal, cursor);
      if (signal.aborted) return;
      this.items = [...this.items, ...page.items];
      this.nextCursor = page.nextCursor;
    } catch {
      // The "load more" button stays and is the retry; a new board read replaces these notices anyway.
      if (!signal.aborted) this.moreFailed = true;
    } finally {
      this.moreLoading = false;
    }
  }

  // ——— the objection chunk ———

  /** The panel, loading its chunk on first use; a failed download shows an error whose retry tries again. */
  private async objectionPanel(): Promise<ObjectionModule.ObjectionPanel | undefined> {
    if (this.panel) return this.panel;
    try {
      const module = await this.objectionPart.get();
      addLateStyles(this.renderRoot, module.objectionStyles);
      this.panelFailure = undefined;
      this.panel ??= new module.ObjectionPanel(
        this,
        {
          client: () => this.client,
          village: () => this.meta?.villageId ?? this.villageId,
          locale: () => this.effectiveLocale,
          ruleLabel: (code) => {
            const found = this.items.find((one) => one.ruleCode === code);
            return found ? (found.ruleLabel[this.effectiveLocale] ?? found.ruleLabel['zh-CN']) : undefined;
          },
          filed: (objection) => {
            this.emit('sz-objection-filed', { objectionId: objection.id, entryId: objection.entryId });
            // The entry now shows "objection being handled".
            void this.board.run();
          },
          close: (entryId) => {
            this.showBoard(entryId);
          },
          showMine: () => {
            void this.showMine();
          },
          announce: (text) => {
            this.announcement = text;
            this.elderControls.speak(text);
          },
        },
        this.common,
      );
      return this.panel;
    } catch (error) {
      this.panelFailure = describeFailure(error, this.common);
      return undefined;
    }
  }

  private async openForm(notice: Notice): Promise<void> {
    this.panelRetry = () => void this.openForm(notice);
    const panel = await this.objectionPanel();
    if (!panel) return;
    panel.open(notice);
    this.view = 'form';
    await this.focusAfterUpdate('#form-title');
  }

  private async showMine(): Promise<void> {
    this.panelRetry = () => void this.showMine();
    const panel = await this.objectionPanel();
    if (!panel) return;
    panel.reset();
    panel.openMine();
    this.view = 'mine';
    await this.focusAfterUpdate('#mine-title');
  }

  private showBoard(entryId?: string): void {
    this.panel?.closeMine();
    this.view = 'board';
    void this.focusAfterUpdate(entryId === undefined ? '[part~="view-switch"]' : `[data-object="${CSS.escape(entryId)}"]`);
  }

  private async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  // ——— board paging ———

  private turnPage(step: 1 | -1): void {
    const pages = this.boardPages;
    this.boardPage = (((this.boardPage + step) % pages) + pages) % pages;
  }

  private readonly previousPage = (): void => {
    this.turnPage(-1);
  };

  private readonly nextPage = (): void => {
    this.turnPage(1);
  };

  private readonly toggleMine = (): void => {
    if (this.view === 'mine') this.showBoard();
    else void this.showMine();
  };

  // ——— lifecycle ———

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('display') && !isBoardDisplay(this.display)) this.display = 'embedded';
    if (this.onBoard && this.view !== 'board') this.view = 'board';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A board page past the loaded notices asks for the next ones.
    if (this.onBoard && this.nextCursor !== null && (this.boardPage + 1) * boardPageSize > this.items.length) void this.loadMore();
  }

  protected override firstUpdated(): void {
    // A signed-in villager will likely object or look at their objections: fetch that chunk once the board is up.
    if (this.signedIn && !this.onBoard) this.objectionPart.preload();
  }

  // ——— rendering ———

  private renderNotice(notice: Notice): TemplateResult {
    const t = this.t;
    const rule = notice.ruleLabel[t.lang] ?? notice.ruleLabel['zh-CN'];
    const points = signedPoints(notice.points, (n) => t.number(n));
    const left = this.meta ? daysLeft(this.meta.asOf, notice.noticeUntil) : undefined;
    const revocation = notice.kind === 'revocation';
    const canObject = !revocation && !this.onBoard && this.signedIn && (left === undefined || left > 0);
    return html`<li class="notice-item ${notice.kind}" part="notice" data-entry=${notice.entryId}>
      <p class="head">
        <span class="tag">${revocation ? t.t('kindRevocation') : t.t('kindEntry')}</span>
        <span class="name">${notice.name}</span>
        <span class="rule">${rule}</span>
        <span class="points">${revocation ? t.t('revokedPoints', points) : t.t('points', points)}</span>
        ${notice.objected ? html`<span class="tag objected" part="objected" title=${t.t('objectedHint')}>${t.t('objected')}</span>` : nothing}
      </p>
      ${
        notice.reason
          ? html`<p><span class="muted">${revocation ? t.t('revocationReason') : t.t('reason')}</span>${notice.reason}</p>`
          : nothing
      }
      <p>
        <span class="muted">${t.t('period', t.date(notice.noticeFrom), t.date(notice.noticeUntil))}</span>
        ${
          left === undefined
            ? nothing
            : html`·
                <span class="left" part="days-left">${left > 1 ? t.t('daysLeft', left) : left === 1 ? t.t('lastDay') : t.t('ended')}</span>`
        }
      </p>
      ${notice.objected ? html`<p class="visually-hidden">${t.t('objectedHint')}</p>` : nothing}
      ${
        canObject
          ? html`<p>
              <button
                type="button"
                part="object"
                data-object=${notice.entryId}
                aria-label=${t.t('objectLabel', notice.name, rule)}
                @focus=${() => {
                  // 长辈版 read-aloud (when switched on): which entry this button is about.
                  this.elderControls.speak(t.t('objectLabel', notice.name, rule));
                }}
                @click=${() => void this.openForm(notice)}
              >
                ${t.t('object')}
              </button>
            </p>`
          : nothing
      }
    </li>`;
  }

  private renderList(): TemplateResult {
    const t = this.t;
    const total = this.meta?.total ?? this.items.length;
    if (this.onBoard) return this.renderBoardPage(total);
    return html`<ul class="notices" part="list" aria-label=${t.t('count', total)}>
        ${repeat(
          this.items,
          (one) => one.id,
          (one) => this.renderNotice(one),
        )}
      </ul>
      ${
        this.nextCursor !== null
          ? html`<p class="more">
              <button type="button" part="more" ?disabled=${this.moreLoading} @click=${() => void this.loadMore()}>
                ${this.moreLoading ? t.t('loadingMore') : t.t('loadMore')}
              </button>
            </p>`
          : nothing
      }
      ${this.moreFailed ? html`<p class="notice" role="alert">${t.t('moreFailed')}</p>` : nothing}`;
  }

  private renderBoardPage(total: number): TemplateResult {
    const t = this.t;
    const pages = this.boardPages;
    const page = Math.min(this.boardPage, pages - 1);
    const shown = this.items.slice(page * boardPageSize, (page + 1) * boardPageSize);
    let auto: TemplateResult | typeof nothing = nothing;
    if (this.effectiveElder) auto = html`<p>${t.t('elderNoAutoPaging')}</p>`;
    else if (this.pager.reducedMotion) auto = html`<p>${t.t('reducedMotionNoAutoPaging')}</p>`;
    else
      auto = html`<button
        type="button"
        class="pause"
        part="pause"
        aria-pressed=${this.pager.paused ? 'true' : 'false'}
        @click=${this.pager.togglePause}
      >
        <span aria-hidden="true">${this.pager.paused ? '▶' : '⏸'}</span> ${this.pager.paused ? t.t('resume') : t.t('pause')}
      </button>`;
    return html`${this.pager.renderList('notices', shown, (one) => this.renderNotice(one), t.t('count', total))}
    ${
      pages > 1
        ? html`<div class="board-controls" part="board-controls" role="group" aria-label=${t.t('boardControls')}>
            ${auto}
            <button type="button" class="previous-page" @click=${this.previousPage}>${t.t('previousPage')}</button>
            <span part="page-number">${t.t('boardPage', page + 1, pages)}</span>
            <button type="button" class="next-page" @click=${this.nextPage}>${t.t('nextPage')}</button>
          </div>`
        : nothing
    }`;
  }

  private renderBoard(): TemplateResult | undefined {
    const t = this.t;
    if (this.villageId === undefined) return emptyState(t.t('noVillage'));
    return this.board.render({
      skeletonRows: 4,
      empty: { when: () => this.items.length === 0, message: () => t.t('empty') },
      ready: () => html`${this.meta ? html`<p class="intro">${t.t('intro', this.meta.noticeDays)}</p>` : nothing}${this.renderList()}`,
    });
  }

  private renderMain(): TemplateResult | undefined {
    const panel = this.panel;
    if (this.view === 'form' && panel) return html`${panel.renderForm()}`;
    if (this.view === 'mine' && panel) return panel.renderMine();
    return this.renderBoard();
  }

  private renderSwitch(): TemplateResult | typeof nothing {
    if (this.onBoard || !this.signedIn || this.villageId === undefined) return nothing;
    const t = this.t;
    const mine = this.view === 'mine';
    return html`<p class="view-switch">
      <button type="button" part="view-switch" @click=${this.toggleMine}>${mine ? t.t('backToBoard') : t.t('mine')}</button>
    </p>`;
  }

  private renderHelp(): TemplateResult | typeof nothing {
    if (this.onBoard || this.signedIn) return nothing;
    const t = this.t;
    return html`<section class="help" part="help" aria-labelledby="help-title">
      <h3 id="help-title">${t.t('howToObject')}</h3>
      <p>${t.t('howToObjectText')}</p>
    </section>`;
  }

  /** The day the board's points stand at, beside the title. */
  private renderAsOf(): TemplateResult | typeof nothing {
    return this.meta ? html`<span class="as-of">${this.t.t('asOf', this.t.date(this.meta.asOf))}</span>` : nothing;
  }

  override render(): TemplateResult {
    const t = this.t;
    return html`<section class="widget" aria-labelledby="title">
      ${captionRow(t.t('title'), this.elderControls.render(), this.renderAsOf())} ${this.renderSwitch()}
      ${this.panelFailure ? errorState(this.common, { ...this.panelFailure, message: `${t.t('panelFailed')}：${this.panelFailure.message}` }, this.panelRetry) : nothing}
      ${this.renderMain()} ${this.view === 'board' ? this.renderHelp() : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }
}
