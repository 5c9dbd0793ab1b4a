import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateDemoCounty } from '../src/seed/index.js';

// The county keeps its invariants at a size well past the demo's 4,000 households. How long generation takes is a
// benchmark figure (`npm run bench -w @shanzhi/server` seeds 10,000 households per village), not an assertion here.
test('a 30,000-household county keeps its invariants', () => {
  const county = generateDemoCounty({ households: 30_000 });
  assert.equal(county.households.length, 30_000);
  assert.equal(county.villages.length, 12);
  assert.ok(county.ledgerEntries.length > 240_000 && county.ledgerEntries.length < 450_000);
  assert.equal(new Set(county.households.map((household) => household.mobile)).size, 30_000);
  // Meetings scale with the village: the representatives' meeting keeps one representative per 5–15 households.
  assert.ok(
    county.decisions.every((decision) =>
      decision.trail.steps.every((step) => step.meeting === undefined || step.meeting.present <= step.meeting.eligible),
    ),
  );
});
