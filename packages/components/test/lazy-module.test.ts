import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LazyModule } from '../src/internal/lazy-module.js';

test('a lazy part loads once, however many ask for it while it loads', async () => {
  let loads = 0;
  const part = new LazyModule(async () => {
    loads += 1;
    await Promise.resolve();
    return { name: 'dialog' };
  });
  assert.equal(part.value, undefined);
  const [a, b] = await Promise.all([part.get(), part.get()]);
  assert.equal(a, b);
  assert.equal(loads, 1);
  assert.deepEqual(part.value, { name: 'dialog' });
  await part.get();
  assert.equal(loads, 1);
});

test('a failed download is tried again at the next use, and settled() does not throw', async () => {
  let attempts = 0;
  const part = new LazyModule(() => {
    attempts += 1;
    return attempts === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve('views');
  });
  part.preload();
  await part.settled();
  assert.equal(part.value, undefined);
  assert.equal(await part.get(), 'views');
  assert.equal(attempts, 2);
  await assert.doesNotReject(part.settled());
});
