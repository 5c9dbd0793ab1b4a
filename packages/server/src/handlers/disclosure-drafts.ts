import type { Kysely, Transaction } from 'kysely';
import type { Handlers } from '../api/register.js';
import { auditChange } from '../audit/log.js';
import type { Database } from '../db/schema.js';
import { openOwnVillage } from '../disclosure/access.js';
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
import { loadSettings } from '../disclosure/store.js';
import { HttpProblem } from '../http/problem.js';
import { refuseRawPersonalData } from '../http/public-content.js';
import { publishThroughBoard, type RequestBasics } from './disclosure.js';

type DraftHandlers = Pick<
  Handlers,
  | 'listDisclosureDrafts'
  | 'getDisclosureDraft'
  | 'createDisclosureDraft'
  | 'updateDisclosureDraft'
  | 'discardDisclosureDraft'
  | 'publishDisclosureDraft'
>;

// Drafts are the village's working papers: its own staff only (`openOwnVillage`), so a neighbouring village's cadre
// learns nothing about which drafts exist (403 either way), and an unknown id in one's own village is 404.

type Db = Kysely<Database> | Transaction<Database>;

async function requireDraft(db: Db, villageId: string, draftId: string): Promise<StoredDraft> {
  const draft = await findDraft(db, villageId, draftId);
  if (!draft) throw HttpProblem.of('not-found');
  return draft;
}

/** The draft a change is made to, opened in the request's transaction at the revision the caller read (else 409). */
async function draftAtRevision(
  ctx: Pick<RequestBasics, 'principal'> & { readonly db: Db; readonly params: { readonly villageId: string; readonly draftId: string } },
  revision: number,
) {
  const { villageId, draftId } = ctx.params;
  const trx = transactionOf(ctx.db);
  await openOwnVillage(trx, ctx.principal, villageId);
  const draft = await requireDraft(trx, villageId, draftId);
  requireRevision(draft, revision);
  return { trx, villageId, draftId, draft };
}

/** The draft to store: checked by a trial publication that is rolled back (disclosure/drafts.ts `findingsOf`). */
async function checkedDraft(ctx: RequestBasics, trx: Transaction<Database>, draft: StoredDraft): Promise<StoredDraft> {
  await requireCorrectable(trx, draft.villageId, draft.body);
  const trial = await findingsOf(trx, () => publishThroughBoard(ctx, trx, draft.villageId, draft.body));
  return { ...draft, findings: withItemChecks(trial, draft.body, await loadSettings(trx, draft.villageId)) };
}

export const disclosureDraftHandlers: DraftHandlers = {
  listDisclosureDrafts: async ({ db, params, principal }) => {
    await openOwnVillage(db, principal, params.villageId);
    return { body: { items: (await loadDrafts(db, params.villageId)).map(draftSummary) } };
  },

  getDisclosureDraft: async ({ db, params, principal, locale }) => {
    await openOwnVillage(db, principal, params.villageId);
    return { body: draftView(await requireDraft(db, params.villageId, params.draftId), locale) };
  },

  createDisclosureDraft: async (ctx) => {
    const { villageId } = ctx.params;
    const trx = transactionOf(ctx.db);
    await openOwnVillage(trx, ctx.principal, villageId);
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
    const { revision, ...body } = ctx.body;
    const { trx, villageId, draftId, draft: before } = await draftAtRevision(ctx, revision);
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
    const { trx, draftId, draft } = await draftAtRevision(ctx, ctx.body.revision);
    await deleteDraft(trx, draft);
    await auditChange(trx, ctx.principal, ctx.now, 'disclosure.draft.discard', `disclosure-draft:${draftId}`, draft, null);
    return { body: { id: draftId, discarded: true as const } };
  },

  publishDisclosureDraft: async (ctx) => {
    const { trx, villageId, draftId, draft } = await draftAtRevision(ctx, ctx.body.revision);
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
