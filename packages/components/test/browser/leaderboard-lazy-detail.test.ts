import { assert, expect, waitUntil } from '@open-wc/testing';
import { detailMessages } from '../../src/leaderboard/detail-messages.js';
import type { SzPointsLeaderboard } from '../../src/leaderboard/sz-points-leaderboard.js';
import { FakeClient } from '../fixtures/leaderboard-client.js';
import { bodyRows, mountLeaderboard, part } from '../fixtures/leaderboard-mount.js';

/** The hook the CDN loader installs before a widget's `import()` (src/internal/before-import.ts). */
const preloadKey = Symbol.for('shanzhi.preload');
type Hooks = Record<symbol, ((module: string) => Promise<void>) | undefined>;

/** As an offline page or a blocked chunk: the dialog's chunk cannot be fetched until `restore()`. */
function blockDetailChunk(): { readonly attempts: string[]; restore(): void } {
  const hooks = globalThis as unknown as Hooks;
  const attempts: string[] = [];
  hooks[preloadKey] = (module) => {
    attempts.push(module);
    return module === 'leaderboard/household-detail' ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve();
  };
  return {
    attempts,
    restore: () => {
      hooks[preloadKey] = undefined;
    },
  };
}

function dialog(el: SzPointsLeaderboard): HTMLDialogElement | null {
  return el.shadowRoot!.querySelector('dialog');
}

describe('<sz-points-leaderboard> household dialog, a chunk loaded after the first paint', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it('is ready once updateComplete resolves, and opens with its own words and styles', async () => {
    const { el } = await mountLeaderboard({ client: new FakeClient() });
    await el.updateComplete;
    assert.isNotNull(dialog(el), 'the dialog is rendered once its chunk is in');
    bodyRows(el)[1]!.click();
    await waitUntil(() => dialog(el)?.open, 'the dialog opens');
    await waitUntil(() => part(el, 'ledger'), 'the ledger loads');
    assert.include(part(el, 'detail-title')!.textContent, '的积分明细');
    // The dialog's rules are adopted with its chunk: the sheet's width rule applies.
    assert.isAtMost(dialog(el)!.getBoundingClientRect().width, Math.min(0.92 * window.innerWidth, 48 * 16) + 1);
    await expect(el).to.be.accessible();
    dialog(el)!.close();
  });

  it('shows the error state with retry when the chunk cannot be loaded, and retry opens the household', async () => {
    const blocked = blockDetailChunk();
    try {
      const { el } = await mountLeaderboard({ client: new FakeClient() });
      await el.updateComplete;
      assert.include(blocked.attempts, 'leaderboard/household-detail', 'the chunk is asked for after the first paint');
      assert.isNull(dialog(el));
      bodyRows(el)[2]!.click();
      await waitUntil(() => part(el, 'error'), 'the error state');
      assert.isNotNull(part(el, 'retry'));
      assert.equal(part(el, 'error')!.getAttribute('role'), 'alert');
      await expect(el).to.be.accessible();
      blocked.restore();
      (part(el, 'retry') as HTMLButtonElement).click();
      await waitUntil(() => dialog(el)?.open, 'retry opens the dialog');
      await waitUntil(() => part(el, 'ledger'), 'the ledger loads');
      assert.isNull(part(el, 'error'), 'the error is gone');
      dialog(el)!.close();
    } finally {
      blocked.restore();
    }
  });

  it('has English for every Chinese entry of the dialog, with the same kind (text or function)', () => {
    const zh = detailMessages['zh-CN'] as Record<string, unknown>;
    const en = detailMessages.en as Record<string, unknown>;
    assert.deepEqual(Object.keys(en).sort(), Object.keys(zh).sort());
    for (const key of Object.keys(zh)) assert.equal(typeof en[key], typeof zh[key], key);
  });
});
