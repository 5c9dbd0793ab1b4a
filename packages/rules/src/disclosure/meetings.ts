import type { IssuePath, RuleIssue } from '../shared/result.js';
import { meetingValidity, type MeetingComposition, type MeetingFacts, type MeetingRules } from '../meetings/validity.js';
import type { Meeting, MeetingKind } from './meetings-schema.js';

export type {
  GroupMeeting,
  Meeting,
  MeetingKind,
  PartyMembersMeeting,
  RepresentativesMeeting,
  VillagersMeeting,
  Votes,
} from './meetings-schema.js';

// The rule lives in ../meetings/ with inputs in the statutes' words; these names stay where callers import them.
export * from '../meetings/thresholds.js';
export { villagersMeetingNoticeDays, attendanceBases, type AttendanceBasis } from '../meetings/validity.js';

/** Every kind of meeting a decision trail records, in the order of 四议两公开. */
export const meetingKinds = [
  'villagersMeeting',
  'representativesMeeting',
  'groupMeeting',
  'partyMembersMeeting',
] as const satisfies readonly MeetingKind[];

/**
 * A stored meeting record's check in the record's own field names (`eligible`, `votes.for`): what a decision trail
 * reports per step (`TrailCheck.meetings`). For new code, {@link meetingValidity}'s `MeetingValidity` says the same in
 * the statutes' words and names the article that decided.
 */
export interface MeetingCheck {
  readonly valid: boolean;
  readonly issues: readonly RuleIssue[];
  readonly quorum: { readonly present: number; readonly eligible: number; readonly required: number; readonly met: boolean };
  readonly decision: { readonly votesFor: number; readonly base: number; readonly required: number; readonly passed: boolean };
  readonly composition?: MeetingComposition;
}

/** A stored meeting record (one basis, `eligible`, `votes`) as the statute-worded facts. */
export function meetingFactsOf(meeting: Meeting): MeetingFacts {
  const { held, present } = meeting;
  const tally = { present, inFavour: meeting.votes.for, against: meeting.votes.against, abstained: meeting.votes.abstain, held };
  switch (meeting.kind) {
    case 'villagersMeeting':
    case 'groupMeeting': {
      const counts =
        meeting.basis === 'adults' ? { adults: meeting.eligible } : { households: meeting.eligible, householdsRepresented: present };
      return meeting.kind === 'villagersMeeting'
        ? { kind: meeting.kind, ...counts, ...tally, noticeGiven: meeting.noticeGiven }
        : { kind: meeting.kind, ...counts, ...tally };
    }
    case 'representativesMeeting':
      return {
        kind: meeting.kind,
        members: meeting.eligible,
        ...tally,
        representatives: meeting.composition?.representatives,
        womenRepresentatives: meeting.composition?.womenRepresentatives,
      };
    case 'partyMembersMeeting':
      return { kind: meeting.kind, members: meeting.eligible, ...tally };
  }
}

/** The stored record's path for an issue {@link meetingValidity} reported against a statute-worded input. */
function recordPath(found: RuleIssue): IssuePath {
  if (found.code === 'disclosure.meeting.votesExceedPresent') return ['votes'];
  if (found.code === 'disclosure.meeting.compositionImpossible') return ['composition'];
  const [head, ...rest] = found.path;
  if (head === 'inFavour') return ['votes', 'for', ...rest];
  if (head === 'householdsRepresented') return ['present', ...rest];
  if (head === 'representatives' || head === 'womenRepresentatives') return ['composition', head, ...rest];
  return found.path;
}

/**
 * {@link meetingValidity} on a stored record, answered in the record's field names: the check a trail runs per step.
 * Paths point into the record (`['votes', 'for']`, `['composition', 'representatives']`).
 */
export function checkMeetingRecord(meeting: Meeting, settings: MeetingRules = {}): MeetingCheck {
  const result = meetingValidity(meetingFactsOf(meeting), settings);
  return {
    valid: result.valid,
    issues: result.issues.map((one) => ({ ...one, path: recordPath(one) })),
    quorum: { present: meeting.present, eligible: meeting.eligible, required: result.quorum.required, met: result.quorum.met },
    decision: {
      votesFor: result.decision.inFavour,
      base: result.decision.of,
      required: result.decision.required,
      passed: result.decision.passed,
    },
    ...(result.composition ? { composition: result.composition } : {}),
  };
}

/**
 * Whether a stored meeting record could decide, with the numbers behind the answer, in the record's field names.
 *
 * @deprecated Use {@link meetingValidity}, whose inputs carry the statutes' words (`members` 组成人员,
 * `present` 到会, `inFavour` 赞成, `adults`/`households` for Art 22's two bases in one call) and whose result names
 * the article that decided (`decidedBy`); for a stored record, `meetingValidity(meetingFactsOf(record))`.
 * Kept for at least one minor release; removed in the next major (docs/compatibility.md).
 */
export function checkMeeting(meeting: Meeting, settings: MeetingRules = {}): MeetingCheck {
  return checkMeetingRecord(meeting, settings);
}
