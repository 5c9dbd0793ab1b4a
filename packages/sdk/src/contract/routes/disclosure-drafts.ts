import { categoryCodeSchema, periodSchema, type Role } from '@shanzhi/rules';
import * as z from 'zod/mini';
import { problemIssueSchema } from '../problem.js';
import { signedInChange, signedInCreate, signedInRead } from './answers.js';
import { dateSchema, idSchema } from './common.js';
import { disclosureDetailSchema, publishDisclosureBodySchema } from './disclosure.js';
import { villageAt } from './resource.js';

/*
 * Drafts of disclosure items (公开草稿): what a cadre prepares before it goes on the board. A draft holds exactly the
 * body `publishDisclosure` takes, so publishing a draft is publishing that body, through the same checks. Drafts are
 * never public: the board shows only what was published (村民委员会组织法 Art 30 binds what is disclosed, not the
 * working copies), so every route here is for the village's own staff.
 */

/** Who reads drafts: the cadres who write them and the supervisor (村务监督委员会, Art 32) who checks them before publication. */
export const draftReaders = ['cadre', 'supervisor'] as const satisfies readonly Role[];
/** Who writes, discards and publishes them: the cadres, as `publishDisclosure`. */
export const draftWriters = ['cadre'] as const satisfies readonly Role[];

/** A staff read: 200 to the roles listed, never cached publicly, nothing repeated on retry. */
const staffRead = signedInRead({ roles: draftReaders });
const writers = { roles: draftWriters } as const;

/**
 * What a draft holds: the `publishDisclosure` body. `correctsId` makes it a correction, which needs its reason
 * (`correctionReason`) before it can even be saved, since a correction without one is never publishable.
 */
export const disclosureDraftBodySchema = publishDisclosureBodySchema;

/**
 * Each save increments `revision`. An update or a publish names the revision it was made from; the server refuses a
 * stale one (409), so two cadres editing the same draft never overwrite each other without noticing.
 */
export const draftRevisionSchema = z.int().check(z.minimum(1), z.maximum(1_000_000));

/** A saved draft, and what the rules would refuse if it were published now (`findings`, localized; empty when publishable). */
export const disclosureDraftSchema = z.looseObject({
  ...publishDisclosureBodySchema.shape,
  id: idSchema,
  villageId: idSchema,
  revision: z.int(),
  /** ISO-8601 instants; who saved is kept in the audit log, not here. */
  createdAt: z.string(),
  updatedAt: z.string(),
  findings: z.array(problemIssueSchema),
});

/** A list row: enough to choose a draft, without bodies. */
export const disclosureDraftSummarySchema = z.looseObject({
  id: idSchema,
  revision: z.int(),
  category: categoryCodeSchema,
  title: z.string(),
  period: periodSchema,
  published: dateSchema,
  correctsId: z.optional(idSchema),
  updatedAt: z.string(),
  hasFinance: z.boolean(),
  findings: z.int(),
});

/** A village's drafts, and one draft: a save answers with the draft and its findings. */
const villageDrafts = villageAt('disclosure', '/disclosure-drafts', disclosureDraftSchema);
const draft = villageAt('disclosure', '/disclosure-drafts/{draftId}', disclosureDraftSchema);
/** A discard or a publish names the revision it was made from (409 when someone saved since). */
const revisionBody = z.object({ revision: draftRevisionSchema });

export const listDisclosureDrafts = villageDrafts.get(staffRead, {
  id: 'listDisclosureDrafts',
  summary: "The village's unpublished disclosure drafts, most recently saved first",
  response: z.looseObject({ items: z.array(disclosureDraftSummarySchema) }),
});

export const getDisclosureDraft = draft.get(staffRead, {
  id: 'getDisclosureDraft',
  summary: 'One disclosure draft with what the rules find in it',
});

export const createDisclosureDraft = villageDrafts.post(signedInCreate(writers), {
  id: 'createDisclosureDraft',
  summary: 'Save a new disclosure draft, or a draft correction of a published item',
  body: disclosureDraftBodySchema,
  publishes: true,
});

export const updateDisclosureDraft = draft.put(signedInChange(200, writers), {
  id: 'updateDisclosureDraft',
  summary: 'Replace a draft, from the revision the editor last loaded (409 when someone saved since)',
  body: z.object({ ...disclosureDraftBodySchema.shape, revision: draftRevisionSchema }),
  publishes: true,
});

export const discardDisclosureDraft = draft.post('/discard', signedInChange(200, writers), {
  id: 'discardDisclosureDraft',
  summary: 'Discard a draft (never published, so nothing public changes)',
  body: revisionBody,
  response: z.looseObject({ id: idSchema, discarded: z.literal(true) }),
});

export const publishDisclosureDraft = draft.post('/publish', signedInChange(201, writers), {
  id: 'publishDisclosureDraft',
  summary: 'Publish a draft (a correction draft as a new version); the draft is used up',
  body: revisionBody,
  response: disclosureDetailSchema,
});
