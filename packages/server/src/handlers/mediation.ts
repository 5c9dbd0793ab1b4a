import type { Locale } from '@shanzhi/rules';
import type { MediationCaseStatus } from '@shanzhi/sdk';
import type { Kysely, Transaction } from 'kysely';
import type { Handlers } from '../api/register.js';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/schema.js';
import { HttpProblem } from '../http/problem.js';
import { caseAttachments } from '../mediation/attachments.js';
import { caseForReader, findCase, inMediatorScope, trackingCodeOpens, writeTransaction } from '../mediation/case-store.js';
import { continuationOf, recordEvent } from '../mediation/events.js';
import { registerIntake } from '../mediation/intake.js';
import { abbreviationOf, printedNumber } from '../mediation/numbering.js';
import { receiptView, statusView } from '../mediation/views.js';

type MediationHandlers = Pick<
  Handlers,
  'submitMediationIntake' | 'getMediationCase' | 'lookUpMediationCase' | 'recordMediationEvent' | 'withdrawMediationCase'
>;
type Db = Kysely<Database> | Transaction<Database>;

/** The case number as printed on paper: the registry's abbreviation (村/镇) plus the number. */
export async function printedOf(db: Db, caseNumber: string, villageId: string | null): Promise<string> {
  return printedNumber(caseNumber, await abbreviationOf(db, villageId));
}

/** One case's status for a reader: a mediator by role (no code), or the applicant by its tracking code. */
export async function readCase(
  db: Db,
  principal: Principal,
  caseNumber: string,
  trackingCode: string | undefined,
  locale: Locale,
): Promise<{ body: MediationCaseStatus }> {
  const { doc, row } = await caseForReader(db, principal, caseNumber, trackingCode);
  const status = statusView(doc, await printedOf(db, doc.caseNumber, row.village_id), locale, await continuationOf(db, doc));
  // The application's files, for its mediators only (the applicant's code shows the status, not the files).
  const files = inMediatorScope(principal, row) ? await caseAttachments(db, doc) : [];
  const body = files.length === 0 ? status : { ...status, attachments: files };
  return { body };
}

export const mediationHandlers: MediationHandlers = {
  submitMediationIntake: async ({ db, body, principal, today, now, locale }) => {
    const registered = await registerIntake(writeTransaction(db), body, principal, today, now);
    return { body: receiptView(registered.doc, registered.trackingCode, registered.printed, locale) };
  },

  getMediationCase: ({ db, params, principal, locale }) => readCase(db, principal, params.caseNumber, undefined, locale),

  // The applicant's read: the code comes in the body, so it never sits in a URL (and the guess limiter counts misses).
  lookUpMediationCase: ({ db, params, body, principal, locale }) => readCase(db, principal, params.caseNumber, body.trackingCode, locale),

  recordMediationEvent: async ({ db, params, body, principal, now, locale }) => {
    const trx = writeTransaction(db);
    const found = await findCase(trx, params.caseNumber);
    if (!found) throw HttpProblem.of('not-found');
    if (!inMediatorScope(principal, found.row)) throw HttpProblem.of('forbidden');
    if (body.type === 'assign') {
      const mediator = await trx
        .selectFrom('staff')
        .select('id')
        .where('id', '=', body.mediatorId)
        .where('role', '=', 'mediator')
        .executeTakeFirst();
      if (!mediator) throw HttpProblem.validation([{ code: 'field.invalidOption', path: ['mediatorId'] }]);
    }
    const outcome = await recordEvent(trx, found, body, principal, now);
    return {
      body: statusView(outcome.doc, await printedOf(trx, outcome.doc.caseNumber, found.row.village_id), locale, outcome.continuedAs),
    };
  },

  withdrawMediationCase: async ({ db, params, body, principal, today, now, locale }) => {
    const trx = writeTransaction(db);
    const found = await findCase(trx, params.caseNumber);
    // Only the tracking code proves the applicant; without it the case does not exist for the caller.
    if (!found || !trackingCodeOpens(found.row, body.trackingCode)) throw HttpProblem.of('not-found');
    const outcome = await recordEvent(trx, found, { type: 'withdraw', on: today }, principal, now);
    return { body: statusView(outcome.doc, await printedOf(trx, outcome.doc.caseNumber, found.row.village_id), locale) };
  },
};
