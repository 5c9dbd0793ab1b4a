import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { aTimeout, assert, expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { writeElderPreference } from '../../src/internal/elder-preference.js';
import type { SzEventDetails } from '../../src/internal/events.js';
import type { SzPointsLeaderboard } from '../../src/leaderboard/sz-points-leaderboard.js';
import { FakeClient } from '../fixtures/leaderboard-client.js';
import { bodyRows, mountLeaderboard, part } from '../fixtures/leaderboard-mount.js';
import { clearStorageBeforeEach } from '../fixtures/storage.js';

setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });

function px(element: Element, property: 'fontSize' | 'minHeight' | 'lineHeight'): number {
  return parseFloat(getComputedStyle(element)[property]);
}

function body(el: SzPointsLeaderboard): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('.body')!;
}

describe('<sz-points-leaderboard> 长辈版 (elder mode)', () => {
  clearStorageBeforeEach(localStorage);

  it('uses at least 18 px text and 60 px rows with the elder attribute', async () => {
    const { el } = await mountLeaderboard({ attrs: { elder: '' } });
    assert.isTrue(el.hasAttribute('data-sz-elder'));
    const row = bodyRows(el)[0]!;
    assert.isAtLeast(px(row.querySelector('[part~="name"]')!, 'fontSize'), 18);
    assert.isAtLeast(px(row.querySelector('[part~="rank"]')!, 'fontSize'), 18);
    assert.isAtLeast(row.getBoundingClientRect().height, 59.5);
    assert.isAtLeast(px(row, 'lineHeight') / px(row, 'fontSize'), 1.3);
    await expect(el).to.be.accessible();
  });

  it('takes elder mode from the provider, and its own elder="false" wins', async () => {
    const { el } = await mountLeaderboard({ providerAttrs: { elder: '' } });
    await waitUntil(() => el.hasAttribute('data-sz-elder'));
    assert.isAtLeast(px(bodyRows(el)[0]!.querySelector('[part~="name"]')!, 'fontSize'), 18);
    const off = await mountLeaderboard({ providerAttrs: { elder: '' }, attrs: { elder: 'false' } });
    assert.isFalse(off.el.hasAttribute('data-sz-elder'));
    assert.isBelow(px(bodyRows(off.el)[0]!.querySelector('[part~="name"]')!, 'fontSize'), 18);
  });

  it('follows the remembered device preference and its own switch', async () => {
    writeElderPreference(true);
    const { el } = await mountLeaderboard();
    assert.isTrue(el.hasAttribute('data-sz-elder'));
    const toggle = part(el, 'elder-controls')!.querySelector('button')!;
    assert.equal(toggle.getAttribute('aria-pressed'), 'true');
    toggle.click();
    await waitUntil(() => !el.hasAttribute('data-sz-elder'), 'switched off');
    assert.equal(localStorage.getItem('sz-elder-mode'), '0');
  });

  it('lets the user enlarge the text to 30 px', async () => {
    const { el } = await mountLeaderboard({ attrs: { elder: '' } });
    const larger = part(el, 'elder-controls')!.querySelector<HTMLButtonElement>('button:nth-of-type(2)')!;
    for (let i = 0; i < 3; i++) {
      larger.click();
      await el.updateComplete;
    }
    await waitUntil(() => px(bodyRows(el)[0]!.querySelector('[part~="name"]')!, 'fontSize') >= 30, 'text at 30 px');
  });
});

describe('<sz-points-leaderboard display="board">', () => {
  beforeEach(() => {
    localStorage.clear();
    // The board waits while its page is hidden; the runner may test this file in a background page.
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
  });

  afterEach(() => {
    delete (document as { visibilityState?: string }).visibilityState;
  });

  it('pages by itself on the village TV, and the pause button stops it', async () => {
    const client = new FakeClient({ households: 300 });
    const { el } = await mountLeaderboard({ client, attrs: { display: 'board', 'board-interval': '0.2', 'page-size': '200' } });
    assert.isAtLeast(px(bodyRows(el)[0]!.querySelector('[part~="name"]')!, 'fontSize'), 24, 'large type');
    await waitUntil(() => body(el).scrollTop > 0, 'the board turned a page', { timeout: 3000 });
    const pause = el.shadowRoot!.querySelector<HTMLButtonElement>('.pause')!;
    pause.click();
    await el.updateComplete;
    assert.equal(pause.getAttribute('aria-pressed'), 'true');
    const at = body(el).scrollTop;
    await aTimeout(600);
    assert.equal(body(el).scrollTop, at, 'paused');
    await expect(el).to.be.accessible();
  });

  it('does not page by itself in elder mode, and offers screen buttons instead', async () => {
    const client = new FakeClient({ households: 300 });
    const { el } = await mountLeaderboard({ client, attrs: { display: 'board', 'board-interval': '0.2', 'page-size': '200', elder: '' } });
    await aTimeout(800);
    assert.equal(body(el).scrollTop, 0, 'nothing moved by itself');
    assert.isNull(el.shadowRoot!.querySelector('.pause'));
    assert.include(part(el, 'board-controls')!.textContent, '长辈版不自动翻页');
    const next = [...part(el, 'board-controls')!.querySelectorAll('button')].find((button) => button.textContent.includes('下一屏'))!;
    next.click();
    await waitUntil(() => body(el).scrollTop > 0, 'the user turned a page');
  });
});

describe('<sz-points-leaderboard> events', () => {
  clearStorageBeforeEach(localStorage);

  it('fires sz-period-change (bubbling, composed) when the user picks a period, and loads it', async () => {
    const { el, client } = await mountLeaderboard();
    const radio = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="period"][value="quarter"]')!;
    const heard = oneEvent(document, 'sz-period-change');
    radio.click();
    const event = (await heard) as CustomEvent<SzEventDetails['sz-period-change']>;
    assert.deepEqual(event.detail, { period: 'quarter', villageId: 'v-test-01' });
    assert.isTrue(event.bubbles && event.composed);
    await waitUntil(() => client.callsOf('getLeaderboard').some((call) => call.input.query?.period === 'quarter'));
    await waitUntil(() => el.shadowRoot!.querySelector('#caption')!.textContent.includes('2026年第4季度'));
  });

  it('fires sz-household-select with ids and rank only, never a name', async () => {
    const { el } = await mountLeaderboard();
    const heard = oneEvent(document, 'sz-household-select');
    bodyRows(el)[6]!.click();
    const event = (await heard) as CustomEvent<SzEventDetails['sz-household-select']>;
    assert.deepEqual(Object.keys(event.detail).sort(), ['householdId', 'rank', 'villageId']);
    assert.equal(event.detail.householdId, 'h-000007');
    assert.notMatch(JSON.stringify(event.detail), /[\u4e00-\u9fff]/, 'no Chinese characters, so no names');
  });
});
