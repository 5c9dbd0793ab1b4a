import { todayInShanghai } from '@shanzhi/rules';
import { getSupermarketReconciliation, type Client, type RouteOutput } from '@shanzhi/sdk/browser';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { deniedOnRefusal, type StaffView } from '../internal/denied.js';
import { RemoteData } from '../internal/remote-data.js';
import { loadingState } from '../internal/states.js';
import { WidgetPart, type PartBasics } from '../internal/widget-part.js';
import { reconciliationMessages } from './reconciliation-messages.js';
import { reconciliationStyles } from './reconciliation-styles.js';

export type Reconciliation = RouteOutput<typeof getSupermarketReconciliation>;
type Line = Reconciliation['lines'][number];

export interface ReconciliationOptions extends PartBasics {
  /** The server's today (the shelf's `asOf`), whose month the reconciliation opens on; the browser's until it is known. */
  readonly today: () => string | undefined;
  /** The server's today is on its way (the shelf is loading): the first month waits for it, not the browser's clock. */
  readonly waiting: () => boolean;
  /** False when the widget knows it has no credentials: the staff-only words at once, no refused request. */
  readonly mayRead: () => boolean;
  /** What the widget says to a token that may not read the reconciliation (the route admits the supervisor and cadres). */
  readonly staffOnly: () => TemplateResult;
}

/** What the read gave: the reconciliation, or that the token may not read it. */
type Answer = StaffView<{ readonly reconciliation: Reconciliation }>;

/** A month key as the route takes it (contract: monthKeySchema). */
const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The 村务监督委员会's monthly reconciliation of the 爱心超市 (getSupermarketReconciliation, supervisor and cadres):
 * for a month picked by the supervisor, each goods' opening stock + restocks + donations − redemptions against the
 * recorded closing stock, and the points on the month's receipts against the points the ledger took; every
 * difference is marked in words and colour, with the server's findings. A chunk of its own, loaded only by
 * `mode="reconciliation"`; it prints on its own (print styles), for the committee's file.
 */
export class SupermarketReconciliation extends WidgetPart<ReconciliationOptions> {
  private readonly t = this.localize(reconciliationMessages, reconciliationStyles);
  /** The month typed or picked, not yet shown. */
  private typed: string | undefined;
  /** The month shown; until one is chosen, the month of the server's today. */
  private chosen: string | undefined;
  private monthIssue = '';

  private readonly data: RemoteData<Answer, readonly [Client, string, string]>;

  constructor(host: ReactiveControllerHost, options: ReconciliationOptions) {
    super(host, options);
    this.data = new RemoteData(host, {
      common: options.common,
      args: () => {
        const place = this.place;
        if (!place || !options.mayRead() || (this.chosen === undefined && options.waiting())) return undefined;
        return [...place, this.month] as const;
      },
      load: ([client, villageId, month], signal): Promise<Answer> =>
        client
          .request(getSupermarketReconciliation, { params: { villageId, month } }, { signal })
          .then(({ data }) => ({ denied: false as const, reconciliation: data }), deniedOnRefusal),
      onReady: (answer, [, , month]) => {
        if (!answer.denied) options.announce(this.t.t('loaded', month));
      },
    });
  }

  private get month(): string {
    return this.chosen ?? (this.options.today() ?? todayInShanghai()).slice(0, 7);
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const month = (this.typed ?? this.month).trim();
    if (!monthPattern.test(month)) {
      this.monthIssue = this.t.t('monthInvalid');
      this.updateAndFocus('#reconciliation-month');
      return;
    }
    this.monthIssue = '';
    this.chosen = month;
    this.typed = undefined;
    this.update();
  };

  render(): TemplateResult {
    return html`<div class="reconciliation" part="reconciliation">
      <h3 id="reconciliation-title">${this.t.t('heading')}</h3>
      ${this.renderMonthForm()}
      ${this.data.render({
        ready: (answer) => (answer.denied ? this.options.staffOnly() : this.renderReconciliation(answer.reconciliation)),
        skeletonRows: 4,
        idle: () => (this.options.mayRead() ? loadingState(this.options.common, 4) : this.options.staffOnly()),
      })}
    </div>`;
  }

  private renderMonthForm(): TemplateResult {
    const invalid = this.monthIssue !== '';
    return html`<form class="month-form no-print" part="month-form" novalidate @submit=${this.onSubmit}>
      <div class=${invalid ? 'field invalid' : 'field'}>
        <label for="reconciliation-month">${this.t.t('month')}</label>
        <input
          id="reconciliation-month"
          type="month"
          min="2000-01"
          aria-describedby="reconciliation-month-hint reconciliation-month-error"
          aria-invalid=${invalid ? 'true' : 'false'}
          .value=${live(this.typed ?? this.month)}
          @input=${(event: Event) => {
            this.typed = (event.target as HTMLInputElement).value;
          }}
        />
        <p class="hint" id="reconciliation-month-hint">${this.t.t('monthHint')}</p>
        <p class="field-error" id="reconciliation-month-error">${this.monthIssue}</p>
      </div>
      <button type="submit" class="primary">${this.t.t('show')}</button>
      <button
        type="button"
        part="print"
        @click=${() => {
          window.print();
        }}
      >
        ${this.t.t('print')}
      </button>
    </form>`;
  }

  private renderReconciliation(reconciliation: Reconciliation): TemplateResult {
    const differences =
      reconciliation.lines.filter((line) => !line.balanced).length + (reconciliation.receiptPoints === reconciliation.ledgerPoints ? 0 : 1);
    const pointsOff = reconciliation.receiptPoints - reconciliation.ledgerPoints;
    return html`<p class=${reconciliation.balanced ? 'verdict' : 'verdict off'} part="verdict">
        ${
          reconciliation.balanced
            ? this.t.t('balanced', reconciliation.month)
            : this.t.t('unbalanced', reconciliation.month, Math.max(1, differences))
        }
      </p>
      ${
        reconciliation.lines.length === 0
          ? html`<p class="muted">${this.t.t('noMoves')}</p>`
          : html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="stock-caption">
              <table part="stock">
                <caption id="stock-caption">
                  ${this.t.t('stock')}
                </caption>
                <thead>
                  <tr>
                    ${[
                      this.t.t('goods'),
                      this.t.t('opening'),
                      this.t.t('restocked'),
                      this.t.t('donated'),
                      this.t.t('redeemed'),
                      this.t.t('expected'),
                      this.t.t('recorded'),
                      this.t.t('difference'),
                      this.t.t('check'),
                    ].map((words) => html`<th scope="col">${words}</th>`)}
                  </tr>
                </thead>
                <tbody>
                  ${repeat(
                    reconciliation.lines,
                    (line) => line.goodsId,
                    (line) => this.renderLine(line),
                  )}
                </tbody>
              </table>
            </div>`
      }
      <table part="points">
        <caption>
          ${this.t.t('points')}
        </caption>
        <tbody>
          <tr>
            <th scope="row">${this.t.t('receiptPoints')}</th>
            <td>${reconciliation.receiptPoints}</td>
          </tr>
          <tr>
            <th scope="row">${this.t.t('ledgerPoints')}</th>
            <td>${reconciliation.ledgerPoints}</td>
          </tr>
          <tr class=${pointsOff === 0 ? '' : 'mismatch'}>
            <th scope="row">${this.t.t('pointsDifference')}</th>
            <td>${pointsOff === 0 ? '0' : html`${signed(pointsOff)} (${this.t.t('mismatch')})`}</td>
          </tr>
          <tr>
            <th scope="row">${this.t.t('redemptions')}</th>
            <td>${reconciliation.redemptions}</td>
          </tr>
        </tbody>
      </table>
      ${
        reconciliation.findings.length === 0
          ? nothing
          : html`<h4>${this.t.t('findings')}</h4>
              <ul class="findings" part="findings">
                ${reconciliation.findings.map((finding) => html`<li>${finding.message}</li>`)}
              </ul>`
      }`;
  }

  private renderLine(line: Line): TemplateResult {
    const off = line.recordedClosing - line.expectedClosing;
    return html`<tr class=${line.balanced ? '' : 'mismatch'} part=${line.balanced ? 'line' : 'line mismatch'} data-goods=${line.goodsId}>
      <td>${line.name}</td>
      <td>${line.opening}</td>
      <td>${line.restocked}</td>
      <td>${line.donated}</td>
      <td>${line.redeemed}</td>
      <td>${line.expectedClosing}</td>
      <td>${line.recordedClosing}</td>
      <td>${signed(off)}</td>
      <td>${line.balanced ? this.t.t('match') : this.t.t('mismatch')}</td>
    </tr>`;
  }
}

/** A difference with its sign: +2 is two more recorded than expected. */
function signed(n: number): string {
  return n > 0 ? `+${String(n)}` : String(n);
}
