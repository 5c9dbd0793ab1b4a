/** Row types of the table migration 0015-disclosure-postings creates. */

/** One posting of a published item on the village's physical notice board (公开栏). */
export interface DisclosurePostingTable {
  id: string;
  village_id: string;
  disclosure_id: string;
  /** The item's version that went up. */
  version: number;
  /** YYYY-MM-DD. */
  posted_on: string;
  /** The photo of the board (an attachment of purpose `disclosure-posting`), if any. */
  photo_id: string | null;
  /** The whole posting as JSON (`StoredPosting`). */
  doc: string;
}

export interface DisclosurePostingTables {
  disclosure_postings: DisclosurePostingTable;
}
