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

const codes = (found: readonly { code: string }[]) => found.map((one) => one.code);

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

test("a party members' meeting needs two thirds present and a majority of those present by default", () => {
  const party = (present: number, votesFor: number): Meeting => ({
    kind: 'partyMembersMeeting',
    eligible: 36,
    present,
    votes: { for: votesFor },
  });
  assert.equal(checkMeeting(party(24, 13)).valid, true);
  assert.deepEqual(codes(checkMeeting(party(23, 20)).issues), ['disclosure.meeting.quorumTwoThirds']);
  assert.deepEqual(codes(checkMeeting(party(24, 12)).issues), ['disclosure.meeting.notPassed']);
});

test("a village may count the party members' majority against all members instead", () => {
  const meeting: Meeting = { kind: 'partyMembersMeeting', eligible: 36, present: 30, votes: { for: 18 } };
  assert.equal(checkMeeting(meeting).valid, true);
  const strict = checkMeeting(meeting, { partyMeetingMajorityOf: 'members' });
  assert.deepEqual(strict.issues, [
    { code: 'disclosure.meeting.notPassedMembers', path: ['votes', 'for'], params: { votesFor: 18, base: 36, required: 19 } },
  ]);
  assert.equal(checkMeeting({ ...meeting, votes: { for: 19 } }, { partyMeetingMajorityOf: 'members' }).valid, true);
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
