import { assert, expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { sendKeys } from '@web/test-runner-commands';
import type { SzPointsLeaderboard } from '../../src/leaderboard/sz-points-leaderboard.js';
import { FakeClient } from '../fixtures/leaderboard-client.js';
import { bodyRows, mountLeaderboard, part } from '../fixtures/leaderboard-mount.js';
import { clearStorageBeforeEach } from '../fixtures/storage.js';

function focusedRow(el: SzPointsLeaderboard): HTMLElement | null {
  const active = el.shadowRoot!.activeElement as HTMLElement | null;
  return active?.getAttribute('role') === 'row' ? active : null;
}

function focusedIndex(el: SzPointsLeaderboard): number {
  return Number(focusedRow(el)?.dataset.index ?? -1);
}

function dialog(el: SzPointsLeaderboard): HTMLDialogElement {
  return el.shadowRoot!.querySelector('dialog')!;
}

// The browser reports a benign ResizeObserver loop notice while the virtualizer measures rows.
setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });

describe('<sz-points-leaderboard> with 10,000 households', () => {
  let client: FakeClient;

  beforeEach(() => {
    localStorage.clear();
    client = new FakeClient({ households: 10_000 });
  });

  it('keeps at most 60 rows in the DOM (virtualized) while announcing the full row count', async () => {
    const { el } = await mountLeaderboard({ client });
    await waitUntil(
      () => el.shadowRoot!.querySelector('.body [virtualizer-sizer]') !== null || bodyRows(el).length > 50,
      'the virtualizer takes over',
      { timeout: 5000 },
    );
    await waitUntil(() => client.callsOf('getLeaderboard').length >= 1);
    assert.equal(part(el, 'table')!.getAttribute('aria-rowcount'), '10001');
    assert.isAtMost(bodyRows(el).length, 60);
    // Rows carry their position in the whole board, so virtualization is invisible to screen readers.
    assert.equal(bodyRows(el)[0]!.getAttribute('aria-rowindex'), '2');
  });

  it('moves focus with ArrowDown/ArrowUp, Home and PageDown', async () => {
    const { el } = await mountLeaderboard({ client });
    bodyRows(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focusedIndex(el) === 1, 'row 1 focused');
    assert.equal(focusedRow(el)!.tabIndex, 0);
    assert.lengthOf(
      bodyRows(el).filter((row) => row.tabIndex === 0),
      1,
      'roving tabindex: one tabbable row',
    );
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focusedIndex(el) === 2);
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => focusedIndex(el) === 1);
    await sendKeys({ press: 'PageDown' });
    await waitUntil(() => focusedIndex(el) > 3, 'PageDown moves by a screen');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focusedIndex(el) === 0);
  });

  it('keeps one tabbable row among the rendered rows when the list is scrolled without focus', async () => {
    const { el } = await mountLeaderboard({ client });
    const body = el.shadowRoot!.querySelector<HTMLElement>('.body')!;
    await waitUntil(() => body.scrollHeight > 3000, 'a few pages loaded');
    // As a user would: after the virtualizer has measured the rows it just rendered (its first frame corrects its estimate).
    await waitUntil(() => bodyRows(el).length > 10, 'the rows in view are measured and rendered');
    body.scrollTop = 2500;
    body.dispatchEvent(new Event('scroll'));
    await waitUntil(() => !bodyRows(el).some((row) => row.dataset.index === '0'), 'row 0 left the DOM');
    await waitUntil(() => bodyRows(el).filter((row) => row.tabIndex === 0).length === 1, 'a rendered row is tabbable');
  });

  it('End reaches the last of 10,000 households with no more than 60 rows alive', async () => {
    const { el } = await mountLeaderboard({ client });
    bodyRows(el)[0]!.focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => focusedIndex(el) === 9_999, 'the last household is focused', { timeout: 10_000 });
    const row = focusedRow(el)!;
    assert.equal(row.getAttribute('aria-rowindex'), '10001');
    assert.include(row.textContent, '0101-10000');
    assert.isAtMost(bodyRows(el).length, 60, 'live rows');
    const body = el.shadowRoot!.querySelector('.body')!.getBoundingClientRect();
    const box = row.getBoundingClientRect();
    assert.isTrue(box.top >= body.top - 1 && box.bottom <= body.bottom + 1, 'the row is scrolled into view');
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => focusedIndex(el) === 9_998);
  });

  it('Enter opens the household dialog, Escape closes it and focus returns to the row', async () => {
    const { el } = await mountLeaderboard({ client });
    bodyRows(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focusedIndex(el) === 2);
    const selected = oneEvent(el, 'sz-household-select');
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    assert.deepEqual(event.detail, { householdId: 'h-000003', rank: 2, villageId: 'v-test-01' });
    assert.isTrue(event.bubbles && event.composed);
    await waitUntil(() => dialog(el).open, 'the dialog opens');
    await waitUntil(() => part(el, 'ledger'), 'the ledger loads');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(el).open, 'Escape closes the dialog');
    await waitUntil(() => focusedIndex(el) === 2, 'focus returns to the row');
  });

  it('the close button (top right, at least 44 px) closes the dialog and returns focus', async () => {
    const { el } = await mountLeaderboard({ client });
    const row = bodyRows(el)[4]!;
    // As a pointer does: pressing a focusable row focuses it, then the click opens the dialog.
    row.focus();
    row.click();
    await waitUntil(() => dialog(el).open);
    const close = part(el, 'detail-close')!;
    const box = close.getBoundingClientRect();
    assert.isAtLeast(box.width, 44);
    assert.isAtLeast(box.height, 44);
    const frame = dialog(el).getBoundingClientRect();
    assert.isAbove(box.left, frame.left + frame.width / 2, 'on the right');
    assert.isBelow(box.top, frame.top + 80, 'at the top');
    close.click();
    await waitUntil(() => !dialog(el).open);
    await waitUntil(() => focusedIndex(el) === 4);
  });
});

describe('<sz-points-leaderboard> household dialog', () => {
  clearStorageBeforeEach(localStorage);

  it('shows the effective ledger with rule labels, reviewers and notice dates, and the redemptions', async () => {
    const { el } = await mountLeaderboard();
    bodyRows(el)[0]!.click();
    await waitUntil(() => part(el, 'ledger'), 'the ledger');
    const ledger = part(el, 'ledger')!;
    const rows = [...ledger.querySelectorAll('tbody tr')];
    assert.lengthOf(rows, 3, 'only effective entries');
    const text = ledger.textContent;
    assert.include(text, '庭院整洁、门前三包');
    assert.include(text, '焚烧秸秆');
    assert.include(text, '-5');
    assert.include(text, 'gw-0102 / cadre-0101');
    // Notice of 7 days from 2026-10-05 runs to 2026-10-11.
    assert.include(text, '2026年10月5日至2026年10月11日');
    assert.notInclude(text, '孝老爱亲事迹突出', 'a declared entry is not in the effective ledger');
    assert.include(part(el, 'redemptions')!.textContent, '兑换物品');
    assert.include(part(el, 'detail-balance')!.textContent, '35');
    const title = part(el, 'detail-title')!.textContent;
    assert.include(title, '张*明', "the board's published name");
    assert.notInclude(el.shadowRoot!.textContent, '张建明', 'never the registered name the ledger route returns to staff');
    await expect(el).to.be.accessible();
  });

  it('tells a viewer without the right token that details are for the household and village staff', async () => {
    const client = new FakeClient();
    client.ledgerAccess = 401;
    const { el } = await mountLeaderboard({ client });
    bodyRows(el)[1]!.click();
    await waitUntil(() => part(el, 'detail-denied'), 'the notice');
    assert.include(part(el, 'detail-denied')!.textContent, '只向本户和本村干部、网格员开放');
    assert.isNull(part(el, 'error'));
    client.ledgerAccess = 403;
    dialog(el).close();
    await waitUntil(() => !dialog(el).open);
    bodyRows(el)[2]!.click();
    await waitUntil(() => part(el, 'detail-denied'));
    await expect(el).to.be.accessible();
  });

  it('does not even ask for the ledger when the widget has no token', async () => {
    const el = document.createElement('sz-points-leaderboard');
    el.apiBase = 'https://unused.example';
    el.village = 'v-test-01';
    // No api is reachable: feed rows through the provider-less path by stubbing the client getter.
    const client = new FakeClient();
    Object.defineProperty(el, 'client', { get: () => client });
    document.body.append(el);
    try {
      await waitUntil(() => bodyRows(el).length > 0);
      bodyRows(el)[0]!.click();
      await waitUntil(() => part(el, 'detail-denied'), 'the notice');
      assert.lengthOf(client.callsOf('getHouseholdPoints'), 0);
    } finally {
      el.remove();
    }
  });
});
