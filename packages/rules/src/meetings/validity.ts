import { daysBetween, type CalendarDate } from '../calendar/date.js';
import { defaultDisclosureSettings } from '../disclosure/settings.js';
import type { DisclosureSettings } from '../disclosure/settings-schema.js';
import { issue, type RuleIssue } from '../shared/result.js';
import {
  fourFifthsOf,
  halfOf,
  isAtLeastFourFifths,
  isAtLeastHalf,
  isAtLeastOneThird,
  isAtLeastTwoThirds,
  isMoreThanHalf,
  moreThanHalfOf,
  oneThirdOf,
  twoThirdsOf,
} from './thresholds.js';

/*
 * Whether a meeting could decide, in the statutes' own words. Every input is named after the word the article
 * uses (docs/rules/meetings.md has the table), so a reader can hold the call next to the law:
 *
 * - 村民委员会组织法 Art 22 (村民会议): 应当有本村十八周岁以上村民的过半数 (adults), 或者本村三分之二以上的户的代表
 *   (households, householdsRepresented) 参加; 所作决定应当经到会人员 (present) 的过半数通过 (inFavour). Art 21: 提前十天通知.
 * - Art 25–26 (村民代表会议): 组成人员 (members); 村民代表 (representatives) 五分之四以上, 妇女村民代表
 *   (womenRepresentatives) 三分之一以上 of the members; 三分之二以上的组成人员参加方可召开; 到会人员的过半数同意.
 * - Art 28 (村民小组会议): 十八周岁以上的村民三分之二以上, 或者三分之二以上的户的代表参加; 到会人员的过半数同意.
 * - 《中国共产党支部工作条例（试行）》 Art 11 (党员大会): 半数以上有表决权的党员到会; 赞成人数超过应到会有表决权的党员
 *   (members) 的半数.
 */

/** 村民委员会组织法 Art 21: "召集村民会议，应当提前十天通知村民" — the villagers are told at least ten days before. */
export const villagersMeetingNoticeDays = 10;

/**
 * Whom a villagers' (group) meeting's quorum counts (Arts 22, 28): `adults` — 十八周岁以上村民, villagers aged 18+;
 * `households` — 户的代表, one representative per household.
 */
export const attendanceBases = ['adults', 'households'] as const;
/** One of {@link attendanceBases}. */
export type AttendanceBasis = (typeof attendanceBases)[number];

/** How a vote went (表决结果). */
export interface Tally {
  /** 赞成 (同意, 通过): votes in favour. */
  readonly inFavour: number;
  /** 反对: votes against; only checked against the people present. */
  readonly against?: number | undefined;
  /** 弃权: abstentions; only checked against the people present. */
  readonly abstained?: number | undefined;
}

/** What every meeting records: who came and how they voted. */
export interface MeetingCounts extends Tally {
  /** 到会人员: the people present, the base of "到会人员的过半数". */
  readonly present: number;
  /** The day the meeting was held (Asia/Shanghai). */
  readonly held?: CalendarDate | undefined;
}

/**
 * The counts that Arts 22 and 28 take the quorum from. Give `adults`, or `households` with `householdsRepresented`,
 * or all three: the meeting sits when either basis is met, and one call judges both.
 */
export interface HouseholdOrAdultCounts {
  /** 十八周岁以上村民: the village's (group's) villagers aged 18+. The adults basis counts `present` against it. */
  readonly adults?: number | undefined;
  /** 户: the village's (group's) households. */
  readonly households?: number | undefined;
  /** 户的代表参加: how many households had their representative there. */
  readonly householdsRepresented?: number | undefined;
}

/** 村民会议 (村民委员会组织法 Arts 21–22). */
export interface VillagersMeetingFacts extends MeetingCounts, HouseholdOrAdultCounts {
  readonly kind: 'villagersMeeting';
  /** 通知: the day the villagers were told; checked against `held` when both are given (Art 21: ten days). */
  readonly noticeGiven?: CalendarDate | undefined;
}

/** 村民小组会议 (村民委员会组织法 Art 28). */
export interface GroupMeetingFacts extends MeetingCounts, HouseholdOrAdultCounts {
  readonly kind: 'groupMeeting';
}

/** 村民代表会议 (村民委员会组织法 Arts 25–26). */
export interface RepresentativesMeetingFacts extends MeetingCounts {
  readonly kind: 'representativesMeeting';
  /** 组成人员: the committee members plus the villagers' representatives. */
  readonly members: number;
  /** 村民代表: the representatives among the members. With `womenRepresentatives`, Art 25's make-up is checked. */
  readonly representatives?: number | undefined;
  /** 妇女村民代表: the women among the representatives. */
  readonly womenRepresentatives?: number | undefined;
}

/** 党支部党员大会 (《中国共产党支部工作条例（试行）》 Art 11), the 审议 step of 四议两公开. */
export interface PartyMembersMeetingFacts extends MeetingCounts {
  readonly kind: 'partyMembersMeeting';
  /** 应到会有表决权的党员: the branch's members with a vote. */
  readonly members: number;
}

/** Any meeting {@link meetingValidity} can judge, told apart by `kind`. */
export type MeetingFacts = VillagersMeetingFacts | GroupMeetingFacts | RepresentativesMeetingFacts | PartyMembersMeetingFacts;

/** The stored village settings that bend Art 11's reading for the party members' meeting. */
export type MeetingRules = Partial<Pick<DisclosureSettings, 'partyMeetingMajorityOf' | 'partyMeetingQuorum'>>;

/** The law and article a result rests on, with the quorum basis where the article offers two. */
export interface Provision {
  /** The statute's short title. */
  readonly law: '村民委员会组织法' | '中国共产党支部工作条例（试行）';
  /** The article number. */
  readonly article: number;
  /** Which of the article's quorum bases: adults or households (Arts 22, 28), members otherwise. */
  readonly basis: AttendanceBasis | 'members';
  /** The citation as written in Chinese documents, e.g. "村民委员会组织法第二十二条". */
  readonly citation: string;
}

/** One quorum basis, counted. */
export interface QuorumCount {
  readonly basis: AttendanceBasis | 'members';
  /** Who counted towards it: people present, or households represented. */
  readonly counted: number;
  /** Out of how many: adults, households or members. */
  readonly of: number;
  /** The smallest count that meets the quorum. */
  readonly required: number;
  readonly met: boolean;
}

/** The representatives' meeting's make-up against Art 25. */
export interface MeetingComposition {
  readonly members: number;
  readonly representatives: number;
  readonly requiredRepresentatives: number;
  readonly womenRepresentatives: number;
  readonly requiredWomen: number;
  readonly met: boolean;
}

/** What {@link meetingValidity} found. */
export interface MeetingValidity {
  /** The meeting sat, the decision passed, the counts are possible and (where checked) notice and make-up hold. */
  readonly valid: boolean;
  /**
   * The article that decided, and on which basis: the basis the meeting sat on, or — when it met none — the first one
   * counted (adults before households). `bases` has every basis counted.
   */
  readonly decidedBy: Provision;
  /** The deciding quorum basis, counted. */
  readonly quorum: QuorumCount;
  /** Every quorum basis counted: both for a villagers' (group) meeting given adults and households. */
  readonly bases: readonly QuorumCount[];
  /** The vote: `inFavour` of `of` (those present, or all members for the party members' meeting). */
  readonly decision: { readonly inFavour: number; readonly of: number; readonly required: number; readonly passed: boolean };
  /** Art 25's make-up, when both `representatives` and `womenRepresentatives` were given. */
  readonly composition?: MeetingComposition;
  /** Every failed condition, coded (`disclosure.meeting.*`), with the path of the input it concerns. */
  readonly issues: readonly RuleIssue[];
}

const organicLaw = '村民委员会组织法';
const partyBranchRules = '中国共产党支部工作条例（试行）';
const articles = { villagersMeeting: 22, groupMeeting: 28, representativesMeeting: 26, partyMembersMeeting: 11 } as const;

const digits = '〇一二三四五六七八九';
/** 11 → 十一, 22 → 二十二: article numbers as Chinese statutes write them (below 100). */
function chineseNumber(n: number): string {
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return (tens > 1 ? digits.charAt(tens) : '') + (tens > 0 ? '十' : '') + (units > 0 ? digits.charAt(units) : '');
}

function provision(kind: MeetingFacts['kind'], basis: Provision['basis']): Provision {
  const law = kind === 'partyMembersMeeting' ? partyBranchRules : organicLaw;
  const article = articles[kind];
  return { law, article, basis, citation: `${law}第${chineseNumber(article)}条` };
}

interface CountedBasis extends QuorumCount {
  readonly code: RuleIssue['code'];
  readonly path: readonly string[];
}

function basesOf(meeting: MeetingFacts, rules: Required<MeetingRules>): [CountedBasis, ...CountedBasis[]] {
  if (meeting.kind === 'representativesMeeting') {
    // Art 26: 三分之二以上的组成人员参加方可召开.
    const { present, members } = meeting;
    const met = isAtLeastTwoThirds(present, members);
    return [
      {
        basis: 'members',
        counted: present,
        of: members,
        required: twoThirdsOf(members),
        met,
        code: 'disclosure.meeting.quorumTwoThirds',
        path: ['present'],
      },
    ];
  }
  if (meeting.kind === 'partyMembersMeeting') {
    // Art 11: 半数以上有表决权的党员到会; two thirds only where the village chose the stricter reading.
    const { present, members } = meeting;
    return [
      rules.partyMeetingQuorum === 'twoThirds'
        ? {
            basis: 'members',
            counted: present,
            of: members,
            required: twoThirdsOf(members),
            met: isAtLeastTwoThirds(present, members),
            code: 'disclosure.meeting.quorumTwoThirds',
            path: ['present'],
          }
        : {
            basis: 'members',
            counted: present,
            of: members,
            required: halfOf(members),
            met: isAtLeastHalf(present, members),
            code: 'disclosure.meeting.quorumHalf',
            path: ['present'],
          },
    ];
  }
  const bases: CountedBasis[] = [];
  const { adults, households, householdsRepresented, present } = meeting;
  if (adults !== undefined) {
    // Art 22: 十八周岁以上村民的过半数; Art 28: 十八周岁以上的村民三分之二以上.
    bases.push(
      meeting.kind === 'villagersMeeting'
        ? {
            basis: 'adults',
            counted: present,
            of: adults,
            required: moreThanHalfOf(adults),
            met: isMoreThanHalf(present, adults),
            code: 'disclosure.meeting.quorumMoreThanHalf',
            path: ['present'],
          }
        : {
            basis: 'adults',
            counted: present,
            of: adults,
            required: twoThirdsOf(adults),
            met: isAtLeastTwoThirds(present, adults),
            code: 'disclosure.meeting.quorumTwoThirds',
            path: ['present'],
          },
    );
  }
  if (households !== undefined && householdsRepresented !== undefined) {
    // Arts 22 and 28 alike: 三分之二以上的户的代表参加.
    bases.push({
      basis: 'households',
      counted: householdsRepresented,
      of: households,
      required: twoThirdsOf(households),
      met: isAtLeastTwoThirds(householdsRepresented, households),
      code: 'disclosure.meeting.quorumTwoThirdsHouseholds',
      path: ['householdsRepresented'],
    });
  }
  const [first, ...others] = bases;
  if (first === undefined) {
    throw new TypeError(
      `A ${meeting.kind} needs adults, or households with householdsRepresented, to count its quorum (Art ${String(articles[meeting.kind])})`,
    );
  }
  return [first, ...others];
}

function countOf({ basis, counted, of, required, met }: CountedBasis): QuorumCount {
  return { basis, counted, of, required, met };
}

/**
 * Whether a meeting could decide, and by which article: the quorum (for a villagers' or group meeting both of
 * Art 22's / Art 28's bases in one call — adults, or households' representatives), the vote, the counts' possibility,
 * Art 21's ten days' notice, and Art 25's make-up of the representatives' meeting. Every failed condition is its own
 * coded issue; `decidedBy` names the article and basis.
 *
 * @example
 * meetingValidity({ kind: 'villagersMeeting', adults: 800, households: 261, householdsRepresented: 180, present: 380, inFavour: 200 })
 * // → valid: the adults basis fails (380 of 800), the households basis holds (180 ≥ 174):
 * //   decidedBy { law: '村民委员会组织法', article: 22, basis: 'households', … }
 */
export function meetingValidity(meeting: MeetingFacts, rules: MeetingRules = {}): MeetingValidity {
  const settings: Required<MeetingRules> = {
    partyMeetingQuorum: rules.partyMeetingQuorum ?? defaultDisclosureSettings.partyMeetingQuorum,
    partyMeetingMajorityOf: rules.partyMeetingMajorityOf ?? defaultDisclosureSettings.partyMeetingMajorityOf,
  };
  const found: RuleIssue[] = [];
  const { present, inFavour } = meeting;
  const bases = basesOf(meeting, settings);

  for (const basis of bases) {
    if (basis.counted > basis.of)
      found.push(issue('disclosure.meeting.presentExceedsEligible', { present: basis.counted, eligible: basis.of }, basis.path));
  }
  const cast = inFavour + (meeting.against ?? 0) + (meeting.abstained ?? 0);
  if (cast > present) found.push(issue('disclosure.meeting.votesExceedPresent', { votes: cast, present }, ['inFavour']));

  if (meeting.kind === 'villagersMeeting' && meeting.noticeGiven !== undefined && meeting.held !== undefined) {
    // A notice dated after the meeting gave no notice at all.
    const days = Math.max(0, daysBetween(meeting.noticeGiven, meeting.held));
    if (days < villagersMeetingNoticeDays)
      found.push(issue('disclosure.meeting.noticeTooShort', { days, required: villagersMeetingNoticeDays }, ['noticeGiven']));
  }

  // Either basis lets the meeting sit ("或者"): report the shortfall only when none is met.
  const deciding = bases.find((one) => one.met) ?? bases[0];
  if (!deciding.met) {
    for (const basis of bases)
      found.push(issue(basis.code, { present: basis.counted, eligible: basis.of, required: basis.required }, basis.path));
  }

  // Arts 22, 26, 28: a decision needs more than half of those present (到会人员的过半数); the party members' meeting,
  // more than half of all its voting members (支部工作条例 Art 11) unless a village's stored setting says otherwise.
  const byMembers = meeting.kind === 'partyMembersMeeting' && settings.partyMeetingMajorityOf === 'members';
  const base = byMembers ? meeting.members : present;
  const passed = isMoreThanHalf(inFavour, base);
  if (!passed) {
    found.push(
      issue(
        byMembers ? 'disclosure.meeting.notPassedMembers' : 'disclosure.meeting.notPassed',
        { votesFor: inFavour, base, required: moreThanHalfOf(base) },
        ['inFavour'],
      ),
    );
  }

  let composition: MeetingComposition | undefined;
  if (meeting.kind === 'representativesMeeting' && meeting.representatives !== undefined && meeting.womenRepresentatives !== undefined) {
    composition = checkComposition(meeting.members, meeting.representatives, meeting.womenRepresentatives, found);
  }

  return {
    valid: found.length === 0,
    decidedBy: provision(meeting.kind, deciding.basis),
    quorum: countOf(deciding),
    bases: bases.map(countOf),
    decision: { inFavour, of: base, required: moreThanHalfOf(base), passed },
    ...(composition ? { composition } : {}),
    issues: found,
  };
}

/**
 * Art 25: representatives are at least four fifths of the meeting's members, and women representatives at least one
 * third of its members (组成人员, not of the representatives).
 */
function checkComposition(members: number, representatives: number, womenRepresentatives: number, found: RuleIssue[]): MeetingComposition {
  const enoughRepresentatives = isAtLeastFourFifths(representatives, members);
  const enoughWomen = isAtLeastOneThird(womenRepresentatives, members);
  if (representatives > members || womenRepresentatives > representatives) {
    found.push(issue('disclosure.meeting.compositionImpossible', { members, representatives, womenRepresentatives }, ['representatives']));
  }
  if (!enoughRepresentatives) {
    found.push(
      issue('disclosure.meeting.tooFewRepresentatives', { representatives, members, required: fourFifthsOf(members) }, ['representatives']),
    );
  }
  if (!enoughWomen) {
    found.push(
      issue('disclosure.meeting.tooFewWomen', { womenRepresentatives, members, required: oneThirdOf(members) }, ['womenRepresentatives']),
    );
  }
  return {
    members,
    representatives,
    requiredRepresentatives: fourFifthsOf(members),
    womenRepresentatives,
    requiredWomen: oneThirdOf(members),
    met: enoughRepresentatives && enoughWomen,
  };
}
