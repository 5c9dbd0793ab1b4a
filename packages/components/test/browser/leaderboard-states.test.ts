import { assert, expect } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { NetworkError } from '@shanzhi/sdk';
import { FakeClient, problem } from '../fixtures/leaderboard-client.js';
import { bodyRows, mountLeaderboard, part } from '../fixtures/leaderboard-mount.js';
import { clearStorageBeforeEach } from '../fixtures/storage.js';

function setOnline(online: boolean): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

describe('<sz-points-leaderboard> states', () => {
  clearStorageBeforeEach(localStorage);

  afterEach(() => {
    // Back to the browser's own value.
    delete (navigator as { onLine?: boolean }).onLine;
  });

  it('shows a loading skeleton while the first page is on its way', async () => {
    const client = new FakeClient({ latency: 500 });
    const { el } = await mountLeaderboard({ client, waitForRows: false });
    await waitUntil(() => part(el, 'loading'), 'the skeleton');
    assert.equal(part(el, 'loading')!.getAttribute('role'), 'status');
    await expect(el).to.be.accessible();
    await waitUntil(() => bodyRows(el).length > 0, 'the rows', { timeout: 3000 });
    assert.isNull(part(el, 'loading'));
  });

  it('shows the problem title and request id, and retry loads the board', async () => {
    const client = new FakeClient();
    client.failNext('getLeaderboard', problem(503, '服务暂时不可用', 'req-7f3a-0001'));
    const { el } = await mountLeaderboard({ client, waitForRows: false });
    await waitUntil(() => part(el, 'error'), 'the error state');
    const error = part(el, 'error')!;
    assert.equal(error.getAttribute('role'), 'alert');
    assert.include(error.textContent, '服务暂时不可用');
    assert.include(error.textContent, 'req-7f3a-0001');
    await expect(el).to.be.accessible();
    part(el, 'retry')!.click();
    await waitUntil(() => bodyRows(el).length > 0, 'rows after retry');
    assert.isNull(part(el, 'error'));
    assert.equal(client.callsOf('getLeaderboard').length, 2);
  });

  it('shows the error in English too', async () => {
    const client = new FakeClient();
    client.failNext('getLeaderboard', problem(500, 'Internal error', 'req-en-1'));
    const { el } = await mountLeaderboard({ client, waitForRows: false, attrs: { locale: 'en' } });
    await waitUntil(() => part(el, 'error'));
    assert.include(part(el, 'error')!.textContent, 'Could not load');
    assert.include(part(el, 'error')!.textContent, 'Request ID: req-en-1');
    assert.include(part(el, 'retry')!.textContent, 'Try again');
  });

  it('shows the offline state and reloads by itself when the connection returns', async () => {
    const client = new FakeClient();
    const { el } = await mountLeaderboard({ client, waitForRows: false });
    await waitUntil(() => bodyRows(el).length > 0);
    setOnline(false);
    client.failNext('getLeaderboard', new NetworkError('getLeaderboard', 'req-off-1', new TypeError('Failed to fetch')));
    // Something makes it load again while offline: the user switches to the red list.
    el.shadowRoot!.querySelector<HTMLButtonElement>('#tab-red')!.click();
    await waitUntil(() => part(el, 'offline'), 'the offline state');
    assert.include(part(el, 'offline')!.textContent, '网络已断开');
    await expect(el).to.be.accessible();
    const before = client.callsOf('getLeaderboard').length;
    setOnline(true);
    await waitUntil(() => bodyRows(el).length > 0, 'reloaded on reconnect');
    assert.equal(client.callsOf('getLeaderboard').length, before + 1);
    assert.isNull(part(el, 'offline'));
  });

  it('keeps the rows it has when the connection drops, with a notice', async () => {
    const { el } = await mountLeaderboard();
    setOnline(false);
    await waitUntil(() => part(el, 'offline'), 'the notice');
    assert.isAbove(bodyRows(el).length, 0);
    setOnline(true);
    await waitUntil(() => !part(el, 'offline'));
  });

  it('aborts its request when an attribute changes and when it leaves the page', async () => {
    const client = new FakeClient({ latency: 300 });
    const { el } = await mountLeaderboard({ client, waitForRows: false });
    await waitUntil(() => client.callsOf('getLeaderboard').length === 1);
    el.setAttribute('period', 'year');
    await waitUntil(() => client.callsOf('getLeaderboard').length === 2);
    assert.isTrue(client.callsOf('getLeaderboard')[0]!.signal?.aborted, 'the month request was aborted');
    assert.equal(client.callsOf('getLeaderboard')[1]!.input.query?.period, 'year');
    el.remove();
    assert.isTrue(client.callsOf('getLeaderboard')[1]!.signal?.aborted, 'aborted on disconnect');
  });

  it('says so when no village is set', async () => {
    const { el } = await mountLeaderboard({ waitForRows: false });
    el.removeAttribute('village');
    await waitUntil(() => part(el, 'empty'));
    assert.include(part(el, 'empty')!.textContent, 'village');
  });
});
