import * as z from 'zod/mini';
import { calendarDateSchema } from '../calendar/date-schema.js';
import { attendanceBases } from './meetings.js';

const count = z.int().check(z.minimum(0), z.maximum(1_000_000));
const positiveCount = z.int().check(z.minimum(1), z.maximum(1_000_000));

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

export const villagersMeetingSchema = z.object({
  ...countedByBasisMeeting('villagersMeeting').shape,
  /** The day the villagers were told of the meeting; checked against `held` when both are given (Art 21: ten days). */
  noticeGiven: z.optional(calendarDateSchema),
});

export const representativesMeetingSchema = z.object({
  kind: z.literal('representativesMeeting'),
  /** 组成人员: committee members plus villagers' representatives. */
  eligible: positiveCount,
  ...common,
  /** Checked when given: the make-up of the meeting's members (Art 25). */
  composition: z.optional(z.object({ representatives: count, womenRepresentatives: count })),
});

export const groupMeetingSchema = countedByBasisMeeting('groupMeeting');

export const partyMembersMeetingSchema = z.object({
  kind: z.literal('partyMembersMeeting'),
  /** Party members of the branch with the right to vote. */
  eligible: positiveCount,
  ...common,
});

export const meetingSchema = z.discriminatedUnion('kind', [
  villagersMeetingSchema,
  representativesMeetingSchema,
  groupMeetingSchema,
  partyMembersMeetingSchema,
]);

export type Votes = z.output<typeof votesSchema>;
export type VillagersMeeting = z.output<typeof villagersMeetingSchema>;
export type RepresentativesMeeting = z.output<typeof representativesMeetingSchema>;
export type GroupMeeting = z.output<typeof groupMeetingSchema>;
export type PartyMembersMeeting = z.output<typeof partyMembersMeetingSchema>;
export type Meeting = z.output<typeof meetingSchema>;
export type MeetingKind = Meeting['kind'];
