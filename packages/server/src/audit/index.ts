export {
  appendAudit,
  auditChange,
  type AuditActor,
  verifyAuditChain,
  auditEntryHash,
  genesisHash,
  type AuditInput,
  type AuditEntry,
  type AuditVerification,
  type AuditBreak,
} from './log.js';
export { canonicalJson, sha256Hex, hashValue } from './canonical.js';
