import { listFinanceStatements, type RouteOutput } from '@shanzhi/sdk/browser';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyedList } from '../internal/desk-rows.js';
import { beforeImport } from '../internal/before-import.js';
import { deskListStyles } from '../internal/desk-list-styles.js';
import type { DeskPanels } from '../internal/desk-panels.js';
import { Localizer } from '../internal/localize.js';
import { StaffDesk } from '../internal/staff-desk.js';
import { widgetStyles } from '../internal/widget-styles.js';
import './events.js';
import { financeDeskMessages } from './messages.js';
import type { FinancePanel } from './panel.js';
import { financeDeskStyles } from './styles.js';

export type FinanceList = RouteOutput<typeof listFinanceStatements>;
export type FinanceRow = FinanceList['items'][number];

/** The panel's key for a new month's file (otherwise a panel's key is its month). */
const importKey = 'import';

/**
 * 民主理财 at the village: the cadre imports each month's 收支明细 from the file the village keeps (CSV or Excel), sees
 * every problem at its line, fixes the file and imports again, submits the month for sign-off, answers objections and
 * publishes once it is signed off. The supervisory committee or the village's 民主理财小组 (`view="supervisor"`) sees
 * the months awaiting sign-off first, signs off or objects with reasons, and sees the ★ money-without-mandate alarms:
 * large or Art 24 spending without a valid 四议两公开 decision. The panel (import form, lines, history, the forms) is a
 * chunk of its own, loaded when first opened. Without a staff token the desk says who may use it.
 *
 * @element sz-finance-desk
 *
 * @fires sz-finance-desk-open - A month (or the import form, `month: 'import'`) was opened. `detail: { month }`.
 * @fires sz-finance-desk-change - A month was imported, submitted, signed off, objected to, answered or published. `detail: { month, state, itemId? }`.
 *
 * @csspart title - The heading.
 * @csspart summary - The village's sign-off rule and the months awaiting sign-off.
 * @csspart import - The button that opens the import form (cadre).
 * @csspart list - The months.
 * @csspart month - One month's button (opens it).
 * @csspart alarm - A month's count of expenses without mandate.
 * @csspart panel - The opened month or the import form.
 * @csspart import-form - The import form: file, month, opening balance, columns.
 * @csspart file-problems - The problems found in a file, each at its line and column.
 * @csspart lines - The opened month's lines as imported: date, voucher, summary, account, amount.
 * @csspart alarm-line - A line without a valid mandate (★), in the lines.
 * @csspart alarms - The opened month's expenses without mandate.
 * @csspart history - The opened month's 民主理财 history.
 * @csspart sign-form - The sign-off / objection form (supervisor).
 * @csspart sign-off - The sign-off button (supervisor).
 * @csspart confirm - Before signing off a month with alarms: the alarmed lines named, to confirm or go back.
 * @csspart confirm-sign-off - The button that signs off all the same.
 * @csspart confirm-back - The button that goes back without signing.
 * @csspart answer-form - The answer to an objection (cadre).
 * @csspart staff-only - Shown without a staff token.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The retry button.
 * @csspart offline - The offline state.
 * @csspart elder-controls - The 长辈版 switch, text size and read-aloud buttons.
 *
 * @cssprop --sz-color-primary - The opened month's border and the primary buttons.
 * @cssprop --sz-color-text - Text.
 * @cssprop --sz-color-text-muted - Hints.
 * @cssprop --sz-color-surface - Months.
 * @cssprop --sz-color-surface-alt - The panel.
 * @cssprop --sz-color-border - Borders.
 * @cssprop --sz-color-warning-surface - Alarms, file problems, the error and offline notices.
 * @cssprop --sz-color-focus - Focus ring.
 * @cssprop --sz-font-family - Typeface.
 * @cssprop --sz-font-size-md - Body text.
 * @cssprop --sz-font-size-lg - The heading.
 * @cssprop --sz-space-2 - Gap between months.
 * @cssprop --sz-radius - Corner radius.
 * @cssprop --sz-target-size - Minimum size of every button (larger in 长辈版).
 */
export class SzFinanceDesk extends StaffDesk<FinanceList> {
  static override styles = [...widgetStyles, deskListStyles, financeDeskStyles];

  /** The village whose books these are; falls back to the provider's `village`. The server admits only its own staff. */
  @property() village?: string;
  /** `cadre` imports, submits, answers and publishes; `supervisor` (村务监督委员会, 民主理财小组) signs off or objects. */
  @property() view: 'cadre' | 'supervisor' = 'cadre';

  /** Months changed here since the list was read: shown as they now are, without reading the list again. */
  @state() private changedRows: ReadonlyMap<string, FinanceRow> = new Map();

  protected readonly t = new Localizer(financeDeskMessages, () => this.effectiveLocale);

  /**
   * The import form below its button, or the opened month's panel below its row (the forms, their words and styles):
   * loaded when first opened.
   */
  private readonly panels: DeskPanels<FinancePanel> = this.deskPanels(
    () => beforeImport('finance-desk/panel').then(() => import('./panel.js')),
    {
      opened: (key) => {
        this.emit('sz-finance-desk-open', { month: key });
      },
      make: ({ FinancePanel }, key) =>
        new FinancePanel(this, {
          ...this.deskBasics(),
          month: key === importKey ? undefined : key,
          view: this.view,
          changed: (record) => {
            this.emit('sz-finance-desk-change', {
              month: record.month,
              state: record.state,
              ...(record.itemId === undefined ? {} : { itemId: record.itemId }),
            });
            // The list shows the month as it now is; the panel stays open (an import moves to the imported month).
            const row: FinanceRow = {
              month: record.month,
              state: record.state,
              totals: record.statement.totals,
              closingBalance: record.statement.closingBalance,
              lines: record.statement.income.length + record.statement.expenditure.length,
              alarms: record.alarms.length,
              ...(record.itemId === undefined ? {} : { itemId: record.itemId }),
              updatedAt: record.updatedAt,
            };
            this.changedRows = new Map([...this.changedRows, [record.month, row]]);
            if (this.panels.key === importKey) this.panels.rekey(record.month);
          },
        }),
    },
  );

  protected readonly data = this.staffRead({
    load: (client, villageId, signal) =>
      client.request(listFinanceStatements, { params: { villageId }, query: {} }, { signal }).then((result) => result.data),
    // A fresh read is the server's word on every month.
    onReady: () => {
      this.changedRows = new Map();
    },
  });

  /** The supervisor sees the months awaiting sign-off first; otherwise newest month first, as the server lists them. */
  private rowsOf(list: FinanceList): FinanceRow[] {
    const merged = new Map(list.items.map((row) => [row.month, row]));
    for (const [month, row] of this.changedRows) merged.set(month, row);
    const rows = [...merged.values()].sort((a, b) => (a.month < b.month ? 1 : a.month > b.month ? -1 : 0));
    if (this.view !== 'supervisor') return rows;
    return [...rows.filter((row) => row.state === 'submitted'), ...rows.filter((row) => row.state !== 'submitted')];
  }

  protected override renderDesk(list: FinanceList): TemplateResult {
    const rows = this.rowsOf(list);
    const awaiting = rows.filter((row) => row.state === 'submitted').length;
    const required = list.settings.financeSignOff !== 'none';
    return html`<p class="summary" part="summary">
        ${required ? this.t.t('signOffRequired') : this.t.t('signOffNotRequired')} ${this.t.t('awaiting', awaiting)}
      </p>
      ${
        this.view === 'cadre'
          ? html`<div class="actions">
                ${this.panels.opener(importKey, { part: 'import', className: 'primary' }, this.t.t('importMonth'))}
              </div>
              ${this.panels.slot(importKey)}`
          : nothing
      }
      ${keyedList(
        rows,
        {
          none: html`<p class="state empty" part="empty">${this.t.t('empty')}</p>`,
          className: 'list',
          part: 'list',
          label: this.t.t('count', rows.length),
        },
        (row) => row.month,
        (row) => this.renderRow(row),
      )}`;
  }

  private renderRow(row: FinanceRow): TemplateResult {
    const [year = '', month = ''] = row.month.split('-');
    return html`<li data-month=${row.month}>
      ${this.panels.opener(
        row.month,
        { part: 'month', className: 'open' },
        html`<span class="month">${this.t.t('month', year, month)} · ${this.t.t(`state_${row.state}`)}</span>
          <span>${this.t.t('totals', this.t.yuan(row.totals.income), this.t.yuan(row.totals.expenditure))}</span>
          ${row.alarms > 0 ? html`<span class="alarm" part="alarm">${this.t.t('alarms', row.alarms)}</span>` : nothing}`,
      )}
      ${this.panels.slot(row.month)}
    </li>`;
  }
}
