/**
 * The render bench's page (bundled and served by bench/render.mjs, driven by puppeteer): the real
 * `<sz-points-leaderboard>` fed by the tests' fake client with 10,000 households, and a naive full render — a plain
 * Lit template putting every household into a real `<table>` — measured the same way, on the same page, in the same run.
 *
 * Nothing here touches the network: the fake answers from memory after a macrotask (as the tests' fake does).
 */
import {
  getLeaderboard,
  type ApiResult,
  type CallOptions,
  type Callable,
  type RouteInput,
  type RouteOutput,
  type RouteSpec,
} from '@shanzhi/sdk';
import { html, render, type TemplateResult } from 'lit';
import '../src/leaderboard/define.js';
import '../src/provider/define.js';
import type { SzPointsLeaderboard } from '../src/leaderboard/sz-points-leaderboard.js';
import type { SzProvider } from '../src/provider/sz-provider.js';
import { FakeClient, fakeVillage, type Row } from '../test/fixtures/leaderboard-client.js';

export const households = 10_000;

/**
 * `pages`: the fake answers as the reference server does — `limit` rows per call (the widget asks for its page size,
 * 50 by default; at most 200), a cursor to the next page, and `total`. `one-page`: the first call returns all 10,000
 * rows at once, so the widget holds the whole board as the naive table does.
 */
export type FeedMode = 'pages' | 'one-page';
export type Variant = 'naive' | `widget-${FeedMode}`;

class OnePageClient extends FakeClient {
  override async request<R extends RouteSpec>(
    route: Callable<R>,
    input: RouteInput<R>,
    options: CallOptions = {},
  ): Promise<ApiResult<RouteOutput<R>>> {
    const result = await super.request(route, input, options);
    if (route.id !== getLeaderboard.id) return result;
    const page = result.data as RouteOutput<typeof getLeaderboard>;
    const all: RouteOutput<typeof getLeaderboard> = { ...page, items: this.rows, nextCursor: null, total: this.rows.length };
    return { ...result, data: all as RouteOutput<R> };
  }
}

const clients: Record<FeedMode, FakeClient> = {
  pages: new FakeClient({ households }),
  'one-page': new OnePageClient({ households }),
};

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`);
});

/** After the next frame has been painted: a frame callback, then a task (which runs after that frame's paint). */
function afterPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      setTimeout(() => {
        resolve(performance.now());
      });
    });
  });
}

async function frames(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await afterPaint();
}

/** Resolves when `ready()` holds, checked after every DOM change under `root`. */
function whenPresent(root: Node, ready: () => boolean, timeoutMs = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (ready()) {
      resolve();
      return;
    }
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('timed out waiting for rows'));
    }, timeoutMs);
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

// ——— the widget ———

const providers = new Map<FeedMode, SzProvider>();

function providerFor(mode: FeedMode): SzProvider {
  let provider = providers.get(mode);
  if (!provider) {
    provider = document.createElement('sz-provider');
    provider.client = clients[mode];
    document.body.append(provider);
    providers.set(mode, provider);
  }
  return provider;
}

/** Rows of `rows` with a box inside the visible part of `box` (what the painted frame shows). */
function visibleIn(box: Element | null | undefined, rows: Iterable<Element>): number {
  if (!box) return 0;
  const view = box.getBoundingClientRect();
  let count = 0;
  for (const row of rows) {
    const rect = row.getBoundingClientRect();
    if (rect.height > 0 && rect.bottom > view.top && rect.top < view.bottom) count++;
  }
  return count;
}

function widgetRows(el: SzPointsLeaderboard): number {
  return el.shadowRoot?.querySelectorAll('.body [role="row"]').length ?? 0;
}

let current: SzPointsLeaderboard | undefined;

/** Creates a fresh widget and resolves once it has painted its first rows; `t0` is taken before the element exists. */
async function mountWidget(mode: FeedMode): Promise<{ el: SzPointsLeaderboard; ms: number; rowsAtPaint: number; visibleAtPaint: number }> {
  unmount();
  const provider = providerFor(mode);
  const t0 = performance.now();
  const el = document.createElement('sz-points-leaderboard');
  el.setAttribute('village', fakeVillage);
  provider.append(el);
  current = el;
  const root = el.shadowRoot;
  if (!root) throw new Error('no shadow root');
  await whenPresent(root, () => widgetRows(el) > 0);
  const painted = await afterPaint();
  return {
    el,
    ms: painted - t0,
    rowsAtPaint: widgetRows(el),
    visibleAtPaint: visibleIn(root.querySelector('.body'), root.querySelectorAll('.body [role="row"]')),
  };
}

// ——— the naive full render ———

const numbers = new Intl.NumberFormat('zh-CN');

function naiveMovement(row: Row): string {
  const steps = row.previousRank === null ? 0 : Math.abs(row.previousRank - row.rank);
  return row.movement === 'up' ? `↑${String(steps)}` : row.movement === 'down' ? `↓${String(steps)}` : row.movement === 'same' ? '–' : '新';
}

/** The same columns and visible text as the widget's rows, as a plain table. */
function naiveTable(rows: readonly Row[]): TemplateResult {
  return html`<table>
    <caption>
      积分排行榜
    </caption>
    <thead>
      <tr>
        <th scope="col">名次</th>
        <th scope="col">户主</th>
        <th scope="col">积分</th>
        <th scope="col">星级</th>
        <th scope="col">升降</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) =>
          html`<tr>
            <td>${row.rank}</td>
            <td>
              <span class="name">${row.name}</span> <span class="number">${row.householdNumber}</span>
              ${row.badges.includes('red') ? html`<span class="badge red">红榜</span>` : ''}${row.badges.includes('black') ? html`<span class="badge black">黑榜</span>` : ''}
            </td>
            <td class="num">${numbers.format(row.points)}</td>
            <td>${'★'.repeat(row.stars)}<span class="star-off">${'☆'.repeat(Math.max(0, 5 - row.stars))}</span></td>
            <td>${naiveMovement(row)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

let naiveHost: HTMLElement | undefined;

/** A fresh container, the rows fetched in one call from the one-page fake, and every row rendered at once. */
async function mountNaive(): Promise<{ ms: number; rowsAtPaint: number; visibleAtPaint: number }> {
  unmount();
  const t0 = performance.now();
  const host = document.createElement('div');
  host.className = 'naive';
  document.body.append(host);
  naiveHost = host;
  const client = clients['one-page'];
  const { data } = await client.request(getLeaderboard, { params: { villageId: fakeVillage }, query: { limit: 200 } });
  render(naiveTable(data.items), host);
  const count = () => host.querySelectorAll('tbody tr').length;
  await whenPresent(host, () => count() > 0);
  const painted = await afterPaint();
  return { ms: painted - t0, rowsAtPaint: count(), visibleAtPaint: visibleIn(host, host.querySelectorAll('tbody tr')) };
}

function unmount(): void {
  current?.remove();
  current = undefined;
  naiveHost?.remove();
  naiveHost = undefined;
}

// ——— what the driver calls ———

export interface RenderSample {
  readonly variant: Variant;
  readonly ms: number;
  readonly rowsAtPaint: number;
  /** Of those, rows whose box lies in the visible part of the scrolling body (a check that the frame shows rows). */
  readonly visibleAtPaint: number;
  /** Row elements alive once the list has settled (ten painted frames later). */
  readonly liveRows: number;
}

async function renderOnce(variant: Variant): Promise<RenderSample> {
  if (variant === 'naive') {
    const { ms, rowsAtPaint, visibleAtPaint } = await mountNaive();
    await frames(10);
    return { variant, ms, rowsAtPaint, visibleAtPaint, liveRows: naiveHost?.querySelectorAll('tbody tr').length ?? 0 };
  }
  const { el, ms, rowsAtPaint, visibleAtPaint } = await mountWidget(variant === 'widget-pages' ? 'pages' : 'one-page');
  await frames(10);
  return { variant, ms, rowsAtPaint, visibleAtPaint, liveRows: widgetRows(el) };
}

// Keyboard: the driver presses real keys (puppeteer); the page times from the keydown to the frame painted after the
// widget moved focus to the target row.
let lastKeyAt = 0;
window.addEventListener(
  'keydown',
  () => {
    lastKeyAt = performance.now();
  },
  { capture: true },
);

interface FocusRecord {
  readonly index: number;
  readonly focusedAt: number;
  readonly paintedAt: number;
}
let focusLog: FocusRecord[] = [];
let focusWaiter: (() => void) | undefined;
let frameGaps: number[] = [];
let recordingFrames = false;

function recordFrames(): void {
  let last = performance.now();
  const tick = (now: number) => {
    if (!recordingFrames) return;
    frameGaps.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function keyboardMount(mode: FeedMode): Promise<number> {
  const { el } = await mountWidget(mode);
  await frames(5);
  const root = el.shadowRoot;
  if (!root) throw new Error('no shadow root');
  focusLog = [];
  root.addEventListener('focusin', (event) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[role="row"]');
    if (!row) return;
    const index = Number(row.dataset.index);
    const focusedAt = performance.now();
    void afterPaint().then((paintedAt) => {
      focusLog.push({ index, focusedAt, paintedAt });
      focusWaiter?.();
    });
  });
  const first = root.querySelector<HTMLElement>('.body [role="row"][data-index="0"]');
  if (!first) throw new Error('no first row');
  first.focus();
  await afterPaint();
  frameGaps = [];
  recordingFrames = true;
  recordFrames();
  return activeIndex();
}

function activeIndex(): number {
  const active = current?.shadowRoot?.activeElement as HTMLElement | null | undefined;
  return active ? Number(active.closest<HTMLElement>('[role="row"]')?.dataset.index ?? -1) : -1;
}

/** Milliseconds from the last keydown to the frame painted after focus left row `before`. */
async function afterKey(before: number, timeoutMs = 20_000): Promise<{ ms: number; index: number }> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const moved = focusLog.find((record) => record.index !== before && record.focusedAt >= lastKeyAt);
    if (moved) {
      focusLog = [];
      return { ms: moved.paintedAt - lastKeyAt, index: moved.index };
    }
    if (performance.now() > deadline) throw new Error(`focus did not leave row ${String(before)}`);
    await new Promise<void>((resolve) => {
      focusWaiter = resolve;
      setTimeout(resolve, 100);
    });
  }
}

function keyboardDone(): { gaps: number[] } {
  recordingFrames = false;
  const gaps = frameGaps;
  frameGaps = [];
  unmount();
  return { gaps };
}

export interface BenchApi {
  readonly renderOnce: typeof renderOnce;
  readonly keyboardMount: typeof keyboardMount;
  readonly activeIndex: typeof activeIndex;
  readonly afterKey: typeof afterKey;
  readonly keyboardDone: typeof keyboardDone;
  readonly unmount: typeof unmount;
  readonly violations: readonly string[];
  readonly trustedTypesEnforced: () => boolean;
}

declare global {
  interface Window {
    szBench?: BenchApi;
  }
}

window.szBench = {
  renderOnce,
  keyboardMount,
  activeIndex,
  afterKey,
  keyboardDone,
  unmount,
  violations,
  // Proof the policy is on: a plain string into an HTML sink must throw.
  trustedTypesEnforced: () => {
    try {
      document.createElement('div').innerHTML = '<b></b>';
      return false;
    } catch {
      return true;
    }
  },
};
