/* eslint-disable @typescript-eslint/no-deprecated -- tests the deprecated `checkMeeting`, kept until the next major release (issue 17) */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { localizeIssues } from '../src/shared/index.js';
import { validate } from '../src/messages/index.js';
import {
  checkMeeting,
  fourFifthsOf,
  isAtLeastFourFifths,
  isAtLeastOneThird,
  isAtLeastTwoThirds,
  isMoreThanHalf,
  meetingSchema,
  moreThanHalfOf,
  oneThirdOf,
  twoThirdsOf,
  type Meeting,
  type RepresentativesMeeting,
} from '../src/disclosure/index.js';
import { codes } from './support/disclosure.js';

function representatives(present: number, votesFor: number, eligible = 30): RepresentativesMeeting {
  return { kind: 'representativesMeeting', eligible, present, votes: { for: votesFor } };
}

test("a representatives' meeting with exactly two thirds of members present can sit", () => {
  const result = checkMeeting(representatives(20, 11));
  assert.equal(result.valid, true);
  assert.deepEqual(result.quorum, { present: 20, eligible: 30, required: 20, met: true });
});

test("a representatives' meeting one member short of two thirds is invalid and says how many were needed", () => {
  const result = checkMeeting(representatives(19, 15));
  assert.equal(result.valid, false);
  assert.deepEqual(result.issues, [
    { code: 'disclosure.meeting.quorumTwoThirds', path: ['present'], params: { present: 19, eligible: 30, required: 20 } },
  ]);
  assert.equal(
    localizeIssues(result.issues, 'en')[0]?.message,
    'Only 19 of 30 attended; at least two thirds (20) must attend for the meeting to be valid',
  );
});

test('two thirds of a number not divisible by three rounds up: 14 of 20 is enough, 13 is not', () => {
  assert.equal(checkMeeting(representatives(14, 8, 20)).quorum.met, true);
  assert.equal(checkMeeting(representatives(13, 8, 20)).quorum.met, false);
  assert.equal(twoThirdsOf(20), 14);
});

test('exactly half of those present voting in favour is not more than half: the decision fails', () => {
  const result = checkMeeting(representatives(24, 12));
  assert.equal(result.valid, false);
  assert.deepEqual(result.issues, [
    { code: 'disclosure.meeting.notPassed', path: ['votes', 'for'], params: { votesFor: 12, base: 24, required: 13 } },
  ]);
});

test('one vote over half of those present passes', () => {
  const result = checkMeeting(representatives(24, 13));
  assert.equal(result.valid, true);
  assert.deepEqual(result.decision, { votesFor: 13, base: 24, required: 13, passed: true });
});

/** A villagers' meeting of `eligible` adults or households where everyone present voted for. */
const villagersMeeting =
  (basis: 'adults' | 'households', eligible: number) =>
  (present: number): Meeting => ({ kind: 'villagersMeeting', basis, eligible, present, votes: { for: present } });

test("a villagers' meeting needs more than half of adults: exactly half is not a quorum, one more is", () => {
  const adults = villagersMeeting('adults', 800);
  assert.deepEqual(codes(checkMeeting(adults(400)).issues), ['disclosure.meeting.quorumMoreThanHalf']);
  assert.equal(checkMeeting(adults(400)).quorum.required, 401);
  assert.equal(checkMeeting(adults(401)).valid, true);
});

test("a villagers' meeting may instead count households: two thirds of them is a quorum", () => {
  const households = villagersMeeting('households', 261);
  assert.equal(checkMeeting(households(174)).valid, true);
  assert.deepEqual(checkMeeting(households(173)).issues, [
    { code: 'disclosure.meeting.quorumTwoThirdsHouseholds', path: ['present'], params: { present: 173, eligible: 261, required: 174 } },
  ]);
});

test("a villagers' group meeting needs two thirds of adults or of households", () => {
  assert.equal(checkMeeting({ kind: 'groupMeeting', basis: 'adults', eligible: 60, present: 40, votes: { for: 21 } }).valid, true);
  assert.deepEqual(codes(checkMeeting({ kind: 'groupMeeting', basis: 'adults', eligible: 60, present: 39, votes: { for: 21 } }).issues), [
    'disclosure.meeting.quorumTwoThirds',
  ]);
  assert.deepEqual(
    codes(checkMeeting({ kind: 'groupMeeting', basis: 'households', eligible: 45, present: 29, votes: { for: 20 } }).issues),
    ['disclosure.meeting.quorumTwoThirdsHouseholds'],
  );
  assert.deepEqual(
    codes(checkMeeting({ kind: 'groupMeeting', basis: 'households', eligible: 45, present: 30, votes: { for: 15 } }).issues),
    ['disclosure.meeting.notPassed'],
  );
});

test("a party members' meeting sits with half or more present and passes with more than half of all its voting members", () => {
  // 《中国共产党支部工作条例（试行）》 Art 11: 半数以上有表决权的党员到会; 赞成人数超过应到会有表决权的党员的半数.
  const party = (present: number, votesFor: number): Meeting => ({
    kind: 'partyMembersMeeting',
    eligible: 36,
    present,
    votes: { for: votesFor },
  });
  assert.equal(checkMeeting(party(18, 18)).quorum.met, true, 'exactly half present is a quorum (以上 includes the number)');
  assert.deepEqual(checkMeeting(party(17, 17)).issues, [
    { code: 'disclosure.meeting.quorumHalf', path: ['present'], params: { present: 17, eligible: 36, required: 18 } },
    { code: 'disclosure.meeting.notPassedMembers', path: ['votes', 'for'], params: { votesFor: 17, base: 36, required: 19 } },
  ]);
  // 19 of 36 members in favour passes; 18 (exactly half of the members, though all 18 present) does not.
  assert.equal(checkMeeting(party(24, 19)).valid, true);
  assert.deepEqual(codes(checkMeeting(party(24, 18)).issues), ['disclosure.meeting.notPassedMembers']);
  assert.deepEqual(
    codes(checkMeeting(party(24, 13)).issues),
    ['disclosure.meeting.notPassedMembers'],
    'a majority of those present is not enough',
  );
});

test("a villagers' meeting told fewer than ten days ahead is reported, counted in calendar days (Art 21)", () => {
  const meeting: Meeting = { kind: 'villagersMeeting', basis: 'adults', eligible: 10, present: 6, votes: { for: 6 }, held: '2024-03-11' };
  assert.equal(checkMeeting({ ...meeting, noticeGiven: '2024-03-01' }).valid, true, 'ten days ahead is enough');
  assert.deepEqual(checkMeeting({ ...meeting, noticeGiven: '2024-03-02' }).issues, [
    { code: 'disclosure.meeting.noticeTooShort', path: ['noticeGiven'], params: { days: 9, required: 10 } },
  ]);
  assert.deepEqual(
    checkMeeting({ ...meeting, noticeGiven: '2024-03-12' }).issues[0]?.params,
    { days: 0, required: 10 },
    'a notice after the meeting',
  );
  assert.equal(checkMeeting(meeting).valid, true, 'without the notice date there is nothing to check');
});

test("a village may keep the stricter two-thirds quorum for its party members' meeting as its own setting", () => {
  const meeting: Meeting = { kind: 'partyMembersMeeting', eligible: 36, present: 23, votes: { for: 20 } };
  assert.equal(checkMeeting(meeting).valid, true);
  assert.deepEqual(checkMeeting(meeting, { partyMeetingQuorum: 'twoThirds' }).issues, [
    { code: 'disclosure.meeting.quorumTwoThirds', path: ['present'], params: { present: 23, eligible: 36, required: 24 } },
  ]);
  assert.equal(checkMeeting({ ...meeting, present: 24 }, { partyMeetingQuorum: 'twoThirds' }).valid, true);
});

test('settings stored before the correction that count the majority against those present still read, and still count so', () => {
  const meeting: Meeting = { kind: 'partyMembersMeeting', eligible: 36, present: 30, votes: { for: 16 } };
  assert.deepEqual(codes(checkMeeting(meeting).issues), ['disclosure.meeting.notPassedMembers']);
  assert.equal(checkMeeting(meeting, { partyMeetingMajorityOf: 'present' }).valid, true);
});

test("the representatives' meeting's make-up is checked when given: four fifths representatives, women a third of members", () => {
  const base = representatives(25, 20);
  const good = checkMeeting({ ...base, composition: { representatives: 24, womenRepresentatives: 10 } });
  assert.equal(good.valid, true);
  assert.deepEqual(good.composition, {
    members: 30,
    representatives: 24,
    requiredRepresentatives: 24,
    womenRepresentatives: 10,
    requiredWomen: 10,
    met: true,
  });

  const bad = checkMeeting({ ...base, composition: { representatives: 23, womenRepresentatives: 9 } });
  assert.deepEqual(bad.issues, [
    {
      code: 'disclosure.meeting.tooFewRepresentatives',
      path: ['composition', 'representatives'],
      params: { representatives: 23, members: 30, required: 24 },
    },
    {
      code: 'disclosure.meeting.tooFewWomen',
      path: ['composition', 'womenRepresentatives'],
      params: { womenRepresentatives: 9, members: 30, required: 10 },
    },
  ]);
  assert.equal(checkMeeting(base).composition, undefined);
});

test('counts that cannot be true are reported: more present than eligible, more votes than people present', () => {
  const result = checkMeeting({ kind: 'representativesMeeting', eligible: 30, present: 31, votes: { for: 20, against: 10, abstain: 2 } });
  assert.deepEqual(codes(result.issues), ['disclosure.meeting.presentExceedsEligible', 'disclosure.meeting.votesExceedPresent']);
  assert.deepEqual(
    codes(checkMeeting({ ...representatives(25, 20), composition: { representatives: 20, womenRepresentatives: 21 } }).issues).slice(0, 1),
    ['disclosure.meeting.compositionImpossible'],
  );
});

test('the meeting schema refuses an unknown kind and a negative count', () => {
  assert.ok(!validate(meetingSchema, { kind: 'teaParty', eligible: 3, present: 3, votes: { for: 3 } }).ok);
  const negative = validate(meetingSchema, { kind: 'partyMembersMeeting', eligible: 3, present: -1, votes: { for: 0 } });
  assert.ok(!negative.ok);
  assert.deepEqual(negative.issues[0]?.path, ['present']);
});

test('property: each threshold count is the smallest number that meets its integer test', () => {
  const pairs: [(n: number) => number, (c: number, n: number) => boolean][] = [
    [moreThanHalfOf, isMoreThanHalf],
    [twoThirdsOf, isAtLeastTwoThirds],
    [fourFifthsOf, isAtLeastFourFifths],
    [oneThirdOf, isAtLeastOneThird],
  ];
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1_000_000 }), (n) => {
      for (const [required, meets] of pairs) {
        const r = required(n);
        assert.ok(meets(r, n), `${String(r)} of ${String(n)}`);
        assert.ok(!meets(r - 1, n), `${String(r - 1)} of ${String(n)}`);
        assert.ok(r <= n);
      }
    }),
  );
});
