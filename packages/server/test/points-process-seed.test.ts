import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noticeLastDay, openObjections, settleNotice } from '@shanzhi/rules';
import { generateDemoCounty, type DemoCounty } from '../src/seed/index.js';

/*
 * The seed county carries the points process in every state (docs/rules/points.md "Seed"), in the whole county and
 * in v-qs-01, the village the demo and the widgets open on, at the test servers' 600 households too.
 */

const states = ['underNotice', 'objected', 'upheld', 'dismissed', 'revoked'] as const;

function stateCounts(county: DemoCounty, villageId?: string): Record<(typeof states)[number], number> {
  const villageOf = new Map(county.households.map((one) => [one.id, one.villageId]));
  const counts = { underNotice: 0, objected: 0, upheld: 0, dismissed: 0, revoked: 0 };
  for (const entry of county.ledgerEntries) {
    if (villageId !== undefined && villageOf.get(entry.householdId) !== villageId) continue;
    if (entry.status === 'publicized') counts.underNotice++;
    if (entry.status === 'revoked') counts.revoked++;
    if (openObjections(entry).length > 0) counts.objected++;
    if (entry.history.some((step) => step.action === 'uphold')) counts.upheld++;
    if (entry.history.some((step) => step.action === 'dismiss')) counts.dismissed++;
  }
  return counts;
}

const county = generateDemoCounty();
const small = generateDemoCounty({ households: 600 });

test('every state of the process is in the county and in v-qs-01 (600 households as well)', () => {
  for (const [label, counts] of [
    ['county', stateCounts(county)],
    ['v-qs-01', stateCounts(county, 'v-qs-01')],
    ['v-qs-01 of 600 households', stateCounts(small, 'v-qs-01')],
  ] as const) {
    for (const state of states) assert.ok(counts[state] > 0, `${label}: no entry ${state}`);
  }
});

test('objections are real: filed during the notice by another household of the village; rulings answered in writing', () => {
  const villageOf = new Map(county.households.map((one) => [one.id, one.villageId]));
  const settingsOf = new Map(county.pointsSchemes.map((one) => [one.villageId, one.settings]));
  let seen = 0;
  for (const entry of county.ledgerEntries) {
    for (const objection of entry.objections ?? []) {
      seen++;
      const settings = settingsOf.get(villageOf.get(entry.householdId) ?? '');
      assert.ok(settings);
      const publicized = entry.history.filter((step) => step.action === 'publicize' && step.at <= objection.filedOn).at(-1);
      assert.ok(publicized, objection.id);
      assert.ok(objection.filedOn <= noticeLastDay(publicized.at, settings), objection.id);
      assert.notEqual(objection.householdId, entry.householdId, objection.id);
      assert.equal(villageOf.get(objection.householdId), villageOf.get(entry.householdId), objection.id);
      if (objection.status !== 'open') assert.ok(objection.answer && objection.ruledOn && objection.ruledBy, objection.id);
      if (objection.status === 'upheld') assert.equal(entry.status, 'rejected', objection.id);
    }
  }
  assert.ok(seen > 100, String(seen));
});

test('as of the seed day no notice is overdue: the sweep finds nothing to settle, and nothing effective is objected', () => {
  const villageOf = new Map(county.households.map((one) => [one.id, one.villageId]));
  const settingsOf = new Map(county.pointsSchemes.map((one) => [one.villageId, one.settings]));
  for (const entry of county.ledgerEntries) {
    const settings = settingsOf.get(villageOf.get(entry.householdId) ?? '');
    assert.ok(settings);
    assert.equal(settleNotice(entry, county.asOf, settings), undefined, entry.id);
    assert.ok(!(entry.status === 'effective' && openObjections(entry).length > 0), entry.id);
  }
});
