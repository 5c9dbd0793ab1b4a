import { aTimeout, assert, expect } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { compose, endComposition, searchInput, searchThroughIme, typePlain } from '../fixtures/ime.js';
import { bodyRows, mountLeaderboard, part } from '../fixtures/leaderboard-mount.js';
import { clearStorageBeforeEach } from '../fixtures/storage.js';

describe('<sz-points-leaderboard> search', () => {
  clearStorageBeforeEach(localStorage);

  it('sends nothing while an IME composition is open, then one request after compositionend', async () => {
    const { el, client } = await mountLeaderboard();
    const composition = { steps: ['z', 'zh', 'zha', 'zhan', 'zhang'], final: '张', debounceMs: 250 };
    assert.deepEqual(await searchThroughIme(el, composition, () => client.callsOf('getLeaderboard')), ['张']);
    await waitUntil(
      () => bodyRows(el).length > 0 && bodyRows(el).every((row) => row.querySelector('.name')!.textContent.startsWith('张')),
      'only matching rows',
    );
  });

  it('debounces plain typing into one request', async () => {
    const { el, client } = await mountLeaderboard();
    const before = client.callsOf('getLeaderboard').length;
    const input = searchInput(el);
    for (const value of ['0', '01', '010', '0101-0000', '0101-00007']) typePlain(input, value);
    await waitUntil(() => client.callsOf('getLeaderboard').length > before, 'the search request', { timeout: 2000 });
    await aTimeout(400);
    assert.equal(client.callsOf('getLeaderboard').length, before + 1);
    await waitUntil(() => bodyRows(el).length === 1, 'one household matches the number');
    assert.include(bodyRows(el)[0]!.textContent, '0101-00007');
  });

  it('Enter searches at once, but not the Enter that confirms an IME candidate', async () => {
    const { el, client } = await mountLeaderboard();
    const before = client.callsOf('getLeaderboard').length;
    const input = searchInput(el);
    compose(input, ['w', 'wa', 'wang']);
    endComposition(input, 'wang');
    // Chromium reports the confirming Enter with isComposing before compositionend.
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true }));
    typePlain(input, '王');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await waitUntil(() => client.callsOf('getLeaderboard').length > before, 'the search request', { timeout: 1000 });
    await aTimeout(400);
    const asked = client
      .callsOf('getLeaderboard')
      .slice(before)
      .map((call) => call.input.query?.q);
    assert.deepEqual(asked, ['王']);
  });

  it('shows the empty state when no household matches, announced and accessible', async () => {
    const { el } = await mountLeaderboard();
    typePlain(searchInput(el), '不存在的户');
    await waitUntil(() => part(el, 'empty'), 'the empty state');
    assert.include(part(el, 'empty')!.textContent, '没有符合条件的农户');
    await waitUntil(
      () => el.shadowRoot!.querySelector('[aria-live="polite"].visually-hidden')!.textContent.includes('没有符合条件'),
      'announced',
    );
    await expect(el).to.be.accessible();
  });

  it('aborts the previous request when the search changes', async () => {
    const { el, client } = await mountLeaderboard();
    client.latency = 300;
    const input = searchInput(el);
    typePlain(input, '张');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await waitUntil(() => client.callsOf('getLeaderboard').some((call) => call.input.query?.q === '张'));
    typePlain(input, '王');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await waitUntil(() => client.callsOf('getLeaderboard').some((call) => call.input.query?.q === '王'));
    const first = client.callsOf('getLeaderboard').find((call) => call.input.query?.q === '张')!;
    assert.isTrue(first.signal?.aborted, 'the 张 request was aborted');
    await waitUntil(
      () => bodyRows(el).length > 0 && bodyRows(el).every((row) => row.querySelector('.name')!.textContent.startsWith('王')),
      'the 王 rows',
      { timeout: 3000 },
    );
  });
});
