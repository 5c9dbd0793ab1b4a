import { assert, expect } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import '../../src/disclosure-poster/define.js';
import type { SzDisclosurePoster } from '../../src/disclosure-poster/sz-disclosure-poster.js';
import { choose, pngFile } from '../fixtures/attachment-client.js';
import { mountAs, useReferenceServer } from '../fixtures/e2e.js';
import { part, visibleText } from '../fixtures/mount.js';
import { decodeDrawnQr, stubPrint } from '../fixtures/poster-client.js';

const itemUrl = 'https://portal.example/disclosure?item={id}';

async function posterAs(role: string, attrs: Readonly<Record<string, string>>, ready: (el: SzDisclosurePoster) => unknown, what: string) {
  return (await mountAs(role, 'sz-disclosure-poster', { 'item-url': itemUrl, ...attrs }, { when: ready, what })).el;
}

const unpostedIds = (el: SzDisclosurePoster) =>
  [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[part~="unposted"] tbody tr') ?? [])].map((row) => row.dataset.item ?? '');

describe('<sz-disclosure-poster> against the reference server', function () {
  useReferenceServer(this, 90_000);

  it('a poster printed: the supervisor sees it unposted, the cadre prints it and records it with a photo, it leaves the list', async () => {
    const supervisor = await posterAs('supervisor', { mode: 'unposted' }, (el) => part(el, 'unposted'), "the supervisor's unposted list");
    const [itemId] = unpostedIds(supervisor);
    assert.ok(itemId, 'the seeded village has published items never posted');
    assert.match(visibleText(supervisor.shadowRoot?.querySelector(`tr[data-item="${itemId}"] [part~="overdue"]`)), /\d+ 天|今天/);

    const cadre = await posterAs('cadre', { item: itemId }, (el) => part(el, 'sheet') && part(el, 'record-form'), "the cadre's poster");
    assert.include(visibleText(part(cadre, 'sheet')), '村务公开栏');
    const link = `https://portal.example/disclosure?item=${itemId}`;
    assert.equal(await decodeDrawnQr(part(cadre, 'qr') as unknown as SVGSVGElement), link, 'the QR code leads to the item online');
    await expect(cadre).to.be.accessible();

    const printer = stubPrint(cadre);
    try {
      part(cadre, 'print')?.click();
      assert.deepEqual(printer.calls, [{ marked: true, a3: false }], 'printed once, the poster alone, on A4');
      window.dispatchEvent(new Event('afterprint'));
      assert.isFalse(cadre.hasAttribute('data-sz-poster-printing'));
    } finally {
      printer.restore();
    }

    const board = cadre.shadowRoot?.querySelector<HTMLInputElement>('#posting-board');
    if (!board) throw new Error('no board field');
    board.value = '村委会门口公开栏';
    board.dispatchEvent(new InputEvent('input', { bubbles: true }));
    choose(cadre.shadowRoot?.querySelector<HTMLInputElement>('#posting-photo'), await pngFile('公开栏照片.png'));
    await waitUntil(() => cadre.shadowRoot?.querySelector('[data-state="done"]'), 'the photo uploaded', { timeout: 15_000 });
    part(cadre, 'record')?.click();
    await waitUntil(() => part(cadre, 'record-receipt'), 'the posting recorded', { timeout: 15_000 });
    assert.include(visibleText(part(cadre, 'record-receipt')), '村委会门口公开栏');

    const again = await posterAs('supervisor', { mode: 'unposted' }, (el) => part(el, 'unposted') ?? part(el, 'summary'), 'the list again');
    assert.notInclude(unpostedIds(again), itemId, 'the posted item left the unposted list');
  });
});
