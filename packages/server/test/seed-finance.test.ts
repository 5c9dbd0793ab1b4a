import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { chartsOfAccounts, currentVersion, nextSignOffState, reconcile, requiresSignOff, type SignOffState } from '@shanzhi/rules';
import { loadHistory, loadItemSignOffs, loadStatements } from '../src/finance/store.js';
import { demoFinancePlans, type DemoFinancePlan } from '../src/seed/finance.js';
import { generateDemoCounty } from '../src/seed/index.js';
import { loadDemoCounty } from '../src/store/load-demo.js';
import { demoToday } from './harness.js';
import { withFreshDb } from './support/scratch.js';

/*
 * The finance desk's seeded 民主理财 work (seed/finance.ts): statements in the current chart, in integer fen,
 * reconciled, chained, with a history the rules' state machine admits, the published ones the board's very items.
 */

const county = generateDemoCounty({ households: 600, asOf: demoToday });
const plans = demoFinancePlans(county);
const villageId = 'v-qs-01';
const ofVillage = (id: string) => plans.filter((plan) => plan.villageId === id);
/** The accounts of the 2023 chart and the headings published below them (rules finance-chart.ts). */
const current = new Set([
  ...chartsOfAccounts['2023'].map((one) => one.classification),
  'allowanceExpense',
  'benefitPayout',
  'donationIncome',
]);

/** Replays the history through the rules' state machine: the state it ends in (throws on a step it refuses). */
function replay(plan: DemoFinancePlan, signOff: boolean): SignOffState {
  let state: SignOffState = 'draft';
  for (const event of plan.events) {
    if (event.action === 'import' && state === 'draft' && event === plan.events[0]) continue;
    const next = nextSignOffState(state, event.action, signOff);
    assert.notEqual(next, null, `${plan.villageId} ${plan.month}: ${event.action} after ${state}`);
    state = next ?? state;
  }
  return state;
}

describe('the seeded finance statements', () => {
  test('the same county gives the same statements, without Math.random', (t) => {
    const random = t.mock.method(Math, 'random', () => {
      throw new Error('The seed must not use Math.random');
    });
    assert.deepEqual(demoFinancePlans(generateDemoCounty({ households: 600, asOf: demoToday })), plans);
    assert.equal(random.mock.callCount(), 0);
  });

  test('青山村 has two published months (one after an answered objection) and the current month awaiting sign-off', () => {
    const mine = ofVillage(villageId);
    assert.deepEqual(
      mine.map((plan) => [plan.month, plan.state]),
      [
        ['2026-09', 'published'],
        ['2026-10', 'published'],
        ['2026-11', 'submitted'],
      ],
    );
    const objected = mine[0]?.events.map((event) => event.action);
    assert.deepEqual(objected, ['import', 'submit', 'object', 'answer', 'submit', 'signOff', 'publish']);
    assert.ok(
      mine[0]?.events.filter((event) => event.action === 'object' || event.action === 'signOff').every((e) => e.by.role === 'supervisor'),
    );
    // Months the tests own stay free: the finance desk e2e imports August, the contract samples and finance-routes theirs.
    assert.ok(!mine.some((plan) => plan.month === '2026-08' || plan.month <= '2026-07'));
  });

  test('the village behind on its finance (上塘村) waits with an objection answered; the quarterly village has none', () => {
    assert.deepEqual(
      ofVillage('v-qs-04').map((plan) => [plan.month, plan.state]),
      [
        ['2026-09', 'published'],
        ['2026-10', 'answered'],
        ['2026-11', 'submitted'],
      ],
    );
    assert.deepEqual(ofVillage('v-qs-09'), [], '李家庄村 publishes its finances quarterly (seed/disclosure.ts)');
  });

  test('every statement reconciles in integer fen, in the accounts of the current chart, balances chained', () => {
    for (const village of county.villages) {
      const mine = ofVillage(village.id);
      mine.forEach((plan, index) => {
        const { statement } = plan;
        assert.deepEqual(reconcile(statement), [], `${plan.villageId} ${plan.month}`);
        for (const line of [...statement.income, ...statement.expenditure]) {
          assert.ok(Number.isSafeInteger(line.amount) && line.amount > 0, `${plan.month} ${line.voucher}`);
          assert.ok(current.has(line.classification), `${plan.month} ${line.voucher}: ${line.classification}`);
          assert.ok(line.date >= statement.period.from && line.date <= statement.period.to);
        }
        assert.equal(statement.closingBalance, statement.openingBalance + statement.totals.income - statement.totals.expenditure);
        const previous = mine[index - 1];
        if (previous) assert.equal(statement.openingBalance, previous.statement.closingBalance, `${plan.month} opens on the last closing`);
      });
    }
  });

  test('the history is one the rules admit, in time order, by the village’s own staff, and never after the demo day', () => {
    const settings = new Map(county.disclosureSchemes.map((scheme) => [scheme.villageId, scheme.settings]));
    for (const plan of plans) {
      const signOff = requiresSignOff(settings.get(plan.villageId) ?? { financeSignOff: 'none' });
      assert.equal(replay(plan, signOff), plan.state, `${plan.villageId} ${plan.month}`);
      const times = plan.events.map((event) => event.at);
      assert.deepEqual([...times].sort(), times);
      assert.ok((times.at(-1) ?? '') <= `${demoToday}T23:59:59Z`);
      for (const event of plan.events) {
        const staff = county.staff.find((one) => one.id === event.by.id);
        assert.ok(staff, event.by.id);
        assert.equal(staff.villageId, plan.villageId);
        assert.equal(staff.role, event.by.role);
      }
    }
  });

  test('early in a month (last month’s statement days old) no step is dated after the demo day', () => {
    // The acceptance walk on 2026-12-05 found an answer dated 12-07: the steps of a held-up month close up to `asOf`.
    for (const asOf of ['2026-12-01', '2026-12-05']) {
      const early = demoFinancePlans(generateDemoCounty({ households: 120, asOf }));
      const answered = early.filter((plan) => plan.state === 'answered');
      assert.ok(answered.length > 0, `${asOf}: a month waits with its objection answered`);
      for (const plan of early) {
        const times = plan.events.map((event) => event.at);
        assert.deepEqual([...times].sort(), times, `${plan.villageId} ${plan.month}`);
        // The end of the demo day in Beijing (UTC+8).
        assert.ok((times.at(-1) ?? '') < `${asOf}T16:00:00.000Z`, `${asOf} ${plan.villageId} ${plan.month}: ${String(times.at(-1))}`);
      }
    }
  });

  test('a published statement is the board item’s statement, linked, published on the item’s first day', () => {
    const published = plans.filter((plan) => plan.state === 'published');
    assert.ok(published.length >= 20);
    for (const plan of published) {
      const item = county.disclosureItems.find((one) => one.id === plan.itemId);
      assert.ok(item, plan.itemId);
      assert.deepEqual(plan.statement, currentVersion(item).finance, 'the statement as the board shows it now');
      assert.equal(plan.events.at(-1)?.at.slice(0, 10), item.versions[0]?.notice.published);
    }
  });

  test('loaded with the demo county through the finance store, the desk reads the statements and the board item its public history', async () => {
    await withFreshDb(async (db) => {
      await loadDemoCounty(db, county);
      const stored = await loadStatements(db, villageId);
      assert.deepEqual(
        stored.map((one) => [one.month, one.state, one.itemId ?? null]),
        ofVillage(villageId)
          .reverse()
          .map((plan) => [plan.month, plan.state, plan.itemId ?? null]),
      );
      const september = ofVillage(villageId)[0];
      assert.ok(september?.itemId);
      const history = await loadHistory(db, `${villageId}:2026-09`);
      assert.equal(history.length, 7);
      assert.ok(
        history.every((event) => event.by.length > 0 && event.by !== event.role),
        'names from the staff register',
      );
      const publicHistory = await loadItemSignOffs(db, villageId, september.itemId);
      assert.deepEqual(
        publicHistory.map((event) => event.action),
        ['submit', 'object', 'answer', 'submit', 'signOff', 'publish'],
        'imports stay internal',
      );
    });
  });
});
