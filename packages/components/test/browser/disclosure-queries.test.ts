import { assert, expect } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { DisclosureFakeClient, problem } from '../fixtures/disclosure-client.js';
import { mountBoard, openItem, part, text } from '../fixtures/disclosure-mount.js';
import { clearStorageBeforeEach } from '../fixtures/storage.js';

function type(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  element.value = value;
  element.dispatchEvent(new Event('input'));
}

/** The board with the notice open at its look-up form: the form, its query-number and its code fields. */
async function openLookUp() {
  const { el, client } = await mountBoard();
  await openItem(el, 'd-notice');
  const form = part(el, 'lookup-form') as HTMLFormElement;
  const [id, code] = [...form.querySelectorAll('input')];
  return { el, client, form, id: id!, code: code! };
}

describe('<sz-disclosure-board> receipt codes, read-back and FAQ', () => {
  clearStorageBeforeEach(localStorage);
  clearStorageBeforeEach(sessionStorage);

  it('after asking, shows the query number and the receipt code with "keep this code", and stores it nowhere', async () => {
    const { el } = await mountBoard();
    await openItem(el, 'd-notice');
    const form = part(el, 'query-form') as HTMLFormElement;
    type(form.querySelector('textarea')!, '修路的钱是怎么算的？');
    form.requestSubmit();
    await waitUntil(() => part(el, 'receipt-code'), 'the receipt code', { timeout: 5000 });
    assert.equal(text(part(el, 'receipt-code')), 'K3M9-XQ2P-7HZD');
    assert.include(text(part(el, 'receipt')), 'Q-0001');
    assert.include(text(part(el, 'keep-code')), '只显示这一次');
    assert.equal(el.shadowRoot!.activeElement, part(el, 'receipt'), 'focus on the receipt, which is a live status');
    const stored = [localStorage, sessionStorage]
      .flatMap((store) => Object.keys(store).map((key) => `${key}=${store.getItem(key) ?? ''}`))
      .join();
    assert.notInclude(stored, 'K3M9', 'the code is not kept in storage');
    assert.notInclude(location.href, 'K3M9', 'nor in the URL');
    await expect(el).to.be.accessible();
  });

  it('reads the answer back with the number and code, sent in the body, and forgets the code', async () => {
    const { el, client, form, id, code } = await openLookUp();
    type(id, 'Q-0001');
    type(code, 'k3m9 xq2p-7hzd');
    form.requestSubmit();
    await waitUntil(() => part(el, 'lookup-result')?.textContent.includes('按验收的工程量结算'), 'the answer', { timeout: 5000 });
    const call = client.callsOf('lookUpDisclosureQuery')[0]!;
    assert.deepEqual(call.input.params, { villageId: 'v-test-01', queryId: 'Q-0001' });
    assert.deepEqual(call.input.body, { receiptCode: 'K3M9XQ2P7HZD' }, 'normalized, in the body');
    assert.equal(code.value, '', 'the code is forgotten once sent');
    assert.equal(el.shadowRoot!.activeElement, part(el, 'lookup-result'));
    await expect(el).to.be.accessible();
  });

  it('a wrong code or number says so without telling which, next to nothing personal', async () => {
    const { el, form, id, code } = await openLookUp();
    type(id, 'Q-0001');
    type(code, 'ABCD-EFGH-JKMN');
    form.requestSubmit();
    await waitUntil(() => part(el, 'lookup-result')?.getAttribute('role') === 'alert', 'the refusal', { timeout: 5000 });
    assert.include(text(part(el, 'lookup-result')), '查询编号或回执码不对');
    await expect(el).to.be.accessible();
  });

  it('checks the code before sending, and shows a throttled look-up as the server says it', async () => {
    const { el, client, form, id, code } = await openLookUp();
    type(code, 'ABC');
    form.requestSubmit();
    await waitUntil(() => form.querySelector('#lookup-code-error'), 'the code refused', { timeout: 5000 });
    assert.equal(id.getAttribute('aria-invalid'), 'true');
    assert.lengthOf(client.callsOf('lookUpDisclosureQuery'), 0);
    type(id, 'Q-0001');
    type(code, 'K3M9XQ2P7HZD');
    client.failNext('lookUpDisclosureQuery', problem(429, '尝试次数过多，请稍后再试', 'req-429', 'lookUpDisclosureQuery'));
    form.requestSubmit();
    await waitUntil(() => text(part(el, 'lookup-result')).includes('尝试次数过多'), 'the throttle', { timeout: 5000 });
    assert.include(text(part(el, 'lookup-result')), 'req-429');
  });

  it('shows the published FAQ on the item, with the question and answer only', async () => {
    const client = new DisclosureFakeClient();
    const faq = [{ question: '修路的钱怎么算？', answer: '按验收的工程量结算。', publishedOn: '2026-12-01' }];
    client.details = client.details.map((one) => (one.id === 'd-notice' ? { ...one, faq } : one));
    const { el } = await mountBoard({ client });
    await openItem(el, 'd-notice');
    await waitUntil(() => part(el, 'faq'), 'the FAQ', { timeout: 5000 });
    assert.include(text(part(el, 'faq')), '修路的钱怎么算？');
    assert.include(text(part(el, 'faq')), '按验收的工程量结算。');
    await expect(el).to.be.accessible();
  });

  it('speaks English', async () => {
    const { el } = await mountBoard({ attrs: { locale: 'en' } });
    await openItem(el, 'd-notice');
    await waitUntil(() => part(el, 'lookup-form'), 'the form', { timeout: 5000 });
    assert.include(text(el.shadowRoot!.querySelector('#lookup-title')), 'Read the answer');
  });
});
