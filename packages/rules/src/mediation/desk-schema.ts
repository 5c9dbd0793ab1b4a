import * as z from 'zod/mini';
import { calendarDateSchema } from '../calendar/date-schema.js';
import { textSchema } from './text-schema.js';

/*
 * What the mediator's desk keeps beside the lifecycle (lifecycle-schema.ts): the mediators, the sessions with their
 * notes (调解笔录), the agreement (调解协议书) and its signatures, the 司法确认 reminder and the 回访. The lifecycle says
 * where a case stands; this says what was done at each step. The notes and who-declared-what stay on the desk: the
 * applicant's status view shows only dates, places and outcomes (人民调解法 Art 15: mediators keep parties' privacy).
 */

/** A party of the case: the applicant, or the n-th respondent counted from 1 (`respondent-1`). */
export const partyRefPattern = /^(applicant|respondent-[1-9][0-9]?)$/;
/** A {@link PartyRef} as the API accepts it. */
export const partyRefSchema = z.string().check(z.regex(partyRefPattern));
/**
 * A party of a case by role: `applicant` or `respondent-N` (never a name, so references stay free of personal
 * data).
 */
export type PartyRef = string;

/**
 * Who signs the 调解协议书 (人民调解法 Art 29: each party signs, seals or puts a fingerprint; the mediator signs; the
 * committee's seal is affixed): a party, `mediator`, or `committeeSeal`.
 */
export const signerSchema = z.union([partyRefSchema, z.literal('mediator'), z.literal('committeeSeal')]);

const staffId = z.string().check(z.minLength(1), z.maxLength(64));
const sessionId = z.string().check(z.regex(/^s[0-9]{1,3}$/));
/** A time of day, 24-hour (09:30). */
export const timeOfDaySchema = z.string().check(z.regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/));

/** How the parties were told (the notification channel, never the phone number it used). */
export const notificationChannels = ['log', 'sms', 'wechat'] as const;
/** One of {@link notificationChannels}. */
export type NotificationChannel = (typeof notificationChannels)[number];

/** One mediation session: the day, time and place, who attended, and the notes. */
export const mediationSessionSchema = z.object({
  id: sessionId,
  /** The day of the session, its time and place (人民调解法 Art 21: mediate promptly and on the spot, 及时、就地). */
  on: calendarDateSchema,
  time: z.optional(timeOfDaySchema),
  place: textSchema(1, 100),
  scheduledOn: calendarDateSchema,
  scheduledBy: staffId,
  /** Who was notified, through which channel, when (no number or name: docs/mediation-desk.md). */
  notified: z.array(z.object({ party: partyRefSchema, channel: z.enum(notificationChannels), on: calendarDateSchema })),
  /** Once held: the day, who attended, and the 调解笔录 (Art 27: the mediator records the mediation; staff only). */
  heldOn: z.optional(calendarDateSchema),
  attended: z.optional(z.array(partyRefSchema)),
  notes: z.optional(textSchema(1, 5000)),
  recordedBy: z.optional(staffId),
});
/** A value parsed by {@link mediationSessionSchema}. */
export type MediationSession = z.output<typeof mediationSessionSchema>;

/** One signature on a 调解协议书: who signed, the day, and the staff member who recorded it (Art 29). */
export const agreementSignatureSchema = z.object({ signer: signerSchema, on: calendarDateSchema, recordedBy: staffId });

/** 人民调解法 Art 29's contents of a 调解协议书, beside the parties' basic details (taken from the case). */
export const agreementContentSchema = z.object({
  /** 纠纷的主要事实、争议事项以及各方当事人的责任. */
  facts: textSchema(1, 2000),
  /** 当事人达成调解协议的内容. */
  terms: textSchema(1, 2000),
  /** 履行的方式 … */
  performanceMethod: textSchema(1, 500),
  /** … 期限. */
  performBy: z.optional(calendarDateSchema),
});
/** A value parsed by {@link agreementContentSchema}. */
export type AgreementContent = z.output<typeof agreementContentSchema>;

/** A 调解协议书 (人民调解法 Art 29): its contents, who drafted it and when, the signatures, and the day it took effect. */
export const mediationAgreementSchema = z.object({
  ...agreementContentSchema.shape,
  draftedOn: calendarDateSchema,
  draftedBy: staffId,
  signatures: z.array(agreementSignatureSchema),
  /** The day the last required signature or seal was recorded (Art 29: the agreement takes effect then). */
  effectiveOn: z.optional(calendarDateSchema),
});
/** A value parsed by {@link mediationAgreementSchema}. */
export type MediationAgreement = z.output<typeof mediationAgreementSchema>;

/** How an agreement is being kept, as the 回访 found it (人民调解法 Art 31: the committee supervises performance). */
export const performanceStates = ['fulfilled', 'partlyFulfilled', 'notFulfilled', 'notYetDue'] as const;
/** One of {@link performanceStates}. */
export type PerformanceState = (typeof performanceStates)[number];

/** Where a case is sent outside people's mediation when it is closed without agreement. */
export const transferTargets = ['police', 'court', 'arbitration', 'administrative'] as const;
/** One of {@link transferTargets}. */
export type TransferTarget = (typeof transferTargets)[number];

/** Why a mediator leaves a case: the party asked for another (Art 23(1)) or the mediator stepped aside (回避). */
export const releaseReasons = ['partyRequest', 'recusal'] as const;

/** Everything the mediation desk records on a case: mediators, sessions, the agreement, follow-ups and risk reports. */
export const mediationDeskSchema = z.object({
  /** The mediators working the case now (Art 19: one or several). */
  mediatorIds: z.array(staffId),
  /** Mediators taken off the case, and why; one released at a party's request is not assigned again. */
  released: z.array(z.object({ mediatorId: staffId, on: calendarDateSchema, reason: z.enum(releaseReasons) })),
  /** The body named in a refusal, shown to the applicant with the route (e.g. 乡镇人民政府 for forest-land ownership). */
  refusal: z.optional(z.object({ organName: z.optional(textSchema(2, 100)) })),
  sessions: z.array(mediationSessionSchema),
  agreement: z.optional(mediationAgreementSchema),
  /** Art 28: an oral agreement, whose content the mediator records. */
  oralAgreement: z.optional(z.object({ terms: textSchema(1, 2000), recordedOn: calendarDateSchema })),
  /** The day the parties were reminded of the 30 days for 司法确认 (Art 33). */
  judicialReminderOn: z.optional(calendarDateSchema),
  followUps: z.array(
    z.object({
      id: z.string(),
      on: calendarDateSchema,
      performance: z.enum(performanceStates),
      note: textSchema(1, 2000),
      recordedBy: staffId,
    }),
  ),
  /** Art 25: reports of a risk of escalation to the police or another department (staff only). */
  riskReports: z.array(
    z.object({ on: calendarDateSchema, to: z.enum(['police', 'otherDepartment']), note: z.optional(textSchema(1, 500)) }),
  ),
  transfer: z.optional(z.object({ to: z.enum(transferTargets), agencyName: z.optional(textSchema(2, 100)) })),
});
/** A value parsed by {@link mediationDeskSchema}. */
export type MediationDesk = z.output<typeof mediationDeskSchema>;
