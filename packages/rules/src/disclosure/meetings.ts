import { daysBetween } from '../calendar/date.js';
import { issue, type RuleIssue } from '../shared/result.js';
import type { Meeting, MeetingKind } from './meetings-schema.js';
import { defaultDisclosureSettings, type DisclosureSettings } from './settings.js';

export type {
  GroupMeeting,
  Meeting,
  MeetingKind,
  PartyMembersMeeting,
  RepresentativesMeeting,
  VillagersMeeting,
  Votes,
} from './meetings-schema.js';

/*
 * Thresholds are compared in integers (present * 3 >= eligible * 2), never as fractions: 2/3 is not
 * exact in binary floating point, and a meeting's validity must not hinge on rounding. In Chinese
 * statutes "以上" includes the number itself (民法典 Art 1259), while "过半数" means strictly more
 * than half: exactly half is not enough.
 */

/** Smallest count that is more than half of `n` (过半数). */
export function moreThanHalfOf(n: number): number {
  return Math.floor(n / 2) + 1;
}

/** Smallest count that is at least half of `n` (半数以上). */
export function halfOf(n: number): number {
  return Math.ceil(n / 2);
}

/** Smallest count that is at least two thirds of `n` (三分之二以上). */
export function twoThirdsOf(n: number): number {
  return Math.floor((2 * n + 2) / 3);
}

/** Smallest count that is at least four fifths of `n` (五分之四以上). */
export function fourFifthsOf(n: number): number {
  return Math.floor((4 * n + 4) / 5);
}

/** Smallest count that is at least one third of `n` (三分之一以上). */
export function oneThirdOf(n: number): number {
  return Math.floor((n + 2) / 3);
}

export function isMoreThanHalf(count: number, of: number): boolean {
  return count * 2 > of;
}

export function isAtLeastHalf(count: number, of: number): boolean {
  return count * 2 >= of;
}

export function isAtLeastTwoThirds(count: number, of: number): boolean {
  return count * 3 >= of * 2;
}

export function isAtLeastFourFifths(count: number, of: number): boolean {
  return count * 5 >= of * 4;
}

export function isAtLeastOneThird(count: number, of: number): boolean {
  return count * 3 >= of;
}

/** 村民委员会组织法 Art 21: "召开村民会议，应当提前十天通知村民" — the villagers are told at least ten days before. */
export const villagersMeetingNoticeDays = 10;

/** Whom a villagers' (group) meeting's quorum counts: adults aged 18+, or one representative per household. */
export const attendanceBases = ['adults', 'households'] as const;
export type AttendanceBasis = (typeof attendanceBases)[number];

export const meetingKinds = [
  'villagersMeeting',
  'representativesMeeting',
  'groupMeeting',
  'partyMembersMeeting',
] as const satisfies readonly MeetingKind[];

export interface MeetingCheck {
  readonly valid: boolean;
  readonly issues: readonly RuleIssue[];
  readonly quorum: { readonly present: number; readonly eligible: number; readonly required: number; readonly met: boolean };
  readonly decision: { readonly votesFor: number; readonly base: number; readonly required: number; readonly passed: boolean };
  readonly composition?: {
    readonly members: number;
    readonly representatives: number;
    readonly requiredRepresentatives: number;
    readonly womenRepresentatives: number;
    readonly requiredWomen: number;
    readonly met: boolean;
  };
}

interface QuorumRule {
  readonly required: number;
  readonly met: boolean;
  readonly code:
    | 'disclosure.meeting.quorumMoreThanHalf'
    | 'disclosure.meeting.quorumHalf'
    | 'disclosure.meeting.quorumTwoThirds'
    | 'disclosure.meeting.quorumTwoThirdsHouseholds';
}

function quorumRule(meeting: Meeting, settings: Pick<DisclosureSettings, 'partyMeetingQuorum'>): QuorumRule {
  const { present, eligible } = meeting;
  switch (meeting.kind) {
    case 'villagersMeeting':
      // 村民委员会组织法 Art 22: more than half of villagers aged 18+, or two thirds of households' representatives.
      return meeting.basis === 'adults'
        ? { required: moreThanHalfOf(eligible), met: isMoreThanHalf(present, eligible), code: 'disclosure.meeting.quorumMoreThanHalf' }
        : {
            required: twoThirdsOf(eligible),
            met: isAtLeastTwoThirds(present, eligible),
            code: 'disclosure.meeting.quorumTwoThirdsHouseholds',
          };
    case 'groupMeeting':
      // Art 28: two thirds of the group's villagers aged 18+, or two thirds of its households' representatives.
      return {
        required: twoThirdsOf(eligible),
        met: isAtLeastTwoThirds(present, eligible),
        code: meeting.basis === 'adults' ? 'disclosure.meeting.quorumTwoThirds' : 'disclosure.meeting.quorumTwoThirdsHouseholds',
      };
    case 'representativesMeeting':
      // Art 26: the representatives' meeting sits only with two thirds of its members present.
      return { required: twoThirdsOf(eligible), met: isAtLeastTwoThirds(present, eligible), code: 'disclosure.meeting.quorumTwoThirds' };
    case 'partyMembersMeeting':
      // 四议两公开 审议 step. 《中国共产党支部工作条例（试行）》 Art 11: half or more of the voting members present;
      // two thirds only where the village chose the stricter reading.
      return settings.partyMeetingQuorum === 'twoThirds'
        ? { required: twoThirdsOf(eligible), met: isAtLeastTwoThirds(present, eligible), code: 'disclosure.meeting.quorumTwoThirds' }
        : { required: halfOf(eligible), met: isAtLeastHalf(present, eligible), code: 'disclosure.meeting.quorumHalf' };
  }
}

/**
 * Whether a meeting could decide, with the numbers behind the answer: quorum, votes in favour, and
 * for the representatives' meeting its make-up. Every failed condition is its own coded issue.
 */
export function checkMeeting(
  meeting: Meeting,
  settings: Partial<Pick<DisclosureSettings, 'partyMeetingMajorityOf' | 'partyMeetingQuorum'>> = defaultDisclosureSettings,
): MeetingCheck {
  const rules = { ...defaultDisclosureSettings, ...settings };
  const found: RuleIssue[] = [];
  const { present, eligible } = meeting;
  const votesFor = meeting.votes.for;

  if (present > eligible) found.push(issue('disclosure.meeting.presentExceedsEligible', { present, eligible }, ['present']));
  const cast = votesFor + (meeting.votes.against ?? 0) + (meeting.votes.abstain ?? 0);
  if (cast > present) found.push(issue('disclosure.meeting.votesExceedPresent', { votes: cast, present }, ['votes']));

  if (meeting.kind === 'villagersMeeting' && meeting.noticeGiven !== undefined && meeting.held !== undefined) {
    // A notice dated after the meeting gave no notice at all.
    const days = Math.max(0, daysBetween(meeting.noticeGiven, meeting.held));
    if (days < villagersMeetingNoticeDays)
      found.push(issue('disclosure.meeting.noticeTooShort', { days, required: villagersMeetingNoticeDays }, ['noticeGiven']));
  }

  const rule = quorumRule(meeting, rules);
  if (!rule.met) found.push(issue(rule.code, { present, eligible, required: rule.required }, ['present']));

  // Arts 22, 26, 28: a decision needs more than half of those present (到会人员的过半数); the party members' meeting,
  // more than half of all its voting members (支部工作条例 Art 11) unless a village's stored setting says otherwise.
  const byMembers = meeting.kind === 'partyMembersMeeting' && rules.partyMeetingMajorityOf === 'members';
  const base = byMembers ? eligible : present;
  const passed = isMoreThanHalf(votesFor, base);
  if (!passed) {
    found.push(
      issue(
        byMembers ? 'disclosure.meeting.notPassedMembers' : 'disclosure.meeting.notPassed',
        { votesFor, base, required: moreThanHalfOf(base) },
        ['votes', 'for'],
      ),
    );
  }

  let composition: MeetingCheck['composition'];
  if (meeting.kind === 'representativesMeeting' && meeting.composition) {
    const { representatives, womenRepresentatives } = meeting.composition;
    // Art 25: representatives are at least four fifths of the meeting's members, and women
    // representatives at least one third of its members (组成人员, not of the representatives).
    const enoughRepresentatives = isAtLeastFourFifths(representatives, eligible);
    const enoughWomen = isAtLeastOneThird(womenRepresentatives, eligible);
    if (representatives > eligible || womenRepresentatives > representatives) {
      found.push(
        issue('disclosure.meeting.compositionImpossible', { members: eligible, representatives, womenRepresentatives }, ['composition']),
      );
    }
    if (!enoughRepresentatives) {
      found.push(
        issue('disclosure.meeting.tooFewRepresentatives', { representatives, members: eligible, required: fourFifthsOf(eligible) }, [
          'composition',
          'representatives',
        ]),
      );
    }
    if (!enoughWomen) {
      found.push(
        issue('disclosure.meeting.tooFewWomen', { womenRepresentatives, members: eligible, required: oneThirdOf(eligible) }, [
          'composition',
          'womenRepresentatives',
        ]),
      );
    }
    composition = {
      members: eligible,
      representatives,
      requiredRepresentatives: fourFifthsOf(eligible),
      womenRepresentatives,
      requiredWomen: oneThirdOf(eligible),
      met: enoughRepresentatives && enoughWomen,
    };
  }

  return {
    valid: found.length === 0,
    issues: found,
    quorum: { present, eligible, required: rule.required, met: rule.met },
    decision: { votesFor, base, required: moreThanHalfOf(base), passed },
    ...(composition ? { composition } : {}),
  };
}
