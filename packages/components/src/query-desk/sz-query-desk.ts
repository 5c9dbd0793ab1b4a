import { listDisclosureQueries, ProblemError, type RouteOutput } from '@shanzhi/sdk/browser';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { beforeImport } from '../internal/before-import.js';
import { captionRow } from '../internal/caption-row.js';
import { ElderControls } from '../internal/elder-controls.js';
import { Localizer } from '../internal/localize.js';
import { RemoteData } from '../internal/remote-data.js';
import { describeFailure, type LoadFailure } from '../internal/states.js';
import { panelSlot } from '../internal/panel-slot.js';
import { SzElement } from '../internal/sz-element.js';
import { widgetStyles } from '../internal/widget-styles.js';
import './events.js';
import { queryDeskMessages } from './messages.js';
import type { QueryPanel } from './panel.js';
import { queryDeskStyles } from './styles.js';
import { partBasics } from '../internal/part-basics.js';

export type QueryList = RouteOutput<typeof listDisclosureQueries>;
export type QueryRow = QueryList['items'][number];

/** What the desk loaded, or that the token may not use it (the route admits the village's cadre and supervisor). */
type DeskView = { readonly denied: true } | ({ readonly denied: false } & QueryList);

function deniedOnRefusal(error: unknown): { readonly denied: true } {
  if (error instanceof ProblemError && (error.status === 401 || error.status === 403)) return { denied: true };
  throw error;
}

/**
 * The village committee's desk for villagers' queries (村民委员会组织法 Art 30: the committee "接受村民的查询"): every
 * question and objection asked on the disclosure board, unanswered ones first by their answer deadline — the overdue
 * on top, flagged in words, not colour alone — then the answered ones. A cadre opens a query (its text, who asked as
 * staff see it, and the contact number to call back), answers it once, and may publish the answer as a FAQ entry on
 * the item, in wording without the asker, previewed as the public will read it. The supervisor (`view="supervisor"`)
 * follows the same list and reads each query without the number and without the forms. The panel is a chunk of its
 * own, loaded when a query is first opened. Without a staff token the desk says who may use it.
 *
 * @element sz-query-desk
 *
 * @fires sz-query-desk-open - A query was opened. `detail: { queryId }` — an id only.
 * @fires sz-query-desk-answer - A query was answered. `detail: { queryId, disclosureId }` — ids only, never the text.
 * @fires sz-query-desk-publish - An answer was published as a FAQ entry. `detail: { queryId, disclosureId }`.
 *
 * @csspart title - The heading.
 * @csspart summary - The counts: open, overdue, the village's answer deadline.
 * @csspart list - The list of queries.
 * @csspart query - One query's button (opens it).
 * @csspart due - A query's deadline words (overdue, working days left, answered).
 * @csspart panel - The opened query.
 * @csspart contact - The contact number (cadre only).
 * @csspart answer-form - The answer form.
 * @csspart faq-form - The FAQ form, with its preview.
 * @csspart faq-preview - The FAQ entry as the public will see it.
 * @csspart staff-only - Shown without a staff token.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The retry button.
 * @csspart offline - The offline state.
 * @csspart elder-controls - The 长辈版 switch, text size and read-aloud buttons.
 *
 * @cssprop --sz-color-primary - The opened query's border and the primary buttons.
 * @cssprop --sz-color-text - Text.
 * @cssprop --sz-color-text-muted - Dates and hints.
 * @cssprop --sz-color-surface - Queries.
 * @cssprop --sz-color-surface-alt - The panel and the preview.
 * @cssprop --sz-color-border - Query borders.
 * @cssprop --sz-color-warning-surface - Overdue queries, the error and offline notices.
 * @cssprop --sz-color-focus - Focus ring.
 * @cssprop --sz-font-family - Typeface.
 * @cssprop --sz-font-size-md - Body text.
 * @cssprop --sz-font-size-lg - The heading.
 * @cssprop --sz-space-2 - Gap between queries.
 * @cssprop --sz-radius - Corner radius.
 * @cssprop --sz-target-size - Minimum size of every button (larger in 长辈版).
 */
export class SzQueryDesk extends SzElement {
  static override styles = [...widgetStyles, queryDeskStyles];

  /** The village whose queries these are; falls back to the provider's `village`. The server admits only its own staff. */
  @property() village?: string;
  /** `cadre` answers and publishes; `supervisor` (村务监督委员会) follows and reads, without the number or the forms. */
  @property() view: 'cadre' | 'supervisor' = 'cadre';

  @state() private announcement = '';
  /** The opened query's id, and its panel once the chunk is here. */
  @state() private opened: { readonly id: string; readonly panel?: QueryPanel } | undefined;
  @state() private panelFailure: LoadFailure | undefined;
  /** Queries answered or published here since the list was read: shown as they now are, without reading it again. */
  @state() private changedRows: ReadonlyMap<string, QueryRow> = new Map();

  private readonly t = new Localizer(queryDeskMessages, () => this.effectiveLocale);
  private readonly elderControls = new ElderControls(this, this.common);

  /** The panel (one query, the answer and FAQ forms, their words and styles): loaded when a query is first opened. */
  private readonly panelPart = this.latePart(() => beforeImport('query-desk/panel').then(() => import('./panel.js')), {
    preload: 'on-demand',
  });

  private readonly data = new RemoteData(this, {
    common: this.common,
    args: () => (this.client && this.villageId && this.mayHaveCredentials ? ([this.client, this.villageId] as const) : undefined),
    load: ([client, villageId], signal): Promise<DeskView> =>
      client
        .request(listDisclosureQueries, { params: { villageId }, query: {} }, { signal })
        .then((result) => ({ denied: false as const, ...result.data }), deniedOnRefusal),
    // A fresh read is the server's word on every row.
    onReady: () => {
      this.changedRows = new Map();
    },
  });

  private get villageId(): string | undefined {
    return this.village ?? this.config.village;
  }

  override render(): TemplateResult {
    return html`<section class="widget" aria-labelledby="title">
      ${captionRow(this.t.t('title'), this.elderControls.render())}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.data.render({
        ready: (view) => (view.denied ? this.renderStaffOnly() : this.renderDesk(view)),
        empty: { when: (view) => !view.denied && view.items.length === 0, message: () => this.t.t('empty') },
        idle: () => (this.mayHaveCredentials ? html`` : this.renderStaffOnly()),
      })}
    </section>`;
  }

  private renderStaffOnly(): TemplateResult {
    return html`<p class="staff-only" part="staff-only">${this.t.t('staffOnly')}</p>`;
  }

  private renderDesk(list: QueryList): TemplateResult {
    const rows = list.items.map((one) => this.changedRows.get(one.id) ?? one);
    const open = rows.filter((one) => one.status === 'received').length;
    const overdue = rows.filter((one) => one.overdue).length;
    return html`<p class="summary" part="summary">
        ${this.t.t('summary', open, overdue)} · ${this.t.t('deadline', list.answerWorkingDays)}
      </p>
      <ul class="list" part="list" aria-label=${this.t.t('count', rows.length)}>
        ${repeat(
          rows,
          (one) => one.id,
          (one) => this.renderRow(one),
        )}
      </ul>`;
  }

  /** Overdue and days left in words (not colour alone), the item, the kind, the date asked and the opening words. */
  private dueWords(one: QueryRow): string {
    if (one.status === 'answered') return this.t.t('answered', this.t.date(one.answer?.answeredOn ?? one.receivedOn, 'short'));
    if (one.overdue) return this.t.t('overdue', -one.workingDaysLeft, this.t.date(one.answerDueOn, 'short'));
    return this.t.t('daysLeft', one.workingDaysLeft, this.t.date(one.answerDueOn, 'short'));
  }

  private renderRow(one: QueryRow): TemplateResult {
    const isOpen = this.opened?.id === one.id;
    const rowClass = `row${one.overdue ? ' overdue' : ''}${one.status === 'answered' ? ' answered' : ''}`;
    return html`<li class=${rowClass} data-query=${one.id}>
      <button
        type="button"
        part="query"
        class="open"
        data-opener=${one.id}
        aria-expanded=${isOpen ? 'true' : 'false'}
        @click=${() => {
          if (isOpen) this.closePanel();
          else void this.openPanel(one.id);
        }}
      >
        <span class="due" part="due">${this.dueWords(one)}</span>
        <span class="what">${this.t.t(`kind_${one.kind}`)} · ${one.disclosureTitle}</span>
        <span class="text">${one.text}</span>
        <span class="meta"
          >${this.t.t('asked', this.t.date(one.receivedOn, 'short'), one.asker.householdName ?? this.t.t('unknownAsker'))}</span
        >
      </button>
      ${isOpen ? this.renderPanel() : nothing}
    </li>`;
  }

  private renderPanel(): TemplateResult {
    return panelSlot(this.common, {
      panel: this.opened?.panel,
      failure: this.panelFailure,
      retry: () => {
        const id = this.opened?.id;
        if (id !== undefined) void this.openPanel(id);
      },
      close: () => {
        this.closePanel();
      },
    });
  }

  private async openPanel(id: string): Promise<void> {
    this.panelFailure = undefined;
    this.opened = { id };
    this.emit('sz-query-desk-open', { queryId: id });
    try {
      const module = await this.panelPart.get();
      if (this.opened.id !== id) return;
      const panel = new module.QueryPanel(this, {
        ...partBasics(
          this,
          this.common,
          () => this.villageId,
          (text) => {
            this.announcement = text;
          },
        ),
        queryId: id,
        mayAnswer: this.view === 'cadre',
        changed: (kind, query) => {
          this.emit(kind === 'answer' ? 'sz-query-desk-answer' : 'sz-query-desk-publish', {
            queryId: query.id,
            disclosureId: query.disclosureId,
          });
          // The row shows the new state (answered, published); the panel stays open on the same query.
          this.changedRows = new Map([...this.changedRows, [query.id, query]]);
        },
      });
      this.opened = { id, panel };
    } catch (error) {
      if (this.opened.id === id) this.panelFailure = describeFailure(error, this.common);
    }
  }

  /** Closes the panel and gives the focus back to the query's button. */
  private closePanel(): void {
    const id = this.opened?.id;
    this.opened = undefined;
    this.panelFailure = undefined;
    if (id === undefined) return;
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLElement>(`[data-opener="${id}"]`)?.focus();
    });
  }
}
