import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  aggregateTotals,
  blackList,
  buildBoard,
  defaultPointsSettings,
  epochDayOf,
  notRevoked,
  pointsSettings,
  rankHouseholds,
  ranksById,
  redList,
  starLevel,
  type HouseholdTotal,
  type RankedHousehold,
} from '../src/index.js';

function totals(pairs: Record<string, number>, deductions: Record<string, number> = {}): HouseholdTotal[] {
  return Object.entries(pairs).map(([householdId, total]) => ({ householdId, total, deductions: deductions[householdId] ?? 0 }));
}

const summary = (rows: readonly RankedHousehold[]) => rows.map((row) => `${row.householdId}:${row.rank}`);

test('ties share a rank and the next rank skips (1, 2, 2, 4) by default', () => {
  const rows = rankHouseholds(totals({ a: 50, b: 40, c: 40, d: 30 }));
  assert.deepEqual(summary(rows), ['a:1', 'b:2', 'c:2', 'd:4']);
});

test('dense ranking does not skip (1, 2, 2, 3)', () => {
  const rows = rankHouseholds(totals({ a: 50, b: 40, c: 40, d: 30 }), { method: 'dense' });
  assert.deepEqual(summary(rows), ['a:1', 'b:2', 'c:2', 'd:3']);
});

test('tied households are listed by household id in code-unit order, whatever the input order', () => {
  const forward = rankHouseholds(totals({ h2: 10, h10: 10, H1: 10, h1: 10, 张: 10 }));
  const backward = rankHouseholds([...totals({ h2: 10, h10: 10, H1: 10, h1: 10, 张: 10 })].reverse());
  assert.deepEqual(
    forward.map((row) => row.householdId),
    ['H1', 'h1', 'h10', 'h2', '张'],
  );
  assert.deepEqual(backward, forward);
});

test('fractional totals and unsorted ids rank by the same rules: high first, ties by id', () => {
  const fractional = rankHouseholds(totals({ b: 1.5, a: 1.5, c: 2.25, d: -0.5 }));
  assert.deepEqual(summary(fractional), ['c:1', 'a:2', 'b:2', 'd:4']);
});

test('movement compares with the previous period rank: up, down, same or new', () => {
  const previousRanks = ranksById(rankHouseholds(totals({ a: 30, b: 20, c: 10 })));
  const rows = rankHouseholds(totals({ a: 10, b: 20, c: 30, d: 5 }), { previousRanks });
  assert.deepEqual(
    rows.map((row) => [row.householdId, row.rank, row.previousRank, row.movement]),
    [
      ['c', 1, 3, 'up'],
      ['b', 2, 2, 'same'],
      ['a', 3, 1, 'down'],
      ['d', 4, null, 'new'],
    ],
  );
});

test('the red list includes every household tied at the cut-off', () => {
  const rows = rankHouseholds(totals({ a: 50, b: 40, c: 30, d: 30, e: 30, f: 20 }));
  assert.deepEqual(
    redList(rows, 3).map((row) => row.householdId),
    ['a', 'b', 'c', 'd', 'e'],
  );
  assert.deepEqual(
    redList(rows, 2).map((row) => row.householdId),
    ['a', 'b'],
  );
  assert.deepEqual(
    redList(rows, 6).map((row) => row.householdId),
    ['a', 'b', 'c', 'd', 'e', 'f'],
  );
});

test('the red list honours neither households without points nor households excluded from rewards', () => {
  const rows = rankHouseholds(totals({ a: 50, b: 40, c: 0, d: -5 }), { ineligible: new Set(['a']), starThresholds: [10] });
  assert.deepEqual(
    redList(rows, 10).map((row) => row.householdId),
    ['b'],
  );
  assert.equal(rows[0]?.householdId, 'a');
  assert.equal(rows[0].stars, 0);
  assert.equal(rows[1]?.stars, 1);
});

test('stars count the thresholds a total reaches', () => {
  const thresholds = defaultPointsSettings.starThresholds;
  assert.deepEqual(
    [0, 19, 20, 59, 60, 100, 500].map((total) => starLevel(total, thresholds)),
    [0, 0, 1, 2, 3, 5, 5],
  );
  assert.equal(starLevel(1000, []), 0);
});

test('a black list switched off returns { enabled: false } and names nobody', () => {
  const rows = rankHouseholds(totals({ a: -20, b: 5 }, { a: 2 }));
  assert.deepEqual(blackList(rows, pointsSettings({ blackListEnabled: false })), { enabled: false });
});

test('the black list names every household with a deduction, lowest first, and never one without', () => {
  const rows = rankHouseholds(totals({ a: -20, b: 5, c: -40, d: -5, e: 0 }, { a: 2, b: 1, c: 3 }));
  const list = blackList(rows, defaultPointsSettings);
  assert.ok(list.enabled);
  assert.equal(list.rule, 'deductions');
  // d has a negative total but no deduction entry in the period (e.g. a capped award reversed): not named.
  assert.deepEqual(
    list.rows.map((row) => row.householdId),
    ['c', 'a', 'b'],
  );
});

test('the bottom-N black list includes ties at the cut-off', () => {
  const rows = rankHouseholds(totals({ a: -20, b: -10, c: -10, d: -5, e: 10 }, { a: 1, b: 1, c: 1, d: 1, e: 1 }));
  const list = blackList(rows, pointsSettings({ blackListRule: 'bottom', blackListSize: 2 }));
  assert.ok(list.enabled);
  assert.deepEqual(
    list.rows.map((row) => row.householdId),
    ['a', 'b', 'c'],
  );
});

test('a board ranks the period, shows movement against the previous one, and builds both lists', () => {
  const board = buildBoard(totals({ a: 30, b: 30, c: 10, d: -10 }, { d: 1 }), pointsSettings({ redListSize: 1 }), {
    previous: totals({ a: 5, b: 30, c: 20 }),
  });
  assert.deepEqual(
    board.rows.map((row) => [row.householdId, row.rank, row.movement]),
    [
      ['a', 1, 'up'],
      ['b', 1, 'same'],
      ['c', 3, 'down'],
      ['d', 4, 'new'],
    ],
  );
  assert.deepEqual(
    board.redList.map((row) => row.householdId),
    ['a', 'b'],
  );
  assert.ok(board.blackList.enabled && board.blackList.rows.length === 1);
});

test('columnar aggregation feeds the ranking directly', () => {
  const day = epochDayOf('2026-11-05');
  const columns = {
    household: Int32Array.from([0, 1, 1, 2, 2]),
    points: Int32Array.from([10, 5, 5, -5, 20]),
    effectiveDay: Int32Array.from([day, day, day + 1, day, day - 10]),
    revokedDay: Int32Array.from([notRevoked, notRevoked, day + 2, notRevoked, notRevoked]),
  };
  const settings = defaultPointsSettings;
  const november = aggregateTotals(columns, ['x', 'y', 'z'], { period: '2026-11', asOf: '2026-11-30', settings });
  assert.deepEqual([...november.totals], [10, 5, -5]);
  assert.deepEqual([...november.deductions], [0, 0, 1]);
  assert.deepEqual(summary(rankHouseholds(november)), ['x:1', 'y:2', 'z:3']);
  const beforeRevocation = aggregateTotals(columns, ['x', 'y', 'z'], { period: '2026-11', asOf: '2026-11-06', settings });
  assert.deepEqual([...beforeRevocation.totals], [10, 10, -5]);
  assert.throws(() => aggregateTotals(columns, ['x', 'y'], { period: '2026-11', asOf: '2026-11-30', settings }), RangeError);
});

// ---- properties ----

const totalsArb = fc
  .uniqueArray(fc.stringMatching(/^[a-zA-Z0-9]{1,4}$/), { maxLength: 60 })
  .chain((ids) =>
    fc.tuple(
      fc.constant(ids),
      fc.array(
        fc.oneof(
          fc.integer({ min: -20, max: 20 }),
          fc.integer({ min: -2000, max: 2000 }).map((n) => n / 4),
        ),
        { minLength: ids.length, maxLength: ids.length },
      ),
    ),
  )
  .map(([ids, values]) => ids.map((householdId, i) => ({ householdId, total: values[i] ?? 0 })));

test('property: ranks never decrease down the board', () => {
  fc.assert(
    fc.property(totalsArb, fc.constantFrom('competition' as const, 'dense' as const), (list, method) => {
      const rows = rankHouseholds(list, { method });
      for (let i = 1; i < rows.length; i++) {
        assert.ok((rows[i]?.rank ?? 0) >= (rows[i - 1]?.rank ?? 0));
        assert.ok((rows[i]?.total ?? 0) <= (rows[i - 1]?.total ?? 0));
      }
    }),
  );
});

test('property: competition rank = 1 + number of strictly higher totals', () => {
  fc.assert(
    fc.property(totalsArb, (list) => {
      for (const row of rankHouseholds(list)) {
        assert.equal(row.rank, 1 + list.filter((other) => other.total > row.total).length);
      }
    }),
  );
});

test('property: dense rank = 1 + number of distinct higher totals', () => {
  fc.assert(
    fc.property(totalsArb, (list) => {
      for (const row of rankHouseholds(list, { method: 'dense' })) {
        assert.equal(row.rank, 1 + new Set(list.filter((other) => other.total > row.total).map((other) => other.total)).size);
      }
    }),
  );
});

test('property: the ranking is a permutation of the input and does not depend on input order', () => {
  fc.assert(
    fc.property(
      totalsArb.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }))),
      ([list, shuffled]) => {
        const rows = rankHouseholds(list);
        assert.deepEqual(rows.map((row) => row.householdId).sort(), list.map((one) => one.householdId).sort());
        assert.deepEqual(rankHouseholds(shuffled), rows);
      },
    ),
  );
});

test('property: the red list is a prefix of the eligible rows containing all ties at its cut-off', () => {
  fc.assert(
    fc.property(totalsArb, fc.integer({ min: 1, max: 10 }), (list, size) => {
      const rows = rankHouseholds(list);
      const honoured = redList(rows, size);
      const positive = rows.filter((row) => row.total > 0);
      assert.deepEqual(honoured, positive.slice(0, honoured.length));
      assert.ok(honoured.length >= Math.min(size, positive.length));
      const last = honoured[honoured.length - 1];
      const next = positive[honoured.length];
      if (last && next) assert.ok(next.total < last.total);
      if (honoured.length > size) assert.equal(honoured[size]?.total, honoured[size - 1]?.total);
    }),
  );
});
