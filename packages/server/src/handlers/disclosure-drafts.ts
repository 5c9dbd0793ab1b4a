import { publishDisclosure } from '@shanzhi/sdk';
import type { Kysely, Transaction } from 'kysely';
import type { HandlerContext } from '../api/context.js';
import type { Handlers } from '../api/register.js';
import type { Principal } from '../auth/principal.js';
import { auditChange } from '../audit/log.js';
import type { Database } from '../db/schema.js';
import { requireOwnVillage } from '../disclosure/access.js';
import { draftSummary, draftView, findingsOf, requireCorrectable, requireRevision, withItemChecks } from '../disclosure/drafts.js';
import {
  countDrafts,
  deleteDraft,
  findDraft,
  insertDraft,
  loadDrafts,
  maxDraftsPerVillage,
  newDraftId,
  replaceDraft,
  type StoredDraft,
} from '../disclosure/drafts-store.js';
import { transactionOf } from '../disclosure/ids.js';
import type { PublishBody } from '../disclosure/publish.js';
import { loadSettings, requireVillage } from '../disclosure/store.js';
import { HttpProblem } from '../http/problem.js';
import { refuseRawPersonalData } from '../http/public-content.js';
import { disclosureHandlers } from './disclosure.js';

type DraftHandlers = Pick<
  Handlers,
  | 'listDisclosureDrafts'
  | 'getDisclosureDraft'
  | 'createDisclosureDraft'
  | 'updateDisclosureDraft'
  | 'discardDisclosureDraft'
  | 'publishDisclosureDraft'
>;

/** The fields of a request every draft route shares (whatever its route). */
type RequestBasics = Omit<HandlerContext<typeof publishDisclosure>, 'route' | 'params' | 'query' | 'body' | 'db'>;

/**
 * Drafts are the village's working papers: its own staff only, the village checked before anything is looked up, so
 * a neighbouring village's cadre learns nothing about which drafts exist (403 either way), and an unknown id in one's
 * own village is 404.
 */
async function openVillage(db: Kysely<Database> | Transaction<Database>, principal: Principal, villageId: string): Promise<void> {
  requireOwnVillage(principal, villageId);
  await requireVillage(db, villageId);
}

async function requireDraft(db: Kysely<Database> | Transaction<Database>, villageId: string, draftId: string): Promise<StoredDraft> {
  const draft = await findDraft(db, villageId, draftId);
  if (!draft) throw HttpProblem.of('not-found');
  return draft;
}

/** Publishes `body` exactly as `publishDisclosure` does (same checks, same audit, same cache bump, same answer). */
function publishThroughBoard(ctx: RequestBasics, trx: Transaction<Database>, villageId: string, body: PublishBody) {
  return disclosureHandlers.publishDisclosure({
    ...ctx,
    route: publishDisclosure,
    params: { villageId },
    query: undefined,
    body,
    db: trx,
  });
}

/** The draft to store: checked by a trial publication that is rolled back (disclosure/drafts.ts `findingsOf`). */
async function checkedDraft(ctx: RequestBasics, trx: Transaction<Database>, draft: StoredDraft): Promise<StoredDraft> {
  await requireCorrectable(trx, draft.villageId, draft.body);
  const trial = await findingsOf(trx, () => publishThroughBoard(ctx, trx, draft.villageId, draft.body));
  return { ...draft, findings: withItemChecks(trial, draft.body, await loadSettings(trx, draft.villageId)) };
}

export const disclosureDraftHandlers: DraftHandlers = {
  listDisclosureDrafts: async ({ db, params, principal }) => {
    await openVillage(db, principal, params.villageId);
    return { body: { items: (await loadDrafts(db, params.villageId)).map(draftSummary) } };
  },

  getDisclosureDraft: async ({ db, params, principal, locale }) => {
    await openVillage(db, principal, params.villageId);
    return { body: draftView(await requireDraft(db, params.villageId, params.draftId), locale) };
  },

  createDisclosureDraft: async (ctx) => {
    const { villageId } = ctx.params;
    const trx = transactionOf(ctx.db);
    await openVillage(trx, ctx.principal, villageId);
    if ((await countDrafts(trx, villageId)) >= maxDraftsPerVillage) {
      throw new HttpProblem(422, 'disclosure.draft.tooMany', { params: { maximum: maxDraftsPerVillage } });
    }
    const at = ctx.now.toISOString();
    const draft = await checkedDraft(ctx, trx, {
      id: newDraftId(),
      villageId,
      revision: 1,
      body: ctx.body,
      findings: [],
      createdBy: ctx.principal.id,
      updatedBy: ctx.principal.id,
      createdAt: at,
      updatedAt: at,
    });
    await insertDraft(trx, draft);
    await auditChange(trx, ctx.principal, ctx.now, 'disclosure.draft.create', `disclosure-draft:${draft.id}`, null, draft);
    return { status: 201, body: draftView(draft, ctx.locale) };
  },

  updateDisclosureDraft: async (ctx) => {
    const { villageId, draftId } = ctx.params;
    const trx = transactionOf(ctx.db);
    await openVillage(trx, ctx.principal, villageId);
    const before = await requireDraft(trx, villageId, draftId);
    const { revision, ...body } = ctx.body;
    requireRevision(before, revision);
    const after = await checkedDraft(ctx, trx, {
      ...before,
      revision: before.revision + 1,
      body,
      updatedBy: ctx.principal.id,
      updatedAt: ctx.now.toISOString(),
    });
    // The revision is checked again by the update itself: a save committed since the read above makes it a no-op.
    if (!(await replaceDraft(trx, after))) requireRevision(await requireDraft(trx, villageId, draftId), revision);
    await auditChange(trx, ctx.principal, ctx.now, 'disclosure.draft.update', `disclosure-draft:${draftId}`, before, after);
    return { body: draftView(after, ctx.locale) };
  },

  discardDisclosureDraft: async (ctx) => {
    const { villageId, draftId } = ctx.params;
    const trx = transactionOf(ctx.db);
    await openVillage(trx, ctx.principal, villageId);
    const draft = await requireDraft(trx, villageId, draftId);
    requireRevision(draft, ctx.body.revision);
    await deleteDraft(trx, draft);
    await auditChange(trx, ctx.principal, ctx.now, 'disclosure.draft.discard', `disclosure-draft:${draftId}`, draft, null);
    return { body: { id: draftId, discarded: true as const } };
  },

  publishDisclosureDraft: async (ctx) => {
    const { villageId, draftId } = ctx.params;
    const trx = transactionOf(ctx.db);
    await openVillage(trx, ctx.principal, villageId);
    const draft = await requireDraft(trx, villageId, draftId);
    requireRevision(draft, ctx.body.revision);
    // Saved drafts were checked for raw numbers when written; checked again because this is the moment they go public.
    refuseRawPersonalData(draft.body);
    await requireCorrectable(trx, villageId, draft.body);
    const published = await publishThroughBoard(ctx, trx, villageId, draft.body);
    await deleteDraft(trx, draft);
    await auditChange(trx, ctx.principal, ctx.now, 'disclosure.draft.publish', `disclosure-draft:${draftId}`, draft, {
      publishedAs: published.body.id,
      version: published.body.versions.length,
    });
    return { status: 201, body: published.body };
  },
};
