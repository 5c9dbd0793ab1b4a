import { assert, expect } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { NetworkError } from '@shanzhi/sdk';
import { FakeCatalogueClient } from '../fixtures/catalogue-client.js';
import { liveRegion, mountCatalogue, part, resultNames, typeQuery } from '../fixtures/catalogue-mount.js';
import { clearStorageBeforeEach } from '../fixtures/storage.js';

describe('<sz-service-catalogue> search and filters', () => {
  clearStorageBeforeEach(localStorage, sessionStorage);

  it('reads the whole catalogue once, page by page, and searches it locally per keystroke', async () => {
    const client = new FakeCatalogueClient(250);
    const { el } = await mountCatalogue({ client });
    const calls = client.callsOf('listServices');
    assert.equal(calls.length, 2, 'two pages of 200');
    assert.equal(calls[1]?.input.query?.cursor, '200');
    assert.include(part(el, 'count')?.textContent, '256');
    await typeQuery(el, 'shbz');
    assert.equal(client.callsOf('listServices').length, 2, 'no request per keystroke');
    assert.equal(resultNames(el)[0], '社会保障卡申领', 'the initials of the name rank first');
  });

  it('finds by Chinese, keyword, full pinyin and initials', async () => {
    const { el } = await mountCatalogue();
    await typeQuery(el, '社保卡');
    assert.deepEqual(resultNames(el), ['社会保障卡申领']);
    await typeQuery(el, 'dibao');
    assert.deepEqual(resultNames(el), ['最低生活保障申请']);
    await typeQuery(el, 'canjiren');
    assert.deepEqual(resultNames(el), ['残疾人证新办']);
    await typeQuery(el, 'ＳＨＢＺ');
    // 最低生活保障申请 (zdshbzsq) holds shbz too, ranked after the name that starts with it.
    assert.deepEqual(resultNames(el), ['社会保障卡申领', '最低生活保障申请'], 'full-width letters fold');
    await typeQuery(el, '保障');
    assert.sameMembers(resultNames(el), ['社会保障卡申领', '最低生活保障申请']);
  });

  it('ignores the letters of an open IME composition and searches when it ends', async () => {
    const { el } = await mountCatalogue();
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    const all = resultNames(el).length;
    input.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
    input.value = 'lin';
    input.dispatchEvent(new InputEvent('input', { data: 'lin', inputType: 'insertCompositionText', isComposing: true }));
    input.value = 'linshi';
    input.dispatchEvent(new InputEvent('input', { data: 'linshi', inputType: 'insertCompositionText', isComposing: true }));
    await el.updateComplete;
    assert.equal(resultNames(el).length, all, 'unchanged while composing');
    input.value = '临时';
    input.dispatchEvent(new CompositionEvent('compositionend', { data: '临时' }));
    await el.updateComplete;
    assert.deepEqual(resultNames(el), ['临时救助']);
  });

  it('announces the result count in a polite live region', async () => {
    const { el } = await mountCatalogue();
    await typeQuery(el, 'shbz');
    await waitUntil(() => liveRegion(el).includes('shbz'), 'the count is announced', { timeout: 2000 });
    assert.equal(liveRegion(el), '“shbz”找到 2 项');
  });

  it('suggests services and life events when nothing matches', async () => {
    const { el } = await mountCatalogue();
    await typeQuery(el, 'shbzx');
    assert.deepEqual(resultNames(el), []);
    const suggestions = part(el, 'suggestions')!;
    const buttons = [...suggestions.querySelectorAll('button')].map((button) => button.textContent.trim());
    assert.include(buttons, '社会保障卡申领', 'a shorter query finds it');
    assert.include(buttons, '养老', 'life events to browse');
    await waitUntil(() => liveRegion(el).includes('没有找到'), 'nothing found is announced', { timeout: 2000 });
    await expect(el).to.be.accessible();
    suggestions.querySelector<HTMLButtonElement>('[data-code="SV-HR-01"]')!.click();
    await waitUntil(() => part(el, 'guide') !== null, 'the suggested guide opens');
  });

  it('filters by department, life event, channel and village proxy', async () => {
    const { el } = await mountCatalogue();
    const root = el.shadowRoot!;
    const choose = async (name: string, value: string) => {
      const select = root.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    await choose('department', 'humanResources');
    assert.sameMembers(resultNames(el), ['社会保障卡申领', '城乡居民基本养老保险参保登记']);
    await choose('department', '');
    await choose('lifeEvent', 'birth');
    assert.deepEqual(resultNames(el), ['出生医学证明办理']);
    await choose('lifeEvent', '');
    await choose('channel', 'online');
    assert.sameMembers(resultNames(el), ['社会保障卡申领', '出生医学证明办理']);
    const proxy = root.querySelector<HTMLInputElement>('input[name="proxy"]')!;
    proxy.click();
    await el.updateComplete;
    assert.deepEqual(resultNames(el), ['社会保障卡申领']);
    await typeQuery(el, 'chusheng');
    assert.deepEqual(resultNames(el), [], 'search and filters combine');
    assert.isNotNull(part(el, 'suggestions')?.querySelector('button'), 'clear filters is offered');
    await expect(el).to.be.accessible();
  });

  it('starts filtered by the department and life-event attributes, in English', async () => {
    const { el } = await mountCatalogue({ attrs: { department: 'humanResources', 'life-event': 'oldAge', locale: 'en' } });
    assert.sameMembers(resultNames(el), ['Social security card application', 'Rural and urban resident pension enrolment']);
    assert.include(part(el, 'count')?.textContent, '2 services');
    await expect(el).to.be.accessible();
  });

  it('shows loading, error with retry, and empty states accessibly', async () => {
    const client = new FakeCatalogueClient();
    client.latency = 200;
    const { el } = await mountCatalogue({ client, waitForList: false });
    assert.isNotNull(part(el, 'loading'));
    await expect(el).to.be.accessible();
    await waitUntil(() => part(el, 'results') !== null);

    const failing = new FakeCatalogueClient();
    const { problem } = await import('../fixtures/catalogue-client.js');
    failing.failNext('listServices', problem(503, '服务暂不可用', 'req-503', 'listServices'));
    const second = await mountCatalogue({ client: failing });
    assert.include(part(second.el, 'error')?.textContent, 'req-503');
    await expect(second.el).to.be.accessible();
    part(second.el, 'retry')!.click();
    await waitUntil(() => part(second.el, 'results') !== null, 'retry loads');

    const empty = new FakeCatalogueClient();
    empty.services = [];
    const third = await mountCatalogue({ client: empty });
    assert.isNotNull(part(third.el, 'empty'));
    await expect(third.el).to.be.accessible();
  });

  it('shows the offline state and reloads when the connection returns', async () => {
    const client = new FakeCatalogueClient();
    client.failNext('listServices', new NetworkError('listServices', 'req-off', new TypeError('Failed to fetch')));
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const { el } = await mountCatalogue({ client, waitForList: false });
      await waitUntil(() => part(el, 'offline') !== null, 'offline state', { timeout: 5000 });
      await expect(el).to.be.accessible();
      Reflect.deleteProperty(navigator, 'onLine');
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => part(el, 'results') !== null, 'reloaded', { timeout: 5000 });
    } finally {
      Reflect.deleteProperty(navigator, 'onLine');
    }
  });

  it('is accessible in elder mode and in the kiosk display', async () => {
    const { el } = await mountCatalogue({ attrs: { elder: '', display: 'kiosk' } });
    assert.isTrue(el.hasAttribute('data-sz-elder'));
    assert.equal(el.getAttribute('display'), 'kiosk');
    await expect(el).to.be.accessible();
  });
});
