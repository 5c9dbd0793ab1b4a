import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from './harness.js';

// The demo portal's query desk: the cadre answers, the supervisor follows; nobody else sees it.

const assetsDir = mkdtempSync(path.join(tmpdir(), 'shanzhi-portal-queries-'));
let demo: TestServer;
before(async () => {
  demo = await startTestServer({ assetsDir });
});
after(async () => {
  await demo.close();
  rmSync(assetsDir, { recursive: true, force: true });
});

test('the cadre and the supervisor see the query desk in their view; the public, a villager and a grid worker do not', async () => {
  const page = async (query: string) => (await fetch(`${demo.url}/${query}`)).text();
  for (const role of ['cadre', 'supervisor'])
    assert.match(await page(`?as=${role}`), new RegExp(`<sz-query-desk village="v-qs-01" view="${role}">`), role);
  for (const query of ['', '?as=villager', '?as=gridWorker']) assert.doesNotMatch(await page(query), /<sz-query-desk/, query);
});
