import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const read = (file: string) => readFileSync(new URL(`../../../docs/${file}`, import.meta.url), 'utf8');

test('docs/sdk.md shows docs/examples/sdk-quickstart.mjs verbatim (the file test:pack runs against the real server)', () => {
  const doc = read('sdk.md');
  const marker = '<!-- quickstart: docs/examples/sdk-quickstart.mjs';
  const at = doc.indexOf(marker);
  assert.ok(at >= 0, `sdk.md has lost the marker ${marker}`);
  const block = /```js\n([\s\S]*?)```\n/.exec(doc.slice(at));
  assert.ok(block, 'a ```js block follows the marker');
  assert.equal(block[1], read('examples/sdk-quickstart.mjs'));
});
