import { getRequestRatings, listServiceRequests, type RouteInput, type RouteOutput } from '@shanzhi/sdk/browser';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { beforeImport } from '../internal/before-import.js';
import { deskDueStyles, deskListStyles } from '../internal/desk-list-styles.js';
import { moreButton, rowList } from '../internal/desk-rows.js';
import { elderControlsStyles } from '../internal/elder-controls-styles.js';
import { filterBarStyles } from '../internal/filter-bar-styles.js';
import { Localizer } from '../internal/localize.js';
import { RemoteData } from '../internal/remote-data.js';
import { StaffDesk } from '../internal/staff-desk.js';
import { widgetStyles } from '../internal/widget-styles.js';
import './events.js';
import { requestDeskMessages } from './messages.js';
import { ownerWords } from './owner-words.js';
import { requestDeskStyles } from './styles.js';

export type RequestList = RouteOutput<typeof listServiceRequests>;
export type RequestRow = RequestList['items'][number];
type Ratings = RouteOutput<typeof getRequestRatings>;
type Aggregate = Ratings['village'];
type Query = NonNullable<RouteInput<typeof listServiceRequests>['query']>;
type Words = Localizer<(typeof requestDeskMessages)['zh-CN']>;

/** The filters as chosen: '' is "all". */
interface Filters {
  readonly kind: '' | 'proxy' | 'order';
  readonly state: '' | 'open' | 'done' | 'closed';
  readonly followUp: '' | 'open' | 'answered';
  readonly mine: boolean;
  readonly overdue: boolean;
}
const allRequests: Filters = { kind: '', state: '', followUp: '', mine: false, overdue: false };

function queryOf(filters: Filters, cursor?: string): Query {
  return {
    ...(filters.kind === '' ? {} : { kind: filters.kind }),
    ...(filters.state === '' ? {} : { state: filters.state }),
    ...(filters.followUp === '' ? {} : { followUp: filters.followUp }),
    ...(filters.mine ? { mine: true } : {}),
    ...(filters.overdue ? { overdue: true } : {}),
    ...(cursor === undefined ? {} : { cursor }),
  };
}

/**
 * The village's desk for 代办 (村级代办, seed 003) and 点单 (seed 002: 群众点单—协商定单—村委派单—干部埋单—群众评单)
 * requests: every request with its next step, who owns it and its working-day deadline — overdue on top, flagged in
 * words, not colour alone — filtered by kind, state, bad-rating follow-up, "mine" and overdue. Opening a request shows
 * its steps (owner, deadline, date, who, note, attachments), the applicant's number to call back, the notes, the rating
 * and its follow-up; the owner of the next step completes it with a note and attachments (派单 names who does the
 * work), any staff member adds a note, and the supervisory committee (`view="supervisor"`) answers a bad rating's
 * follow-up (国办发〔2019〕51号: every 差评 checked, put right and answered). The village's published rating
 * aggregates (never a rater) close the desk. A refused step (out of order, not the owner) shows the server's words by
 * the form, with what was typed kept. The panel is a chunk of its own, loaded when a request is first opened.
 *
 * @element sz-request-desk
 *
 * @fires sz-request-desk-open - A request was opened. `detail: { requestId }` — an id only.
 * @fires sz-request-desk-advance - A step was completed. `detail: { requestId, step }` — the step's code, never the note.
 * @fires sz-request-desk-note - A note was added. `detail: { requestId }`.
 * @fires sz-request-desk-follow-up - The supervisory committee answered a bad rating. `detail: { requestId }`.
 *
 * @csspart title - The heading.
 * @csspart filters - The filter bar.
 * @csspart summary - The counts: all, overdue, bad ratings waiting.
 * @csspart list - The list of requests.
 * @csspart request - One request's button (opens it).
 * @csspart due - A request's deadline words (overdue, working days left, closed).
 * @csspart more - The "show more" button of a long list.
 * @csspart panel - The opened request.
 * @csspart steps - Its steps, in order.
 * @csspart contact - The applicant's number to call back (cadre, grid worker; the supervisor while a follow-up waits).
 * @csspart advance-form - The form that completes the next step.
 * @csspart note-form - The form that adds a note.
 * @csspart follow-up-form - The supervisory committee's answer to a bad rating.
 * @csspart form-problem - The server's refusal of a form, by its button.
 * @csspart attachments - A form's file field.
 * @csspart attachment-files - A list of attached files (a step's or a note's), each read and opened when asked (docs/attachments.md).
 * @csspart attachment-file - One attached file; `data-state` is `reading`, `ready`, `opening`, `open`, `gone` or `failed`.
 * @csspart attachment-open - Fetches a file's bytes with the token: 查看 a photo, 打开 a PDF.
 * @csspart attachment-thumb - An opened photo's thumbnail: opens the larger view.
 * @csspart attachment-save - An opened PDF's link that saves it.
 * @csspart attachment-retry - Reads an attached file again after a failure (in a form's file field: uploads a failed file again).
 * @csspart attachment-dialog - The larger view of a photo (a modal dialog; Escape closes it).
 * @csspart attachment-close - Closes the larger view.
 * @csspart ratings - The published rating aggregates.
 * @csspart staff-only - Shown without a staff token.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The retry button.
 * @csspart offline - The offline state.
 * @csspart elder-controls - The 长辈版 switch, text size and read-aloud buttons.
 *
 * @cssprop --sz-color-primary - The opened request's border, the next step and the primary buttons.
 * @cssprop --sz-color-text - Text.
 * @cssprop --sz-color-text-muted - Dates, hints and steps not reached.
 * @cssprop --sz-color-surface - Requests.
 * @cssprop --sz-color-surface-alt - The panel.
 * @cssprop --sz-color-border - Request borders.
 * @cssprop --sz-color-warning-surface - Overdue requests, the error and offline notices.
 * @cssprop --sz-color-focus - Focus ring.
 * @cssprop --sz-font-family - Typeface.
 * @cssprop --sz-font-size-md - Body text.
 * @cssprop --sz-font-size-lg - The heading.
 * @cssprop --sz-space-2 - Gap between requests.
 * @cssprop --sz-radius - Corner radius.
 * @cssprop --sz-target-size - Minimum size of every button and field (larger in 长辈版).
 */
export class SzRequestDesk extends StaffDesk<RequestList> {
  static override styles = [...widgetStyles, elderControlsStyles, deskListStyles, deskDueStyles, filterBarStyles, requestDeskStyles];

  /** The village whose requests these are; falls back to the provider's `village`. The server admits only its own staff. */
  @property() village?: string;
  /**
   * `staff` (cadre, grid worker) works the steps; `supervisor` (村务监督委员会) follows every request, adds notes and
   * answers bad ratings' follow-ups. The server decides in the end: it refuses a step to anyone but its owner.
   */
  @property() view: 'staff' | 'supervisor' = 'staff';

  @state() private filters: Filters = allRequests;
  /** Requests changed here since the list was read: shown as they now are, without reading it again. */
  @state() private changedRows: ReadonlyMap<string, RequestRow> = new Map();
  /** Later pages of the list (cursor paging), and the cursor of the next one. */
  @state() private morePages: { readonly items: readonly RequestRow[]; readonly nextCursor: string | null } | undefined;

  protected readonly t: Words = new Localizer(requestDeskMessages, () => this.effectiveLocale);

  /**
   * The opened request's panel below its row (one request, its step, note and follow-up forms, their words and
   * styles): loaded when a request is first opened.
   */
  private readonly panels = this.deskPanels(() => beforeImport('request-desk/panel').then(() => import('./panel.js')), {
    opened: (requestId) => {
      this.emit('sz-request-desk-open', { requestId });
    },
    make: ({ RequestPanel }, requestId) =>
      new RequestPanel(this, {
        ...this.deskBasics(),
        requestId,
        supervisor: this.view === 'supervisor',
        changed: (kind, detail, step) => {
          if (kind === 'advance') this.emit('sz-request-desk-advance', { requestId: detail.id, step: step ?? '' });
          else if (kind === 'note') this.emit('sz-request-desk-note', { requestId: detail.id });
          else this.emit('sz-request-desk-follow-up', { requestId: detail.id });
          // The row shows the request as it now is; the panel stays open on it.
          this.changedRows = new Map([...this.changedRows, [detail.id, detail]]);
        },
      }),
  });

  protected readonly data = this.staffRead({
    load: (client, villageId, signal) =>
      client
        .request(listServiceRequests, { params: { villageId }, query: queryOf(this.filters) }, { signal })
        .then((result) => result.data),
    onReady: () => {
      this.changedRows = new Map();
      this.morePages = undefined;
    },
  });

  /** The published aggregates: a public read, shown to staff as the villagers see them. */
  private readonly ratings = new RemoteData(this, {
    common: this.common,
    args: () => (this.client && this.villageId && this.mayHaveCredentials ? ([this.client, this.villageId] as const) : undefined),
    load: ([client, villageId], signal) => client.request(getRequestRatings, { params: { villageId } }, { signal }).then((r) => r.data),
  });

  private setFilters(change: Partial<Filters>): void {
    this.filters = { ...this.filters, ...change };
    this.panels.close();
    void this.data.run();
  }

  private async loadMore(cursor: string): Promise<void> {
    const client = this.client;
    const villageId = this.villageId;
    if (!client || !villageId) return;
    const { data } = await client.request(
      listServiceRequests,
      { params: { villageId }, query: queryOf(this.filters, cursor) },
      { signal: this.data.signal },
    );
    this.morePages = { items: [...(this.morePages?.items ?? []), ...data.items], nextCursor: data.nextCursor };
    this.announce(this.t.t('count', data.items.length));
  }

  private renderFilters(): TemplateResult {
    const t = this.t;
    const f = this.filters;
    const select = <K extends 'kind' | 'state' | 'followUp'>(
      name: K,
      label: string,
      all: string,
      options: readonly { readonly value: Filters[K]; readonly label: string }[],
    ) =>
      html`<div>
        <label for=${`rd-${name}`}>${label}</label>
        <select
          id=${`rd-${name}`}
          @change=${(event: Event) => {
            this.setFilters({ [name]: (event.target as HTMLSelectElement).value });
          }}
        >
          <option value="" ?selected=${f[name] === ''}>${all}</option>
          ${options.map((one) => html`<option value=${one.value} ?selected=${f[name] === one.value}>${one.label}</option>`)}
        </select>
      </div>`;
    const check = (name: 'mine' | 'overdue', label: string) =>
      html`<label class="check"
        ><input
          type="checkbox"
          .checked=${f[name]}
          @change=${(event: Event) => {
            this.setFilters({ [name]: (event.target as HTMLInputElement).checked });
          }}
        />${label}</label
      >`;
    return html`<div class="filters" part="filters" role="group" aria-label=${t.t('filters')}>
      ${select('kind', t.t('kind'), t.t('kindAll'), [
        { value: 'proxy', label: t.t('kind_proxy') },
        { value: 'order', label: t.t('kind_order') },
      ])}
      ${select('state', t.t('state'), t.t('stateAll'), [
        { value: 'open', label: t.t('state_open') },
        { value: 'done', label: t.t('state_done') },
        { value: 'closed', label: t.t('state_closed') },
      ])}
      ${select('followUp', t.t('followUp'), t.t('followUpAll'), [
        { value: 'open', label: t.t('followUp_open') },
        { value: 'answered', label: t.t('followUp_answered') },
      ])}
      ${check('mine', t.t('mine'))} ${check('overdue', t.t('overdueOnly'))}
    </div>`;
  }

  protected override renderDesk(list: RequestList): TemplateResult {
    const more = this.morePages;
    const rows = [...list.items, ...(more?.items ?? [])].map((one) => this.changedRows.get(one.id) ?? one);
    const nextCursor = more ? more.nextCursor : list.nextCursor;
    return html`${this.renderFilters()}
      <p class="summary" part="summary">${this.t.t('summary', list.total, list.overdue, list.openFollowUps)}</p>
      ${rowList(
        rows,
        { empty: this.t.t('empty'), label: this.t.t('count', rows.length) },
        (one) => one.id,
        (one) => this.renderRow(one),
      )}
      ${moreButton(nextCursor, this.t.t('more'), (cursor) => this.loadMore(cursor))} ${this.renderRatings()}`;
  }

  /** Overdue and days left in words (not colour alone). */
  private dueWords(one: RequestRow): string {
    const t = this.t;
    if (one.state === 'closed' || one.dueOn === null) return t.t('closed');
    const due = t.date(one.dueOn, 'short');
    if (one.overdue) return t.t('overdue', -one.workingDaysLeft, due);
    return one.workingDaysLeft === 0 ? t.t('dueToday', due) : t.t('daysLeft', one.workingDaysLeft, due);
  }

  private followUpWords(followUp: NonNullable<RequestRow['followUp']>): string {
    const due = this.t.date(followUp.dueOn, 'short');
    if (followUp.status === 'answered') return this.t.t('followUpAnswered');
    return followUp.overdue ? this.t.t('followUpOverdue', due) : this.t.t('followUpOpen', due);
  }

  private renderRow(one: RequestRow): TemplateResult {
    const t = this.t;
    const rowClass = `row${one.overdue || one.followUp?.overdue ? ' overdue' : ''}${one.state === 'closed' ? ' closed' : ''}`;
    return html`<li class=${rowClass} data-request=${one.id}>
      ${this.panels.opener(
        one.id,
        { part: 'request', className: 'open' },
        html`<span class="due" part="due">${this.dueWords(one)}</span>
          <span class="what">${t.t(`kind_${one.kind}`)} · ${one.subject.label} <span class="muted">${one.id}</span></span>
          ${one.next ? html`<span>${t.t('next', one.next.label, ownerWords(t, one.next.owner))}</span>` : nothing}
          <span class="meta">${t.t('received', t.date(one.receivedOn, 'short'), one.applicantName)}</span>
          ${
            one.rating || one.followUp
              ? html`<span class="meta"
                  >${one.rating ? t.t('rated', one.rating.grade) : ''}${one.rating && one.followUp ? ' · ' : ''}${
                    one.followUp ? this.followUpWords(one.followUp) : ''
                  }</span
                >`
              : nothing
          }`,
      )}
      ${this.panels.slot(one.id)}
    </li>`;
  }

  private aggregateWords(aggregate: Aggregate): string {
    const t = this.t;
    if (!aggregate.shown) return t.t('ratingsHidden', aggregate.minimum);
    return t.t(
      'ratingsShown',
      aggregate.count,
      t.number(aggregate.average, { minimumFractionDigits: 1 }),
      t.number(aggregate.satisfiedPercent),
    );
  }

  private renderRatings(): TemplateResult {
    const t = this.t;
    return html`<section class="ratings" part="ratings" aria-labelledby="rd-ratings-title">
      <h3 id="rd-ratings-title">${t.t('ratings')}</h3>
      ${this.ratings.render({
        skeletonRows: 2,
        ready: (ratings) =>
          html`<p class="hint">${t.t('ratingsIntro', ratings.minimum)}</p>
            <table>
              <thead>
                <tr>
                  <th scope="col">${t.t('ratingsService')}</th>
                  <th scope="col">${t.t('ratings')}</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">${t.t('ratingsVillage')}</th>
                  <td>${this.aggregateWords(ratings.village)}</td>
                </tr>
                ${ratings.services.map(
                  (one) =>
                    html`<tr>
                      <th scope="row">${t.t(`kind_${one.kind}`)} · ${one.label}</th>
                      <td>${this.aggregateWords(one.ratings)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`,
      })}
    </section>`;
  }
}
