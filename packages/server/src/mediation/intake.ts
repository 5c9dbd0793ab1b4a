import { randomUUID } from 'node:crypto';
import { checkAcceptance, openCase, triage, type CalendarDate, type MediationIntake } from '@shanzhi/rules';
import type { Transaction } from 'kysely';
import { auditChange } from '../audit/log.js';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/schema.js';
import { HttpProblem } from '../http/problem.js';
import { checkIntakeAttachments } from './attachments.js';
import { insertCases, type StoredCase } from './case-store.js';
import { newTrackingCode, nextCaseNumber, printedNumber, registryFor } from './numbering.js';

export interface Registered {
  readonly doc: StoredCase;
  readonly trackingCode: string;
  readonly printed: string;
}

/**
 * A dispute the committee does not take (another body has it; the other party refused, Art 17) is
 * answered 422 with the rule's code; the redirect guidance rides along as a second issue (its message
 * is rendered in the caller's language), so the form can say where to go instead.
 */
function refuseIntake(intake: MediationIntake): void {
  const decision = checkAcceptance(intake);
  if (decision.accepted) return;
  const { reason } = decision;
  // The named agency is the applicant's own free text: the answer never repeats it (the form still shows it).
  const redirect =
    decision.redirect.code === 'mediation.redirect.namedAgency'
      ? { ...decision.redirect, code: 'mediation.redirect.agency' as const, params: undefined }
      : decision.redirect;
  throw new HttpProblem(422, reason.code, {
    params: { where: redirect.where, redirect: redirect.code },
    issues: [reason, { code: redirect.code, path: reason.path, ...(redirect.params ? { params: redirect.params } : {}) }],
  });
}

/**
 * Registers a request for mediation (人民调解法 Art 27): acceptance, triage by the default routing table,
 * a case number from the (region, year) counter and a tracking code of which only the hash is kept. A
 * signed-in caller's case belongs to their village; a public one to the county's intake pool until placed.
 */
export async function registerIntake(
  trx: Transaction<Database>,
  intake: MediationIntake,
  principal: Principal,
  today: CalendarDate,
  at: Date,
): Promise<Registered> {
  refuseIntake(intake);
  const routed = triage(intake);
  // A villager's (or a grid worker's, taking it in) case belongs to their village.
  const villageId = principal.villageId ?? null;
  // The files it names are checked here, in the intake's transaction; stored in the case, they are linked to it.
  await checkIntakeAttachments(trx, principal, intake, villageId);
  const registry = await registryFor(trx, villageId);
  const caseNumber = await nextCaseNumber(trx, registry.regionCode, Number(today.slice(0, 4)));
  const { code, hash } = await newTrackingCode(trx);
  const doc: StoredCase = {
    id: `mc-${randomUUID()}`,
    villageId,
    caseNumber,
    intake,
    triage: routed,
    acceptance: { accepted: true },
    case: openCase({ submittedOn: today, level: routed.level }),
  };
  await insertCases(trx, [{ doc, trackingHash: hash }]);
  // The audit keeps only hashes of the states, and its subject is the case number: no personal data.
  await auditChange(trx, principal, at, 'mediation.case.submit', `mediation-case:${caseNumber}`, null, doc);
  return { doc, trackingCode: code, printed: printedNumber(caseNumber, registry.abbreviation) };
}
