import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkMeeting, meetingFactsOf, type Meeting } from '../src/disclosure/index.js';
import { meetingValidity } from '../src/meetings/index.js';
import { codes } from './support/disclosure.js';

/** A villagers' meeting of one village, 800 adults in 261 households: Art 22 counts either basis. */
function villagersMeeting(counts: { householdsRepresented: number; present: number; inFavour: number }) {
  return meetingValidity({ kind: 'villagersMeeting', adults: 800, households: 261, ...counts });
}

test("a villagers' meeting short of half the adults still sits on two thirds of households, and says Art 22's households basis decided", () => {
  const result = villagersMeeting({ householdsRepresented: 180, present: 380, inFavour: 200 });
  assert.equal(result.valid, true);
  assert.deepEqual(result.decidedBy, { law: '村民委员会组织法', article: 22, basis: 'households', citation: '村民委员会组织法第二十二条' });
  assert.deepEqual(result.bases, [
    { basis: 'adults', counted: 380, of: 800, required: 401, met: false },
    { basis: 'households', counted: 180, of: 261, required: 174, met: true },
  ]);
  assert.deepEqual(result.decision, { inFavour: 200, of: 380, required: 191, passed: true });
});

test("a villagers' meeting that meets the adults basis is decided by it, even when households were counted too", () => {
  const result = villagersMeeting({ householdsRepresented: 100, present: 401, inFavour: 201 });
  assert.equal(result.valid, true);
  assert.equal(result.decidedBy.basis, 'adults');
  assert.deepEqual(result.quorum, { basis: 'adults', counted: 401, of: 800, required: 401, met: true });
});

test("a villagers' meeting that meets neither Art 22 basis reports the shortfall of each, on the input it concerns", () => {
  const result = villagersMeeting({ householdsRepresented: 173, present: 400, inFavour: 300 });
  assert.equal(result.valid, false);
  assert.deepEqual(result.issues, [
    { code: 'disclosure.meeting.quorumMoreThanHalf', path: ['present'], params: { present: 400, eligible: 800, required: 401 } },
    {
      code: 'disclosure.meeting.quorumTwoThirdsHouseholds',
      path: ['householdsRepresented'],
      params: { present: 173, eligible: 261, required: 174 },
    },
  ]);
  assert.equal(result.decidedBy.basis, 'adults', 'with no basis met, the first counted is named');
});

test("a villagers' meeting without adults or households to count against is a caller's mistake", () => {
  assert.throws(() => meetingValidity({ kind: 'villagersMeeting', households: 200, present: 150, inFavour: 100 }), TypeError);
});

test('a group meeting (Art 28) needs two thirds of adults or of households, in one call', () => {
  const result = meetingValidity({
    kind: 'groupMeeting',
    adults: 60,
    households: 45,
    householdsRepresented: 30,
    present: 39,
    inFavour: 21,
  });
  assert.equal(result.valid, true);
  assert.deepEqual(result.decidedBy, { law: '村民委员会组织法', article: 28, basis: 'households', citation: '村民委员会组织法第二十八条' });
});

test("a representatives' meeting is decided by Art 26 on its members (组成人员), with Art 25's make-up when given", () => {
  const result = meetingValidity({
    kind: 'representativesMeeting',
    members: 30,
    present: 20,
    inFavour: 11,
    representatives: 23,
    womenRepresentatives: 10,
  });
  assert.deepEqual(result.decidedBy, { law: '村民委员会组织法', article: 26, basis: 'members', citation: '村民委员会组织法第二十六条' });
  assert.equal(result.quorum.met, true);
  assert.deepEqual(codes(result.issues), ['disclosure.meeting.tooFewRepresentatives']);
  assert.deepEqual(result.issues[0]?.path, ['representatives']);
});

test("a party members' meeting is decided by Art 11 of the branch rules: more than half of all members in favour", () => {
  const result = meetingValidity({ kind: 'partyMembersMeeting', members: 36, present: 24, inFavour: 18 });
  assert.deepEqual(result.decidedBy, {
    law: '中国共产党支部工作条例（试行）',
    article: 11,
    basis: 'members',
    citation: '中国共产党支部工作条例（试行）第十一条',
  });
  assert.deepEqual(result.issues, [
    { code: 'disclosure.meeting.notPassedMembers', path: ['inFavour'], params: { votesFor: 18, base: 36, required: 19 } },
  ]);
  assert.equal(
    meetingValidity({ kind: 'partyMembersMeeting', members: 36, present: 24, inFavour: 18 }, { partyMeetingMajorityOf: 'present' }).valid,
    true,
  );
});

test('more votes (赞成, 反对, 弃权) than people present (到会) are reported against the tally', () => {
  const result = meetingValidity({ kind: 'representativesMeeting', members: 30, present: 25, inFavour: 20, against: 5, abstained: 1 });
  assert.deepEqual(result.issues, [
    { code: 'disclosure.meeting.votesExceedPresent', path: ['inFavour'], params: { votes: 26, present: 25 } },
  ]);
});

test('the deprecated checkMeeting gives the same verdict as meetingValidity on every kind of stored record', () => {
  const records: Meeting[] = [
    { kind: 'villagersMeeting', basis: 'adults', eligible: 800, present: 400, votes: { for: 300 } },
    { kind: 'villagersMeeting', basis: 'households', eligible: 261, present: 174, votes: { for: 80, against: 100 } },
    { kind: 'groupMeeting', basis: 'households', eligible: 45, present: 29, votes: { for: 20 } },
    {
      kind: 'representativesMeeting',
      eligible: 30,
      present: 31,
      votes: { for: 20 },
      composition: { representatives: 20, womenRepresentatives: 21 },
    },
    { kind: 'partyMembersMeeting', eligible: 36, present: 17, votes: { for: 17 } },
  ];
  for (const record of records) {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the alias must agree with its replacement until it is removed
    const old = checkMeeting(record);
    const now = meetingValidity(meetingFactsOf(record));
    assert.equal(old.valid, now.valid, record.kind);
    assert.deepEqual(codes(old.issues), codes(now.issues), record.kind);
    assert.equal(old.quorum.required, now.quorum.required, record.kind);
    assert.deepEqual(old.decision, {
      votesFor: now.decision.inFavour,
      base: now.decision.of,
      required: now.decision.required,
      passed: now.decision.passed,
    });
  }
});
