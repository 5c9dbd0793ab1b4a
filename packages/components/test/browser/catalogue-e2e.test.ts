import { assert, expect, oneEvent } from '@open-wc/testing';
import { createClient, lookUpServiceRequest } from '@shanzhi/sdk/browser';
import { waitUntil } from '../fixtures/wait.js';
import '../../src/services/define.js';
import type { SzServiceCatalogue } from '../../src/services/sz-service-catalogue.js';
import { part, resultNames, typeQuery } from '../fixtures/catalogue-mount.js';
import { demoVillage, liveMount, useReferenceServer } from '../fixtures/e2e.js';

// The demo county of the first village holds 60 service guides.
describe('<sz-service-catalogue> against the reference server', function () {
  useReferenceServer(this);

  const mount = liveMount<SzServiceCatalogue>(
    'sz-service-catalogue',
    { region: demoVillage, village: demoVillage },
    (el) => part(el, 'results') !== null,
  );

  it('loads the county catalogue and finds 社会保障卡申领 by its initials', async () => {
    const el = await mount();
    assert.include(part(el, 'count')!.textContent, '60');
    await typeQuery(el, 'shbz');
    assert.equal(resultNames(el)[0], '社会保障卡申领');
    await typeQuery(el, 'dibao');
    assert.include(resultNames(el), '最低生活保障审核确认');
    await expect(el).to.be.accessible();
  });

  it('checks eligibility and sends a proxy request with a 7-step receipt', async () => {
    const el = await mount();
    el.service = '339901-CL-0029';
    await waitUntil(() => part(el, 'guide') !== null, 'the guide', { timeout: 15_000 });
    const root = el.shadowRoot!;
    assert.isNotNull(part(el, 'due'), 'a due date if applied today');
    const birth = root.querySelector<HTMLInputElement>('#q-birthDate')!;
    birth.value = '1960-05-01';
    birth.dispatchEvent(new Event('change'));
    root.querySelector<HTMLInputElement>('input[name="q-localHukou"][value="false"]')!.click();
    await el.updateComplete;
    setTimeout(() => {
      root.querySelector<HTMLButtonElement>('[part~="eligibility"] button[type="submit"]')!.click();
    });
    const result: HTMLElementEventMap['sz-eligibility-result'] = await oneEvent(el, 'sz-eligibility-result');
    assert.equal(result.detail.outcome, 'notEligible');

    const setField = (selector: string, value: string) => {
      const input = root.querySelector<HTMLInputElement>(selector)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    setField('#p-name', '测试村民');
    setField('#p-mobile', '13800000000');
    await el.updateComplete;
    setTimeout(() => {
      root.querySelector<HTMLButtonElement>('[part~="proxy"] button[type="submit"]')!.click();
    });
    const sent: HTMLElementEventMap['sz-proxy-submitted'] = await oneEvent(el, 'sz-proxy-submitted');
    assert.equal(sent.detail.step, 'entrust');
    await el.updateComplete;
    assert.lengthOf(part(el, 'receipt')!.querySelectorAll('li'), 7);
    assert.notInclude(root.textContent, '13800000000');
    await expect(el).to.be.accessible();

    // The receipt's request number and code are the ones <sz-request-status> follows the request with.
    const follow = part(el, 'follow-code')!.textContent;
    const [, requestId, receiptCode] = /申请编号 (\S+)，查询码 (\S+?)。/.exec(follow) ?? [];
    assert.ok(requestId && receiptCode, follow);
    const client = createClient({ baseUrl: window.__SZ_API__ ?? '' });
    const { data } = await client.request(lookUpServiceRequest, { params: { villageId: demoVillage, requestId }, body: { receiptCode } });
    assert.equal(data.kind, 'proxy');
    assert.notInclude(location.href, receiptCode);
  });
});
