import { assert, expect } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { declarePointsEntry, fileObjection, uploadAttachment, type CallOptions } from '@shanzhi/sdk';
import { sendKeys } from '@web/test-runner-commands';
import type { SzPointsDesk } from '../../src/points-desk/sz-points-desk.js';
import type { SzPointsNotice } from '../../src/points-notice/sz-points-notice.js';
import { choose, FakeUploads, mountField, pickedFile, unusableFile } from '../fixtures/attachment-client.js';
import { freshDeviceForEach } from '../fixtures/device.js';
import { problem, type RecordedInput } from '../fixtures/fake-client.js';
import { part, visibleText } from '../fixtures/mount.js';
import { FakePointsDeskClient, mountDesk } from '../fixtures/points-desk-client.js';
import { FakePointsNoticeClient, mountNotice, reasonField, typeReason } from '../fixtures/points-notice-client.js';

const input = (root: ShadowRoot) => root.querySelector<HTMLInputElement>('input[type="file"]');
const rows = (root: ShadowRoot) => [...root.querySelectorAll<HTMLElement>('[part~="attachment"]')];
const states = (root: ShadowRoot) => rows(root).map((row) => row.dataset.state);
/** All `n` files listed are uploaded. */
const uploaded = (root: ShadowRoot, n: number) => states(root).length === n && states(root).every((state) => state === 'done');
const live = (root: ShadowRoot) => root.querySelector('.live')?.textContent ?? '';

describe('the file field (AttachmentField)', () => {
  freshDeviceForEach();

  it('uploads each chosen file at once, with its own Idempotency-Key, as bytes without the name', async () => {
    const { el, field, client, root } = await mountField();
    assert.equal(visibleText(root.querySelector('label')), '证明材料（照片或 PDF，可不上传）');
    assert.equal(input(root)?.accept, 'image/jpeg,image/png,image/webp,application/pdf');
    assert.equal(input(root)?.getAttribute('aria-describedby'), 'evidence-hint');
    choose(input(root), pickedFile('张三家门口.png'), pickedFile('证明.pdf', 'application/pdf', 4096));
    await el.updateComplete;
    assert.deepEqual(states(root), ['uploading', 'uploading']);
    assert.isFalse(field.check(), 'the form may not be sent while a file uploads');
    await el.updateComplete;
    assert.include(visibleText(root.querySelector('#evidence-error')), '正在上传');
    await waitUntil(() => uploaded(root, 2), 'both uploaded');
    assert.isNull(root.querySelector('#evidence-error'), 'the wait message goes once the uploads are done');
    const calls = client.callsOf(uploadAttachment.id);
    assert.lengthOf(calls, 2);
    assert.deepEqual(calls[0]?.input.params, { villageId: 'v-test-01', purpose: 'points-evidence' });
    for (const call of calls) {
      const body = call.input.body as unknown;
      assert.instanceOf(body, Blob);
      assert.notInstanceOf(body, File, 'the body carries no file name');
    }
    assert.equal((calls[0]?.input.body as unknown as Blob).type, 'image/png');
    assert.equal((calls[1]?.input.body as unknown as Blob).size, 4096);
    assert.notEqual(calls[0]?.idempotencyKey, calls[1]?.idempotencyKey);
    assert.deepEqual(field.ids, ['att-1', 'att-2']);
    assert.isTrue(field.check());
    assert.equal(el.changes, 2, 'the form hears of each finished file (a new attempt)');
    // The local name is shown (never sent); an image gets a thumbnail from an object URL.
    assert.include(visibleText(rows(root)[0]), '张三家门口.png');
    assert.include(visibleText(rows(root)[0]), '已上传');
    assert.match(rows(root)[0]?.querySelector('img')?.src ?? '', /^blob:/);
    assert.isNull(rows(root)[1]?.querySelector('img'), 'no thumbnail for a PDF');
    assert.include(live(root), '已上传');
    await expect(el).to.be.accessible();
  });

  it('a failed upload shows the server’s words and request id; its retry sends the same bytes under the same key', async () => {
    const { el, field, client, root } = await mountField();
    client.failNext(uploadAttachment.id, problem(500, '服务器内部错误', 'req-up-1', uploadAttachment.id));
    choose(input(root), pickedFile('photo.jpg', 'image/jpeg'));
    await waitUntil(() => states(root)[0] === 'failed', 'the failure');
    const row = rows(root)[0];
    assert.include(visibleText(row), '上传失败：服务器内部错误');
    assert.include(visibleText(row), 'req-up-1');
    assert.include(live(root), 'photo.jpg 上传失败');
    assert.deepEqual(field.ids, []);
    assert.isFalse(field.check());
    await el.updateComplete;
    assert.include(visibleText(root.querySelector('#evidence-error')), '重试或移除');
    assert.equal(input(root)?.getAttribute('aria-invalid'), 'true');
    await expect(el).to.be.accessible();
    row?.querySelector<HTMLButtonElement>('[part~="attachment-retry"]')?.click();
    await waitUntil(() => states(root)[0] === 'done', 'uploaded on retry');
    const [first, second] = client.callsOf(uploadAttachment.id);
    assert.equal(second?.idempotencyKey, first?.idempotencyKey);
    assert.strictEqual(second?.input.body, first?.input.body);
    assert.deepEqual(field.ids, ['att-1']);
    assert.isNull(root.querySelector('#evidence-error'), 'the failure message went with the failure');
  });

  it('a file the server refuses (its format) offers no retry, only removal', async () => {
    const { client, root } = await mountField({ purpose: 'goods-photo' });
    assert.equal(input(root)?.accept, 'image/jpeg,image/png,image/webp', 'goods photos: no PDF');
    client.failNext(uploadAttachment.id, problem(415, '不接受此类文件', 'req-up-2', uploadAttachment.id));
    choose(input(root), pickedFile('setup.exe.jpg', 'image/jpeg'));
    await waitUntil(() => states(root)[0] === 'failed', 'the refusal');
    assert.include(visibleText(rows(root)[0]), '不接受此类文件');
    assert.isNull(root.querySelector('[part~="attachment-retry"]'));
    assert.isNotNull(root.querySelector('[part~="attachment-remove"]'));
  });

  it('remove: the file leaves the ids, its preview is revoked, an upload on its way stops, focus stays in the field', async () => {
    const revoked: string[] = [];
    const revoke = URL.revokeObjectURL.bind(URL);
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
      revoke(url);
    };
    try {
      const { el, field, client, root } = await mountField();
      choose(input(root), pickedFile('a.png'), pickedFile('b.png'));
      await waitUntil(() => uploaded(root, 2), 'uploaded');
      const preview = rows(root)[0]?.querySelector('img')?.src ?? '';
      rows(root)[0]?.querySelector<HTMLButtonElement>('[part~="attachment-remove"]')?.click();
      await el.updateComplete;
      assert.deepEqual(field.ids, ['att-2']);
      assert.deepEqual(revoked, [preview]);
      assert.include(live(root), '已移除 a.png');
      await waitUntil(() => root.activeElement?.closest('[part~="attachment"]') === rows(root)[0], 'focus on the next file');
      // An upload on its way is stopped when its file is removed.
      client.latency = 10_000;
      choose(input(root), pickedFile('c.png'));
      await el.updateComplete;
      const pending = client.callsOf(uploadAttachment.id)[2];
      rows(root)[1]?.querySelector<HTMLButtonElement>('[part~="attachment-remove"]')?.click();
      await el.updateComplete;
      assert.isTrue(pending?.signal?.aborted);
      assert.deepEqual(field.ids, ['att-2']);
      rows(root)[0]?.querySelector<HTMLButtonElement>('[part~="attachment-remove"]')?.click();
      await waitUntil(() => root.activeElement === input(root), 'focus back on the picker');
      assert.lengthOf(rows(root), 0);
    } finally {
      URL.revokeObjectURL = revoke;
    }
  });

  it('takes at most `max` files, says so, and forgets everything on clear()', async () => {
    const { el, field, root } = await mountField({ max: 2 });
    choose(input(root), pickedFile('1.png'), pickedFile('2.png'), pickedFile('3.png'));
    await el.updateComplete;
    assert.lengthOf(rows(root), 2);
    assert.include(visibleText(root.querySelector('#evidence-error')), '最多只能上传 2 个文件');
    assert.include(live(root), '最多只能上传 2 个文件');
    await waitUntil(() => field.ids.length === 2, 'two uploaded');
    assert.isTrue(input(root)?.disabled, 'no more room');
    assert.include(visibleText(root.querySelector('#evidence-hint')), '上限');
    field.clear();
    await el.updateComplete;
    assert.lengthOf(rows(root), 0);
    assert.deepEqual(field.ids, []);
    assert.isFalse(input(root)?.disabled);
    assert.isNull(root.querySelector('#evidence-error'));
  });

  it('is keyboard operable: Tab reaches each file’s buttons, Enter removes', async () => {
    const { el, field, client, root } = await mountField();
    client.failNext(uploadAttachment.id, problem(503, '服务暂不可用', 'req-up-3', uploadAttachment.id));
    input(root)?.focus();
    choose(input(root), pickedFile('a.png'), pickedFile('b.png'));
    await waitUntil(() => states(root).includes('failed') && states(root).includes('done'), 'one failed, one uploaded');
    await sendKeys({ press: 'Tab' });
    assert.equal(root.activeElement?.getAttribute('part'), 'attachment-retry');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => uploaded(root, 2), 'retried from the keyboard');
    input(root)?.focus();
    await sendKeys({ press: 'Tab' });
    assert.equal(root.activeElement?.getAttribute('part'), 'attachment-remove');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    assert.lengthOf(field.ids, 1);
  });

  it('speaks English', async () => {
    const { el, root } = await mountField({ locale: 'en' });
    assert.equal(visibleText(root.querySelector('label')), 'Evidence (photos or PDF, optional)');
    choose(input(root), pickedFile('photo.png'));
    await waitUntil(() => states(root)[0] === 'done', 'uploaded');
    assert.include(visibleText(rows(root)[0]), 'Uploaded');
    assert.include(visibleText(rows(root)[0]), 'Remove');
    assert.equal(live(root), 'photo.png uploaded');
    await expect(el).to.be.accessible();
  });

  it('the picker and every button are at least 44 px, and 60 px in 长辈版', async () => {
    const { el, client, root } = await mountField();
    client.failNext(uploadAttachment.id, problem(500, '服务器内部错误', 'req-up-4', uploadAttachment.id));
    choose(input(root), pickedFile('photo.png'));
    await waitUntil(() => states(root)[0] === 'failed', 'failed, with its retry and remove buttons');
    const controls = () => [input(root), ...root.querySelectorAll('[part~="attachment"] button')];
    assert.lengthOf(controls(), 3);
    for (const control of controls()) assert.isAtLeast(control?.getBoundingClientRect().height ?? 0, 44);
    el.setAttribute('data-sz-elder', '');
    await el.updateComplete;
    for (const control of controls()) {
      const box = control?.getBoundingClientRect();
      assert.isAtLeast(box?.height ?? 0, 60);
      assert.isAtLeast(box?.width ?? 0, 60);
    }
    await expect(el).to.be.accessible();
  });
});

/** The desk's fake client, storing uploads too. */
class DeskWithUploads extends FakePointsDeskClient {
  readonly uploads = new FakeUploads();

  protected override answer(routeId: string, input: RecordedInput, options: CallOptions = {}): unknown {
    return routeId === uploadAttachment.id ? this.uploads.answer(input, options) : super.answer(routeId, input);
  }
}

class NoticeWithUploads extends FakePointsNoticeClient {
  readonly uploads = new FakeUploads();

  protected override answer(routeId: string, input: RecordedInput, options: CallOptions = {}): unknown {
    return routeId === uploadAttachment.id ? this.uploads.answer(input, options) : super.answer(routeId, input);
  }
}

async function openDeclare(el: SzPointsDesk): Promise<ShadowRoot> {
  const root = el.shadowRoot!;
  part(el, 'open-declare')?.click();
  await waitUntil(() => root.querySelector('#declare-files'), 'the declare form with its file field');
  const q = root.querySelector<HTMLInputElement>('#declare-q');
  if (q) q.value = '张';
  q?.dispatchEvent(new Event('input'));
  root.querySelector<HTMLButtonElement>('[part~="find"]')?.click();
  await waitUntil(() => root.querySelector('[data-household="h-11"]'), 'the households found');
  root.querySelector<HTMLButtonElement>('[data-household="h-11"]')?.click();
  const select = root.querySelector<HTMLSelectElement>('#declare-rule');
  if (select) {
    select.value = 'env.tidyCourtyard';
    select.dispatchEvent(new Event('change'));
  }
  await el.updateComplete;
  return root;
}

describe('the forms with evidence', () => {
  freshDeviceForEach();

  it('the desk declares with the uploaded files’ ids, keeps them on a field problem, forgets them after success', async () => {
    const client = new DeskWithUploads();
    client.failNext(declarePointsEntry.id, unusableFile(declarePointsEntry.id, 1));
    const el = await mountDesk(client);
    const root = await openDeclare(el);
    choose(root.querySelector<HTMLInputElement>('#declare-files'), pickedFile('院落.png'), pickedFile('院落2.png'));
    await waitUntil(() => uploaded(root, 2), 'uploaded');
    assert.deepEqual(client.callsOf(uploadAttachment.id)[0]?.input.params, { villageId: 'v-test-01', purpose: 'points-evidence' });
    part(el, 'declare-submit')?.click();
    await waitUntil(() => root.querySelector('#declare-files-error'), 'the server’s issue on the files');
    assert.include(visibleText(root.querySelector('#declare-files-error')), '此项的值无效');
    assert.lengthOf(rows(root), 2, 'the files are kept');
    assert.deepEqual(client.callsOf(declarePointsEntry.id)[0]?.input.body?.attachmentIds, ['att-1', 'att-2']);
    const declared = client.callsOf(declarePointsEntry.id);
    assert.lengthOf(declared, 1);
    part(el, 'declare-submit')?.click();
    await waitUntil(() => part(el, 'declare-receipt'), 'the receipt');
    assert.deepEqual(client.callsOf(declarePointsEntry.id)[1]?.input.body?.attachmentIds, ['att-1', 'att-2']);
    assert.lengthOf(rows(root), 0, 'the files are forgotten after success');
  });

  it('the desk will not declare while a file uploads', async () => {
    const client = new DeskWithUploads();
    const el = await mountDesk(client);
    const root = await openDeclare(el);
    client.latency = 10_000;
    choose(root.querySelector<HTMLInputElement>('#declare-files'), pickedFile('院落.png'));
    await el.updateComplete;
    part(el, 'declare-submit')?.click();
    await waitUntil(() => root.querySelector('#declare-files-error'), 'the wait message');
    assert.lengthOf(client.callsOf(declarePointsEntry.id), 0);
    assert.equal(root.activeElement?.id, 'declare-files');
  });

  it('an objection carries its evidence; the files go with the text once it is received', async () => {
    const client = new NoticeWithUploads();
    const el: SzPointsNotice = await mountNotice(client);
    part(el, 'object')?.click();
    const field = await reasonField(el);
    const root = el.shadowRoot!;
    typeReason(field, '那天该户不在村里，村口监控可以证明');
    choose(root.querySelector<HTMLInputElement>('#objection-files'), pickedFile('监控截图.png'));
    await waitUntil(() => states(root)[0] === 'done', 'uploaded');
    assert.deepEqual(client.callsOf(uploadAttachment.id)[0]?.input.params, { villageId: 'v-test-01', purpose: 'objection-evidence' });
    await expect(el).to.be.accessible();
    part(el, 'submit')?.click();
    await waitUntil(() => part(el, 'receipt'), 'the receipt');
    assert.deepEqual(client.callsOf(fileObjection.id)[0]?.input.body, {
      reason: '那天该户不在村里，村口监控可以证明',
      attachmentIds: ['att-1'],
    });
    root.querySelector<HTMLButtonElement>('[part~="receipt"] .actions button:last-child')?.click();
    await waitUntil(() => part(el, 'list'), 'the board again');
    part(el, 'object')?.click();
    await reasonField(el);
    assert.lengthOf(rows(root), 0, 'no file is left in the page');
  });
});
