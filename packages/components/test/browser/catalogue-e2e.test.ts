import { assert, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/services/define.js';
import type { SzServiceCatalogue } from '../../src/services/sz-service-catalogue.js';
import { part, resultNames, typeQuery } from '../fixtures/catalogue-mount.js';

/** The first village of the seeded demo county (its county holds 60 service guides). */
const village = 'v-qs-01';

describe('<sz-service-catalogue> against the reference server', function () {
  this.timeout(30_000);
  const api = window.__SZ_API__ ?? '';

  before(() => {
    // The test runner always starts the reference server: without it these tests must fail, not quietly vanish.
    if (!api)
      throw new Error(
        'window.__SZ_API__ is not set: run the browser tests through web-test-runner.config.mjs, which starts the reference server',
      );
  });

  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  async function mount(): Promise<SzServiceCatalogue> {
    const el = await fixture<SzServiceCatalogue>(
      html`<sz-service-catalogue api-base=${api} region=${village} village=${village}></sz-service-catalogue>`,
    );
    await waitUntil(() => part(el, 'results') !== null, 'the catalogue from the server', { timeout: 15_000 });
    return el;
  }

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
  });
});
