import { addDays, compareDates, type CalendarDate } from '../calendar/date.js';
import { fail, issue, ok, type Result, type RuleIssue } from '../shared/result.js';
import { judicialConfirmationWindow, mediationDeadline } from './deadlines.js';
import type { MediationAgreement, MediationDesk, MediationSession, PartyRef } from './desk-schema.js';
import type { MediationCase } from './lifecycle-schema.js';

export type { MediationAgreement, MediationDesk, MediationSession, PartyRef } from './desk-schema.js';

/*
 * The order of the desk's steps (docs/mediation-desk.md): accept → assign → schedule a session → record it (调解笔录)
 * → draft the 调解协议书 → signatures (the agreement takes effect, the case concludes) → 司法确认 reminder → 回访.
 * The lifecycle (lifecycle.ts) holds the state; these checks refuse a step that comes before its time.
 */

/** A desk record for a case with nothing on it yet: no mediators, sessions, follow-ups or risk reports. */
export function emptyDesk(): MediationDesk {
  return { mediatorIds: [], released: [], sessions: [], followUps: [], riskReports: [] };
}

/** The parties of a case with `respondentCount` respondents: `applicant`, `respondent-1` … */
export function partyRefsOf(respondentCount: number): PartyRef[] {
  return ['applicant', ...Array.from({ length: respondentCount }, (_, i) => `respondent-${String(i + 1)}`)];
}

/**
 * Who must sign before the 调解协议书 takes effect (人民调解法 Art 29): every party, a mediator, and the committee's seal.
 */
export function requiredSigners(respondentCount: number): string[] {
  return [...partyRefsOf(respondentCount), 'mediator', 'committeeSeal'];
}

/** States in which a mediator works the case (sessions, agreement). */
const working: readonly MediationCase['state'][] = ['assigned', 'inMediation'];

/** A session may be scheduled once the case is accepted and has a mediator. */
export function checkSchedule(current: MediationCase): RuleIssue | null {
  return working.includes(current.state) ? null : issue('mediation.desk.notAssigned', { state: current.state });
}

/** The index of the session whose notes may now be recorded on `heldOn`, or why not. */
export function checkRecordSession(current: MediationCase, desk: MediationDesk, sessionId: string, heldOn: CalendarDate): Result<number> {
  const at = desk.sessions.findIndex((one) => one.id === sessionId);
  const session = desk.sessions[at];
  if (session === undefined) return fail('mediation.desk.unknownSession', { session: sessionId }, ['sessionId']);
  if (!working.includes(current.state)) return fail('mediation.desk.notInMediation', { state: current.state });
  if (session.heldOn !== undefined) return fail('mediation.desk.sessionAlreadyRecorded');
  if (compareDates(heldOn, session.on) < 0) return fail('mediation.desk.sessionNotYetDue', { on: session.on }, ['heldOn']);
  return ok(at);
}

/** The sessions of a case that were held (not just planned). */
export function heldSessions(desk: MediationDesk): MediationSession[] {
  return desk.sessions.filter((one) => one.heldOn !== undefined);
}

/** An agreement is drafted after a session was held, while mediation runs, and redrafted only while nobody signed. */
export function checkDraftAgreement(current: MediationCase, desk: MediationDesk): RuleIssue | null {
  if (!working.includes(current.state)) return issue('mediation.desk.notInMediation', { state: current.state });
  // Until a session is held the case is `assigned`: "no session yet" says what is missing.
  if (heldSessions(desk).length === 0) return issue('mediation.desk.noSessionHeld');
  if ((desk.agreement?.signatures.length ?? 0) > 0) return issue('mediation.desk.agreementSigned');
  return null;
}

/** An agreement after a signature was recorded, with the day it took effect when that was the last one (Art 29). */
export interface Signed {
  readonly agreement: MediationAgreement;
  /** Set when this signature was the last one required: the agreement takes effect that day (Art 29). */
  readonly effectiveOn?: CalendarDate;
}

/** Records one signature (or the committee's seal) on the drafted agreement. */
export function signAgreement(
  current: MediationCase,
  desk: MediationDesk,
  respondentCount: number,
  signature: { readonly signer: string; readonly on: CalendarDate; readonly recordedBy: string },
): Result<Signed> {
  if (current.state !== 'inMediation') return fail('mediation.desk.notInMediation', { state: current.state });
  const agreement = desk.agreement;
  if (agreement === undefined) return fail('mediation.desk.noAgreementDraft');
  const required = requiredSigners(respondentCount);
  if (!required.includes(signature.signer)) return fail('mediation.desk.unknownSigner', { signer: signature.signer }, ['signer']);
  if (agreement.signatures.some((one) => one.signer === signature.signer))
    return fail('mediation.desk.alreadySigned', { signer: signature.signer }, ['signer']);
  if (compareDates(signature.on, agreement.draftedOn) < 0)
    return fail('mediation.case.dateBeforePrevious', { previous: agreement.draftedOn }, ['on']);
  const signatures = [...agreement.signatures, signature];
  const complete = required.every((signer) => signatures.some((one) => one.signer === signer));
  const next: MediationAgreement = { ...agreement, signatures, ...(complete ? { effectiveOn: signature.on } : {}) };
  return ok(complete ? { agreement: next, effectiveOn: signature.on } : { agreement: next });
}

/** The 司法确认 reminder and the 回访 follow an agreement that closed the case. */
export function checkConcludedWithAgreement(current: MediationCase): RuleIssue | null {
  return current.state === 'concluded' && current.outcome === 'agreement' ? null : issue('mediation.desk.notConcludedWithAgreement');
}

/** 回访 comes after the case is closed with an agreement (人民调解法 Art 31: the committee supervises performance). */
export function checkFollowUp(current: MediationCase): RuleIssue | null {
  return checkConcludedWithAgreement(current) === null ? null : issue('mediation.desk.followUpBeforeClosing');
}

/**
 * Why mediators may not be assigned: one who declared a tie to a party must step aside (回避), and one a party asked
 * to replace (Art 23(1): the parties choose or accept their mediator) is not assigned again. Paths name the list index.
 */
export function assignmentIssues(desk: MediationDesk, mediatorIds: readonly string[], tiedMediatorIds: ReadonlySet<string>): RuleIssue[] {
  const issues: RuleIssue[] = [];
  for (const [index, mediatorId] of mediatorIds.entries()) {
    if (tiedMediatorIds.has(mediatorId)) issues.push(issue('mediation.recusal.tiedMediator', { mediatorId }, ['mediatorIds', index]));
    else if (desk.released.some((one) => one.mediatorId === mediatorId && one.reason === 'partyRequest'))
      issues.push(issue('mediation.recusal.partyObjected', { mediatorId }, ['mediatorIds', index]));
  }
  return issues;
}

/**
 * Days after closing by which the 回访 is due, unless the village sets its own (`mediationFollowUpDays` in its
 * settings): neither 人民调解法 Art 31 nor the 2002 规定 sets a period; a month lets most agreements' first
 * performance fall due.
 */
export const followUpAfterDays = 30;

/**
 * What can fall due on a case: first contact, conclusion (one month), session notes, judicial confirmation (30
 * days, Art 33), follow-up.
 */
export const dueKinds = ['contact', 'conclude', 'sessionNotes', 'judicialConfirmation', 'followUp'] as const;
/** One of {@link dueKinds}. */
export type DueKind = (typeof dueKinds)[number];

/** One thing due on a case: what, by when, whether overdue, and the session it concerns. */
export interface DueItem {
  readonly kind: DueKind;
  readonly dueOn: CalendarDate;
  readonly overdue: boolean;
  readonly sessionId?: string;
}

/**
 * What is due on a case, soonest first: contact (before acceptance, by `contactBy`), conclusion within one month of
 * acceptance (《人民调解工作若干规定》Art 33), notes of a session whose day has come, the 司法确认 reminder while the
 * 30 days run (人民调解法 Art 33), and the 回访 after an agreement (`afterDays` after closing: the village's number).
 */
export function dueItems(
  current: MediationCase,
  desk: MediationDesk,
  contactBy: CalendarDate,
  today: CalendarDate,
  afterDays: number = followUpAfterDays,
): DueItem[] {
  const items: DueItem[] = [];
  const add = (kind: DueKind, dueOn: CalendarDate, sessionId?: string) =>
    items.push({ kind, dueOn, overdue: compareDates(today, dueOn) > 0, ...(sessionId === undefined ? {} : { sessionId }) });
  if (current.state === 'submitted') add('contact', contactBy);
  if ((current.state === 'accepted' || working.includes(current.state)) && current.acceptedOn !== undefined)
    add('conclude', mediationDeadline(current.acceptedOn));
  if (working.includes(current.state)) {
    for (const session of desk.sessions)
      if (session.heldOn === undefined && compareDates(session.on, today) <= 0) add('sessionNotes', session.on, session.id);
  }
  if (checkConcludedWithAgreement(current) === null) {
    const effectiveOn = current.agreementEffectiveOn ?? current.closedOn;
    if (desk.judicialReminderOn === undefined && effectiveOn !== undefined)
      add('judicialConfirmation', judicialConfirmationWindow(effectiveOn).closesOn);
    if (desk.followUps.length === 0 && current.closedOn !== undefined) add('followUp', addDays(current.closedOn, afterDays));
  }
  return items.sort((a, b) => compareDates(a.dueOn, b.dueOn));
}
