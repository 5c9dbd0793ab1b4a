import type { EntryHistoryAction, EntryStatus, LedgerEntry } from '@shanzhi/rules';
import { householdSearchMax, type listPointsEntries, type PageItem } from '@shanzhi/sdk';
import type { Handlers } from '../api/register.js';
import type { Principal } from '../auth/principal.js';
import { requireOwnVillage } from '../points/access.js';
import { encodeCursor, startOf } from '../points/cursor.js';
import { entryDocument, loadScheme } from '../points/documents.js';
import { recusalChecker } from '../points/process.js';

/*
 * The staff desk's reads (docs/rules/points.md "The staff desk"): the review queues and the household search. Both
 * are read-only and scoped to the caller's own village (the route table admits only gridWorker, cadre and
 * supervisor; `requireOwnVillage` refuses another village's staff with 403).
 */

export type PointsDeskHandlers = Pick<Handlers, 'listPointsEntries' | 'findHouseholds'>;

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
    const limit = query.limit ?? defaultLimit;
    const start = startOf(query.cursor, rows.length, (index) => rows[index]?.id);
    const page = rows.slice(start, start + limit);
    const items: PageItem<typeof listPointsEntries>[] = page.map((row) => {
      const entry = JSON.parse(row.doc) as LedgerEntry;
      return {
        ...entryDocument(entry),
        householdNumber: row.number,
        householdName: row.head_name,
        recused: step !== undefined && recused(step, entry.householdId) !== null,
      };
    });
    const last = page[page.length - 1];
    const end = start + page.length;
    return {
      body: {
        items,
        nextCursor: last !== undefined && end < rows.length ? encodeCursor(end, last.id) : null,
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
};
