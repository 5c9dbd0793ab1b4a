import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from './harness.js';

// The demo portal's 帮教 desk and the supermarket's reconciliation: shown to the roles that use them.

describe('the demo portal, 帮教 desk and reconciliation by role', () => {
  const assetsDir = mkdtempSync(path.join(tmpdir(), 'shanzhi-portal-mentoring-'));
  let demo: TestServer;
  before(async () => {
    demo = await startTestServer({ assetsDir });
  });
  after(async () => {
    await demo.close();
    rmSync(assetsDir, { recursive: true, force: true });
  });

  const page = async (query: string) => (await fetch(`${demo.url}/${query}`)).text();

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
