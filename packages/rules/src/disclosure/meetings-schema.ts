import * as z from 'zod/mini';
import { calendarDateSchema } from '../calendar/date-schema.js';
import { attendanceBases } from './meetings.js';

/** A number of people or households at a sitting (到会, votes): none up to a million. */
export const count = z.int().check(z.minimum(0), z.maximum(1_000_000));
/** The roll a sitting is counted against (应到, 组成人员): at least one. */
export const positiveCount = z.int().check(z.minimum(1), z.maximum(1_000_000));

/** The vote of a stored meeting record: `for` (赞成), and optionally `against` (反对) and `abstain` (弃权). */
export const votesSchema = z.object({
  for: count,
  against: z.optional(count),
  abstain: z.optional(count),
});

const common = {
  held: z.optional(calendarDateSchema),
  /** How many attended: people, or household representatives when `basis` is 'households'. */
  present: count,
  votes: votesSchema,
};

/**
 * A villagers' meeting or a group meeting: the two have the same fields, and their quorum counts adults or households
 * by `basis`.
 */
function countedByBasisMeeting<const Kind extends string>(kind: Kind) {
  return z.object({
    kind: z.literal(kind),
    basis: z.enum(attendanceBases),
    /** Villagers aged 18+ when basis is 'adults'; households when basis is 'households'. */
    eligible: positiveCount,
    ...common,
  });
}

/** A stored villagers' meeting record (村民会议, 村民委员会组织法 Arts 21–22), counted on one basis. */
export const villagersMeetingSchema = z.object({
  ...countedByBasisMeeting('villagersMeeting').shape,
  /** The day the villagers were told of the meeting; checked against `held` when both are given (Art 21: ten days). */
  noticeGiven: z.optional(calendarDateSchema),
});

/** A stored villagers' representatives' meeting record (村民代表会议, Arts 25–26). */
export const representativesMeetingSchema = z.object({
  kind: z.literal('representativesMeeting'),
  /** 组成人员: committee members plus villagers' representatives. */
  eligible: positiveCount,
  ...common,
  /** Checked when given: the make-up of the meeting's members (Art 25). */
  composition: z.optional(z.object({ representatives: count, womenRepresentatives: count })),
});

/** A stored villagers' group meeting record (村民小组会议, Art 28), counted on one basis. */
export const groupMeetingSchema = countedByBasisMeeting('groupMeeting');

/** A stored party members' meeting record (党员大会, 《中国共产党支部工作条例（试行）》 Art 11). */
export const partyMembersMeetingSchema = z.object({
  kind: z.literal('partyMembersMeeting'),
  /** Party members of the branch with the right to vote. */
  eligible: positiveCount,
  ...common,
});

/**
 * Any stored meeting record of a decision trail, told apart by `kind`. To judge one,
 * `meetingValidity(meetingFactsOf(record))`.
 */
export const meetingSchema = z.discriminatedUnion('kind', [
  villagersMeetingSchema,
  representativesMeetingSchema,
  groupMeetingSchema,
  partyMembersMeetingSchema,
]);

/** The parsed {@link votesSchema}. */
export type Votes = z.output<typeof votesSchema>;
/** A stored villagers' meeting record (`eligible` = adults or households by `basis`). */
export type VillagersMeeting = z.output<typeof villagersMeetingSchema>;
/** A stored representatives' meeting record (`eligible` = 组成人员). */
export type RepresentativesMeeting = z.output<typeof representativesMeetingSchema>;
/** A stored group meeting record (`eligible` = adults or households by `basis`). */
export type GroupMeeting = z.output<typeof groupMeetingSchema>;
/** A stored party members' meeting record (`eligible` = voting members). */
export type PartyMembersMeeting = z.output<typeof partyMembersMeetingSchema>;
/** Any stored meeting record; see {@link meetingSchema}. */
export type Meeting = z.output<typeof meetingSchema>;
/**
 * The kinds of meeting a trail records: `villagersMeeting`, `representativesMeeting`, `groupMeeting`,
 * `partyMembersMeeting`.
 */
export type MeetingKind = Meeting['kind'];
