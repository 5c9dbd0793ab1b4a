import {
  categoryCodeSchema,
  decisionRecordSchema,
  disclosureSteps,
  disclosureVersionSchema,
  observationBodySchema,
  openDecisionSchema,
  reconveneSchema,
  stepDraftSchema,
  trailSchema,
} from '@shanzhi/rules';
import * as z from 'zod/mini';
import { problemIssueSchema } from '../problem.js';
import { signedInCreate, signedInRead } from './answers.js';
import { cadres, cadresAndSupervisors, supervisors } from './callers.js';
import { dateSchema, idSchema } from './common.js';
import { villageAt } from './resource.js';

/*
 * The decision desk (一听、四议、两公开、一监督, seed 000): a cadre opens a decision on a matter and records its steps
 * in order; the 村务监督委员会 follows every step and notes what it saw (一监督); publishing a 公开 step posts the
 * disclosure item the public board shows. Staff only: the public sees a decision through its disclosure items.
 */

/** Staff who follow decisions: the cadres who record them and the supervisors who watch them. */
const staffRead = signedInRead(cadresAndSupervisors);

/** A decision as staff see it: the record, its trail (with every earlier attempt), and what the rules find now. */
export const decisionViewSchema = z.looseObject({
  ...decisionRecordSchema.shape,
  villageId: idSchema,
  trail: trailSchema,
  /** Recorded before the desk existed (seed or import): read-only until a step is recorded on it. */
  legacy: z.optional(z.boolean()),
  findings: z.looseObject({
    status: z.enum(['complete', 'inProgress', 'invalid']),
    nextStep: z.nullable(z.string()),
    issues: z.array(problemIssueSchema),
    /** Steps whose current attempt the supervisor has not yet observed. */
    unobserved: z.array(z.string()),
  }),
  /** The disclosure items posted for its 公开 steps. */
  itemIds: z.array(idSchema),
});

export const decisionSummarySchema = z.looseObject({
  ...decisionRecordSchema.shape,
  status: z.enum(['complete', 'inProgress', 'invalid']),
  nextStep: z.nullable(z.string()),
  /** The next step's name in the caller's language. */
  nextStepLabel: z.nullable(z.string()),
  steps: z.int(),
  issues: z.int(),
  concerns: z.int(),
  unobserved: z.int(),
  legacy: z.optional(z.boolean()),
});

/** The village's decisions: a new one answers with the decision as staff see it. */
const villageDecisions = villageAt('decisions', '/decisions', decisionViewSchema);

export const listDecisions = villageDecisions.get(staffRead, {
  id: 'listDecisions',
  summary: "A village's decisions (一听、四议、两公开), newest first, with each one's next step (cadres and supervisors)",
  response: z.looseObject({ villageId: idSchema, items: z.array(decisionSummarySchema), asOf: dateSchema }),
  query: z.object({ status: z.optional(z.enum(['complete', 'inProgress', 'invalid'])) }),
});

/** One decision: its routes name it in the path and answer with it as staff see it. */
const decision = villageAt('decisions', '/decisions/{decisionId}', decisionViewSchema);
/** A cadre records something new (a decision, or a step, an attempt or a publication on one): 201, Idempotency-Key required. */
const cadreRecord = signedInCreate(cadres);

export const getDecision = decision.get(staffRead, {
  id: 'getDecision',
  summary: 'One decision with its whole trail, earlier attempts and supervisor observations, and what the rules find',
});

export const openDecision = villageDecisions.post(cadreRecord, {
  id: 'openDecision',
  summary: 'Open a decision on an Art 24 matter (村民委员会组织法) or another matter the village puts through 四议两公开',
  body: openDecisionSchema,
});

export const recordDecisionStep = decision.post('/steps', cadreRecord, {
  id: 'recordDecisionStep',
  summary:
    'Record the next step (一听, 提议, 商议, 审议, 决议); refused out of order, after an invalid or missing step, or twice without reconvening',
  body: stepDraftSchema,
});

export const reconveneDecisionStep = decision.post('/attempts', cadreRecord, {
  id: 'reconveneDecisionStep',
  summary: 'Record a reconvened meeting as a new attempt at the latest, invalid step; the invalid attempt stays in the record',
  body: reconveneSchema,
});

export const observeDecisionStep = decision.post('/observations', signedInCreate(supervisors), {
  id: 'observeDecisionStep',
  summary: "一监督: the supervisor's observation on a step (observed and signed off, or a concern with a note)",
  body: observationBodySchema,
});

export const publishDecisionStepBodySchema = z.object({
  step: z.enum(disclosureSteps),
  /** The category the item goes under; the decision's own, else 'resolutions'. */
  category: z.optional(categoryCodeSchema),
  version: z.omit(disclosureVersionSchema, { version: true, correction: true }),
});

export const publishDecisionStep = decision.post('/publications', cadreRecord, {
  id: 'publishDecisionStep',
  summary: '决议公开 or 实施结果公开: post the disclosure item (naming the decision) and record the step',
  body: publishDecisionStepBodySchema,
  response: z.looseObject({ decision: decisionViewSchema, itemId: idSchema }),
  publishes: true,
});
