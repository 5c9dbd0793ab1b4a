import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultRequestLifecycles, isBadRating } from '@shanzhi/rules';
import { generateDemoCounty } from '../src/seed/index.js';
import { demoRequests } from '../src/seed/requests.js';
import { stateOf } from '../src/requests/store.js';

const county = generateDemoCounty({ households: 600 });
const requests = demoRequests(county);

test('every village has 代办 at each of its seven steps and 点单 at each of its five', () => {
  for (const village of county.villages) {
    const own = requests.filter(({ request }) => request.villageId === village.id).map(({ request }) => request);
    for (const kind of ['proxy', 'order'] as const) {
      const reached = new Set(own.filter((one) => one.kind === kind).map((one) => one.progress.history.length));
      const steps = defaultRequestLifecycles[kind].steps.length;
      assert.deepEqual(
        [...reached].sort((a, b) => a - b),
        Array.from({ length: steps }, (_, index) => index + 1),
        `${village.id} ${kind}`,
      );
      const states = new Set(own.filter((one) => one.kind === kind).map(stateOf));
      assert.deepEqual([...states].sort(), ['closed', 'done', 'open'], `${village.id} ${kind}`);
    }
  }
});

test('ratings good and bad; every bad one has a follow-up, some answered, some open; one 点单 closed unrated', () => {
  const rated = requests.filter(({ request }) => request.progress.rating !== undefined).map(({ request }) => request);
  const badOnes = rated.filter((one) => isBadRating(one.progress.rating?.grade ?? 5));
  assert.ok(rated.length > badOnes.length && badOnes.length > 0);
  assert.ok(badOnes.every((one) => one.followUp !== undefined));
  assert.ok(rated.filter((one) => !isBadRating(one.progress.rating?.grade ?? 5)).every((one) => one.followUp === undefined));
  assert.ok(badOnes.some((one) => one.followUp?.answer !== undefined));
  assert.ok(badOnes.some((one) => one.followUp?.answer === undefined));
  assert.ok(requests.some(({ request }) => request.progress.history.some((event) => event.lapsed)));
});

test('the seed is deterministic, dated no later than its day, and each request has its own receipt code', () => {
  const again = demoRequests(generateDemoCounty({ households: 600 }));
  assert.deepEqual(again, requests);
  for (const { request } of requests) {
    for (const event of request.progress.history) assert.ok(event.on <= county.asOf, `${request.id} ${event.step} ${event.on}`);
  }
  assert.equal(new Set(requests.map(({ receiptCode }) => receiptCode)).size, requests.length);
  assert.equal(new Set(requests.map(({ request }) => request.id)).size, requests.length);
});
