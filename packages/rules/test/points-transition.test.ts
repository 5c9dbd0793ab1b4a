import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  availableActions,
  declareEntry,
  entryActions,
  entryStatuses,
  entryTransitions,
  ledgerEntrySchema,
  localizeIssues,
  pointsSettings,
  transition,
  validate,
  type Actor,
  type EntryAction,
  type EntryStatus,
  type LedgerEntry,
  type Result,
} from '../src/index.js';
import { cadre, declared, entryIn, expectOk, grid, settings, volunteering } from './support/points-entries.js';

const villager: Actor = { id: 'v-1', role: 'villager' };

test('an entry walks declared → firstReview → secondReview → publicized → effective with its history', () => {
  const effective = entryIn('effective');
  assert.equal(effective.effectiveOn, '2026-03-12');
  assert.equal(effective.noticeStartedOn, '2026-03-05');
  assert.deepEqual(
    effective.history.map((step) => [step.action, step.status, step.actorId, step.at]),
    [
      ['declare', 'declared', 'gw-1', '2026-03-02'],
      ['submit', 'firstReview', 'gw-1', '2026-03-02'],
      ['passFirstReview', 'secondReview', 'gw-1', '2026-03-03'],
      ['publicize', 'publicized', 'cadre-1', '2026-03-05'],
      ['confirm', 'effective', 'cadre-1', '2026-03-12'],
    ],
  );
  // A stored entry read back through the schema is usable as is.
  const stored = validate(ledgerEntrySchema, JSON.parse(JSON.stringify(effective)));
  assert.ok(stored.ok);
  assert.equal(
    expectOk(transition(stored.value, 'revoke', { actor: cadre, at: '2026-04-01', reason: 'recorded twice', settings })).status,
    'revoked',
  );
});

test('every action is allowed exactly from the statuses the table lists and refused from all others', () => {
  const reasons: Partial<Record<EntryAction, string>> = { reject: 'wrong household', object: 'did not happen', revoke: 'recorded twice' };
  let allowed = 0;
  let refused = 0;
  for (const status of entryStatuses) {
    for (const action of entryActions) {
      const entry = entryIn(status);
      // Late enough for the notice to have run and after every earlier step.
      const result = transition(entry, action, {
        actor: { id: 'admin-1', role: 'admin' },
        at: '2026-05-01',
        reason: reasons[action],
        settings,
      });
      const target = entryTransitions[action][status];
      if (target === undefined) {
        refused++;
        assert.ok(!result.ok, `${action} from ${status} should be refused`);
        assert.deepEqual(result.issues, [{ code: 'points.transition.illegal', path: [], params: { from: status, action } }]);
      } else {
        allowed++;
        assert.equal(expectOk(result).status, target, `${action} from ${status}`);
      }
    }
  }
  assert.equal(allowed, 10);
  assert.equal(refused, entryStatuses.length * entryActions.length - 10);
});

test('rejected and revoked entries are final: no action moves them', () => {
  for (const status of ['rejected', 'revoked'] as const) {
    assert.deepEqual(availableActions(entryIn(status), 'admin'), []);
  }
});

test('an entry publicized on the 5th with 7 notice days takes effect on the 12th, not the 11th', () => {
  const posted = entryIn('publicized');
  const early = transition(posted, 'confirm', { actor: cadre, at: '2026-03-11', settings });
  assert.ok(!early.ok);
  assert.deepEqual(early.issues, [
    { code: 'points.transition.noticeNotElapsed', path: ['at'], params: { noticeDays: 7, effectiveFrom: '2026-03-12' } },
  ]);
  assert.equal(localizeIssues(early.issues, 'zh-CN')[0]?.message, '公示期为 7 天，尚未期满，最早 2026-03-12 才能生效');
  assert.equal(expectOk(transition(posted, 'confirm', { actor: cadre, at: '2026-03-12', settings })).status, 'effective');
});

test('the notice period follows the village setting', () => {
  const posted = entryIn('publicized');
  const three = pointsSettings({ noticeDays: 3 });
  assert.ok(!transition(posted, 'confirm', { actor: cadre, at: '2026-03-07', settings: three }).ok);
  assert.ok(transition(posted, 'confirm', { actor: cadre, at: '2026-03-08', settings: three }).ok);
});

test('an objection during the notice sends the entry back to second review and a new notice starts from scratch', () => {
  const posted = entryIn('publicized');
  const objected = expectOk(transition(posted, 'object', { actor: villager, at: '2026-03-08', reason: '他家那天不在村里', settings }));
  assert.equal(objected.status, 'secondReview');
  assert.equal(objected.noticeStartedOn, undefined);
  assert.equal(objected.history[objected.history.length - 1]?.reason, '他家那天不在村里');
  const reposted = expectOk(transition(objected, 'publicize', { actor: cadre, at: '2026-03-10', settings }));
  assert.equal(reposted.noticeStartedOn, '2026-03-10');
  // The first notice would have ended on the 12th; the new one ends on the 17th.
  assert.ok(!transition(reposted, 'confirm', { actor: cadre, at: '2026-03-12', settings }).ok);
  assert.ok(transition(reposted, 'confirm', { actor: cadre, at: '2026-03-17', settings }).ok);
});

test('an objection can be upheld by rejecting the entry during the notice', () => {
  const rejected = expectOk(
    transition(entryIn('publicized'), 'reject', { actor: cadre, at: '2026-03-08', reason: 'objection upheld', settings }),
  );
  assert.equal(rejected.status, 'rejected');
});

test('rejecting, objecting and revoking without a reason are refused, and so is a blank reason', () => {
  const cases: [EntryStatus, EntryAction][] = [
    ['firstReview', 'reject'],
    ['publicized', 'object'],
    ['effective', 'revoke'],
  ];
  for (const [status, action] of cases) {
    for (const reason of [undefined, '', '   ']) {
      const result = transition(entryIn(status), action, { actor: cadre, at: '2026-05-01', reason, settings });
      assert.ok(!result.ok);
      assert.equal(result.issues[0]?.code, 'points.transition.reasonRequired', `${action} with ${JSON.stringify(reason)}`);
    }
  }
});

test('revoking keeps the entry with its reason and revocation date instead of deleting it', () => {
  const revoked = entryIn('revoked');
  assert.equal(revoked.status, 'revoked');
  assert.equal(revoked.revokedOn, '2026-04-01');
  assert.equal(revoked.effectiveOn, '2026-03-12');
  assert.equal(revoked.points, 5);
  assert.equal(revoked.history[revoked.history.length - 1]?.reason, 'duplicate of e0');
});

test('a transition returns a new entry and leaves the old one untouched', () => {
  const before = entryIn('secondReview');
  const copy = JSON.parse(JSON.stringify(before)) as unknown;
  expectOk(transition(before, 'publicize', { actor: cadre, at: '2026-03-05', settings }));
  assert.deepEqual(before, copy);
});

test('roles: a villager cannot review, a grid worker cannot publicize or reject at committee stage', () => {
  const notPermitted = (result: Result<LedgerEntry>) => !result.ok && result.issues[0]?.code === 'points.transition.notPermitted';
  assert.ok(notPermitted(transition(entryIn('firstReview'), 'passFirstReview', { actor: villager, at: '2026-03-03', settings })));
  assert.ok(notPermitted(transition(entryIn('secondReview'), 'publicize', { actor: grid, at: '2026-03-05', settings })));
  assert.ok(notPermitted(transition(entryIn('secondReview'), 'reject', { actor: grid, at: '2026-03-05', reason: 'x', settings })));
  assert.ok(
    notPermitted(
      transition(entryIn('effective'), 'revoke', { actor: { id: 's', role: 'supervisor' }, at: '2026-04-01', reason: 'x', settings }),
    ),
  );
  assert.ok(transition(entryIn('firstReview'), 'reject', { actor: grid, at: '2026-03-03', reason: 'duplicate', settings }).ok);
  assert.ok(
    transition(entryIn('publicized'), 'object', {
      actor: { id: 's', role: 'supervisor' },
      at: '2026-03-06',
      reason: 'check the date',
      settings,
    }).ok,
  );
  assert.deepEqual(availableActions(entryIn('publicized'), 'villager'), ['object']);
});

test('a step dated before the previous step is refused', () => {
  const result = transition(entryIn('firstReview'), 'passFirstReview', { actor: grid, at: '2026-03-01', settings });
  assert.ok(!result.ok);
  assert.deepEqual(result.issues[0], { code: 'points.transition.backdated', path: ['at'], params: { lastDate: '2026-03-02' } });
});

test('declaring copies the rule points and refuses retired rules and conduct dated in the future', () => {
  const entry = declared();
  assert.equal(entry.points, 5);
  assert.equal(entry.ruleCode, 'volunteer.activity');
  assert.equal(entry.status, 'declared');
  const retired = declareEntry({
    id: 'e2',
    householdId: 'h1',
    rule: { ...volunteering, active: false },
    occurredOn: '2026-03-01',
    actor: grid,
    at: '2026-03-02',
  });
  assert.ok(!retired.ok && retired.issues[0]?.code === 'points.rule.inactive');
  const future = declareEntry({ id: 'e3', householdId: 'h1', rule: volunteering, occurredOn: '2026-03-09', actor: grid, at: '2026-03-02' });
  assert.ok(!future.ok && future.issues[0]?.code === 'points.entry.futureDate');
  const anonymous = declareEntry({
    id: 'e4',
    householdId: 'h1',
    rule: volunteering,
    occurredOn: '2026-03-01',
    actor: { id: 'x', role: 'public' },
    at: '2026-03-02',
  });
  assert.ok(!anonymous.ok && anonymous.issues[0]?.code === 'points.transition.notPermitted');
});
