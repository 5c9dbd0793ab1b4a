import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useDemoPortal } from './support/demo-portal.js';

// The demo portal's query desk: the cadre answers, the supervisor follows; nobody else sees it.

const { page } = useDemoPortal('shanzhi-portal-queries-');

test('the cadre and the supervisor see the query desk in their view; the public, a villager and a grid worker do not', async () => {
  for (const role of ['cadre', 'supervisor'])
    assert.match(await page(`?as=${role}`), new RegExp(`<sz-query-desk village="v-qs-01" view="${role}">`), role);
  for (const query of ['', '?as=villager', '?as=gridWorker']) assert.doesNotMatch(await page(query), /<sz-query-desk/, query);
});
