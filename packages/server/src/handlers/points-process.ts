import { declareEntry, issue, noticeLastDay, ruleForDeclaration, transition, type LedgerEntry } from '@shanzhi/rules';
import type { Handlers } from '../api/register.js';
import { checkAttachmentIds } from '../attachments/references.js';
import type { Principal } from '../auth/principal.js';
import { auditChange } from '../audit/log.js';
import { HttpProblem, renderProblem } from '../http/problem.js';
import { actorOf, bumpVillageVersion, requireOwnVillage, writeTransaction } from '../points/access.js';
import { encodeCursor, startOf } from '../points/cursor.js';
import { entryDocument, insertEntries, loadEntry, loadHousehold, loadScheme, nextEntryId, updateEntry } from '../points/documents.js';
import { ruleRefusal } from '../points/problems.js';
import {
  addFamilyTies,
  entryIdOfObjection,
  familyTiesOf,
  isObjected,
  nameOnNotice,
  noticeEntries,
  noticeHouseholds,
  objectionViewOf,
  recusalChecker,
  requireNotRecused,
  revocationNoticeSince,
  settleDueNotices,
  unknownObjection,
  villageObjectionViews,
  writeDay,
} from '../points/process.js';
import type { listPointsNotices, PageItem, PointsProcessRoutes } from '@shanzhi/sdk';

/*
 * The points process routes (docs/api.md "The points process"): a household's own declaration, batch review,
 * the public 公示 board, objections and rulings, and reviewers' family ties. Every write runs in the request's
 * transaction, first brings the village's notices up to date (`settleDueNotices`), and is audited.
 */

export type PointsProcessHandlers = Pick<Handlers, keyof PointsProcessRoutes>;

const defaultLimit = 50;

/** A villager acting for their household: their token is bound to it, in this village. */
function requireHouseholdMember(principal: Principal, villageId: string): string {
  if (principal.role === 'public') throw HttpProblem.of('unauthorized', { headers: { 'WWW-Authenticate': 'Bearer' } });
  if (principal.role !== 'villager' || principal.householdId === undefined) throw HttpProblem.of('forbidden');
  if (principal.villageId !== villageId) throw HttpProblem.of('forbidden');
  return principal.householdId;
}

export const pointsProcessHandlers: PointsProcessHandlers = {
  declareOwnPointsEntry: async ({ db, params, body, principal, app, now }) => {
    const { villageId } = params;
    const householdId = requireHouseholdMember(principal, villageId);
    const trx = writeTransaction(db);
    const today = writeDay(app);
    const { catalogue, settings } = await loadScheme(trx, villageId);
    await loadHousehold(trx, villageId, householdId);
    // Evidence must be the declarer's own upload for points evidence in this village (docs/attachments.md).
    await checkAttachmentIds(trx, principal, villageId, 'points-evidence', body.attachmentIds ?? []);
    await settleDueNotices(trx, villageId, today, settings, now);
    const rule = ruleForDeclaration(catalogue, body.ruleCode);
    if (!rule.ok) throw ruleRefusal(rule.issues);
    const actor = actorOf(principal);
    const declared = declareEntry({
      id: await nextEntryId(trx),
      householdId,
      rule: rule.value,
      occurredOn: body.occurredOn,
      note: body.note,
      attachmentIds: body.attachmentIds,
      actor,
      at: today,
    });
    if (!declared.ok) throw ruleRefusal(declared.issues);
    // The household has no review step of its own: its declaration is its application, submitted at once.
    const submitted = transition(declared.value, 'submit', { actor, at: today, settings });
    if (!submitted.ok) throw ruleRefusal(submitted.issues);
    const entry = submitted.value;
    await insertEntries(trx, [{ villageId, entry }]);
    await auditChange(trx, principal, now, 'points.entry.declare', `points-entry:${entry.id}`, null, entry);
    await bumpVillageVersion(trx, villageId);
    return { status: 201, body: entryDocument(entry) };
  },

  /*
   * Batch review. Each entry is checked completely (found, legal step, role, recusal) before anything of it is
   * written, so a refused entry writes nothing and the others go on; the batch then commits as ONE transaction with
   * its Idempotency-Key, so a retry replays the same per-entry results instead of half-applying them again. Not
   * all-or-nothing: one entry a colleague moved meanwhile must not send back the other 39 of a village's monthly review.
   */
  reviewPointsEntries: async ({ db, params, body, principal, app, now, locale, requestId }) => {
    const { villageId } = params;
    requireOwnVillage(principal, villageId);
    const reason = body.reason?.trim();
    if (body.action === 'reject' && !reason) {
      throw HttpProblem.validation([issue('points.transition.reasonRequired', { action: 'reject' }, ['reason'])]);
    }
    const trx = writeTransaction(db);
    const today = writeDay(app);
    const { settings } = await loadScheme(trx, villageId);
    await settleDueNotices(trx, villageId, today, settings, now);
    const recused = await recusalChecker(trx, principal, villageId);
    const actor = actorOf(principal);
    const results = [];
    for (const entryId of [...new Set(body.entryIds)]) {
      try {
        const before = await loadEntry(trx, villageId, entryId);
        const conflict = recused(body.action, before.householdId);
        if (conflict !== null) throw ruleRefusal([conflict]);
        const moved = transition(before, body.action, { actor, at: today, reason, settings });
        if (!moved.ok) throw ruleRefusal(moved.issues);
        await updateEntry(trx, before, moved.value);
        await auditChange(trx, principal, now, `points.entry.${body.action}`, `points-entry:${entryId}`, before, moved.value);
        results.push({ entryId, ok: true, entry: entryDocument(moved.value) });
      } catch (error) {
        if (!(error instanceof HttpProblem)) throw error;
        const { status, code, title } = renderProblem(error, locale, requestId);
        results.push({ entryId, ok: false, problem: { status, code, title } });
      }
    }
    const succeeded = results.filter((one) => one.ok).length;
    if (succeeded > 0) await bumpVillageVersion(trx, villageId);
    return { body: { action: body.action, succeeded, failed: results.length - succeeded, results } };
  },

  listPointsNotices: async ({ db, params, query, today }) => {
    const { villageId } = params;
    const { catalogue, settings } = await loadScheme(db, villageId);
    const entries = await noticeEntries(db, villageId, revocationNoticeSince(today, settings));
    const households = await noticeHouseholds(
      db,
      villageId,
      entries.map((entry) => entry.householdId),
    );
    const labelOf = new Map(catalogue.rules.map((rule) => [rule.code, rule.label]));
    const items: PageItem<typeof listPointsNotices>[] = [];
    for (const entry of entries) {
      const household = households.get(entry.householdId);
      const shown = nameOnNotice(household, entry.points);
      const common = {
        entryId: entry.id,
        householdId: entry.householdId,
        householdNumber: household?.number ?? '',
        name: shown.name,
        nameMasked: shown.masked,
        ruleCode: entry.ruleCode,
        ruleLabel: { ...(labelOf.get(entry.ruleCode) ?? { 'zh-CN': entry.ruleCode }) },
        points: entry.points,
      };
      if (entry.status === 'revoked' && entry.revokedOn !== undefined) {
        // A revocation is announced for a notice period of its own, with its reason (never silently deleted).
        const revocation = [...entry.history].reverse().find((step) => step.action === 'revoke');
        items.push({
          ...common,
          id: `${entry.id}.revocation`,
          kind: 'revocation' as const,
          reason: revocation?.reason ?? null,
          noticeFrom: entry.revokedOn,
          noticeUntil: noticeLastDay(entry.revokedOn, settings),
          objected: false,
        });
      } else if (entry.noticeStartedOn !== undefined) {
        const until = noticeLastDay(entry.noticeStartedOn, settings);
        const objected = isObjected(entry);
        // Over and unobjected: effective at the next write of the village (the sweep); no longer on the board.
        if (until < today && !objected) continue;
        items.push({
          ...common,
          id: entry.id,
          kind: 'entry' as const,
          reason: entry.note ?? null,
          noticeFrom: entry.noticeStartedOn,
          noticeUntil: until,
          objected,
        });
      }
    }
    items.sort((a, b) => (a.noticeFrom === b.noticeFrom ? (a.id < b.id ? -1 : 1) : a.noticeFrom < b.noticeFrom ? 1 : -1));
    const limit = query.limit ?? defaultLimit;
    const start = startOf(query.cursor, items.length, (index) => items[index]?.id);
    const page = items.slice(start, start + limit);
    const last = page[page.length - 1];
    const end = start + page.length;
    return {
      body: {
        items: page,
        nextCursor: last !== undefined && end < items.length ? encodeCursor(end, last.id) : null,
        villageId,
        noticeDays: settings.noticeDays,
        total: items.length,
        asOf: today,
      },
    };
  },

  fileObjection: async ({ db, params, body, principal, app, now }) => {
    const { villageId, entryId } = params;
    if (principal.role === 'villager' && principal.villageId !== villageId) {
      // A precise refusal for a villager of another village (who may well see the board, which is public).
      throw new HttpProblem(403, 'points.objection.outsideVillage');
    }
    const householdId = requireHouseholdMember(principal, villageId);
    const trx = writeTransaction(db);
    // The clock is read after the writer lock: see `writeDay`.
    const today = writeDay(app);
    const { settings } = await loadScheme(trx, villageId);
    await settleDueNotices(trx, villageId, today, settings, now);
    const before = await loadEntry(trx, villageId, entryId);
    if (before.status !== 'publicized') {
      // Settled by the sweep (or by a cadre) once its notice was over: too late, and the answer says since when.
      if (before.status === 'effective' && before.noticeStartedOn !== undefined) {
        throw ruleRefusal([
          issue('points.objection.noticeOver', { lastDay: noticeLastDay(before.noticeStartedOn, settings) }, ['entryId']),
        ]);
      }
      throw ruleRefusal([issue('points.objection.notUnderNotice', { status: before.status }, ['entryId'])]);
    }
    // Evidence must be files of this village uploaded as objection evidence that the objector may read (attachments.md).
    await checkAttachmentIds(trx, principal, villageId, 'objection-evidence', body.attachmentIds ?? []);
    const moved = transition(before, 'dispute', {
      actor: actorOf(principal),
      at: today,
      reason: body.reason,
      settings,
      householdId,
      attachmentIds: body.attachmentIds,
    });
    if (!moved.ok) throw ruleRefusal(moved.issues);
    const after = moved.value;
    await updateEntry(trx, before, after);
    const objection = after.objections?.[after.objections.length - 1];
    if (objection === undefined) throw HttpProblem.of('internal');
    await auditChange(trx, principal, now, 'points.objection.file', `points-objection:${objection.id}`, null, objection);
    await bumpVillageVersion(trx, villageId);
    return { status: 201, body: await objectionViewOf(trx, villageId, after, objection, settings) };
  },

  listOwnObjections: async ({ db, params, principal }) => {
    const { villageId } = params;
    const householdId = requireHouseholdMember(principal, villageId);
    const { settings } = await loadScheme(db, villageId);
    return { body: { items: await villageObjectionViews(db, villageId, settings, (objection) => objection.householdId === householdId) } };
  },

  listPointsObjections: async ({ db, params, query, principal }) => {
    const { villageId } = params;
    requireOwnVillage(principal, villageId);
    const { settings } = await loadScheme(db, villageId);
    const items = await villageObjectionViews(db, villageId, settings, (one) => query.status === undefined || one.status === query.status);
    // Open ones first (they hold their entries), then the newest.
    items.sort((a, b) => Number(b.status === 'open') - Number(a.status === 'open') || b.filedOn.localeCompare(a.filedOn));
    return { body: { items } };
  },

  ruleOnObjection: async ({ db, params, body, principal, app, now }) => {
    const { villageId } = params;
    requireOwnVillage(principal, villageId);
    const trx = writeTransaction(db);
    const today = writeDay(app);
    const { settings } = await loadScheme(trx, villageId);
    const entryId = entryIdOfObjection(body.objectionId);
    if (entryId === undefined) throw unknownObjection(body.objectionId);
    let before: LedgerEntry;
    try {
      before = await loadEntry(trx, villageId, entryId);
    } catch (error) {
      if (error instanceof HttpProblem && error.code === 'not-found') throw unknownObjection(body.objectionId);
      throw error;
    }
    const objection = before.objections?.find((one) => one.id === body.objectionId);
    if (objection === undefined) throw unknownObjection(body.objectionId);
    await requireNotRecused(trx, principal, villageId, body.outcome, before.householdId);
    if (objection.status !== 'open')
      throw ruleRefusal([issue('points.objection.alreadyRuled', { status: objection.status }, ['objectionId'])]);
    const moved = transition(before, body.outcome, {
      actor: actorOf(principal),
      at: today,
      reason: body.answer,
      settings,
      objectionId: body.objectionId,
    });
    if (!moved.ok) throw ruleRefusal(moved.issues);
    const after = moved.value;
    await updateEntry(trx, before, after);
    const ruled = after.objections?.find((one) => one.id === body.objectionId) ?? objection;
    await auditChange(trx, principal, now, `points.objection.${body.outcome}`, `points-objection:${ruled.id}`, objection, ruled);
    // A dismissal after the notice ended lets the entry take effect now, in this same transaction.
    await settleDueNotices(trx, villageId, today, settings, now);
    await bumpVillageVersion(trx, villageId);
    const current = await loadEntry(trx, villageId, entryId);
    return { body: { objection: await objectionViewOf(trx, villageId, current, ruled, settings), entry: entryDocument(current) } };
  },

  declareFamilyTies: async ({ db, params, body, principal, now }) => {
    const { villageId } = params;
    requireOwnVillage(principal, villageId);
    const trx = writeTransaction(db);
    const wanted = [...new Set(body.householdIds)];
    const found = await trx.selectFrom('households').select('id').where('village_id', '=', villageId).where('id', 'in', wanted).execute();
    const known = new Set(found.map((row) => row.id));
    const missing = wanted.flatMap((householdId) =>
      known.has(householdId)
        ? []
        : [issue('points.familyTie.householdNotInVillage', { householdId }, ['householdIds', body.householdIds.indexOf(householdId)])],
    );
    if (missing.length > 0)
      throw new HttpProblem(422, 'points.familyTie.householdNotInVillage', { params: missing[0]?.params ?? {}, issues: missing });
    const { added, all } = await addFamilyTies(trx, principal.id, villageId, wanted, now);
    if (added.length > 0) {
      await auditChange(trx, principal, now, 'points.familyTie.declare', `staff-family-ties:${principal.id}`, null, {
        villageId,
        householdIds: added,
      });
    }
    return { body: { staffId: principal.id, villageId, householdIds: all } };
  },

  listFamilyTies: async ({ db, params, principal }) => {
    const { villageId } = params;
    requireOwnVillage(principal, villageId);
    return { body: { staffId: principal.id, villageId, householdIds: await familyTiesOf(db, principal.id, villageId) } };
  },
};
