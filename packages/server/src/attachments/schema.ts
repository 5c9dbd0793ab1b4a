/** Row types of the table migration 0010-attachments creates. */

/**
 * One uploaded file's description. The bytes are in the attachment store under `sha256`; this row is what makes
 * them readable, and by whom. No file name is kept (names like 张三身份证.jpg are personal data of their own).
 */
export interface AttachmentTable {
  id: string;
  village_id: string;
  /** `points-evidence`, `objection-evidence`, `mediation-intake`, `disclosure`, `goods-photo`. */
  purpose: string;
  /** The uploader's principal id (`anonymous` for the public); never sent to a client. */
  owner: string;
  owner_role: string;
  /** Recognized from the bytes. */
  media_type: string;
  /** Of the stored bytes (after metadata removal). */
  size: number;
  sha256: string;
  /** 1 when anyone may read it (set by the purpose), else 0. */
  public: number;
  /** ISO-8601 UTC instant. */
  created_at: string;
}

export interface AttachmentTables {
  attachments: AttachmentTable;
}
