import { addDays, noticeEndsOn, type Locale, type PointsCatalogue, type PointsSettings } from '@shanzhi/rules';
import { getHouseholdPoints, ProblemError, type Client, type HouseholdPoints, type LeaderboardRow } from '@shanzhi/sdk/browser';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { commonMessages } from '../internal/common-messages.js';
import { addLateStyles } from '../internal/late-styles.js';
import { Localizer } from '../internal/localize.js';
import { describeFailure, errorState, loadingState, type LoadFailure } from '../internal/states.js';
import { detailMessages } from './detail-messages.js';
import { detailStyles } from './detail-styles.js';

type Entry = HouseholdPoints['entries'][number];

export interface PointsScheme {
  readonly catalogue: PointsCatalogue;
  readonly settings: PointsSettings;
}

export interface DetailOptions {
  /** The widget's render root (its shadow root): the dialog renders there, and its styles are adopted there. */
  readonly root: () => HTMLElement | DocumentFragment;
  readonly locale: () => Locale;
  readonly client: () => Client | undefined;
  /** False when the widget knows it has no credentials: the ledger is then not even asked for. */
  readonly mayRead: () => boolean;
  readonly scheme: () => PointsScheme | undefined;
  /** Puts keyboard focus back on the row at `index` (scrolling a virtualized list so the row exists). */
  readonly returnFocus: (index: number) => void;
}

interface OpenDetail {
  readonly row: LeaderboardRow;
  readonly index: number;
  readonly villageId: string;
  phase: 'loading' | 'ready' | 'denied' | 'error';
  data?: HouseholdPoints;
  failure?: LoadFailure;
}

/** Actions whose actor reviewed the entry: the first review and the second review that sends it to public notice. */
const reviewActions = new Set(['passFirstReview', 'publicize']);

/**
 * The household detail dialog: the effective ledger and the redemptions. A chunk of its own (with its words and
 * styles), loaded after the board's first paint: most visitors read the board and never open a household. The route
 * is for the household itself and the village's staff (a token); anyone else is told so plainly rather than shown an
 * error. The name in the heading is the board's (masked unless the household consented), never the fuller name a
 * staff token may get.
 */
export class HouseholdDetail implements ReactiveController {
  private current: OpenDetail | undefined;
  private abort: AbortController | undefined;
  private readonly t: Localizer<(typeof detailMessages)['zh-CN']>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DetailOptions,
    private readonly common: Localizer<(typeof commonMessages)['zh-CN']>,
  ) {
    this.t = new Localizer(detailMessages, options.locale);
    addLateStyles(options.root(), detailStyles);
    host.addController(this);
  }

  get isOpen(): boolean {
    return this.current !== undefined;
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.dialog?.close();
    this.current = undefined;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.options.root().querySelector('dialog.detail');
  }

  async open(row: LeaderboardRow, index: number, villageId: string): Promise<void> {
    this.abort?.abort();
    this.current = { row, index, villageId, phase: this.options.mayRead() ? 'loading' : 'denied' };
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog;
    if (dialog && !dialog.open) dialog.showModal();
    if (this.current.phase === 'loading') await this.load();
  }

  close(): void {
    this.dialog?.close();
  }

  private readonly onClose = (): void => {
    const closed = this.current;
    this.abort?.abort();
    this.current = undefined;
    this.host.requestUpdate();
    if (closed) this.options.returnFocus(closed.index);
  };

  private readonly onCloseClick = (): void => {
    this.close();
  };

  private readonly retry = (): void => {
    void this.load();
  };

  private async load(): Promise<void> {
    const current = this.current;
    const client = this.options.client();
    if (!current) return;
    if (!client) {
      current.phase = 'denied';
      this.host.requestUpdate();
      return;
    }
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    current.phase = 'loading';
    this.host.requestUpdate();
    try {
      const result = await client.request(
        getHouseholdPoints,
        { params: { villageId: current.villageId, householdId: current.row.householdId } },
        { signal: abort.signal },
      );
      if (abort.signal.aborted) return;
      current.data = result.data;
      current.phase = 'ready';
    } catch (error) {
      if (abort.signal.aborted) return;
      if (error instanceof ProblemError && (error.status === 401 || error.status === 403)) current.phase = 'denied';
      else {
        current.phase = 'error';
        current.failure = describeFailure(error, this.common);
      }
    }
    this.host.requestUpdate();
  }

  private ruleLabel(code: string): string {
    const rule = this.options.scheme()?.catalogue.rules.find((one) => one.code === code);
    if (!rule) return code;
    return this.t.lang === 'en' ? (rule.label.en ?? rule.label['zh-CN']) : rule.label['zh-CN'];
  }

  private reviewers(entry: Entry): string {
    const ids = entry.history.filter((step) => reviewActions.has(step.action)).map((step) => step.actorId);
    return ids.length > 0 ? [...new Set(ids)].join(' / ') : '—';
  }

  private notice(entry: Entry): string {
    const started = entry.noticeStartedOn;
    if (started === undefined) return '—';
    const settings = this.options.scheme()?.settings;
    // The notice runs `noticeDays` calendar days; noticeEndsOn is the first day the entry may take effect.
    const last = settings ? addDays(noticeEndsOn(started, settings), -1) : entry.effectiveOn;
    return last === undefined ? this.t.date(started) : this.t.t('noticeRange', this.t.date(started), this.t.date(last));
  }

  private renderLedger(data: HouseholdPoints): TemplateResult {
    const t = this.t;
    const entries = data.entries.filter((entry) => entry.status === 'effective').sort((a, b) => newestFirst(a.occurredOn, b.occurredOn));
    const redemptions = [...data.redemptions].sort((a, b) => newestFirst(a.date, b.date));
    return html`<p class="balance" part="detail-balance">
        ${t.t('balance', t.number(data.balance.total), t.number(data.balance.redeemable))}
      </p>
      ${detailTable({
        id: 'ledger',
        title: t.t('ledger'),
        empty: t.t('noEntries'),
        columns: [
          { label: t.t('ledgerDate') },
          { label: t.t('ledgerRule') },
          { label: t.t('ledgerPoints'), num: true },
          { label: t.t('ledgerReviewer') },
          { label: t.t('ledgerNotice') },
        ],
        rows: entries.map(
          (entry) =>
            html`<tr>
              <td>${t.date(entry.occurredOn)}</td>
              <td>${this.ruleLabel(entry.ruleCode)}</td>
              <td class="num ${entry.points < 0 ? 'negative' : 'positive'}">${entry.points > 0 ? '+' : ''}${t.number(entry.points)}</td>
              <td>${this.reviewers(entry)}</td>
              <td>${this.notice(entry)}</td>
            </tr>`,
        ),
      })}
      ${detailTable({
        id: 'redemptions',
        title: t.t('redemptions'),
        empty: t.t('noRedemptions'),
        columns: [{ label: t.t('redemptionDate') }, { label: t.t('redemptionKind') }, { label: t.t('redemptionPoints'), num: true }],
        rows: redemptions.map(
          (one) =>
            html`<tr>
              <td>${t.date(one.date)}</td>
              <td>${one.kind === 'vouchers' ? t.t('kindVouchers') : t.t('kindGoods')}</td>
              <td class="num">${t.number(one.points)}</td>
            </tr>`,
        ),
      })}`;
  }

  private renderBody(current: OpenDetail): TemplateResult {
    switch (current.phase) {
      case 'loading':
        return loadingState(this.common, 3);
      case 'denied':
        return html`<p class="denied" part="detail-denied" role="status">${this.t.t('detailDenied')}</p>`;
      case 'error':
        return errorState(this.common, current.failure ?? { message: this.common.t('unexpected'), requestId: undefined }, this.retry);
      case 'ready':
        return current.data ? this.renderLedger(current.data) : html``;
    }
  }

  render(): TemplateResult {
    const current = this.current;
    return html`<dialog class="detail" part="detail" aria-labelledby="detail-title" @close=${this.onClose}>
      ${
        current
          ? html`<div class="detail-head">
                <h2 id="detail-title" part="detail-title">${this.t.t('detailTitle', current.row.name)}</h2>
                <button type="button" class="close" part="detail-close" aria-label=${this.common.t('close')} @click=${this.onCloseClick}>
                  <span aria-hidden="true">×</span>
                </button>
              </div>
              <p class="detail-number">${this.t.t('householdNumber', current.row.householdNumber)}</p>
              <div class="detail-body" aria-live="polite" aria-busy=${current.phase === 'loading' ? 'true' : 'false'}>
                ${this.renderBody(current)}
              </div>`
          : nothing
      }
    </dialog>`;
  }
}

/** Sorts ISO dates (or date-times) newest first. */
function newestFirst(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

interface DetailTable {
  /** Names the section's heading (`${id}-title`) and the table's part. */
  readonly id: 'ledger' | 'redemptions';
  readonly title: string;
  /** Shown instead of the table when there are no rows. */
  readonly empty: string;
  readonly columns: readonly { readonly label: string; readonly num?: boolean }[];
  readonly rows: readonly TemplateResult[];
}

/** A titled section of the detail with one table, or a line saying there is nothing to show. */
function detailTable({ id, title, empty, columns, rows }: DetailTable): TemplateResult {
  return html`<section aria-labelledby="${id}-title">
    <h3 id="${id}-title">${title}</h3>
    ${
      rows.length === 0
        ? html`<p>${empty}</p>`
        : html`<div class="table-scroll">
            <table part=${id}>
              <thead>
                <tr>
                  ${columns.map((column) => html`<th scope="col" class=${column.num ? 'num' : nothing}>${column.label}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${rows}
              </tbody>
            </table>
          </div>`
    }
  </section>`;
}
