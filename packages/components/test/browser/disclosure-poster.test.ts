import { assert, expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { getDisclosurePoster, listDisclosurePostings, NetworkError, recordDisclosurePosting } from '@shanzhi/sdk';
import { sendKeys } from '@web/test-runner-commands';
import { encode } from 'uqr';
import '../../src/disclosure-poster/define.js';
import { printSheetAdopted } from '../../src/disclosure-poster/print.js';
import { qrMatrix } from '../../src/disclosure-poster/qr.js';
import type { SzDisclosurePoster } from '../../src/disclosure-poster/sz-disclosure-poster.js';
import { choose, pngFile } from '../fixtures/attachment-client.js';
import { restoreOnlineAfterEach, setOnline } from '../fixtures/device.js';
import { problem } from '../fixtures/fake-client.js';
import { mountSignedOut, part, visibleText } from '../fixtures/mount.js';
import { decodeDrawnQr, FakePosterClient, mountPoster, stubPrint } from '../fixtures/poster-client.js';
import { clearStorageBeforeEach } from '../fixtures/storage.js';

const $ = (el: SzDisclosurePoster, selector: string) => el.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const field = (el: SzDisclosurePoster, selector: string) => el.shadowRoot?.querySelector<HTMLInputElement>(selector) ?? null;
const items = (el: SzDisclosurePoster) => [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[part~="poster-item"]') ?? [])];
const recordForm = { when: (el: SzDisclosurePoster) => part(el, 'record-form') !== null, what: 'the record form' };

function type(input: HTMLInputElement | HTMLTextAreaElement | null, value: string): void {
  if (!input) throw new Error('no input');
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
}

describe('<sz-disclosure-poster>', () => {
  clearStorageBeforeEach(localStorage);
  restoreOnlineAfterEach();

  it('shows the shared loading skeleton while the text is on its way', async () => {
    const client = new FakePosterClient();
    client.latency = 60_000;
    const el = await mountPoster(client, { item: 'd-notice' }, false);
    await waitUntil(() => part(el, 'loading'), 'the skeleton', { timeout: 5000 });
    assert.equal(part(el, 'loading')?.getAttribute('role'), 'status');
    await expect(el).to.be.accessible();
  });

  it("lays out one item with the public's text, its QR code and the link under it, and passes axe", async () => {
    const client = new FakePosterClient();
    const el = await mountPoster(client, { item: 'd-relief' });
    assert.deepEqual(client.callsOf(getDisclosurePoster.id)[0]?.input.query, { item: 'd-relief' });
    assert.include(visibleText(part(el, 'sheet')), '青山村村务公开栏');
    assert.include(visibleText(part(el, 'sheet')), '2026年第四季度低保名单');
    assert.include(visibleText(part(el, 'sheet')), '张*明', 'the masked names the server sent, as they are');
    assert.equal(part(el, 'qr-url')?.textContent, 'https://portal.example/disclosure?item=d-relief');
    assert.equal(part(el, 'qr')?.getAttribute('role'), 'img');
    assert.include(part(el, 'qr')?.getAttribute('aria-label'), '2026年第四季度低保名单');
    await expect(el).to.be.accessible();
  });

  it('draws a QR code that a decoder reads back as the item link', async () => {
    const el = await mountPoster(new FakePosterClient(), { item: 'd-notice' });
    const drawn = part(el, 'qr') as unknown as SVGSVGElement;
    assert.equal(await decodeDrawnQr(drawn), 'https://portal.example/disclosure?item=d-notice');
    // The drawing is the library's matrix, module for module (quiet zone of 4, error correction M).
    const { size, data } = encode('https://portal.example/disclosure?item=d-notice', { ecc: 'M', border: 4 });
    assert.equal(drawn.viewBox.baseVal.width, size);
    assert.equal(qrMatrix('https://portal.example/disclosure?item=d-notice').size, data.length);
  });

  it('puts ids only into the link, URL-encoded, and draws no QR code without a safe http(s) pattern', async () => {
    const el = await mountPoster(new FakePosterClient(), { item: 'd-notice', 'item-url': 'https://portal.example/v/{village}/d/{id}' });
    assert.equal(part(el, 'qr-url')?.textContent, 'https://portal.example/v/v-test-01/d/d-notice');
    el.itemUrl = 'javascript:alert(1)//{id}';
    await el.updateComplete;
    assert.isNull(part(el, 'qr'));
    el.removeAttribute('item-url');
    el.itemUrl = undefined;
    await el.updateComplete;
    assert.isNull(part(el, 'qr'));
    assert.include(part(el, 'no-qr')?.textContent, 'item-url');
  });

  it("lays out a month's items under the month's heading", async () => {
    const client = new FakePosterClient(['d-notice', 'd-relief', 'd-finance']);
    const el = await mountPoster(client, { year: '2026', month: '11' });
    assert.deepEqual(client.callsOf(getDisclosurePoster.id)[0]?.input.query, { year: 2026, month: 11 });
    assert.lengthOf(items(el), 3);
    assert.include(visibleText(part(el, 'sheet')), '2026年11月公开内容');
    assert.lengthOf(el.shadowRoot?.querySelectorAll('[part~="qr"]') ?? [], 3);
    assert.isNotNull(part(el, 'finance'), 'the finance statement drawn by the board');
    assert.isNull(part(el, 'record-form'), 'postings are recorded item by item');
  });

  it('prints alone on the chosen paper: marks itself, adopts the @page sheet, calls print, undoes it after', async () => {
    const el = await mountPoster(new FakePosterClient(), { item: 'd-notice' });
    const paper = part(el, 'paper') as HTMLSelectElement;
    paper.value = 'A3';
    paper.dispatchEvent(new Event('change'));
    await el.updateComplete;
    assert.isTrue(part(el, 'sheet')?.classList.contains('a3'));
    const printer = stubPrint(el);
    try {
      const announced = oneEvent(el, 'sz-disclosure-poster-print');
      part(el, 'print')?.click();
      assert.deepEqual((await announced).detail, { itemIds: ['d-notice'] });
      assert.deepEqual(printer.calls, [{ marked: true, a3: true }]);
      const rules = document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
      assert.match(rules, /@page\s*\{\s*size: a3\b/i);
      assert.include(rules, 'visibility: hidden');
      window.dispatchEvent(new Event('afterprint'));
      assert.isFalse(el.hasAttribute('data-sz-poster-printing'));
      assert.isFalse(printSheetAdopted('A3'));
    } finally {
      printer.restore();
    }
  });

  it('asks for an item or a month when it has neither', async () => {
    const el = await mountPoster(new FakePosterClient(), {}, false);
    await waitUntil(() => part(el, 'empty'), 'the empty state', { timeout: 5000 });
    assert.include(part(el, 'empty')?.textContent, 'item');
  });

  it('shows the shared empty state for a month without items', async () => {
    const el = await mountPoster(new FakePosterClient([]), { year: '2026', month: '2' }, false);
    await waitUntil(() => part(el, 'empty'), 'the empty state', { timeout: 5000 });
    assert.include(part(el, 'empty')?.textContent, '这个月没有');
    await expect(el).to.be.accessible();
  });

  it('shows the problem title and request id, and retry loads again', async () => {
    const client = new FakePosterClient();
    client.failNext(getDisclosurePoster.id, problem(503, '服务暂时不可用', 'req-7f3a-0001', getDisclosurePoster.id));
    const el = await mountPoster(client, { item: 'd-notice' }, false);
    await waitUntil(() => part(el, 'error'), 'the error state', { timeout: 5000 });
    assert.equal(part(el, 'error')?.getAttribute('role'), 'alert');
    assert.include(part(el, 'error')?.textContent, 'req-7f3a-0001');
    await expect(el).to.be.accessible();
    part(el, 'retry')?.click();
    await waitUntil(() => part(el, 'sheet'), 'the sheet after retry', { timeout: 5000 });
  });

  it('shows the offline state and loads by itself when the connection returns', async () => {
    const client = new FakePosterClient();
    setOnline(false);
    client.failNext(getDisclosurePoster.id, new NetworkError(getDisclosurePoster.id, 'req-off-1', new TypeError('Failed to fetch')));
    const el = await mountPoster(client, { item: 'd-notice' }, false);
    await waitUntil(() => part(el, 'offline'), 'the offline state', { timeout: 5000 });
    setOnline(true);
    await waitUntil(() => part(el, 'sheet'), 'reloaded on reconnect', { timeout: 5000 });
  });

  it('records a posting with a photo: one key across a retry, a receipt, an event with ids, the photo forgotten', async () => {
    const client = new FakePosterClient();
    const el = await mountPoster(client, { item: 'd-notice' }, recordForm);
    type(field(el, '#posting-board'), '村委会门口公开栏');
    choose(field(el, '#posting-photo'), await pngFile('IMG_0001.png'));
    await waitUntil(() => $(el, '[data-state="done"]'), 'the photo uploaded', { timeout: 5000 });
    client.failNext(
      recordDisclosurePosting.id,
      new NetworkError(recordDisclosurePosting.id, 'req-net-1', new TypeError('Failed to fetch')),
    );
    part(el, 'record')?.click();
    await waitUntil(() => part(el, 'record-problem'), 'the send failed', { timeout: 5000 });
    assert.equal(field(el, '#posting-board')?.value, '村委会门口公开栏', 'what was typed stays');
    const posted = oneEvent(el, 'sz-disclosure-posted');
    part(el, 'record')?.click();
    const detail: unknown = (await posted).detail;
    assert.deepEqual(detail, { itemId: 'd-notice', postingId: 'pst-d-notice-1' });
    const [first, second] = client.callsOf(recordDisclosurePosting.id);
    assert.ok(first?.idempotencyKey);
    assert.equal(second?.idempotencyKey, first.idempotencyKey, 'a retry of one attempt keeps its key');
    assert.deepEqual(second?.input.body, { board: '村委会门口公开栏', postedOn: '2026-11-29', photoId: 'att-1' });
    await waitUntil(() => part(el, 'record-receipt'), 'the receipt', { timeout: 5000 });
    assert.include(part(el, 'record-receipt')?.textContent, '王网格');
    assert.isNull($(el, '[part~="attachment"]'), 'the photo left the form');
    assert.equal(field(el, '#posting-board')?.value, '村委会门口公开栏', 'the board stays for the next item');
    await expect(el).to.be.accessible();
  });

  it("checks the board before sending, and shows the server's issue at its field", async () => {
    const client = new FakePosterClient();
    const el = await mountPoster(client, { item: 'd-notice' }, recordForm);
    part(el, 'record')?.click();
    await waitUntil(() => $(el, '#posting-board[aria-invalid="true"]'), 'the board marked', { timeout: 5000 });
    assert.equal(el.shadowRoot?.activeElement, $(el, '#posting-board'));
    assert.lengthOf(client.callsOf(recordDisclosurePosting.id), 0);
    type(field(el, '#posting-board'), '二组晒场公开栏');
    const refusal = problem(400, '请求有误', 'req-400', recordDisclosurePosting.id);
    Object.assign(refusal, { issues: [{ path: ['postedOn'], code: 'posting.date.future', message: '张贴日期还没到' }] });
    client.failNext(recordDisclosurePosting.id, refusal);
    part(el, 'record')?.click();
    await waitUntil(() => $(el, '#posting-postedOn[aria-invalid="true"]'), 'the date marked', { timeout: 5000 });
    assert.include($(el, '#posting-postedOn-error')?.textContent, '张贴日期还没到');
  });

  it('says who may record when the server refuses the caller', async () => {
    const client = new FakePosterClient();
    client.failNext(recordDisclosurePosting.id, problem(403, '无权操作', 'req-403', recordDisclosurePosting.id));
    const el = await mountPoster(client, { item: 'd-notice' }, recordForm);
    type(field(el, '#posting-board'), '村委会门口公开栏');
    part(el, 'record')?.click();
    await waitUntil(() => part(el, 'record-problem'), 'the refusal', { timeout: 5000 });
    assert.include(part(el, 'record-problem')?.textContent, '村干部和网格员');
  });

  it('lists the unposted items with their overdue days; opens one to print; recording takes it off the list', async () => {
    const client = new FakePosterClient();
    const el = await mountPoster(client, { mode: 'unposted' }, { when: (one) => part(one, 'unposted') !== null, what: 'the list' });
    assert.deepEqual(client.callsOf(listDisclosurePostings.id)[0]?.input.query, { unposted: true });
    assert.equal(part(el, 'title')?.textContent, '未张贴的公开内容');
    assert.deepEqual(
      [...(el.shadowRoot?.querySelectorAll('[part~="overdue"]') ?? [])].map((one) => one.textContent.trim()),
      ['9 天', '3 天'],
    );
    await expect(el).to.be.accessible();
    const selected = oneEvent(el, 'sz-disclosure-poster-select');
    $(el, 'tr[data-item="d-relief"] button')?.click();
    assert.deepEqual((await selected).detail, { itemId: 'd-relief' });
    await waitUntil(() => part(el, 'sheet') && part(el, 'record-form'), 'the poster and the form', { timeout: 5000 });
    assert.equal(el.shadowRoot?.activeElement, part(el, 'back'));
    type(field(el, '#posting-board'), '村委会门口公开栏');
    part(el, 'record')?.click();
    await waitUntil(() => part(el, 'record-receipt'), 'recorded', { timeout: 5000 });
    part(el, 'back')?.click();
    await waitUntil(() => part(el, 'unposted') && !$(el, 'tr[data-item="d-relief"]'), 'the list without it', { timeout: 5000 });
    assert.lengthOf(client.callsOf(listDisclosurePostings.id), 2);
  });

  it('in unposted mode tells a viewer without a sign-in who the list is for', async () => {
    const el = await mountSignedOut<SzDisclosurePoster>('sz-disclosure-poster', { village: 'v-test-01', mode: 'unposted' });
    assert.include(part(el, 'staff-only')?.textContent, '请先登录');
  });

  it('is operated by keyboard: Tab reaches the paper choice and Print, Enter prints', async () => {
    const el = await mountPoster(new FakePosterClient(), { item: 'd-notice' });
    const printer = stubPrint(el);
    try {
      part(el, 'elder-controls')?.querySelector('button')?.focus();
      let guard = 0;
      while (el.shadowRoot?.activeElement !== part(el, 'paper') && guard++ < 8) await sendKeys({ press: 'Tab' });
      assert.equal(el.shadowRoot?.activeElement, part(el, 'paper'));
      await sendKeys({ press: 'Tab' });
      assert.equal(el.shadowRoot?.activeElement, part(el, 'print'));
      await sendKeys({ press: 'Enter' });
      assert.lengthOf(printer.calls, 1);
      window.dispatchEvent(new Event('afterprint'));
    } finally {
      printer.restore();
    }
  });

  it('speaks English', async () => {
    const el = await mountPoster(new FakePosterClient(), { item: 'd-notice', locale: 'en' });
    assert.equal(part(el, 'title')?.textContent, 'Notice-board poster');
    assert.include(visibleText(part(el, 'sheet')), 'village affairs notice board');
    assert.equal(part(el, 'print')?.textContent.trim(), 'Print');
  });

  it('in 长辈版 marks the host for the larger sizes, and passes axe', async () => {
    const el = await mountPoster(new FakePosterClient(), { item: 'd-notice', elder: '' });
    assert.isTrue(el.hasAttribute('data-sz-elder'));
    await expect(el).to.be.accessible();
  });
});
