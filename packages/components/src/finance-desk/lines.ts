import type { FinanceLine, FinanceStatement } from '@shanzhi/rules';
import { html, nothing, type TemplateResult } from 'lit';
import { classificationLabel } from '../disclosure/format.js';
import { financeRows } from '../disclosure/finance-rows.js';
import type { Localizer } from '../internal/localize.js';
import type { panelMessages } from './panel-messages.js';

type Words = Localizer<(typeof panelMessages)['zh-CN']>;
type Side = 'income' | 'expenditure';

/** An alarm as the desk gets it: where its line is in the expenditure (`index`) and the trail behind it. */
interface LineAlarm {
  readonly index: number;
  readonly trail: string;
}

/** The alarms still open (a complete trail is a mandate), by their expenditure line. */
export function openAlarms<A extends LineAlarm>(alarms: readonly A[]): A[] {
  return alarms.filter((alarm) => alarm.trail !== 'complete');
}

/**
 * The month's lines as imported — date, voucher, summary, account, amount — in one captioned table, income then
 * expenditure, each with its total: what the 民主理财 sign-off is about (the supervisor signs off or objects to these
 * lines, not to two totals). An expense without a valid mandate carries its ★ at its line, with the words for a
 * screen reader. A long month arrives in idle slices after the first screenful (the board's finance-rows.ts), so a
 * few thousand lines never hold up the panel; printing and find in page get every line at once.
 */
export function renderLines(statement: FinanceStatement, alarms: readonly LineAlarm[], t: Words): TemplateResult {
  const alarmed = new Set(openAlarms(alarms).map((alarm) => alarm.index));
  // Lines are marked by their place in the expenditure, so identity (not the line's text) finds the alarmed ones.
  const flagged = new Set(statement.expenditure.filter((_, index) => alarmed.has(index)));
  const row = (line: FinanceLine): TemplateResult => {
    const alarm = flagged.has(line);
    return html`<tr class=${alarm ? 'alarm-line' : nothing} part=${alarm ? 'alarm-line' : nothing}>
      <td>${t.date(line.date, 'short')}</td>
      <td class="voucher">${line.voucher}</td>
      <td>
        ${alarm ? html`<span class="star" aria-hidden="true">★</span><span class="visually-hidden">${t.t('alarmLine')}</span>` : nothing}
        ${line.description}
      </td>
      <td>${classificationLabel(line.classification, t.lang)}</td>
      <td class="amount">${t.yuan(line.amount)}</td>
    </tr>`;
  };
  const group = (side: Side, rows: readonly TemplateResult[]): TemplateResult =>
    html`<tbody class=${side}>
      <tr class="group">
        <th scope="rowgroup" colspan="5">${t.t(side)} (${t.t('lines', statement[side].length)})</th>
      </tr>
      ${rows}
      <tr class="total">
        <th scope="row" colspan="4">${t.t(side === 'income' ? 'totalIncome' : 'totalExpenditure')}</th>
        <td class="amount">${t.yuan(statement.totals[side])}</td>
      </tr>
    </tbody>`;
  const caption = t.t('linesCaption');
  return html`<div class="table-wrap" tabindex="0" role="group" aria-label=${caption}>
    <table part="lines">
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.t('colDate')}</th>
          <th scope="col">${t.t('field_voucher')}</th>
          <th scope="col">${t.t('field_description')}</th>
          <th scope="col">${t.t('field_account')}</th>
          <th scope="col" class="amount">${t.t('colAmount')}</th>
        </tr>
      </thead>
      ${financeRows({
        groups: [statement.income, statement.expenditure],
        row,
        layout: ([income = [], expenditure = []]) => html`${group('income', income)}${group('expenditure', expenditure)}`,
        key: `${t.lang}|${[...alarmed].join(',')}`,
      })}
    </table>
  </div>`;
}
