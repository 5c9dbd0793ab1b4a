import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useDemoPortal } from './support/demo-portal.js';

// The demo portal's 帮教 desk and the supermarket's reconciliation: shown to the roles that use them.

describe('the demo portal, 帮教 desk and reconciliation by role', () => {
  const { page } = useDemoPortal('shanzhi-portal-mentoring-');

  test('the cadre, the supervisor and the grid worker see the mentoring desk; the public and a villager do not', async () => {
    for (const role of ['cadre', 'supervisor', 'gridWorker'])
      assert.match(await page(`?as=${role}`), /<sz-mentoring-desk village="v-qs-01">/, role);
    for (const query of ['', '?as=villager', '?as=storekeeper']) assert.doesNotMatch(await page(query), /<sz-mentoring-desk/, query);
  });

  test('the supervisor sees the supermarket in reconciliation mode; the keeper and the cadre the desk; the public the shelf', async () => {
    const mode = async (query: string) => /<sz-love-supermarket[^>]*mode="([a-z]+)"/.exec(await page(query))?.[1];
    assert.equal(await mode('?as=supervisor'), 'reconciliation');
    assert.equal(await mode('?as=storekeeper'), 'desk');
    assert.equal(await mode('?as=cadre'), 'desk');
    assert.equal(await mode(''), 'shelf');
  });
});
