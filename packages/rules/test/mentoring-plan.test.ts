import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  addDays,
  assignPlan,
  blackListClearances,
  blackListMarks,
  completeMilestone,
  defaultMentoringSettings,
  delistPlan,
  mentoringProgress,
  mentoringSettingsSchema,
  validate,
  type AssignInput,
  type CalendarDate,
  type LedgerEntry,
  type MentoringPlan,
} from '../src/index.js';

let serial = 0;
function deduction(effectiveOn: CalendarDate, extra: Partial<LedgerEntry> = {}): LedgerEntry {
  serial++;
  return {
    id: `e${String(serial)}`,
    householdId: 'h1',
    ruleCode: 'env.strawBurning',
    points: -5,
    occurredOn: effectiveOn,
    status: 'effective',
    effectiveOn,
    history: [{ action: 'declare', status: 'declared', actorId: 'gw', actorRole: 'gridWorker', at: effectiveOn }],
    ...extra,
  };
}

const cadre = { id: 'c1', role: 'cadre' } as const;
const mentor = { id: 'gw1', role: 'gridWorker' } as const;

function input(overrides: Partial<AssignInput> = {}): AssignInput {
  return {
    id: 'mp-1',
    householdId: 'h1',
    mentorId: 'gw1',
    milestones: [{ title: '签订承诺书' }, { title: '参加志愿服务', dueOn: '2026-08-01' }],
    actor: cadre,
    at: '2026-06-01',
    entries: [deduction('2026-05-10')],
    settings: defaultMentoringSettings,
    plans: [],
    ...overrides,
  };
}

function assigned(overrides: Partial<AssignInput> = {}): MentoringPlan {
  const result = assignPlan(input(overrides));
  assert.ok(result.ok, JSON.stringify(result));
  return result.value;
}

function done(plan: MentoringPlan, milestoneId: string, at: CalendarDate): MentoringPlan {
  const result = completeMilestone(plan, milestoneId, mentor, at);
  assert.ok(result.ok);
  return result.value;
}

test('the default quiet period is 90 days, and a village may choose 0 to 730', () => {
  assert.deepEqual(validate(mentoringSettingsSchema, {}), { ok: true, value: { quietDays: 90 } });
  assert.ok(validate(mentoringSettingsSchema, { quietDays: 0 }).ok);
  assert.ok(!validate(mentoringSettingsSchema, { quietDays: 731 }).ok);
});

test('a plan goes to a black-listed household: milestones numbered, the quiet period of the village fixed in the plan', () => {
  const plan = assigned();
  assert.deepEqual(plan, {
    id: 'mp-1',
    householdId: 'h1',
    mentorId: 'gw1',
    assignedBy: 'c1',
    assignedOn: '2026-06-01',
    quietDays: 90,
    milestones: [
      { id: 'm1', title: '签订承诺书' },
      { id: 'm2', title: '参加志愿服务', dueOn: '2026-08-01' },
    ],
    status: 'active',
  });
});

test('no standing deduction, an active plan already, or no milestones: refused', () => {
  const code = (overrides: Partial<AssignInput>) => {
    const result = assignPlan(input(overrides));
    return result.ok ? undefined : result.issues[0]?.code;
  };
  assert.equal(code({ entries: [] }), 'mentoring.plan.notBlackListed');
  // A revoked deduction, or one not yet effective, puts nobody on the list.
  assert.equal(
    code({ entries: [deduction('2026-05-10', { status: 'revoked', revokedOn: '2026-05-20' })] }),
    'mentoring.plan.notBlackListed',
  );
  assert.equal(code({ entries: [deduction('2026-07-01')] }), 'mentoring.plan.notBlackListed');
  assert.equal(code({ plans: [assigned()] }), 'mentoring.plan.alreadyActive');
  assert.equal(code({ milestones: [] }), 'mentoring.plan.milestoneCount');
  // A delisting cleared the earlier deductions: only a newer one lists the household again.
  const delisted = delistPlan(assigned(), '2026-05-20');
  assert.equal(code({ plans: [delisted] }), 'mentoring.plan.notBlackListed');
  assert.equal(code({ plans: [delisted], entries: [deduction('2026-05-10'), deduction('2026-05-25')] }), undefined);
});

test('milestones are marked once, only on an active plan, and only those the plan has', () => {
  const plan = done(assigned(), 'm1', '2026-06-10');
  assert.deepEqual(plan.milestones[0], { id: 'm1', title: '签订承诺书', doneOn: '2026-06-10', doneBy: 'gw1' });
  const again = completeMilestone(plan, 'm1', mentor, '2026-06-11');
  assert.ok(!again.ok && again.issues[0]?.code === 'mentoring.milestone.alreadyDone');
  const unknown = completeMilestone(plan, 'm7', mentor, '2026-06-11');
  assert.ok(!unknown.ok && unknown.issues[0]?.code === 'mentoring.milestone.unknown');
  const ended = completeMilestone(delistPlan(plan, '2026-07-01'), 'm2', mentor, '2026-07-02');
  assert.ok(!ended.ok && ended.issues[0]?.code === 'mentoring.plan.notActive');
});

test('delisting needs every milestone done AND the quiet period over; a new deduction restarts the quiet period', () => {
  const entries = [deduction('2026-05-10')];
  let plan = done(assigned(), 'm1', '2026-06-10');
  // One milestone left: never delistable, however long the quiet.
  assert.equal(mentoringProgress(plan, entries, '2027-06-01').delistable, false);
  plan = done(plan, 'm2', '2026-07-01');
  const progress = mentoringProgress(plan, entries, '2026-08-29');
  assert.deepEqual(progress, {
    milestonesDone: 2,
    milestonesTotal: 2,
    lastDeductionOn: null,
    quietFrom: '2026-06-01',
    quietUntil: '2026-08-30',
    delistable: false,
  });
  assert.equal(mentoringProgress(plan, entries, '2026-08-30').delistable, true);
  // A deduction effective during the plan: 90 quiet days from that day.
  const relapse = [...entries, deduction('2026-08-01')];
  const restarted = mentoringProgress(plan, relapse, '2026-08-30');
  assert.deepEqual(
    [restarted.lastDeductionOn, restarted.quietUntil, restarted.delistable],
    ['2026-08-01', addDays('2026-08-01', 90), false],
  );
  assert.equal(mentoringProgress(plan, relapse, '2026-10-30').delistable, true);
  // Once delisted, a plan is not delistable again.
  assert.equal(mentoringProgress(delistPlan(plan, '2026-08-30'), entries, '2027-01-01').delistable, false);
});

test('clearances: the latest delisting per household; the board keeps only deductions made effective after it', () => {
  const first = delistPlan(assigned(), '2026-03-01');
  const later = delistPlan(assigned({ id: 'mp-2' }), '2026-09-01');
  const other = delistPlan(assigned({ id: 'mp-3', householdId: 'h2' }), '2026-04-01');
  const cleared = blackListClearances([later, first, other, assigned({ id: 'mp-4', householdId: 'h3' })]);
  assert.deepEqual(
    [...cleared],
    [
      ['h1', '2026-09-01'],
      ['h2', '2026-04-01'],
    ],
  );
  const entries = [deduction('2026-08-01'), deduction('2026-10-01')];
  assert.deepEqual(
    blackListMarks(entries, '2026-11-01', cleared.get('h1')).map((one) => one.effectiveOn),
    ['2026-10-01'],
  );
});
