/** Row types of the tables migration 0004-throttle creates. */

/**
 * One fixed window of failures (wrong tracking codes, invalid bearer tokens) for one subject. Kept in the
 * database, not in process memory, so every server process sees the same counts and a restart forgets nothing.
 */
export interface ThrottleCounterTable {
  /** What is counted and per what: `case` (tracking-code look-ups of one case), `lookup-client`, `token-client`. */
  scope: string;
  /** The case number, or a SHA-256 hash (hex) of the client address — never the address itself. */
  subject: string;
  /** Failures in the current window. */
  failures: number;
  /** ISO-8601 UTC instant the window ends; the row may be purged after it. */
  window_ends_at: string;
}

export interface ThrottleTables {
  throttle_counters: ThrottleCounterTable;
}
