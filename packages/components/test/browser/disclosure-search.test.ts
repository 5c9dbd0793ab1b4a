import { aTimeout, assert, expect } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { listItems, mountBoard, part } from '../fixtures/disclosure-mount.js';
import { compose, endComposition, searchInput, searchThroughIme, typePlain } from '../fixtures/ime.js';
import { clearStorageBeforeEach } from '../fixtures/storage.js';

function asked(calls: readonly { input: { query?: Record<string, unknown> } }[]): unknown[] {
  return calls.map((call) => call.input.query?.q);
}

describe('<sz-disclosure-board> search as you type', () => {
  clearStorageBeforeEach(localStorage);

  it('sends nothing between compositionstart and compositionend, then one request after the pause', async () => {
    const { el, client } = await mountBoard();
    const composition = { steps: ['d', 'di', 'dib', 'dibao'], final: '低保', debounceMs: 300 };
    assert.deepEqual(await searchThroughIme(el, composition, () => client.callsOf('listDisclosures')), ['低保']);
    await waitUntil(() => listItems(el).length === 1, 'search narrows to one');
    await expect(el).to.be.accessible();
  });

  it('debounces plain typing into one request', async () => {
    const { el, client } = await mountBoard();
    const before = client.callsOf('listDisclosures').length;
    const input = searchInput(el);
    for (const value of ['财', '财务', '财务收']) {
      typePlain(input, value);
      await aTimeout(60);
    }
    await waitUntil(() => client.callsOf('listDisclosures').length > before, 'the search request', { timeout: 2000 });
    await aTimeout(400);
    assert.deepEqual(asked(client.callsOf('listDisclosures').slice(before)), ['财务收']);
    await waitUntil(() => listItems(el).length === 2, 'two finance statements');
  });

  it('Enter searches at once, but not the Enter that confirms an IME candidate; the button searches too', async () => {
    const { el, client } = await mountBoard();
    const before = client.callsOf('listDisclosures').length;
    const input = searchInput(el);
    compose(input, ['yutang']);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, cancelable: true }));
    endComposition(input, '鱼塘');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await waitUntil(() => client.callsOf('listDisclosures').length > before, 'the search request', { timeout: 1000 });
    await aTimeout(400);
    assert.deepEqual(asked(client.callsOf('listDisclosures').slice(before)), ['鱼塘'], 'once, not again after the debounce');
    // Clear with the button, then typing the same word again searches again.
    input.value = '';
    el.shadowRoot!.querySelector<HTMLFormElement>('form.search')!.requestSubmit();
    await waitUntil(() => listItems(el).length === 6, 'all items again');
    typePlain(input, '鱼塘');
    await waitUntil(
      () => client.callsOf('listDisclosures').filter((call) => call.input.query?.q === '鱼塘').length === 2,
      'the same word again',
      { timeout: 2000 },
    );
  });

  it('aborts the previous request when the search changes', async () => {
    const { el, client } = await mountBoard();
    client.latency = 200;
    const input = searchInput(el);
    input.value = '低保';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await waitUntil(() => client.callsOf('listDisclosures').some((call) => call.input.query?.q === '低保'));
    input.value = '鱼塘';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await waitUntil(() => client.callsOf('listDisclosures').some((call) => call.input.query?.q === '鱼塘'));
    const first = client.callsOf('listDisclosures').find((call) => call.input.query?.q === '低保')!;
    assert.isTrue(first.options.signal?.aborted);
    await waitUntil(
      () => listItems(el).length === 1 && (listItems(el)[0]?.textContent ?? '').includes('鱼塘'),
      'only the last search shows',
      { timeout: 2000 },
    );
  });

  it('cancels a pending search when the board is removed', async () => {
    const { el, client } = await mountBoard();
    const before = client.callsOf('listDisclosures').length;
    typePlain(searchInput(el), '低保');
    el.remove();
    await aTimeout(450);
    assert.equal(client.callsOf('listDisclosures').length, before);
    assert.isNull(part(el, 'error'));
  });
});

describe('<sz-disclosure-board> sync-url with status and search', () => {
  const original = location.href;
  afterEach(() => {
    history.replaceState(null, '', original);
  });

  it('reflects the status filter and the search text in the URL', async () => {
    const { el } = await mountBoard({ attrs: { 'sync-url': '' } });
    const status = el.shadowRoot!.querySelector<HTMLSelectElement>('select[name="status"]')!;
    status.value = 'closed';
    status.dispatchEvent(new Event('change'));
    assert.equal(new URL(location.href).searchParams.get('sz-status'), 'closed');
    const input = searchInput(el);
    input.value = '选举';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    assert.equal(new URL(location.href).searchParams.get('sz-q'), '选举');
    status.value = '';
    status.dispatchEvent(new Event('change'));
    input.value = '';
    el.shadowRoot!.querySelector<HTMLFormElement>('form.search')!.requestSubmit();
    const params = new URL(location.href).searchParams;
    assert.isNull(params.get('sz-status'));
    assert.isNull(params.get('sz-q'));
  });

  it('leaves status and search out of the URL unless the host opts in', async () => {
    const { el } = await mountBoard();
    const input = searchInput(el);
    input.value = '选举';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await el.updateComplete;
    assert.equal(location.href, original);
  });

  it('reads them back from a shared link, ignoring an unknown status', async () => {
    const url = new URL(original);
    url.searchParams.set('sz-status', 'closed');
    url.searchParams.set('sz-q', '选举');
    history.replaceState(null, '', url);
    const { el, client } = await mountBoard({ attrs: { 'sync-url': '' } });
    const query = client.callsOf('listDisclosures')[0]?.input.query;
    assert.equal(query?.status, 'closed');
    assert.equal(query?.q, '选举');
    assert.equal(listItems(el).length, 1);
    assert.equal(searchInput(el).value, '选举');
    assert.equal(el.shadowRoot!.querySelector<HTMLSelectElement>('select[name="status"]')!.value, 'closed');

    const bad = new URL(original);
    bad.searchParams.set('sz-status', '<script>');
    history.replaceState(null, '', bad);
    const again = await mountBoard({ attrs: { 'sync-url': '' } });
    assert.isUndefined(again.client.callsOf('listDisclosures')[0]?.input.query?.status);
    assert.equal(listItems(again.el).length, 6);
  });

  it('follows the back button', async () => {
    const { el } = await mountBoard({ attrs: { 'sync-url': '' } });
    const url = new URL(location.href);
    url.searchParams.set('sz-q', '低保');
    history.pushState(null, '', url);
    globalThis.dispatchEvent(new PopStateEvent('popstate'));
    await waitUntil(() => listItems(el).length === 1, 'the search from the URL');
    assert.equal(searchInput(el).value, '低保');
  });
});
