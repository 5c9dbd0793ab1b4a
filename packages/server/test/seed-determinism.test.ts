import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  generateDemoCounty,
  Random,
  WeightedTable,
  defaultAsOf,
  defaultHouseholds,
  defaultSeed,
  type DemoCounty,
} from '../src/seed/index.js';

test('the same options give deep-equal counties, without ever calling Math.random', () => {
  const original = Math.random;
  Math.random = () => {
    throw new Error('The seed generator must not use Math.random');
  };
  try {
    assert.deepEqual(generateDemoCounty(), generateDemoCounty({ seed: defaultSeed, households: defaultHouseholds, asOf: defaultAsOf }));
    assert.deepEqual(generateDemoCounty({ seed: 7, households: 600 }), generateDemoCounty({ seed: 7, households: 600 }));
  } finally {
    Math.random = original;
  }
});

test('a different seed gives a different county on the same map', () => {
  const a = generateDemoCounty({ seed: 1, households: 600 });
  const b = generateDemoCounty({ seed: 2, households: 600 });
  // Same regions, same ids: the map does not depend on the seed …
  assert.deepEqual(a.villages, b.villages);
  assert.deepEqual(
    a.households.map((h) => h.id),
    b.households.map((h) => h.id),
  );
  // … the people, their ledgers and their cases do.
  const seeded: readonly (readonly [what: string, of: (county: DemoCounty) => unknown])[] = [
    ['head names', (county) => county.households.map((h) => h.headName)],
    ['mobiles', (county) => county.households.map((h) => h.mobile)],
    ['ledgers', (county) => county.ledgerEntries],
    ['disclosure items', (county) => county.disclosureItems],
    ['tracking codes', (county) => county.mediationCases.map((c) => c.trackingCode)],
    ['staff names', (county) => county.staff.map((s) => s.name)],
  ];
  for (const [what, of] of seeded) assert.notDeepEqual(of(a), of(b), what);
});

test('the window follows asOf and nothing happens after it', () => {
  const county = generateDemoCounty({ asOf: '2026-06-30', households: 300 });
  assert.deepEqual(county.window, { from: '2025-07-01', to: '2026-06-30' });
  const dates = [
    ...county.ledgerEntries.flatMap((entry) => [entry.occurredOn, ...entry.history.map((step) => step.at)]),
    ...county.redemptions.map((one) => one.date),
    ...county.disclosureItems.flatMap((item) => item.versions.map((version) => version.correction?.at ?? version.notice.published)),
    ...county.mediationCases.flatMap((one) => one.case.history.map((step) => step.on)),
  ];
  assert.ok(dates.length > 1000);
  for (const date of dates) assert.ok(date <= county.asOf, date);
  assert.ok(county.ledgerEntries.every((entry) => entry.occurredOn >= county.window.from));
});

test('options are checked', () => {
  assert.throws(() => generateDemoCounty({ households: 5 }), RangeError);
  assert.throws(() => generateDemoCounty({ households: 1.5 }), RangeError);
  assert.throws(() => generateDemoCounty({ asOf: '2026-02-30' }), RangeError);
});

test('Random: reproducible, in range, forks independent of each other', () => {
  const a = new Random(42);
  const b = new Random(42);
  const first = Array.from({ length: 100 }, () => a.uint32());
  assert.deepEqual(
    first,
    Array.from({ length: 100 }, () => b.uint32()),
  );
  assert.notDeepEqual(
    first,
    Array.from({ length: 100 }, () => new Random(43).uint32()),
  );

  const r = new Random(1);
  const counts = [0, 0, 0, 0, 0, 0];
  for (let i = 0; i < 60_000; i++) {
    const n = r.int(1, 6);
    assert.ok(Number.isInteger(n) && n >= 1 && n <= 6);
    counts[n - 1] = (counts[n - 1] ?? 0) + 1;
  }
  for (const count of counts) assert.ok(count > 9_000 && count < 11_000, `die roll count ${String(count)}`);
  for (let i = 0; i < 1000; i++) {
    const x = r.next();
    assert.ok(x >= 0 && x < 1);
  }

  // A fork depends on its label and the parent seed only, not on what the parent drew before.
  const parent = new Random(9);
  const before = parent.fork('points').uint32();
  parent.uint32();
  assert.equal(parent.fork('points').uint32(), before);
  assert.notEqual(parent.fork('households').uint32(), before);
  assert.notEqual(new Random(10).fork('points').uint32(), before);

  assert.equal(r.bytes(16).length, 16);
  assert.match(r.digits(8), /^\d{8}$/);
  assert.equal(new Set(r.sample([1, 2, 3, 4, 5], 5)).size, 5);
});

test('WeightedTable draws by weight', () => {
  const table = new WeightedTable([
    ['a', 1],
    ['b', 3],
    ['never', 0],
  ]);
  const r = new Random(5);
  let b = 0;
  for (let i = 0; i < 40_000; i++) {
    const drawn = table.draw(r);
    assert.notEqual(drawn, 'never');
    if (drawn === 'b') b++;
  }
  assert.ok(b > 29_000 && b < 31_000, String(b));
  assert.throws(() => new WeightedTable([]), RangeError);
});
