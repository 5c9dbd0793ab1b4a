import {
  checkMeeting,
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
import { ruleText as ruleMessage } from './rule-text.js';
import { categoryLabel, classificationLabel, yuan } from './format.js';
import type { disclosureMessages } from './messages.js';

export type Words = Localizer<(typeof disclosureMessages)['zh-CN']>;
export type Detail = RouteOutput<typeof getDisclosure>;
export type Compliance = RouteOutput<typeof getDisclosureCompliance>;
interface Finding {
  readonly code: string;
  readonly message: string;
}

function lineRows(lines: readonly FinanceLine[], t: Words, locale: Locale): TemplateResult[] {
  return lines.map(
    (line) =>
      html`<tr>
        <td>${t.date(line.date, 'short')}</td>
        <td>${classificationLabel(line.classification, locale)}</td>
        <td>${line.description}</td>
        <td class="voucher">${line.voucher}</td>
        <td class="amount">${yuan(line.amount)}</td>
      </tr>`,
  );
}

/**
 * The statement as one accessible table: income and expenditure bodies, each headed by a row header, with the
 * totals as printed and the balances in the footer. The reconciliation warning comes from the server's findings,
 * or from the rules package when an older server sends none: a statement that does not add up is always flagged.
 */
/** The income or the expenditure of a statement: its heading row, its lines and its total. */
function lineGroup(side: 'income' | 'expenditure', statement: FinanceStatement, t: Words, locale: Locale): TemplateResult {
  return html`<tbody class=${side}>
    <tr class="group">
      <th scope="rowgroup" colspan="5">${t.t(side)}</th>
    </tr>
    ${lineRows(statement[side], t, locale)}
    <tr class="total">
      <th scope="row" colspan="4">${t.t(side === 'income' ? 'totalIncome' : 'totalExpenditure')}</th>
      <td class="amount">${yuan(statement.totals[side])}</td>
    </tr>
  </tbody>`;
}

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
    <div class="table-wrap" tabindex="0" role="group" aria-label=${caption}>
      <table part="finance-table">
        <caption>
          ${caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.t('colDate')}</th>
            <th scope="col">${t.t('colClassification')}</th>
            <th scope="col">${t.t('colDescription')}</th>
            <th scope="col">${t.t('colVoucher')}</th>
            <th scope="col" class="amount">${t.t('colAmount')}</th>
          </tr>
        </thead>
        <tbody>
          <tr class="opening">
            <th scope="row" colspan="4">${t.t('openingBalance')}</th>
            <td class="amount">${yuan(statement.openingBalance)}</td>
          </tr>
        </tbody>
        ${lineGroup('income', statement, t, locale)} ${lineGroup('expenditure', statement, t, locale)}
        <tfoot>
          <tr>
            <th scope="row" colspan="4">${t.t('closingBalance')}</th>
            <td class="amount">${yuan(statement.closingBalance)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
    ${
      plan.length === 0
        ? nothing
        : html`<div class="table-wrap" tabindex="0" role="group" aria-label=${t.t('planned')}>
            <table part="budget-table">
              <caption>
                ${t.t('planned')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t.t('colClassification')}</th>
                  <th scope="col" class="amount">${t.t('colPlanned')}</th>
                  <th scope="col" class="amount">${t.t('colActual')}</th>
                  <th scope="col" class="amount">${t.t('colDifference')}</th>
                </tr>
              </thead>
              <tbody>
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
              </tbody>
            </table>
          </div>`
    }
  </section>`;
}

function meetingFacts(meeting: Meeting, t: Words, locale: Locale): TemplateResult {
  const check = checkMeeting(meeting);
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
      ${trailSteps.map((step) => {
        const record = trail?.steps.find((one) => one.step === step);
        return html`<li class=${record ? 'done' : 'pending'} part="trail-step">
          <span class="step-label">${trailStepLabels[step][locale]}</span>
          ${
            record
              ? html`<span class="step-date">${t.date(record.date)}</span
                  >${record.meeting ? meetingFacts(record.meeting, t, locale) : nothing}`
              : html`<span class="step-date muted">${t.t('stepNotYet')}</span>`
          }
        </li>`;
      })}
    </ol>
    ${nextLabel === undefined ? nothing : html`<p class="next-step">${t.t('nextStep', nextLabel)}</p>`}
  </section>`;
}

/** Relief lists: only the masked name, the village group and the amount are ever rendered; other fields are ignored. */
export function renderRelief(lists: NonNullable<Detail['reliefLists']>, t: Words): TemplateResult {
  return html`<section class="relief" part="relief" aria-label=${t.t('relief')}>
    <h3>${t.t('relief')}</h3>
    <p class="muted">${t.t('reliefNote')}</p>
    ${lists.map(
      (list) =>
        html`<div class="table-wrap" tabindex="0" role="group" aria-label=${list.program}>
          <table part="relief-table">
            <caption>
              ${list.program}（${t.date(list.period.from)} – ${t.date(list.period.to)}）
            </caption>
            <thead>
              <tr>
                <th scope="col">${t.t('colName')}</th>
                <th scope="col">${t.t('colGroup')}</th>
                <th scope="col" class="amount">${t.t('colReliefAmount')}</th>
              </tr>
            </thead>
            <tbody>
              ${list.recipients.map(
                (one) =>
                  html`<tr>
                    <td>${one.name}</td>
                    <td>${one.villageGroup}</td>
                    <td class="amount">${yuan(one.amount)}</td>
                  </tr>`,
              )}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colspan="2">${t.t('reliefTotal')}</th>
                <td class="amount">${yuan(list.total)}</td>
              </tr>
            </tfoot>
          </table>
        </div>`,
    )}
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
  return html`<section class="compliance" part="compliance" aria-label=${t.t('compliance')}>
    <h2 class="section-title">${t.t('compliance')}</h2>
    <p class="muted">${t.t('asOf', t.date(report.asOf))}</p>
    <p class=${s.onSchedule ? 'ok' : 'warning'} part="compliance-summary">
      ${s.onSchedule ? t.t('onSchedule') : t.t('notOnSchedule')} ${t.t('summaryCounts', s.met, s.late, s.overdue, s.upcoming)}
    </p>
    ${
      report.obligations.length === 0
        ? html`<p>${t.t('noObligations')}</p>`
        : html`<div class="table-wrap" tabindex="0" role="group" aria-label=${t.t('compliance')}>
            <table part="compliance-table">
              <caption class="visually-hidden">
                ${t.t('compliance')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t.t('colObligation')}</th>
                  <th scope="col">${t.t('colCadence')}</th>
                  <th scope="col">${t.t('colPeriod')}</th>
                  <th scope="col">${t.t('colDue')}</th>
                  <th scope="col">${t.t('colStatus')}</th>
                  <th scope="col">${t.t('colDisclosed')}</th>
                </tr>
              </thead>
              <tbody>
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
              </tbody>
            </table>
          </div>`
    }
  </section>`;
}
