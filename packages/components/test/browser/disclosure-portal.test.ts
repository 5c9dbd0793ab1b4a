import { assert, expect } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { SzDisclosureBoard } from '../../src/disclosure/sz-disclosure-board.js';
import { DisclosureFakeClient } from '../fixtures/disclosure-client.js';
import { listItems, mountBoard, part, text } from '../fixtures/disclosure-mount.js';
import { clearStorageBeforeEach } from '../fixtures/storage.js';

/** A portal's home page: the newest few items, dense, and a link to the full disclosure page. */
const home = { compact: '', 'max-items': '3', 'view-all-href': '/gongkai/?tab=all' } as const;

function viewAll(el: SzDisclosureBoard): HTMLAnchorElement | null {
  return part(el, 'view-all') as HTMLAnchorElement | null;
}

describe('<sz-disclosure-board> on a portal home page (max-items, compact, view-all-href)', () => {
  clearStorageBeforeEach(localStorage);

  it('max-items lists only that many items, asks the server for no more, and offers no "load more"', async () => {
    const { el, client } = await mountBoard({ attrs: { 'max-items': '3' } });
    assert.lengthOf(listItems(el), 3);
    assert.equal(client.callsOf('listDisclosures')[0]?.input.query?.limit, 3);
    assert.isNull(el.shadowRoot!.querySelector('.more'));
    assert.isNull(viewAll(el), 'no link without view-all-href');
    await expect(el).to.be.accessible();
  });

  it('pages up to max-items when the server sends fewer, and stops there', async () => {
    const client = new DisclosureFakeClient();
    client.pageSize = 2;
    const { el } = await mountBoard({ client, attrs: { 'max-items': '3' } });
    assert.lengthOf(listItems(el), 2);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.more')!.click();
    await waitUntil(() => listItems(el).length === 3, 'the third item');
    await el.updateComplete;
    assert.isNull(el.shadowRoot!.querySelector('.more'));
    assert.lengthOf(client.callsOf('listDisclosures'), 2);
  });

  it('compact shows the link with the total and the host’s safe address, and no filters or views', async () => {
    const { el } = await mountBoard({ attrs: home });
    assert.lengthOf(listItems(el), 3);
    const link = viewAll(el)!;
    assert.isNotNull(link);
    assert.equal(text(link), '查看全部（共 6 条）');
    assert.equal(link.getAttribute('href'), '/gongkai/?tab=all');
    assert.isNull(part(el, 'filters'));
    assert.isNull(el.shadowRoot!.querySelector('.views'));
    assert.notInclude(text(listItems(el)[0]), '公示至', 'compact rows leave out the secondary dates');
    assert.include(text(listItems(el)[0]), '公示中');
    await expect(el).to.be.accessible();
  });

  it('speaks English', async () => {
    const { el } = await mountBoard({ attrs: { ...home, locale: 'en' } });
    assert.equal(text(viewAll(el)), 'View all (6)');
  });

  it('accepts an absolute https address', async () => {
    const { el } = await mountBoard({ attrs: { ...home, 'view-all-href': 'https://portal.example.gov.cn/gongkai' } });
    assert.equal(viewAll(el)?.getAttribute('href'), 'https://portal.example.gov.cn/gongkai');
  });

  for (const href of [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
  ]) {
    it(`refuses ${JSON.stringify(href)} as the view-all address`, async () => {
      const { el } = await mountBoard({ attrs: { ...home, 'view-all-href': href } });
      assert.lengthOf(listItems(el), 3);
      assert.isNull(viewAll(el));
      assert.isNull(el.shadowRoot!.querySelector('a[href*="script:" i], a[href^="data:" i]'));
    });
  }

  it('shows no link when every item is already on screen', async () => {
    const { el } = await mountBoard({ attrs: { ...home, 'max-items': '10' } });
    assert.lengthOf(listItems(el), 6);
    assert.isNull(viewAll(el));
  });

  it('reaches the link with the keyboard after the items', async () => {
    const { el } = await mountBoard({ attrs: home });
    const buttons = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[data-id]');
    buttons[buttons.length - 1]!.focus();
    await sendKeys({ press: 'Tab' });
    assert.equal(el.shadowRoot!.activeElement, viewAll(el));
  });

  it('is much shorter than the full board', async () => {
    const full = await mountBoard();
    const compact = await mountBoard({ attrs: { ...home, 'max-items': '5' } });
    assert.isBelow(compact.el.getBoundingClientRect().height, full.el.getBoundingClientRect().height / 1.5);
  });

  it('is accessible in 长辈版', async () => {
    const { el } = await mountBoard({ attrs: { ...home, elder: '' } });
    assert.isNotNull(viewAll(el));
    await expect(el).to.be.accessible();
  });

  it('max-items bounds the pages of a public board', async () => {
    const { el } = await mountBoard({ attrs: { display: 'board', 'max-items': '5', compact: '' } });
    assert.lengthOf(listItems(el), 5);
    assert.isNull(part(el, 'board-controls'), 'one page: nothing to turn');
  });
});
