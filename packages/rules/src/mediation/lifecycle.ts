import { compareDates, type CalendarDate } from '../calendar/date.js';
import { fail, ok, type Result } from '../shared/result.js';
import { levelRank, type MediationLevel } from './levels.js';
import type { CaseEvent, CaseEventType, MediationCase } from './lifecycle-schema.js';

export type { CaseEvent, CaseEventType, MediationCase } from './lifecycle-schema.js';

/** The states of a mediation case, from submitted to concluded, refused, withdrawn or escalated. */
export const caseStates = ['submitted', 'accepted', 'assigned', 'inMediation', 'concluded', 'refused', 'withdrawn', 'escalated'] as const;
/** One of {@link caseStates}. */
export type CaseState = (typeof caseStates)[number];

/** States a case never leaves; an escalated case lives on as a new case at the higher level. */
export const finalCaseStates: readonly CaseState[] = ['concluded', 'refused', 'withdrawn', 'escalated'];

/** How a concluded mediation ended: with an agreement or without one (Art 26: then the other routes are explained). */
export const caseOutcomes = ['agreement', 'noAgreement'] as const;
/** One of {@link caseOutcomes}. */
export type CaseOutcome = (typeof caseOutcomes)[number];

/** 人民调解法 Art 26: when mediation fails, the parties are told of these routes. */
export const noAgreementRoutes = [
  { code: 'arbitration', 'zh-CN': '申请仲裁', en: 'Apply for arbitration' },
  { code: 'administrative', 'zh-CN': '请有关行政机关依法处理', en: 'Ask the competent government department to decide' },
  { code: 'court', 'zh-CN': '向人民法院起诉', en: "Bring a lawsuit in the people's court" },
] as const;
/** The code of one of {@link noAgreementRoutes}. */
export type NoAgreementRoute = (typeof noAgreementRoutes)[number]['code'];
/** The route codes alone, as `z.enum` wants them. */
export const noAgreementRouteCodes = noAgreementRoutes.map((route) => route.code) as [NoAgreementRoute, ...NoAgreementRoute[]];

/**
 * Why a case was refused: the other party's refusal (Art 17), another body already has it
 * (《人民调解工作若干规定》Art 22 (2)), or the law reserves the matter to a specific organ (Art 22 (1)).
 */
export const refusalReasons = ['otherPartyRefused', 'alreadyBeforeAnotherBody', 'reservedToAnotherOrgan'] as const;
/** One of {@link refusalReasons}. */
export type RefusalReason = (typeof refusalReasons)[number];

/** A new case, submitted on `submittedOn` at `level`. */
export function openCase(input: { readonly submittedOn: CalendarDate; readonly level: MediationLevel }): MediationCase {
  return { state: 'submitted', level: input.level, submittedOn: input.submittedOn, history: [{ type: 'submit', on: input.submittedOn }] };
}

/** Which events each state allows; anything else is an illegal event. */
const allowed: Readonly<Record<CaseState, readonly CaseEventType[]>> = {
  submitted: ['accept', 'refuse', 'withdraw', 'escalate'],
  accepted: ['assign', 'refuse', 'withdraw', 'escalate'],
  assigned: ['assign', 'start', 'refuse', 'escalate'],
  inMediation: ['conclude', 'escalate'],
  concluded: [],
  refused: [],
  withdrawn: [],
  escalated: [],
};

const allRoutes: NoAgreementRoute[] = [...noAgreementRouteCodes];

/**
 * Moves a case on by one event, or reports why it may not. The case passed in is never changed.
 */
export function applyCaseEvent(current: MediationCase, event: CaseEvent): Result<MediationCase> {
  // Mediation is voluntary (人民调解法 Art 3(1)) and a party may refuse it or ask to end it (Art 23(2); Art 17: a party
  // who clearly refuses is not mediated). Online, the applicant withdraws until someone has been given the case — a
  // cut-off of this product, not of any statute; after that they tell the mediator, and the mediation ends without
  // agreement.
  if (event.type === 'withdraw' && (current.state === 'assigned' || current.state === 'inMediation')) {
    return fail('mediation.case.withdrawAfterAssignment');
  }
  if (!allowed[current.state].includes(event.type)) {
    return fail('mediation.case.illegalEvent', { event: event.type, state: current.state });
  }
  // The case file (Art 27) must read in order.
  const last = current.history[current.history.length - 1];
  if (last && compareDates(event.on, last.on) < 0) {
    return fail('mediation.case.dateBeforePrevious', { previous: last.on }, ['on']);
  }
  const history = [...current.history, { type: event.type, on: event.on }];
  switch (event.type) {
    case 'accept':
      return ok({ ...current, state: 'accepted', acceptedOn: event.on, history });
    case 'refuse':
      return ok({
        ...current,
        state: 'refused',
        refusalReason: event.reason,
        closedOn: event.on,
        // Art 17 ends mediation but not the dispute: the applicant still needs the other routes.
        ...(event.reason === 'otherPartyRefused' ? { routes: [...allRoutes] } : {}),
        history,
      });
    case 'assign':
      return ok({ ...current, state: 'assigned', mediatorId: event.mediatorId, history });
    case 'start':
      return ok({ ...current, state: 'inMediation', startedOn: event.on, history });
    case 'conclude':
      if (event.outcome === 'agreement') {
        const effectiveOn = event.agreementEffectiveOn ?? event.on;
        if (compareDates(effectiveOn, event.on) < 0)
          return fail('mediation.case.agreementBeforeConclusion', undefined, ['agreementEffectiveOn']);
        return ok({ ...current, state: 'concluded', outcome: 'agreement', agreementEffectiveOn: effectiveOn, closedOn: event.on, history });
      }
      // Art 26: mediation failed; the parties are told of arbitration, administrative and court routes.
      return ok({ ...current, state: 'concluded', outcome: 'noAgreement', routes: [...allRoutes], closedOn: event.on, history });
    case 'withdraw':
      return ok({ ...current, state: 'withdrawn', closedOn: event.on, history });
    case 'escalate':
      if (levelRank(event.toLevel) <= levelRank(current.level)) {
        return fail('mediation.case.escalateNotHigher', { level: current.level, toLevel: event.toLevel }, ['toLevel']);
      }
      return ok({ ...current, state: 'escalated', escalatedTo: event.toLevel, closedOn: event.on, history });
  }
}
