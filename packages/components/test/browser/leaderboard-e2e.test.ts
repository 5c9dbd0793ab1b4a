import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { assert, expect } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import '../../src/leaderboard/define.js';
import type { SzPointsLeaderboard } from '../../src/leaderboard/sz-points-leaderboard.js';
import { demoToken, demoVillage, liveMount, useReferenceServer } from '../fixtures/e2e.js';
import { bodyRows, part, visibleText } from '../fixtures/leaderboard-mount.js';

setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });

// The widget in Chromium against the real reference server (started by web-test-runner.config.mjs).
describe('<sz-points-leaderboard> against the reference server', function () {
  useReferenceServer(this);

  const mount = liveMount<SzPointsLeaderboard>('sz-points-leaderboard', { village: demoVillage }, (el) => bodyRows(el).length > 0);

  it('ranks households with ties, masked names and the full row count', async () => {
    const el = await mount();
    const total = Number(part(el, 'table')!.getAttribute('aria-rowcount'));
    assert.isAbove(total, 2);
    const rows = bodyRows(el);
    const ranks = rows.map((row) => Number(visibleText(row.querySelector('[part~="rank"]'))));
    const points = rows.map((row) => Number(visibleText(row.querySelector('[part~="points"]')).replace(/,/g, '')));
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
    const cadre = demoToken('cadre');
    assert.isDefined(cadre, 'the server issued a cadre token');
    const el = await mount();
    el.getToken = () => cadre;
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
