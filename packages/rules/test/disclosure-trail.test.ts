import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localizeIssues } from '../src/shared/index.js';
import { validate } from '../src/messages/index.js';
import {
  art24Matters,
  checkTrail,
  disclosureSettingsSchema,
  findArt24Matter,
  mayDecideArt24Matter,
  trailSchema,
  trailSteps,
  type Trail,
  type TrailStepRecord,
} from '../src/disclosure/index.js';
import * as z from 'zod/mini';
import { codes, partyMeeting, representativesMeeting } from './support/disclosure.js';

const full: TrailStepRecord[] = [
  { step: 'proposal', date: '2024-03-01' },
  { step: 'consultation', date: '2024-03-05' },
  { step: 'review', date: '2024-03-10', meeting: partyMeeting },
  { step: 'resolution', date: '2024-03-15', meeting: representativesMeeting },
  { step: 'resolutionDisclosure', date: '2024-03-18', itemId: 'res-2024-07' },
  { step: 'resultDisclosure', date: '2024-09-30', itemId: 'res-2024-07-result' },
];

const trail = (steps: TrailStepRecord[], extra: Partial<Trail> = {}): Trail => ({ steps, ...extra });

test('a trail with all six steps in order, valid meetings and a prompt resolution disclosure is complete', () => {
  const result = checkTrail(trail(full));
  assert.equal(result.status, 'complete');
  assert.deepEqual(result.issues, []);
  assert.equal(result.nextStep, null);
  assert.equal(result.meetings.review?.valid, true);
  assert.ok(validate(trailSchema, trail(full)).ok);
});

test('the order of the records does not matter, only their dates', () => {
  assert.equal(checkTrail(trail([...full].reverse())).status, 'complete');
});

test('steps on the same day are in order', () => {
  const sameDay = full.map((step) => ({ ...step, date: '2024-03-15' }));
  assert.equal(checkTrail(trail(sameDay)).status, 'complete');
});

test('a trail whose implementation is still under way is in progress, not invalid', () => {
  const result = checkTrail(trail(full.slice(0, 5)));
  assert.equal(result.status, 'inProgress');
  assert.deepEqual(result.issues, []);
  assert.equal(result.nextStep, 'resultDisclosure');
  assert.equal(checkTrail(trail([])).nextStep, 'proposal');
});

test('a skipped step before a later one is missing, with its own code', () => {
  const result = checkTrail(trail(full.filter((step) => step.step !== 'review')));
  assert.equal(result.status, 'invalid');
  assert.deepEqual(result.issues, [{ code: 'disclosure.trail.missingReview', path: ['steps'], params: { step: 'review', number: 3 } }]);
  assert.equal(localizeIssues(result.issues, 'zh-CN')[0]?.message, '缺少第 3 步“党员大会审议”');
});

test('a step dated before the step it follows is out of order', () => {
  const steps = full.map((step) => (step.step === 'review' ? { ...step, date: '2024-03-04' } : step));
  const result = checkTrail(trail(steps));
  assert.equal(result.status, 'invalid');
  assert.deepEqual(result.issues, [
    {
      code: 'disclosure.trail.outOfOrder',
      path: ['steps', 2, 'date'],
      params: {
        step: 'review',
        number: 3,
        date: '2024-03-04',
        previousStep: 'consultation',
        previousNumber: 2,
        previousDate: '2024-03-05',
      },
    },
  ]);
});

test('a step recorded twice is reported', () => {
  assert.deepEqual(codes(checkTrail(trail([...full, { step: 'proposal', date: '2024-03-02' }])).issues), [
    'disclosure.trail.duplicateStep',
  ]);
});

test("the party members' review with exactly half voting in favour makes the trail invalid, with the meeting's own reasons", () => {
  const steps = full.map((step) =>
    step.step === 'review' ? { ...step, meeting: { ...partyMeeting, votes: { for: 12, against: 12 } } } : step,
  );
  const result = checkTrail(trail(steps));
  assert.equal(result.status, 'invalid');
  assert.deepEqual(codes(result.issues), ['disclosure.trail.meetingInvalid', 'disclosure.meeting.notPassedMembers']);
  assert.deepEqual(result.issues[1]?.path, ['steps', 2, 'meeting', 'votes', 'for']);
  assert.equal(result.meetings.review?.valid, false);
});

test('the review and the resolution need a meeting record of the right kind', () => {
  const noMeeting = full.map((step) => (step.step === 'resolution' ? { step: step.step, date: step.date } : step));
  assert.deepEqual(codes(checkTrail(trail(noMeeting)).issues), ['disclosure.trail.meetingMissing']);
  const wrongKind = full.map((step) => (step.step === 'review' ? { ...step, meeting: representativesMeeting } : step));
  assert.deepEqual(codes(checkTrail(trail(wrongKind)).issues), ['disclosure.trail.wrongMeetingKind']);
});

test('a resolution disclosed after the limit is late; on the last allowed day it is not', () => {
  const disclosedOn = (date: string) => full.map((step) => (step.step === 'resolutionDisclosure' ? { ...step, date } : step));
  assert.equal(checkTrail(trail(disclosedOn('2024-03-20'))).status, 'complete');
  const late = checkTrail(trail(disclosedOn('2024-03-21')));
  assert.deepEqual(late.issues, [
    { code: 'disclosure.trail.lateResolutionDisclosure', path: ['steps', 4, 'date'], params: { days: 6, limit: 5 } },
  ]);
  const settings = z.parse(disclosureSettingsSchema, { majorMatterDays: 7 });
  assert.equal(checkTrail(trail(disclosedOn('2024-03-21')), { settings }).status, 'complete');
});

test('a resolution still undisclosed after the limit is overdue when checked as of a date', () => {
  const steps = full.slice(0, 4);
  assert.equal(checkTrail(trail(steps), { asOf: '2024-03-20' }).status, 'inProgress');
  const overdue = checkTrail(trail(steps), { asOf: '2024-03-21' });
  assert.deepEqual(overdue.issues, [
    { code: 'disclosure.trail.resolutionDisclosureOverdue', path: ['steps'], params: { days: 6, limit: 5 } },
  ]);
  assert.equal(overdue.status, 'invalid');
});

test("an Art 24 matter resolved by the representatives' meeting needs the villagers' meeting's delegation", () => {
  const result = checkTrail(trail(full, { matter: 'homesteadUse' }));
  assert.deepEqual(result.issues, [
    { code: 'disclosure.trail.notDelegated', path: ['steps', 3, 'meeting', 'kind'], params: { matter: 'homesteadUse' } },
  ]);
  assert.equal(checkTrail(trail(full, { matter: 'homesteadUse', delegatedToRepresentatives: true })).status, 'complete');
  const byVillagers = full.map((step) =>
    step.step === 'resolution'
      ? {
          ...step,
          meeting: { kind: 'villagersMeeting' as const, basis: 'households' as const, eligible: 300, present: 200, votes: { for: 150 } },
        }
      : step,
  );
  assert.equal(checkTrail(trail(byVillagers, { matter: 'homesteadUse' })).status, 'complete');
});

test("Art 24's nine matters are listed in order, and only the villagers' meeting or a delegated representatives' meeting may decide them", () => {
  assert.deepEqual(
    art24Matters.map((m) => m.item),
    [1, 2, 3, 4, 5, 6, 7, 8, 9],
  );
  assert.equal(new Set(art24Matters.map((m) => m.code)).size, 9);
  // The numbers follow the rows' order, so pin a few matters to the statute's items.
  assert.equal(findArt24Matter('allowances')?.item, 1);
  assert.equal(findArt24Matter('homesteadUse')?.item, 6);
  assert.equal(findArt24Matter('otherMatters')?.item, 9);
  assert.equal(mayDecideArt24Matter('villagersMeeting', false), true);
  assert.equal(mayDecideArt24Matter('representativesMeeting', false), false);
  assert.equal(mayDecideArt24Matter('representativesMeeting', true), true);
  assert.equal(mayDecideArt24Matter('partyMembersMeeting', true), false);
  assert.deepEqual(trailSteps, ['proposal', 'consultation', 'review', 'resolution', 'resolutionDisclosure', 'resultDisclosure']);
});

test('the trail schema refuses an unknown step or matter', () => {
  assert.ok(!validate(trailSchema, { steps: [{ step: 'bribe', date: '2024-01-01' }] }).ok);
  assert.ok(!validate(trailSchema, { matter: 'weather', steps: [] }).ok);
});
