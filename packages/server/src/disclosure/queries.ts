import { addWorkingDays, normalizeMobile, validateMobile, type CalendarDate } from '@shanzhi/rules';
import type { askDisclosureBodySchema } from '@shanzhi/sdk';
import type { Transaction } from 'kysely';
import type * as z from 'zod/mini';
import type { Principal } from '../auth/principal.js';
import { auditChange } from '../audit/log.js';
import type { Database } from '../db/schema.js';
import { HttpProblem } from '../http/problem.js';
import { nextQueryId } from './ids.js';

/**
 * Working days the village committee has to answer a query (查询) or objection about a disclosure.
 * 村民委员会组织法 Art 30 obliges the committee to accept villagers' queries (接受村民的查询) but
 * sets no deadline for the answer, so this is the reference server's default, not a statutory number:
 * a deployment whose local rules set another changes it here. Counted in working days with the
 * rules' holiday calendar (`addWorkingDays`), from the day after the query is received.
 */
export const answerWorkingDays = 5;

export type AskBody = z.output<typeof askDisclosureBodySchema>;

/** As stored in `disclosure_queries.doc`. The contact phone is for the committee's answer only. */
export interface StoredQuery {
  readonly id: string;
  readonly villageId: string;
  readonly disclosureId: string;
  readonly kind: AskBody['kind'];
  readonly text: string;
  readonly contactPhone?: string;
  readonly askedBy: { readonly id: string; readonly role: string; readonly householdId?: string };
  readonly receivedOn: CalendarDate;
  readonly answerDueOn: CalendarDate;
  readonly status: 'received';
}

/** What the asker gets back: a receipt. Neither the text nor the phone is echoed (nothing personal travels back). */
export function receiptOf(query: StoredQuery) {
  return {
    id: query.id,
    disclosureId: query.disclosureId,
    kind: query.kind,
    receivedOn: query.receivedOn,
    answerDueOn: query.answerDueOn,
    status: query.status,
  };
}

function contactPhoneOf(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const phone = normalizeMobile(raw);
  const problem = validateMobile(phone);
  if (problem) throw HttpProblem.validation([{ ...problem, path: ['contactPhone'] }]);
  return phone;
}

export interface AskInput {
  readonly trx: Transaction<Database>;
  readonly villageId: string;
  readonly disclosureId: string;
  readonly body: AskBody;
  readonly principal: Principal;
  readonly today: CalendarDate;
  readonly now: Date;
}

export async function storeQuery(input: AskInput): Promise<StoredQuery> {
  const { trx, villageId, disclosureId, body, principal, today } = input;
  const contactPhone = contactPhoneOf(body.contactPhone);
  const query: StoredQuery = {
    id: await nextQueryId(trx, villageId),
    villageId,
    disclosureId,
    kind: body.kind,
    text: body.text,
    ...(contactPhone === undefined ? {} : { contactPhone }),
    askedBy: {
      id: principal.id,
      role: principal.role,
      ...(principal.householdId === undefined ? {} : { householdId: principal.householdId }),
    },
    receivedOn: today,
    answerDueOn: addWorkingDays(today, answerWorkingDays),
    status: 'received',
  };
  await trx
    .insertInto('disclosure_queries')
    .values({ id: query.id, village_id: villageId, disclosure_id: disclosureId, received_on: today, doc: JSON.stringify(query) })
    .execute();
  await auditChange(trx, principal, input.now, 'disclosure.query.create', `disclosure-query:${query.id}`, null, query);
  return query;
}
