import { attachmentIdsSchema, ledgerEntrySchema, objectionStatuses } from '@shanzhi/rules';
import * as z from 'zod/mini';
import { pageQuery, pageWith } from '../page.js';
import { personalRead, publicPage, signedInChange } from './answers.js';
import { gridWorkersAndCadres, supervisors, supervisorsAndCadres, villageStaff, villagers } from './callers.js';
import { dateSchema, idSchema, localizedText, noteSchema } from './common.js';
import { declareEntryBodySchema } from './points.js';
import { pointsEntry, villagePoints } from './points-resources.js';

/*
 * The points process beyond the board: a household's own declaration, review in batches, 公示 (the public notice
 * list), objections and the 村务监督委员会's rulings, and reviewers' family ties (recusal). docs/rules/points.md
 * describes the process; docs/api.md the routes.
 */

export const declareOwnPointsEntry = villagePoints.post('/declarations', signedInChange(201, villagers), {
  id: 'declareOwnPointsEntry',
  summary: "A villager declares an entry for their own household (the token's), with evidence; it is submitted for review at once",
  body: z.object({
    ruleCode: declareEntryBodySchema.shape.ruleCode,
    occurredOn: dateSchema,
    note: declareEntryBodySchema.shape.note,
    attachmentIds: z.optional(attachmentIdsSchema),
  }),
  // The note is shown on the public 公示 board while the entry is under notice.
  publishes: true,
});

/** The review steps a batch can take; each is its own action so a stale screen never pushes an entry two stages. */
export const reviewActions = ['submit', 'passFirstReview', 'publicize', 'reject'] as const;
/** The most entries one batch moves (a village's monthly review rarely holds more). */
export const reviewBatchMax = 100;

export const reviewResultSchema = z.looseObject({
  entryId: idSchema,
  ok: z.boolean(),
  /** The entry after the step, when it was taken. */
  entry: z.optional(ledgerEntrySchema),
  /** Why this entry was refused: the problem code (a rule code) and its title in the caller's language. */
  problem: z.optional(z.looseObject({ status: z.int(), code: z.string(), title: z.string() })),
});

export const reviewPointsEntries = villagePoints.post('/entries/reviews', signedInChange(200, gridWorkersAndCadres), {
  id: 'reviewPointsEntries',
  summary: 'Take one review step on many entries (网格员 初审, 村两委 审核); each entry succeeds or fails on its own',
  body: z.object({
    entryIds: z.array(idSchema).check(z.minLength(1), z.maxLength(reviewBatchMax)),
    action: z.enum(reviewActions),
    /** Required to reject (every rejected entry gets it). */
    reason: z.optional(noteSchema),
  }),
  response: z.looseObject({ action: z.enum(reviewActions), succeeded: z.int(), failed: z.int(), results: z.array(reviewResultSchema) }),
});

export const noticeKinds = ['entry', 'revocation'] as const;

/**
 * One line of the 公示 board: an entry under notice, or the announcement that an effective entry was revoked. The
 * household is named as on the leaderboard: masked (张*明) unless it consented to being named on notices.
 */
export const pointsNoticeSchema = z.looseObject({
  id: idSchema,
  kind: z.enum(noticeKinds),
  entryId: idSchema,
  householdId: idSchema,
  householdNumber: z.string(),
  name: z.string(),
  nameMasked: z.boolean(),
  ruleCode: z.string(),
  ruleLabel: localizedText,
  points: z.int(),
  /** What happened (the entry's note), or why it was revoked. */
  reason: z.nullable(z.string()),
  noticeFrom: dateSchema,
  /** The last day of the notice. */
  noticeUntil: dateSchema,
  /** An objection is being handled by the 村务监督委员会 (who objected is never shown). */
  objected: z.boolean(),
});

export const listPointsNotices = villagePoints.get('/notices', publicPage, {
  id: 'listPointsNotices',
  summary: 'The 公示 board: entries under public notice and revocations being announced; names masked',
  query: pageQuery({}),
  response: pageWith(pointsNoticeSchema, {
    villageId: idSchema,
    noticeDays: z.int(),
    total: z.int(),
    asOf: dateSchema,
  }),
});

/** An objection as its objector and the supervisor read it (the entry it concerns beside it). */
export const objectionViewSchema = z.looseObject({
  id: idSchema,
  entryId: idSchema,
  householdId: idSchema,
  filedOn: dateSchema,
  reason: z.string(),
  attachmentIds: z.optional(attachmentIdsSchema),
  status: z.enum(objectionStatuses),
  answer: z.nullable(z.string()),
  ruledOn: z.nullable(dateSchema),
  ruleCode: z.string(),
  points: z.int(),
  /** The household the entry is for, masked as on the 公示 board. */
  entryHouseholdName: z.string(),
  noticeUntil: z.nullable(dateSchema),
});

const objectionListSchema = z.looseObject({ items: z.array(objectionViewSchema) });

export const fileObjection = pointsEntry.post('/objections', signedInChange(201, villagers), {
  id: 'fileObjection',
  summary: 'A villager of the village objects to an entry under notice, with a reason and optional evidence',
  body: z.object({ reason: z.string().check(z.minLength(1), z.maxLength(500)), attachmentIds: z.optional(attachmentIdsSchema) }),
  response: objectionViewSchema,
});

export const listOwnObjections = villagePoints.get('/objections/mine', personalRead(villagers), {
  id: 'listOwnObjections',
  summary: "The caller's household's objections with the 村务监督委员会's written answers",
  response: objectionListSchema,
});

export const listPointsObjections = villagePoints.get('/objections', personalRead(supervisorsAndCadres), {
  id: 'listPointsObjections',
  summary: "The village's objections (open ones first) for the 村务监督委员会 to rule on",
  response: objectionListSchema,
  query: z.object({ status: z.optional(z.enum(objectionStatuses)) }),
});

export const objectionOutcomes = ['uphold', 'dismiss'] as const;

export const ruleOnObjection = villagePoints.post('/objection-rulings', signedInChange(200, supervisors), {
  id: 'ruleOnObjection',
  summary: 'The 村务监督委员会 upholds (the entry stops) or dismisses an objection, with a written answer',
  body: z.object({
    objectionId: idSchema,
    outcome: z.enum(objectionOutcomes),
    answer: z.string().check(z.minLength(1), z.maxLength(1000)),
  }),
  response: z.looseObject({ objection: objectionViewSchema, entry: ledgerEntrySchema }),
});

/** The most family ties one declaration names. */
export const familyTiesMax = 20;

export const familyTiesSchema = z.looseObject({
  staffId: z.string(),
  villageId: idSchema,
  householdIds: z.array(idSchema),
});

export const declareFamilyTies = villagePoints.post('/family-ties', signedInChange(200, villageStaff), {
  id: 'declareFamilyTies',
  summary: 'A reviewer declares family ties to households of the village; they must then step aside from their entries',
  // Anyone who reviews entries or watches the reviews declares their ties, and reads them back.
  body: z.object({ householdIds: z.array(idSchema).check(z.minLength(1), z.maxLength(familyTiesMax)) }),
  response: familyTiesSchema,
});

export const listFamilyTies = villagePoints.get('/family-ties', personalRead(villageStaff), {
  id: 'listFamilyTies',
  summary: "The caller's declared family ties in the village",
  response: familyTiesSchema,
});
