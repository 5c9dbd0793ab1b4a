import {
  decisionSteps,
  hearingChannelLabels,
  meetingFactsOf,
  meetingValidity,
  plannedVsActual,
  reconcile,
  trailStepLabels,
  trailSteps,
  type FinanceLine,
  type FinanceStatement,
  type Locale,
  type Meeting,
  type Trail,
} from '@shanzhi/rules';
import type { RouteOutput, getDisclosure, getDisclosureCompliance } from '@shanzhi/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../internal/localize.js';
import { financeRows } from './finance-rows.js';
import { ruleText as ruleMessage } from './rule-text.js';
import { categoryLabel } from './categories.js';
import { classificationLabel, yuan } from './format.js';
import type { detailMessages } from './detail-messages.js';

export type Words = Localizer<(typeof detailMessages)['zh-CN']>;
export type Detail = RouteOutput<typeof getDisclosure>;
export type Compliance = RouteOutput<typeof getDisclosureCompliance>;
interface Finding {
  readonly code: string;
  readonly message: string;
}

function lineRow(line: FinanceLine, t: Words, locale: Locale): TemplateResult {
  return html`<tr>
    <td>${t.date(line.date, 'short')}</td>
    <td>${classificationLabel(line.classification, locale)}</td>
    <td>${line.description}</td>
    <td class="voucher">${line.voucher}</td>
    <td class="amount">${yuan(line.amount)}</td>
  </tr>`;
}

/** A row that sums up: its label as the row header across `span` columns, and the amount. */
function sumRow(label: string, fen: number, span: number, className?: string): TemplateResult {
  return html`<tr class=${className ?? nothing}>
    <th scope="row" colspan=${span}>${label}</th>
    <td class="amount">${yuan(fen)}</td>
  </tr>`;
}

/** The income or the expenditure of a statement: its heading row, the lines rendered so far and its total. */
function lineGroup(side: 'income' | 'expenditure', statement: FinanceStatement, rows: readonly TemplateResult[], t: Words): TemplateResult {
  return html`<tbody class=${side}>
    <tr class="group">
      <th scope="rowgroup" colspan="5">${t.t(side)}</th>
    </tr>
    ${rows} ${sumRow(t.t(side === 'income' ? 'totalIncome' : 'totalExpenditure'), statement.totals[side], 4, 'total')}
  </tbody>`;
}

/** A column heading; amounts are right-aligned. */
interface Column {
  readonly label: string;
  readonly amount?: boolean;
}

/**
 * A data table as every table of the board is drawn: in a focusable, labelled wrapper that scrolls sideways on a
 * narrow screen, with its caption (visually hidden where a heading already says it) and one row of column headers.
 */
function dataTable(table: {
  readonly part: string;
  readonly label: string;
  readonly caption: unknown;
  readonly captionHidden?: boolean;
  readonly columns: readonly Column[];
  readonly body: unknown;
}): TemplateResult {
  return html`<div class="table-wrap" tabindex="0" role="group" aria-label=${table.label}>
    <table part=${table.part}>
      <caption class=${table.captionHidden ? 'visually-hidden' : nothing}>
        ${table.caption}
      </caption>
      <thead>
        <tr>
          ${table.columns.map((column) => html`<th scope="col" class=${column.amount ? 'amount' : nothing}>${column.label}</th>`)}
        </tr>
      </thead>
      ${table.body}
    </table>
  </div>`;
}

/**
 * The statement as one accessible table: income and expenditure bodies, each headed by a row header, with the
 * totals as printed and the balances in the footer. A long statement's lines arrive in slices after the first
 * screenful (finance-rows.ts), and all at once before printing. The reconciliation warning comes from the server's findings,
 * or from the rules package when an older server sends none: a statement that does not add up is always flagged.
 */
export function renderFinance(
  statement: FinanceStatement,
  finding: { readonly reconciles: boolean; readonly issues: readonly Finding[] } | undefined,
  t: Words,
  locale: Locale,
): TemplateResult {
  const issues: readonly Finding[] = finding
    ? finding.issues
    : reconcile(statement).map((one) => ({ code: one.code, message: ruleMessage(locale, one.code, one.params) }));
  const reconciles = finding ? finding.reconciles && issues.length === 0 : issues.length === 0;
  const plan = plannedVsActual(statement);
  const caption = t.t('financeCaption', t.date(statement.period.from), t.date(statement.period.to));
  return html`<section class="finance" part="finance" aria-label=${t.t('finance')}>
    <h3>${t.t('finance')}</h3>
    ${
      reconciles
        ? html`<p class="reconciles" part="reconciles">${t.t('reconciles')}</p>`
        : html`<div class="warning" part="reconciliation-warning" role="note">
            <p><strong>${t.t('notReconciled')}</strong></p>
            <ul>
              ${issues.map((one) => html`<li>${one.message}</li>`)}
            </ul>
          </div>`
    }
    <dl class="balances">
      <div>
        <dt>${t.t('openingBalance')}</dt>
        <dd>${yuan(statement.openingBalance)}</dd>
      </div>
      <div>
        <dt>${t.t('totalIncome')}</dt>
        <dd>${yuan(statement.totals.income)}</dd>
      </div>
      <div>
        <dt>${t.t('totalExpenditure')}</dt>
        <dd>${yuan(statement.totals.expenditure)}</dd>
      </div>
      <div>
        <dt>${t.t('closingBalance')}</dt>
        <dd>${yuan(statement.closingBalance)}</dd>
      </div>
    </dl>
    ${dataTable({
      part: 'finance-table',
      label: caption,
      caption,
      columns: [
        { label: t.t('colDate') },
        { label: t.t('colClassification') },
        { label: t.t('colDescription') },
        { label: t.t('colVoucher') },
        { label: t.t('colAmount'), amount: true },
      ],
      body: html`<tbody>
          ${sumRow(t.t('openingBalance'), statement.openingBalance, 4, 'opening')}
        </tbody>
        ${financeRows({
          groups: [statement.income, statement.expenditure],
          row: (line) => lineRow(line, t, locale),
          layout: ([income = [], expenditure = []]) =>
            html`${lineGroup('income', statement, income, t)}${lineGroup('expenditure', statement, expenditure, t)}`,
          key: locale,
        })}
        <tfoot>
          ${sumRow(t.t('closingBalance'), statement.closingBalance, 4)}
        </tfoot>`,
    })}
    ${
      plan.length === 0
        ? nothing
        : dataTable({
            part: 'budget-table',
            label: t.t('planned'),
            caption: t.t('planned'),
            columns: [
              { label: t.t('colClassification') },
              { label: t.t('colPlanned'), amount: true },
              { label: t.t('colActual'), amount: true },
              { label: t.t('colDifference'), amount: true },
            ],
            body: html`<tbody>
              ${plan.map(
                (row) =>
                  html`<tr class=${row.overPlan ? 'over' : ''}>
                    <th scope="row">${classificationLabel(row.classification, locale)}</th>
                    <td class="amount">${row.planned === null ? t.t('notPlanned') : yuan(row.planned)}</td>
                    <td class="amount">${yuan(row.actual)}</td>
                    <td class="amount">
                      ${row.difference === null ? '—' : yuan(row.difference)}${row.overPlan ? html` <span class="flag">${t.t('overPlan')}</span>` : nothing}
                    </td>
                  </tr>`,
              )}
            </tbody>`,
          })
    }
  </section>`;
}

function meetingFacts(meeting: Meeting, t: Words, locale: Locale): TemplateResult {
  const check = meetingValidity(meetingFactsOf(meeting));
  return html`<div class="meeting">
    <span>${t.t(`meeting_${meeting.kind}`)}</span>
    <span>${t.t('attendance', meeting.present, meeting.eligible)}</span>
    <span>${t.t('votes', meeting.votes.for, meeting.votes.against ?? 0, meeting.votes.abstain ?? 0)}</span>
    ${
      check.valid
        ? html`<span class="valid" part="meeting-valid">✓ ${t.t('meetingValid')}</span>`
        : html`<div class="invalid" part="meeting-invalid">
            <strong>✗ ${t.t('meetingInvalid')}</strong>
            <ul>
              ${check.issues.map((one) => html`<li>${ruleMessage(locale, one.code, one.params)}</li>`)}
            </ul>
          </div>`
    }
  </div>`;
}

/** 四议两公开 as an ordered list of the six steps, each with its date and meeting, and whether the meeting could decide. */
export function renderTrail(
  decision: NonNullable<Detail['decision']>,
  finding: Detail['findings']['trail'],
  t: Words,
  locale: Locale,
): TemplateResult {
  const trail: Trail | undefined = decision.trail;
  const status = finding?.status;
  const known = status === 'complete' || status === 'inProgress' || status === 'invalid';
  const next = finding?.nextStep;
  const nextLabel =
    next !== undefined && next !== null && next in trailStepLabels
      ? trailStepLabels[next as keyof typeof trailStepLabels][locale]
      : undefined;
  return html`<section class="trail" part="trail" aria-label=${t.t('trail')}>
    <h3>${t.t('trail')}</h3>
    <p class="decision-title">${decision.title} · ${t.date(decision.decidedOn)}</p>
    ${known ? html`<p class=${`trail-status ${status}`} part="trail-status">${t.t(`trailStatus_${status}`)}</p>` : nothing}
    ${
      finding && finding.issues.length > 0
        ? html`<ul class="trail-issues" part="trail-issues">
            ${finding.issues.map((one) => html`<li>${one.message}</li>`)}
          </ul>`
        : nothing
    }
    <ol class="timeline">
      ${
        // 一听 is shown where the decision was opened to include it (or recorded it); older trails keep their six steps.
        (trail?.hearingRequired === true || trail?.steps.some((one) => one.step === 'hearing') ? decisionSteps : trailSteps).map((step) => {
          const record = trail?.steps.find((one) => one.step === step);
          return html`<li class=${record ? 'done' : 'pending'} part="trail-step">
            <span class="step-label">${trailStepLabels[step][locale]}</span>
            ${
              record
                ? html`<span class="step-date">${t.date(record.date)}</span
                    >${record.meeting ? meetingFacts(record.meeting, t, locale) : nothing}${
                      record.hearing
                        ? html`<div class="meeting">
                            <span>${record.hearing.channels.map((one) => hearingChannelLabels[one][locale]).join('、')}</span>
                          </div>`
                        : nothing
                    }`
                : html`<span class="step-date muted">${t.t('stepNotYet')}</span>`
            }
          </li>`;
        })
      }
    </ol>
    ${nextLabel === undefined ? nothing : html`<p class="next-step">${t.t('nextStep', nextLabel)}</p>`}
  </section>`;
}

/** The recipient fields a board can show, in column order; a village publishes some of them (`reliefPublicFields`). */
const reliefColumns = [
  { field: 'name', label: 'colName' },
  { field: 'villageGroup', label: 'colGroup' },
  { field: 'householdSize', label: 'colHouseholdSize' },
  { field: 'amount', label: 'colReliefAmount' },
] as const;

/**
 * Relief lists: a column for each field the server sent (the village chooses them; the masked name, group, household
 * size and amount at most). Only these four are ever rendered: anything else on a row is ignored.
 */
export function renderRelief(lists: NonNullable<Detail['reliefLists']>, t: Words): TemplateResult {
  return html`<section class="relief" part="relief" aria-label=${t.t('relief')}>
    <h3>${t.t('relief')}</h3>
    <p class="muted">${t.t('reliefNote')}</p>
    ${lists.map((list) => {
      const shown = reliefColumns.filter(({ field }) => list.recipients.some((one) => one[field] !== undefined));
      return dataTable({
        part: 'relief-table',
        label: list.program,
        caption: `${list.program}（${t.date(list.period.from)} – ${t.date(list.period.to)}）`,
        columns: shown.map(({ field, label }) => ({ label: t.t(label), amount: field === 'amount' })),
        body: html`<tbody>
            ${list.recipients.map(
              (one) =>
                html`<tr>
                  ${shown.map(({ field }) => {
                    const value = one[field];
                    if (field === 'amount') return html`<td class="amount">${value === undefined ? '' : yuan(Number(value))}</td>`;
                    return html`<td>${value ?? ''}</td>`;
                  })}
                </tr>`,
            )}
          </tbody>
          <tfoot>
            ${sumRow(t.t('reliefTotal'), list.total, Math.max(shown.length - 1, 1))}
          </tfoot>`,
      });
    })}
  </section>`;
}

/** The compliance report; a met or late obligation links to the item that met it (`open` shows it in the board). */
export function renderCompliance(
  report: Compliance,
  categories: Parameters<typeof categoryLabel>[1],
  t: Words,
  locale: Locale,
  open: (itemId: string) => void,
): TemplateResult {
  const s = report.summary;
  const alarms = report.mandateAlarms ?? [];
  return html`<section class="compliance" part="compliance" aria-label=${t.t('compliance')}>
    <h2 class="section-title">${t.t('compliance')}</h2>
    <p class="muted">${t.t('asOf', t.date(report.asOf))}</p>
    <p class=${s.onSchedule ? 'ok' : 'warning'} part="compliance-summary">
      ${s.onSchedule ? t.t('onSchedule') : t.t('notOnSchedule')} ${t.t('summaryCounts', s.met, s.late, s.overdue, s.upcoming)}
    </p>
    ${alarms.length > 0 ? renderMandateSummary(alarms.length, t) : nothing}
    ${
      report.obligations.length === 0
        ? html`<p>${t.t('noObligations')}</p>`
        : dataTable({
            part: 'compliance-table',
            label: t.t('compliance'),
            caption: t.t('compliance'),
            captionHidden: true,
            columns: [
              { label: t.t('colObligation') },
              { label: t.t('colCadence') },
              { label: t.t('colPeriod') },
              { label: t.t('colDue') },
              { label: t.t('colStatus') },
              { label: t.t('colDisclosed') },
            ],
            body: html`<tbody>
              ${report.obligations.map((one) => {
                const label = categoryLabel(one.category, categories, locale);
                const itemId = one.itemId;
                let disclosed: TemplateResult | string;
                if (one.disclosedOn === null) disclosed = t.t('notDisclosed');
                else if (itemId === null) disclosed = t.date(one.disclosedOn, 'short');
                else
                  disclosed = html`<button
                    type="button"
                    class="open-link"
                    part="obligation-item"
                    data-item=${itemId}
                    aria-label=${t.t('openDisclosed', label, t.date(one.disclosedOn, 'short'))}
                    @click=${() => {
                      open(itemId);
                    }}
                  >
                    ${t.date(one.disclosedOn, 'short')}
                  </button>`;
                return html`<tr class=${`ob-${one.status}`}>
                  <th scope="row">${label}</th>
                  <td>${t.t(`cadence_${one.cadence}`)}</td>
                  <td>${t.date(one.period.from, 'short')} – ${t.date(one.period.to, 'short')}</td>
                  <td>${t.date(one.dueDate, 'short')}</td>
                  <td>
                    <span class=${`ob-status ${one.status}`} part="obligation-status">${t.t(`ob_${one.status}`)}</span
                    >${one.daysLate > 0 ? html` <span class="muted">${t.t('daysLate', one.daysLate)}</span>` : nothing}
                  </td>
                  <td>${disclosed}</td>
                </tr>`;
              })}
            </tbody>`,
          })
    }
    ${alarms.length > 0 ? renderMandateAlarms(alarms, t, open) : nothing}
  </section>`;
}

/**
 * "On schedule" speaks of timeliness only: spending without a valid decision is said beside it, at the top, with a
 * button to the list below (a long timeliness table must not hide it).
 */
function renderMandateSummary(count: number, t: Words): TemplateResult {
  return html`<p class="warning" part="compliance-mandate">
    ${t.t('mandateSummary', count)}
    <button
      type="button"
      class="open-link"
      @click=${(event: Event) => {
        const root = (event.currentTarget as Element).getRootNode() as ParentNode;
        const title = root.querySelector<HTMLElement>('#sz-mandate-title');
        title?.scrollIntoView({ block: 'start' });
        title?.focus();
      }}
    >
      ${t.t('mandateShow')}
    </button>
  </p>`;
}

/** ★ Spending without a valid decision behind it, on published statements: each line opens its statement. */
function renderMandateAlarms(alarms: NonNullable<Compliance['mandateAlarms']>, t: Words, open: (itemId: string) => void): TemplateResult {
  return html`<section class="mandate" part="mandate-alarms" aria-labelledby="sz-mandate-title">
    <h3 id="sz-mandate-title" class="warning" tabindex="-1">${t.t('mandateTitle', alarms.length)}</h3>
    <p class="muted">${t.t('mandateNote')}</p>
    <ul>
      ${alarms.map(
        (alarm) =>
          html`<li part="mandate-alarm">
            <button
              type="button"
              class="open-link"
              @click=${() => {
                open(alarm.itemId);
              }}
            >
              ${t.date(alarm.date, 'short')} · ${alarm.description} · ¥${yuan(alarm.amount)} · ${t.t('voucher', alarm.voucher)}
            </button>
            <ul>
              ${alarm.issues.map((one) => html`<li>${one.message}</li>`)}
            </ul>
          </li>`,
      )}
    </ul>
  </section>`;
}
