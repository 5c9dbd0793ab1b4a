import { disclosureCategorySchema, postingInputSchema, postingStatuses } from '@shanzhi/rules';
import * as z from 'zod/mini';
import { personalRead, publicRead, signedInCreate } from './answers.js';
import { cadresAndGridWorkers, cadresGridWorkersAndSupervisors } from './callers.js';
import { dateSchema, idSchema, staffMemberSchema } from './common.js';
import { disclosureDetailSchema } from './disclosure.js';
import { villageAt } from './resource.js';

/*
 * The physical 公开栏 (seed 004: 对村级党务、政务公开栏进行规范统一; 村民委员会组织法 Arts 30, 32): a print layout of what
 * the online board shows, and the record that it was put up. Postings name the staff member who put the paper up,
 * so they are read by the village's staff only (docs/disclosure-poster.md, "Who sees postings"); the poster itself
 * is the public's text and public.
 */

const yearQuery = z.optional(z.coerce.number().check(z.multipleOf(1), z.gte(2000), z.lte(2100)));
const monthQuery = z.optional(z.coerce.number().check(z.multipleOf(1), z.gte(1), z.lte(12)));

/** A village's disclosures on paper: the poster of its board, and the postings on its physical board. */
const village = villageAt('disclosure');

/**
 * What a poster prints: the village's name and the items exactly as the public reads them online (masked names,
 * no raw phone or ID number), whoever asks — a cadre printing it gets the public's text, not the one staff see.
 */
export const getDisclosurePoster = village.get('/disclosure-poster', publicRead, {
  id: 'getDisclosurePoster',
  summary: "The public's text of one item (`item`) or of a month's items (`year` and `month`, as the board selects them), to print",
  query: z.object({ item: z.optional(idSchema), year: yearQuery, month: monthQuery }),
  response: z.looseObject({
    villageId: idSchema,
    villageName: z.string(),
    asOf: dateSchema,
    /** The village's categories, for the items' category names (as `listDisclosures` answers them). */
    categories: z.array(disclosureCategorySchema),
    items: z.array(disclosureDetailSchema),
  }),
});

/** One posting: which version of which item went up on which board, on which day, and who put it up. */
export const postingSchema = z.looseObject({
  id: idSchema,
  villageId: idSchema,
  disclosureId: idSchema,
  version: z.int(),
  board: z.string(),
  postedOn: dateSchema,
  note: z.optional(z.string()),
  photoId: z.optional(idSchema),
  /** The staff member (their name as the village's staff register has it: staff sign what they post). */
  postedBy: staffMemberSchema,
  recordedAt: z.iso.datetime(),
});

export const listDisclosurePostings = village.get('/disclosure-postings', personalRead(cadresGridWorkersAndSupervisors), {
  id: 'listDisclosurePostings',
  summary: 'Published items with their postings on the physical board; `unposted=true` keeps those whose current version was never put up',
  query: z.object({ unposted: z.optional(z.stringbool()), year: yearQuery, month: monthQuery }),
  response: z.looseObject({
    villageId: idSchema,
    asOf: dateSchema,
    items: z.array(
      z.looseObject({
        id: idSchema,
        category: z.string(),
        title: z.string(),
        /** The day the current version entered the record (its publication, or the correction's day). */
        published: dateSchema,
        status: z.enum(postingStatuses),
        currentVersion: z.int(),
        postedVersion: z.nullable(z.int()),
        overdueDays: z.int(),
        postings: z.array(postingSchema),
      }),
    ),
    summary: z.looseObject({ total: z.int(), posted: z.int(), outdated: z.int(), unposted: z.int(), upcoming: z.int() }),
  }),
});

/** The postings of one disclosed item. */
const item = villageAt('disclosure', '/disclosures/{disclosureId}', postingSchema);

export const recordDisclosurePosting = item.post('/postings', signedInCreate(cadresAndGridWorkers), {
  id: 'recordDisclosurePosting',
  summary: "Record that the item's current version was put up on a named board, on a day, with an optional photo of the board",
  body: postingInputSchema,
});
