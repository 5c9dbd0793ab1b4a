import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as z from 'zod/mini';
import {
  checkItem,
  checkTrail,
  complianceAsOf,
  containsRawPersonalData,
  currentVersion,
  decisionSchema,
  defaultDisclosureCategories,
  disclosureItemSchema,
  plainTextOf,
  reconcile,
  reliefListSchema,
  trailSchema,
  validatePersonName,
  validateResidentId,
  type DisclosureSettings,
} from '@shanzhi/rules';
import { generateDemoCounty, quirksFor } from '../src/seed/index.js';

const county = generateDemoCounty();
const settingsOf = new Map(county.disclosureSchemes.map((scheme) => [scheme.villageId, scheme.settings]));

function settings(villageId: string): DisclosureSettings {
  const found = settingsOf.get(villageId);
  assert.ok(found, villageId);
  return found;
}

test("every item passes the schema and the village's item checks", () => {
  assert.ok(county.disclosureItems.length > 300);
  const ids = county.disclosureItems.map((item) => item.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const item of county.disclosureItems) {
    assert.ok(z.safeParse(disclosureItemSchema, item).success, item.id);
    assert.deepEqual(checkItem(item, { settings: settings(item.villageId) }), [], item.id);
    assert.ok(county.staff.some((member) => member.id === item.publishedBy && member.villageId === item.villageId));
    for (const version of item.versions) assert.ok(version.notice.published <= county.asOf);
  }
});

test('every village has items in every default category', () => {
  for (const village of county.villages) {
    const categories = new Set(county.disclosureItems.filter((item) => item.villageId === village.id).map((item) => item.category));
    for (const category of defaultDisclosureCategories) assert.ok(categories.has(category.code), `${village.name} ${category.code}`);
  }
});

test('every finance statement reconciles, balances chain month to month, some have budgets', () => {
  let statements = 0;
  let budgets = 0;
  for (const village of county.villages) {
    const finance = county.disclosureItems.filter((item) => item.villageId === village.id && item.category === 'finance');
    assert.ok(finance.length >= 4, village.name);
    for (const item of finance) {
      for (const version of item.versions) {
        assert.ok(version.finance, item.id);
        assert.deepEqual(reconcile(version.finance), [], item.id);
        statements++;
        if (version.finance.budget) budgets++;
        assert.ok(version.finance.income.every((line) => line.voucher.length > 0));
      }
    }
    const current = finance.map((item) => currentVersion(item).finance).filter((one) => one !== undefined);
    current.sort((a, b) => (a.period.from < b.period.from ? -1 : 1));
    for (let i = 1; i < current.length; i++) {
      const previous = current[i - 1];
      const next = current[i];
      assert.ok(previous && next);
      // A skipped (overdue) month breaks the chain on the board, not in the books.
      if (next.period.from === addOneDay(previous.period.to))
        assert.equal(next.openingBalance, previous.closingBalance, `${village.name} ${next.period.from}`);
    }
  }
  assert.ok(statements > 100);
  assert.ok(budgets > 0);
});

function addOneDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

test('some items were corrected, with two or three versions and a reason', () => {
  const corrected = county.disclosureItems.filter((item) => item.versions.length > 1);
  assert.ok(corrected.length >= county.villages.length);
  assert.ok(corrected.some((item) => item.versions.length === 3));
  assert.ok(corrected.every((item) => item.versions.length <= 3));
  assert.ok(corrected.some((item) => item.category === 'finance'));
  for (const item of corrected)
    for (const version of item.versions.slice(1)) assert.ok(version.correction && version.correction.reason.length > 0);
});

test('decisions carry complete 四议两公开 trails; one meeting missed its quorum', () => {
  assert.ok(county.decisions.length >= 2 * county.villages.length);
  const invalid: string[] = [];
  for (const decision of county.decisions) {
    assert.ok(z.safeParse(decisionSchema, decision).success, decision.id);
    assert.ok(z.safeParse(trailSchema, decision.trail).success, decision.id);
    assert.ok(decision.trail.matter !== undefined);
    const check = checkTrail(decision.trail, { settings: settings(decision.villageId), asOf: county.asOf });
    if (check.status === 'invalid') {
      invalid.push(decision.villageId);
      assert.ok(
        check.issues.some((issue) => issue.code === 'disclosure.meeting.quorumTwoThirds'),
        JSON.stringify(check.issues),
      );
    }
    for (const step of decision.trail.steps) {
      if (step.itemId === undefined) continue;
      const item = county.disclosureItems.find((one) => one.id === step.itemId);
      assert.ok(item, step.itemId);
      assert.equal(item.decisionId, decision.id);
    }
  }
  const statuses = county.decisions.map(
    (decision) => checkTrail(decision.trail, { settings: settings(decision.villageId), asOf: county.asOf }).status,
  );
  assert.ok(statuses.filter((status) => status === 'complete').length > county.decisions.length / 2);
  assert.deepEqual(
    invalid,
    county.villages.filter((_, index) => quirksFor(index).invalidMeeting).map((village) => village.id),
  );
});

test('exactly two villages are overdue with their disclosures as of asOf', () => {
  const overdue: string[] = [];
  county.villages.forEach((village, index) => {
    const items = county.disclosureItems.filter((item) => item.villageId === village.id);
    const decisions = county.decisions.filter((decision) => decision.villageId === village.id);
    for (const from of [undefined, county.window.from]) {
      const report = complianceAsOf(items, decisions, settings(village.id), county.asOf, from === undefined ? {} : { from });
      const quirks = quirksFor(index);
      const expected = (quirks.skipLastFinance ? 1 : 0) + (quirks.skipLastRelief ? 1 : 0);
      assert.equal(report.summary.overdue, expected, village.name);
      assert.equal(report.summary.late, quirks.lateParty ? 1 : 0, village.name);
      if (quirks.skipLastFinance) assert.ok(report.obligations.some((one) => one.status === 'overdue' && one.category === 'finance'));
      if (quirks.skipLastRelief) assert.ok(report.obligations.some((one) => one.status === 'overdue' && one.category === 'relief'));
      if (from === undefined && report.summary.overdue > 0) overdue.push(village.id);
    }
  });
  assert.equal(overdue.length, 2);
});

test('relief lists hold real-looking fictional recipients; the posted bodies do not', () => {
  const programs = new Set(county.reliefLists.map((list) => list.program));
  for (const program of ['minimumLiving', 'extremePoverty', 'disabilitySubsidy', 'temporaryAssistance'])
    assert.ok(programs.has(program as never), program);
  for (const list of county.reliefLists) {
    assert.ok(z.safeParse(reliefListSchema, list).success, list.id);
    const item = county.disclosureItems.find((one) => one.id === list.itemId);
    assert.ok(item, list.itemId);
    assert.equal(item.category, 'relief');
    assert.equal(item.villageId, list.villageId);
    const text = plainTextOf(currentVersion(item).body);
    for (const recipient of list.recipients) {
      assert.equal(validatePersonName(recipient.name), null);
      if (recipient.idNumber !== undefined) assert.equal(validateResidentId(recipient.idNumber, county.asOf), null);
      assert.ok(!text.includes(recipient.name) || recipient.name.length < 2, `${recipient.name} in ${item.id}`);
    }
  }
  assert.deepEqual(containsRawPersonalData(county.disclosureItems), []);
});
