import { assert, expect } from '@open-wc/testing';
import { getAttachment, getAttachmentContent } from '@shanzhi/sdk';
import { sendKeys } from '@web/test-runner-commands';
import { waitUntil } from '../fixtures/wait.js';
import { filesClient, mountList } from '../fixtures/attachment-list-client.js';
import { problem } from '../fixtures/fake-client.js';
import { visibleText } from '../fixtures/mount.js';

const rows = (root: ShadowRoot) => [...root.querySelectorAll<HTMLElement>('[part~="attachment-file"]')];
const states = (root: ShadowRoot) => rows(root).map((row) => row.dataset.state);
const read = (root: ShadowRoot, n: number) => states(root).length === n && states(root).every((state) => state !== 'reading');
const button = (root: ShadowRoot, selector: string) => {
  const found = root.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};

describe('the staff’s list of attached files (AttachmentList)', () => {
  it('lists each file’s kind and size from its description, and fetches no bytes until asked', async () => {
    const client = await filesClient();
    const { el, root } = await mountList(client, ['att-photo', 'att-pdf']);
    await waitUntil(() => read(root, 2), 'both described');
    const text = visibleText(root.querySelector('[part~="attachment-files"]'));
    assert.include(text, '附件 2 个');
    assert.include(text, '照片 1 · PNG · 1 KB');
    assert.include(text, 'PDF 文件 2 · PDF · 1 KB');
    assert.deepEqual(
      client.callsOf(getAttachment.id).map((call) => call.input.params),
      [
        { villageId: 'v-test-01', attachmentId: 'att-photo' },
        { villageId: 'v-test-01', attachmentId: 'att-pdf' },
      ],
    );
    assert.lengthOf(client.callsOf(getAttachmentContent.id), 0, 'no content before a staff member asks');
    assert.deepEqual(
      [...root.querySelectorAll('[part~="attachment-open"]')].map((one) => visibleText(one)),
      ['查看', '打开'],
    );
    assert.include(root.querySelector('[part~="attachment-open"]')?.textContent, '照片 1', 'the button names its file');
    await expect(el).to.be.accessible();
  });

  it('opens a photo in a modal dialog: Escape closes it there, and the focus returns to its thumbnail', async () => {
    const client = await filesClient();
    const { el, root } = await mountList(client, ['att-photo']);
    await waitUntil(() => read(root, 1), 'described');
    button(root, '[part~="attachment-open"]').click();
    const dialog = button(root, 'dialog') as HTMLDialogElement;
    await waitUntil(() => dialog.open, 'the dialog opened');
    assert.deepEqual(client.callsOf(getAttachmentContent.id)[0]?.input.params, { villageId: 'v-test-01', attachmentId: 'att-photo' });
    const large = dialog.querySelector('img');
    if (!large) throw new Error('no image in the dialog');
    assert.match(large.src, /^blob:/);
    assert.equal(large.alt, '照片 1');
    await waitUntil(() => large.complete && large.naturalWidth === 2, 'the photo decoded');
    assert.include(root.querySelector('.live')?.textContent, '已打开照片 1');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape closed the dialog');
    await waitUntil(() => root.activeElement?.matches('[part~="attachment-thumb"]') === true, 'focus back on the thumbnail');
    assert.equal(el.escapes, 0, 'the Escape was the dialog’s, not the panel’s around it');
    assert.equal(button(root, '[part~="attachment-thumb"]').getAttribute('aria-label'), '放大查看照片 1');
    // The thumbnail opens it again, without fetching the bytes again; 关闭 closes it too.
    button(root, '[part~="attachment-thumb"]').click();
    await waitUntil(() => dialog.open, 'opened again');
    assert.lengthOf(client.callsOf(getAttachmentContent.id), 1);
    button(root, '[part~="attachment-close"]').click();
    await waitUntil(() => !dialog.open && root.activeElement?.matches('[part~="attachment-thumb"]') === true, 'closed, focus back');
  });

  it('gives a PDF as a link that saves it from a blob: URL, and moves the focus to it', async () => {
    const client = await filesClient();
    const { root } = await mountList(client, ['att-pdf']);
    await waitUntil(() => read(root, 1), 'described');
    button(root, '[part~="attachment-open"]').click();
    await waitUntil(() => root.querySelector('[part~="attachment-save"]'), 'the link');
    const link = button(root, '[part~="attachment-save"]') as HTMLAnchorElement;
    assert.match(link.href, /^blob:/);
    assert.equal(link.getAttribute('download'), 'att-pdf.pdf', 'named by its id: the server keeps no file name');
    assert.equal(visibleText(link), '保存PDF 文件 1');
    const bytes = await (await fetch(link.href)).text();
    assert.include(bytes, '%PDF-1.4');
    await waitUntil(() => root.activeElement === link, 'focus on the link');
    assert.include(root.querySelector('.live')?.textContent, 'PDF 文件 1已可保存');
  });

  it('says a file is gone in words (404), and a failure with a retry that works', async () => {
    const client = await filesClient();
    client.failNext(getAttachment.id, problem(503, '服务暂时不可用', 'req-503', getAttachment.id));
    const { el, root } = await mountList(client, ['att-photo', 'att-missing']);
    await waitUntil(() => read(root, 2), 'both answered');
    assert.deepEqual(states(root), ['failed', 'gone']);
    assert.include(visibleText(rows(root)[0]), '读取失败：服务暂时不可用');
    assert.include(visibleText(rows(root)[0]), 'req-503');
    assert.include(visibleText(rows(root)[1]), '文件已不存在');
    assert.isNull(rows(root)[1]?.querySelector('button'), 'nothing to open or retry for a file that is gone');
    await expect(el).to.be.accessible();
    button(root, '[part~="attachment-retry"]').click();
    await waitUntil(() => states(root)[0] === 'ready', 'the retry read it');
    // The content fails once too: its retry fetches the bytes again.
    client.failNext(getAttachmentContent.id, problem(500, '服务器出错', 'req-500', getAttachmentContent.id));
    button(root, '[part~="attachment-open"]').click();
    await waitUntil(() => states(root)[0] === 'failed', 'the content failed');
    await waitUntil(() => root.activeElement?.matches('[part~="attachment-retry"]') === true, 'focus on the retry');
    button(root, '[part~="attachment-retry"]').click();
    await waitUntil(() => states(root)[0] === 'open', 'opened on the retry');
    assert.lengthOf(client.callsOf(getAttachmentContent.id), 2);
  });

  it('reads a file of its own village when the record names one (a county-pool case’s intake)', async () => {
    const client = await filesClient();
    client.files.set('att-other', { villageId: 'v-test-02', bytes: new Blob(['x'], { type: 'image/png' }) });
    const { root } = await mountList(client, [{ attachmentId: 'att-other', villageId: 'v-test-02' }]);
    await waitUntil(() => read(root, 1), 'described');
    assert.deepEqual(states(root), ['ready']);
    assert.deepEqual(client.callsOf(getAttachment.id)[0]?.input.params, { villageId: 'v-test-02', attachmentId: 'att-other' });
  });

  it('revokes the object URLs when the widget leaves the page, and fetches again when asked after', async () => {
    const client = await filesClient();
    const { el, parent, root } = await mountList(client, ['att-photo', 'att-pdf']);
    await waitUntil(() => read(root, 2), 'described');
    for (const open of root.querySelectorAll<HTMLElement>('[part~="attachment-open"]')) open.click();
    await waitUntil(() => states(root).every((state) => state === 'open'), 'both opened');
    const dialog = button(root, 'dialog') as HTMLDialogElement;
    if (dialog.open) button(root, '[part~="attachment-close"]').click();
    const urls = [
      ...root.querySelectorAll<HTMLImageElement | HTMLAnchorElement>('[part~="attachment-thumb"] img, [part~="attachment-save"]'),
    ].map((one) => (one instanceof HTMLImageElement ? one.src : one.href));
    assert.lengthOf(urls, 2);
    const outcome = (url: string) =>
      fetch(url).then(
        () => 'read',
        () => 'revoked',
      );
    assert.deepEqual(await Promise.all(urls.map(outcome)), ['read', 'read']);
    el.remove();
    // A revoked blob: URL reads nothing any more: the bytes left memory with the widget.
    assert.deepEqual(await Promise.all(urls.map(outcome)), ['revoked', 'revoked']);
    parent.append(el);
    await el.updateComplete;
    assert.deepEqual(states(root), ['ready', 'ready'], 'back on the page: to be opened again');
    assert.isNull(root.querySelector('img[src^="blob:"]'));
  });

  it('forgets the bytes when the widget renders without the list (its panel closed), and keeps none fetched meanwhile', async () => {
    const client = await filesClient();
    const { el, root } = await mountList(client, ['att-pdf', 'att-photo']);
    await waitUntil(() => read(root, 2), 'described');
    button(root, '[part~="attachment-open"]').click();
    await waitUntil(() => root.querySelector('[part~="attachment-save"]'), 'the PDF opened');
    const url = (button(root, '[part~="attachment-save"]') as HTMLAnchorElement).href;
    // The photo's bytes are on their way when the panel closes.
    client.latency = 50;
    button(root, '[part~="attachment-open"]').click();
    el.showing = false;
    await el.updateComplete;
    const outcome = await fetch(url).then(
      () => 'read',
      () => 'revoked',
    );
    assert.equal(outcome, 'revoked');
    await waitUntil(() => client.callsOf(getAttachmentContent.id).length === 2, 'the photo requested');
    await new Promise((resolve) => setTimeout(resolve, 100));
    el.showing = true;
    await el.updateComplete;
    assert.deepEqual(states(root), ['ready', 'ready'], 'opened again only when asked again');
    assert.isNull(root.querySelector('dialog[open]'), 'the photo that arrived late did not open');
  });

  it('speaks English with the widget', async () => {
    const client = await filesClient();
    const { root } = await mountList(client, ['att-photo'], 'en');
    await waitUntil(() => read(root, 1), 'described');
    assert.include(visibleText(root.querySelector('[part~="attachment-files"]')), '1 attachment');
    assert.include(visibleText(root.querySelector('[part~="attachment-files"]')), 'Photo 1 · PNG · 1 KB');
    assert.equal(visibleText(root.querySelector('[part~="attachment-open"]')), 'View');
  });
});
