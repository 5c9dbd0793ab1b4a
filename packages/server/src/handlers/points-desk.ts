import { noticeLastDay, redact, type EntryHistoryAction, type EntryStatus, type LedgerEntry } from '@shanzhi/rules';
import { householdSearchMax, type listOwnPointsEntries, type listPointsEntries, type PageItem } from '@shanzhi/sdk';
import type { Handlers } from '../api/register.js';
import type { Principal } from '../auth/principal.js';
import { requireLedgerReader, requireOwnVillage } from '../points/access.js';
import { encodeCursor, startOf } from '../points/cursor.js';
import { entryDocument, householdEntryDocument, loadHousehold, loadScheme } from '../points/documents.js';
import { isObjected, recusalChecker } from '../points/process.js';

/*
 * The staff desk's reads (docs/rules/points.md "The staff desk"): the review queues and the household search. Both
 * are read-only and scoped to the caller's own village (the route table admits only gridWorker, cadre and
 * supervisor; `requireOwnVillage` refuses another village's staff with 403). Beside them the villager's side of the
 * desk: their own household's entries (listOwnPointsEntries), the household being the one their token is bound to.
 */

export type PointsDeskHandlers = Pick<Handlers, 'listPointsEntries' | 'findHouseholds' | 'listOwnPointsEntries'>;

const defaultLimit = 50;

/** The queue a role works when it asks for none: the step `entryActionRoles` (rules) gives it. */
function defaultStatus(principal: Principal): EntryStatus {
  if (principal.role === 'gridWorker') return 'firstReview';
  if (principal.role === 'supervisor') return 'publicized';
  return 'secondReview';
}

/** The judging step an entry in `status` waits for, to tell the caller beforehand that they must step aside. */
const stepOf: Partial<Record<EntryStatus, EntryHistoryAction>> = {
  firstReview: 'passFirstReview',
  secondReview: 'publicize',
  publicized: 'confirm',
  effective: 'revoke',
};

/** One page of `rows` (sorted, each with its id) from the query's cursor, and the cursor of the next page. */
function pageOfRows<R extends { readonly id: string }>(
  rows: readonly R[],
  query: { cursor?: string | undefined; limit?: number | undefined },
) {
  const limit = query.limit ?? defaultLimit;
  const start = startOf(query.cursor, rows.length, (index) => rows[index]?.id);
  const page = rows.slice(start, start + limit);
  const last = page[page.length - 1];
  const end = start + page.length;
  return { page, nextCursor: last !== undefined && end < rows.length ? encodeCursor(end, last.id) : null };
}

/** Why a rejected or revoked entry stopped: the reason of the step that led to its status (reject, uphold, revoke). */
function stopReason(entry: LedgerEntry): string | null {
  if (entry.status !== 'rejected' && entry.status !== 'revoked') return null;
  const step = [...entry.history].reverse().find((one) => one.status === entry.status);
  return step?.reason ?? null;
}

export const pointsDeskHandlers: PointsDeskHandlers = {
  listPointsEntries: async ({ db, params, query, principal, today }) => {
    const { villageId } = params;
    requireOwnVillage(principal, villageId);
    // 404 for a village without a points scheme, as every points route answers.
    await loadScheme(db, villageId);
    const status = query.status ?? defaultStatus(principal);
    const rows = await db
      .selectFrom('points_entries')
      .innerJoin('households', 'households.id', 'points_entries.household_id')
      .select(['points_entries.id', 'points_entries.doc', 'households.number', 'households.head_name'])
      .where('points_entries.village_id', '=', villageId)
      .where('points_entries.status', '=', status)
      .orderBy('points_entries.id')
      .execute();
    const recused = await recusalChecker(db, principal, villageId);
    const step = stepOf[status];
    const { page, nextCursor } = pageOfRows(rows, query);
    const items: PageItem<typeof listPointsEntries>[] = page.map((row) => {
      const entry = JSON.parse(row.doc) as LedgerEntry;
      return {
        ...entryDocument(entry),
        householdNumber: row.number,
        householdName: row.head_name,
        recused: step !== undefined && recused(step, entry.householdId) !== null,
      };
    });
    return {
      body: {
        items,
        nextCursor,
        villageId,
        status,
        total: rows.length,
        asOf: today,
      },
    };
  },

  findHouseholds: async ({ db, params, query, principal }) => {
    const { villageId } = params;
    requireOwnVillage(principal, villageId);
    const needle = query.q?.trim().toLowerCase() ?? '';
    const rows =
      needle === ''
        ? []
        : await db
            .selectFrom('households')
            .select(['id', 'number', 'head_name'])
            .where('village_id', '=', villageId)
            .orderBy('number')
            .orderBy('id')
            .execute();
    // Matched here rather than with LIKE: the same case-folded substring match as the boards' search (points/board.ts).
    const found = rows.filter((row) => row.number.toLowerCase().includes(needle) || row.head_name.toLowerCase().includes(needle));
    // An exact household number first: the desk's fastest path is typing the number on the household's card.
    found.sort((a, b) => Number(b.number.toLowerCase() === needle) - Number(a.number.toLowerCase() === needle));
    return {
      body: {
        villageId,
        items: found.slice(0, householdSearchMax).map((row) => ({ householdId: row.id, householdNumber: row.number, name: row.head_name })),
        more: found.length > householdSearchMax,
      },
    };
  },

  /*
   * The household reads its own entries exactly as its ledger (getHouseholdPoints) shows them to it: the same
   * household copy (objectors hidden) with raw phone and ID numbers in staff's free text masked. The household is the
   * token's: `requireLedgerReader` refuses a token bound to no household, or to another village, with 403 (the route
   * table admits villagers only), before anything is looked up.
   */
  listOwnPointsEntries: async ({ db, params, query, principal, today }) => {
    const { villageId } = params;
    const householdId = principal.householdId ?? '';
    requireLedgerReader(principal, villageId, householdId);
    await loadHousehold(db, villageId, householdId);
    const { settings } = await loadScheme(db, villageId);
    // Newest first: entry ids are serial (pe-0000123), so the newest declaration has the greatest id.
    const rows = await db
      .selectFrom('points_entries')
      .select(['id', 'doc'])
      .where('village_id', '=', villageId)
      .where('household_id', '=', householdId)
      .orderBy('id', 'desc')
      .execute();
    const { page, nextCursor } = pageOfRows(rows, query);
    const items: PageItem<typeof listOwnPointsEntries>[] = page.map((row) => {
      const entry = JSON.parse(row.doc) as LedgerEntry;
      return {
        ...householdEntryDocument(entry),
        noticeUntil: entry.status === 'publicized' && entry.noticeStartedOn ? noticeLastDay(entry.noticeStartedOn, settings) : null,
        objected: isObjected(entry),
        reason: stopReason(entry),
        attachmentCount: entry.attachmentIds?.length ?? 0,
      };
    });
    return {
      body: {
        items: redact(items, { role: principal.role }),
        nextCursor,
        householdId,
        total: rows.length,
        asOf: today,
      },
    };
  },
};
