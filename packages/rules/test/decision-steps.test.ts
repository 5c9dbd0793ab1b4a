import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as z from 'zod/mini';
import { localizeIssues } from '../src/shared/index.js';
import { validate } from '../src/messages/index.js';
import {
  appendStep,
  checkNextStep,
  checkReconvene,
  checkTrail,
  disclosureSettingsSchema,
  observeStep,
  openDecisionSchema,
  reconveneStep,
  stepDraftSchema,
  trailSchema,
  type Meeting,
  type StepDraft,
  type Trail,
} from '../src/disclosure/index.js';
import { codes, partyMeeting as validParty, representativesMeeting as representatives } from './support/disclosure.js';

const hearing: StepDraft = {
  step: 'hearing',
  date: '2024-02-20',
  hearing: { channels: ['visits', 'forum'], summary: '多数农户希望硬化村东道路' },
};
// 16 present is more than half, but 15 in favour is not more than half of all 30 members (支部工作条例 Art 11).
const invalidParty: Meeting = { kind: 'partyMembersMeeting', eligible: 30, present: 16, votes: { for: 15, against: 1 } };

const fresh: Trail = { hearingRequired: true, steps: [] };

function record(trail: Trail, draft: StepDraft): Trail {
  const verdict = checkNextStep(trail, draft, { today: '2024-12-31' });
  assert.deepEqual(verdict.refusals, [], `refused ${draft.step}`);
  assert.deepEqual(verdict.blocking, [], `blocked ${draft.step}`);
  return appendStep(trail, draft);
}

test('a new decision starts with 一听; a legacy trail without `hearingRequired` starts with the proposal', () => {
  assert.equal(checkTrail(fresh).nextStep, 'hearing');
  assert.equal(checkTrail({ steps: [] }).nextStep, 'proposal');
  const skipped = checkNextStep(fresh, { step: 'proposal', date: '2024-03-01' });
  assert.deepEqual(skipped.refusals, [{ code: 'decision.step.hearingFirst', path: ['step'], params: { step: 'proposal', number: 1 } }]);
  assert.equal(localizeIssues(skipped.refusals, 'zh-CN')[0]?.message, '还不能记录第 1 步：应先记录“一听”（听取村民意见）');
});

test('a trail that requires 一听 and skipped it is missing it; one that recorded it out of date order is refused', () => {
  const without = checkTrail({ hearingRequired: true, steps: [{ step: 'proposal', date: '2024-03-01' }] });
  assert.deepEqual(codes(without.issues), ['disclosure.trail.missingHearing']);
  const late = checkNextStep(appendStep(fresh, hearing), { step: 'proposal', date: '2024-02-19' });
  assert.deepEqual(codes(late.refusals), ['disclosure.trail.beforeHearing']);
  assert.deepEqual(late.refusals[0]?.path, ['date']);
});

test('the hearing needs its channels and summary; the schema refuses an unknown channel', () => {
  assert.deepEqual(codes(checkNextStep(fresh, { step: 'hearing', date: '2024-02-20' }).refusals), [
    'disclosure.trail.hearingDetailsMissing',
  ]);
  assert.ok(!validate(stepDraftSchema, { step: 'hearing', date: '2024-02-20', hearing: { channels: ['rumour'], summary: '好' } }).ok);
  assert.ok(validate(stepDraftSchema, hearing).ok);
});

test('a step out of order and a step recorded twice are refused with their own codes, at the step field', () => {
  const heard = appendStep(fresh, hearing);
  const jump = checkNextStep(heard, { step: 'review', date: '2024-03-10', meeting: validParty });
  assert.deepEqual(jump.refusals[0], {
    code: 'decision.step.outOfOrder',
    path: ['step'],
    params: { step: 'review', number: 3, expected: 'proposal', expectedNumber: 1 },
  });
  assert.deepEqual(codes(checkNextStep(heard, hearing).refusals), ['decision.step.alreadyRecorded']);
});

test('numbers that cannot be true are refused at the draft path; a step in the future is refused', () => {
  const draft: StepDraft = { step: 'hearing', date: '2025-01-01', hearing: hearing.hearing };
  assert.deepEqual(checkNextStep(fresh, draft, { today: '2024-12-31' }).refusals, [
    { code: 'decision.step.dateInFuture', path: ['date'], params: { date: '2025-01-01' } },
  ]);
  let trail = record(fresh, hearing);
  trail = record(trail, { step: 'proposal', date: '2024-03-01' });
  const sitting = checkNextStep(trail, { step: 'consultation', date: '2024-03-05', sitting: { members: 7, present: 8 } });
  assert.deepEqual(sitting.refusals, [
    { code: 'disclosure.meeting.presentExceedsEligible', path: ['sitting', 'present'], params: { present: 8, eligible: 7 } },
  ]);
});

test('an invalid meeting is recorded with its findings, blocks the next step, and is reconvened as a new attempt', () => {
  let trail = record(fresh, hearing);
  trail = record(trail, { step: 'proposal', date: '2024-03-01', sitting: { members: 5, present: 5, votes: { for: 5 } } });
  trail = record(trail, { step: 'consultation', date: '2024-03-05', minutes: '两委联席会议商议' });
  const invalid: StepDraft = { step: 'review', date: '2024-03-10', meeting: invalidParty };
  const verdict = checkNextStep(trail, invalid);
  assert.deepEqual(verdict.refusals, []);
  assert.deepEqual(verdict.findings, [
    { code: 'disclosure.meeting.notPassedMembers', path: ['meeting', 'votes', 'for'], params: { votesFor: 15, base: 30, required: 16 } },
  ]);
  assert.equal(verdict.meeting?.valid, false);
  trail = appendStep(trail, invalid);

  const blocked = checkNextStep(trail, { step: 'resolution', date: '2024-03-15', meeting: representatives });
  assert.deepEqual(codes(blocked.blocking), ['disclosure.trail.meetingInvalid', 'disclosure.meeting.notPassedMembers']);
  assert.deepEqual(blocked.blocking[1]?.path, ['trail', 'steps', 3, 'meeting', 'votes', 'for']);

  const again: StepDraft = { step: 'review', date: '2024-03-12', meeting: validParty };
  assert.deepEqual(checkReconvene(trail, again).refusals, []);
  assert.deepEqual(codes(checkReconvene(trail, { ...again, date: '2024-03-09' }).refusals), ['decision.step.beforeEarlierAttempt']);
  trail = reconveneStep(trail, again, '2024-03-12', '同意票未过全体党员半数');
  const review = trail.steps.find((one) => one.step === 'review');
  assert.equal(review?.meeting?.present, 24);
  assert.equal(review.earlierAttempts?.[0]?.meeting?.present, 16, 'the invalid attempt stays in the record');
  assert.equal(review.earlierAttempts[0].reason, '同意票未过全体党员半数');
  assert.ok(validate(trailSchema, trail).ok);

  // A valid meeting is not reconvened; nor is a step that is not the latest.
  assert.deepEqual(codes(checkReconvene(trail, again).refusals), ['decision.step.notReconvenable']);
  trail = record(trail, { step: 'resolution', date: '2024-03-15', meeting: representatives });
  assert.deepEqual(codes(checkReconvene(trail, again).refusals), ['decision.step.notReconvenable']);
  assert.equal(checkTrail(trail).nextStep, 'resolutionDisclosure');
});

test("a villagers' meeting without its notice day is refused at that field (Art 21); its notice is counted to the step's day", () => {
  let trail = record(fresh, hearing);
  trail = record(trail, { step: 'proposal', date: '2024-03-01' });
  trail = record(trail, { step: 'consultation', date: '2024-03-05' });
  trail = record(trail, { step: 'review', date: '2024-03-10', meeting: validParty });
  const villagers: Meeting = { kind: 'villagersMeeting', basis: 'households', eligible: 300, present: 220, votes: { for: 180 } };
  const unnoticed: StepDraft = { step: 'resolution', date: '2024-03-25', meeting: villagers };
  const verdict = checkNextStep(trail, unnoticed, { today: '2024-12-31' });
  assert.deepEqual(verdict.refusals, [{ code: 'decision.step.noticeDateMissing', path: ['meeting', 'noticeGiven'], params: {} }]);
  assert.deepEqual(verdict.findings, [], 'nothing says the meeting was invalid: only that the record cannot show it was not');
  assert.equal(
    localizeIssues(verdict.refusals, 'zh-CN')[0]?.message,
    '未记录通知日期，无法核对是否提前十天通知村民（村民委员会组织法第二十一条）：请填写通知村民的日期',
  );
  assert.match(localizeIssues(verdict.refusals, 'en')[0]?.message ?? '', /ten days' notice cannot be checked \(Organic Law Art 21\)/);
  // Sixteen days ahead passes; five days is recorded as a meeting that could not decide. The step's date is the day the
  // meeting sat, whether or not the record repeats it as `held`.
  assert.deepEqual(checkNextStep(trail, { ...unnoticed, meeting: { ...villagers, noticeGiven: '2024-03-09' } }).refusals, []);
  assert.deepEqual(checkNextStep(trail, { ...unnoticed, meeting: { ...villagers, noticeGiven: '2024-03-09' } }).findings, []);
  assert.deepEqual(checkNextStep(trail, { ...unnoticed, meeting: { ...villagers, noticeGiven: '2024-03-20' } }).findings, [
    { code: 'disclosure.meeting.noticeTooShort', path: ['meeting', 'noticeGiven'], params: { days: 5, required: 10 } },
  ]);
  // A representatives' meeting (Art 25-26) has no such notice rule.
  assert.deepEqual(checkNextStep(trail, { ...unnoticed, meeting: representatives }).refusals, []);

  // The meeting reconvened after a short notice is refused without its notice day all the same.
  trail = appendStep(trail, { ...unnoticed, meeting: { ...villagers, noticeGiven: '2024-03-20' } });
  const again: StepDraft = { step: 'resolution', date: '2024-04-10', meeting: villagers };
  assert.deepEqual(codes(checkReconvene(trail, again).refusals), ['decision.step.noticeDateMissing']);
  assert.deepEqual(checkReconvene(trail, { ...again, meeting: { ...villagers, noticeGiven: '2024-03-30' } }).refusals, []);
});

test("the supervisor's observation goes on the step's current attempt", () => {
  const trail = appendStep(fresh, hearing);
  const observed = observeStep(trail, 'hearing', { kind: 'concern', on: '2024-02-21', by: 'sup-1', note: '走访户数偏少' });
  assert.equal(observed?.steps[0]?.observations?.[0]?.kind, 'concern');
  assert.equal(observeStep(trail, 'review', { kind: 'observed', on: '2024-02-21', by: 'sup-1' }), undefined);
});

test('a decision opens on an Art 24 matter or a free title; the village may switch the 一听 requirement off', () => {
  assert.ok(validate(openDecisionSchema, { matter: 'homesteadUse' }).ok);
  assert.ok(validate(openDecisionSchema, { title: '村东道路硬化' }).ok);
  const neither = validate(openDecisionSchema, {});
  assert.ok(!neither.ok && neither.issues[0]?.code === 'decision.matter.required');
  assert.equal(z.parse(disclosureSettingsSchema, {}).hearingRequired, true);
});
