import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateDemoCounty } from '../src/seed/index.js';

// Alone on a 2-core machine this takes about 11 s (most of it the rules' transition function, run ~6
// million times, and the garbage collector); the bound leaves room for a loaded CI runner.
test('100,000 households generate within a generous bound', () => {
  const started = performance.now();
  const county = generateDemoCounty({ households: 100_000 });
  const elapsed = performance.now() - started;
  assert.ok(elapsed < 60_000, `took ${String(Math.round(elapsed))} ms`);
  assert.equal(county.households.length, 100_000);
  assert.equal(county.villages.length, 12);
  assert.ok(county.ledgerEntries.length > 800_000 && county.ledgerEntries.length < 1_500_000);
  assert.equal(new Set(county.households.map((household) => household.mobile)).size, 100_000);
  // Meetings scale with the village: the representatives' meeting keeps one representative per 5–15 households.
  assert.ok(
    county.decisions.every((decision) =>
      decision.trail.steps.every((step) => step.meeting === undefined || step.meeting.present <= step.meeting.eligible),
    ),
  );
});
