import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  addDays,
  declareEntry,
  ledgerEntrySchema,
  openObjections,
  pointsSettings,
  recusalIssue,
  settleNotice,
  transition,
  validate,
  type Actor,
  type EntryAction,
  type ObjectionAction,
  type LedgerEntry,
  type Result,
  type TransitionContext,
} from '../src/index.js';
import { cadre, entryIn, expectOk, settings, volunteering } from './support/points-entries.js';

const supervisor: Actor = { id: 'sup-1', role: 'supervisor' };
const villager = (household: string): Actor => ({ id: household, role: 'villager' });
const lastDay = '2026-03-11';
const ends = '2026-03-12';

function codeOf(result: Result<LedgerEntry>): string | undefined {
  return result.ok ? undefined : result.issues[0]?.code;
}

/** The code `transition` refuses `action` with (undefined where it goes through). */
function refusal(
  entry: LedgerEntry,
  action: EntryAction | ObjectionAction,
  actor: Actor,
  at: string,
  more: Pick<TransitionContext, 'reason' | 'objectionId'> = {},
) {
  return codeOf(transition(entry, action, { actor, at, settings, ...more }));
}

/** An entry of household h1 publicized on 2026-03-05 (7 notice days: the last is `lastDay`). */
function underNotice(): LedgerEntry {
  return entryIn('publicized');
}

function dispute(entry: LedgerEntry, household: string, at: string, reason = '当天没有看到该户参加'): Result<LedgerEntry> {
  return transition(entry, 'dispute', { actor: villager(household), at, reason, settings, attachmentIds: ['att-1'] });
}

test('a villager objects during the notice: an open objection, the entry stays on the board, the schema holds', () => {
  const objected = expectOk(dispute(underNotice(), 'h2', '2026-03-08'));
  assert.equal(objected.status, 'publicized');
  assert.deepEqual(objected.objections, [
    {
      id: 'e1.o1',
      householdId: 'h2',
      filedBy: 'h2',
      filedOn: '2026-03-08',
      reason: '当天没有看到该户参加',
      attachmentIds: ['att-1'],
      status: 'open',
    },
  ]);
  assert.equal(objected.history.at(-1)?.action, 'dispute');
  assert.ok(validate(ledgerEntrySchema, objected).ok);
});

test('the last day of the notice still takes objections; the day it ends does not (points.objection.noticeOver)', () => {
  assert.ok(dispute(underNotice(), 'h2', lastDay).ok);
  const late = dispute(underNotice(), 'h2', ends);
  assert.ok(!late.ok);
  assert.deepEqual(late.issues[0], { code: 'points.objection.noticeOver', path: ['entryId'], params: { lastDay } });
});

test('one objection per household and entry; other households may object too; a reason is required; only villagers file', () => {
  const once = expectOk(dispute(underNotice(), 'h2', '2026-03-06'));
  const twice = dispute(once, 'h2', '2026-03-07');
  assert.ok(!twice.ok);
  assert.deepEqual(twice.issues[0], { code: 'points.objection.duplicate', path: ['entryId'], params: { objectionId: 'e1.o1' } });
  assert.equal(expectOk(dispute(once, 'h3', '2026-03-07')).objections?.[1]?.id, 'e1.o2');
  assert.equal(codeOf(dispute(underNotice(), 'h2', '2026-03-06', '   ')), 'points.transition.reasonRequired');
  assert.equal(refusal(underNotice(), 'dispute', supervisor, '2026-03-06', { reason: 'x' }), 'points.transition.notPermitted');
});

test('an open objection holds the entry: confirm, reject and send-back are refused and the notice does not settle', () => {
  const objected = expectOk(dispute(underNotice(), 'h2', '2026-03-06'));
  assert.equal(refusal(objected, 'confirm', cadre, '2026-03-20'), 'points.objection.open');
  // Nor does the committee reject it or send it back over the supervisor's head: the objector is owed an answer.
  assert.equal(refusal(objected, 'reject', cadre, '2026-03-07', { reason: '不予认定' }), 'points.objection.open');
  assert.equal(refusal(objected, 'object', supervisor, '2026-03-07', { reason: '退回' }), 'points.objection.open');
  assert.equal(settleNotice(objected, '2026-03-20', settings), undefined);
});

test('uphold stops the entry and answers every open objection; the answer is required and a ruling is final', () => {
  const two = expectOk(dispute(expectOk(dispute(underNotice(), 'h2', '2026-03-06')), 'h3', '2026-03-07'));
  assert.equal(refusal(two, 'uphold', supervisor, '2026-03-08', { reason: ' ' }), 'points.objection.answerRequired');
  assert.equal(refusal(two, 'uphold', cadre, '2026-03-08', { reason: '成立' }), 'points.transition.notPermitted');
  const upheld = expectOk(
    transition(two, 'uphold', { actor: supervisor, at: '2026-03-08', reason: '经核实异议成立', settings, objectionId: 'e1.o2' }),
  );
  assert.equal(upheld.status, 'rejected');
  assert.deepEqual(
    upheld.objections?.map((one) => [one.id, one.status, one.answer, one.ruledBy, one.ruledOn]),
    [
      ['e1.o1', 'upheld', '经核实异议成立', 'sup-1', '2026-03-08'],
      ['e1.o2', 'upheld', '经核实异议成立', 'sup-1', '2026-03-08'],
    ],
  );
  assert.equal(refusal(upheld, 'dismiss', supervisor, '2026-03-09', { reason: 'x' }), 'points.transition.illegal');
});

test('dismiss closes one objection; the entry settles when the notice is over and none is open', () => {
  const two = expectOk(dispute(expectOk(dispute(underNotice(), 'h2', '2026-03-06')), 'h3', '2026-03-07'));
  const one = expectOk(transition(two, 'dismiss', { actor: supervisor, at: '2026-03-08', reason: '异议不成立', settings }));
  assert.equal(one.objections?.[0]?.status, 'dismissed', 'the oldest open one by default');
  assert.equal(openObjections(one).length, 1);
  assert.equal(settleNotice(one, ends, settings), undefined);
  assert.equal(refusal(one, 'dismiss', supervisor, '2026-03-09', { reason: 'x', objectionId: 'e1.o1' }), 'points.objection.alreadyRuled');
  assert.equal(refusal(one, 'dismiss', supervisor, '2026-03-09', { reason: 'x', objectionId: 'e1.o9' }), 'points.objection.unknown');
  // The last one is dismissed after the notice ended: effective on the day of that answer.
  const none = expectOk(transition(one, 'dismiss', { actor: supervisor, at: '2026-03-15', reason: '异议不成立', settings }));
  assert.equal(settleNotice(none, '2026-03-14', settings), undefined, 'never before its last step');
  assert.deepEqual(
    [settleNotice(none, '2026-03-15', settings)?.status, settleNotice(none, '2026-03-15', settings)?.effectiveOn],
    ['effective', '2026-03-15'],
  );
});

test('an unobjected entry settles on the day its notice ends, not before, and only once', () => {
  const entry = underNotice();
  assert.equal(settleNotice(entry, lastDay, settings), undefined);
  const settled = settleNotice(entry, '2026-04-01', settings);
  assert.deepEqual([settled?.status, settled?.effectiveOn], ['effective', ends]);
  assert.equal(settled && settleNotice(settled, '2026-04-02', settings), undefined);
});

test('whatever the order of objections and sweeps around the end of the notice, no entry is effective with an objection open', () => {
  type Event =
    { readonly kind: 'dispute'; readonly household: string; readonly at: string } | { readonly kind: 'settle'; readonly at: string };
  const events: Event[] = [
    { kind: 'dispute', household: 'h2', at: lastDay },
    { kind: 'dispute', household: 'h3', at: ends },
    { kind: 'settle', at: lastDay },
    { kind: 'settle', at: ends },
    { kind: 'dispute', household: 'h4', at: addDays(ends, 1) },
  ];
  const orders: Event[][] = [];
  const permute = (done: Event[], left: Event[]) => {
    if (left.length === 0) orders.push(done);
    left.forEach((one, i) => {
      permute([...done, one], [...left.slice(0, i), ...left.slice(i + 1)]);
    });
  };
  permute([], events);
  let effective = 0;
  let held = 0;
  for (const order of orders) {
    let entry = underNotice();
    for (const event of order) {
      if (event.kind === 'settle') entry = settleNotice(entry, event.at, settings) ?? entry;
      else {
        const next = transition(entry, 'dispute', { actor: villager(event.household), at: event.at, reason: '异议', settings });
        if (next.ok) entry = next.value;
      }
      assert.ok(!(entry.status === 'effective' && openObjections(entry).length > 0), JSON.stringify(order));
      for (const objection of entry.objections ?? []) assert.ok(objection.filedOn <= lastDay, objection.filedOn);
    }
    if (entry.status === 'effective') effective++;
    else held++;
  }
  assert.ok(effective > 0 && held > 0, 'both outcomes happen');
});

test('one review tier: a submitted entry goes straight to the committee', () => {
  const one = pointsSettings({ reviewTiers: 1 });
  const declared = expectOk(
    declareEntry({ id: 'e2', householdId: 'h1', rule: volunteering, occurredOn: '2026-03-01', actor: villager('h1'), at: '2026-03-02' }),
  );
  assert.equal(expectOk(transition(declared, 'submit', { actor: villager('h1'), at: '2026-03-02', settings: one })).status, 'secondReview');
  assert.equal(expectOk(transition(declared, 'submit', { actor: villager('h1'), at: '2026-03-02', settings })).status, 'firstReview');
  assert.equal(pointsSettings().reviewTiers, 2);
  assert.ok(!validate(ledgerEntrySchema, { ...declared, attachmentIds: ['a/b'] }).ok, 'attachment ids are plain tokens');
});

test('recusal: the reviewer’s own household and declared ties, for reviews and rulings only', () => {
  const reviewer = { householdId: 'h1', tiedHouseholdIds: ['h7'] };
  assert.equal(recusalIssue(reviewer, 'passFirstReview', 'h1')?.code, 'points.recusal.ownHousehold');
  assert.equal(recusalIssue(reviewer, 'uphold', 'h7')?.code, 'points.recusal.familyTie');
  assert.equal(recusalIssue(reviewer, 'revoke', 'h7')?.code, 'points.recusal.familyTie');
  assert.equal(recusalIssue(reviewer, 'publicize', 'h2'), null);
  assert.equal(recusalIssue(reviewer, 'declare', 'h1'), null, 'declaring is not judging');
  assert.equal(recusalIssue(reviewer, 'submit', 'h7'), null);
});
