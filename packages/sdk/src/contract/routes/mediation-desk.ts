import {
  agreementContentSchema,
  caseNumberSchema,
  calendarDateSchema,
  caseStates,
  dueKinds,
  mediationLevels,
  notificationChannels,
  partyRefSchema,
  performanceStates,
  refusalReasons,
  releaseReasons,
  signerSchema,
  timeOfDaySchema,
  transferTargets,
} from '@shanzhi/rules';
import * as z from 'zod/mini';
import { pageQuery, pageWith } from '../page.js';
import { defineRoute } from '../route.js';
import { personalRead, signedInChange, signedInCreate } from './answers.js';
import { mediators } from './callers.js';
import { actorSchema, dateSchema, idSchema, labelled, noteSchema, personSchema } from './common.js';
import { caseStatusSchema } from './mediation.js';
import { resourceAt } from './resource.js';

/*
 * The mediator's desk (<sz-mediation-desk>; docs/mediation-desk.md): the queue and every step of a case from
 * acceptance to the 回访 (人民调解法 Arts 17–33). Only mediators of the case's village reach these routes — not cadres,
 * not admins: the parties' affairs are private (Art 15) and the notes (调解笔录) are for the committee alone. Each step
 * answers with the whole desk view, so a form redraws from the answer.
 */

const caseParams = z.object({ caseNumber: caseNumberSchema });
const shortText = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** Something due on a case: its kind, the day, and whether that day has passed (the one-month limit, 30 days, …). */
export const dueItemSchema = z.looseObject({
  kind: z.enum(dueKinds),
  dueOn: dateSchema,
  overdue: z.boolean(),
  sessionId: z.optional(z.string()),
  /** The kind in the caller's language. */
  label: z.string(),
});

export const mediationQueueItemSchema = z.looseObject({
  caseNumber: caseNumberSchema,
  displayCaseNumber: z.string(),
  disputeType: z.string(),
  state: z.enum(caseStates),
  level: z.enum(mediationLevels),
  urgency: z.string(),
  submittedOn: dateSchema,
  acceptedOn: z.optional(dateSchema),
  /** The one-month limit (《人民调解工作若干规定》Art 33), once accepted. */
  concludeBy: z.optional(dateSchema),
  mediatorIds: z.array(idSchema),
  assignedToMe: z.boolean(),
  /** The caller declared a tie to a party and must step aside (回避). */
  recused: z.boolean(),
  due: z.array(dueItemSchema),
  overdue: z.boolean(),
});

export const listMediationQueue = defineRoute({
  id: 'listMediationQueue',
  method: 'GET',
  path: '/v1/mediation/desk',
  summary:
    "The mediator's queue: cases of the caller's village (and the county's unplaced intake), soonest due first; filters by state, level, overdue and kind of due item",
  ...personalRead(mediators),
  tags: ['mediation'],
  query: pageQuery({
    state: z.optional(z.enum(caseStates)),
    level: z.optional(z.enum(mediationLevels)),
    overdue: z.optional(z.stringbool()),
    due: z.optional(z.enum(dueKinds)),
    mine: z.optional(z.stringbool()),
  }),
  response: pageWith(mediationQueueItemSchema, { total: z.int(), asOf: dateSchema }),
  paged: true,
});

const sessionViewSchema = z.looseObject({
  id: z.string(),
  on: dateSchema,
  time: z.optional(z.string()),
  place: z.string(),
  scheduledOn: dateSchema,
  notified: z.array(z.looseObject({ party: z.string(), channel: z.enum(notificationChannels), on: dateSchema })),
  heldOn: z.optional(dateSchema),
  attended: z.optional(z.array(z.string())),
  /** 调解笔录: staff only, never in the applicant's status. */
  notes: z.optional(z.string()),
});

/** The 调解协议书 as the print view lays it out (人民调解法 Art 29). */
export const agreementViewSchema = z.looseObject({
  caseNumber: caseNumberSchema,
  displayCaseNumber: z.string(),
  /** The committee whose seal the agreement carries. */
  committee: z.string(),
  parties: z.array(z.looseObject({ ref: z.string(), role: z.string(), kind: z.string(), name: z.string() })),
  facts: z.string(),
  terms: z.string(),
  performanceMethod: z.string(),
  performBy: z.optional(dateSchema),
  draftedOn: dateSchema,
  requiredSigners: z.array(z.string()),
  signatures: z.array(z.looseObject({ signer: z.string(), on: dateSchema })),
  effectiveOn: z.optional(dateSchema),
});

export const mediationDeskViewSchema = z.looseObject({
  /** What the applicant sees, plus the rest of this view (staff only). */
  status: caseStatusSchema,
  /** The parties by reference, with names (the desk must know whose case it is to step aside and to draft); no phone or ID numbers. */
  parties: z.array(z.looseObject({ ref: z.string(), kind: z.string(), name: z.string(), reachable: z.boolean() })),
  dispute: z.looseObject({ description: z.string(), desiredOutcome: z.string(), amountFen: z.optional(z.int()) }),
  preferences: z.looseObject({ publicity: z.string(), preferredMediator: z.optional(z.string()), preferredTime: z.optional(z.string()) }),
  mediators: z.array(personSchema),
  /** Who may be assigned (人民调解法 Art 19): the mediators of the case's village, by name (staff, not parties). */
  candidates: z.array(personSchema),
  released: z.array(z.looseObject({ mediatorId: idSchema, on: dateSchema, reason: z.enum(releaseReasons) })),
  /** Mediators of the village who declared a tie to a party (the assignment form greys them out). */
  tiedMediatorIds: z.array(idSchema),
  /** The parties the caller declared a tie with. */
  myTies: z.array(z.string()),
  sessions: z.array(sessionViewSchema),
  agreementDraft: z.looseObject({ facts: z.string(), terms: z.string() }),
  agreement: z.optional(agreementViewSchema),
  oralAgreement: z.optional(z.looseObject({ terms: z.string(), recordedOn: dateSchema })),
  judicialReminderOn: z.optional(dateSchema),
  followUps: z.array(z.looseObject({ id: z.string(), on: dateSchema, performance: z.enum(performanceStates), note: z.string() })),
  riskReports: z.array(z.looseObject({ on: dateSchema, to: z.string(), note: z.optional(z.string()) })),
  transfer: z.optional(z.looseObject({ to: z.enum(transferTargets), agencyName: z.optional(z.string()) })),
  /** The grid report the case came from (分流交办): the report and its trail up to 分析研判; staff only, never in `status`. */
  origin: z.optional(
    z.looseObject({
      gridReportId: idSchema,
      gridId: idSchema,
      /** The report's village, where its photos are read (`getAttachmentContent`); absent only for a case without one. */
      villageId: z.optional(idSchema),
      category: z.looseObject(labelled),
      text: z.string(),
      place: z.looseObject({ text: z.string(), latitude: z.optional(z.number()), longitude: z.optional(z.number()) }),
      seenOn: dateSchema,
      attachmentIds: z.array(idSchema),
      history: z.array(
        z.looseObject({
          step: z.string(),
          label: z.string(),
          on: dateSchema,
          by: actorSchema,
          note: z.optional(z.string()),
        }),
      ),
    }),
  ),
  due: z.array(dueItemSchema),
  /** The step routes that would be accepted now (by route id), for the desk's buttons. */
  nextSteps: z.array(z.string()),
});

/** A case as the desk works it: every route names it by its number and answers with the desk view. */
const desk = resourceAt('mediation', '/v1/mediation/cases/{caseNumber}', caseParams, mediationDeskViewSchema);

export const getMediationDesk = desk.get('/desk', personalRead(mediators), {
  id: 'getMediationDesk',
  summary: 'A case as the mediator works it: parties, sessions with notes, agreement and signatures, reminders, due items and next steps',
});

/**
 * A step of the desk: the desk view back with 200 to the case's mediators, an Idempotency-Key honoured when sent. The
 * steps that add a record (a session, a 回访) answer 201 instead (`signedInCreate(mediators)`).
 */
const step = signedInChange(200, mediators);
/** A step that records only the day it was taken. */
const onDay = z.object({ on: calendarDateSchema });

export const acceptMediationCase = desk.post('/acceptance', step, {
  id: 'acceptMediationCase',
  summary: 'Accept the application (人民调解法 Art 17); the one-month limit starts',
  body: onDay,
});

export const refuseMediationCase = desk.post('/refusal', step, {
  id: 'refuseMediationCase',
  summary: "Refuse the case with its reason; the applicant's status shows the route (Arts 17, 26)",
  body: z.object({ on: calendarDateSchema, reason: z.enum(refusalReasons), organName: z.optional(shortText(100)) }),
});

export const assignMediators = desk.post('/mediators', step, {
  id: 'assignMediators',
  summary:
    "Set the mediators of a case (one or several, Art 19); refuses a mediator tied to a party; records one replaced at a party's request (Art 23)",
  body: z.object({
    on: calendarDateSchema,
    mediatorIds: z.array(idSchema).check(z.minLength(1), z.maxLength(5)),
    released: z.optional(z.array(z.object({ mediatorId: idSchema, reason: z.enum(releaseReasons) })).check(z.maxLength(5))),
  }),
});

export const declareMediationTies = desk.post('/ties', step, {
  id: 'declareMediationTies',
  summary: 'The caller declares a family or other tie to parties of the case; they step aside and cannot be assigned',
  body: z.object({ parties: z.array(partyRefSchema).check(z.minLength(1), z.maxLength(21)) }),
});

export const scheduleMediationSession = desk.post('/sessions', signedInCreate(mediators), {
  id: 'scheduleMediationSession',
  summary: 'Schedule a session (day, time, place) and notify the parties through the configured channel',
  body: z.object({
    on: calendarDateSchema,
    time: z.optional(timeOfDaySchema),
    place: shortText(100),
    /** Parties to notify; all of them when left out. */
    notify: z.optional(z.array(partyRefSchema).check(z.maxLength(21))),
  }),
});

/** A session of a case, named by the case's number and the session's id (s1, s2, …). */
const session = resourceAt(
  'mediation',
  '/v1/mediation/cases/{caseNumber}/sessions/{sessionId}',
  z.object({ caseNumber: caseNumberSchema, sessionId: z.string().check(z.regex(/^s[0-9]{1,3}$/)) }),
  mediationDeskViewSchema,
);

export const recordMediationSession = session.post('/record', step, {
  id: 'recordMediationSession',
  summary: 'Record that a session was held: who attended and the notes (调解笔录, Art 27; staff only)',
  body: z.object({
    heldOn: calendarDateSchema,
    attended: z.array(partyRefSchema).check(z.maxLength(21)),
    notes: shortText(5000),
  }),
});

export const draftMediationAgreement = desk.post('/agreement', step, {
  id: 'draftMediationAgreement',
  summary: 'Draft (or redraft while unsigned) the 调解协议书 with the contents Art 29 lists; the parties come from the case',
  body: z.object({ ...agreementContentSchema.shape, on: calendarDateSchema }),
});

export const signMediationAgreement = desk.post('/agreement/signatures', step, {
  id: 'signMediationAgreement',
  summary:
    "Record a party's signature, the mediator's or the committee's seal; the last one makes the agreement effective and concludes the case (Art 29)",
  body: z.object({ signer: signerSchema, on: calendarDateSchema }),
});

export const remindJudicialConfirmation = desk.post('/judicial-confirmation-reminder', step, {
  id: 'remindJudicialConfirmation',
  summary: 'Remind the parties that they may jointly apply for 司法确认 within 30 days of the agreement (Art 33); notifies them',
  body: onDay,
});

export const recordMediationFollowUp = desk.post('/follow-ups', signedInCreate(mediators), {
  id: 'recordMediationFollowUp',
  summary: 'Record a 回访 on how the agreement is kept (Art 31), after the case closed with an agreement',
  body: z.object({ on: calendarDateSchema, performance: z.enum(performanceStates), note: shortText(2000) }),
});

export const closeMediationCase = desk.post('/closing', step, {
  id: 'closeMediationCase',
  summary:
    'Close without agreement (the parties are told of the Art 26 routes; optionally passed to another body) or with an oral agreement (Art 28)',
  body: z.discriminatedUnion('outcome', [
    z.object({
      on: calendarDateSchema,
      outcome: z.literal('noAgreement'),
      transferTo: z.optional(z.enum(transferTargets)),
      agencyName: z.optional(shortText(100)),
    }),
    z.object({ on: calendarDateSchema, outcome: z.literal('oralAgreement'), terms: shortText(2000) }),
  ]),
});

export const escalateMediationCase = desk.post('/escalation', step, {
  id: 'escalateMediationCase',
  summary: 'Pass the case to a higher level (网格 → 村 → 镇 → 县), recording an Art 25 report to the police or another department',
  body: z.object({
    on: calendarDateSchema,
    toLevel: z.enum(mediationLevels),
    reportedTo: z.optional(z.enum(['police', 'otherDepartment'])),
    note: z.optional(noteSchema),
  }),
});
