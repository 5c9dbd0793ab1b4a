import { assert, expect } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { boardPageMessages } from '../../src/disclosure/board-page.js';
import { detailMessages } from '../../src/disclosure/detail-messages.js';
import { listItems, mountBoard, openItem, part } from '../fixtures/disclosure-mount.js';

/** The hook the CDN loader installs before a widget's `import()` (src/internal/before-import.ts). */
const preloadKey = Symbol.for('shanzhi.preload');
type Hooks = Record<symbol, ((module: string) => Promise<void>) | undefined>;

/** Records the chunks asked for; while `blocked`, the detail views cannot be fetched (an offline page, a blocked chunk). */
function watchChunks(blocked: boolean): { readonly attempts: string[]; unblock(): void; restore(): void } {
  const hooks = globalThis as unknown as Hooks;
  const attempts: string[] = [];
  let failing = blocked;
  hooks[preloadKey] = (module) => {
    attempts.push(module);
    return failing && module === 'disclosure/views' ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve();
  };
  return {
    attempts,
    unblock: () => {
      failing = false;
    },
    restore: () => {
      hooks[preloadKey] = undefined;
    },
  };
}

function assertSameKeys(zh: Record<string, unknown>, en: Record<string, unknown>): void {
  assert.deepEqual(Object.keys(en).sort(), Object.keys(zh).sort());
  for (const key of Object.keys(zh)) assert.equal(typeof en[key], typeof zh[key], key);
}

describe('<sz-disclosure-board> detail views, a chunk loaded when an item or the report is first wanted', () => {
  it('opens an item with its styles, finance table and question form once updateComplete resolves', async () => {
    const { el } = await mountBoard();
    await openItem(el, 'd-finance');
    await el.updateComplete;
    const table = part(el, 'finance-table')!;
    // The detail styles are adopted with the chunk: the table scrolls sideways in its wrapper.
    assert.equal(getComputedStyle(table.closest('.table-wrap')!).overflowX, 'auto');
    assert.isNotNull(part(el, 'query-form'));
    await expect(el).to.be.accessible();
  });

  it('starts loading on first intent: the pointer over the list', async () => {
    const chunks = watchChunks(false);
    try {
      const { el } = await mountBoard();
      assert.notInclude(chunks.attempts, 'disclosure/views', 'a list alone does not ask for the views');
      listItems(el)[0]!
        .querySelector('button')!
        .dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await el.updateComplete;
      assert.include(chunks.attempts, 'disclosure/views');
    } finally {
      chunks.restore();
    }
  });

  it('shows the error state with retry when the chunk cannot be loaded, and retry shows the item', async () => {
    const chunks = watchChunks(true);
    try {
      const { el } = await mountBoard();
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-id="d-finance"]')!.click();
      await waitUntil(() => part(el, 'error'), 'the error state');
      assert.equal(part(el, 'error')!.getAttribute('role'), 'alert');
      assert.isNotNull(part(el, 'retry'));
      assert.isNotNull(el.shadowRoot!.querySelector('.back'), 'the way back stays');
      await expect(el).to.be.accessible();
      chunks.unblock();
      part(el, 'retry')!.click();
      await waitUntil(() => part(el, 'detail'), 'retry shows the item');
      assert.isNull(part(el, 'error'), 'the error is gone');
      assert.isNotNull(part(el, 'query-form'));
    } finally {
      chunks.restore();
    }
  });

  it('has English for every Chinese entry of the detail and board-page words, with the same kind', async () => {
    const [detail, board] = await Promise.all([
      import('../../src/disclosure/detail-messages-en.js'),
      import('../../src/disclosure/board-page-en.js'),
    ]);
    assertSameKeys(detailMessages['zh-CN'], detail.english);
    assertSameKeys(boardPageMessages['zh-CN'], board.english);
  });
});
