import type { getMediationDesk } from '@shanzhi/sdk/browser';
import { listMediationQueue, type RouteOutput } from '@shanzhi/sdk/browser';
import { caseStates, disputeTypes, dueKinds, mediationLevels, type CaseState, type DueKind, type MediationLevel } from '@shanzhi/rules';
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { beforeImport } from '../internal/before-import.js';
import { deskListStyles } from '../internal/desk-list-styles.js';
import { moreButton, rowList } from '../internal/desk-rows.js';
import { Localizer } from '../internal/localize.js';
import { RemoteData } from '../internal/remote-data.js';
import { describeFailure } from '../internal/states.js';
import { deniedOnRefusal, StaffDesk, type StaffArgs, type StaffView } from '../internal/staff-desk.js';
import { widgetStyles } from '../internal/widget-styles.js';
import './events.js';
import { mediationDeskMessages } from './messages.js';
import { mediationDeskStyles } from './styles.js';

export type MediationQueue = RouteOutput<typeof listMediationQueue>;
export type QueueRow = MediationQueue['items'][number];
export type DeskView = RouteOutput<typeof getMediationDesk>;

/** The queue's filters, as the route takes them (人民调解 levels, states and the kinds of due items). */
interface Filters {
  readonly state: CaseState | '';
  readonly level: MediationLevel | '';
  readonly due: DueKind | '';
  readonly overdue: boolean;
  readonly mine: boolean;
}
const noFilters: Filters = { state: '', level: '', due: '', overdue: false, mine: false };

/** The queue row as a step left the case (state, due items, team), without reading the queue again. */
function rowAfter(row: QueueRow, desk: DeskView): QueueRow {
  const { status } = desk;
  return {
    ...row,
    state: status.state,
    level: status.level,
    ...(status.acceptedOn === undefined ? {} : { acceptedOn: status.acceptedOn }),
    ...(status.concludeBy === undefined ? {} : { concludeBy: status.concludeBy }),
    mediatorIds: desk.mediators.map((one) => one.id),
    recused: desk.myTies.length > 0,
    due: desk.due,
    overdue: desk.due.some((one) => one.overdue),
  };
}

/**
 * The mediator's desk (调解员工作台; 人民调解法 Arts 17, 21–33): the cases of the mediator's village and the county's
 * unplaced intake, soonest due first — the overdue on top, said in words, not colour alone — with each case's due
 * items and its one-month limit (《人民调解工作若干规定》Art 33), filtered by state, level, kind of due item, overdue
 * or the cases the mediator works. Opening a case shows its desk (parties, sessions, the 调解协议书, reminders, 回访)
 * and the buttons of the steps the server says it accepts now (`nextSteps`): accept or refuse with the Art 17/26
 * route, assign mediators and declare ties (回避), schedule a session (the parties are notified through the server's
 * channel), record its 调解笔录, draft, print and sign the agreement, remind of 司法确认, record a 回访, escalate or
 * transfer (Art 25), close. Each form keeps what was typed and shows the server's precise problem beside it. The
 * opened case and its forms are a part of their own, loaded when a case is first opened. Mediators only: with another
 * role, or without a token, the desk says who may use it.
 *
 * @element sz-mediation-desk
 *
 * @fires sz-mediation-desk-open - A case was opened. `detail: { caseNumber }` — the case number only.
 * @fires sz-mediation-desk-change - A step was taken. `detail: { caseNumber, step, state }` — the route id of the step and the case's state after it; never a name or number.
 *
 * @csspart title - The heading.
 * @csspart intro - How the queue is ordered and the one-month limit.
 * @csspart filters - The filters (state, level, due item, overdue, mine).
 * @csspart summary - How many cases match.
 * @csspart list - The list of cases.
 * @csspart case - One case's button (opens it).
 * @csspart due - A case's due items, the overdue ones first, in words.
 * @csspart limit - A case's one-month limit.
 * @csspart more - The button that shows the next page of cases.
 * @csspart panel - The opened case: its desk, step buttons and forms (loaded when first opened).
 * @csspart steps - The buttons of the steps the case accepts now.
 * @csspart form - The open step form.
 * @csspart form-problem - Why the form's last send did not go through (the server's problem, with its request id).
 * @csspart agreement - The 调解协议书 in its print layout.
 * @csspart print - The button that prints the 调解协议书.
 * @csspart staff-only - Shown without a mediator's token.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The retry button.
 * @csspart offline - The offline state.
 * @csspart elder-controls - The 长辈版 switch, text size and read-aloud buttons.
 * @csspart attachment-files - A list of attached files (the application's files, a grid report's photos), each read and opened when asked (docs/attachments.md).
 * @csspart attachment-file - One attached file; `data-state` is `reading`, `ready`, `opening`, `open`, `gone` or `failed`.
 * @csspart attachment-open - Fetches a file's bytes with the token: 查看 a photo, 打开 a PDF.
 * @csspart attachment-thumb - An opened photo's thumbnail: opens the larger view.
 * @csspart attachment-save - An opened PDF's link that saves it.
 * @csspart attachment-retry - Reads a file again after a failure.
 * @csspart attachment-dialog - The larger view of a photo (a modal dialog; Escape closes it).
 * @csspart attachment-close - Closes the larger view.
 *
 * @cssprop --sz-color-primary - The opened case's border and the primary buttons.
 * @cssprop --sz-color-text - Text.
 * @cssprop --sz-color-text-muted - Dates and hints.
 * @cssprop --sz-color-surface - Cases.
 * @cssprop --sz-color-surface-alt - The panel and the loading skeleton.
 * @cssprop --sz-color-border - Borders.
 * @cssprop --sz-color-negative - Problems and field errors.
 * @cssprop --sz-color-warning-surface - Overdue cases, the error and offline notices.
 * @cssprop --sz-color-focus - Focus ring.
 * @cssprop --sz-font-family - Typeface.
 * @cssprop --sz-font-size-sm - Secondary lines.
 * @cssprop --sz-font-size-md - Body text.
 * @cssprop --sz-font-size-lg - The heading.
 * @cssprop --sz-space-2 - Gap between cases.
 * @cssprop --sz-radius - Corner radius.
 * @cssprop --sz-target-size - Minimum size of every control (larger in 长辈版).
 */
export class SzMediationDesk extends StaffDesk<MediationQueue> {
  static override styles = [...widgetStyles, deskListStyles, mediationDeskStyles];

  /** Not read: the queue is the mediator's village, which the server takes from their token (and the county's unplaced intake). */
  village?: string;

  @state() private filters: Filters = noFilters;
  /** Pages after the first, read with "show more". */
  @state() private later: { readonly items: readonly QueueRow[]; readonly nextCursor: string | null } | undefined;
  /** Cases a step changed since the queue was read: shown as they now are, without reading the queue again. */
  @state() private changedRows: ReadonlyMap<string, QueueRow> = new Map();

  protected readonly t = new Localizer(mediationDeskMessages, () => this.effectiveLocale);

  /** The opened case, its step forms and the 调解协议书 (their words and styles): loaded when a case is first opened. */
  private readonly panels = this.deskPanels(() => beforeImport('mediation-desk/panel').then(() => import('./panel.js')), {
    opened: (caseNumber) => void this.emit('sz-mediation-desk-open', { caseNumber }),
    failedWords: () => this.t.t('partFailed'),
    make: ({ CasePanel }, caseNumber) =>
      new CasePanel(this, {
        ...this.deskBasics(),
        caseNumber,
        today: () => this.queue()?.asOf,
        knownMediators: () => this.knownMediators(),
        changed: (step, desk) => {
          this.stepTaken(caseNumber, step, desk);
        },
      }),
  });

  /** The queue's one read; its key is the query (the filters), so a change of filter reads again. */
  protected readonly data = new RemoteData<StaffView<MediationQueue>, StaffArgs>(this, {
    common: this.common,
    args: () => (this.client && this.mayHaveCredentials ? ([this.client, JSON.stringify(queryOf(this.filters))] as const) : undefined),
    load: ([client, query], signal) =>
      client
        .request(listMediationQueue, { query: JSON.parse(query) as ReturnType<typeof queryOf> }, { signal })
        .then(({ data }) => ({ denied: false as const, ...data }), deniedOnRefusal),
    // A fresh read is the server's word on every row.
    onReady: (loaded) => {
      this.changedRows = new Map();
      this.later = undefined;
      if (!loaded.denied) this.announce(this.t.t('count', loaded.total));
    },
  });

  private queue(): MediationQueue | undefined {
    const loaded = this.data.value;
    return loaded && !loaded.denied ? loaded : undefined;
  }

  private setFilter(change: Partial<Filters>): void {
    this.filters = { ...this.filters, ...change };
    this.panels.dismiss();
  }

  private select<V extends string>(
    id: string,
    label: string,
    values: readonly V[],
    current: V | '',
    word: (value: V) => string,
    key: keyof Filters,
  ) {
    return html`<div class="filter">
      <label for=${id}>${label}</label>
      <select
        id=${id}
        @change=${(event: Event) => {
          this.setFilter({ [key]: (event.target as HTMLSelectElement).value });
        }}
      >
        <option value="" ?selected=${current === ''}>${this.t.t('any')}</option>
        ${values.map((value) => html`<option value=${value} ?selected=${value === current}>${word(value)}</option>`)}
      </select>
    </div>`;
  }

  private check(id: string, label: string, checked: boolean, key: 'overdue' | 'mine') {
    return html`<label class="check" for=${id}
      ><input
        id=${id}
        type="checkbox"
        .checked=${checked}
        @change=${(event: Event) => {
          this.setFilter({ [key]: (event.target as HTMLInputElement).checked });
        }}
      />${label}</label
    >`;
  }

  private renderFilters(): TemplateResult {
    const f = this.filters;
    return html`<fieldset class="filters" part="filters">
      <legend class="visually-hidden">${this.t.t('filters')}</legend>
      ${this.select('md-state', this.t.t('filterState'), caseStates, f.state, (one) => this.t.t(`state_${one}`), 'state')}
      ${this.select('md-level', this.t.t('filterLevel'), mediationLevels, f.level, (one) => this.t.t(`level_${one}`), 'level')}
      ${this.select('md-due', this.t.t('filterDue'), dueKinds, f.due, (one) => this.t.t(`due_${one}`), 'due')}
      ${this.check('md-overdue', this.t.t('overdueOnly'), f.overdue, 'overdue')}
      ${this.check('md-mine', this.t.t('mineOnly'), f.mine, 'mine')}
    </fieldset>`;
  }

  protected override renderDesk(queue: MediationQueue): TemplateResult {
    const rows = [...queue.items, ...(this.later?.items ?? [])].map((one) => this.changedRows.get(one.caseNumber) ?? one);
    const nextCursor = this.later ? this.later.nextCursor : queue.nextCursor;
    return html`<p class="intro" part="intro">${this.t.t('intro')}</p>
      ${this.renderFilters()}
      <p class="summary" part="summary">
        ${rows.length < queue.total ? this.t.t('shown', rows.length, queue.total) : this.t.t('count', queue.total)}
      </p>
      ${rowList(
        rows,
        { empty: this.t.t('empty'), label: this.t.t('count', queue.total) },
        (one) => one.caseNumber,
        (one) => this.renderRow(one),
      )}
      ${moreButton(nextCursor, this.t.t('more'), (cursor) => this.more(cursor))}`;
  }

  /** The next page, read with the queue's signal so a change of filters stops it. */
  private async more(cursor: string): Promise<void> {
    const client = this.client;
    if (!client) return;
    try {
      const { data } = await client.request(
        listMediationQueue,
        { query: { ...queryOf(this.filters), cursor } },
        { signal: this.data.signal },
      );
      this.later = { items: [...(this.later?.items ?? []), ...data.items], nextCursor: data.nextCursor };
    } catch (error) {
      this.announce(describeFailure(error, this.common).message);
    }
  }

  /** Each due item in words (overdue ones first, then by day), not colour alone. */
  private dueWords(row: QueueRow): TemplateResult {
    if (row.due.length === 0) return html`<span class="due" part="due">${this.t.t('noneDue')}</span>`;
    const items = [...row.due].sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueOn < b.dueOn ? -1 : 1));
    return html`<span class="due" part="due"
      >${items.map((one, index) => {
        const what = this.t.t(`due_${one.kind}`);
        const day = this.t.date(one.dueOn, 'short');
        return html`${index > 0 ? '；' : ''}<span class=${one.overdue ? 'late' : ''}
            >${one.overdue ? this.t.t('overdueOn', what, day) : this.t.t('dueOn', what, day)}</span
          >`;
      })}</span
    >`;
  }

  private renderRow(row: QueueRow): TemplateResult {
    const type = disputeTypeWord(row.disputeType, this.effectiveLocale);
    return html`<li class=${`row${row.overdue ? ' overdue' : ''}`} data-case=${row.caseNumber}>
      ${this.panels.opener(
        row.caseNumber,
        { part: 'case', className: 'open' },
        html`<span class="head"
            ><span class="number">${row.displayCaseNumber}</span> · ${type} ·
            <span class="state">${this.t.t(`state_${row.state}`)}</span></span
          >
          ${this.dueWords(row)}
          <span class="meta">
            ${this.t.t('levelOf', this.t.t(`level_${row.level}`))} · ${this.t.t('submittedOn', this.t.date(row.submittedOn, 'short'))}
            ${row.concludeBy ? html` · <span part="limit">${this.t.t('concludeBy', this.t.date(row.concludeBy, 'short'))}</span>` : nothing}
            ${row.urgency === 'urgent' || row.urgency === 'priority' ? html` · <strong>${this.t.t(row.urgency)}</strong>` : nothing}
            ${row.assignedToMe ? html` · ${this.t.t('mine')}` : nothing} ${row.recused ? html` · ${this.t.t('recused')}` : nothing}
          </span>`,
      )}
      ${this.panels.slot(row.caseNumber)}
    </li>`;
  }

  /** Mediator ids the queue names (the assignment form offers them, with the names the opened case knows). */
  private knownMediators(): string[] {
    const rows = [...(this.queue()?.items ?? []), ...(this.later?.items ?? []), ...this.changedRows.values()];
    return [...new Set(rows.flatMap((one) => one.mediatorIds))].sort();
  }

  /** A step went through: the event (codes only), and the case's row as it now is. */
  private stepTaken(caseNumber: string, step: string, desk: DeskView): void {
    this.emit('sz-mediation-desk-change', { caseNumber, step, state: desk.status.state });
    const row =
      this.changedRows.get(caseNumber) ??
      [...(this.queue()?.items ?? []), ...(this.later?.items ?? [])].find((one) => one.caseNumber === caseNumber);
    if (row) this.changedRows = new Map([...this.changedRows, [caseNumber, rowAfter(row, desk)]]);
  }
}

/** The route's query for the filters (only those set). */
function queryOf(filters: Filters) {
  const { state: caseState, level, due, overdue, mine } = filters;
  return {
    ...(caseState === '' ? {} : { state: caseState }),
    ...(level === '' ? {} : { level }),
    ...(due === '' ? {} : { due }),
    ...(overdue ? { overdue: 'true' } : {}),
    ...(mine ? { mine: 'true' } : {}),
  };
}

/** The dispute type in the widget's language (the rules' own list, zh-CN and en). */
function disputeTypeWord(code: string, locale: string): string {
  const found = disputeTypes.find((one) => one.code === code);
  if (!found) return code;
  return locale === 'en' ? found.en : found['zh-CN'];
}
