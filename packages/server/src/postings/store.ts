import type { PostingInput } from '@shanzhi/rules';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { rowWriter } from '../db/insert-rows.js';
import { villageDocRow } from '../db/village-row.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A posting as stored in `disclosure_postings.doc` and answered to staff (postingSchema in the SDK's postings.ts). */
export interface StoredPosting {
  readonly id: string;
  readonly villageId: string;
  readonly disclosureId: string;
  readonly version: number;
  readonly board: string;
  readonly postedOn: string;
  readonly note?: string;
  readonly photoId?: string;
  readonly postedBy: { readonly id: string; readonly name: string; readonly role: string };
  readonly recordedAt: string;
}

/** The posting as the contract answers it: a fresh object, so nothing stored is handed out to be changed. */
export function postingBody(posting: StoredPosting): StoredPosting {
  return { ...posting, postedBy: { ...posting.postedBy } };
}

/** Every posting of the village, oldest first, grouped by item id. */
export async function postingsByItem(db: Db, villageId: string): Promise<Map<string, StoredPosting[]>> {
  const rows = await db
    .selectFrom('disclosure_postings')
    .select('doc')
    .where('village_id', '=', villageId)
    .orderBy('posted_on')
    .orderBy('id')
    .execute();
  const byItem = new Map<string, StoredPosting[]>();
  for (const row of rows) {
    const posting = JSON.parse(row.doc) as StoredPosting;
    byItem.set(posting.disclosureId, [...(byItem.get(posting.disclosureId) ?? []), posting]);
  }
  return byItem;
}

/**
 * `pst-dsc-01-0007-2`: the item's id and the posting's number for that item. Counted inside the write transaction,
 * which holds the writer lock (`runIdempotent` → `lockForWriting`), so two postings never get the same number.
 */
export async function nextPostingId(trx: Transaction<Database>, disclosureId: string): Promise<string> {
  const rows = await trx.selectFrom('disclosure_postings').select('id').where('disclosure_id', '=', disclosureId).execute();
  return `pst-${disclosureId}-${String(rows.length + 1)}`;
}

export const insertPostings = rowWriter('disclosure_postings', (posting: StoredPosting) =>
  villageDocRow(posting, {
    disclosure_id: posting.disclosureId,
    version: posting.version,
    posted_on: posting.postedOn,
    photo_id: posting.photoId ?? null,
  }),
);

/** What a new posting records besides the input: whose, when, which version; the optional fields only when given. */
export function newPosting(input: {
  readonly id: string;
  readonly villageId: string;
  readonly disclosureId: string;
  readonly version: number;
  readonly body: PostingInput;
  readonly postedBy: StoredPosting['postedBy'];
  readonly now: Date;
}): StoredPosting {
  const { body } = input;
  const note = body.note?.trim();
  return {
    id: input.id,
    villageId: input.villageId,
    disclosureId: input.disclosureId,
    version: input.version,
    board: body.board,
    postedOn: body.postedOn,
    ...(note ? { note } : {}),
    ...(body.photoId === undefined ? {} : { photoId: body.photoId }),
    postedBy: input.postedBy,
    recordedAt: input.now.toISOString(),
  };
}
