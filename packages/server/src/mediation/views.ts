import {
  formatMessage,
  judicialConfirmationWindow,
  mediationDeadline,
  noAgreementRoutes,
  triageDueDate,
  type CalendarDate,
  type Locale,
  type MediationCase,
  type TriageResult,
} from '@shanzhi/rules';
import type { RouteOutput, getMediationCase, submitMediationIntake } from '@shanzhi/sdk';
import type { StoredCase } from './case-store.js';

type CaseStatus = RouteOutput<typeof getMediationCase>;
type Receipt = RouteOutput<typeof submitMediationIntake>;

/** Online withdrawal until someone has been given the case: mediation is voluntary (人民调解法 Arts 3(1), 23(2)). */
export function isWithdrawable(state: MediationCase['state']): boolean {
  return state === 'submitted' || state === 'accepted';
}

/** When someone at the triaged level contacts the applicant (working days; urgent cases the same day). */
export function contactByOf(submittedOn: CalendarDate, triage: Pick<TriageResult, 'level' | 'urgency'>): CalendarDate {
  return triageDueDate(submittedOn, triage.level, undefined, undefined, triage.urgency);
}

export function triageView(triage: TriageResult, submittedOn: CalendarDate, locale: Locale): Receipt['triage'] {
  return {
    level: triage.level,
    urgency: triage.urgency,
    notifyPolice: triage.notifyPolice,
    matchedRule: triage.matchedRule,
    reasons: triage.reasons.map((reason) => ({ code: reason.code, message: formatMessage(reason.code, locale, reason.params) })),
    contactBy: contactByOf(submittedOn, triage),
  };
}

/**
 * What the applicant gets back: numbers, triage and dates — nothing that identifies a party. `concludeBy`
 * counts the month of 《人民调解工作若干规定》Art 33 from the latest day the case should be taken up
 * (the contact day), since the month runs from acceptance.
 */
export function receiptView(doc: StoredCase, trackingCode: string, printed: string, locale: Locale): Receipt {
  const triage = triageView(doc.triage, doc.case.submittedOn, locale);
  return {
    caseNumber: doc.caseNumber,
    displayCaseNumber: printed,
    trackingCode,
    submittedOn: doc.case.submittedOn,
    state: doc.case.state,
    triage,
    concludeBy: mediationDeadline(triage.contactBy),
    withdrawable: isWithdrawable(doc.case.state),
  };
}

/** Status and history for the applicant or a mediator; no names, phones or ID numbers (Art 15). */
export function statusView(doc: StoredCase, printed: string, locale: Locale, continuedAs?: string): CaseStatus {
  const current = doc.case;
  const routes = (current.routes ?? []).map((code) => {
    const route = noAgreementRoutes.find((candidate) => candidate.code === code);
    return { code, label: route ? route[locale] : code };
  });
  const judicialConfirmationBy =
    current.outcome === 'agreement' && current.agreementEffectiveOn !== undefined
      ? judicialConfirmationWindow(current.agreementEffectiveOn).closesOn
      : undefined;
  return {
    caseNumber: doc.caseNumber,
    displayCaseNumber: printed,
    disputeType: doc.intake.dispute.type,
    state: current.state,
    level: current.level,
    urgency: doc.triage.urgency,
    submittedOn: current.submittedOn,
    ...(current.acceptedOn === undefined ? {} : { acceptedOn: current.acceptedOn, concludeBy: mediationDeadline(current.acceptedOn) }),
    ...(current.outcome === undefined ? {} : { outcome: current.outcome }),
    ...(current.agreementEffectiveOn === undefined ? {} : { agreementEffectiveOn: current.agreementEffectiveOn }),
    ...(judicialConfirmationBy === undefined ? {} : { judicialConfirmationBy }),
    ...(current.refusalReason === undefined ? {} : { refusalReason: current.refusalReason }),
    routes,
    ...(current.escalatedTo === undefined ? {} : { escalatedTo: current.escalatedTo }),
    ...(continuedAs === undefined ? {} : { continuedAs }),
    withdrawable: isWithdrawable(current.state),
    history: current.history.map((event) => ({ type: event.type, on: event.on })),
  };
}
