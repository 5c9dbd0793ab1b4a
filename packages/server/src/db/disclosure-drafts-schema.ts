/** Row types of the table migration 0012-disclosure-drafts creates. */

/**
 * One unpublished disclosure draft. `doc` is the `publishDisclosure` body as JSON; the columns beside it are copies
 * for listing and for the revision check. A published or discarded draft's row is deleted (the audit log keeps
 * hashes of every state it had).
 */
export interface DisclosureDraftTable {
  id: string;
  village_id: string;
  /** 1 on creation, +1 on every save: the optimistic-concurrency check of updates and publishing. */
  revision: number;
  /** The published item a correction draft corrects, else null. */
  corrects_id: string | null;
  title: string;
  doc: string;
  /** The rules' findings (unlocalized issues, JSON) as of the last save; publishing checks again. */
  findings: string;
  /** Staff ids (never names) of the first and the latest saver. */
  created_by: string;
  updated_by: string;
  /** ISO-8601 UTC instants. */
  created_at: string;
  updated_at: string;
}

export interface DisclosureDraftTables {
  disclosure_drafts: DisclosureDraftTable;
}
