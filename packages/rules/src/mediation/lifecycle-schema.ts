import * as z from 'zod/mini';
import { calendarDateSchema } from '../calendar/date-schema.js';
import { mediationLevels } from './levels.js';
import { caseOutcomes, caseStates, noAgreementRouteCodes, refusalReasons } from './lifecycle.js';

const mediatorId = z.string().check(z.minLength(1), z.maxLength(64));

/**
 * One event of a mediation case's history, as stored: its type, the day, and what the type needs (a reason, an
 * outcome).
 */
export const caseEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('accept'), on: calendarDateSchema }),
  z.object({ type: z.literal('refuse'), on: calendarDateSchema, reason: z.enum(refusalReasons) }),
  // Art 23: parties may choose a mediator, so a case may be assigned again before mediation starts.
  z.object({ type: z.literal('assign'), on: calendarDateSchema, mediatorId }),
  z.object({ type: z.literal('start'), on: calendarDateSchema }),
  // Art 29–31: a written agreement takes effect when signed; an oral one when reached. Without a date
  // the agreement takes effect on the day the case is concluded.
  z.discriminatedUnion('outcome', [
    z.object({
      type: z.literal('conclude'),
      on: calendarDateSchema,
      outcome: z.literal('agreement'),
      agreementEffectiveOn: z.optional(calendarDateSchema),
    }),
    z.object({ type: z.literal('conclude'), on: calendarDateSchema, outcome: z.literal('noAgreement') }),
  ]),
  z.object({ type: z.literal('withdraw'), on: calendarDateSchema }),
  z.object({ type: z.literal('escalate'), on: calendarDateSchema, toLevel: z.enum(mediationLevels) }),
]);
/** A value parsed by {@link caseEventSchema}. */
export type CaseEvent = z.output<typeof caseEventSchema>;
/** The type of a case event: submit, accept, refuse, assign, start, conclude, withdraw, escalate. */
export type CaseEventType = CaseEvent['type'];

/** A mediation case's state, level, submission day and history. */
export const mediationCaseSchema = z.object({
  state: z.enum(caseStates),
  level: z.enum(mediationLevels),
  submittedOn: calendarDateSchema,
  acceptedOn: z.optional(calendarDateSchema),
  mediatorId: z.optional(mediatorId),
  startedOn: z.optional(calendarDateSchema),
  closedOn: z.optional(calendarDateSchema),
  outcome: z.optional(z.enum(caseOutcomes)),
  agreementEffectiveOn: z.optional(calendarDateSchema),
  refusalReason: z.optional(z.enum(refusalReasons)),
  /** Art 26 routes the parties were told of (after no agreement or the other party's refusal). */
  routes: z.optional(z.array(z.enum(noAgreementRouteCodes))),
  escalatedTo: z.optional(z.enum(mediationLevels)),
  /** Art 27: the case file records what happened and when; entries are only ever appended. */
  history: z.array(
    z.object({
      type: z.enum(['submit', 'accept', 'refuse', 'assign', 'start', 'conclude', 'withdraw', 'escalate']),
      on: calendarDateSchema,
    }),
  ),
});
/** A value parsed by {@link mediationCaseSchema}. */
export type MediationCase = z.output<typeof mediationCaseSchema>;
