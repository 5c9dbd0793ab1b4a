import {
  addDays,
  nameForPurpose,
  noticeLastDay,
  openObjections,
  recusalIssue,
  settleNotice,
  todayInShanghai,
  type CalendarDate,
  type ConsentPurpose,
  type EntryHistoryAction,
  type LedgerEntry,
  type Objection,
  type PointsSettings,
} from '@shanzhi/rules';
import type { Kysely, Transaction } from 'kysely';
import type { AppServices } from '../api/context.js';
import type { Principal } from '../auth/principal.js';
import { auditChange, lockForWriting } from '../audit/log.js';
import type { Database } from '../db/schema.js';
import { HttpProblem } from '../http/problem.js';
import { bumpVillageVersion } from './cache.js';
import { villageConsentPurposes } from './consents.js';
import { loadScheme, updateEntry } from './documents.js';
import { ruleRefusal } from './problems.js';
import './process-schema.js';

/*
 * The server side of the points process (docs/rules/points.md "The process"): the notice sweep that makes entries
 * effective without a click, reviewers' family ties and recusal, and the reads of the 公示 board and of objections.
 */

type Db = Kysely<Database> | Transaction<Database>;

/** What the sweep writes in the audit log as its author: no person acted, the notice period ran out. */
const sweeper = { id: 'system', role: 'system' } as const;

/**
 * The day a write counts in, read from the clock AFTER the writer lock was taken (`runIdempotent` takes it before
 * the handler runs). A request that started before midnight and waited for the lock past it acts on the new day, so
 * an objection can never be accepted for a day whose notice another write already closed.
 */
export function writeDay(app: AppServices): CalendarDate {
  return todayInShanghai(app.now());
}

function parseEntry(doc: string): LedgerEntry {
  return JSON.parse(doc) as LedgerEntry;
}

/**
 * Makes every entry of the village whose notice is over with no objection open effective (`settleNotice`), inside
 * the caller's write transaction: each write to a village's points first brings its ledger up to `today`. Writers
 * are serialized (`lockForWriting`), so the sweep and an objection never interleave: an entry is settled before the
 * objection is checked (which is then refused as too late), or the objection is stored first (and the entry stays).
 * `except` leaves one entry to the caller (a cadre confirming it by hand). Audited as `system`; returns the count.
 */
export async function settleDueNotices(
  trx: Transaction<Database>,
  villageId: string,
  today: CalendarDate,
  settings: Pick<PointsSettings, 'noticeDays'>,
  now: Date,
  except?: string,
): Promise<number> {
  const rows = await trx
    .selectFrom('points_entries')
    .select(['id', 'doc'])
    .where('village_id', '=', villageId)
    .where('status', '=', 'publicized')
    .orderBy('id')
    .execute();
  let settled = 0;
  for (const row of rows) {
    if (row.id === except) continue;
    const before = parseEntry(row.doc);
    const after = settleNotice(before, today, settings);
    if (after === undefined) continue;
    await updateEntry(trx, before, after);
    await auditChange(trx, sweeper, now, 'points.entry.settle', `points-entry:${row.id}`, before, after);
    settled += 1;
  }
  if (settled > 0) await bumpVillageVersion(trx, villageId);
  return settled;
}

/**
 * Every village's notices brought up to date at once: run at start-up and daily by the server (start.ts), so in a
 * village where nobody writes for a while an entry whose notice ended still becomes effective the next day at the
 * latest (every write also settles its village first). One transaction per village, under the writer lock.
 */
export async function settleAllDueNotices(db: Kysely<Database>, now: Date): Promise<number> {
  const villages = await db.selectFrom('points_entries').select('village_id').distinct().where('status', '=', 'publicized').execute();
  let settled = 0;
  for (const { village_id: villageId } of villages) {
    settled += await db.transaction().execute(async (trx) => {
      await lockForWriting(trx);
      const { settings } = await loadScheme(trx, villageId);
      // The clock after the lock, as for a write (writeDay).
      return settleDueNotices(trx, villageId, todayInShanghai(now), settings, now);
    });
  }
  return settled;
}

/** The households a staff member declared a family tie with in the village. */
export async function familyTiesOf(db: Db, staffId: string, villageId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('staff_family_ties')
    .select('household_id')
    .where('staff_id', '=', staffId)
    .where('village_id', '=', villageId)
    .orderBy('household_id')
    .execute();
  return rows.map((row) => row.household_id);
}

/** Adds ties (those already declared are kept as they are); returns the full list. */
export async function addFamilyTies(
  trx: Transaction<Database>,
  staffId: string,
  villageId: string,
  householdIds: readonly string[],
  at: Date,
): Promise<{ readonly added: string[]; readonly all: string[] }> {
  const existing = new Set(await familyTiesOf(trx, staffId, villageId));
  const added = [...new Set(householdIds)].filter((id) => !existing.has(id)).sort();
  if (added.length > 0) {
    await trx
      .insertInto('staff_family_ties')
      .values(
        added.map((householdId) => ({
          staff_id: staffId,
          village_id: villageId,
          household_id: householdId,
          declared_at: at.toISOString(),
        })),
      )
      .execute();
  }
  return { added, all: [...existing, ...added].sort() };
}

/**
 * Refuses (403, `points.recusal.ownHousehold` / `.familyTie`) a reviewer who must step aside from `action` on an
 * entry of `householdId`: one whose identity names that household, or who declared a family tie with it.
 */
export async function requireNotRecused(
  db: Db,
  principal: Principal,
  villageId: string,
  action: EntryHistoryAction,
  householdId: string,
): Promise<void> {
  const ties = await familyTiesOf(db, principal.id, villageId);
  const found = recusalIssue({ householdId: principal.householdId, tiedHouseholdIds: ties }, action, householdId);
  if (found !== null) throw ruleRefusal([found]);
}

/** The same check for many entries at once (a batch): the issue for each household, or none. */
export async function recusalChecker(db: Db, principal: Principal, villageId: string) {
  const ties = await familyTiesOf(db, principal.id, villageId);
  return (action: EntryHistoryAction, householdId: string) =>
    recusalIssue({ householdId: principal.householdId, tiedHouseholdIds: ties }, action, householdId);
}

/** A household as notices name it; the registered name stays on the server. */
export interface NoticeHousehold {
  readonly number: string;
  readonly rawName: string;
  readonly consents: readonly ConsentPurpose[];
}

/** The village's households of `ids`, with their consents to being named. */
export async function noticeHouseholds(db: Db, villageId: string, ids: readonly string[]): Promise<Map<string, NoticeHousehold>> {
  const out = new Map<string, NoticeHousehold>();
  if (ids.length === 0) return out;
  const consents = await villageConsentPurposes(db, villageId);
  const rows = await db
    .selectFrom('households')
    .select(['id', 'number', 'head_name'])
    .where('village_id', '=', villageId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  for (const row of rows) out.set(row.id, { number: row.number, rawName: row.head_name, consents: consents.get(row.id) ?? [] });
  return out;
}

/**
 * How a notice names a household: as the leaderboard does (`nameForPurpose`), whole only for a household that
 * consented to being named on 公示 lists (个人信息保护法 Arts 14, 25), masked (张*明) otherwise. A deduction is never
 * named, as the black list is not (`boardNamePurpose`): no purpose covers publishing a penalty by name.
 */
export function nameOnNotice(household: NoticeHousehold | undefined, points: number): { readonly name: string; readonly masked: boolean } {
  if (household === undefined) return { name: '', masked: true };
  return nameForPurpose(household.rawName, household.consents, points < 0 ? null : 'publicNotice');
}

/** Entries of the village under notice (publicized) and revoked since `revokedSince`, newest notice first. */
export async function noticeEntries(db: Db, villageId: string, revokedSince: CalendarDate): Promise<LedgerEntry[]> {
  const rows = await db
    .selectFrom('points_entries')
    .select(['doc'])
    .where('village_id', '=', villageId)
    .where((eb) => eb.or([eb('status', '=', 'publicized'), eb.and([eb('status', '=', 'revoked'), eb('revoked_on', '>=', revokedSince)])]))
    .orderBy('id')
    .execute();
  return rows.map((row) => parseEntry(row.doc));
}

/**
 * Entries of the village that have ever had an objection. Objections travel in their entry's document, and entries
 * with one are rare, so a text filter on the document finds them without a table of their own.
 */
export async function objectedEntries(db: Db, villageId: string): Promise<LedgerEntry[]> {
  const rows = await db
    .selectFrom('points_entries')
    .select(['doc'])
    .where('village_id', '=', villageId)
    .where('doc', 'like', '%"objections":[%')
    .orderBy('id')
    .execute();
  return rows.map((row) => parseEntry(row.doc)).filter((entry) => (entry.objections ?? []).length > 0);
}

/** `pe-0000123.o1` → `pe-0000123`: an objection's id names its entry, so a ruling finds it by primary key. */
export function entryIdOfObjection(objectionId: string): string | undefined {
  const cut = objectionId.lastIndexOf('.o');
  return cut > 0 ? objectionId.slice(0, cut) : undefined;
}

/** The last day of the entry's running notice, or null when it is not under notice. */
export function noticeUntilOf(entry: LedgerEntry, settings: Pick<PointsSettings, 'noticeDays'>): CalendarDate | null {
  return entry.status === 'publicized' && entry.noticeStartedOn !== undefined ? noticeLastDay(entry.noticeStartedOn, settings) : null;
}

/** An objection as the contract's `objectionViewSchema` has it. */
export type ObjectionView = ReturnType<typeof objectionView>;

export function objectionView(
  entry: LedgerEntry,
  objection: Objection,
  entryHousehold: string,
  settings: Pick<PointsSettings, 'noticeDays'>,
) {
  return {
    id: objection.id,
    entryId: entry.id,
    householdId: objection.householdId,
    filedOn: objection.filedOn,
    reason: objection.reason,
    ...(objection.attachmentIds ? { attachmentIds: [...objection.attachmentIds] } : {}),
    status: objection.status,
    answer: objection.answer ?? null,
    ruledOn: objection.ruledOn ?? null,
    ruleCode: entry.ruleCode,
    points: entry.points,
    entryHouseholdName: entryHousehold,
    noticeUntil: noticeUntilOf(entry, settings),
  };
}

/** One objection's view, its entry's household named as on the board. */
export async function objectionViewOf(
  db: Db,
  villageId: string,
  entry: LedgerEntry,
  objection: Objection,
  settings: Pick<PointsSettings, 'noticeDays'>,
): Promise<ObjectionView> {
  const household = (await noticeHouseholds(db, villageId, [entry.householdId])).get(entry.householdId);
  return objectionView(entry, objection, nameOnNotice(household, entry.points).name, settings);
}

/** The views of the village's objections that `keep` selects, in entry order. */
export async function villageObjectionViews(
  db: Db,
  villageId: string,
  settings: Pick<PointsSettings, 'noticeDays'>,
  keep: (objection: Objection) => boolean,
): Promise<ObjectionView[]> {
  const entries = await objectedEntries(db, villageId);
  const households = await noticeHouseholds(
    db,
    villageId,
    entries.map((entry) => entry.householdId),
  );
  return entries.flatMap((entry) =>
    (entry.objections ?? [])
      .filter(keep)
      .map((objection) => objectionView(entry, objection, nameOnNotice(households.get(entry.householdId), entry.points).name, settings)),
  );
}

/** Whether the entry is held by an objection the supervisor has not answered. */
export function isObjected(entry: LedgerEntry): boolean {
  return openObjections(entry).length > 0;
}

/** The first day of the revocation notices still running on `today`. */
export function revocationNoticeSince(today: CalendarDate, settings: Pick<PointsSettings, 'noticeDays'>): CalendarDate {
  return addDays(today, 1 - settings.noticeDays);
}

/** 404 in the village's words for an objection that is not there. */
export function unknownObjection(objectionId: string): HttpProblem {
  return new HttpProblem(404, 'points.objection.unknown', { params: { objectionId } });
}
