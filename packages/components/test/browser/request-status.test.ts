import { assert, expect, oneEvent } from '@open-wc/testing';
import { fileOrderRequest, lookUpServiceRequest, NetworkError, ProblemError, rateServiceRequest } from '@shanzhi/sdk';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/request-status/define.js';
import type { SzRequestStatus } from '../../src/request-status/sz-request-status.js';
import { freshDeviceForEach, setOnline } from '../fixtures/device.js';
import { problem } from '../fixtures/fake-client.js';
import { mountInProvider, part, visibleText } from '../fixtures/mount.js';
import { openView } from '../fixtures/open-view.js';
import { doneOrder, FakeRequestStatusClient, openProxy, receiptCode } from '../fixtures/request-status-client.js';
import { waitUntil } from '../fixtures/wait.js';

const widget = { tag: 'sz-request-status', defaults: { village: 'v-qs-01' } };

async function mount(client = new FakeRequestStatusClient(), attrs: Readonly<Record<string, string>> = {}): Promise<SzRequestStatus> {
  const { el } = await mountInProvider<SzRequestStatus, FakeRequestStatusClient>(client, widget, { attrs });
  return el;
}

function type(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  element.value = value;
  element.dispatchEvent(new Event('input'));
}

function input(el: SzRequestStatus, selector: string): HTMLInputElement {
  const found = el.shadowRoot?.querySelector<HTMLInputElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

/** Types the number and code into the look-up form and sends it, as the villager does. */
async function lookUp(el: SzRequestStatus, requestId: string, code = receiptCode): Promise<void> {
  input(el, '#rs-requestId').value = requestId;
  input(el, '#rs-receiptCode').value = code;
  (part(el, 'lookup') as HTMLFormElement).requestSubmit();
  await waitUntil(() => part(el, 'status') ?? part(el, 'not-found') ?? part(el, 'error'), 'the look-up answered');
}

interface Spoken {
  readonly text: string;
  lang: string;
  voice: unknown;
}

/** The Web Speech API as a stub (or absent): what was spoken, in which language. Restored after the test. */
function stubSpeech(available: boolean): { readonly spoken: Spoken[]; readonly restore: () => void } {
  const spoken: Spoken[] = [];
  const utterance = Object.getOwnPropertyDescriptor(window, 'SpeechSynthesisUtterance');
  class FakeUtterance {
    lang = '';
    voice: unknown = null;
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(readonly text: string) {}
  }
  const synth = {
    speak: (one: Spoken) => spoken.push(one),
    cancel: () => undefined,
    getVoices: () => [
      { lang: 'en-US', name: 'English' },
      { lang: 'zh-CN', name: '普通话' },
    ],
  };
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: available ? synth : undefined });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    configurable: true,
    writable: true,
    value: available ? FakeUtterance : undefined,
  });
  return {
    spoken,
    restore: () => {
      delete (window as { speechSynthesis?: unknown }).speechSynthesis;
      if (utterance) Object.defineProperty(window, 'SpeechSynthesisUtterance', utterance);
    },
  };
}

describe('<sz-request-status>', () => {
  freshDeviceForEach();

  it('looks a request up with the code in the POST body, shows its steps in plain words, and passes axe', async () => {
    const client = new FakeRequestStatusClient();
    const el = await mount(client);
    assert.equal(part(el, 'title')?.textContent, '办事进度查询');
    assert.lengthOf(client.calls, 0, 'nothing is read before the villager asks');
    await expect(el).to.be.accessible();
    await lookUp(el, openProxy.id, 'abcd efgh jkmn');
    const [call] = client.callsOf(lookUpServiceRequest.id);
    assert.deepEqual(call?.input.params, { villageId: 'v-qs-01', requestId: openProxy.id });
    assert.deepEqual(call?.input.body, { receiptCode: 'abcd efgh jkmn' });
    assert.notInclude(location.href, 'ABCD');
    const steps = [...(part(el, 'steps')?.querySelectorAll('li') ?? [])].map((li) => visibleText(li));
    assert.lengthOf(steps, 7);
    assert.include(steps[1], '受理');
    assert.include(steps[1], '已完成');
    assert.include(steps[2], '正在办理，应在 2026年11月26日 前完成');
    assert.include(steps[3], '还没到这一步');
    assert.include(visibleText(part(el, 'status')), '正在办理');
    assert.include(visibleText(part(el, 'rating')), '事情办好后');
    await waitUntil(() => el.shadowRoot?.activeElement?.id === 'rs-status-title', 'focus on the result');
    assert.isNull(el.getAttribute('receipt-code'), 'the code is never an attribute');
    await expect(el).to.be.accessible();
  });

  it('answers a wrong code exactly like an unknown request', async () => {
    const el = await mount();
    await lookUp(el, openProxy.id, 'ZZZZ-ZZZZ-ZZZZ');
    assert.include(part(el, 'not-found')?.textContent, '没有找到这件事项');
    await expect(el).to.be.accessible();
  });

  it('shows the problem title and request id, and retry looks up again', async () => {
    const client = new FakeRequestStatusClient();
    client.failNext(lookUpServiceRequest.id, problem(503, '服务暂时不可用', 'req-7f3a-0001', lookUpServiceRequest.id));
    const el = await mount(client);
    await lookUp(el, openProxy.id);
    assert.include(part(el, 'error')?.textContent, 'req-7f3a-0001');
    await expect(el).to.be.accessible();
    part(el, 'retry')?.click();
    await waitUntil(() => part(el, 'status'), 'the status after retry');
    assert.lengthOf(client.callsOf(lookUpServiceRequest.id), 2);
  });

  it('shows the offline state and looks up again when the connection returns', async () => {
    const client = new FakeRequestStatusClient();
    setOnline(false);
    client.failNext(lookUpServiceRequest.id, new NetworkError(lookUpServiceRequest.id, 'req-off', new TypeError('Failed to fetch')));
    const el = await mount(client);
    await lookUp(el, openProxy.id).catch(() => undefined);
    await waitUntil(() => part(el, 'offline'), 'the offline state');
    setOnline(true);
    await waitUntil(() => part(el, 'status'), 'looked up on reconnect');
  });

  it('orders a service: the receipt code once, an id-only event, one Idempotency-Key per attempt, and nothing typed left behind', async () => {
    const client = new FakeRequestStatusClient();
    const el = await mount(client);
    await openView(el, 'order', 'order-form', 'rs-order-title');
    await expect(el).to.be.accessible();
    const form = part(el, 'order-form') as HTMLFormElement;
    form.requestSubmit();
    await waitUntil(() => form.querySelectorAll('[aria-invalid="true"]').length === 4, 'every empty field said');
    assert.lengthOf(client.callsOf(fileOrderRequest.id), 0);
    type(input(el, '#rs-name'), '张三明');
    type(input(el, '#rs-mobile'), '139 1234 5678');
    input(el, 'input[name="category"][value="facilities"]').click();
    type(el.shadowRoot!.querySelector<HTMLTextAreaElement>('#rs-text')!, '村口路灯不亮了。');
    client.failNext(fileOrderRequest.id, new NetworkError(fileOrderRequest.id, 'req-net', new TypeError('Failed to fetch')));
    form.requestSubmit();
    await waitUntil(() => part(el, 'form-problem'), 'the failed send');
    assert.equal(input(el, '#rs-name').value, '张三明', 'what was typed stays');
    const ordered = oneEvent(el, 'sz-request-status-order');
    form.requestSubmit();
    assert.deepEqual((await ordered).detail, { requestId: 'rq-qs-01-0022' });
    const [first, second] = client.callsOf(fileOrderRequest.id);
    assert.ok(first?.idempotencyKey);
    assert.equal(first.idempotencyKey, second?.idempotencyKey, 'the retry reuses the key');
    assert.deepEqual(second?.input.body, {
      applicant: { name: '张三明', mobile: '13912345678' },
      category: 'facilities',
      text: '村口路灯不亮了。',
    });
    await waitUntil(() => part(el, 'receipt-code'), 'the receipt');
    assert.equal(part(el, 'receipt-code')?.textContent, receiptCode);
    assert.include(visibleText(part(el, 'status')), '协商定单');
    assert.isNull(part(el, 'order-form'), 'the form is put away');
    const shown = el.shadowRoot!.innerHTML;
    for (const typed of ['张三明', '13912345678', '1234 5678', '村口路灯']) {
      assert.notInclude(shown, typed, 'nothing typed stays in the page');
      assert.notInclude(JSON.stringify(Object.entries(localStorage)), typed, 'nor in localStorage');
      assert.notInclude(JSON.stringify(Object.entries(sessionStorage)), typed, 'nor in sessionStorage');
    }
    assert.notInclude(location.href, receiptCode);
    part(el, 'order')?.click();
    await waitUntil(() => part(el, 'order-form'), 'the form again');
    assert.equal(input(el, '#rs-name').value, '', 'a new order starts empty');
    await expect(el).to.be.accessible();
  });

  it('shows the server’s field issues at the order form’s fields and keeps what was typed', async () => {
    const client = new FakeRequestStatusClient();
    client.failNext(
      fileOrderRequest.id,
      new ProblemError(
        {
          type: 'urn:shanzhi:problem:validation',
          title: '提交的内容未通过校验',
          status: 400,
          code: 'validation',
          issues: [{ path: ['applicant', 'mobile'], code: 'identity.mobile.invalid', message: '手机号码格式不对' }],
        },
        fileOrderRequest.id,
        'req-400',
      ),
    );
    const el = await mount(client);
    part(el, 'order')?.click();
    await waitUntil(() => part(el, 'order-form'), 'the order form');
    type(input(el, '#rs-name'), '张三明');
    type(input(el, '#rs-mobile'), '12345');
    input(el, 'input[name="category"][value="care"]').click();
    type(el.shadowRoot!.querySelector<HTMLTextAreaElement>('#rs-text')!, '帮忙照看老人。');
    (part(el, 'order-form') as HTMLFormElement).requestSubmit();
    await waitUntil(() => el.shadowRoot?.querySelector('#rs-mobile-error'), 'the issue at the mobile field');
    assert.include(el.shadowRoot?.querySelector('#rs-mobile-error')?.textContent, '手机号码格式不对');
    assert.equal(input(el, '#rs-mobile').getAttribute('aria-invalid'), 'true');
    assert.equal(input(el, '#rs-name').value, '张三明');
    await expect(el).to.be.accessible();
  });

  it('rates a finished request once, with the code in the body and the comment forgotten after', async () => {
    const client = new FakeRequestStatusClient();
    const el = await mount(client);
    await lookUp(el, doneOrder.id);
    part(el, 'rating')?.querySelector('button')?.click();
    await waitUntil(() => part(el, 'rating-form'), 'the rating form');
    await expect(el).to.be.accessible();
    input(el, 'input[name="grade"][value="2"]').click();
    type(el.shadowRoot!.querySelector<HTMLTextAreaElement>('#rs-comment')!, '修得太慢。');
    const rated = oneEvent(el, 'sz-request-status-rate');
    (part(el, 'rating-form') as HTMLFormElement).requestSubmit();
    assert.deepEqual((await rated).detail, { requestId: doneOrder.id });
    const [call] = client.callsOf(rateServiceRequest.id);
    assert.deepEqual(call?.input.body, { receiptCode, grade: 2, comment: '修得太慢。' });
    assert.ok(call?.idempotencyKey);
    await waitUntil(() => part(el, 'follow-up'), 'the follow-up the bad rating opened');
    assert.include(visibleText(part(el, 'rating')), '不满意');
    assert.include(visibleText(part(el, 'follow-up')), '村务监督委员会会核实');
    assert.isNull(part(el, 'rating-form'));
    await expect(el).to.be.accessible();
  });

  it('shows the server’s refusal of a second rating by the button, keeping the comment', async () => {
    const client = new FakeRequestStatusClient([{ ...doneOrder }]);
    const el = await mount(client);
    await lookUp(el, doneOrder.id);
    // Rated meanwhile on another device: the page still offers the form, the server refuses.
    client.requests = client.requests.map((one) => ({ ...one, rating: { grade: 5, label: '非常满意', on: '2026-11-28' } }));
    part(el, 'rating')?.querySelector('button')?.click();
    await waitUntil(() => part(el, 'rating-form'), 'the rating form');
    input(el, 'input[name="grade"][value="4"]').click();
    type(el.shadowRoot!.querySelector<HTMLTextAreaElement>('#rs-comment')!, '很好。');
    (part(el, 'rating-form') as HTMLFormElement).requestSubmit();
    await waitUntil(() => part(el, 'form-problem'), 'the refusal');
    assert.include(part(el, 'form-problem')?.textContent, '只能评价一次');
    assert.include(part(el, 'form-problem')?.textContent, 'req-refused');
    assert.equal(el.shadowRoot!.querySelector<HTMLTextAreaElement>('#rs-comment')?.value, '很好。');
    await waitUntil(() => el.shadowRoot?.activeElement === part(el, 'form-problem'), 'focus on the refusal');
    await expect(el).to.be.accessible();
  });

  it('shows the server’s refusal of a rating before the work is done', async () => {
    const client = new FakeRequestStatusClient([{ ...doneOrder }]);
    const el = await mount(client);
    await lookUp(el, doneOrder.id);
    client.requests = client.requests.map((one) => ({ ...one, canRate: false }));
    part(el, 'rating')?.querySelector('button')?.click();
    await waitUntil(() => part(el, 'rating-form'), 'the rating form');
    input(el, 'input[name="grade"][value="5"]').click();
    (part(el, 'rating-form') as HTMLFormElement).requestSubmit();
    await waitUntil(() => part(el, 'form-problem'), 'the refusal');
    assert.include(part(el, 'form-problem')?.textContent, '事项办结后才能评价');
  });

  it('reads the status aloud in a Chinese voice, and stops on a second press', async () => {
    const speech = stubSpeech(true);
    try {
      const el = await mount();
      await lookUp(el, openProxy.id);
      const button = part(el, 'read-aloud') as HTMLButtonElement;
      button.click();
      await el.updateComplete;
      const [said] = speech.spoken;
      assert.equal(said?.lang, 'zh-CN');
      assert.deepEqual(said?.voice, { lang: 'zh-CN', name: '普通话' });
      assert.include(said?.text, '城乡居民养老保险参保登记，正在办理');
      assert.include(said?.text, '下一步是上报/转办，应在 2026年11月26日 前完成');
      assert.equal(button.getAttribute('aria-pressed'), 'true');
      button.click();
      await el.updateComplete;
      assert.equal(button.getAttribute('aria-pressed'), 'false');
      assert.lengthOf(speech.spoken, 1);
    } finally {
      speech.restore();
    }
  });

  it('reads aloud in English with an English voice', async () => {
    const speech = stubSpeech(true);
    try {
      const el = await mount(new FakeRequestStatusClient(), { locale: 'en' });
      await lookUp(el, openProxy.id);
      (part(el, 'read-aloud') as HTMLButtonElement).click();
      assert.equal(speech.spoken[0]?.lang, 'en-US');
      assert.deepEqual(speech.spoken[0]?.voice, { lang: 'en-US', name: 'English' });
    } finally {
      speech.restore();
    }
  });

  it('in 长辈版 with readout switched on, reads the result as it arrives', async () => {
    const speech = stubSpeech(true);
    try {
      localStorage.setItem('sz-read-aloud', '1');
      const el = await mount(new FakeRequestStatusClient(), { elder: '' });
      await lookUp(el, openProxy.id);
      assert.include(speech.spoken[0]?.text, '城乡居民养老保险参保登记');
      assert.equal(speech.spoken[0]?.lang, 'zh-CN');
    } finally {
      speech.restore();
    }
  });

  it('has no read-aloud button where the browser cannot speak', async () => {
    const speech = stubSpeech(false);
    try {
      const el = await mount();
      await lookUp(el, openProxy.id);
      assert.isNull(part(el, 'read-aloud'));
    } finally {
      speech.restore();
    }
  });

  it('is operated by keyboard: Tab through the look-up form, Enter sends it', async () => {
    const el = await mount();
    input(el, '#rs-requestId').focus();
    await sendKeys({ type: openProxy.id });
    await sendKeys({ press: 'Tab' });
    assert.equal(el.shadowRoot?.activeElement?.id, 'rs-receiptCode');
    await sendKeys({ type: receiptCode });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'status'), 'the status');
    await waitUntil(() => el.shadowRoot?.activeElement?.id === 'rs-status-title', 'focus on the result');
  });

  it('speaks English', async () => {
    const el = await mount(new FakeRequestStatusClient(), { locale: 'en' });
    assert.equal(part(el, 'title')?.textContent, 'Follow your request');
    await lookUp(el, openProxy.id);
    assert.include(visibleText(part(el, 'status')), 'Being worked on');
    assert.include(visibleText(part(el, 'steps')), 'Under way, due by');
    part(el, 'order')?.click();
    await waitUntil(() => part(el, 'order-form'), 'the order form');
    assert.include(visibleText(part(el, 'order-form')), 'Public facilities');
  });

  it('in 长辈版 marks the host for the larger sizes, offers the text size, and passes axe with the forms open', async () => {
    const el = await mount(new FakeRequestStatusClient(), { elder: '' });
    assert.isTrue(el.hasAttribute('data-sz-elder'));
    assert.isNotNull(part(el, 'elder-controls')?.querySelector('[role="group"]'), 'the text-size buttons');
    await lookUp(el, doneOrder.id);
    part(el, 'rating')?.querySelector('button')?.click();
    await waitUntil(() => part(el, 'rating-form'), 'the rating form');
    await expect(el).to.be.accessible();
  });
});
