import {
  caseEventSchema,
  caseNumberSchema,
  caseOutcomes,
  caseStates,
  disputeTypeCodes,
  mediationIntakeSchema,
  mediationLevels,
  refusalReasons,
  trackingCodeSchema,
  urgencies,
} from '@shanzhi/rules';
import * as z from 'zod/mini';
import { defineRoute } from '../route.js';
import { codeHolderRead, personalRead, publicSubmission, signedInChange } from './answers.js';
import { mediators } from './callers.js';
import { dateSchema, idSchema, labelled } from './common.js';
import { resourceAt } from './resource.js';

const reasonSchema = z.looseObject({ code: z.string(), message: z.string() });

export const triageResultSchema = z.looseObject({
  level: z.enum(mediationLevels),
  urgency: z.enum(urgencies),
  /** 人民调解法 Art 25: the case is being reported to the police now. */
  notifyPolice: z.boolean(),
  /** The routing-table rule that decided the level, or null when the default applied. */
  matchedRule: z.optional(z.nullable(z.string())),
  reasons: z.array(reasonSchema),
  /** Working-day aware: when the applicant will be contacted. */
  contactBy: dateSchema,
});

/** What the applicant receives: enough to follow the case, nothing that identifies anyone. */
export const intakeReceiptSchema = z.looseObject({
  caseNumber: caseNumberSchema,
  displayCaseNumber: z.string(),
  trackingCode: trackingCodeSchema,
  submittedOn: dateSchema,
  state: z.enum(caseStates),
  triage: triageResultSchema,
  /** 人民调解工作若干规定 Art 33: normally concluded within one month of acceptance. */
  concludeBy: dateSchema,
  /** The applicant may withdraw online until the case is assigned (人民调解法 Arts 3(1), 23(2): mediation is voluntary and a party may end it). */
  withdrawable: z.boolean(),
});

export const submitMediationIntake = defineRoute({
  id: 'submitMediationIntake',
  method: 'POST',
  path: '/v1/mediation/cases',
  summary: "Apply for people's mediation (人民调解); returns the case number, tracking code and triage",
  ...publicSubmission,
  tags: ['mediation'],
  body: mediationIntakeSchema,
  response: intakeReceiptSchema,
});

export const caseStatusSchema = z.looseObject({
  caseNumber: caseNumberSchema,
  displayCaseNumber: z.string(),
  disputeType: z.enum(disputeTypeCodes),
  state: z.enum(caseStates),
  level: z.enum(mediationLevels),
  urgency: z.enum(urgencies),
  submittedOn: dateSchema,
  acceptedOn: z.optional(dateSchema),
  concludeBy: z.optional(dateSchema),
  outcome: z.optional(z.enum(caseOutcomes)),
  agreementEffectiveOn: z.optional(dateSchema),
  /** 人民调解法 Art 33: the parties may jointly apply for judicial confirmation until this day. */
  judicialConfirmationBy: z.optional(dateSchema),
  refusalReason: z.optional(z.enum(refusalReasons)),
  /** Art 26: the other routes (arbitration, administrative, court), localized. */
  routes: z.array(z.looseObject(labelled)),
  escalatedTo: z.optional(z.enum(mediationLevels)),
  /** After an escalation: the case number the higher level's own case carries (the tracking code still works). */
  continuedAs: z.optional(caseNumberSchema),
  withdrawable: z.boolean(),
  history: z.array(z.looseObject({ type: z.string(), on: dateSchema })),
  /** Closed on (concluded, refused, withdrawn or escalated). */
  closedOn: z.optional(dateSchema),
  /** Why the case was refused and where to go instead (Arts 17, 26), in the caller's language. */
  refusalGuidance: z.optional(z.string()),
  /** The sessions the parties are asked to attend: day, time and place only (never the notes; docs/mediation-desk.md). */
  sessions: z.optional(z.array(z.looseObject({ on: dateSchema, time: z.optional(z.string()), place: z.string(), held: z.boolean() }))),
  /** The day the parties were reminded of the 30 days for judicial confirmation (Art 33). */
  judicialReminderOn: z.optional(dateSchema),
  /** The day of the latest follow-up visit (回访) after the agreement. */
  followUpOn: z.optional(dateSchema),
  /** The files the application named, for the village's mediators only (never their names; docs/attachments.md). */
  attachments: z.optional(z.array(z.looseObject({ attachmentId: idSchema, villageId: idSchema }))),
});

/** A case, named by its number, answered with its status. */
const mediationCase = resourceAt(
  'mediation',
  '/v1/mediation/cases/{caseNumber}',
  z.object({ caseNumber: caseNumberSchema }),
  caseStatusSchema,
);

/**
 * What the applicant sends in their two requests (the look-up and the withdrawal): the tracking code as proof, always
 * in the body (never a URL); both answer with the case's status.
 */
const trackingCodeBody = z.object({ trackingCode: trackingCodeSchema });

export const getMediationCase = mediationCase.get(personalRead(mediators), {
  id: 'getMediationCase',
  summary: 'Status and history of a case, for a mediator (the applicant looks it up with the tracking code: lookUpMediationCase)',
});

/**
 * The applicant's look-up. The tracking code works like a password, so it travels in the body of a POST and never
 * in a URL (where proxy logs, browser history and Referer headers would keep it); the request only reads, so
 * clients retry it like a GET (`readOnly`).
 */
export const lookUpMediationCase = mediationCase.post('/lookup', codeHolderRead, {
  id: 'lookUpMediationCase',
  summary: 'Status and history of a case, for the applicant holding its tracking code (sent in the body, never in the URL)',
  body: trackingCodeBody,
});

export const recordMediationEvent = mediationCase.post('/events', signedInChange(200, mediators), {
  id: 'recordMediationEvent',
  summary: 'Accept, refuse, assign, start, conclude (with or without agreement) or escalate a case',
  body: caseEventSchema,
});

/** How the applicant's withdrawal answers: 200 to the holder of the tracking code, an Idempotency-Key honoured when sent. */
const codeHolderChange = { status: 200, access: codeHolderRead.access, idempotency: 'optional' } as const;

export const withdrawMediationCase = mediationCase.post('/withdrawal', codeHolderChange, {
  id: 'withdrawMediationCase',
  summary: 'The applicant withdraws the application while it is not yet assigned (人民调解法 Art 23)',
  body: trackingCodeBody,
});
