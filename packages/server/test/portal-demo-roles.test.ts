import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from './harness.js';

// The demo portal's "view as" switcher: the staff desks need a signed-in user, and the demo has one per role.

async function page(server: TestServer, query: string): Promise<string> {
  const response = await fetch(`${server.url}/${query}`);
  assert.equal(response.status, 200);
  return response.text();
}

describe('the demo portal, viewed as a demo role', () => {
  const assetsDir = mkdtempSync(path.join(tmpdir(), 'shanzhi-portal-'));
  let demo: TestServer;
  let noDemoTokens: TestServer;
  before(async () => {
    demo = await startTestServer({ assetsDir });
    noDemoTokens = await startTestServer({ assetsDir, auth: { demoTokens: false, serviceKeys: true } });
  });
  after(async () => {
    await Promise.all([demo.close(), noDemoTokens.close()]);
    rmSync(assetsDir, { recursive: true, force: true });
  });

  test('offers each staff role and the villager, and hands the chosen one to the widgets', async () => {
    const html = await page(demo, '?as=cadre');
    assert.match(html, /<select id="as" name="as">/);
    for (const role of ['villager', 'gridWorker', 'cadre', 'supervisor', 'storekeeper', 'mediator'])
      assert.match(html, new RegExp(`<option value="${role}"`), role);
    assert.match(html, /<option value="cadre"\s+selected>/);
    assert.match(html, /<sz-provider [^>]*data-demo-role="cadre"/);
    assert.match(html, /<script type="module" src="\/portal.js"><\/script>/);
    const script = await fetch(`${demo.url}/portal.js`);
    assert.match(script.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.match(await script.text(), /provider\.getToken = \(\) => 'demo-' \+ role/);
  });

  test('is the public by default, and ignores a role it does not offer', async () => {
    assert.match(await page(demo, ''), /data-demo-role=""/);
    for (const asked of ['admin', 'public', '"><script>', 'CADRE']) {
      const html = await page(demo, `?as=${encodeURIComponent(asked)}`);
      assert.match(html, /data-demo-role=""/, asked);
      assert.doesNotMatch(html, /<script>/, 'nothing from the query reaches the page unescaped');
    }
  });

  test('is not offered where the server refuses demo tokens', async () => {
    const html = await page(noDemoTokens, '?as=cadre');
    assert.doesNotMatch(html, /id="as"/);
    assert.match(html, /data-demo-role=""/);
  });
});
