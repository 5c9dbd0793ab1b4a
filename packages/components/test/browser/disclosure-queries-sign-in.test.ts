import { assert, expect } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { DisclosureFakeClient, problem } from '../fixtures/disclosure-client.js';
import { mountBoard, openItem, part, text } from '../fixtures/disclosure-mount.js';

/*
 * Asking about an item (askAboutDisclosure) is for signed-in villagers. A board that knows no credentials can go with
 * its requests says so before anyone types; one that may have them and is answered 401 says it in plain words and
 * keeps what was typed.
 */

const shadow = (el: Element) => el.shadowRoot!;

describe('<sz-disclosure-board> question form and sign-in', () => {
  it('without credentials says asking needs sign-in instead of offering a form to fill in; the answer look-up stays', async () => {
    // A provider with its own api-base and no token getter: the board knows nobody is signed in.
    const client = new DisclosureFakeClient();
    const { el } = await mountBoard({ client, providerAttrs: { 'api-base': 'http://127.0.0.1:9' } });
    await openItem(el, 'd-notice');
    await waitUntil(() => shadow(el).querySelector('#query-sign-in'), 'the sign-in note', { timeout: 5000 });
    const note = shadow(el).querySelector('#query-sign-in');
    assert.include(text(note), '需要先登录本村村民账号');
    assert.equal(note?.getAttribute('role'), 'note');
    assert.isNull(part(el, 'query-form'), 'no form to type into and be refused');
    assert.isNull(shadow(el).querySelector('#query-text'));
    assert.isNotNull(part(el, 'lookup-form'), 'reading an answer back needs no sign-in');
    assert.lengthOf(client.callsOf('askAboutDisclosure'), 0);
    await expect(el).to.be.accessible();
  });

  it('says the same in English', async () => {
    const { el } = await mountBoard({ attrs: { locale: 'en' }, providerAttrs: { 'api-base': 'http://127.0.0.1:9' } });
    await openItem(el, 'd-notice');
    await waitUntil(() => shadow(el).querySelector('#query-sign-in'), 'the sign-in note', { timeout: 5000 });
    assert.include(text(shadow(el).querySelector('#query-sign-in')), 'sign in with your village account first');
  });

  it('a 401 on sending says to sign in, in plain words, and keeps the kind, the text and the phone typed', async () => {
    const client = new DisclosureFakeClient();
    const { el } = await mountBoard({ client });
    await openItem(el, 'd-notice');
    assert.isNull(shadow(el).querySelector('#query-sign-in'), 'a board that may have credentials offers the form');
    const form = part(el, 'query-form') as HTMLFormElement;
    const objection = form.querySelector<HTMLInputElement>('input[value="objection"]')!;
    objection.click();
    const textarea = form.querySelector('textarea')!;
    textarea.value = '修路的钱是怎么算的？';
    textarea.dispatchEvent(new Event('input'));
    const phone = form.querySelector<HTMLInputElement>('#query-phone')!;
    phone.value = '13800000000';
    phone.dispatchEvent(new Event('input'));
    client.failNext('askAboutDisclosure', problem(401, '请先登录', 'req-401', 'askAboutDisclosure'));
    form.requestSubmit();
    await waitUntil(() => text(part(el, 'detail')).includes('需要先登录才能提交'), 'the refusal', { timeout: 5000 });
    assert.include(text(part(el, 'detail')), '您写的内容还在这里');
    assert.notInclude(text(part(el, 'detail')), '加载失败');
    const after = part(el, 'query-form') as HTMLFormElement;
    assert.equal(after.querySelector('textarea')?.value, '修路的钱是怎么算的？');
    assert.equal(after.querySelector<HTMLInputElement>('#query-phone')?.value, '13800000000');
    assert.isTrue(after.querySelector<HTMLInputElement>('input[value="objection"]')?.checked);
    await expect(el).to.be.accessible();

    // Signed in since: the same question goes, as typed, with the same Idempotency-Key.
    after.requestSubmit();
    await waitUntil(() => part(el, 'receipt-code'), 'the receipt', { timeout: 5000 });
    const [first, second] = client.callsOf('askAboutDisclosure');
    assert.deepEqual(second?.input.body, { kind: 'objection', text: '修路的钱是怎么算的？', contactPhone: '13800000000' });
    assert.equal(second?.idempotencyKey, first?.idempotencyKey);
  });
});
