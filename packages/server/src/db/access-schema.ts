/** Row types of the tables migration 0006-access-log creates. */

/**
 * One read of personal data (a household's ledger, a case) or one refused request (401, 403, 429): who, from
 * where, what and when (个人信息保护法 Art 51; 等保 2.0 安全审计). Never the request body or a secret.
 */
export interface AccessLogTable {
  id: string;
  /** ISO-8601 UTC instant. */
  at: string;
  /** `read` of personal data, or `refused`. */
  kind: string;
  /** The principal id (`anonymous` without a valid token). */
  actor: string;
  role: string;
  /** The client address through the trusted proxies. */
  client: string;
  /** The route id (`getHouseholdPoints`), or `METHOD path-pattern` when no route matched. */
  action: string;
  /** What was read or asked for: the route's path parameters (ids and numbers, never a tracking code). */
  subject: string;
  status: number;
  request_id: string;
}

/** Where the audit chain starts after old entries were removed under the retention setting. */
export interface AuditAnchorTable {
  /** The last removed entry's seq: the chain now starts at seq + 1 … */
  seq: number;
  /** … with this prev_hash. */
  hash: string;
  at: string;
}

export interface AccessTables {
  access_log: AccessLogTable;
  audit_anchor: AuditAnchorTable;
}
