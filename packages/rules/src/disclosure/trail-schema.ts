import * as z from 'zod/mini';
import { calendarDateSchema } from '../calendar/date-schema.js';
import { disclosureIdSchema } from './item-schema.js';
import { art24MatterCodes } from './matters.js';
import { count, meetingSchema, positiveCount, votesSchema } from './meetings-schema.js';
import { decisionSteps, hearingChannels, observationKinds } from './trail-labels.js';

/**
 * 一听 (seed 000 "一听、四议、两公开、一监督"; practice guidance, not statute): how the villagers' opinions were heard
 * and what they said, in the cadre's summary.
 */
export const hearingSchema = z.object({
  channels: z.array(z.enum(hearingChannels)).check(z.minLength(1), z.maxLength(hearingChannels.length)),
  summary: z.string().check(z.minLength(2), z.maxLength(2000)),
});

/**
 * A sitting that has no statutory quorum (the 村党组织 proposing, the 村“两委” deliberating): who sat (组成人员/应到),
 * who came and how they voted. Only its arithmetic is checked; a county's own 四议两公开 guide may ask for more.
 */
export const sittingSchema = z.object({
  members: positiveCount,
  present: count,
  votes: z.optional(votesSchema),
});

/** 一监督: what the 村务监督委员会 noted about a step — it watched it (and signs it off), or it has a concern. */
export const observationSchema = z.object({
  kind: z.enum(observationKinds),
  on: calendarDateSchema,
  /** Staff id of the supervisor. */
  by: z.string().check(z.minLength(1), z.maxLength(64)),
  note: z.optional(z.string().check(z.maxLength(1000))),
});

/** What a cadre records for one attempt at a step (a reconvened meeting is a new attempt; the earlier one is kept). */
export const stepRecordFields = {
  date: calendarDateSchema,
  meeting: z.optional(meetingSchema),
  /** For the proposal and the deliberation: who sat and how they voted. */
  sitting: z.optional(sittingSchema),
  /** For 一听. */
  hearing: z.optional(hearingSchema),
  /** The minutes (会议记录) or the record of the step, as text. */
  minutes: z.optional(z.string().check(z.maxLength(5000))),
  /** Ids of uploaded files (signed minutes, attendance sheets, photos). */
  attachmentIds: z.optional(z.array(disclosureIdSchema).check(z.maxLength(20))),
};

/** One attempt as kept: what the cadre recorded, and the supervisor's notes on it (一监督). */
const attemptFields = {
  ...stepRecordFields,
  observations: z.optional(z.array(observationSchema).check(z.maxLength(50))),
};

/** An earlier attempt at a step, superseded when the meeting was reconvened: history, never edited. */
export const earlierAttemptSchema = z.object({
  ...attemptFields,
  /** The day the step was reconvened, and why. */
  reconvenedOn: calendarDateSchema,
  reason: z.string().check(z.minLength(2), z.maxLength(500)),
});

/**
 * One recorded step of a decision: the step, its record (date, meeting, observations), the item posted for a
 * disclosure step, and earlier attempts.
 */
export const trailStepSchema = z.object({
  step: z.enum(decisionSteps),
  ...attemptFields,
  /** The disclosure item posted for a disclosure step. */
  itemId: z.optional(disclosureIdSchema),
  /** Attempts before this one, oldest first (a reconvened meeting). Only the current attempt counts for validity. */
  earlierAttempts: z.optional(z.array(earlierAttemptSchema).check(z.maxLength(10))),
});

/** A decision trail as stored: the Art 24 matter, the delegation, whether 一听 was required, and the steps recorded. */
export const trailSchema = z.object({
  /** The Art 24 matter decided, when it is one. */
  matter: z.optional(z.enum(art24MatterCodes)),
  /** The villagers' meeting delegated this matter to the representatives' meeting (Art 24, paragraph 2). */
  delegatedToRepresentatives: z.optional(z.boolean()),
  /**
   * Whether 一听 must come first. Set from the village's `hearingRequired` when a decision is opened; trails recorded
   * before 一听 was part of shanzhi have no value and are checked without it (their steps are as they were recorded).
   */
  hearingRequired: z.optional(z.boolean()),
  steps: z.array(trailStepSchema).check(z.maxLength(24)),
});

/** A value parsed by {@link hearingSchema}. */
export type Hearing = z.output<typeof hearingSchema>;
/** A value parsed by {@link sittingSchema}. */
export type Sitting = z.output<typeof sittingSchema>;
/** A value parsed by {@link observationSchema}. */
export type Observation = z.output<typeof observationSchema>;
/** A value parsed by {@link earlierAttemptSchema}. */
export type EarlierAttempt = z.output<typeof earlierAttemptSchema>;
/** A value parsed by {@link trailStepSchema}. */
export type TrailStepRecord = z.output<typeof trailStepSchema>;
/** A value parsed by {@link trailSchema}. */
export type Trail = z.output<typeof trailSchema>;
