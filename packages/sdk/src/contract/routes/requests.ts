import { orderRequestSchema, ratingSchema, requestKindCodes, requestText } from '@shanzhi/rules';
import * as z from 'zod/mini';
import { pageQuery, pageWith } from '../page.js';
import { codeHolderRead, personalRead, publicRead, publicSubmission, signedInChange } from './answers.js';
import { cadresAndGridWorkers, cadresGridWorkersAndSupervisors, supervisors } from './callers.js';
import { actorSchema, dateSchema, idSchema, labelled, personSchema, staffMemberSchema } from './common.js';
import { receiptCodeSchema } from './disclosure-queries.js';
import { villageAt } from './resource.js';

/*
 * One request lifecycle for 代办 (村级代办, seed 003; filed through `requestProxyService`) and 点单 (seed 002:
 * 群众点单—协商定单—村委派单—干部埋单—群众评单): staff work the steps, the villager follows the request and rates it
 * (好差评, 国办发〔2019〕51号) with the receipt code, which travels only in request bodies; ratings are published
 * only in aggregate. docs/requests.md.
 */

export const requestStates = ['open', 'done', 'closed'] as const;
export const followUpStates = ['open', 'answered'] as const;

/** A step of the request's kind as the villager sees it: done or not, and the next one's deadline. */
const publicStepSchema = z.looseObject({
  ...labelled,
  done: z.boolean(),
  on: z.optional(dateSchema),
  /** Only on the next step: the day it is due (working days, holiday calendar). */
  dueOn: z.optional(dateSchema),
  /** Staff closed the villager's own step after its deadline (a 点单 left unrated). */
  lapsed: z.optional(z.boolean()),
});

const ratingView = z.looseObject({ grade: z.int(), label: z.string(), on: dateSchema, comment: z.optional(z.string()) });
const followUpView = z.looseObject({
  status: z.enum(followUpStates),
  openedOn: dateSchema,
  dueOn: dateSchema,
  answer: z.optional(z.string()),
  answeredOn: z.optional(dateSchema),
});

/** What the villager reads with the receipt code: the steps and dates, their rating and the supervisor's answer. */
export const requestStatusSchema = z.looseObject({
  id: idSchema,
  villageId: idSchema,
  kind: z.enum(requestKindCodes),
  /** The service (代办: its code and name) or the 点单 category. */
  subject: z.looseObject(labelled),
  receivedOn: dateSchema,
  state: z.enum(requestStates),
  steps: z.array(publicStepSchema),
  /** The work is done and no rating was given yet: the villager may rate now. */
  canRate: z.boolean(),
  rating: z.optional(ratingView),
  followUp: z.optional(followUpView),
});

/** The receipt of a new request: its status, with the receipt code shown this once (ABCD-EFGH-JKMN). */
export const requestReceiptSchema = z.looseObject({ ...requestStatusSchema.shape, receiptCode: z.string() });

/** A village's requests: ordered, listed and rated here (each route answers with its own view). */
const villageRequests = villageAt('requests');

export const fileOrderRequest = villageRequests.post('/requests', publicSubmission, {
  id: 'fileOrderRequest',
  summary: 'Order a service from the village committee (群众点单); the receipt code to follow and rate it is shown once',
  body: orderRequestSchema,
  response: requestReceiptSchema,
});

/** One request as the villager holding its receipt code follows it. */
const ownRequest = villageAt('requests', '/requests/{requestId}', requestStatusSchema);

/**
 * The villager's read-back. The receipt code is a password: in the body of a POST, never in a URL; a wrong code
 * answers exactly as an unknown request (404), and misses are counted (the guess limiter).
 */
export const lookUpServiceRequest = ownRequest.post('/lookup', codeHolderRead, {
  id: 'lookUpServiceRequest',
  summary: 'A request’s steps, rating and follow-up, for the villager holding its receipt code (sent in the body)',
  body: z.object({ receiptCode: receiptCodeSchema }),
  query: z.strictObject({}),
});

/**
 * How the villager's rating answers: 201 to the holder of the receipt code, personal like the look-up, and the
 * Idempotency-Key is required, so a retry over a flaky connection never rates twice.
 */
const codeHolderRating = { status: 201, access: codeHolderRead.access, personal: true, idempotency: 'required' } as const;

export const rateServiceRequest = ownRequest.post('/rating', codeHolderRating, {
  id: 'rateServiceRequest',
  summary: '评单 / 好差评: rate a completed request 1–5 once, with the receipt code; a bad rating opens a follow-up',
  body: z.strictObject({ receiptCode: receiptCodeSchema, ...ratingSchema.shape }),
  query: z.strictObject({}),
});

const ownerSchema = z.looseObject({
  /** `applicant` for the villager's own steps, else the staff roles that may do it. */
  roles: z.array(z.string()),
  /** The staff member named at 派单, when one was. */
  staff: z.optional(personSchema),
});

/** A request in the staff list: where it stands, who owns the next step, by when; never the applicant's phone. */
export const requestSummarySchema = z.looseObject({
  id: idSchema,
  kind: z.enum(requestKindCodes),
  subject: z.looseObject(labelled),
  receivedOn: dateSchema,
  state: z.enum(requestStates),
  /** The next step; absent once closed. */
  next: z.optional(z.looseObject({ ...labelled, owner: ownerSchema })),
  dueOn: z.nullable(dateSchema),
  overdue: z.boolean(),
  /** Working days left to `dueOn` (negative when overdue); 0 once closed. */
  workingDaysLeft: z.int(),
  /** The applicant's name, for the staff who call back. */
  applicantName: z.string(),
  rating: z.optional(z.looseObject({ grade: z.int(), on: dateSchema })),
  followUp: z.optional(z.looseObject({ status: z.enum(followUpStates), dueOn: dateSchema, overdue: z.boolean() })),
});

export const listServiceRequests = villageRequests.get('/requests', personalRead(cadresGridWorkersAndSupervisors), {
  id: 'listServiceRequests',
  summary: 'The village’s 代办 and 点单 requests by kind, state, step, deadline and follow-up; soonest deadline first',
  query: pageQuery({
    kind: z.optional(z.enum(requestKindCodes)),
    state: z.optional(z.enum(requestStates)),
    /** The next step's code (`accept`, `dispatch` …). */
    step: z.optional(z.string().check(z.maxLength(32))),
    overdue: z.optional(z.stringbool()),
    /** Next step due on or before this day. */
    dueBy: z.optional(dateSchema),
    followUp: z.optional(z.enum(followUpStates)),
    /** Only requests whose next step the caller owns (their role, or named at 派单). */
    mine: z.optional(z.stringbool()),
  }),
  response: pageWith(requestSummarySchema, {
    total: z.int(),
    /** Of `total`, how many are overdue, and how many follow-ups wait for the supervisor. */
    overdue: z.int(),
    openFollowUps: z.int(),
  }),
  paged: true,
});

const stepDetailSchema = z.looseObject({
  ...labelled,
  owner: ownerSchema,
  /** Working days the step is given from the previous one. */
  workingDays: z.int(),
  done: z.boolean(),
  on: z.optional(dateSchema),
  by: z.optional(actorSchema),
  note: z.optional(z.string()),
  attachmentIds: z.optional(z.array(idSchema)),
  lapsed: z.optional(z.boolean()),
  dueOn: z.optional(dateSchema),
});

const noteView = z.looseObject({ id: idSchema, on: dateSchema, by: actorSchema, text: z.string(), attachmentIds: z.array(idSchema) });

/** One request with everything a step form needs: the steps, the next one and whether the caller may do it. */
export const requestDetailSchema = z.looseObject({
  ...requestSummarySchema.shape,
  steps: z.array(stepDetailSchema),
  /** The villager's need, in their words (点单), or their note to the station (代办). */
  text: z.optional(z.string()),
  /** For the desk (cadre, grid worker) and, while a follow-up is open, the supervisor who checks it: the number to call. */
  applicantMobile: z.optional(z.string()),
  notes: z.array(noteView),
  /** The caller owns the next step (their role, or named at 派单). */
  canAdvance: z.boolean(),
  /** Staff who may be named when the next step assigns one (派单 → 埋单). */
  assignable: z.optional(z.array(staffMemberSchema)),
  rating: z.optional(ratingView),
  followUp: z.optional(z.looseObject({ ...followUpView.shape, answeredBy: z.optional(actorSchema), overdue: z.boolean() })),
});

/** One request as the desk works it: every step answers with the whole of it. */
const request = villageAt('requests', '/requests/{requestId}', requestDetailSchema);

export const getServiceRequest = request.get(personalRead(cadresGridWorkersAndSupervisors), {
  id: 'getServiceRequest',
  summary: 'One request: its steps with owners and deadlines, notes, rating and follow-up',
});

const attachmentIds = z.optional(z.array(idSchema).check(z.maxLength(10)));

export const advanceServiceRequest = request.post('/steps', signedInChange(200, cadresAndGridWorkers), {
  id: 'advanceServiceRequest',
  summary: 'Complete the next step (by its owner), with a note and attachments; 派单 names who does the work',
  body: z.strictObject({
    step: z.string().check(z.minLength(1), z.maxLength(32)),
    note: z.optional(requestText(1000)),
    attachmentIds,
    /** The staff member who does the step this one assigns (派单 → 埋单). */
    assignee: z.optional(idSchema),
  }),
});

export const addServiceRequestNote = request.post('/notes', signedInChange(201, cadresGridWorkersAndSupervisors), {
  id: 'addServiceRequestNote',
  summary: 'Add a note (and attachments) to a request without moving it on',
  body: z.strictObject({ text: requestText(1000), attachmentIds }),
});

export const answerRequestFollowUp = request.post('/follow-up', signedInChange(200, supervisors), {
  id: 'answerRequestFollowUp',
  summary: 'The supervisor answers the follow-up a bad rating opened (checked, put right, explained); the villager reads it',
  body: z.strictObject({ answer: requestText(2000) }),
});

const aggregateSchema = z.union([
  z.looseObject({
    shown: z.literal(true),
    count: z.int(),
    grades: z.array(z.looseObject({ grade: z.int(), label: z.string(), count: z.int() })),
    average: z.number(),
    satisfiedPercent: z.number(),
  }),
  z.looseObject({ shown: z.literal(false), minimum: z.int() }),
]);

export const getRequestRatings = villageRequests.get('/request-ratings', publicRead, {
  id: 'getRequestRatings',
  summary: '好差评 aggregates of the village and of each service: counts per grade, average, 满意率; never a rater',
  response: z.looseObject({
    villageId: idSchema,
    /** Aggregates of fewer ratings than this are not shown. */
    minimum: z.int(),
    village: aggregateSchema,
    services: z.array(z.looseObject({ kind: z.enum(requestKindCodes), ...labelled, ratings: aggregateSchema })),
  }),
});
