import { assert, expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { FakeCatalogueClient, problem } from '../fixtures/catalogue-client.js';
import { mountCatalogue, openService, part } from '../fixtures/catalogue-mount.js';
import { clearStorageBeforeEach } from '../fixtures/storage.js';

function pick(root: ShadowRoot, selector: string): HTMLInputElement {
  const found = root.querySelector<HTMLInputElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

describe('<sz-service-catalogue> guide, eligibility and proxy', () => {
  clearStorageBeforeEach(localStorage, sessionStorage);

  it('opens a guide from the list, fires sz-service-open and goes back to the same row', async () => {
    const { el, root } = await mountCatalogue();
    const button = root.querySelector<HTMLButtonElement>('[data-code="SV-CA-01"]')!;
    setTimeout(() => {
      button.click();
    });
    const event = await oneEvent(el, 'sz-service-open');
    assert.deepEqual(event.detail, { serviceCode: 'SV-CA-01', regionId: 'v-test-01' });
    await el.updateComplete;
    assert.equal(root.activeElement?.id, 'guide-title', 'focus moves to the guide heading');
    const guide = part(el, 'guide')!;
    for (const words of [
      '受理条件',
      '申请材料',
      '办理时限',
      '不收费',
      '跑 1 次',
      '网上申请、现场领取',
      '办理地点和时间',
      '0578-6121505',
      '12345',
      '常见问题',
    ])
      assert.include(guide.textContent, words);
    await expect(el).to.be.accessible();
    root.querySelector<HTMLButtonElement>('article button')!.click();
    await waitUntil(() => root.activeElement?.getAttribute('data-code') === 'SV-CA-01', 'focus returns to the row');
  });

  it('ticks a 20-item materials checklist and prints it', async () => {
    const client = new FakeCatalogueClient();
    client.materials.set('SV-CA-01', 20);
    const { el, root } = await mountCatalogue({ client });
    await openService(el, 'SV-CA-01');
    const boxes = [...root.querySelectorAll<HTMLInputElement>('[part~="materials"] input[type="checkbox"]')];
    assert.lengthOf(boxes, 20);
    boxes[0]!.click();
    boxes[3]!.click();
    await el.updateComplete;
    assert.include(part(el, 'materials')!.textContent, '已备 2 / 20 项');
    assert.include(part(el, 'materials')!.textContent, '空白表格');
    assert.include(part(el, 'materials')!.textContent, '复印件');
    const original = window.print.bind(window);
    let printed = 0;
    window.print = () => {
      printed++;
    };
    try {
      part(el, 'print')!.click();
    } finally {
      window.print = original;
    }
    assert.equal(printed, 1);
    await expect(el).to.be.accessible();
  });

  it('shows the due date if applied today, across the National Day holiday', async () => {
    const client = new FakeCatalogueClient();
    client.today = '2026-09-29';
    const { el } = await mountCatalogue({ client });
    await openService(el, 'SV-CA-01');
    // 3 working days from Tue 29 Sep: 30 Sep, then 1–7 Oct are off, so 8 and 9 Oct.
    assert.include(part(el, 'due')!.textContent, '2026年10月9日');
    assert.include(part(el, 'time-limits')!.textContent, '法定时限：20个工作日');
    assert.include(part(el, 'time-limits')!.textContent, '承诺时限：3个工作日');
  });

  it('checks eligibility: not eligible with the reason, then eligible; answers stay in sessionStorage', async () => {
    const { el, root, client } = await mountCatalogue();
    await openService(el, 'SV-CA-01');
    pick(root, 'input[name="q-localHukou"][value="false"]').click();
    const age = pick(root, '#q-age');
    age.value = '40';
    age.dispatchEvent(new Event('change'));
    await el.updateComplete;
    setTimeout(() => {
      root.querySelector<HTMLButtonElement>('[part~="eligibility"] button[type="submit"]')!.click();
    });
    const event = await oneEvent(el, 'sz-eligibility-result');
    assert.deepEqual(event.detail, { serviceCode: 'SV-CA-01', outcome: 'notEligible' });
    await el.updateComplete;
    assert.include(part(el, 'outcome')!.textContent, '暂不符合条件');
    assert.include(part(el, 'outcome')!.textContent, '户籍须在本县');
    assert.deepEqual(client.callsOf('checkEligibility')[0]?.input.body, { answers: { localHukou: false, age: 40 } });
    assert.deepEqual(JSON.parse(sessionStorage.getItem('sz-eligibility:SV-CA-01') ?? '{}'), { localHukou: false, age: 40 });
    assert.isNull(localStorage.getItem('sz-eligibility:SV-CA-01'), 'never in localStorage');
    await expect(el).to.be.accessible();

    pick(root, 'input[name="q-localHukou"][value="true"]').click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('[part~="eligibility"] button[type="submit"]')!.click();
    await waitUntil(() => part(el, 'outcome')?.textContent.includes('符合条件，可以申请') === true, 'eligible');
  });

  it('asks for more information, one question at a time, in English', async () => {
    const { el, root } = await mountCatalogue({ attrs: { locale: 'en' } });
    await openService(el, 'SV-CA-01');
    pick(root, 'input[name="mode"]:not(:checked)').click();
    await el.updateComplete;
    assert.include(part(el, 'eligibility')!.textContent, 'Question 1 of 3');
    assert.lengthOf(root.querySelectorAll('[part~="eligibility"] .question'), 1);
    pick(root, 'input[name="q-localHukou"][value="true"]').click();
    root.querySelector<HTMLButtonElement>('[part~="eligibility"] .actions button')!.click();
    await el.updateComplete;
    assert.include(part(el, 'eligibility')!.textContent, 'Question 2 of 3');
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('[part~="eligibility"] form button')];
    buttons.find((button) => button.textContent.includes('Next'))!.click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('[part~="eligibility"] button[type="submit"]')!.click();
    await waitUntil(() => part(el, 'outcome') !== null, 'an outcome');
    assert.include(part(el, 'outcome')!.textContent, 'More information is needed');
    await expect(el).to.be.accessible();
  });

  it('sends a proxy request with one idempotency key per attempt and shows the 7-step receipt', async () => {
    const client = new FakeCatalogueClient();
    client.failNext('requestProxyService', problem(503, '服务暂不可用', 'req-p1', 'requestProxyService'));
    const { el, root } = await mountCatalogue({ client, providerAttrs: { village: 'v-test-01' } });
    await openService(el, 'SV-CA-01');
    const fill = async (selector: string, value: string) => {
      const input = pick(root, selector);
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
    };
    await fill('#p-name', '王秀英');
    await fill('#p-mobile', '13800000000');
    root.querySelector<HTMLButtonElement>('[part~="proxy"] button[type="submit"]')!.click();
    await waitUntil(() => part(el, 'proxy')?.querySelector('[part~="error"]') != null, 'the first attempt fails');
    part(el, 'retry')!.click();
    const event = await oneEvent(el, 'sz-proxy-submitted');
    assert.deepEqual(event.detail, { serviceCode: 'SV-CA-01', receiptId: 'pr-test-0001', step: 'entrust' });
    const calls = client.callsOf('requestProxyService');
    assert.lengthOf(calls, 2);
    assert.isString(calls[0]?.idempotencyKey);
    assert.equal(calls[1]?.idempotencyKey, calls[0]?.idempotencyKey, 'the retry reuses the attempt key');
    await el.updateComplete;
    const receipt = part(el, 'receipt')!;
    assert.lengthOf(receipt.querySelectorAll('li'), 7);
    assert.equal(receipt.querySelector('[aria-current="step"]')?.textContent.trim().slice(0, 2), '委托');
    assert.notInclude(el.shadowRoot!.textContent, '13800000000', 'the phone is not in the DOM');
    await expect(el).to.be.accessible();
  });

  it('uses a new key for a changed request and keeps the guide open from the service attribute', async () => {
    const client = new FakeCatalogueClient();
    client.failNext('requestProxyService', problem(422, '手机号码格式不对', 'req-p2', 'requestProxyService'));
    const { el, root } = await mountCatalogue({ client, attrs: { service: 'SV-CL-01', village: 'v-test-01' } });
    await waitUntil(() => part(el, 'proxy') !== null);
    const name = pick(root, '#p-name');
    name.value = '李四';
    name.dispatchEvent(new Event('input'));
    const mobile = pick(root, '#p-mobile');
    mobile.value = '123';
    mobile.dispatchEvent(new Event('input'));
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('[part~="proxy"] button[type="submit"]')!.click();
    await waitUntil(() => client.callsOf('requestProxyService').length === 1 && part(el, 'error') !== null);
    mobile.value = '13900000000';
    mobile.dispatchEvent(new Event('input'));
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('[part~="proxy"] button[type="submit"]')!.click();
    await waitUntil(() => part(el, 'receipt') !== null);
    const [first, second] = client.callsOf('requestProxyService');
    assert.notEqual(first?.idempotencyKey, second?.idempotencyKey);
  });

  it('reads and writes the service in the address only when the host opts in', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#sz-service=SV-HR-01`);
    try {
      const plain = await mountCatalogue();
      assert.isNull(part(plain.el, 'guide'), 'no deep link without opt-in');
      const linked = await mountCatalogue({ attrs: { 'deep-link': '' } });
      await waitUntil(() => part(linked.el, 'guide') !== null, 'the linked guide opens');
      linked.root.querySelector<HTMLButtonElement>('article button')!.click();
      await linked.el.updateComplete;
      assert.notInclude(location.hash, 'sz-service');
    } finally {
      history.replaceState(null, '', `${location.pathname}${location.search}`);
    }
  });

  it('is accessible with a guide in elder mode and kiosk display', async () => {
    const { el } = await mountCatalogue({ attrs: { elder: '', display: 'kiosk', service: 'SV-HE-01' } });
    await waitUntil(() => part(el, 'guide') !== null);
    assert.isNull(part(el, 'proxy'), 'no proxy where not offered');
    await expect(el).to.be.accessible();
  });
});
