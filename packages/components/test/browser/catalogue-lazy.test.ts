import { assert, expect } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { mountCatalogue, openService, part } from '../fixtures/catalogue-mount.js';
import { clearStorageBeforeEach } from '../fixtures/storage.js';

// The CDN loader's preloader hook (src/internal/preload.ts): every lazy chunk is asked for through it first.
const preloadKey = Symbol.for('shanzhi.preload');
type Hooks = Record<symbol, ((module: string) => Promise<void>) | undefined>;

describe('<sz-service-catalogue> guide chunk (loaded after the first render)', () => {
  clearStorageBeforeEach(localStorage, sessionStorage);

  it('opens a whole guide once the chunk is here, in English too', async () => {
    const { el } = await mountCatalogue({ attrs: { locale: 'en' } });
    await openService(el, 'SV-CA-01');
    await el.updateComplete;
    const guide = part(el, 'guide')!;
    assert.include(guide.textContent, 'Who can apply');
    assert.include(guide.textContent, 'What to bring');
    assert.notInclude(guide.textContent, '受理条件', 'no Chinese word of the guide flashes in an English widget');
    assert.equal(el.shadowRoot!.activeElement?.id, 'guide-title', 'focus still moves to the guide heading');
    await expect(el).to.be.accessible();
  });

  it('shows the error state with a retry when the chunk cannot be fetched, and the guide after the retry', async () => {
    const hooks = globalThis as unknown as Hooks;
    const before = hooks[preloadKey];
    let offline = true;
    hooks[preloadKey] = (module) =>
      offline && module === 'services/guide-panel' ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve();
    try {
      const { el } = await mountCatalogue({ attrs: { service: 'SV-CA-01' }, waitForList: false });
      await waitUntil(() => part(el, 'error') !== null, 'the error state', { timeout: 5000 });
      assert.isNull(part(el, 'guide'), 'no half guide');
      assert.isNotNull(el.shadowRoot!.querySelector('button.no-print'), 'the back button stays above the error');
      await expect(el).to.be.accessible();
      offline = false;
      part(el, 'retry')!.click();
      await waitUntil(() => part(el, 'guide') !== null, 'the guide after the retry', { timeout: 5000 });
      assert.isNull(part(el, 'error'));
      assert.isNotNull(part(el, 'materials'));
    } finally {
      hooks[preloadKey] = before;
    }
  });
});
