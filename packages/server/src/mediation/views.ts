import {
  checkAcceptance,
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

/**
 * Where a refused applicant goes instead, in their language: after the other side's refusal (Art 17) the routes of
 * Art 26; when another body has the dispute, that body (the intake names it); when the law reserves it to an organ,
 * the organ the mediator named.
 */
export function refusalGuidance(doc: StoredCase, locale: Locale): string | undefined {
  switch (doc.case.refusalReason) {
    case undefined:
      return undefined;
    case 'otherPartyRefused':
      return formatMessage('mediation.redirect.otherRoutes', locale);
    case 'alreadyBeforeAnotherBody': {
      const decision = checkAcceptance(doc.intake);
      return decision.accepted ? formatMessage('mediation.redirect.agency', locale) : decision.redirect.guidance[locale];
    }
    case 'reservedToAnotherOrgan': {
      const organ = doc.desk?.refusal?.organName;
      return organ === undefined
        ? formatMessage('mediation.redirect.reservedOrganUnnamed', locale)
        : formatMessage('mediation.redirect.reservedOrgan', locale, { organ });
    }
  }
}

/** The desk's steps meant for the parties: session days and places, the 司法确认 reminder, the 回访 — never the notes or ties. */
function applicantSteps(doc: StoredCase, locale: Locale): Partial<CaseStatus> {
  const desk = doc.desk;
  const guidance = refusalGuidance(doc, locale);
  const lastFollowUp = desk?.followUps[desk.followUps.length - 1];
  return {
    ...(doc.case.closedOn === undefined ? {} : { closedOn: doc.case.closedOn }),
    ...(guidance === undefined ? {} : { refusalGuidance: guidance }),
    ...(desk === undefined || desk.sessions.length === 0
      ? {}
      : {
          sessions: desk.sessions.map((one) => ({
            on: one.on,
            ...(one.time === undefined ? {} : { time: one.time }),
            place: one.place,
            held: one.heldOn !== undefined,
          })),
        }),
    ...(desk?.judicialReminderOn === undefined ? {} : { judicialReminderOn: desk.judicialReminderOn }),
    ...(lastFollowUp === undefined ? {} : { followUpOn: lastFollowUp.on }),
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
    ...applicantSteps(doc, locale),
  };
}
