import { aTimeout, assert, expect } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { emulateMedia } from '@web/test-runner-commands';
import type { SzDisclosureBoard } from '../../src/disclosure/sz-disclosure-board.js';
import { DisclosureFakeClient } from '../fixtures/disclosure-client.js';
import { listItems, mountBoard, part, text } from '../fixtures/disclosure-mount.js';
import { clearStorageBeforeEach } from '../fixtures/storage.js';

/** The ids of the items on screen. */
function shownIds(el: SzDisclosureBoard): string[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[data-id]') ?? [])].map((one) => one.dataset.id ?? '');
}

function pageNumber(el: SzDisclosureBoard): string {
  return text(part(el, 'page-number'));
}

/** A board that turns a page every 0.2 s (six items, five to a page: two pages). */
async function mountPagingBoard(attrs: Record<string, string> = {}) {
  return mountBoard({ attrs: { display: 'board', 'board-interval': '0.2', ...attrs } });
}

describe('<sz-disclosure-board display="board"> automatic paging', () => {
  clearStorageBeforeEach(localStorage);

  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('shows one page of items and turns the pages by itself, round to the first', async () => {
    const { el } = await mountPagingBoard();
    assert.lengthOf(listItems(el), 5);
    assert.equal(pageNumber(el), '第 1 / 2 页');
    const first = shownIds(el);
    await waitUntil(() => pageNumber(el) === '第 2 / 2 页', 'the second page', { timeout: 2000 });
    assert.lengthOf(listItems(el), 1);
    assert.notInclude(first, shownIds(el)[0]);
    await waitUntil(() => pageNumber(el) === '第 1 / 2 页', 'back to the first page', { timeout: 2000 });
    assert.deepEqual(shownIds(el), first);
    await expect(el).to.be.accessible();
  });

  it('has a visible pause / play button that stops and restarts the paging', async () => {
    const { el } = await mountPagingBoard();
    const pause = part(el, 'pause') as HTMLButtonElement;
    assert.include(text(pause), '暂停自动翻页');
    assert.isAbove(pause.getBoundingClientRect().height, 0, 'visible');
    pause.click();
    await el.updateComplete;
    assert.include(text(pause), '继续自动翻页');
    const page = pageNumber(el);
    await aTimeout(600);
    assert.equal(pageNumber(el), page, 'no page turned while paused');
    await expect(el).to.be.accessible();
    pause.click();
    await el.updateComplete;
    assert.include(text(pause), '暂停自动翻页');
    await waitUntil(() => pageNumber(el) !== page, 'paging again', { timeout: 2000 });
  });

  it('turns pages by hand, and the page buttons work while paused', async () => {
    const { el } = await mountPagingBoard({ 'board-interval': '60' });
    const next = el.shadowRoot!.querySelector<HTMLButtonElement>('.next-page')!;
    const previous = el.shadowRoot!.querySelector<HTMLButtonElement>('.previous-page')!;
    (part(el, 'pause') as HTMLButtonElement).click();
    next.click();
    await el.updateComplete;
    assert.equal(pageNumber(el), '第 2 / 2 页');
    previous.click();
    await el.updateComplete;
    assert.equal(pageNumber(el), '第 1 / 2 页');
    previous.click();
    await el.updateComplete;
    assert.equal(pageNumber(el), '第 2 / 2 页', 'wraps round');
  });

  it('waits while the keyboard focus is on the items', async () => {
    const { el } = await mountPagingBoard();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-id]')!.focus();
    const page = pageNumber(el);
    await aTimeout(600);
    assert.equal(pageNumber(el), page, 'held while someone reads');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.next-page')!.focus();
    await waitUntil(() => pageNumber(el) !== page, 'paging once the focus leaves', { timeout: 2000 });
  });

  it('waits while the pointer is on the items', async () => {
    const { el } = await mountPagingBoard();
    const list = part(el, 'list')!;
    list.dispatchEvent(new PointerEvent('pointerenter'));
    const page = pageNumber(el);
    await aTimeout(600);
    assert.equal(pageNumber(el), page, 'held under the pointer');
    list.dispatchEvent(new PointerEvent('pointerleave'));
    await waitUntil(() => pageNumber(el) !== page, 'paging once the pointer leaves', { timeout: 2000 });
  });

  it('never pages by itself in 长辈版, and says so', async () => {
    const { el } = await mountPagingBoard({ elder: '' });
    assert.isNull(part(el, 'pause'));
    assert.include(text(part(el, 'board-controls')), '长辈版不自动翻页');
    await aTimeout(600);
    assert.equal(pageNumber(el), '第 1 / 2 页');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.next-page')!.click();
    await el.updateComplete;
    assert.equal(pageNumber(el), '第 2 / 2 页', 'pages by hand still');
    await expect(el).to.be.accessible();
  });

  it('never pages by itself when the device asks for reduced motion, and follows a change of that setting', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { el } = await mountPagingBoard();
    assert.isNull(part(el, 'pause'));
    assert.include(text(part(el, 'board-controls')), '减少动态效果');
    await aTimeout(600);
    assert.equal(pageNumber(el), '第 1 / 2 页');
    await expect(el).to.be.accessible();
    await emulateMedia({ reducedMotion: 'no-preference' });
    await waitUntil(() => part(el, 'pause') !== null, 'the pause button comes back');
    await waitUntil(() => pageNumber(el) === '第 2 / 2 页', 'paging once allowed', { timeout: 2000 });
  });

  it('stops while an item is open', async () => {
    const { el } = await mountPagingBoard();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-id]')!.click();
    await waitUntil(() => part(el, 'detail') !== null, 'detail');
    await aTimeout(600);
    assert.isNotNull(part(el, 'detail'), 'still reading the item');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.back')!.click();
    await el.updateComplete;
    assert.equal(pageNumber(el), '第 1 / 2 页');
  });

  it('loads further items as it pages past the first request', async () => {
    const client = new DisclosureFakeClient();
    client.pageSize = 2;
    const { el } = await mountBoard({ client, attrs: { display: 'board', 'board-interval': '60' } });
    await waitUntil(() => listItems(el).length === 5, 'a full first page');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.next-page')!.click();
    await waitUntil(() => listItems(el).length === 1, 'the second page');
    assert.equal(pageNumber(el), '第 2 / 2 页');
  });

  it('hides the paging controls in print', async () => {
    const { el } = await mountPagingBoard({ 'board-interval': '60' });
    const controls = part(el, 'board-controls')!;
    assert.notEqual(getComputedStyle(controls).display, 'none');
    try {
      await emulateMedia({ media: 'print' });
      assert.equal(getComputedStyle(controls).display, 'none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('embedded display does not page', async () => {
    const { el } = await mountBoard({ attrs: { 'board-interval': '0.2' } });
    assert.isNull(part(el, 'board-controls'));
    assert.lengthOf(listItems(el), 6);
  });

  it('speaks English', async () => {
    const { el } = await mountPagingBoard({ locale: 'en', 'board-interval': '60' });
    assert.equal(pageNumber(el), 'Page 1 of 2');
    assert.include(text(part(el, 'pause')), 'Pause automatic paging');
  });
});
