// The board's table: its rows, their keyboard, focus and screen paging. A chunk of its own (with its words and
// styles), fetched while the board's first page is on its way: a villager on a slow phone sees the filters and the
// loading rows sooner, and the table arrives with (not after) the data it shows.
import type { Locale } from '@shanzhi/rules';
import type { LeaderboardPage, LeaderboardRow } from '@shanzhi/sdk/browser';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import type { commonMessages } from '../internal/common-messages.js';
import { addLateStyles } from '../internal/late-styles.js';
import { Localizer } from '../internal/localize.js';
import { errorState, type LoadFailure } from '../internal/states.js';
import { rowsMessages, type RowsChinese } from './rows-messages.js';
import { rowsStyles } from './rows-styles.js';
import type * as VirtualRows from './virtual-rows.js';

type T = Localizer<RowsChinese>;

/** What the table reads from the board and asks of it (sz-points-leaderboard.ts). */
export interface RowsView {
  readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
  readonly locale: () => Locale;
  readonly common: Localizer<(typeof commonMessages)['zh-CN']>;
  readonly rows: () => readonly LeaderboardRow[];
  readonly meta: () => Omit<LeaderboardPage, 'items' | 'nextCursor'> | undefined;
  readonly hasMore: () => boolean;
  readonly more: () => { readonly state: 'idle' | 'loading' | 'error' | 'offline'; readonly failure: LoadFailure | undefined };
  /** Rows in the whole list, or -1 when unknown. */
  readonly knownTotal: () => number;
  readonly narrow: () => boolean;
  /** The page scrolls (a phone), not the table's own box. */
  readonly pageScroll: () => boolean;
  /** The virtualizer, when the board is long and it is in. */
  readonly virtual: () => typeof VirtualRows | undefined;
  readonly maxStars: () => number;
  readonly pageSize: () => number;
  readonly loadMore: (limit?: number) => Promise<void>;
  readonly loadAll: () => Promise<void>;
  readonly select: (index: number) => void;
  readonly speak: (text: string) => void;
}

/**
 * Whether a row shares its rank with a neighbour. The API ranks by standard competition (1, 2, 2, 4), so equal
 * ranks sit next to each other in every list; a tie split by a page boundary shows once the next page arrives.
 */
function isTied(rows: readonly LeaderboardRow[], index: number): boolean {
  const rank = rows[index]?.rank;
  return rank !== undefined && (rows[index - 1]?.rank === rank || rows[index + 1]?.rank === rank);
}

/** What the eye sees (↑3, ↓1, –, 新) and what a screen reader says. */
function movementOf(row: LeaderboardRow, t: T): { readonly shown: string; readonly spoken: string } {
  const steps = row.previousRank === null ? 0 : Math.abs(row.previousRank - row.rank);
  switch (row.movement) {
    case 'up':
      return { shown: `↑${steps}`, spoken: t.t('movementUp', steps) };
    case 'down':
      return { shown: `↓${steps}`, spoken: t.t('movementDown', steps) };
    case 'same':
      return { shown: '–', spoken: t.t('movementSame') };
    case 'new':
      return { shown: t.t('newShort'), spoken: t.t('movementNew') };
  }
}

/** The badges a villager understands; stars have their own column and unknown codes from other backends are left out. */
function badgesOf(row: LeaderboardRow, t: T): { readonly code: 'red' | 'black' | 'mentoring'; readonly label: string }[] {
  const out: { code: 'red' | 'black' | 'mentoring'; label: string }[] = [];
  if (row.badges.includes('red')) out.push({ code: 'red', label: t.t('badgeRed') });
  if (row.badges.includes('black')) out.push({ code: 'black', label: t.t('badgeBlack') });
  // 帮教: the household has a helper and a plan to leave the black list; the board says so and nothing more.
  if (row.inMentoring === true) out.push({ code: 'mentoring', label: t.t('badgeMentoring') });
  return out;
}

function rankText(rows: readonly LeaderboardRow[], index: number, rank: number, t: T): string {
  return isTied(rows, index) ? t.t('rankTied', rank) : t.t('rank', rank);
}

/** The next frame, or 50 ms when frames are not running (a page in the background). */
const nextFrame = () =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });

/** The keys that move between rows, as the ARIA grid pattern has them; Enter and Space open the household. */
const moves: Readonly<Record<string, (index: number, screen: () => number) => number>> = {
  ArrowDown: (index) => index + 1,
  ArrowUp: (index) => index - 1,
  PageDown: (index, screen) => index + screen(),
  PageUp: (index, screen) => index - screen(),
  Home: () => 0,
  End: () => Number.POSITIVE_INFINITY,
};

export class BoardRows {
  /** The one row in the tab order (roving tabindex). */
  focusIndex = 0;
  private moveSeq = 0;
  private readonly t: T;

  constructor(private readonly view: RowsView) {
    this.t = new Localizer(rowsMessages, view.locale);
    addLateStyles(view.host.renderRoot, rowsStyles);
  }

  private setFocusIndex(index: number): void {
    if (index === this.focusIndex) return;
    this.focusIndex = index;
    this.view.host.requestUpdate();
  }

  get body(): HTMLElement | null {
    return this.view.host.renderRoot.querySelector<HTMLElement>('.body');
  }

  private rowElement(index: number): HTMLElement | null {
    return this.view.host.renderRoot.querySelector<HTMLElement>(`.body [data-index="${String(index)}"]`);
  }

  /** Scrolls the row into view — through the virtualizer when it is not in the DOM — and returns it once rendered. */
  private async revealRow(index: number): Promise<HTMLElement | null> {
    let row = this.rowElement(index);
    if (row) return row;
    const body: VirtualRows.VirtualizerHostElement | null = this.body;
    const virtual = this.view.virtual();
    const virtualizer = virtual && body ? body[virtual.virtualizerRef] : undefined;
    virtualizer?.element(index)?.scrollIntoView({ block: 'nearest' });
    for (let frame = 0; frame < 30 && !row; frame++) {
      await nextFrame();
      row = this.rowElement(index);
    }
    return row;
  }

  async focusRow(index: number): Promise<void> {
    const seq = ++this.moveSeq;
    this.setFocusIndex(index);
    await this.view.host.updateComplete;
    const row = await this.revealRow(index);
    if (seq !== this.moveSeq || !row) return;
    row.focus();
  }

  /** Rows per screen for PageUp/PageDown, from the rendered row's measured height (CSS decides it, not code). */
  private rowsPerScreen(): number {
    const body = this.body;
    const row = this.rowElement(this.focusIndex) ?? body?.querySelector<HTMLElement>('[role="row"]');
    const height = row?.getBoundingClientRect().height ?? 0;
    if (!body || height <= 0) return 10;
    return Math.max(1, Math.floor((this.view.pageScroll() ? window.innerHeight : body.clientHeight) / height) - 1);
  }

  private async moveTo(target: number): Promise<void> {
    const { view } = this;
    if (target >= view.rows().length && view.hasMore()) {
      if (target === Number.POSITIVE_INFINITY) await view.loadAll();
      else await view.loadMore(Math.max(view.pageSize(), target - view.rows().length + 1));
    }
    const count = view.rows().length;
    if (count === 0) return;
    const index = Math.min(count - 1, Math.max(0, target));
    await this.focusRow(index);
    // Moving focus to the last loaded rows also fetches the next page, as scrolling does.
    if (view.hasMore() && index >= view.rows().length - 5) void view.loadMore();
  }

  /** One screen of the village-TV board forward (wrapping to the top, or fetching the next page, at the end) or back. */
  advanceScreen(wrap: boolean, direction: 1 | -1 = 1): void {
    const body = this.body;
    if (!body) return;
    const step = Math.max(1, body.clientHeight - 8);
    if (direction === -1) {
      body.scrollTop = Math.max(0, body.scrollTop - step);
      return;
    }
    const atEnd = body.scrollTop + body.clientHeight >= body.scrollHeight - 2;
    if (atEnd && this.view.hasMore()) void this.view.loadMore();
    else if (atEnd && wrap) body.scrollTop = 0;
    else body.scrollTop = body.scrollTop + step;
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[role="row"]');
    if (!row) return;
    const index = Number(row.dataset.index);
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.view.select(index);
      return;
    }
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    void this.moveTo(move(index, () => this.rowsPerScreen()));
  };

  private readonly onRowClick = (event: Event): void => {
    const index = Number((event.currentTarget as HTMLElement).dataset.index);
    this.setFocusIndex(index);
    this.view.select(index);
  };

  private readonly onRowFocus = (event: FocusEvent): void => {
    const index = Number((event.currentTarget as HTMLElement).dataset.index);
    this.setFocusIndex(index);
    const rows = this.view.rows();
    const row = rows[index];
    if (!row) return;
    // One sentence for voice readout (长辈版): rank, name as published, points.
    const comma = this.t.lang === 'en' ? ', ' : '，';
    this.view.speak([rankText(rows, index, row.rank, this.t), row.name, this.t.t('points', this.t.number(row.points))].join(comma));
  };

  private readonly onScroll = (event: Event): void => {
    const body = event.currentTarget as HTMLElement;
    if (this.view.more().state === 'idle' && body.scrollTop + body.clientHeight * 2 >= body.scrollHeight) void this.view.loadMore();
  };

  /** Keeps the one tabbable row among the rendered ones while the list scrolls under a pointer or the board pages. */
  private readonly onVisibility = (event: Event): void => {
    const { first, last } = event as Event & { first: number; last: number };
    const active = (this.view.host.renderRoot as ShadowRoot).activeElement;
    if (active && this.body?.contains(active)) return;
    if (this.focusIndex < first || this.focusIndex > last) this.setFocusIndex(first);
  };

  private readonly retryMore = (): void => {
    void this.view.loadMore();
  };

  private readonly rowKey = (row: LeaderboardRow): string => row.householdId;

  private readonly renderRow = (row: LeaderboardRow, index: number): TemplateResult => {
    const t = this.t;
    const max = Math.max(this.view.maxStars(), row.stars);
    const stars = Math.max(0, row.stars);
    const movement = this.view.meta()?.periodKind === 'all' ? undefined : movementOf(row, t);
    return html`<div
      role="row"
      part="row"
      class="row"
      aria-rowindex=${index + 2}
      tabindex=${index === this.focusIndex ? '0' : '-1'}
      data-index=${index}
      @click=${this.onRowClick}
      @focus=${this.onRowFocus}
    >
      <div role="cell" part="rank">
        <span aria-hidden="true">${row.rank}</span><span class="visually-hidden">${rankText(this.view.rows(), index, row.rank, t)}</span>
      </div>
      <div role="cell" part="name">
        <span class="name">${row.name}</span>
        <span class="number">${row.householdNumber}</span>
        ${badgesOf(row, t).map((badge) => html`<span class="badge ${badge.code}" part="badge">${badge.label}</span>`)}
      </div>
      <div role="cell" part="points">${t.number(row.points)}</div>
      <div role="cell" part="stars">
        <span aria-hidden="true"
          >${max > 5 ? `★ ${String(stars)}` : html`${'★'.repeat(stars)}<span class="star-off">${'☆'.repeat(Math.max(0, max - stars))}</span>`}</span
        ><span class="visually-hidden">${t.t('stars', stars, max)}</span>
      </div>
      ${
        movement
          ? html`<div role="cell" part="movement" class=${row.movement}>
              <span aria-hidden="true">${movement.shown}</span><span class="visually-hidden">${movement.spoken}</span>
            </div>`
          : nothing
      }
    </div>`;
  };

  render(): TemplateResult {
    const { t, view } = this;
    const virtual = view.virtual();
    const withMovement = view.meta()?.periodKind !== 'all';
    const total = view.knownTotal();
    const pageScroll = view.pageScroll();
    const more = view.more();
    return html`<div
        role="table"
        part="table"
        class="table ${withMovement ? '' : 'no-movement'}"
        aria-labelledby="caption"
        aria-describedby="table-hint"
        aria-rowcount=${total < 0 ? -1 : total + 1}
      >
        <div role="rowgroup">
          <div role="row" class="row header" aria-rowindex="1">
            <div role="columnheader" part="column-header" data-col="rank">${t.t('rankHeader')}</div>
            <div role="columnheader" part="column-header" data-col="name">${t.t('nameHeader')}</div>
            <div role="columnheader" part="column-header" data-col="points" class="num">${t.t('pointsHeader')}</div>
            <div role="columnheader" part="column-header" data-col="stars" class=${view.narrow() ? 'visually-hidden' : ''}>
              ${t.t('starsHeader')}
            </div>
            ${withMovement ? html`<div role="columnheader" part="column-header" data-col="movement" class="num-center">${t.t('movementHeader')}</div>` : nothing}
          </div>
        </div>
        ${keyed(
          virtual ? `virtual-${String(pageScroll)}` : 'plain',
          html`<div
            role="rowgroup"
            class="body"
            part="rows"
            @keydown=${this.onKeyDown}
            @scroll=${this.onScroll}
            @visibilityChanged=${this.onVisibility}
          >
            ${
              virtual
                ? virtual.virtualize({
                    items: view.rows() as LeaderboardRow[],
                    renderItem: this.renderRow,
                    keyFunction: this.rowKey,
                    // On a phone the page scrolls, and the virtualizer follows the window.
                    scroller: !pageScroll,
                    layout: virtual.boardLayout,
                  })
                : repeat(view.rows(), this.rowKey, this.renderRow)
            }
          </div>`,
        )}
      </div>
      <p id="table-hint" class="visually-hidden">${t.t('tableHint')}</p>
      ${pageScroll && view.hasMore() ? html`<div class="end"></div>` : nothing}
      ${more.state === 'loading' ? html`<p class="more" role="status">${t.t('loadingMore')}</p>` : nothing}
      ${
        more.state === 'error' && more.failure
          ? html`<div class="more">
              ${errorState(view.common, { ...more.failure, message: `${t.t('moreFailed')}${t.lang === 'en' ? ': ' : '：'}${more.failure.message}` }, this.retryMore)}
            </div>`
          : nothing
      }`;
  }
}
