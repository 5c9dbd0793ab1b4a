import type { Handlers } from '../api/register.js';
import { HttpProblem } from '../http/problem.js';
import { caseForReader, findCase, inMediatorScope, trackingCodeOpens, writeTransaction } from '../mediation/case-store.js';
import { continuationOf, recordEvent } from '../mediation/events.js';
import { registerIntake } from '../mediation/intake.js';
import { abbreviationOf, printedNumber } from '../mediation/numbering.js';
import { receiptView, statusView } from '../mediation/views.js';

type MediationHandlers = Pick<Handlers, 'submitMediationIntake' | 'getMediationCase' | 'lookUpMediationCase' | 'recordMediationEvent' | 'withdrawMediationCase'>;

export const mediationHandlers: MediationHandlers = {
  submitMediationIntake: async ({ db, body, principal, today, now, locale }) => {
    const registered = await registerIntake(writeTransaction(db), body, principal, today, now);
    return { body: receiptView(registered.doc, registered.trackingCode, registered.printed, locale) };
  },

  getMediationCase: async ({ db, params, principal, locale }) => {
    const { doc, row } = await caseForReader(db, principal, params.caseNumber, undefined);
    const printed = printedNumber(doc.caseNumber, await abbreviationOf(db, row.village_id));
    return { body: statusView(doc, printed, locale, await continuationOf(db, doc)) };
  },

  // The applicant's read: the code comes in the body, so it never sits in a URL (and the guess limiter counts misses).
  lookUpMediationCase: async ({ db, params, body, principal, locale }) => {
    const { doc, row } = await caseForReader(db, principal, params.caseNumber, body.trackingCode);
    const printed = printedNumber(doc.caseNumber, await abbreviationOf(db, row.village_id));
    return { body: statusView(doc, printed, locale, await continuationOf(db, doc)) };
  },

  recordMediationEvent: async ({ db, params, body, principal, now, locale }) => {
    const trx = writeTransaction(db);
    const found = await findCase(trx, params.caseNumber);
    if (!found) throw HttpProblem.of('not-found');
    if (!inMediatorScope(principal, found.row)) throw HttpProblem.of('forbidden');
    if (body.type === 'assign') {
      const mediator = await trx.selectFrom('staff').select('id').where('id', '=', body.mediatorId).where('role', '=', 'mediator').executeTakeFirst();
      if (!mediator) throw HttpProblem.validation([{ code: 'field.invalidOption', path: ['mediatorId'] }]);
    }
    const outcome = await recordEvent(trx, found, body, principal, now);
    const printed = printedNumber(outcome.doc.caseNumber, await abbreviationOf(trx, found.row.village_id));
    return { body: statusView(outcome.doc, printed, locale, outcome.continuedAs) };
  },

  withdrawMediationCase: async ({ db, params, body, principal, today, now, locale }) => {
    const trx = writeTransaction(db);
    const found = await findCase(trx, params.caseNumber);
    // Only the tracking code proves the applicant; without it the case does not exist for the caller.
    if (!found || !trackingCodeOpens(found.row, body.trackingCode)) throw HttpProblem.of('not-found');
    const outcome = await recordEvent(trx, found, { type: 'withdraw', on: today }, principal, now);
    const printed = printedNumber(outcome.doc.caseNumber, await abbreviationOf(trx, found.row.village_id));
    return { body: statusView(outcome.doc, printed, locale) };
  },
};
