import { compareDates, currentVersion, workingDaysAfter, type CalendarDate } from '@shanzhi/rules';
import type { Kysely, Transaction } from 'kysely';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/schema.js';
import type { StoredQuery } from './queries.js';

type Db = Kysely<Database> | Transaction<Database>;

/*
 * How a villager's query (查询, 村民委员会组织法 Art 30) reads: to its asker holding the receipt code, and to the
 * village's staff. The stored document and its changes are in ./queries.ts.
 */

/** What the asker reads back: their own question and the answer; no phone, no staff names. */
export function askerView(query: StoredQuery) {
  return {
    id: query.id,
    disclosureId: query.disclosureId,
    kind: query.kind,
    text: query.text,
    receivedOn: query.receivedOn,
    answerDueOn: query.answerDueOn,
    status: query.status,
    ...(query.answer === undefined ? {} : { answer: { text: query.answer.text, answeredOn: query.answer.answeredOn } }),
  };
}

/** What a staff view needs besides the query: the items' titles and the askers' household names. */
export interface StaffContext {
  readonly titles: ReadonlyMap<string, string>;
  readonly householdNames: ReadonlyMap<string, string>;
  readonly today: CalendarDate;
}

export async function staffContextOf(
  db: Db,
  villageId: string,
  queries: readonly StoredQuery[],
  today: CalendarDate,
): Promise<StaffContext> {
  const itemIds = [...new Set(queries.map((query) => query.disclosureId))];
  const householdIds = [
    ...new Set(queries.flatMap((query) => (query.askedBy.householdId === undefined ? [] : [query.askedBy.householdId]))),
  ];
  const [items, households] = await Promise.all([
    itemIds.length === 0
      ? []
      : db.selectFrom('disclosure_items').select('doc').where('village_id', '=', villageId).where('id', 'in', itemIds).execute(),
    householdIds.length === 0
      ? []
      : db
          .selectFrom('households')
          .select(['id', 'head_name'])
          .where('village_id', '=', villageId)
          .where('id', 'in', householdIds)
          .execute(),
  ]);
  const titles = new Map<string, string>();
  for (const row of items) {
    const item = JSON.parse(row.doc) as Parameters<typeof currentVersion>[0] & { id: string };
    titles.set(item.id, currentVersion(item).title);
  }
  return { titles, householdNames: new Map(households.map((row) => [row.id, row.head_name])), today };
}

/**
 * A query as the village's staff see it: who asked as the board shows staff data (the household head's name, in
 * full, to those who handle the village's records), whether a number was left — never the number itself.
 */
export function staffSummary(query: StoredQuery, context: StaffContext) {
  const answered = query.status === 'answered';
  const householdName = query.askedBy.householdId === undefined ? undefined : context.householdNames.get(query.askedBy.householdId);
  return {
    id: query.id,
    disclosureId: query.disclosureId,
    disclosureTitle: context.titles.get(query.disclosureId) ?? query.disclosureId,
    kind: query.kind,
    text: query.text,
    receivedOn: query.receivedOn,
    answerDueOn: query.answerDueOn,
    status: query.status,
    overdue: !answered && compareDates(context.today, query.answerDueOn) > 0,
    workingDaysLeft: answered ? 0 : workingDaysAfter(context.today, query.answerDueOn),
    asker: { role: query.askedBy.role, ...(householdName === undefined ? {} : { householdName }) },
    hasContactPhone: query.contactPhone !== undefined,
    ...(query.answer === undefined ? {} : { answer: { text: query.answer.text, answeredOn: query.answer.answeredOn } }),
    ...(query.faq === undefined
      ? {}
      : { faq: { question: query.faq.question, answer: query.faq.answer, publishedOn: query.faq.publishedOn } }),
  };
}

/** One query for staff: the contact phone only for the cadre, who calls back, decides and documents the answer. */
export function staffDetail(query: StoredQuery, context: StaffContext, principal: Principal) {
  const summary = staffSummary(query, context);
  return principal.role === 'cadre' && query.contactPhone !== undefined ? { ...summary, contactPhone: query.contactPhone } : summary;
}

/** Unanswered first, by answer deadline (the most overdue on top); answered ones after, the latest first. */
export function byDeadline(a: StoredQuery, b: StoredQuery): number {
  const aOpen = a.status === 'received';
  const bOpen = b.status === 'received';
  if (aOpen !== bOpen) return aOpen ? -1 : 1;
  if (aOpen) return compareDates(a.answerDueOn, b.answerDueOn) || a.id.localeCompare(b.id);
  return compareDates(b.answer?.answeredOn ?? b.receivedOn, a.answer?.answeredOn ?? a.receivedOn) || b.id.localeCompare(a.id);
}
