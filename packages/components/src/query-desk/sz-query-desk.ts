import { listDisclosureQueries, type RouteOutput } from '@shanzhi/sdk/browser';
import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { beforeImport } from '../internal/before-import.js';
import { deskDueStyles, deskListStyles } from '../internal/desk-list-styles.js';
import { elderControlsStyles } from '../internal/elder-controls-styles.js';
import { Localizer } from '../internal/localize.js';
import { StaffDesk } from '../internal/staff-desk.js';
import { widgetStyles } from '../internal/widget-styles.js';
import './events.js';
import { queryDeskMessages } from './messages.js';
import { queryDeskStyles } from './styles.js';

export type QueryList = RouteOutput<typeof listDisclosureQueries>;
export type QueryRow = QueryList['items'][number];

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
export class SzQueryDesk extends StaffDesk<QueryList> {
  static override styles = [...widgetStyles, elderControlsStyles, deskListStyles, deskDueStyles, queryDeskStyles];

  /** The village whose queries these are; falls back to the provider's `village`. The server admits only its own staff. */
  @property() village?: string;
  /** `cadre` answers and publishes; `supervisor` (村务监督委员会) follows and reads, without the number or the forms. */
  @property() view: 'cadre' | 'supervisor' = 'cadre';

  /** Queries answered or published here since the list was read: shown as they now are, without reading it again. */
  @state() private changedRows: ReadonlyMap<string, QueryRow> = new Map();

  protected readonly t = new Localizer(queryDeskMessages, () => this.effectiveLocale);

  /**
   * The opened query's panel below its row (one query, the answer and FAQ forms, their words and styles): loaded when
   * a query is first opened.
   */
  private readonly panels = this.deskPanels(() => beforeImport('query-desk/panel').then(() => import('./panel.js')), {
    opened: (queryId) => {
      this.emit('sz-query-desk-open', { queryId });
    },
    make: ({ QueryPanel }, queryId) =>
      new QueryPanel(this, {
        ...this.deskBasics(),
        queryId,
        mayAnswer: this.view === 'cadre',
        changed: (kind, query) => {
          this.emit(kind === 'answer' ? 'sz-query-desk-answer' : 'sz-query-desk-publish', {
            queryId: query.id,
            disclosureId: query.disclosureId,
          });
          // The row shows the new state (answered, published); the panel stays open on the same query.
          this.changedRows = new Map([...this.changedRows, [query.id, query]]);
        },
      }),
  });

  protected readonly data = this.staffRead({
    load: (client, villageId, signal) =>
      client.request(listDisclosureQueries, { params: { villageId }, query: {} }, { signal }).then((result) => result.data),
    // A fresh read is the server's word on every row.
    onReady: () => {
      this.changedRows = new Map();
    },
  });

  protected override emptyDesk(list: QueryList): boolean {
    return list.items.length === 0;
  }

  protected override renderDesk(list: QueryList): TemplateResult {
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
    const rowClass = `row${one.overdue ? ' overdue' : ''}${one.status === 'answered' ? ' answered' : ''}`;
    return html`<li class=${rowClass} data-query=${one.id}>
      ${this.panels.opener(
        one.id,
        { part: 'query', className: 'open' },
        html`<span class="due" part="due">${this.dueWords(one)}</span>
          <span class="what">${this.t.t(`kind_${one.kind}`)} · ${one.disclosureTitle}</span>
          <span class="text">${one.text}</span>
          <span class="meta"
            >${this.t.t('asked', this.t.date(one.receivedOn, 'short'), one.asker.householdName ?? this.t.t('unknownAsker'))}</span
          >`,
      )}
      ${this.panels.slot(one.id)}
    </li>`;
  }
}
