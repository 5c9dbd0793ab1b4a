import { assert, expect, oneEvent } from '@open-wc/testing';
import { listRegions, NetworkError, type RouteOutput } from '@shanzhi/sdk';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/grid-desk/define.js';
import type { SzGridDesk } from '../../src/grid-desk/sz-grid-desk.js';
import { FakeClientBase, problem } from '../fixtures/fake-client.js';
import { mountInProvider, part } from '../fixtures/mount.js';
import { clearStorageBeforeEach } from '../fixtures/storage.js';
import { waitUntil } from '../fixtures/wait.js';

type Tree = RouteOutput<typeof listRegions>;

const village = (id: string, name: string) => ({ id, code: id, name, level: 'village' as const });
const tree: Tree = {
  counties: [
    {
      id: 'c-test',
      code: '339901',
      name: '测试县',
      level: 'county',
      towns: [
        {
          id: 't-test',
          code: '339901001',
          name: '测试镇',
          level: 'town',
          villages: [village('v-test-01', '青山村'), village('v-test-02', '绿水村')],
        },
      ],
    },
  ],
};

// TODO(new-widget): answer the widget's own route here once it has one.
class FakeGridDeskClient extends FakeClientBase {
  constructor(private readonly regions: Tree = tree) {
    super();
  }

  protected answer(routeId: string): unknown {
    if (routeId === listRegions.id) return this.regions;
    throw problem(404, '未找到', 'req-404', routeId);
  }
}

function setOnline(online: boolean): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

const items = (el: SzGridDesk) => [...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part~="item"]') ?? [])];

const widget = { tag: 'sz-grid-desk', defaults: { village: 'v-test-01' } };
const loaded = { when: (el: SzGridDesk) => items(el).length > 0, what: 'the entries' };

/** Mounts the widget in a provider with the fake client; waits for the entries unless `wait` is false. */
async function mount(client = new FakeGridDeskClient(), attrs: Readonly<Record<string, string>> = {}, wait = true): Promise<SzGridDesk> {
  const { el } = await mountInProvider<SzGridDesk, FakeGridDeskClient>(client, widget, { attrs }, wait && loaded);
  return el;
}

describe('<sz-grid-desk>', () => {
  clearStorageBeforeEach(localStorage);

  afterEach(() => {
    // Back to the browser's own value.
    delete (navigator as { onLine?: boolean }).onLine;
  });

  it('shows the shared loading skeleton while the read is on its way', async () => {
    const client = new FakeGridDeskClient();
    client.latency = 60_000;
    const el = await mount(client, {}, false);
    await waitUntil(() => part(el, 'loading'), 'the skeleton');
    assert.equal(part(el, 'loading')?.getAttribute('role'), 'status');
    await expect(el).to.be.accessible();
  });

  it('shows the entries, marks the current village, and passes axe', async () => {
    const el = await mount();
    assert.deepEqual(
      items(el).map((item) => item.textContent.trim()),
      ['青山村', '绿水村'],
    );
    assert.equal(items(el)[0]?.getAttribute('aria-current'), 'true');
    assert.equal(part(el, 'title')?.textContent, '网格员工作台');
    await expect(el).to.be.accessible();
  });

  it('shows the shared empty state when there is nothing to show', async () => {
    const el = await mount(new FakeGridDeskClient({ counties: [] }), {}, false);
    await waitUntil(() => part(el, 'empty'), 'the empty state');
    assert.include(part(el, 'empty')?.textContent, '暂无内容');
    await expect(el).to.be.accessible();
  });

  it('shows the problem title and request id, and retry loads again', async () => {
    const client = new FakeGridDeskClient();
    client.failNext(listRegions.id, problem(503, '服务暂时不可用', 'req-7f3a-0001', listRegions.id));
    const el = await mount(client, {}, false);
    await waitUntil(() => part(el, 'error'), 'the error state');
    assert.equal(part(el, 'error')?.getAttribute('role'), 'alert');
    assert.include(part(el, 'error')?.textContent, '服务暂时不可用');
    assert.include(part(el, 'error')?.textContent, 'req-7f3a-0001');
    await expect(el).to.be.accessible();
    part(el, 'retry')?.click();
    await waitUntil(() => items(el).length > 0, 'the entries after retry');
    assert.lengthOf(client.callsOf(listRegions.id), 2);
  });

  it('shows the offline state and loads by itself when the connection returns', async () => {
    const client = new FakeGridDeskClient();
    setOnline(false);
    client.failNext(listRegions.id, new NetworkError(listRegions.id, 'req-off-1', new TypeError('Failed to fetch')));
    const el = await mount(client, {}, false);
    await waitUntil(() => part(el, 'offline'), 'the offline state');
    assert.include(part(el, 'offline')?.textContent, '网络已断开');
    await expect(el).to.be.accessible();
    setOnline(true);
    await waitUntil(() => items(el).length > 0, 'reloaded on reconnect');
    assert.isNull(part(el, 'offline'));
  });

  it('is operated by keyboard: Tab reaches the entries, Enter chooses one', async () => {
    const el = await mount();
    part(el, 'elder-controls')?.querySelector('button')?.focus();
    await sendKeys({ press: 'Tab' });
    assert.equal(el.shadowRoot?.activeElement, items(el)[0], 'Tab moves from the 长辈版 switch to the first entry');
    await sendKeys({ press: 'Tab' });
    assert.equal(el.shadowRoot?.activeElement, items(el)[1]);
    const chosen = oneEvent(el, 'sz-grid-desk-select');
    await sendKeys({ press: 'Enter' });
    assert.deepEqual((await chosen).detail, { itemId: 'v-test-02' });
  });

  it('speaks English', async () => {
    const el = await mount(new FakeGridDeskClient(), { locale: 'en' });
    assert.equal(part(el, 'title')?.textContent, 'Grid desk');
    assert.equal(part(el, 'list')?.getAttribute('aria-label'), '2 entries');
  });

  it('in 长辈版 marks the host for the larger sizes and offers the text size, and passes axe', async () => {
    const el = await mount(new FakeGridDeskClient(), { elder: '' });
    await el.updateComplete;
    assert.isTrue(el.hasAttribute('data-sz-elder'));
    assert.isNotNull(part(el, 'elder-controls')?.querySelector('[role="group"]'), 'the text-size buttons');
    await expect(el).to.be.accessible();
  });
});
