import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  advanceRequest,
  aggregateRatings,
  checkRating,
  defaultRequestLifecycles,
  isBadRating,
  orderRequestSchema,
  rateRequest,
  ratingGrades,
  ratingSchema,
  requestDeadline,
  requestTiming,
  startRequest,
  validate,
  type RequestActor,
  type RequestProgress,
} from '../src/index.js';

const proxy = defaultRequestLifecycles.proxy;
const order = defaultRequestLifecycles.order;
const cadre: RequestActor = { id: 'v-01-s01', role: 'cadre' };
const grid: RequestActor = { id: 'v-01-s05', role: 'gridWorker' };
const supervisor: RequestActor = { id: 'v-01-s09', role: 'supervisor' };
const applicant: RequestActor = { id: 'applicant', role: 'applicant' };

function step(progress: RequestProgress, code: string, on: string, actor: RequestActor = cadre, extra: object = {}): RequestProgress {
  const result = advanceRequest(progress, { step: code, actor, on, ...extra }, defaultRequestLifecycles[progress.kind]);
  assert.ok(result.ok, `${code}: ${result.ok ? '' : JSON.stringify(result.issues)}`);
  return result.value;
}

function refusal(progress: RequestProgress, code: string, on: string, actor: RequestActor = cadre, extra: object = {}): string {
  const result = advanceRequest(progress, { step: code, actor, on, ...extra }, defaultRequestLifecycles[progress.kind]);
  assert.ok(!result.ok, `${code} should be refused`);
  return result.issues[0]?.code ?? '';
}

test('the steps per kind: 代办 委托 → 受理 → 上报/转办 → 办理 → 送达 → 回访 → 归档; 点单 as seed 002 names them', () => {
  assert.deepEqual(
    proxy.steps.map((one) => one['zh-CN']),
    ['委托', '受理', '上报/转办', '办理', '送达', '回访', '归档'],
  );
  assert.deepEqual(
    order.steps.map((one) => one['zh-CN']),
    ['群众点单', '协商定单', '村委派单', '干部埋单', '群众评单'],
  );
  assert.equal(proxy.steps[0]?.owner, 'applicant');
  assert.equal(order.steps[order.steps.length - 1]?.owner, 'applicant');
});

test('a 代办 request goes through every step in order, each with its date, owner and notes', () => {
  let progress = startRequest('proxy', '2026-11-02');
  progress = step(progress, 'accept', '2026-11-02', grid, { note: '材料齐全' });
  progress = step(progress, 'report', '2026-11-03', grid, { attachmentIds: ['att-1'] });
  progress = step(progress, 'process', '2026-11-20');
  progress = step(progress, 'deliver', '2026-11-23', grid);
  assert.ok(checkRating(progress, proxy).ok, 'rating opens once 送达 is done');
  progress = step(progress, 'followUp', '2026-11-24', grid);
  progress = step(progress, 'archive', '2026-11-25');
  assert.deepEqual(
    progress.history.map((one) => one.step),
    ['entrust', 'accept', 'report', 'process', 'deliver', 'followUp', 'archive'],
  );
  assert.equal(progress.history[1]?.note, '材料齐全');
  assert.deepEqual(progress.history[2]?.attachmentIds, ['att-1']);
  assert.equal(requestDeadline(progress, proxy), null);
  assert.equal(refusal(progress, 'archive', '2026-11-26'), 'requests.step.alreadyDone');
  const late = checkRating(progress, proxy);
  assert.equal(late.ok ? '' : late.issues[0]?.code, 'requests.rating.closed');
});

test('a step out of order, a step done twice, a non-owner and a backdated step are refused with their codes', () => {
  const fresh = startRequest('proxy', '2026-11-02');
  assert.equal(refusal(fresh, 'process', '2026-11-03'), 'requests.step.outOfOrder');
  assert.equal(refusal(fresh, 'entrust', '2026-11-03'), 'requests.step.alreadyDone');
  assert.equal(refusal(fresh, 'accept', '2026-11-03', supervisor), 'requests.step.notOwner');
  assert.equal(refusal(fresh, 'accept', '2026-11-01'), 'requests.step.backdated');
  assert.equal(refusal(fresh, 'teleport', '2026-11-03'), 'requests.step.unknown');
  const accepted = step(fresh, 'accept', '2026-11-02', grid);
  const reported = step(accepted, 'report', '2026-11-03', grid);
  // 办理 is the committee's (it records the department's decision): a grid worker is not its owner.
  assert.equal(refusal(reported, 'process', '2026-11-04', grid), 'requests.step.notOwner');
});

test('派单 names the cadre who 埋单; only they may do it, and the villager rates to close the 点单', () => {
  let progress = startRequest('order', '2026-11-02');
  progress = step(progress, 'negotiate', '2026-11-03');
  assert.equal(refusal(progress, 'dispatch', '2026-11-04'), 'requests.step.assigneeRequired');
  progress = step(progress, 'dispatch', '2026-11-04', cadre, { assignee: grid.id });
  assert.equal(progress.assignees?.process, grid.id);
  assert.equal(refusal(progress, 'process', '2026-11-05', { id: 'v-01-s06', role: 'gridWorker' }), 'requests.step.notOwner');
  assert.equal(refusal(progress, 'process', '2026-11-05', cadre), 'requests.step.notOwner');
  const early = rateRequest(progress, 5, '2026-11-05', order);
  assert.equal(early.ok ? '' : early.issues[0]?.code, 'requests.rating.beforeCompletion');
  progress = step(progress, 'process', '2026-11-06', grid);
  // The villager's own step: staff may not close it before its deadline.
  assert.equal(refusal(progress, 'rate', '2026-11-07'), 'requests.step.notOwner');
  const rated = rateRequest(progress, 2, '2026-11-09', order);
  assert.ok(rated.ok);
  assert.deepEqual(rated.value.rating, { grade: 2, on: '2026-11-09' });
  assert.deepEqual(rated.value.history.at(-1), { step: 'rate', on: '2026-11-09', by: applicant });
  const second = rateRequest(rated.value, 5, '2026-11-10', order);
  assert.equal(second.ok ? '' : second.issues[0]?.code, 'requests.rating.second');
});

test('staff close an unrated 点单 only after the villager had their working days to rate it', () => {
  let progress = startRequest('order', '2026-11-02');
  progress = step(progress, 'negotiate', '2026-11-02');
  progress = step(progress, 'dispatch', '2026-11-02', cadre, { assignee: grid.id });
  progress = step(progress, 'process', '2026-11-03', grid);
  const dueOn = requestDeadline(progress, order);
  // 10 working days from Tuesday 3 November 2026.
  assert.equal(dueOn, '2026-11-17');
  assert.equal(refusal(progress, 'rate', '2026-11-17', cadre, { dueOn }), 'requests.step.notOwner');
  const closed = step(progress, 'rate', '2026-11-18', cadre, { dueOn });
  assert.equal(closed.history.at(-1)?.lapsed, true);
  assert.equal(closed.rating, undefined);
});

test('deadlines count working days from the previous step, over weekends and holidays', () => {
  const progress = startRequest('proxy', '2026-09-30');
  // 受理 within 1 working day; 1–7 October 2026 is the National Day holiday (国办发明电 calendar data).
  const timing = requestTiming(progress, proxy, '2026-10-09');
  assert.equal(timing.dueOn, '2026-10-08');
  assert.equal(timing.overdue, true);
  assert.ok(timing.workingDaysLeft < 0);
});

test('好差评 grades: five, 非常满意 … 非常不满意; 不满意 and 非常不满意 are bad ratings', () => {
  assert.deepEqual(
    ratingGrades.map((one) => one['zh-CN']),
    ['非常满意', '满意', '基本满意', '不满意', '非常不满意'],
  );
  assert.deepEqual([1, 2, 3, 4, 5].map(isBadRating), [true, true, false, false, false]);
});

test('a comment or an order text with a raw phone or ID number is refused; a grade outside 1–5 too', () => {
  const withPhone = validate(ratingSchema, { grade: 1, comment: '请打 13812345678 联系我' });
  assert.ok(!withPhone.ok);
  assert.equal(withPhone.issues[0]?.code, 'requests.rating.comment.personalData');
  assert.ok(!validate(ratingSchema, { grade: 6 }).ok);
  assert.ok(!validate(ratingSchema, { grade: 2.5 }).ok);
  assert.ok(validate(ratingSchema, { grade: 4, comment: '很及时' }).ok);
  const ordered = validate(orderRequestSchema, {
    applicant: { name: '王秀英', mobile: '13812345678' },
    category: 'facilities',
    text: '村东桥头路灯坏了',
  });
  assert.ok(ordered.ok);
});

test('aggregates hide below the minimum count and give counts per grade, average and 满意率', () => {
  assert.deepEqual(aggregateRatings({ 5: 2, 1: 2 }), { shown: false, minimum: 5 });
  const shown = aggregateRatings({ 5: 3, 4: 1, 3: 1, 1: 1 });
  assert.ok(shown.shown);
  assert.equal(shown.count, 6);
  assert.deepEqual(
    shown.grades.map((one) => one.count),
    [3, 1, 1, 0, 1],
  );
  assert.equal(shown.average, 3.8);
  assert.equal(shown.satisfiedPercent, 83.3);
  assert.equal(aggregateRatings({ 5: 1 }, 1).shown, true);
});
