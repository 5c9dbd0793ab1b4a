import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { rankHouseholds, rankScores } from '../src/points/index.js';

test('ranks plain scores in the order given, tied scores sharing a rank (1, 2, 2, 4)', () => {
  assert.deepEqual(rankScores([80, 95, 80, 60]), [2, 1, 2, 4]);
  assert.deepEqual(rankScores([80, 95, 80, 60], { method: 'dense' }), [2, 1, 2, 3]);
  assert.deepEqual(rankScores([]), []);
  assert.deepEqual(rankScores([5, 5, 5]), [1, 1, 1]);
  assert.deepEqual(rankScores([-5, 0, 2.5]), [3, 2, 1], 'negative and fractional scores rank too');
});

test('refuses a score that is not a finite number instead of ranking it somewhere', () => {
  assert.throws(() => rankScores([1, Number.NaN]), RangeError);
  assert.throws(() => rankScores([Number.POSITIVE_INFINITY]), RangeError);
});

test('property: rankScores gives every score the rank rankHouseholds gives its household', () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 40 }),
      fc.constantFrom('competition' as const, 'dense' as const),
      (scores, method) => {
        const ranks = rankScores(scores, { method });
        const rows = rankHouseholds(
          scores.map((total, i) => ({ householdId: `h${String(i).padStart(3, '0')}`, total })),
          { method },
        );
        for (const row of rows) assert.equal(ranks[Number(row.householdId.slice(1))], row.rank);
        // Competition rank = 1 + how many scored strictly higher.
        if (method === 'competition') {
          scores.forEach((s, i) => {
            assert.equal(ranks[i], 1 + scores.filter((o) => o > s).length);
          });
        }
      },
    ),
  );
});
