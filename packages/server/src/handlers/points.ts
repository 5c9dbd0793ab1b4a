import { checkAttachmentIds } from '../attachments/references.js';
import { balanceAsOf, declareEntry, issue, redact, ruleForDeclaration, transition, type PointsBalance } from '@shanzhi/rules';
import type { Handlers } from '../api/register.js';
import { auditChange } from '../audit/log.js';
import { HttpProblem } from '../http/problem.js';
import {
  actorOf,
  boardSearchScope,
  bumpVillageVersion,
  requireLedgerReader,
  requireOwnVillage,
  writeTransaction,
} from '../points/access.js';
import { resolvePeriod, searchBoard } from '../points/board.js';
import { pointsBoardCache, villageVersion } from '../points/cache.js';
import { encodeCursor, startOf } from '../points/cursor.js';
import {
  householdEntries,
  householdRedemptions,
  insertEntries,
  insertRedemptions,
  loadEntry,
  loadHousehold,
  loadScheme,
  nextEntryId,
  entryDocument,
  householdEntryDocument,
  nextRedemptionId,
  redemptionRecord,
  updateEntry,
  type StoredRedemption,
} from '../points/documents.js';
import { ruleRefusal } from '../points/problems.js';
import { checkHouseholdRedemption } from '../points/redemption-check.js';
import { requireNotRecused, settleDueNotices, writeDay } from '../points/process.js';
import { consentHandlers, type ConsentHandlers } from './consents.js';
import { pointsProcessHandlers, type PointsProcessHandlers } from './points-process.js';

type PointsHandlers = Pick<
  Handlers,
  'getPointsRules' | 'getLeaderboard' | 'getHouseholdPoints' | 'declarePointsEntry' | 'transitionPointsEntry' | 'redeemPoints'
> &
  ConsentHandlers &
  PointsProcessHandlers;

const defaultLimit = 50;

function balanceBody(balance: PointsBalance) {
  const { total, redeemable, base, earned, redeemed, rewardEligible } = balance;
  return { total, redeemable, base, earned, redeemed, rewardEligible };
}

export const pointsHandlers: PointsHandlers = {
  ...consentHandlers,
  ...pointsProcessHandlers,

  getPointsRules: async ({ db, params }) => {
    const { catalogue, settings } = await loadScheme(db, params.villageId);
    return { body: { villageId: params.villageId, catalogue, settings } };
  },

  getLeaderboard: async ({ app, params, query, principal, today }) => {
    const { villageId } = params;
    const cache = pointsBoardCache(app);
    const version = await villageVersion(app.db, villageId);
    const { scheme } = await cache.snapshot(app.db, villageId, version);
    const category = query.category ?? null;
    if (category !== null && !scheme.catalogue.categories.some((one) => one.code === category)) {
      throw HttpProblem.validation([issue('points.rule.unknownCategory', { category }, ['category'])]);
    }
    const period = resolvePeriod(query.period, today, scheme.settings);
    const board = await cache.board(app.db, villageId, version, period, category, today);
    const list = query.list ?? 'all';
    // The board is cached for every viewer; what `q` may match depends on this one.
    const rows = searchBoard(board[list], query.q, boardSearchScope(principal, villageId));
    const limit = query.limit ?? defaultLimit;
    const start = startOf(query.cursor, rows.length, (index) => rows[index]?.row.householdId);
    const page = rows.slice(start, start + limit);
    const last = page[page.length - 1];
    const end = start + page.length;
    return {
      body: {
        items: page.map((item) => item.row),
        nextCursor: last !== undefined && end < rows.length ? encodeCursor(end, last.row.householdId) : null,
        villageId,
        period: board.period,
        periodKind: board.periodKind,
        category: board.category,
        list,
        blackListEnabled: board.blackListEnabled,
        totalHouseholds: board.totalHouseholds,
        total: rows.length,
        asOf: board.asOf,
      },
    };
  },

  getHouseholdPoints: async ({ db, params, query, principal, today }) => {
    const { villageId, householdId } = params;
    const { isHousehold } = requireLedgerReader(principal, villageId, householdId);
    const household = await loadHousehold(db, villageId, householdId);
    const { catalogue, settings } = await loadScheme(db, villageId);
    const entries = await householdEntries(db, householdId);
    const stored = await householdRedemptions(db, householdId);
    const asOf = query.asOf ?? today;
    const balance = balanceAsOf(entries, stored, asOf, settings, catalogue, householdId);
    // The household sees its own name; the village's reviewers see names as the privacy policy allows.
    const { name } = redact({ name: household.head_name }, { role: principal.role, isSubject: isHousehold, handlesRecord: true });
    const redemptions = stored.map(redemptionRecord);
    // Notes and reasons are free text written by staff: a villager's copy has raw phones and ID numbers masked.
    const scrub = <T>(value: T): T => (isHousehold ? redact(value, { role: principal.role }) : value);
    return {
      body: {
        householdId,
        householdNumber: household.number,
        name,
        balance: balanceBody(balance),
        entries: scrub(entries.map(isHousehold ? householdEntryDocument : entryDocument)),
        redemptions: scrub(redemptions),
        asOf,
      },
    };
  },

  declarePointsEntry: async ({ db, params, body, principal, today, now, app }) => {
    const { villageId } = params;
    requireOwnVillage(principal, villageId);
    const trx = writeTransaction(db);
    const { catalogue, settings } = await loadScheme(trx, villageId);
    await loadHousehold(trx, villageId, body.householdId);
    // Evidence must be a points-evidence upload of this village that the declarer may read (docs/attachments.md).
    await checkAttachmentIds(trx, principal, villageId, 'points-evidence', body.attachmentIds ?? []);
    await settleDueNotices(trx, villageId, writeDay(app), settings, now);
    const rule = ruleForDeclaration(catalogue, body.ruleCode);
    if (!rule.ok) throw ruleRefusal(rule.issues);
    const id = await nextEntryId(trx);
    const declared = declareEntry({
      id,
      householdId: body.householdId,
      rule: rule.value,
      occurredOn: body.occurredOn,
      note: body.note,
      attachmentIds: body.attachmentIds,
      actor: actorOf(principal),
      at: today,
    });
    if (!declared.ok) throw ruleRefusal(declared.issues);
    const entry = declared.value;
    await insertEntries(trx, [{ villageId, entry }]);
    await auditChange(trx, principal, now, 'points.entry.declare', `points-entry:${id}`, null, entry);
    // Pending entries count nowhere, but the village's cached reads stay strictly tied to its writes.
    await bumpVillageVersion(trx, villageId);
    return { status: 201, body: entryDocument(entry) };
  },

  transitionPointsEntry: async ({ db, params, body, principal, today, now, app }) => {
    const { villageId, entryId } = params;
    requireOwnVillage(principal, villageId);
    const trx = writeTransaction(db);
    const { settings } = await loadScheme(trx, villageId);
    // A cadre confirming an entry by hand takes the step the sweep would take; every other entry is brought up to date.
    await settleDueNotices(trx, villageId, writeDay(app), settings, now, body.action === 'confirm' ? entryId : undefined);
    const before = await loadEntry(trx, villageId, entryId);
    await requireNotRecused(trx, principal, villageId, body.action, before.householdId);
    const moved = transition(before, body.action, { actor: actorOf(principal), at: today, reason: body.reason, settings });
    if (!moved.ok) throw ruleRefusal(moved.issues);
    const after = moved.value;
    await updateEntry(trx, before, after);
    await auditChange(trx, principal, now, `points.entry.${body.action}`, `points-entry:${entryId}`, before, after);
    await bumpVillageVersion(trx, villageId);
    return { body: entryDocument(after) };
  },

  redeemPoints: async ({ db, params, body, principal, today, now, app }) => {
    const { villageId } = params;
    requireOwnVillage(principal, villageId);
    const trx = writeTransaction(db);
    const scheme = await loadScheme(trx, villageId);
    // Entries whose notice ran out count in the balance checked below.
    await settleDueNotices(trx, villageId, writeDay(app), scheme.settings, now);
    const { householdId } = body;
    await loadHousehold(trx, villageId, householdId);
    const { plan, balanceAfter } = await checkHouseholdRedemption(trx, scheme, householdId, today, {
      kind: body.kind,
      amountPoints: body.amountPoints,
      vouchers: body.vouchers,
      cashTopUpFen: body.cashTopUpFen,
    });
    const { pointsSpent, cashTopUpFen } = plan;
    const redemption: StoredRedemption = {
      id: await nextRedemptionId(trx),
      householdId,
      date: today,
      points: pointsSpent,
      kind: body.kind,
      ...(cashTopUpFen > 0 ? { cashTopUpFen } : {}),
      ...(body.note === undefined ? {} : { note: body.note }),
      villageId,
      handledBy: principal.id,
      ...(body.kind === 'vouchers' && body.vouchers ? { vouchers: body.vouchers } : {}),
    };
    await insertRedemptions(trx, [redemption]);
    await auditChange(trx, principal, now, 'points.redemption.create', `redemption:${redemption.id}`, null, redemption);
    await bumpVillageVersion(trx, villageId);
    const after = balanceAfter(redemption);
    return { status: 201, body: { redemption: redemptionRecord(redemption), balance: balanceBody(after) } };
  },
};
