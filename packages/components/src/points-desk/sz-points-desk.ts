import { getHouseholdPoints, getPointsRules, listPointsEntries, type RouteOutput } from '@shanzhi/sdk/browser';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { beforeImport } from '../internal/before-import.js';
import { captionRow } from '../internal/caption-row.js';
import { deniedOnRefusal, type StaffView } from '../internal/denied.js';
import { ElderControls } from '../internal/elder-controls.js';
import { Localizer } from '../internal/localize.js';
import { RemoteData } from '../internal/remote-data.js';
import { loadForRender, type LazyModule } from '../internal/lazy-module.js';
import { describeFailure, emptyState, loadingState, type LoadFailure } from '../internal/states.js';
import { SzElement } from '../internal/sz-element.js';
import { widgetStyles } from '../internal/widget-styles.js';
import './events.js';
import { pointsDeskMessages } from './messages.js';
import type { PartContext } from './part-context.js';
import type * as ReviewModule from './review-bar.js';
import { pointsDeskStyles } from './styles.js';
import { partBasics } from '../internal/part-basics.js';

export type DeskQueue = RouteOutput<typeof listPointsEntries>;
export type QueuedEntry = DeskQueue['items'][number];
export type DeskRules = RouteOutput<typeof getPointsRules>;

/** What the desk loaded: the caller's queue and the village's rules, or that the token may not use the desk. */
type DeskView = StaffView<{ readonly queue: DeskQueue; readonly rules: DeskRules }>;

/** The review step each queue takes (rules: transition.ts); the supervisor's `publicized` view reviews nothing. */
const stepOf = { firstReview: 'passFirstReview', secondReview: 'publicize' } as const;

/** One screen of a queue: a village's monthly review rarely holds more, and the next ones follow as these are done. */
const pageSize = 50;
/** The household's recent entries shown beside the selected one. */
const historySize = 6;

/** The desk's tools whose panels open below the tool buttons, by the state that says each is open. */
type ToolToggle = 'declareOpen' | 'revokeOpen' | 'tiesOpen';

/** A late part's class (an export of its module): made with the desk and the part context with its own options. */
type LatePartClass = new (host: SzPointsDesk, options: PartContext) => unknown;
/** The part that the class `C` makes. */
type LatePart<C> = C extends new (host: never, options: never) => infer T ? T : never;
/** What the class `C` takes besides the part context: the part's own callbacks. */
type LateOptions<C> = C extends new (host: never, options: infer O) => unknown ? Omit<O, keyof PartContext> : never;

/**
 * Where a desk remembers, for this tab, that the server answered its queue with 403 and it showed a villager's side:
 * the next desk of that village (the page visited again, the element mounted anew) does not download the staff's
 * review chunk at its first paint. A role, never who; a staff answer forgets it (the review then loads with the queue).
 */
const villagerKey = (village: string) => `sz-points-desk-villager:${village}`;
function rememberVillager(village: string, villager: boolean): void {
  try {
    if (villager) sessionStorage.setItem(villagerKey(village), '1');
    else sessionStorage.removeItem(villagerKey(village));
  } catch {
    // Storage refused (private mode, a sandboxed frame): the desk preloads as before.
  }
}
function knownVillager(village: string): boolean {
  try {
    return sessionStorage.getItem(villagerKey(village)) === '1';
  } catch {
    return false;
  }
}

/**
 * The staff desk of the points process (积分工作台). A 网格员 sees the declarations awaiting the first review (初审),
 * a 村两委 cadre those awaiting the committee's review (审核); they tick many with the keyboard or the checkboxes and
 * pass or send them back in one batch (a reason is required to send back), with each entry's result shown — one the
 * server refused names why (a recusal, an entry a colleague already moved). Beside the selected entry: the household's
 * recent record. Staff declare for a household found by name or number; the 村务监督委员会 rules on objections. Both
 * load only when used, as do a cadre's revocation of an effective entry (reason, confirmation, announced on the 公示
 * board) and every staff member's family ties (亲属关系回避申报). A long queue grows by pages (加载更多). Without a staff token the desk says who may use it. Staff see registered names here; events
 * carry ids only.
 *
 * @element sz-points-desk
 *
 * @fires sz-points-desk-review - A batch review ended. `detail: { action, entryIds, refusedIds }` — ids only.
 * @fires sz-points-desk-declare - An entry was declared and submitted for review. `detail: { entryId, householdId }`.
 * @fires sz-points-desk-ruling - The supervisor ruled on an objection. `detail: { objectionId, entryId, outcome }`.
 *
 * @csspart title - The heading.
 * @csspart staff-only - Who may use the desk (shown without a staff token).
 * @csspart queue - The list of entries awaiting review.
 * @csspart entry - One entry of the queue.
 * @csspart select - An entry's checkbox.
 * @csspart select-all - The select-all checkbox.
 * @csspart actions - The batch buttons.
 * @csspart approve - Passes the selected entries.
 * @csspart reject - Opens the reason for sending the selected entries back.
 * @csspart reject-form - The reason and the confirm button.
 * @csspart results - The last batch's results; `refused` is one entry it could not move.
 * @csspart refused - One refused entry with the server's reason.
 * @csspart problem - Why the last batch did not go through, with its request id and a retry.
 * @csspart history - The selected household's recent record.
 * @csspart open-declare - Opens the declare form.
 * @csspart declare-form - The declare form (loaded when opened).
 * @csspart find - The household search's button (declare form, revocation, family ties).
 * @csspart chosen-household - The household chosen from the search, with the button that goes back to it.
 * @csspart attachments - The evidence field of a declaration (staff's or the villager's): its label, hint, picker and files.
 * @csspart attachment-input - The file picker.
 * @csspart attachment-list - The chosen files.
 * @csspart attachment - One file; `data-state` is `uploading`, `done` or `failed`.
 * @csspart attachment-state - A file's state in words (with the server's reason when it failed).
 * @csspart attachment-retry - Uploads a failed file again (the declare form), or reads a file of the evidence again.
 * @csspart attachment-remove - Removes a file.
 * @csspart open-evidence - Shows the evidence of the entry with the keyboard focus (a staff queue; loaded with the review buttons).
 * @csspart evidence - That entry's evidence: its files, each read and opened when asked (docs/attachments.md).
 * @csspart attachment-files - The evidence's list of files.
 * @csspart attachment-file - One file of the evidence; `data-state` is `reading`, `ready`, `opening`, `open`, `gone` or `failed`.
 * @csspart attachment-open - Fetches a file's bytes with the token: 查看 a photo, 打开 a PDF.
 * @csspart attachment-thumb - An opened photo's thumbnail: opens the larger view.
 * @csspart attachment-save - An opened PDF's link that saves it.
 * @csspart attachment-dialog - The larger view of a photo (a modal dialog; Escape closes it).
 * @csspart attachment-close - Closes the larger view.
 * @csspart objections - The supervisor's objections panel (loaded for the supervisor).
 * @csspart villager - A villager's side of the desk (loaded for a villager token): the form and the household's entries.
 * @csspart villager-declare - The villager's form, 为本户申报.
 * @csspart villager-submit - Sends the villager's declaration.
 * @csspart villager-receipt - The villager's receipt after a declaration.
 * @csspart villager-problem - Why the villager's declaration did not go through, with its request id.
 * @csspart own-entries - 本户的申报: the household's entries, newest first.
 * @csspart own-entry - One of them; `own-status` (and `own-status-<status>`) its status, `own-reason` why it stopped.
 * @csspart own-load-more - Loads the household's older entries.
 * @csspart load-more - Appends the queue's next page (shown while there is one).
 * @csspart more-problem - Why the next page did not load, with its request id.
 * @csspart open-revoke - Opens the revocation (a cadre's desk only).
 * @csspart revoke-panel - The revocation: household search, its effective entries, reason and confirmation (loaded when opened).
 * @csspart open-family-ties - Opens the family ties (亲属关系回避申报).
 * @csspart family-ties - The declared family ties and the form to declare one (loaded when opened).
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The retry button.
 * @csspart offline - The offline state.
 * @csspart elder-controls - The 长辈版 switch, text size and read-aloud buttons.
 *
 * @cssprop --sz-color-primary - The selected entry's border and the main buttons.
 * @cssprop --sz-color-text - Text.
 * @cssprop --sz-color-text-muted - Secondary lines.
 * @cssprop --sz-color-surface - Entries.
 * @cssprop --sz-color-surface-alt - The loading skeleton and the history panel.
 * @cssprop --sz-color-border - Entry borders.
 * @cssprop --sz-color-negative - Deductions, refusals and field errors.
 * @cssprop --sz-color-warning-surface - The error, offline and recusal notices.
 * @cssprop --sz-color-focus - Focus ring.
 * @cssprop --sz-font-family - Typeface.
 * @cssprop --sz-font-size-md - Body text.
 * @cssprop --sz-font-size-lg - The heading.
 * @cssprop --sz-space-2 - Gap between entries.
 * @cssprop --sz-radius - Corner radius.
 * @cssprop --sz-target-size - Minimum size of every control (larger in 长辈版).
 */
export class SzPointsDesk extends SzElement {
  static override styles = [...widgetStyles, pointsDeskStyles];

  /** The village whose desk this is; falls back to the provider's `village`. The server admits only its own staff. */
  @property() village?: string;

  /** Ids of the ticked entries. */
  @state() private selected: ReadonlySet<string> = new Set();
  /** The entry with the keyboard focus (and whose household's record is shown). */
  @state() private current: string | undefined;
  @state() private announcement = '';
  @state() private declareOpen = false;
  @state() private revokeOpen = false;
  @state() private tiesOpen = false;
  /** The queue's pages after the first ("加载更多"), appended in order; a reload of the queue starts again from its first page. */
  @state() private laterPages: { readonly items: readonly QueuedEntry[]; readonly nextCursor: string | null } | undefined;
  @state() private loadingMore = false;
  /** Why the next page did not load: shown under the queue, the same button tries again. */
  @state() private moreFailure: LoadFailure | undefined;
  /** A late part could not be loaded (offline, integrity): why; opening it again retries. */
  @state() private partFailure: LoadFailure | undefined;

  /** The entry Shift+arrow selection started from. */
  private anchor: string | undefined;

  private readonly t = new Localizer(pointsDeskMessages, () => this.effectiveLocale);
  private readonly elderControls = new ElderControls(this, this.common);

  /** Words for the live region (from the desk and its late parts). */
  private readonly announce = (text: string): void => {
    this.announcement = text;
  };

  /** What each late part is given (see part-context.ts). */
  private readonly partContext: PartContext = {
    ...partBasics(this, this.common, () => this.villageId, this.announce),
    rules: () => this.view?.rules,
    ruleLabel: (code) => this.ruleLabel(code),
    desk: this.t,
  };

  /** The batch review (buttons, reason, results): loaded right after the first paint, while the queue loads. */
  private readonly reviewPart = this.deskPart(
    () => beforeImport('points-desk/review-bar').then(() => import('./review-bar.js')),
    'ReviewBar',
    {
      selected: () => this.items.filter((item) => this.selected.has(item.id)),
      action: () => this.approveAction,
      reviewed: async (action, answer) => {
        this.selected = new Set();
        this.emit('sz-points-desk-review', {
          action,
          entryIds: answer.results.filter((one) => one.ok).map((one) => one.entryId),
          refusedIds: answer.results.filter((one) => !one.ok).map((one) => one.entryId),
        });
        await this.queue.run();
      },
    },
  );

  /** The declare form (its code, words and styles): loaded when a staff member opens it, never on the first screen. */
  private readonly declarePart = this.deskPart(
    () => beforeImport('points-desk/declare-form').then(() => import('./declare-form.js')),
    'DeclareForm',
    {
      today: () => this.view?.queue.asOf,
      declared: (entryId, householdId) => {
        this.emit('sz-points-desk-declare', { entryId, householdId });
        void this.queue.run();
      },
    },
  );

  /** The 村务监督委员会's objections panel: loaded only for the supervisor's desk. */
  private readonly objectionsPart = this.deskPart(
    () => beforeImport('points-desk/objections').then(() => import('./objections.js')),
    'ObjectionsPanel',
    {
      ruled: (objectionId, entryId, outcome) => {
        this.emit('sz-points-desk-ruling', { objectionId, entryId, outcome });
      },
    },
  );

  /** The 村两委's revocation of an effective entry: loaded when a cadre opens it. */
  private readonly revokePart = this.deskPart(
    () => beforeImport('points-desk/revoke-panel').then(() => import('./revoke-panel.js')),
    'RevokePanel',
    {
      revoked: (_entryId, householdId) => {
        // The household's record beside the queue counts the entry no more.
        if (this.currentEntry?.householdId === householdId) void this.history.run();
      },
    },
  );

  /** 亲属关系回避申报: the staff member's family ties, loaded when opened. */
  private readonly tiesPart = this.deskPart(
    () => beforeImport('points-desk/family-ties').then(() => import('./family-ties.js')),
    'FamilyTiesPanel',
    {
      // The queue marks that household's entries recused from now on.
      declared: () => void this.queue.run(),
    },
  );

  /**
   * The villager's side (为本户申报, 本户的申报): loaded only when the staff queue refused the token. The desk never reads
   * the token (it may be opaque: a demo token, a service key, a JWT signed for someone else): the server's answers say
   * who calls. The queue answers 403 to a villager; this part then asks for the household's own entries, which the
   * server answers only to a villager token bound to a household of this village — anyone else (a mediator, a token
   * bound to no household) still sees who may use the desk. No claim is decoded and no secret is added.
   */
  private readonly villagerPart = this.deskPart(
    () => beforeImport('points-desk/villager-view').then(() => import('./villager-view.js')),
    'VillagerView',
    {
      declared: (entryId, householdId) => {
        this.emit('sz-points-desk-declare', { entryId, householdId });
      },
      notVillager: () => this.renderStaffOnly(),
    },
  );

  /** The caller's queue and the village's rules, one read; a token that may not use the desk is told who may. */
  private readonly queue = new RemoteData(this, {
    common: this.common,
    args: () => {
      const client = this.client;
      const village = this.villageId;
      return client && village && this.mayHaveCredentials ? ([client, village] as const) : undefined;
    },
    load: ([client, villageId], signal): Promise<DeskView> =>
      Promise.all([
        client.request(listPointsEntries, { params: { villageId }, query: { limit: pageSize } }, { signal }),
        client.request(getPointsRules, { params: { villageId } }, { signal }),
      ]).then(([queue, rules]) => ({ denied: false as const, queue: queue.data, rules: rules.data }), deniedOnRefusal),
    onReady: (view) => {
      const village = this.villageId;
      if (village) rememberVillager(village, view.denied);
      if (view.denied) {
        this.openPart(this.villagerPart);
        return;
      }
      this.laterPages = undefined;
      this.moreFailure = undefined;
      const ids = new Set(view.queue.items.map((item) => item.id));
      this.selected = new Set([...this.selected].filter((id) => ids.has(id)));
      if (this.current === undefined || !ids.has(this.current)) this.current = view.queue.items[0]?.id;
      // A token given after the first paint: the review buttons come now (loaded once either way).
      this.openPart(view.queue.status === 'publicized' ? this.objectionsPart : this.reviewPart);
    },
  });

  /** The selected entry's household: its balance and recent entries, each with its status. */
  private readonly history = new RemoteData(this, {
    common: this.common,
    args: () => {
      const client = this.client;
      const village = this.villageId;
      const householdId = this.currentEntry?.householdId;
      return client && village && householdId ? ([client, village, householdId] as const) : undefined;
    },
    load: ([client, villageId, householdId], signal) =>
      client.request(getHouseholdPoints, { params: { villageId, householdId }, query: {} }, { signal }).then((result) => result.data),
  });

  private get villageId(): string | undefined {
    return this.village ?? this.config.village;
  }

  private get view(): Exclude<DeskView, { denied: true }> | undefined {
    const view = this.queue.value;
    return view && !view.denied ? view : undefined;
  }

  private get items(): readonly QueuedEntry[] {
    const first = this.view?.queue.items ?? [];
    return this.laterPages ? [...first, ...this.laterPages.items] : first;
  }

  /** Where the queue's next page starts (null: nothing after what is shown). */
  private get nextCursor(): string | null {
    return this.laterPages ? this.laterPages.nextCursor : (this.view?.queue.nextCursor ?? null);
  }

  /**
   * A 村两委 cadre's desk: the server gives each role its own queue by default (points-desk handler: the cadre's is
   * `secondReview`), so the queue it answered says whose desk this is, as the review buttons already know.
   */
  private get committeeDesk(): boolean {
    return this.view?.queue.status === 'secondReview';
  }

  private get currentEntry(): QueuedEntry | undefined {
    return this.items.find((item) => item.id === this.current);
  }

  private get approveAction(): ReviewModule.ApproveAction | undefined {
    const status = this.view?.queue.status;
    return status === 'firstReview' || status === 'secondReview' ? stepOf[status] : undefined;
  }

  protected override firstUpdated(): void {
    // The review buttons come right after the first paint, while the queue is on its way — for staff: a desk that
    // learned it is not staff's (the queue's 403 to a villager, remembered for the tab) leaves the chunk unloaded.
    const village = this.villageId;
    if (this.mayHaveCredentials && !(village && knownVillager(village))) this.openPart(this.reviewPart);
  }

  protected override onReconnect(): void {
    if (this.queue.phase === 'offline') void this.queue.run();
  }

  override render(): TemplateResult {
    return html`<section class="widget" aria-labelledby="title">
      ${captionRow(this.t.t('title'), this.elderControls.render())}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.queue.render({
        ready: (view) =>
          view.denied ? html`${this.renderPart(this.villagerPart.value?.render(), this.villagerPart)}` : this.renderDesk(view),
        idle: () => (this.mayHaveCredentials ? html`` : this.renderStaffOnly()),
      })}
    </section>`;
  }

  private renderStaffOnly(): TemplateResult {
    return html`<p class="staff-only" part="staff-only">${this.t.t('staffOnly')}</p>`;
  }

  private renderDesk(view: Exclude<DeskView, { denied: true }>): TemplateResult {
    const status = view.queue.status;
    if (status === 'publicized')
      return html`<div class="tools">${this.renderToolButtons()}</div>
        ${this.renderToolPanels()} ${this.renderPart(this.objectionsPart.value?.render(), this.objectionsPart)}`;
    return html`${this.renderDeclare()}
      <h3 class="queue-title" id="queue-title">
        ${status === 'firstReview' ? this.t.t('queue_firstReview') : this.t.t('queue_secondReview')}
        <span class="count">${this.t.t('queueCount', view.queue.total)}</span>
      </h3>
      ${this.reviewPart.value?.renderResult() ?? nothing}
      ${
        view.queue.items.length === 0
          ? emptyState(this.t.t('emptyQueue'))
          : html`<div class="desk">
              <div class="queue-column">
                ${this.renderQueue(view)} ${this.renderPart(this.reviewPart.value?.renderActions(this.currentEntry), this.reviewPart)}
              </div>
              ${this.renderHistory()}
            </div>`
      }`;
  }

  private renderDeclare(): TemplateResult {
    return html`<div class="tools">
        ${this.toolButton('open-declare', 'declareOpen', this.t.t('declare'), this.declarePart)} ${this.renderToolButtons()}
      </div>
      ${this.toolPanel('declareOpen', this.declarePart)} ${this.renderToolPanels()}`;
  }

  /** The revocation (a cadre's desk only) and the family ties (every staff member's) buttons. */
  private renderToolButtons(): TemplateResult {
    return html`${this.committeeDesk ? this.toolButton('open-revoke', 'revokeOpen', this.t.t('revokeTool'), this.revokePart) : nothing}
    ${this.toolButton('open-family-ties', 'tiesOpen', this.t.t('familyTiesTool'), this.tiesPart)}`;
  }

  /** A button that opens and closes one of the desk's panels (declare, revoke, family ties; it says whether it is open). */
  private toolButton(name: string, open: ToolToggle, label: string, part: LazyModule<unknown>): TemplateResult {
    return html`<button
      type="button"
      part=${name}
      aria-expanded=${this[open] ? 'true' : 'false'}
      @click=${() => {
        this[open] = !this[open];
        if (this[open]) this.openPart(part);
      }}
    >
      ${label}
    </button>`;
  }

  private renderToolPanels(): TemplateResult {
    return html`${this.committeeDesk ? this.toolPanel('revokeOpen', this.revokePart) : nothing} ${this.toolPanel('tiesOpen', this.tiesPart)}`;
  }

  /** An opened tool's panel (its toolButton says it is open): the part once it is here. */
  private toolPanel(open: ToolToggle, part: LazyModule<{ render(): TemplateResult | typeof nothing }>): TemplateResult | typeof nothing {
    return this[open] ? this.renderPart(part.value?.render(), part) : nothing;
  }

  /** A late part once it is here; while it loads the skeleton, and why when it could not be loaded. */
  private renderPart(shown: TemplateResult | typeof nothing | undefined, part: LazyModule<unknown>): TemplateResult | typeof nothing {
    if (shown !== undefined) return shown;
    if (this.partFailure)
      return html`<div part="error" class="state error" role="alert">
        <p class="error-title">${this.t.t('partFailed')}${this.partFailure.message}</p>
        <button
          type="button"
          class="primary"
          part="retry"
          @click=${() => {
            this.openPart(part);
          }}
        >
          ${this.common.t('retry')}
        </button>
      </div>`;
    return loadingState(this.common, 2);
  }

  /**
   * A late part of the desk (review, declare form, objections): its module, fetched when the desk first needs it, and
   * the part built from it once (the LazyModule keeps it, so a render after a retry finds the same part) — the module's
   * class `name`, given the part context and the part's own `options` (its callbacks).
   */
  private deskPart<M, K extends keyof M>(load: () => Promise<M>, name: K, options: LateOptions<M[K]>): LazyModule<LatePart<M[K]>> {
    return this.latePart(
      () => load().then((module) => new (module[name] as LatePartClass)(this, { ...this.partContext, ...options }) as LatePart<M[K]>),
      { preload: 'on-demand' },
    );
  }

  private openPart(part: LazyModule<unknown>): void {
    this.partFailure = undefined;
    loadForRender(part, this, this.common, (failure) => (this.partFailure = failure));
  }

  private ruleLabel(code: string): string {
    const rule = this.view?.rules.catalogue.rules.find((one) => one.code === code);
    if (!rule) return code;
    return (this.effectiveLocale === 'en' ? rule.label.en : undefined) ?? rule.label['zh-CN'];
  }

  private renderQueue(view: Exclude<DeskView, { denied: true }>): TemplateResult {
    const items = this.items;
    const all = items.length > 0 && items.every((item) => this.selected.has(item.id));
    const some = !all && items.some((item) => this.selected.has(item.id));
    return html`<p class="hint" id="queue-hint">${this.t.t('keyboardHint')}</p>
      <label class="select-all">
        <input
          type="checkbox"
          part="select-all"
          .checked=${live(all)}
          .indeterminate=${some}
          @change=${(event: Event) => {
            this.selected = (event.target as HTMLInputElement).checked ? new Set(items.map((item) => item.id)) : new Set();
          }}
        />
        ${this.t.t('selectAll')}
      </label>
      <ul class="queue" part="queue" aria-labelledby="queue-title" aria-describedby="queue-hint" @keydown=${this.onQueueKey}>
        ${repeat(
          items,
          (item) => item.id,
          (item) => this.renderEntry(item),
        )}
      </ul>
      ${this.nextCursor === null ? nothing : this.renderLoadMore(items.length, view.queue.total)}`;
  }

  /** “加载更多”: the next page of the queue appended below, focus on its first entry, the count read out. */
  private renderLoadMore(shown: number, total: number): TemplateResult {
    return html`<p class="hint" id="more-hint">${this.t.t('moreInQueue', shown, total)}</p>
      ${
        this.moreFailure
          ? html`<p class="field-error" part="more-problem" role="alert">
              ${this.t.t('loadMoreFailed')}${this.moreFailure.message}
              ${this.moreFailure.requestId ? this.common.t('requestId', this.moreFailure.requestId) : nothing}
            </p>`
          : nothing
      }
      <button
        type="button"
        part="load-more"
        aria-describedby="more-hint"
        aria-disabled=${this.loadingMore ? 'true' : 'false'}
        @click=${() => void this.loadMore()}
      >
        ${this.loadingMore ? this.t.t('loadingMore') : this.t.t('loadMore')}
      </button>`;
  }

  private async loadMore(): Promise<void> {
    const view = this.view;
    const client = this.client;
    const villageId = this.villageId;
    const cursor = this.nextCursor;
    if (!view || !client || !villageId || cursor === null || this.loadingMore) return;
    this.loadingMore = true;
    this.moreFailure = undefined;
    try {
      const { data } = await client.request(listPointsEntries, {
        params: { villageId },
        query: { status: view.queue.status, limit: pageSize, cursor },
      });
      // The queue reloaded meanwhile (a batch, a declaration): its first page stands, this answer is stale.
      if (this.view !== view) return;
      const shown = new Set(this.items.map((item) => item.id));
      const added = data.items.filter((item) => !shown.has(item.id));
      this.laterPages = { items: [...(this.laterPages?.items ?? []), ...added], nextCursor: data.nextCursor };
      this.announcement = this.t.t('loadedMore', added.length, this.items.length, data.total);
      const first = added[0];
      if (first) {
        // The roving focus moves to the first new entry: the keyboard goes on from where the list grew.
        this.current = first.id;
        this.anchor = undefined;
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLInputElement>(`[data-entry="${first.id}"] input`)?.focus();
      }
    } catch (error) {
      this.moreFailure = describeFailure(error, this.common);
    } finally {
      this.loadingMore = false;
    }
  }

  private renderEntry(item: QueuedEntry): TemplateResult {
    const current = item.id === this.current;
    const ticked = this.selected.has(item.id);
    return html`<li part="entry" class=${current ? 'entry current' : 'entry'} data-entry=${item.id}>
      <input
        type="checkbox"
        part="select"
        id=${`pick-${item.id}`}
        tabindex=${current ? '0' : '-1'}
        .checked=${live(ticked)}
        aria-describedby=${`about-${item.id}`}
        @change=${(event: Event) => {
          this.toggle(item.id, (event.target as HTMLInputElement).checked);
        }}
        @focus=${() => {
          this.current = item.id;
        }}
      />
      <label for=${`pick-${item.id}`} class="entry-main">
        <span class="rule">${this.ruleLabel(item.ruleCode)}</span>
        <span class=${item.points < 0 ? 'points negative' : 'points'}>${this.t.t('points', item.points)}</span>
        <span class="household">${item.householdNumber} ${item.householdName}</span>
      </label>
      <p class="meta" id=${`about-${item.id}`}>
        ${this.t.t('occurredOn', this.t.date(item.occurredOn, 'short'))} · ${this.t.t('evidence', item.attachmentIds?.length ?? 0)} ·
        ${item.note ?? this.t.t('noNote')} ${item.recused ? html`<span class="recused">${this.t.t('recused')}</span>` : nothing}
      </p>
    </li>`;
  }

  private toggle(id: string, on: boolean): void {
    const next = new Set(this.selected);
    if (on) next.add(id);
    else next.delete(id);
    this.selected = next;
    this.anchor = id;
  }

  /** Arrow keys move through the queue (one tab stop); with Shift they tick the run from where it started. */
  private readonly onQueueKey = (event: KeyboardEvent): void => {
    const items = this.items;
    const at = items.findIndex((item) => item.id === this.current);
    let to: number;
    switch (event.key) {
      case 'ArrowDown':
        to = at + 1;
        break;
      case 'ArrowUp':
        to = at - 1;
        break;
      case 'Home':
        to = 0;
        break;
      case 'End':
        to = items.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    const target = items[Math.max(0, Math.min(items.length - 1, to))];
    if (!target) return;
    if (event.shiftKey) {
      const from = items.findIndex((item) => item.id === (this.anchor ?? this.current));
      const end = items.indexOf(target);
      const [low, high] = from < end ? [from, end] : [end, from];
      const next = new Set(this.selected);
      for (const item of items.slice(Math.max(0, low), high + 1)) next.add(item.id);
      this.selected = next;
      this.anchor ??= this.current;
    } else {
      this.anchor = undefined;
    }
    this.current = target.id;
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLInputElement>(`[data-entry="${target.id}"] input`)?.focus();
    });
  };

  private renderHistory(): TemplateResult {
    const entry = this.currentEntry;
    return html`<aside class="history" part="history" aria-labelledby="history-title">
      <h4 id="history-title">${this.t.t('history')}</h4>
      ${
        entry
          ? this.history.render({
              skeletonRows: 3,
              ready: (ledger) => {
                const others = [...ledger.entries]
                  .filter((one) => one.id !== entry.id)
                  .sort((a, b) => (a.occurredOn < b.occurredOn ? 1 : a.occurredOn > b.occurredOn ? -1 : 0))
                  .slice(0, historySize);
                return html`<p class="history-who">
                    ${this.t.t('historyOf', ledger.householdNumber, ledger.name)} · ${this.t.t('balance', ledger.balance.total)}
                  </p>
                  ${
                    others.length === 0
                      ? html`<p class="hint">${this.t.t('noHistory')}</p>`
                      : html`<ul class="history-list">
                          ${others.map(
                            (one) =>
                              html`<li>
                                <span>${this.t.date(one.occurredOn, 'short')}</span>
                                <span>${this.ruleLabel(one.ruleCode)}</span>
                                <span class=${one.points < 0 ? 'points negative' : 'points'}>${this.t.t('points', one.points)}</span>
                                <span class="status">${this.t.t(`status_${one.status}`)}</span>
                              </li>`,
                          )}
                        </ul>`
                  }`;
              },
            })
          : html`<p class="hint">${this.t.t('pickEntry')}</p>`
      }
    </aside>`;
  }
}
