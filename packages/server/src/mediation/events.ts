import { randomUUID } from 'node:crypto';
import { applyCaseEvent, openCase, type CaseEvent, type CalendarDate, type RuleIssue } from '@shanzhi/rules';
import type { Transaction } from 'kysely';
import { auditChange } from '../audit/log.js';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/schema.js';
import { HttpProblem } from '../http/problem.js';
import { findCaseById, insertCases, updateCase, type LoadedCase, type StoredCase } from './case-store.js';
import { nextCaseNumber, registryFor } from './numbering.js';

/**
 * State conflicts answer 409 — a step out of order, a second acceptance, a mediator who must step aside (回避); an
 * unknown session 404; a wrong date, level or name in the request itself 422 (a business-rule refusal).
 */
const conflictCodes = new Set<string>([
  'mediation.case.illegalEvent',
  'mediation.case.withdrawAfterAssignment',
  'mediation.desk.notAssigned',
  'mediation.desk.notInMediation',
  'mediation.desk.sessionAlreadyRecorded',
  'mediation.desk.noSessionHeld',
  'mediation.desk.agreementSigned',
  'mediation.desk.noAgreementDraft',
  'mediation.desk.alreadySigned',
  'mediation.desk.notConcludedWithAgreement',
  'mediation.desk.alreadyReminded',
  'mediation.desk.followUpBeforeClosing',
  'mediation.recusal.tiedMediator',
  'mediation.recusal.partyObjected',
  'mediation.recusal.callerTied',
]);

/** The problem for a refusal of the rules (the first issue decides the code and status). */
export function refusal(issues: readonly RuleIssue[]): HttpProblem {
  const [first] = issues;
  if (!first) return HttpProblem.of('conflict');
  const status = first.code === 'mediation.desk.unknownSession' ? 404 : conflictCodes.has(first.code) ? 409 : 422;
  return new HttpProblem(status, first.code, {
    ...(first.params ? { params: first.params } : {}),
    issues,
  });
}

export interface EventOutcome {
  readonly doc: StoredCase;
  /** The case number of the higher level's new case, after an escalation. */
  readonly continuedAs?: string;
}

/**
 * Moves a stored case on by one event through the rules' state machine, with an audit entry. An
 * escalation closes this case and opens the higher level's own case (the rules' lifecycle), which the
 * applicant follows with the same tracking code.
 */
export async function recordEvent(
  trx: Transaction<Database>,
  loaded: LoadedCase,
  event: CaseEvent,
  principal: Principal,
  at: Date,
  /** The document before the request, when the caller already changed `loaded.doc` (a desk step that also moves the case). */
  before: StoredCase = loaded.doc,
): Promise<EventOutcome> {
  const { doc, row } = loaded;
  const moved = applyCaseEvent(doc.case, event);
  if (!moved.ok) throw refusal(moved.issues);
  let next: StoredCase = { ...doc, case: moved.value };
  let continuedAs: string | undefined;
  if (event.type === 'escalate') {
    const successor = await openSuccessor(trx, loaded, event.toLevel, event.on, principal, at);
    next = { ...next, continuedAsId: successor.id };
    continuedAs = successor.caseNumber;
  }
  await updateCase(trx, next);
  await auditChange(trx, principal, at, `mediation.case.${event.type}`, `mediation-case:${row.case_number}`, before, next);
  return continuedAs === undefined ? { doc: next } : { doc: next, continuedAs };
}

async function openSuccessor(
  trx: Transaction<Database>,
  loaded: LoadedCase,
  level: StoredCase['case']['level'],
  on: CalendarDate,
  principal: Principal,
  at: Date,
): Promise<StoredCase> {
  const { doc, row } = loaded;
  const registry = await registryFor(trx, row.village_id);
  const caseNumber = await nextCaseNumber(trx, registry.regionCode, Number(on.slice(0, 4)));
  const successor: StoredCase = {
    id: `mc-${randomUUID()}`,
    villageId: row.village_id,
    caseNumber,
    intake: doc.intake,
    triage: { ...doc.triage, level },
    acceptance: doc.acceptance,
    case: openCase({ submittedOn: on, level }),
    escalatedFromId: doc.id,
  };
  await insertCases(trx, [{ doc: successor, trackingHash: row.tracking_hash }]);
  await auditChange(trx, principal, at, 'mediation.case.open', `mediation-case:${caseNumber}`, null, successor);
  return successor;
}

/** The case number this case continues as, when it was escalated. */
export async function continuationOf(db: Parameters<typeof findCaseById>[0], doc: StoredCase): Promise<string | undefined> {
  if (doc.continuedAsId === undefined) return undefined;
  return (await findCaseById(db, doc.continuedAsId))?.doc.caseNumber;
}
