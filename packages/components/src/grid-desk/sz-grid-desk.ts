import { fileGridReport, getGridSettings, listGridReports, listGrids, type RouteInput, type RouteOutput } from '@shanzhi/sdk/browser';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { captionRow } from '../internal/caption-row.js';
import { lazyImport } from '../internal/before-import.js';
import { deskListStyles } from '../internal/desk-list-styles.js';
import { loadForRender, type LazyModule } from '../internal/lazy-module.js';
import { Localizer } from '../internal/localize.js';
import { errorState, loadingState, type LoadFailure } from '../internal/states.js';
import { StaffDesk, staffOnly } from '../internal/staff-desk.js';
import { widgetStyles } from '../internal/widget-styles.js';
import './events.js';
import { gridDeskMessages } from './messages.js';
import { Outbox, type KeptReport } from './outbox.js';
import type { GridPartOptions } from './form-part.js';
import type { ReportForm } from './report-form.js';
import type { RoundsView } from './rounds.js';
import { gridDeskStyles } from './styles.js';

export type GridList = RouteOutput<typeof listGrids>;
export type GridSettingsView = RouteOutput<typeof getGridSettings>;
export type ReportList = RouteOutput<typeof listGridReports>;
export type ReportRow = ReportList['items'][number];
export type ReportBody = RouteInput<typeof fileGridReport>['body'];
export type FiledReport = RouteOutput<typeof fileGridReport>;

/** What the desk reads on opening: the caller's grids, the village's list of matters, and the reports. */
export interface DeskData {
  readonly grids: GridList;
  readonly settings: GridSettingsView;
  readonly reports: ReportList;
}

/** The desk's three views: report an event, work the reports, 摸排 rounds. */
export const gridViews = ['report', 'reports', 'rounds'] as const;
export type GridView = (typeof gridViews)[number];

/** Arrow keys, Home and End move between the views' tabs (the WAI-ARIA tabs pattern); any other key: undefined. */
function tabAfter(key: string, at: number): GridView | undefined {
  const count = gridViews.length;
  const moves: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1 + count, Home: 0, End: count - 1 };
  const to = moves[key];
  return to === undefined ? undefined : gridViews[to % count];
}

/**
 * The grid worker's desk (网格员工作台; seeds 002 and 004: 定期摸排、按时上报、分析研判、分流交办、协调处置, so that
 * “小事不出网格、大事不出村、难事不出镇”). Three views: **report** an event of one's grid (a matter from the village's
 * list, the place in words with the phone's coordinates when it gives them, what happened, photos); **the reports** of
 * one's grids, soonest due first with the overdue flagged in words, each opened below its row to take its next step —
 * 分析研判 (the level and whether it is a dispute), 分流交办 (the grid, the village, a department, or the mediation
 * committee, where a dispute becomes a mediation case), 协调处置 and 办结; and **摸排 rounds**, the households to visit
 * in a period with the visit notes (走访) and what is overdue. The server's refusals (a report outside one's grid, a step
 * out of order) show next to the form, which keeps what was typed.
 *
 * Made for a phone in one hand: 48 px targets, and on a narrow screen the views' switch at the bottom, in thumb reach.
 * A report written without signal is kept on the phone and sent by itself when the connection returns, with the same
 * Idempotency-Key however often it is resent, so the server files it once; once sent, nothing of it stays on the phone.
 * Staff only (the grid worker, the cadre, the supervisor, who reads): without a staff token the desk says who may use it.
 *
 * @element sz-grid-desk
 *
 * @fires sz-grid-desk-report - A report was filed (now, or from the phone's store when the connection returned). `detail: { reportId }`.
 * @fires sz-grid-desk-step - A report took a step (assess, assign, dispose, close). `detail: { reportId, step, caseNumber? }` — ids and codes only.
 * @fires sz-grid-desk-visit - A visit was recorded in a 摸排 round. `detail: { roundId, householdId }` — ids only, never a name.
 *
 * @csspart title - The heading.
 * @csspart tabs - The switch between the three views (at the bottom of a narrow screen).
 * @csspart tab - One view's tab.
 * @csspart view - The view shown.
 * @csspart kept - The reports kept on the phone, waiting for the connection (or refused), with their buttons.
 * @csspart send-kept - The “send now” button of the kept reports.
 * @csspart summary - The reports' counts.
 * @csspart list - The list of reports.
 * @csspart report - One report's button (opens it below).
 * @csspart due - A report's state and deadline words.
 * @csspart panel - The opened report: its facts, its history and its next step's form.
 * @csspart report-form - The form that reports an event.
 * @csspart locate - The button that asks the phone for its position.
 * @csspart position - What the phone gave (or why not).
 * @csspart step-form - The form of a report's next step.
 * @csspart form-problem - Why the last send was refused (with the request id); the form keeps what was typed.
 * @csspart rounds - The 摸排 rounds.
 * @csspart round - One round's button (opens its checklist).
 * @csspart household - One household of a round's checklist.
 * @csspart visit-form - The form that records a visit.
 * @csspart attachments - The photo field.
 * @csspart attachment-files - A list of attached files (a report's or a step's photos), each read and opened when asked (docs/attachments.md).
 * @csspart attachment-file - One attached file; `data-state` is `reading`, `ready`, `opening`, `open`, `gone` or `failed`.
 * @csspart attachment-open - Fetches a file's bytes with the token: 查看 a photo, 打开 a PDF.
 * @csspart attachment-thumb - An opened photo's thumbnail: opens the larger view.
 * @csspart attachment-save - An opened PDF's link that saves it.
 * @csspart attachment-retry - Reads an attached file again after a failure (in a form's file field: uploads a failed file again).
 * @csspart attachment-dialog - The larger view of a photo (a modal dialog; Escape closes it).
 * @csspart attachment-close - Closes the larger view.
 * @csspart staff-only - Who may use the desk (shown without a staff token).
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The retry button.
 * @csspart offline - The offline state.
 * @csspart elder-controls - The 长辈版 switch, text size and read-aloud buttons.
 *
 * @cssprop --sz-color-primary - The chosen view's and the opened report's border, the main buttons.
 * @cssprop --sz-color-on-primary - Text on the main buttons.
 * @cssprop --sz-color-text - Text.
 * @cssprop --sz-color-text-muted - Dates and hints.
 * @cssprop --sz-color-surface - Reports and the views' switch.
 * @cssprop --sz-color-surface-alt - The chosen view, the panel, the loading skeleton.
 * @cssprop --sz-color-border - Borders.
 * @cssprop --sz-color-negative - Problems and field errors.
 * @cssprop --sz-color-positive - Visited households and closed reports.
 * @cssprop --sz-color-warning-surface - Overdue reports, kept reports, the error and offline notices.
 * @cssprop --sz-color-focus - Focus ring.
 * @cssprop --sz-font-family - Typeface.
 * @cssprop --sz-font-size-sm - Secondary lines.
 * @cssprop --sz-font-size-md - Body text.
 * @cssprop --sz-font-size-lg - The heading.
 * @cssprop --sz-space-2 - Gap between reports.
 * @cssprop --sz-radius - Corner radius.
 * @cssprop --sz-target-size - Minimum size of every control (48 px here, larger in 长辈版).
 */
export class SzGridDesk extends StaffDesk<DeskData> {
  static override styles = [...widgetStyles, deskListStyles, gridDeskStyles];

  /** The village whose grids these are; falls back to the provider's `village`. The server admits only its own staff. */
  @property() village?: string;
  /** The view shown: `reports` (default), `report` (the form, for a portal's “report an event” link) or `rounds`. */
  @property() view: GridView = 'reports';

  @state() private flushing = false;

  protected readonly t = new Localizer(gridDeskMessages, () => this.effectiveLocale);

  /**
   * The report form, downloaded right after the first paint: a worker who opens the desk where there is signal and
   * walks on into a valley must still find the form there.
   */
  private readonly formPart = this.latePart(
    lazyImport('grid-desk/report-form', () => import('./report-form.js')),
    { preload: 'first-paint' },
  );
  private form: ReportForm | undefined;
  private readonly roundsPart = this.latePart(
    lazyImport('grid-desk/rounds', () => import('./rounds.js')),
    { preload: 'on-demand' },
  );
  private rounds: RoundsView | undefined;
  @state() private partFailure: LoadFailure | undefined;

  protected readonly data = this.staffRead({
    load: async (client, villageId, signal) => {
      const params = { villageId };
      const [grids, settings, reports] = await Promise.all([
        client.request(listGrids, { params }, { signal }),
        client.request(getGridSettings, { params }, { signal }),
        client.request(listGridReports, { params, query: { limit: 200 } }, { signal }),
      ]);
      return { grids: grids.data, settings: settings.data, reports: reports.data };
    },
  });

  /** The reports written while offline (or whose send got no answer), sent by themselves when the connection returns. */
  private readonly outbox = new Outbox<ReportBody, FiledReport>(
    () => this.villageId,
    (body, key) => this.file(body, key),
    () => {
      this.requestUpdate();
    },
    (report) => {
      this.emit('sz-grid-desk-report', { reportId: report.id });
    },
  );

  /** An opened report: its facts, history and next step's form, a part of its own loaded when one is first opened. */
  private readonly panels = this.deskPanels(
    lazyImport('grid-desk/report-panel', () => import('./report-panel.js')),
    {
      failedWords: () => this.t.t('partFailed'),
      make: ({ ReportPanel }, reportId) =>
        new ReportPanel(this, {
          ...this.partOptions(),
          reportId,
          stepped: (detail, step) => {
            this.emit('sz-grid-desk-step', {
              reportId: detail.id,
              step,
              ...(detail.mediationCase ? { caseNumber: detail.mediationCase.caseNumber } : {}),
            });
            void this.data.run();
          },
        }),
    },
  );

  /** What every part of the desk gets: the basics, the desk's data, and the photos' purpose. */
  private partOptions(): GridPartOptions {
    return {
      ...this.deskBasics(),
      desk: () => {
        const view = this.data.value;
        return view && !view.denied ? view : undefined;
      },
    };
  }

  /** Files one report with its key (the event goes out once nothing of it is left on the phone). */
  private async file(body: ReportBody, idempotencyKey: string): Promise<FiledReport> {
    const client = this.client;
    const villageId = this.villageId;
    if (!client || villageId === undefined) throw new Error('The desk has no client or village');
    const { data } = await client.request(fileGridReport, { params: { villageId }, body }, { idempotencyKey });
    return data;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reports kept from an earlier visit go as soon as the desk is on a page with signal.
    void this.updateComplete.then(() => this.sendKept());
  }

  protected override onReconnect(): void {
    void this.sendKept();
  }

  /** Sends the kept reports (the connection returned, or the worker tapped “send now”): each once, with its own key. */
  private async sendKept(): Promise<void> {
    if (!this.online || this.outbox.waiting.length === 0 || !this.client || !this.mayHaveCredentials) return;
    this.flushing = true;
    const sent = await this.outbox.flush();
    this.flushing = false;
    if (sent === 0) return;
    this.announce(this.t.t('sentKept', sent));
    void this.data.run();
  }

  override render(): TemplateResult {
    const staff = this.mayHaveCredentials;
    const view = this.data.value;
    return html`<section class="widget" aria-labelledby="title">
      ${captionRow(this.t.t('title'), this.elderControls.render())}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${
        !staff || view?.denied === true
          ? staffOnly(this.t.t('staffOnly'))
          : html`<div class="desk">
              ${this.renderKept()}
              <div class="view" part="view" role="tabpanel" id="view" aria-labelledby=${`tab-${this.shown}`}>${this.renderView()}</div>
              ${this.renderTabs(view?.denied === false ? view : undefined)}
            </div>`
      }
    </section>`;
  }

  private renderTabs(view: DeskData | undefined): TemplateResult {
    const at = gridViews.indexOf(this.shown);
    const open = view?.reports.items.filter((one) => one.state !== 'closed').length;
    const badge: Record<GridView, string | undefined> = {
      report: undefined,
      reports:
        view === undefined
          ? undefined
          : view.reports.overdue > 0
            ? this.t.t('overdueCount', view.reports.overdue)
            : this.t.t('openCount', open ?? 0),
      rounds: undefined,
    };
    return html`<div
      class="tabs"
      part="tabs"
      role="tablist"
      aria-label=${this.t.t('views')}
      @keydown=${(event: KeyboardEvent) => {
        const next = tabAfter(event.key, at);
        if (next === undefined) return;
        event.preventDefault();
        this.show(next, true);
      }}
    >
      ${gridViews.map((one) => {
        // The chosen view's tab is the one Tab reaches; the arrows move between them (roving tabindex).
        const chosen = one === this.shown;
        return html`<button
          type="button"
          role="tab"
          part="tab"
          id=${`tab-${one}`}
          aria-controls="view"
          aria-selected=${String(chosen)}
          tabindex=${chosen ? 0 : -1}
          @click=${() => {
            this.show(one, false);
          }}
        >
          ${this.t.t(`tab_${one}`)}${badge[one] === undefined ? nothing : html`<span class="badge">${badge[one]}</span>`}
        </button>`;
      })}
    </div>`;
  }

  /** The view shown: `view`, or the reports when a page set a value the desk does not know. */
  private get shown(): GridView {
    return (gridViews as readonly string[]).includes(this.view) ? this.view : 'reports';
  }

  private show(view: GridView, focusTab: boolean): void {
    this.view = view;
    if (focusTab)
      void this.updateComplete.then(() => {
        this.renderRoot.querySelector<HTMLElement>(`#tab-${view}`)?.focus();
      });
  }

  private renderView(): TemplateResult | undefined {
    if (this.shown === 'report') return this.renderForm();
    if (this.shown === 'rounds') return this.renderRounds();
    return this.data.render({
      ready: (view) => (view.denied ? staffOnly(this.t.t('staffOnly')) : this.renderDesk(view)),
      empty: { when: (view) => !view.denied && view.reports.items.length === 0, message: () => this.t.t('empty') },
    });
  }

  /** A late part for the view: it once here, else the skeleton while it comes (or why it did not, with a retry). */
  private whenLoaded<T>(part: LazyModule<T>, render: (module: T) => TemplateResult): TemplateResult {
    if (part.value !== undefined) return render(part.value);
    const failure = this.partFailure;
    if (failure)
      return errorState(this.common, { ...failure, message: `${this.t.t('partFailed')}${failure.message}` }, () => {
        this.partFailure = undefined;
      });
    loadForRender(part, this, this.common, (why) => {
      this.partFailure = why;
    });
    return loadingState(this.common, 3);
  }

  private renderForm(): TemplateResult {
    return this.whenLoaded(this.formPart, ({ ReportForm }) => {
      this.form ??= new ReportForm(this, {
        ...this.partOptions(),
        outbox: this.outbox,
        file: (body, key) => this.file(body, key),
        filed: (report) => {
          this.emit('sz-grid-desk-report', { reportId: report.id });
          void this.data.run();
        },
      });
      return this.form.render();
    });
  }

  private renderRounds(): TemplateResult {
    return this.whenLoaded(this.roundsPart, ({ RoundsView }) => {
      this.rounds ??= new RoundsView(this, {
        ...this.partOptions(),
        visited: (roundId, householdId) => {
          this.emit('sz-grid-desk-visit', { roundId, householdId });
        },
      });
      return this.rounds.render();
    });
  }

  /** The reports kept on the phone: waiting (sent by themselves when the signal returns) and refused (to correct). */
  private renderKept(): TemplateResult | typeof nothing {
    const items = this.outbox.items;
    if (items.length === 0) return nothing;
    const waiting = items.filter((one) => one.refused === undefined).length;
    return html`<div class="outbox" part="kept">
      ${
        waiting > 0
          ? html`<p>${this.online ? this.t.t('keptOnline', waiting) : this.t.t('kept', waiting)}</p>
              ${
                this.online
                  ? html`<button
                      type="button"
                      class="primary"
                      part="send-kept"
                      ?disabled=${this.flushing}
                      @click=${() => void this.sendKept()}
                    >
                      ${this.flushing ? this.t.t('sending') : this.t.t('sendNow')}
                    </button>`
                  : nothing
              }`
          : nothing
      }
      ${items.filter((one) => one.refused !== undefined).map((one) => this.renderRefused(one))}
    </div>`;
  }

  private renderRefused(report: KeptReport<ReportBody>): TemplateResult {
    return html`<p class="field-error">${this.t.t('refusedKept', report.body.place.text, report.refused?.message ?? '')}</p>
      <div class="actions">
        <button
          type="button"
          class="primary"
          @click=${async () => {
            this.show('report', false);
            await this.formPart.get();
            await this.updateComplete;
            this.form?.correct(report);
          }}
        >
          ${this.t.t('correct')}
        </button>
        <button
          type="button"
          @click=${() => {
            this.outbox.remove(report.key);
            this.announce(this.t.t('discarded'));
          }}
        >
          ${this.t.t('discard')}
        </button>
      </div>`;
  }

  /** The reports, soonest due first (the server's order), each opened below its row. */
  protected renderDesk(view: DeskData): TemplateResult {
    const list = view.reports;
    return html`<p class="summary" part="summary">${this.t.t('summary', list.total, list.overdue)}</p>
      <ul class="list" part="list" aria-label=${this.t.t('summary', list.total, list.overdue)}>
        ${repeat(
          list.items,
          (row) => row.id,
          (row) => this.renderRow(row),
        )}
      </ul>`;
  }

  private dueWords(row: ReportRow): string {
    if (row.dueOn === null) return row.stateLabel;
    const due = this.t.date(row.dueOn, 'short');
    return `${row.stateLabel} · ${row.overdue ? this.t.t('overdue', due) : this.t.t('dueOn', due)}`;
  }

  private renderRow(row: ReportRow): TemplateResult {
    const what = row.item ? `${row.category.label} · ${row.item.label}` : row.category.label;
    return html`<li class=${row.overdue ? 'row overdue' : 'row'} data-report=${row.id}>
      ${this.panels.opener(
        row.id,
        { part: 'report', className: 'open' },
        html`<span class="state-words" part="due">${this.dueWords(row)}</span>
          <span class="what">${what}</span>
          <span class="place">${row.place.text}</span>
          <span class="meta">${this.t.t('reportedOn', this.t.date(row.reportedOn, 'short'), row.gridName)}</span>
          ${row.mediationCase ? html`<span class="meta">${this.t.t('caseNumber', row.mediationCase.displayCaseNumber)}</span>` : nothing}`,
      )}
      ${this.panels.slot(row.id)}
    </li>`;
  }
}
