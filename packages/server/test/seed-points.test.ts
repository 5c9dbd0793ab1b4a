import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as z from 'zod/mini';
import {
  balanceAsOf,
  checkRedemption,
  declareEntry,
  demoPointsCatalogue,
  entryStatuses,
  findRule,
  ledgerEntrySchema,
  pointsCatalogueSchema,
  pointsSettingsSchema,
  redemptionBansFrom,
  redemptionSchema,
  transition,
  type EntryAction,
  type LedgerEntry,
  type PointsSettings,
  type Redemption,
  type Result,
} from '@shanzhi/rules';
import { generateDemoCounty, type DemoPointsScheme } from '../src/seed/index.js';

const county = generateDemoCounty();
const schemeOf = new Map(county.pointsSchemes.map((scheme) => [scheme.villageId, scheme]));
const villageOf = new Map(county.households.map((household) => [household.id, household.villageId]));
const byHousehold = new Map<string, LedgerEntry[]>();
for (const entry of county.ledgerEntries) {
  const list = byHousehold.get(entry.householdId);
  if (list) list.push(entry);
  else byHousehold.set(entry.householdId, [entry]);
}

function scheme(householdId: string): DemoPointsScheme {
  const found = schemeOf.get(villageOf.get(householdId) ?? '');
  assert.ok(found, householdId);
  return found;
}

function value<T>(result: Result<T>): T {
  if (!result.ok) assert.fail(JSON.stringify(result.issues));
  return result.value;
}

/** Rebuilds an entry from its history through the rules' state machine. */
function replay(entry: LedgerEntry, settings: PointsSettings, catalogue: DemoPointsScheme['catalogue']): LedgerEntry {
  const [first, ...rest] = entry.history;
  assert.ok(first);
  assert.equal(first.action, 'declare');
  const rule = findRule(catalogue, entry.ruleCode);
  assert.ok(rule, entry.ruleCode);
  let current = value(
    declareEntry({
      id: entry.id,
      householdId: entry.householdId,
      rule,
      occurredOn: entry.occurredOn,
      note: entry.note,
      actor: { id: first.actorId, role: first.actorRole },
      at: first.at,
    }),
  );
  for (const step of rest) {
    assert.notEqual(step.action, 'declare');
    current = value(
      transition(current, step.action as EntryAction, {
        actor: { id: step.actorId, role: step.actorRole },
        at: step.at,
        reason: step.reason,
        settings,
      }),
    );
  }
  return current;
}

test('each village has a valid catalogue and settings, and some villages differ', () => {
  assert.equal(county.pointsSchemes.length, county.villages.length);
  for (const { catalogue, settings } of county.pointsSchemes) {
    assert.deepEqual(z.parse(pointsCatalogueSchema, catalogue), catalogue);
    assert.deepEqual(z.parse(pointsSettingsSchema, settings), settings);
    for (const rule of demoPointsCatalogue.rules)
      assert.ok(
        catalogue.rules.some((one) => one.code === rule.code),
        rule.code,
      );
  }
  const settings = county.pointsSchemes.map((one) => one.settings);
  assert.ok(
    settings.some((one) => !one.blackListEnabled),
    'a village with the black list off',
  );
  assert.ok(
    settings.some((one) => one.balanceCarry === 'resetYearly'),
    'a village that resets yearly',
  );
  assert.ok(
    settings.some((one) => one.baseScore > 0),
    'a village with a base score',
  );
  assert.ok(
    settings.some((one) => one.allowCashTopUp),
    'a village with cash top-up',
  );
  assert.ok(
    county.pointsSchemes.some((one) => one.catalogue.rules.some((rule) => !rule.active)),
    'a retired rule',
  );
});

test('8–15 entries per household over the year, mostly awards', () => {
  assert.equal(byHousehold.size, county.households.length);
  for (const [householdId, entries] of byHousehold) assert.ok(entries.length >= 8 && entries.length <= 15, householdId);
  const deductions = county.ledgerEntries.filter((entry) => entry.points < 0).length / county.ledgerEntries.length;
  assert.ok(deductions > 0.04 && deductions < 0.2, String(deductions));
  assert.ok(county.ledgerEntries.every((entry) => entry.occurredOn >= county.window.from && entry.occurredOn <= county.asOf));
  const ids = county.ledgerEntries.map((entry) => entry.id);
  assert.equal(new Set(ids).size, ids.length);
});

test('every entry passes the schema and its history replays through the transition function', () => {
  for (const entry of county.ledgerEntries) {
    assert.ok(z.safeParse(ledgerEntrySchema, entry).success, entry.id);
    const { settings, catalogue } = scheme(entry.householdId);
    assert.deepEqual(replay(entry, settings, catalogue), entry);
    // Points are the rule's, copied when declared.
    assert.equal(entry.points, findRule(catalogue, entry.ruleCode)?.points);
  }
});

test('entries are found in every state, with reasons where the rules ask for them', () => {
  const seen = new Set(county.ledgerEntries.map((entry) => entry.status));
  for (const status of entryStatuses) assert.ok(seen.has(status), status);
  const effective = county.ledgerEntries.filter((entry) => entry.status === 'effective').length / county.ledgerEntries.length;
  assert.ok(effective > 0.8, String(effective));
  for (const entry of county.ledgerEntries) {
    for (const step of entry.history)
      if (step.action === 'reject' || step.action === 'object' || step.action === 'revoke') assert.ok(step.reason, entry.id);
  }
  assert.ok(
    county.ledgerEntries.some((entry) => entry.history.some((step) => step.action === 'object')),
    'an objection during the notice',
  );
  assert.ok(county.ledgerEntries.some((entry) => entry.status === 'revoked' && entry.revokedOn !== undefined));
});

test("reviewers are the village's own grid workers and cadres; villagers declare for their own household", () => {
  const staff = new Map(county.staff.map((member) => [member.id, member]));
  for (const entry of county.ledgerEntries) {
    const village = villageOf.get(entry.householdId);
    for (const step of entry.history) {
      if (step.actorRole === 'villager') {
        assert.ok(villageOf.has(step.actorId), step.actorId);
        if (step.action === 'declare' || step.action === 'submit') assert.equal(step.actorId, entry.householdId);
      } else {
        const member = staff.get(step.actorId);
        assert.ok(member, step.actorId);
        assert.equal(member.role, step.actorRole);
        assert.equal(member.villageId, village);
      }
    }
  }
});

test('every redemption passes the redemption check on its day', () => {
  assert.ok(county.redemptions.length > 500);
  const done = new Map<string, Redemption[]>();
  const kinds = new Set<string>();
  let toppedUp = 0;
  for (const redemption of county.redemptions) {
    assert.ok(z.safeParse(redemptionSchema, redemption).success, redemption.id);
    assert.equal(villageOf.get(redemption.householdId), redemption.villageId);
    const { settings, catalogue } = scheme(redemption.householdId);
    const entries = byHousehold.get(redemption.householdId) ?? [];
    const before = done.get(redemption.householdId) ?? [];
    const balance = balanceAsOf(entries, before, redemption.date, settings, catalogue, redemption.householdId);
    const plan = checkRedemption({
      householdId: redemption.householdId,
      date: redemption.date,
      balance,
      kind: redemption.kind,
      vouchers: redemption.vouchers,
      items: redemption.items,
      cashTopUpFen: redemption.cashTopUpFen,
      bans: redemptionBansFrom(entries, catalogue, redemption.date),
      settings,
    });
    const accepted = value(plan);
    assert.equal(accepted.pointsSpent, redemption.points);
    assert.equal(accepted.cashTopUpFen, redemption.cashTopUpFen ?? 0);
    if (accepted.cashTopUpFen > 0) toppedUp++;
    kinds.add(redemption.kind);
    done.set(redemption.householdId, [...before, redemption]);
  }
  assert.deepEqual([...kinds].sort(), ['goods', 'vouchers']);
  assert.ok(toppedUp > 0, 'some goods part-paid in cash where the village allows it');
});
