import { randomBytes, timingSafeEqual } from 'node:crypto';
import {
  addWorkingDays,
  formatTrackingCode,
  normalizeMobile,
  trackingCodeFromBytes,
  trackingCodeRandomBytes,
  validateMobile,
  defaultDisclosureSettings,
  type CalendarDate,
  type DisclosureSettings,
} from '@shanzhi/rules';
import { receiptCodeLength, type askDisclosureBodySchema } from '@shanzhi/sdk';
import type { Kysely, Transaction } from 'kysely';
import type * as z from 'zod/mini';
import { hashToken, type Principal } from '../auth/principal.js';
import { auditChange } from '../audit/log.js';
import type { Database } from '../db/schema.js';
import { villageDoc, villageDocs, villageDocsOf } from '../db/village-row.js';
import { HttpProblem } from '../http/problem.js';
import { nextQueryId } from './ids.js';

type Db = Kysely<Database> | Transaction<Database>;

/** The default answer deadline in working days; a village sets its own (`queryAnswerWorkingDays`). */
export const answerWorkingDays = defaultDisclosureSettings.queryAnswerWorkingDays;

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
  /**
   * `receivedOn` plus the village's `queryAnswerWorkingDays` (default 5). 村民委员会组织法 Art 30 obliges the committee
   * to accept queries (接受村民的查询) but sets no deadline: the number is the village's own (docs/rules/disclosure-queries.md).
   */
  readonly answerDueOn: CalendarDate;
  readonly status: 'received' | 'answered';
  readonly answer?: { readonly text: string; readonly answeredOn: CalendarDate; readonly answeredBy: string };
  /** The anonymous public text, when published as a FAQ entry on the item. */
  readonly faq?: { readonly question: string; readonly answer: string; readonly publishedOn: CalendarDate; readonly publishedBy: string };
}

/**
 * A receipt code: 12 symbols of the tracking codes' alphabet (no 0/O, 1/I/L: read aloud, copied from a slip), about
 * 59 bits. Only its hash is stored; it is shown to the asker once, as ABCD-EFGH-JKMN.
 */
function newReceiptCode(): string {
  let code = '';
  while (code.length < receiptCodeLength) code += trackingCodeFromBytes(randomBytes(trackingCodeRandomBytes)) ?? '';
  return code.slice(0, receiptCodeLength);
}

/** 'ABCDEFGHJKMN' → 'ABCD-EFGH-JKMN': groups of four, for dictation and paper slips. */
function printedReceiptCode(code: string): string {
  return `${formatTrackingCode(code.slice(0, 8))}-${code.slice(8)}`;
}

/** What the asker gets back: a receipt, with the code shown this once. Neither the text nor the phone is echoed. */
export function receiptOf(query: StoredQuery, receiptCode: string) {
  return {
    id: query.id,
    disclosureId: query.disclosureId,
    kind: query.kind,
    receivedOn: query.receivedOn,
    answerDueOn: query.answerDueOn,
    status: query.status,
    receiptCode: printedReceiptCode(receiptCode),
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
  readonly settings: DisclosureSettings;
  readonly today: CalendarDate;
  readonly now: Date;
}

export async function storeQuery(input: AskInput): Promise<{ readonly query: StoredQuery; readonly receiptCode: string }> {
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
    answerDueOn: addWorkingDays(today, input.settings.queryAnswerWorkingDays),
    status: 'received',
  };
  const receiptCode = newReceiptCode();
  await trx
    .insertInto('disclosure_queries')
    .values({ id: query.id, village_id: villageId, disclosure_id: disclosureId, received_on: today, doc: JSON.stringify(query) })
    .execute();
  await trx
    .insertInto('disclosure_query_receipts')
    .values({ query_id: query.id, receipt_hash: hashToken(receiptCode) })
    .execute();
  await auditChange(trx, principal, input.now, 'disclosure.query.create', `disclosure-query:${query.id}`, null, query);
  return { query, receiptCode };
}

export function loadQueries(db: Db, villageId: string): Promise<StoredQuery[]> {
  return villageDocs(db, 'disclosure_queries', villageId);
}

/** The query of this village, or 404: another village's id is answered like an unknown one. */
export async function requireQuery(db: Db, villageId: string, id: string): Promise<StoredQuery> {
  const query = await villageDoc<StoredQuery>(db, 'disclosure_queries', villageId, id);
  if (!query) throw HttpProblem.of('not-found');
  return query;
}

/**
 * The asker's read-back: the query if the receipt code opens it, compared as hashes in constant time. A wrong code,
 * an unknown query and a query asked before receipt codes existed all answer the same 404 (the guess limiter counts it).
 */
export async function queryForReceipt(db: Db, villageId: string, id: string, receiptCode: string): Promise<StoredQuery> {
  const receipt = await db.selectFrom('disclosure_query_receipts').select('receipt_hash').where('query_id', '=', id).executeTakeFirst();
  const given = Buffer.from(hashToken(receiptCode), 'utf8');
  const stored = Buffer.from(receipt?.receipt_hash ?? '', 'utf8');
  if (given.length !== stored.length || !timingSafeEqual(given, stored)) throw HttpProblem.of('not-found');
  return requireQuery(db, villageId, id);
}

async function replaceQuery(
  trx: Transaction<Database>,
  principal: Principal,
  now: Date,
  action: string,
  before: StoredQuery,
  after: StoredQuery,
): Promise<void> {
  await trx
    .updateTable('disclosure_queries')
    .set({ doc: JSON.stringify(after) })
    .where('id', '=', after.id)
    .execute();
  await auditChange(trx, principal, now, action, `disclosure-query:${after.id}`, before, after);
}

export interface ChangeInput {
  readonly trx: Transaction<Database>;
  readonly query: StoredQuery;
  readonly principal: Principal;
  readonly today: CalendarDate;
  readonly now: Date;
}

/** Answers a query, once: a second answer is a conflict (409), so what the asker read stays what was answered. */
export async function answerQuery(input: ChangeInput & { readonly text: string }): Promise<StoredQuery> {
  const { query } = input;
  if (query.answer !== undefined) {
    throw new HttpProblem(409, 'disclosure.query.alreadyAnswered', { params: { answeredOn: query.answer.answeredOn } });
  }
  const after: StoredQuery = {
    ...query,
    status: 'answered',
    answer: { text: input.text, answeredOn: input.today, answeredBy: input.principal.id },
  };
  await replaceQuery(input.trx, input.principal, input.now, 'disclosure.query.answer', query, after);
  return after;
}

/**
 * Publishes an answered query as a FAQ entry: the cadre's own wording of question and answer, which the route
 * checks for raw phone and ID numbers (`publishes`), and never who asked. Publishing again replaces the wording.
 */
export async function publishFaq(input: ChangeInput & { readonly question: string; readonly answer: string }): Promise<StoredQuery> {
  const { query } = input;
  if (query.answer === undefined) throw new HttpProblem(409, 'disclosure.query.notAnswered');
  const after: StoredQuery = {
    ...query,
    faq: { question: input.question, answer: input.answer, publishedOn: input.today, publishedBy: input.principal.id },
  };
  await replaceQuery(input.trx, input.principal, input.now, 'disclosure.query.faq', query, after);
  return after;
}

/** The item's published FAQ entries, oldest first: question, answer and date only. */
export async function loadFaq(db: Db, villageId: string, disclosureId: string) {
  const queries: StoredQuery[] = await villageDocsOf(db, 'disclosure_queries', villageId, 'disclosure_id', disclosureId);
  return queries.flatMap(({ faq }) =>
    faq === undefined ? [] : [{ question: faq.question, answer: faq.answer, publishedOn: faq.publishedOn }],
  );
}
