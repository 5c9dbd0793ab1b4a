import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { assert, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/leaderboard/define.js';
import type { SzPointsLeaderboard } from '../../src/leaderboard/sz-points-leaderboard.js';
import { bodyRows, part, visibleText } from '../fixtures/leaderboard-mount.js';

declare global {
  interface Window {
    __SZ_API__?: string;
    __SZ_TOKENS__?: readonly { readonly token: string; readonly role: string }[];
  }
}

setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });

/** The first village of the seeded demo county; the demo staff tokens belong to it. */
const village = 'v-qs-01';

// The widget in Chromium against the real reference server (started by web-test-runner.config.mjs).
describe('<sz-points-leaderboard> against the reference server', function () {
  this.timeout(30_000);
  const api = window.__SZ_API__ ?? '';

  before(() => {
    // The test runner always starts the reference server: without it these tests must fail, not quietly vanish.
    if (!api)
      throw new Error(
        'window.__SZ_API__ is not set: run the browser tests through web-test-runner.config.mjs, which starts the reference server',
      );
  });

  beforeEach(() => {
    localStorage.clear();
  });

  async function mount(): Promise<SzPointsLeaderboard> {
    const el = await fixture<SzPointsLeaderboard>(html`<sz-points-leaderboard api-base=${api} village=${village}></sz-points-leaderboard>`);
    await waitUntil(() => bodyRows(el).length > 0, 'rows from the server', { timeout: 15_000 });
    return el;
  }

  it('ranks households with ties, masked names and the full row count', async () => {
    const el = await mount();
    const total = Number(part(el, 'table')!.getAttribute('aria-rowcount'));
    assert.isAbove(total, 2);
    const rows = bodyRows(el);
    const ranks = rows.map((row) => Number(visibleText(row.querySelector('[part~="rank"]')!)));
    const points = rows.map((row) => Number(visibleText(row.querySelector('[part~="points"]')!).replace(/,/g, '')));
    for (let i = 1; i < ranks.length; i++) {
      // Standard competition ranking: equal points share a rank, the next distinct score takes its position.
      if (points[i] === points[i - 1]) assert.equal(ranks[i], ranks[i - 1], `row ${String(i)} tied`);
      else assert.equal(ranks[i], i + 1, `row ${String(i)}`);
    }
    const names = rows.map((row) => row.querySelector('.name')!.textContent);
    assert.isAbove(names.filter((name) => name.includes('*')).length, names.length / 3, 'most names are masked');
    assert.notMatch(el.shadowRoot!.textContent, /\d{7,}/, 'no phone or ID numbers');
    await expect(el).to.be.accessible();
  });

  it('finds a household by its number', async () => {
    const el = await mount();
    const number = bodyRows(el)[2]!.querySelector('.number')!.textContent;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = number;
    input.dispatchEvent(new InputEvent('input', { inputType: 'insertText', bubbles: true }));
    await waitUntil(() => bodyRows(el).length === 1 && bodyRows(el)[0]!.textContent.includes(number), 'one household', { timeout: 10_000 });
  });

  it('shows the red list with its badges', async () => {
    const el = await mount();
    el.shadowRoot!.querySelector<HTMLButtonElement>('#tab-red')!.click();
    await waitUntil(
      () =>
        el.shadowRoot!.querySelector('#tab-red')!.getAttribute('aria-selected') === 'true' &&
        bodyRows(el).length > 0 &&
        bodyRows(el).every((row) => visibleText(row).includes('红榜')),
      'red-list rows',
      { timeout: 10_000 },
    );
  });

  it('tells an anonymous visitor that the ledger is for the household and staff', async () => {
    const el = await mount();
    bodyRows(el)[0]!.click();
    await waitUntil(() => part(el, 'detail-denied'), 'the notice');
  });

  it("shows a cadre the household's effective ledger, under the board's published name", async () => {
    const cadre = window.__SZ_TOKENS__?.find((one) => one.role === 'cadre');
    assert.isDefined(cadre, 'the server issued a cadre token');
    const el = await mount();
    el.getToken = () => cadre.token;
    await el.updateComplete;
    const row = bodyRows(el)[0]!;
    const name = row.querySelector('.name')!.textContent;
    row.click();
    await waitUntil(() => part(el, 'detail-balance'), 'the ledger', { timeout: 10_000 });
    assert.include(part(el, 'detail-title')!.textContent, name);
    assert.isNull(part(el, 'detail-denied'));
    await expect(el).to.be.accessible();
  });
});
