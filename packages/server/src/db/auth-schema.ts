/** Row types of the tables migration 0005-service-keys creates. */

/**
 * A service API key for a machine client (a county's case system, a reporting job). The secret is never stored:
 * only `key_hash`, the sha256 of the whole key, so a copy of the database (a backup, a dump) hands out nothing.
 */
export interface ServiceKeyTable {
  /** Public key id (16 hex digits), also part of the key itself: `szk_<id>_<secret>`. Safe to show and log. */
  id: string;
  /** sha256 (hex) of the full key string. */
  key_hash: string;
  /** The shanzhi role the key acts as (never `public` or `villager`). */
  role: string;
  /** The village the key is scoped to; `null` only for county-wide roles (supervisor, admin). */
  village_id: string | null;
  /** What the key is for, chosen by whoever created it ("county case system"); no personal data. */
  label: string;
  /** ISO-8601 UTC instants. */
  created_at: string;
  expires_at: string;
  /** When it was revoked; `null` while it is valid. */
  revoked_at: string | null;
}

export interface AuthTables {
  service_keys: ServiceKeyTable;
}
