import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { assert, expect } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { SzPointsLeaderboard } from '../../src/leaderboard/sz-points-leaderboard.js';
import { FakeClient } from '../fixtures/leaderboard-client.js';
import { bodyRows, mountLeaderboard } from '../fixtures/leaderboard-mount.js';

// The browser reports a benign ResizeObserver loop notice while the virtualizer measures rows.
setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });

function body(el: SzPointsLeaderboard): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('.body')!;
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  const slack = 0.5;
  return a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack;
}

function inside(inner: DOMRect, outer: DOMRect): boolean {
  return inner.left >= outer.left - 1 && inner.right <= outer.right + 1 && inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;
}

/** Every visible box in a cell (name, household number, badges, star symbols) stays inside the cell. */
function visibleBoxes(cell: Element): DOMRect[] {
  return [...cell.querySelectorAll('*')]
    .filter((child) => !child.closest('.visually-hidden'))
    .map((child) => child.getBoundingClientRect())
    .filter((box) => box.width > 0 && box.height > 0);
}

/** The rows are part of the page: the row group is not a scroll container of its own. */
function assertPageScrolls(el: SzPointsLeaderboard): void {
  const rows = body(el);
  const style = getComputedStyle(rows);
  assert.isTrue(
    style.overflowY === 'visible' || rows.scrollHeight <= rows.clientHeight,
    `the row group scrolls by itself (overflow ${style.overflowY}, ${String(rows.scrollHeight)} > ${String(rows.clientHeight)})`,
  );
}

describe('<sz-points-leaderboard> on a 390 × 844 phone', () => {
  before(async () => {
    await setViewport({ width: 390, height: 844 });
  });

  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  beforeEach(() => {
    localStorage.clear();
    window.scrollTo(0, 0);
  });

  for (const locale of ['zh-CN', 'en'] as const)
    for (const elder of [true, false])
      it(`lays out rows without overlaps, in ${locale}${elder ? ' 长辈版' : ''}, and lets the page scroll`, async () => {
        const client = new FakeClient();
        // Household numbers as the reference server prints them (county, village, household) and four-digit scores.
        for (const row of client.rows) {
          row.householdNumber = `101201-${row.householdNumber.slice(-5)}`;
          row.points *= 11;
        }
        const { el } = await mountLeaderboard({ client, attrs: { locale, ...(elder ? { elder: '' } : {}) } });
        await waitUntil(() => el.hasAttribute('data-sz-narrow'), 'narrow layout', { timeout: 5000 });
        assert.equal(el.hasAttribute('data-sz-elder'), elder);
        await el.updateComplete;
        const rows = bodyRows(el);
        assert.lengthOf(rows, 30);
        for (const row of rows) {
          const cells = [...row.querySelectorAll('[role="cell"]')];
          assert.lengthOf(cells, 5);
          const boxes = cells.map((cell) => cell.getBoundingClientRect());
          const rowBox = row.getBoundingClientRect();
          for (const [i, cell] of cells.entries()) {
            const name = `row ${row.dataset.index ?? ''} ${cell.getAttribute('part') ?? ''}`;
            assert.isTrue(inside(boxes[i]!, rowBox), `${name} inside the row`);
            for (const [j, other] of cells.entries())
              if (j > i) assert.isFalse(overlaps(boxes[i]!, boxes[j]!), `${name} overlaps ${other.getAttribute('part') ?? ''}`);
            for (const box of visibleBoxes(cell)) assert.isTrue(inside(box, boxes[i]!), `${name}: its content stays in the cell`);
          }
        }
        assertPageScrolls(el);
        await expect(el).to.be.accessible();
      });

  it('loads the next page when the end of the rows comes near, as the page scrolls', async () => {
    const client = new FakeClient({ households: 90 });
    const { el } = await mountLeaderboard({ client, attrs: { 'page-size': '20' } });
    await waitUntil(() => el.hasAttribute('data-sz-narrow'), 'narrow layout', { timeout: 5000 });
    assertPageScrolls(el);
    window.scrollTo(0, document.documentElement.scrollHeight);
    await waitUntil(() => client.callsOf('getLeaderboard').some((call) => call.input.query?.cursor !== undefined), 'the next page');
    await waitUntil(
      () => {
        window.scrollTo(0, document.documentElement.scrollHeight);
        return bodyRows(el).length === 90;
      },
      'every page, as the page scrolls on',
      // Four more pages, each asked for as the end nears: under CI load (two tasks on two cores) 5 s ran out once.
      { timeout: 15_000 },
    );
  });

  it('keeps keyboard navigation and the virtualizer for 10,000 households, scrolling the page', async () => {
    const client = new FakeClient({ households: 10_000 });
    const { el } = await mountLeaderboard({ client });
    await waitUntil(() => el.hasAttribute('data-sz-narrow'), 'narrow layout', { timeout: 5000 });
    await waitUntil(() => bodyRows(el).length > 0 && bodyRows(el).length <= 60, 'the virtualizer takes over', { timeout: 5000 });
    assertPageScrolls(el);
    bodyRows(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.index === '1', 'row 1 focused');
    await sendKeys({ press: 'End' });
    await waitUntil(() => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.index === '9999', 'the last household', {
      timeout: 10_000,
    });
    const row = el.shadowRoot!.activeElement!;
    assert.include(row.textContent, '0101-10000');
    assert.isAtMost(bodyRows(el).length, 60, 'live rows');
    const box = row.getBoundingClientRect();
    assert.isTrue(box.top >= -1 && box.bottom <= window.innerHeight + 1, 'the page scrolled the row into view');
    assert.isAbove(window.scrollY, 0, 'the page scrolled, not a box inside it');
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.index === '9998');
  });
});
