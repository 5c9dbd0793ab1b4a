import { assert, expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { fileObjection, listOwnObjections, listPointsNotices, NetworkError } from '@shanzhi/sdk';
import type { SzPointsNotice } from '../../src/points-notice/sz-points-notice.js';
import { problem } from '../fixtures/fake-client.js';
import { freshDeviceForEach, setOnline } from '../fixtures/device.js';
import { compose, endComposition } from '../fixtures/ime.js';
import { part, visibleText } from '../fixtures/mount.js';
import { openView } from '../fixtures/open-view.js';
import { FakePointsNoticeClient, mountNotice, reasonField, refusal, typeReason } from '../fixtures/points-notice-client.js';

const reasonText = '这户老人是由村里护工照料的，不是家里人长期照料';

/** Opens the form for the first entry (赵*荣, pe-0001) and returns its reason field. */
async function openForm(el: SzPointsNotice): Promise<HTMLTextAreaElement> {
  part(el, 'object')?.click();
  return reasonField(el);
}

function submit(el: SzPointsNotice): void {
  part(el, 'submit')?.click();
}

const fieldError = (el: SzPointsNotice) => part(el, 'field-error')?.textContent.trim();

describe('<sz-points-notice> objection', () => {
  freshDeviceForEach();

  it('files an objection with an Idempotency-Key, shows the receipt, emits ids only and forgets the text', async () => {
    const client = new FakePointsNoticeClient();
    const el = await mountNotice(client);
    const field = await openForm(el);
    assert.equal(el.shadowRoot?.activeElement?.id, 'form-title', 'focus on the form heading');
    assert.include(visibleText(part(el, 'objection-form')), '赵*荣 · 孝老爱亲事迹突出 · +10');
    await expect(el).to.be.accessible();
    typeReason(field, `  ${reasonText}  `);
    const filed = oneEvent(el, 'sz-objection-filed');
    submit(el);
    const event = await filed;
    assert.deepEqual(event.detail, { objectionId: 'pe-0001.o1', entryId: 'pe-0001' });
    const [call] = client.callsOf(fileObjection.id);
    assert.deepEqual(call?.input.params, { villageId: 'v-test-01', entryId: 'pe-0001' });
    assert.deepEqual(call?.input.body, { reason: reasonText }, 'the reason, trimmed, and nothing else');
    assert.match(call?.idempotencyKey ?? '', /\S{8,}/);
    await waitUntil(() => part(el, 'receipt'), 'the receipt');
    const receipt = visibleText(part(el, 'receipt'));
    assert.equal(part(el, 'objection-id')?.textContent, 'pe-0001.o1');
    assert.include(receipt, '2026年11月29日');
    assert.include(receipt, '村务监督委员会将对您的异议作出书面答复');
    await waitUntil(() => el.shadowRoot?.activeElement?.id === 'receipt-title', 'focus on the receipt');
    assert.include(el.shadowRoot?.querySelector('[role="status"][aria-live]')?.textContent, '异议已提交，编号 pe-0001.o1');
    await expect(el).to.be.accessible();
    // The board was read again: the entry now says an objection is being handled.
    assert.lengthOf(client.callsOf(listPointsNotices.id), 2);
    // Back on the board and into the form again: the text is gone.
    el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="receipt"] .actions button:last-child')?.click();
    await waitUntil(() => part(el, 'list'), 'the board again');
    await waitUntil(() => el.shadowRoot?.activeElement?.getAttribute('data-object') === 'pe-0001', 'focus back on the entry');
    assert.include(visibleText(el.shadowRoot?.querySelector('[data-entry="pe-0001"]')), '异议处理中');
    const again = await openForm(el);
    assert.equal(again.value, '');
  });

  it('checks the reason before sending: required, at most 500 characters', async () => {
    const client = new FakePointsNoticeClient();
    const el = await mountNotice(client);
    const field = await openForm(el);
    submit(el);
    await waitUntil(() => fieldError(el), 'the required message');
    assert.equal(fieldError(el), '请填写异议理由。');
    assert.equal(field.getAttribute('aria-invalid'), 'true');
    assert.include(field.getAttribute('aria-describedby'), 'reason-error');
    typeReason(field, '理'.repeat(501));
    submit(el);
    await waitUntil(() => fieldError(el)?.includes('501'), 'the length message');
    assert.include(fieldError(el), '最多 500 字');
    assert.lengthOf(client.callsOf(fileObjection.id), 0);
    await expect(el).to.be.accessible();
  });

  it('does not judge the reason while a pinyin composition is open, and keeps what the IME committed', async () => {
    const el = await mountNotice();
    const field = await openForm(el);
    submit(el);
    await waitUntil(() => fieldError(el), 'the required message');
    compose(field as unknown as HTMLInputElement, ['h', 'hu', 'hug']);
    await el.updateComplete;
    assert.equal(fieldError(el), '请填写异议理由。', 'no judgement mid-composition');
    endComposition(field as unknown as HTMLInputElement, '护工');
    await el.updateComplete;
    assert.isUndefined(fieldError(el));
    assert.equal(field.value, '护工');
    assert.include(part(el, 'objection-form')?.textContent, '已写 2 / 500 字');
  });

  for (const [what, error] of [
    [
      'a second objection',
      refusal(409, 'points.objection.duplicate', '您家已对这条积分记录提出过异议（pe-0001.o1），同一户对同一条记录只能提一次'),
    ],
    ['an objection after the notice', refusal(409, 'points.objection.noticeOver', '公示已于 2026年11月28日 结束，不能再提出异议')],
    ['a villager of another village', refusal(403, 'points.objection.outsideVillage', '只有本村村民可以对本村的公示提出异议')],
  ] as const) {
    it(`shows the server's refusal of ${what} next to the field and keeps the text`, async () => {
      const client = new FakePointsNoticeClient();
      client.failNext(fileObjection.id, error);
      const el = await mountNotice(client);
      const field = await openForm(el);
      typeReason(field, reasonText);
      submit(el);
      await waitUntil(() => fieldError(el), 'the refusal');
      assert.equal(fieldError(el), error.issues[0]?.message);
      assert.equal(field.value, reasonText, 'the typed text is kept');
      assert.include(field.getAttribute('aria-describedby'), 'reason-error');
      await waitUntil(() => el.shadowRoot?.activeElement === field, 'focus on the field');
      assert.isNull(part(el, 'receipt'));
      await expect(el).to.be.accessible();
    });
  }

  it('retries a failed attempt with the same Idempotency-Key, and an edited text with a new one', async () => {
    const client = new FakePointsNoticeClient();
    client.failNext(fileObjection.id, problem(503, '服务暂时不可用', 'req-503-1', fileObjection.id));
    client.failNext(fileObjection.id, problem(503, '服务暂时不可用', 'req-503-2', fileObjection.id));
    const el = await mountNotice(client);
    const field = await openForm(el);
    typeReason(field, reasonText);
    submit(el);
    await waitUntil(() => part(el, 'error'), 'the error with retry');
    assert.include(part(el, 'error')?.textContent, 'req-503-1');
    assert.equal(field.value, reasonText);
    part(el, 'retry')?.click();
    await waitUntil(
      () => client.callsOf(fileObjection.id).length === 2 && part(el, 'error')?.textContent.includes('req-503-2'),
      'the retry',
    );
    const [first, second] = client.callsOf(fileObjection.id);
    assert.equal(second?.idempotencyKey, first?.idempotencyKey, 'one attempt, one key');
    typeReason(field, `${reasonText}。`);
    submit(el);
    await waitUntil(() => part(el, 'receipt'), 'the receipt');
    const third = client.callsOf(fileObjection.id)[2];
    assert.notEqual(third?.idempotencyKey, first?.idempotencyKey, 'a changed text is a new attempt');
  });

  it('offline: says so, keeps the text, and sends with the same key when pressed again', async () => {
    const client = new FakePointsNoticeClient();
    const el = await mountNotice(client);
    const field = await openForm(el);
    typeReason(field, reasonText);
    setOnline(false);
    client.failNext(fileObjection.id, new NetworkError(fileObjection.id, 'req-off', new TypeError('Failed to fetch')));
    submit(el);
    await waitUntil(() => part(el, 'offline'), 'the offline notice');
    assert.include(part(el, 'offline')?.textContent, '您写的内容还在');
    assert.equal(field.value, reasonText);
    setOnline(true);
    submit(el);
    await waitUntil(() => part(el, 'receipt'), 'the receipt');
    const [first, second] = client.callsOf(fileObjection.id);
    assert.equal(second?.idempotencyKey, first?.idempotencyKey);
  });

  it("lists my objections with their status and the supervisory committee's written answer", async () => {
    const client = new FakePointsNoticeClient();
    const el = await mountNotice(client);
    await openView(el, 'view-switch', 'objection', 'mine-title');
    const text = visibleText(part(el, 'objection'));
    assert.include(text, '吴*红 · 焚烧秸秆 · −5');
    assert.include(text, '异议不成立');
    assert.include(text, '同一件事上个月已经加过分');
    assert.include(visibleText(part(el, 'answer')), '有签到表和照片为证');
    assert.lengthOf(client.callsOf(listOwnObjections.id), 1);
    await expect(el).to.be.accessible();
    part(el, 'view-switch')?.click();
    await waitUntil(() => part(el, 'list'), 'the board again');
  });

  it('shows a new objection in "my objections" from the receipt, awaiting an answer, in English too', async () => {
    const client = new FakePointsNoticeClient();
    const el = await mountNotice(client, { locale: 'en' });
    const field = await openForm(el);
    assert.equal(el.shadowRoot?.querySelector('label[for="reason"]')?.textContent, 'Your reason (required)');
    typeReason(field, reasonText);
    submit(el);
    await waitUntil(() => part(el, 'receipt'), 'the receipt');
    assert.include(visibleText(part(el, 'receipt')), 'will answer your objection in writing');
    el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="receipt"] .primary')?.click();
    await waitUntil(() => el.shadowRoot?.querySelectorAll('[part~="objection"]').length === 2, 'both objections');
    const mine = visibleText(part(el, 'objection'));
    assert.include(mine, 'Awaiting an answer');
    assert.include(mine, 'has not answered yet');
  });

  it('in 长辈版 the form and receipt pass axe', async () => {
    const el = await mountNotice(new FakePointsNoticeClient(), { elder: '' });
    const field = await openForm(el);
    await expect(el).to.be.accessible();
    typeReason(field, reasonText);
    submit(el);
    await waitUntil(() => part(el, 'receipt'), 'the receipt');
    await expect(el).to.be.accessible();
  });
});
