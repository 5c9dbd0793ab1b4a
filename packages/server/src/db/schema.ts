import type { AccessTables } from './access-schema.js';
import type { AttachmentTables } from '../attachments/schema.js';
import type { AuthTables } from './auth-schema.js';
import type { ConsentTables } from './consent-schema.js';
import type { DecisionRecordTables } from './decision-records-schema.js';
import type { DisclosureDraftTables } from './disclosure-drafts-schema.js';
import type { DisclosureQueryTables } from './disclosure-queries-schema.js';
import type { DisclosurePostingTables } from './disclosure-postings-schema.js';
import type { DomainTables } from './domain-schema.js';
import type { FinanceTables } from './finance-schema.js';
import type { GridTables } from './grid-schema.js';
import type { MediationDeskTables } from './mediation-desk-schema.js';
import type { PowerTables } from './powers-schema.js';
import type { ServiceRequestTables } from './service-requests-schema.js';
import type { ThrottleTables } from './throttle-schema.js';

/**
 * Row types of the tables, as Kysely sees them. Column names are snake_case (portable between SQLite and
 * PostgreSQL without quoting games); timestamps are ISO-8601 UTC strings, JSON is stored as text.
 */

/**
 * One remembered response per (principal, Idempotency-Key); kept 24 hours. Nothing in it is readable without
 * the raw key, which only the client holds (http/idempotency-seal.ts).
 */
export interface IdempotencyKeyTable {
  principal: string;
  /** HKDF-SHA256 digest (hex) of the Idempotency-Key, salted with the principal — never the key itself. */
  key: string;
  method: string;
  path: string;
  /** HMAC-SHA256 (hex) of the canonical JSON of the request body, keyed from the Idempotency-Key. */
  body_hash: string;
  status_code: number;
  /** The first response's JSON text sealed with AES-256-GCM under a key derived from the Idempotency-Key (`v1.iv.ciphertext.tag`). */
  response_body: string;
  /** ISO-8601 UTC instant of the first request. */
  created_at: string;
}

/**
 * The append-only audit log: one row per write. Only hashes of the before/after states are kept (the
 * states themselves may hold personal data); each row's `hash` chains over the previous row's `hash`.
 */
export interface AuditLogTable {
  /** 1, 2, 3 … without gaps; assigned by `appendAudit`, not by the database. */
  seq: number;
  at: string;
  actor: string;
  role: string;
  action: string;
  subject: string;
  before_hash: string | null;
  after_hash: string | null;
  prev_hash: string;
  hash: string;
}

/** The tables migration 0001 creates. */
export interface InfraTables {
  idempotency_keys: IdempotencyKeyTable;
  audit_log: AuditLogTable;
}

/**
 * Every table of the server, joined by composition:
 * `export interface Database extends InfraTables, DomainTables, …` — one schema file per migration area.
 */
export interface Database
  extends
    InfraTables,
    DomainTables,
    ConsentTables,
    ThrottleTables,
    AuthTables,
    AccessTables,
    AttachmentTables,
    DisclosureDraftTables,
    DisclosureQueryTables,
    DisclosurePostingTables,
    PowerTables,
    DecisionRecordTables,
    FinanceTables,
    MediationDeskTables,
    ServiceRequestTables,
    GridTables {}
