import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useDemoPortal } from './support/demo-portal.js';

// The demo portal's notice-board poster: staff get the unposted list (print and record from it), everyone else this
// month's poster; the QR codes lead back to the portal's board.

const demo = useDemoPortal('shanzhi-portal-poster-');

const posterTag = (html: string) => /<sz-disclosure-poster\b[^>]*>/.exec(html)?.[0] ?? '';

test('cadres, grid workers and the supervisor get the unposted list; the public and villagers the month of the demo day', async () => {
  const page = async (query: string) => posterTag(await demo.page(query));
  for (const role of ['cadre', 'gridWorker', 'supervisor']) {
    const tag = await page(`?as=${role}`);
    assert.match(tag, /mode="unposted"/, role);
    assert.match(tag, new RegExp(`item-url="${demo.url}/\\?village=v-qs-01&amp;sz-item=\\{id\\}"`), role);
  }
  for (const query of ['', '?as=villager']) {
    const tag = await page(query);
    assert.match(tag, /year="2026"/, query);
    assert.match(tag, /month="11"/, query);
    assert.doesNotMatch(tag, /mode=/, query);
  }
});

test("the posters' QR codes open the item: the portal's board follows the address it gives (sz-item)", async () => {
  const html = await demo.page('?village=v-qs-01&sz-item=dsc-01-0039');
  const board = /<sz-disclosure-board\b[^>]*>/.exec(html)?.[0] ?? '';
  assert.match(board, /\ssync-url[\s>=]/, board);
  assert.match(board, /village="v-qs-01"/, board);
});
