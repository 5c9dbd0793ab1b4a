import { entryStatuses, ledgerEntrySchema } from '@shanzhi/rules';
import * as z from 'zod/mini';
import { pageQuery, pageWith } from '../page.js';
import { personalRead } from './answers.js';
import { villageStaff, villagers } from './callers.js';
import { dateSchema, idSchema, searchQuery } from './common.js';
import { villageAt } from './resource.js';

/*
 * The staff desk's reads (<sz-points-desk>): a village's entries waiting in one stage of review (the 网格员's 初审
 * queue, the 村两委's 审核 queue), and finding a household by name or number to declare for. Staff of the village
 * keep its records, so they see registered names here; these routes are never public, and a villager never reaches
 * them (个人信息保护法 Art 25: names follow the purpose — a reviewer must know whose entry it is to step aside).
 */

/**
 * The desk's queues and search: all read within a village, by the staff who keep its points (`villageStaff`): the
 * first reviewers, the committee, and the 村务监督委员会 that watches them.
 */
const villageDesk = villageAt('points');

/** An entry in a queue: the ledger entry, whose household it is, and whether the caller must step aside from it. */
export const queuedEntrySchema = z.looseObject({
  ...ledgerEntrySchema.shape,
  householdNumber: z.string(),
  /** The registered name (staff only). */
  householdName: z.string(),
  /** The caller declared a family tie with (or belongs to) the household: the server would refuse their review. */
  recused: z.boolean(),
});

export const listPointsEntries = villageDesk.get('/points/entries', personalRead(villageStaff), {
  id: 'listPointsEntries',
  summary:
    "A village's entries in one status, oldest first (the review queues); default: the caller's own step (网格员 firstReview, 村两委 secondReview)",
  query: pageQuery({ status: z.optional(z.enum(entryStatuses)) }),
  response: pageWith(queuedEntrySchema, {
    villageId: idSchema,
    status: z.enum(entryStatuses),
    total: z.int(),
    asOf: dateSchema,
  }),
  paged: true,
});

/**
 * An entry of the caller's own household as the household follows it (the villager's side of the desk): the ledger
 * entry exactly as getHouseholdPoints shows it to the household (objectors and raw phone/ID numbers hidden), plus
 * what the desk would otherwise have to work out — when the notice ends, whether an objection is open, and why a
 * reviewer rejected or a cadre revoked it. No household name: it is the caller's own.
 */
export const ownEntrySchema = z.looseObject({
  ...ledgerEntrySchema.shape,
  /** The last day of the current public notice (公示至), while the entry is under notice. */
  noticeUntil: z.nullable(dateSchema),
  /** An objection is being handled by the 村务监督委员会 (who objected is never shown). */
  objected: z.boolean(),
  /** The written reason of the rejection or revocation, for a rejected or revoked entry. */
  reason: z.nullable(z.string()),
  /** How many evidence files the declaration carries. */
  attachmentCount: z.int(),
});

export const listOwnPointsEntries = villageDesk.get('/points/my-entries', personalRead(villagers), {
  id: 'listOwnPointsEntries',
  summary: "The caller's own household's entries in every state, newest first (a villager follows their declarations)",
  query: pageQuery({}),
  response: pageWith(ownEntrySchema, { householdId: idSchema, total: z.int(), asOf: dateSchema }),
  paged: true,
});

/** The most households one search answers: a desk picks one, it does not browse the register. */
export const householdSearchMax = 20;

export const foundHouseholdSchema = z.looseObject({
  householdId: idSchema,
  householdNumber: z.string(),
  /** The registered name (staff only). */
  name: z.string(),
});

export const findHouseholds = villageDesk.get('/households', personalRead(villageStaff), {
  id: 'findHouseholds',
  summary: 'Households of the village whose number or registered name contains `q` (staff only; at most 20)',
  // Without `q` (or a blank one) the answer is empty: a desk finds one household, it does not list the register.
  query: z.object({ q: searchQuery }),
  response: z.looseObject({ villageId: idSchema, items: z.array(foundHouseholdSchema), more: z.boolean() }),
});
