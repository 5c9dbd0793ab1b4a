import { assert, expect } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { detailMessages } from '../../src/leaderboard/detail-messages.js';
import { rowsMessages } from '../../src/leaderboard/rows-messages.js';
import type { SzPointsLeaderboard } from '../../src/leaderboard/sz-points-leaderboard.js';
import { FakeClient } from '../fixtures/leaderboard-client.js';
import { bodyRows, mountLeaderboard, part } from '../fixtures/leaderboard-mount.js';

/** The hook the CDN loader installs before a widget's `import()` (src/internal/before-import.ts). */
const preloadKey = Symbol.for('shanzhi.preload');
type Hooks = Record<symbol, ((module: string) => Promise<void>) | undefined>;

/** As an offline page or a blocked chunk: the part's chunk cannot be fetched until `restore()`. */
function blockChunk(blocked: string): { readonly attempts: string[]; restore(): void } {
  const hooks = globalThis as unknown as Hooks;
  const attempts: string[] = [];
  hooks[preloadKey] = (module) => {
    attempts.push(module);
    return module === blocked ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve();
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
    const blocked = blockChunk('leaderboard/household-detail');
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

  it('has English for every Chinese entry of the dialog and of the table, with the same kind (text or function)', () => {
    for (const messages of [detailMessages, rowsMessages]) {
      const zh = messages['zh-CN'] as Record<string, unknown>;
      const en = messages.en as Record<string, unknown>;
      assert.deepEqual(Object.keys(en).sort(), Object.keys(zh).sort());
      for (const key of Object.keys(zh)) assert.equal(typeof en[key], typeof zh[key], key);
    }
  });
});

describe('<sz-points-leaderboard> table, a chunk fetched while the first page loads', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it('shows the loading rows until the table is in, then the rows with the table’s own styles', async () => {
    const { el } = await mountLeaderboard({ client: new FakeClient() });
    const row = bodyRows(el)[0]!;
    // The row's grid comes with the table's chunk (rows-styles.ts): without it the cells would stack.
    assert.equal(getComputedStyle(row).display, 'grid');
    assert.isAtMost(row.getBoundingClientRect().height, 80);
  });

  it('shows the error state with retry when the chunk cannot be loaded, and retry shows the rows', async () => {
    const blocked = blockChunk('leaderboard/rows');
    try {
      const { el } = await mountLeaderboard({ client: new FakeClient(), waitForRows: false });
      await waitUntil(() => part(el, 'error'), 'the error state');
      assert.include(blocked.attempts, 'leaderboard/rows', 'the chunk is asked for after the first paint');
      assert.lengthOf(bodyRows(el), 0);
      assert.equal(part(el, 'error')!.getAttribute('role'), 'alert');
      await expect(el).to.be.accessible();
      blocked.restore();
      (part(el, 'retry') as HTMLButtonElement).click();
      await waitUntil(() => bodyRows(el).length > 0, 'retry shows the rows');
      assert.isNull(part(el, 'error'), 'the error is gone');
    } finally {
      blocked.restore();
    }
  });
});

describe('<sz-points-leaderboard> village-TV screen, a chunk fetched only for display="board"', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it('is never asked for on a portal page, and arrives with its buttons when the board goes on a screen', async () => {
    const recorded = blockChunk('none');
    try {
      const { el } = await mountLeaderboard({ client: new FakeClient() });
      await el.updateComplete;
      assert.notInclude(recorded.attempts, 'leaderboard/board-screen');
      assert.isNull(part(el, 'board-controls'));
      el.display = 'board';
      await waitUntil(() => part(el, 'board-controls'), 'the screen buttons');
      assert.include(recorded.attempts, 'leaderboard/board-screen');
      await expect(el).to.be.accessible();
    } finally {
      recorded.restore();
    }
  });
});
